import { describe, expect, it } from 'vitest';
import { comparableName, isIssuedTo, type AssessedItem } from './credential-check.js';
import { assessedItemsLabel, offeringCoverage, type OfferingToCover } from './offering-coverage.js';

const offeringId = '0190d0c4-5a6b-7c8d-9e0f-000000000001';
const model = { id: '0190d0c4-5a6b-7c8d-9e0f-0000000000c1', name: 'VisionQC model', version: '3.2.0' };
const cloud = { id: '0190d0c4-5a6b-7c8d-9e0f-0000000000c2', name: 'VisionQC cloud', version: '2026.1' };
/** A manufacturer's AI-inspection SaaS offering. */
const saas: OfferingToCover = { id: offeringId, name: 'VisionQC inspection', components: [model, cloud] };
const cnc: AssessedItem = { kind: 'product', id: 'urn:uuid:0190d0c4-5a6b-7c8d-9e0f-0000000000f1', name: 'CNC mill X200', version: '2.1' };

describe(offeringCoverage.name, () => {
  it('covers the offering it names, by urn:uuid id (any case) or by name', () => {
    expect(offeringCoverage([cnc, { kind: 'offering', id: `URN:UUID:${offeringId.toUpperCase()}`, name: null, version: null }], saas)).toEqual({
      covered: true,
      by: 'offering',
    });
    expect(offeringCoverage([{ kind: 'offering', id: null, name: 'visionqc INSPECTION', version: null }], saas)).toEqual({ covered: true, by: 'offering' });
    expect(offeringCoverage([{ kind: 'offering', id: null, name: 'VisionQC inspection', version: null }], { ...saas, name: null }).covered).toBe(false);
  });

  it('covers an offering whose every component it names, by id or by name, at the version it states', () => {
    const items: AssessedItem[] = [
      { kind: 'service', id: `urn:uuid:${model.id}`, name: 'an older name', version: '3.2.0' },
      { kind: 'product', id: null, name: 'VisionQC Cloud', version: null },
    ];
    expect(offeringCoverage(items, saas)).toEqual({ covered: true, by: 'components' });
    // Another version of the model: the model is not covered.
    expect(offeringCoverage([{ ...items[0]!, version: '3.1.0' }, items[1]!], saas)).toEqual({ covered: false, missing: [model] });
    // Of two entries for the model, the one at the version offered covers it.
    expect(
      offeringCoverage([{ ...items[0]!, version: '3.1.0' }, { kind: 'service', id: null, name: model.name, version: '3.2.0' }, items[1]!], saas).covered,
    ).toBe(true);
  });

  it('leaves out an offering with a component it did not assess, naming the components missing', () => {
    expect(offeringCoverage([cnc, { kind: 'service', id: null, name: model.name, version: null }], saas)).toEqual({ covered: false, missing: [cloud] });
    // An offering of no components is covered only by being named.
    expect(offeringCoverage([cnc], { ...saas, components: [] })).toEqual({ covered: false, missing: [] });
  });

  it('counts an organization-level credential (no product, service or offering named; facilities alone) for any offering', () => {
    expect(offeringCoverage([], saas)).toEqual({ covered: true, by: 'organization' });
    expect(offeringCoverage([{ kind: 'facility', id: null, name: 'Bangna plant', version: null }], saas)).toEqual({ covered: true, by: 'organization' });
  });

  it('compares names as the holder binding does: Unicode NFKC, case and runs of whitespace aside', () => {
    // Full-width letters, a ligature and a non-breaking space (NFKC-equal), other case, spacing.
    const items: AssessedItem[] = [
      { kind: 'service', id: null, name: '  ＶｉｓｉｏｎＱＣ\u00a0 MODEL ', version: '3.2.0' },
      { kind: 'service', id: null, name: 'visionqc\tcloud', version: '2026.1' },
    ];
    expect(offeringCoverage(items, saas).covered).toBe(true);
    expect(
      offeringCoverage([{ kind: 'offering', id: null, name: 'VisionQC ﬁnal inspection', version: null }], { ...saas, name: 'visionqc  final inspection' })
        .covered,
    ).toBe(true);
    expect(comparableName(' ＡＣＭＥ\u00a0 Co ')).toBe('acme co');
    expect(isIssuedTo({ id: null, name: 'ＡＣＭＥ  co' }, { id: 'x', name: 'Acme Co' })).toBe(true);
  });
});

describe(assessedItemsLabel.name, () => {
  it('lists what was assessed by name and version (or id), the rest counted', () => {
    expect(
      assessedItemsLabel([cnc, { kind: 'facility', id: null, name: 'Plant', version: null }, { kind: 'service', id: 'urn:uuid:x', name: null, version: null }]),
    ).toBe('CNC mill X200 2.1, urn:uuid:x');
    expect(assessedItemsLabel(Array.from({ length: 7 }, (_, i) => ({ ...cnc, name: `P${i}`, version: null })))).toBe('P0, P1, P2, P3, P4 and 2 more');
  });
});
