import type { DecisionSnapshot } from '../credential.js';

/** A decision snapshot for tests: hardware + a vendor's SaaS, one framework, two markets. */
export function sampleSnapshot(overrides: Partial<DecisionSnapshot> = {}): DecisionSnapshot {
  return {
    decisionId: '01970000-0000-7000-8000-0000000000d1',
    workspaceId: '01970000-0000-7000-8000-0000000000a1',
    outcome: 'conformant_with_conditions',
    decidedAt: new Date('2026-03-01T10:00:00Z'),
    scope: 'VMC-850 rev C with predictive-maintenance SaaS 4.2.0, as operated from the EU region',
    conditions: ['Technician training records renewed by 2026-09-30'],
    validUntil: new Date('2029-03-01T00:00:00Z'),
    manufacturer: { id: '01970000-0000-7000-8000-0000000000b1', name: 'Precision Machines Ltd' },
    submission: { id: '01970000-0000-7000-8000-0000000000c1', number: 2, digest: 'a'.repeat(64) },
    offering: {
      id: '01970000-0000-7000-8000-0000000000e1',
      name: 'VMC-850 with predictive maintenance',
      components: [
        {
          id: '01970000-0000-7000-8000-0000000000f1',
          name: 'VMC-850 machining centre',
          kind: 'hardware',
          version: 'rev C',
          serviceCategory: null,
          providerOrganizationId: null,
          providerName: null,
        },
        {
          id: '01970000-0000-7000-8000-0000000000f2',
          name: 'Predictive maintenance SaaS',
          kind: 'saas',
          version: '4.2.0',
          serviceCategory: 'predictive_maintenance',
          providerOrganizationId: '01970000-0000-7000-8000-0000000000f9',
          providerName: 'Cloud Ops GmbH',
        },
      ],
    },
    frameworks: [
      { id: '01970000-0000-7000-8000-000000000011', code: 'ISO/IEC 27001', title: 'Information security management', version: '2022', publisher: 'ISO/IEC' },
    ],
    markets: ['VN', 'TH'],
    ...overrides,
  };
}
