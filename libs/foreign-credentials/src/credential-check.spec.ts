import { describe, expect, it } from 'vitest';
import { assessedItemsOf } from './credential-check.js';

const offeringId = '0190d0c4-5a6b-7c8d-9e0f-000000000001';
const spindle = '0190d0c4-5a6b-7c8d-9e0f-0000000000f1';
const model = { id: '0190d0c4-5a6b-7c8d-9e0f-0000000000c1', name: 'VisionQC model' };
const cloud = { id: '0190d0c4-5a6b-7c8d-9e0f-0000000000c2', name: 'VisionQC cloud' };

describe(assessedItemsOf.name, () => {
  it('reads the products, services and facilities of the conforming assessments, then the assessed offering and its components, each once', () => {
    // Attesta's layout (libs/attestations buildCredential): per assessment, hardware as products and the rest as services; the offering beside.
    const subject = {
      assessment: [
        {
          conformance: true,
          assessedProduct: [
            { type: ['ProductVerification'], product: { id: `urn:uuid:${spindle}`, name: 'Spindle', modelVersion: '4.0', componentKind: 'hardware' } },
          ],
          assessedService: [
            { type: ['ServiceVerification'], service: { id: `urn:uuid:${model.id}`, name: model.name, componentKind: 'ai_service', version: '3.2.0' } },
          ],
          assessedFacility: { facility: { id: 'urn:uuid:plant', name: 'Bangna plant' } },
        },
        // The same layers under a second framework: named once.
        {
          conformance: true,
          assessedService: [{ service: { id: `urn:uuid:${model.id}`, name: model.name, componentKind: 'ai_service', version: '3.2.0' } }],
        },
        // A nonconformant assessment claims nothing, nor what it assessed.
        { conformance: false, assessedProduct: [{ product: { id: 'urn:uuid:other', name: 'Other press', modelVersion: '1' } }] },
        { assessedProduct: [{ product: { name: 'Unsaid', modelVersion: '1' } }] },
      ],
      assessedOffering: {
        id: `urn:uuid:${offeringId}`,
        name: 'VisionQC inspection',
        components: [
          { id: `urn:uuid:${spindle}`, name: 'Spindle', componentKind: 'hardware', version: '4.0' },
          { id: `urn:uuid:${model.id}`, name: model.name, componentKind: 'ai_service', version: '3.2.0' },
          { id: `urn:uuid:${cloud.id}`, name: cloud.name, componentKind: 'cloud_service', version: '2026.1' },
          { version: '9' },
        ],
      },
    };
    expect(assessedItemsOf(subject)).toEqual([
      { kind: 'product', id: `urn:uuid:${spindle}`, name: 'Spindle', version: '4.0' },
      { kind: 'service', id: `urn:uuid:${model.id}`, name: model.name, version: '3.2.0' },
      { kind: 'facility', id: 'urn:uuid:plant', name: 'Bangna plant', version: null },
      { kind: 'offering', id: `urn:uuid:${offeringId}`, name: 'VisionQC inspection', version: null },
      { kind: 'service', id: `urn:uuid:${cloud.id}`, name: cloud.name, version: '2026.1' },
    ]);
  });

  it('names nothing for a credential of the organization (a management-system certificate) or a subject that is not an object', () => {
    expect(assessedItemsOf({ assessment: [{ conformance: true, referenceStandard: { id: 'urn:iso:9001' } }] })).toEqual([]);
    expect(assessedItemsOf(null)).toEqual([]);
  });
});
