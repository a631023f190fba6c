import { describe, expect, it } from 'vitest';
import { evaluateCompliance, type ComplianceCriteria, type PublicAttestation } from './compliance.js';

const now = new Date('2026-11-26T00:00:00Z');
const att = (over: Partial<PublicAttestation> = {}): PublicAttestation => ({
  id: 'a1',
  serial: 'ATT-1',
  issuerId: 'iss',
  issuerName: 'ADCS',
  issuerAccredited: true,
  offeringId: 'off',
  outcome: 'conformant',
  frameworkIds: ['fw1'],
  markets: ['TH', 'VN'],
  validFrom: '2026-10-01T00:00:00Z',
  validUntil: '2027-10-01T00:00:00Z',
  decidedAt: '2026-09-30T00:00:00Z',
  status: 'active',
  ...over,
});
const criteria = (over: Partial<ComplianceCriteria> = {}): ComplianceCriteria => ({
  requirements: [{ frameworkId: 'fw1', frameworkCode: 'dser@1.0', minimumOutcome: 'conformant' }],
  markets: ['VN'],
  maxEvidenceAgeDays: 365,
  accreditedIssuersOnly: true,
  allowedIssuerIds: [],
  offeringId: 'off',
  expiringBefore: new Date('2027-01-31T00:00:00Z'),
  now,
  ...over,
});

describe('evaluateCompliance', () => {
  it('meets a requirement with an active, covering attestation', () => {
    const r = evaluateCompliance([att()], criteria());
    expect(r.overall).toBe('compliant');
    expect(r.requirements[0]).toMatchObject({ result: 'met', reasons: [], attestation: { serial: 'ATT-1' }, evidenceAgeDays: 57 });
  });

  it('names every reason an attestation falls short', () => {
    const r = evaluateCompliance([att({ status: 'suspended', outcome: 'conformant_with_conditions', markets: ['TH'], issuerAccredited: false })], criteria());
    expect(r.overall).toBe('non_compliant');
    expect(r.requirements[0]!.reasons).toEqual([
      'outcome conformant_with_conditions is below conformant',
      'does not cover market(s) VN',
      'is suspended',
      'issuer ADCS is not accredited',
    ]);
  });

  it('flags an attestation that ends before the expiry horizon', () => {
    const r = evaluateCompliance([att({ validUntil: '2026-12-15T00:00:00Z' })], criteria());
    expect(r.overall).toBe('compliant_expiring');
    expect(r.requirements[0]!.result).toBe('expiring');
  });

  it('reports a framework no attestation covers', () => {
    const r = evaluateCompliance([att({ frameworkIds: ['other'] })], criteria());
    expect(r.requirements[0]).toMatchObject({ result: 'not_met', attestation: null, reasons: ['no attestation covers dser@1.0'] });
  });

  it('prefers an attestation that satisfies over one that does not', () => {
    const r = evaluateCompliance([att({ id: 'bad', status: 'withdrawn' }), att({ id: 'good', serial: 'ATT-2' })], criteria());
    expect(r.requirements[0]!.attestation?.serial).toBe('ATT-2');
  });
});
