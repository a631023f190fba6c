import { describe, expect, it } from 'vitest';
import { RecognitionError } from '../recognition.errors.js';
import {
  buildMappingCollection,
  parseMappingCollection,
  refToToken,
  relationshipOfCrosswalk,
  tokenToRef,
  type MappingCollectionModel,
} from './oscal-mapping.js';

const model: MappingCollectionModel = {
  uuid: '8a3c2f7e-1b4d-4e6a-9c0d-2e5f7a9b1c3d',
  title: 'DSER to ISO/IEC 20000-1',
  version: '1',
  lastModified: '2026-11-02T00:00:00.000Z',
  provenance: {
    method: 'hybrid',
    matchingRationale: 'semantic',
    status: 'complete',
    description: 'Test',
    confidence: { percentage: 70 },
    coverage: { targetCoverage: 0.5, generationMethod: null },
    mappedBy: 'Attesta',
    mappedAt: '2026-11-01T00:00:00.000Z',
    remarks: null,
  },
  mappings: [
    {
      uuid: '3f1e5d7c-9b2a-4c6e-8d0f-1a3b5c7d9e2f',
      source: { code: 'attesta-dser', version: '1.0' },
      target: { code: 'iso-iec-20000-1', version: '2018' },
      method: null,
      matchingRationale: 'functional',
      status: 'draft',
      description: 'pair',
      remarks: 'r',
      confidence: { category: 'low' },
      coverage: null,
      sourceGapSummary: { uuid: '9d1f3b5e-7a9c-4e2b-8f4a-6c8e0a2c4e6a', unmappedRefs: ['DSER-7.1', 'AC-2(1)'] },
      targetGapSummary: null,
      maps: [
        {
          uuid: '6b8d0f2a-4c6e-4a1b-9d3f-5e7a9c1b3d5f',
          relationship: 'no-relationship',
          matchingRationale: null,
          sourceType: 'statement',
          sourceRef: 'DSER-2.1',
          targetType: 'control',
          targetRef: '8.3.3',
          confidence: null,
          coverage: { targetCoverage: 0.25, generationMethod: 'arbitrary' },
          qualifiers: [{ subject: 'both', predicate: 'has-incompatibility', category: 'blocked', description: 'd' }],
          remarks: null,
        },
      ],
    },
  ],
};

describe('OSCAL mapping collection', () => {
  it('parse(build(model)) is the model', () => {
    expect(parseMappingCollection(buildMappingCollection(model))).toEqual(model);
  });

  it('writes refs that are no OSCAL token reversibly', () => {
    for (const ref of ['10.1', 'AC-2(1)', 'DSER-1.1', '_x', 'A.5.1']) expect(tokenToRef(refToToken(ref))).toBe(ref);
    expect(refToToken('10.1')).toBe('_10.1');
    expect(refToToken('A.5.1')).toBe('A.5.1');
  });

  it('names every bad field at once', () => {
    const doc = buildMappingCollection(model) as {
      'mapping-collection': { mappings: { maps: Record<string, unknown>[] }[]; provenance: Record<string, unknown> };
    };
    doc['mapping-collection'].mappings[0]!.maps[0]!.relationship = 'equal';
    doc['mapping-collection'].mappings[0]!.maps[0]!['confidence-score'] = { category: 'high', percentage: 3 };
    doc['mapping-collection'].provenance.method = 'guess';
    try {
      parseMappingCollection(doc);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RecognitionError);
      expect((e as RecognitionError).errors!.map((x) => x.field)).toEqual([
        'mapping-collection.provenance.method',
        'mapping-collection.mappings.0.maps.0.relationship',
        'mapping-collection.mappings.0.maps.0.confidence-score',
      ]);
    }
  });

  it('refuses a map with two sources, a target coverage above 1 and a resource without a version; and a mapping from a version to itself', () => {
    const fields = (mutate: (mc: { mappings: Record<string, unknown>[] }) => void) => {
      const doc = buildMappingCollection(model) as { 'mapping-collection': { mappings: Record<string, unknown>[] } };
      mutate(doc['mapping-collection']);
      try {
        parseMappingCollection(doc);
      } catch (e) {
        expect(e).toBeInstanceOf(RecognitionError);
        return (e as RecognitionError).errors!.map((x) => x.field);
      }
      return expect.unreachable('the document was accepted');
    };
    expect(
      fields((mc) => {
        const m = mc.mappings[0]!;
        const map = (m.maps as Record<string, unknown>[])[0]!;
        map.sources = [...(map.sources as unknown[]), { type: 'control', 'id-ref': 'DSER-2.2' }];
        map.coverage = { 'target-coverage': 1.5 };
        m['source-resource'] = { type: 'catalog', href: 'urn:attesta:framework:attesta-dser@' };
      }),
    ).toEqual([
      'mapping-collection.mappings.0.maps.0.sources',
      'mapping-collection.mappings.0.maps.0.coverage.target-coverage',
      'mapping-collection.mappings.0.source-resource.href',
    ]);
    expect(fields((mc) => (mc.mappings[0]!['target-resource'] = mc.mappings[0]!['source-resource']))).toEqual([
      'mapping-collection.mappings.0.target-resource.href',
    ]);
  });

  it('writes crosswalk relations in the OSCAL vocabulary, direction kept', () => {
    expect(['equal', 'subset', 'superset', 'intersects'].map(relationshipOfCrosswalk)).toEqual(['equal-to', 'subset-of', 'superset-of', 'intersects-with']);
  });
});
