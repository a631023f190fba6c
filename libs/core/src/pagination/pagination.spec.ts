import { describe, expect, it } from 'vitest';
import { CoreError } from '../errors/core.errors.js';
import { decodeCursor, encodeCursor, pageOfArray } from './pagination.js';

describe('cursor pagination helpers', () => {
  it('round-trips cursor values', () => {
    const c = encodeCursor(['2026-01-01T00:00:00.000Z', '0193a5c4-2f7e-7c1a-9d3b-4c2a1e8f9b10']);
    expect(decodeCursor(c, 2)).toEqual(['2026-01-01T00:00:00.000Z', '0193a5c4-2f7e-7c1a-9d3b-4c2a1e8f9b10']);
  });

  it('rejects a forged or mismatched cursor with a field error', () => {
    for (const bad of ['not base64 json', encodeCursor(['only-one']), Buffer.from('{"a":1}').toString('base64url')]) {
      try {
        decodeCursor(bad, 2);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(CoreError);
        expect((e as CoreError).kind).toBe('invalid');
        expect((e as CoreError).errors?.[0]?.field).toBe('cursor');
      }
    }
  });

  it('pages an array until the last page', () => {
    const items = Array.from({ length: 5 }, (_, i) => ({ id: `id-${i}` }));
    const p1 = pageOfArray(items, (x) => x.id, { limit: 2 });
    expect(p1.data.map((x) => x.id)).toEqual(['id-0', 'id-1']);
    const p2 = pageOfArray(items, (x) => x.id, { limit: 2, cursor: p1.nextCursor! });
    expect(p2.data.map((x) => x.id)).toEqual(['id-2', 'id-3']);
    const p3 = pageOfArray(items, (x) => x.id, { limit: 2, cursor: p2.nextCursor! });
    expect(p3.data.map((x) => x.id)).toEqual(['id-4']);
    expect(p3.nextCursor).toBeNull();
  });
});
