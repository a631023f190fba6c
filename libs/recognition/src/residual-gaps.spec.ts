import { describe, expect, it } from 'vitest';
import { residualGaps } from './residual-gaps.js';

describe('residualGaps', () => {
  const controls = ['a', 'b', 'c', 'd', 'e'].map((id) => ({
    id,
    ref: id.toUpperCase(),
    title: id,
    expectedEvidenceTypes: id === 'c' ? ['sla_definition'] : [],
  }));
  it('covers through equal, equivalent and superset maps; subset and intersects are partial; no-relationship and the gap summary leave it unmapped', () => {
    const r = residualGaps({
      targetControls: controls,
      maps: [
        { sourceRef: 'S1', targetRequirementId: 'a', relationship: 'equal-to', remarks: null },
        { sourceRef: 'S2', targetRequirementId: 'b', relationship: 'superset-of', remarks: null },
        { sourceRef: 'S3', targetRequirementId: 'c', relationship: 'subset-of', remarks: 'part' },
        { sourceRef: 'S4', targetRequirementId: 'd', relationship: 'no-relationship', remarks: null },
        { sourceRef: 'S5', targetRequirementId: 'e', relationship: 'equivalent-to', remarks: null },
      ],
      declaredUnmapped: ['E'],
    });
    expect({ covered: r.covered, partial: r.partial, unmapped: r.unmapped, total: r.total }).toEqual({ covered: 2, partial: 1, unmapped: 2, total: 5 });
    expect(r.gaps.map((g) => [g.ref, g.status])).toEqual([
      ['C', 'partial'],
      ['D', 'unmapped'],
      ['E', 'unmapped'],
    ]);
    expect(r.gaps[0]!.closeWith).toContain('sla_definition');
    expect(r.gaps[0]!.partialVia).toEqual([{ sourceRef: 'S3', relationship: 'subset-of', remarks: 'part' }]);
  });

  it('covers through an equivalent-to map alone; an intersects-with map alone is partial; a control the gap summary lists stays unmapped even with a partial map', () => {
    const r = residualGaps({
      targetControls: controls.slice(0, 3),
      maps: [
        { sourceRef: 'S1', targetRequirementId: 'a', relationship: 'equivalent-to', remarks: null },
        { sourceRef: 'S2', targetRequirementId: 'b', relationship: 'intersects-with', remarks: 'overlap' },
        { sourceRef: 'S3', targetRequirementId: 'c', relationship: 'subset-of', remarks: null },
      ],
      declaredUnmapped: ['C'],
    });
    expect({ covered: r.covered, partial: r.partial, unmapped: r.unmapped }).toEqual({ covered: 1, partial: 1, unmapped: 1 });
    expect(r.gaps.map((g) => [g.ref, g.status, g.partialVia.map((p) => p.relationship)])).toEqual([
      ['B', 'partial', ['intersects-with']],
      ['C', 'unmapped', []],
    ]);
  });
});
