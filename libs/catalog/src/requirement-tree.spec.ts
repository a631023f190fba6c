import { describe, expect, it } from 'vitest';
import { CatalogError } from './catalog.errors.js';
import { orderRequirementTree } from './requirement-tree.js';

describe('orderRequirementTree', () => {
  it('puts parents before children, keeps sibling order and derives kinds and depths', () => {
    const out = orderRequirementTree([
      { ref: '1.1', parentRef: '1', title: 'child', statement: 'x' },
      { ref: '2', title: 'second root', statement: 'y' },
      { ref: '1', title: 'first root' },
      { ref: '1.2', parentRef: '1', title: 'second child' },
    ]);
    expect(out.map((r) => [r.ref, r.kind, r.depth, r.parentIndex])).toEqual([
      ['2', 'control', 0, null],
      ['1', 'group', 0, null],
      ['1.1', 'control', 1, 1],
      ['1.2', 'control', 1, 1],
    ]);
  });

  it('names duplicate refs, unknown parents and cycles', () => {
    const issues = (items: Parameters<typeof orderRequirementTree>[0]) => {
      try {
        orderRequirementTree(items);
      } catch (e) {
        expect(e).toBeInstanceOf(CatalogError);
        expect((e as CatalogError).kind).toBe('invalid');
        return (e as CatalogError).errors?.map((i) => i.field);
      }
      return expect.unreachable();
    };
    expect(
      issues([
        { ref: 'A', title: 'a' },
        { ref: 'A', title: 'b' },
      ]),
    ).toEqual(['requirements.1.ref']);
    expect(issues([{ ref: 'A', title: 'a', parentRef: 'Z' }])).toEqual(['requirements.0.parentRef']);
    expect(issues([{ ref: 'A', title: 'a', parentRef: 'A' }])).toEqual(['requirements.0.parentRef']);
    expect(
      issues([
        { ref: 'A', title: 'a', parentRef: 'B' },
        { ref: 'B', title: 'b', parentRef: 'A' },
      ]),
    ).toEqual(['requirements.0.parentRef', 'requirements.1.parentRef']);
  });
});
