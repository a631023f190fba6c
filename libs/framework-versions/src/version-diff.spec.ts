import { describe, expect, it } from 'vitest';
import { versionDiff, type VersionedRequirement } from './version-diff.js';

const req = (ref: string, statement = `${ref} text`): VersionedRequirement => ({
  id: `id-${ref}-${statement.length}`,
  ref,
  title: ref,
  statement,
  oscalId: null,
});

describe(versionDiff.name, () => {
  const oldReqs = [req('A'), req('B'), req('C'), req('D')];
  const newReqs = [req('A'), req('B', 'B text, now with a retention period'), req('D2'), req('E')];

  it('names exactly the added, removed and changed requirements; the rest carries', () => {
    const { diff, issues } = versionDiff(oldReqs, newReqs, [
      { sourceRef: 'B', targetRef: 'B', relationship: 'subset-of' },
      { sourceRef: 'C', relationship: 'no-relationship' },
      { sourceRef: 'D', targetRef: 'D2', relationship: 'equivalent-to', rationale: 'renumbered' },
    ]);
    expect(issues).toEqual([]);
    expect(diff.added.map((r) => r.ref)).toEqual(['E']);
    expect(diff.removed.map((r) => r.ref)).toEqual(['C']);
    expect(diff.changed.map((p) => [p.from.ref, p.to.ref, p.relationship])).toEqual([['B', 'B', 'subset-of']]);
    expect(diff.unchanged.map((p) => [p.from.ref, p.to.ref, p.implied])).toEqual([
      ['A', 'A', true],
      ['D', 'D2', false],
    ]);
  });

  it('treats an unnamed ref whose text changed as changed, and one missing from the new version as removed', () => {
    const { diff } = versionDiff(oldReqs, newReqs, []);
    expect(diff.changed.map((p) => p.from.ref)).toEqual(['B']);
    expect(diff.removed.map((r) => r.ref).sort()).toEqual(['C', 'D']);
    expect(diff.added.map((r) => r.ref).sort()).toEqual(['D2', 'E']);
  });

  it('names every bad entry by its path', () => {
    const { issues, entries } = versionDiff(oldReqs, newReqs, [
      { sourceRef: 'Z', targetRef: 'A', relationship: 'equal-to' },
      { sourceRef: 'A', targetRef: 'Q', relationship: 'equal-to' },
      { sourceRef: 'B', targetRef: 'B', relationship: 'same-as' },
      { sourceRef: 'C', targetRef: 'E', relationship: 'no-relationship' },
      { sourceRef: 'A', targetRef: 'A', relationship: 'equal-to' },
    ]);
    expect(issues.map((i) => i.field)).toEqual([
      'entries.0.sourceRef',
      'entries.1.targetRef',
      'entries.2.relationship',
      'entries.3.targetRef',
      'entries.4.sourceRef',
    ]);
    expect(entries).toEqual([]);
    expect(versionDiff(oldReqs, newReqs, 'x').issues).toEqual([{ field: 'entries', message: 'must be an array' }]);
  });

  it('carries across equal-to and equivalent-to only: superset-of and intersects-with are changes', () => {
    const { diff } = versionDiff(oldReqs, newReqs, [
      { sourceRef: 'A', targetRef: 'A', relationship: 'equal-to' },
      { sourceRef: 'B', targetRef: 'B', relationship: 'superset-of' },
      { sourceRef: 'C', targetRef: 'E', relationship: 'intersects-with' },
      { sourceRef: 'D', targetRef: 'D2', relationship: 'equivalent-to' },
    ]);
    expect(diff.unchanged.map((p) => [p.from.ref, p.relationship])).toEqual([
      ['A', 'equal-to'],
      ['D', 'equivalent-to'],
    ]);
    expect(diff.changed.map((p) => [p.from.ref, p.relationship])).toEqual([
      ['B', 'superset-of'],
      ['C', 'intersects-with'],
    ]);
  });

  it('treats an unnamed ref whose title alone changed as changed', () => {
    const renamed = { ...req('A'), title: 'A, renamed' };
    expect(versionDiff([req('A')], [renamed], []).diff.changed.map((p) => p.from.ref)).toEqual(['A']);
  });

  it('refuses a rationale that is not a string', () => {
    const { issues } = versionDiff(oldReqs, newReqs, [{ sourceRef: 'A', targetRef: 'A', relationship: 'equal-to', rationale: 7 }]);
    expect(issues).toEqual([{ field: 'entries.0.rationale', message: 'must be a string' }]);
  });
});
