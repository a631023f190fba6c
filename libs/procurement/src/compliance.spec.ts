import { describe, expect, it } from 'vitest';
import {
  COMPLIANCE_REASON_CODES,
  COMPLIANCE_REASONS,
  componentDrift,
  evaluateCompliance,
  versionCompatible,
  type ComplianceCriteria,
  type OfferedComponent,
  type PublicAttestation,
} from './compliance.js';

const now = new Date('2026-11-26T00:00:00Z');
const saas: OfferedComponent = { id: 'c-saas', name: 'Predictive maintenance SaaS', kind: 'saas', version: '4.2.0' };
const machine: OfferedComponent = { id: 'c-hw', name: 'VMC-850', kind: 'hardware', version: 'rev C' };
const att = (over: Partial<PublicAttestation> = {}): PublicAttestation => ({
  id: 'a1',
  serial: 'ATT-1',
  issuerId: 'iss',
  issuerName: 'ADCS',
  offeringId: 'off',
  outcome: 'conformant',
  frameworks: [{ id: 'fw1', code: 'dser' }],
  markets: ['TH', 'VN'],
  components: [
    { id: 'c-hw', name: 'VMC-850', version: 'rev C', compatibleRange: null },
    { id: 'c-saas', name: 'Predictive maintenance SaaS', version: '4.2.0', compatibleRange: null },
  ],
  validFrom: '2026-10-01T00:00:00Z',
  validUntil: '2027-10-01T00:00:00Z',
  decidedAt: '2026-09-30T00:00:00Z',
  evidenceEffectiveFrom: '2026-06-01',
  evidenceValidUntil: '2027-06-01',
  status: 'active',
  version: 1,
  updatedAt: '2026-10-01T00:00:00Z',
  accreditation: {
    accreditationId: 'acc',
    bodyName: 'Accreditation body',
    number: 'CB-17065-001',
    standard: 'ISO/IEC 17065',
    scope: { frameworkCodes: ['dser'], markets: ['TH', 'VN', 'MY'], serviceCategories: [] },
    validFrom: '2025-01-01',
    validUntil: '2029-01-01',
    verification: 'body_confirmed',
  },
  accreditationNow: { status: 'active', verified: true, accredited: true, validUntil: '2029-01-01', updatedAt: '2025-01-01T00:00:00Z' },
  ...over,
});
const criteria = (over: Partial<ComplianceCriteria> = {}): ComplianceCriteria => ({
  requirements: [{ frameworkId: 'fw1', frameworkCode: 'dser@1.0', minimumOutcome: 'conformant' }],
  markets: ['VN'],
  maxEvidenceAgeDays: 365,
  accreditedIssuersOnly: true,
  allowedIssuerIds: [],
  offeringId: 'off',
  offeredComponents: [machine, saas],
  liveComponents: [machine, saas],
  contractPeriod: null,
  expiringBefore: new Date('2027-01-31T00:00:00Z'),
  now,
  ...over,
});
const codes = (r: ReturnType<typeof evaluateCompliance>) => r.requirements[0]!.reasons.map((x) => x.code);

describe('evaluateCompliance', () => {
  it('meets a requirement with an active, covering attestation; evidence age runs from the evidence effective date', () => {
    const r = evaluateCompliance([att()], criteria());
    expect(r.overall).toBe('compliant');
    expect(r.requirements[0]).toMatchObject({ result: 'met', reasons: [], attestation: { serial: 'ATT-1', issuerAccredited: true }, evidenceAgeDays: 178 });
    expect(r.basis.attestations).toEqual([
      { id: 'a1', status: 'active', version: 1, updatedAt: '2026-10-01T00:00:00Z', accreditationUpdatedAt: '2025-01-01T00:00:00Z' },
    ]);
    expect(r.evaluatedAt).toBe(now.toISOString());
  });

  it('names every reason an attestation falls short, with the values compared', () => {
    const r = evaluateCompliance([att({ status: 'suspended', outcome: 'conformant_with_conditions', markets: ['TH'], accreditation: null })], criteria());
    expect(r.overall).toBe('non_compliant');
    expect(r.requirements[0]!.reasons).toEqual([
      {
        code: 'outcome_below_minimum',
        severity: 'blocking',
        message: 'outcome conformant_with_conditions is below conformant',
        expected: 'conformant',
        actual: 'conformant_with_conditions',
      },
      { code: 'market_not_covered', severity: 'blocking', message: 'does not cover market(s) VN', expected: ['VN'], actual: ['TH'] },
      { code: 'attestation_suspended', severity: 'blocking', message: 'is suspended', expected: 'active', actual: 'suspended' },
      {
        code: 'issuer_not_accredited',
        severity: 'blocking',
        message: 'ADCS issued it without a verified accreditation',
        expected: 'verified accreditation',
        actual: 'none',
      },
    ]);
  });

  it('flags an offered component version outside the attested version', () => {
    const r = evaluateCompliance([att()], criteria({ offeredComponents: [machine, { ...saas, version: '5.0.0' }] }));
    expect(r.overall).toBe('non_compliant');
    expect(r.requirements[0]!.reasons).toEqual([
      {
        code: 'component_version_mismatch',
        severity: 'blocking',
        message: 'Predictive maintenance SaaS is offered at 5.0.0; the attestation covers 4.2.0',
        expected: '4.2.0',
        actual: '5.0.0',
        componentId: 'c-saas',
      },
    ]);
  });

  it('accepts an offered version inside the compatible range recorded in the decision, and not outside it', () => {
    const ranged = att({
      components: [
        { id: 'c-hw', name: 'VMC-850', version: 'rev C', compatibleRange: null },
        { id: 'c-saas', name: 'Predictive maintenance SaaS', version: '4.2.0', compatibleRange: '~4.2.0' },
      ],
    });
    expect(evaluateCompliance([ranged], criteria({ offeredComponents: [machine, { ...saas, version: '4.2.7' }] })).overall).toBe('compliant');
    const r = evaluateCompliance([ranged], criteria({ offeredComponents: [machine, { ...saas, version: '4.3.0' }] }));
    expect(r.requirements[0]!.reasons[0]).toMatchObject({ code: 'component_version_mismatch', expected: '4.2.0 or ~4.2.0', actual: '4.3.0' });
  });

  it('refuses an offered component that was not attested', () => {
    const r = evaluateCompliance(
      [att()],
      criteria({ offeredComponents: [machine, saas, { id: 'c-new', name: 'Vision AI', kind: 'ai_service', version: '1.0.0' }] }),
    );
    expect(codes(r)).toEqual(['component_not_attested']);
  });

  it('measures evidence age from the relied-on evidence, not from the decision', () => {
    const r = evaluateCompliance([att({ decidedAt: '2026-11-20T00:00:00Z', evidenceEffectiveFrom: '2025-01-01' })], criteria());
    expect(r.requirements[0]!.reasons).toEqual([expect.objectContaining({ code: 'evidence_too_old', expected: 365, actual: 694 })]);
    expect(r.requirements[0]!.evidenceAgeDays).toBe(694);
  });

  it('cannot check the evidence age of an attestation without evidence dates', () => {
    expect(codes(evaluateCompliance([att({ evidenceEffectiveFrom: null })], criteria()))).toEqual(['evidence_dates_unknown']);
    expect(evaluateCompliance([att({ evidenceEffectiveFrom: null })], criteria({ maxEvidenceAgeDays: null })).overall).toBe('compliant');
  });

  it('refuses relied-on evidence that has expired', () => {
    expect(codes(evaluateCompliance([att({ evidenceValidUntil: '2026-11-01' })], criteria()))).toEqual(['evidence_expired']);
    // A valid-until date holds through that day: expired from the next.
    expect(codes(evaluateCompliance([att({ evidenceValidUntil: '2026-11-25' })], criteria()))).toEqual(['evidence_expired']);
    expect(evaluateCompliance([att({ evidenceValidUntil: '2026-11-26' })], criteria()).overall).toBe('compliant');
  });

  it('allows evidence exactly as old as the tender permits, and not a day older', () => {
    const exact = evaluateCompliance([att({ evidenceEffectiveFrom: '2025-11-26' })], criteria());
    expect(exact.overall).toBe('compliant');
    expect(exact.requirements[0]!.evidenceAgeDays).toBe(365);
    expect(evaluateCompliance([att({ evidenceEffectiveFrom: '2025-11-25' })], criteria()).requirements[0]!.reasons).toEqual([
      expect.objectContaining({ code: 'evidence_too_old', expected: 365, actual: 366 }),
    ]);
  });

  it('judges validity by its dates, not only by the status: an ended or not yet begun attestation does not meet', () => {
    // The daily expiry job has not run yet: the status still says active.
    const ended = evaluateCompliance([att({ validFrom: '2025-10-01T00:00:00Z', validUntil: '2026-11-25T00:00:00Z' })], criteria());
    expect(ended.overall).toBe('non_compliant');
    expect(ended.requirements[0]!.reasons).toEqual([expect.objectContaining({ code: 'attestation_expired', severity: 'blocking', actual: 'expired' })]);
    const early = evaluateCompliance([att({ validFrom: '2026-12-01T00:00:00Z' })], criteria());
    expect(early.overall).toBe('non_compliant');
    expect(early.requirements[0]!.reasons).toEqual([
      expect.objectContaining({ code: 'attestation_not_yet_valid', severity: 'blocking', expected: '2026-11-26', actual: '2026-12-01' }),
    ]);
  });

  it('names a tender market outside the attested markets', () => {
    const r = evaluateCompliance([att()], criteria({ markets: ['MY', 'VN'] }));
    expect(r.requirements[0]!.reasons).toEqual([expect.objectContaining({ code: 'market_not_covered', expected: ['MY', 'VN'], actual: ['TH', 'VN'] })]);
  });

  it('asks the validity to cover the contract period', () => {
    const r = evaluateCompliance([att()], criteria({ contractPeriod: { startDate: '2027-01-01', endDate: '2029-12-31' } }));
    expect(r.requirements[0]!.reasons).toEqual([
      expect.objectContaining({ code: 'validity_short_of_contract', expected: '2027-01-01/2029-12-31', actual: '2026-10-01/2027-10-01' }),
    ]);
    expect(evaluateCompliance([att()], criteria({ contractPeriod: { startDate: '2027-01-01', endDate: '2027-06-30' } })).overall).toBe('compliant');
    // A contract that starts before the validity begins is not covered either.
    const early = evaluateCompliance([att()], criteria({ contractPeriod: { startDate: '2026-09-01', endDate: '2027-06-30' } }));
    expect(early.overall).toBe('non_compliant');
    expect(early.requirements[0]!.reasons).toEqual([
      expect.objectContaining({ code: 'validity_short_of_contract', expected: '2026-09-01/2027-06-30', actual: '2026-10-01/2027-10-01' }),
    ]);
  });

  it('checks the issuer accreditation at issue (scope) and now (status)', () => {
    const base = att();
    expect(
      codes(
        evaluateCompliance(
          [att({ accreditation: { ...base.accreditation!, scope: { frameworkCodes: ['other'], markets: ['TH'], serviceCategories: [] } } })],
          criteria(),
        ),
      ),
    ).toEqual(['accreditation_out_of_scope', 'accreditation_out_of_scope']);
    expect(codes(evaluateCompliance([att({ accreditationNow: { ...base.accreditationNow!, status: 'suspended' } })], criteria()))).toEqual([
      'accreditation_suspended',
    ]);
    expect(codes(evaluateCompliance([att({ accreditationNow: { ...base.accreditationNow!, status: 'withdrawn' } })], criteria()))).toEqual([
      'accreditation_withdrawn',
    ]);
    expect(codes(evaluateCompliance([att({ accreditationNow: { ...base.accreditationNow!, validUntil: '2026-11-01' } })], criteria()))).toEqual([
      'accreditation_expired',
    ]);
    // Expired by its status before its stated end, no longer verified, or no longer found: each fails a tender asking for accredited issuers.
    expect(codes(evaluateCompliance([att({ accreditationNow: { ...base.accreditationNow!, status: 'expired' } })], criteria()))).toEqual([
      'accreditation_expired',
    ]);
    expect(codes(evaluateCompliance([att({ accreditationNow: { ...base.accreditationNow!, verified: false } })], criteria()))).toEqual([
      'accreditation_unverified',
    ]);
    const gone = evaluateCompliance([att({ accreditationNow: null })], criteria());
    expect(gone.overall).toBe('non_compliant');
    expect(gone.requirements[0]!.reasons).toEqual([expect.objectContaining({ code: 'accreditation_unverified', severity: 'blocking' })]);
    const suspended = evaluateCompliance([att({ accreditationNow: { ...base.accreditationNow!, status: 'suspended', accredited: false } })], criteria());
    expect(suspended.requirements[0]!.attestation!.issuerAccredited).toBe(false);
    // Not asked for by the tender: a lapse is a warning, not a failure; no accreditation at all says nothing.
    const lenient = evaluateCompliance(
      [att({ accreditationNow: { ...base.accreditationNow!, status: 'suspended' } })],
      criteria({ accreditedIssuersOnly: false }),
    );
    expect(lenient.overall).toBe('compliant');
    expect(lenient.requirements[0]!.reasons).toEqual([expect.objectContaining({ code: 'accreditation_suspended', severity: 'warning' })]);
    expect(
      evaluateCompliance([att({ accreditation: null, accreditationNow: null })], criteria({ accreditedIssuersOnly: false })).requirements[0]!.reasons,
    ).toEqual([]);
    // Nor does an accreditation whose scope the tender did not ask about.
    const outOfScope = { ...base.accreditation!, scope: { frameworkCodes: ['other'], markets: ['TH'], serviceCategories: [] } };
    expect(evaluateCompliance([att({ accreditation: outOfScope })], criteria({ accreditedIssuersOnly: false })).requirements[0]!.reasons).toEqual([]);
  });

  it('gives a code for each inactive status', () => {
    for (const status of ['suspended', 'withdrawn', 'superseded', 'expired'] as const) {
      expect(codes(evaluateCompliance([att({ status })], criteria()))).toEqual([`attestation_${status}`]);
    }
    expect(codes(evaluateCompliance([att()], criteria({ allowedIssuerIds: ['someone-else'] })))).toEqual(['issuer_not_accepted']);
    expect(codes(evaluateCompliance([att({ offeringId: 'other' })], criteria()))).toEqual(['offering_mismatch']);
  });

  it('flags an attestation that ends before the expiry horizon', () => {
    const r = evaluateCompliance([att({ validUntil: '2026-12-15T00:00:00Z' })], criteria());
    expect(r.overall).toBe('compliant_expiring');
    expect(r.requirements[0]).toMatchObject({
      result: 'expiring',
      reasons: [expect.objectContaining({ code: 'attestation_expiring', severity: 'warning', actual: '2026-12-15' })],
    });
  });

  it('reports a framework no attestation covers', () => {
    const r = evaluateCompliance([att({ frameworks: [{ id: 'other', code: 'other' }] })], criteria());
    expect(r.requirements[0]).toMatchObject({
      result: 'not_met',
      attestation: null,
      reasons: [{ code: 'no_attestation', message: 'no attestation covers dser@1.0' }],
    });
  });

  it('is compliant only when every requirement is: one not met fails the report, one expiring makes it expiring', () => {
    const two = (second: Partial<PublicAttestation>) =>
      evaluateCompliance(
        [att(), att({ id: 'a2', serial: 'ATT-2', frameworks: [{ id: 'fw2', code: 'other' }], ...second })],
        criteria({
          requirements: [
            { frameworkId: 'fw1', frameworkCode: 'dser@1.0', minimumOutcome: 'conformant' },
            { frameworkId: 'fw2', frameworkCode: 'other@1.0', minimumOutcome: 'conformant' },
          ],
          accreditedIssuersOnly: false,
        }),
      );
    const oneWithdrawn = two({ status: 'withdrawn' });
    expect(oneWithdrawn.requirements.map((r) => r.result)).toEqual(['met', 'not_met']);
    expect(oneWithdrawn.overall).toBe('non_compliant');
    const oneExpiring = two({ validUntil: '2026-12-15T00:00:00Z' });
    expect(oneExpiring.requirements.map((r) => r.result)).toEqual(['met', 'expiring']);
    expect(oneExpiring.overall).toBe('compliant_expiring');
  });

  it('prefers an attestation that satisfies over one that does not', () => {
    const r = evaluateCompliance([att({ id: 'bad', status: 'withdrawn' }), att({ id: 'good', serial: 'ATT-2' })], criteria());
    expect(r.requirements[0]!.attestation?.serial).toBe('ATT-2');
  });

  it('shows live components that drifted from the offered snapshot as notices, without failing the report', () => {
    const r = evaluateCompliance([att()], criteria({ liveComponents: [machine, { ...saas, version: '5.0.0' }] }));
    expect(r.overall).toBe('compliant');
    expect(r.drift).toEqual([{ componentId: 'c-saas', name: 'Predictive maintenance SaaS', offeredVersion: '4.2.0', currentVersion: '5.0.0' }]);
    expect(r.notices).toEqual([expect.objectContaining({ code: 'component_drift', severity: 'info', expected: '4.2.0', actual: '5.0.0' })]);
  });
});

describe('componentDrift', () => {
  it('names changed, removed and added components', () => {
    expect(
      componentDrift(
        [machine, saas],
        [
          { ...machine, version: 'rev D' },
          { id: 'c-ai', name: 'Vision AI', kind: 'ai_service', version: '1.0.0' },
        ],
      ),
    ).toEqual([
      { componentId: 'c-hw', name: 'VMC-850', offeredVersion: 'rev C', currentVersion: 'rev D' },
      { componentId: 'c-saas', name: 'Predictive maintenance SaaS', offeredVersion: '4.2.0', currentVersion: null },
      { componentId: 'c-ai', name: 'Vision AI', offeredVersion: null, currentVersion: '1.0.0' },
    ]);
  });
});

describe('versionCompatible', () => {
  it('accepts the same version, or a semver version inside the range', () => {
    expect(versionCompatible('rev C', 'rev C', null)).toBe(true);
    expect(versionCompatible('4.2.1', '4.2.0', null)).toBe(false);
    expect(versionCompatible('4.9.0', '4.2.0', '^4.2.0')).toBe(true);
    expect(versionCompatible('5.0.0', '4.2.0', '^4.2.0')).toBe(false);
    expect(versionCompatible('rev D', 'rev C', '^4.2.0')).toBe(false);
  });
});

describe('COMPLIANCE_REASONS', () => {
  it('describes every code', () => {
    for (const c of COMPLIANCE_REASON_CODES) expect(COMPLIANCE_REASONS[c].description.length).toBeGreaterThan(10);
  });
});
