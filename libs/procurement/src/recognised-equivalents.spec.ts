import type { RecognitionRoute } from '@attesta/recognition';
import { describe, expect, it } from 'vitest';
import { evaluateCompliance, type ComplianceCriteria, type PublicAttestation } from './compliance.js';
import { recognitionInputsOf, withRecognisedEquivalents, type ForeignCredentialFact, type RecognitionInputs } from './recognised-equivalents.js';

const now = new Date('2026-11-26T00:00:00Z');
const dserAttestation: PublicAttestation = {
  id: 'a1',
  serial: 'ATT-1',
  issuerId: 'iss',
  issuerName: 'ADCS',
  offeringId: 'off',
  outcome: 'conformant',
  frameworks: [{ id: 'dser', code: 'attesta-dser' }],
  markets: ['VN'],
  components: [],
  validFrom: '2026-10-01T00:00:00Z',
  validUntil: '2027-10-01T00:00:00Z',
  decidedAt: '2026-09-30T00:00:00Z',
  evidenceEffectiveFrom: '2026-06-01',
  evidenceValidUntil: '2027-06-01',
  status: 'active',
  version: 1,
  updatedAt: '2026-10-01T00:00:00Z',
  accreditation: null,
  accreditationNow: null,
};
const criteria: ComplianceCriteria = {
  requirements: [{ frameworkId: 'iso', frameworkCode: 'iso-iec-20000-1@2018', minimumOutcome: 'conformant', recognisedIn: 'TH' }],
  markets: ['TH'],
  maxEvidenceAgeDays: null,
  accreditedIssuersOnly: false,
  allowedIssuerIds: [],
  offeringId: 'off',
  offeredComponents: null,
  liveComponents: null,
  contractPeriod: null,
  expiringBefore: new Date('2027-01-31T00:00:00Z'),
  now,
};
const route = (over: Partial<RecognitionRoute['rule']> = {}): RecognitionRoute => ({
  rule: {
    id: 'r1',
    title: 'TH rule',
    market: 'TH',
    ownerOrganizationId: null,
    arrangements: [],
    acceptsResidualGaps: true,
    residualRequirements: null,
    illustrative: true,
    ...over,
  },
  collection: { id: 'c1', code: 'dser-to-iso', version: '1', title: 'x' },
  source: { id: 'dser', code: 'attesta-dser', version: '1.0' },
  target: { id: 'iso', code: 'iso-iec-20000-1', version: '2018' },
  coverage: { covered: 1, partial: 0, unmapped: 1, total: 2 },
  residualGaps: [
    { requirementId: 'q', ref: '10.1', title: 'Improvement', status: 'unmapped', partialVia: [], expectedEvidenceTypes: [], closeWith: 'Provide evidence.' },
  ],
});
const inputs = (over: Partial<RecognitionInputs> = {}): RecognitionInputs => ({ routes: [route()], arrangements: new Map(), foreign: [], ...over });
const run = (attestations: PublicAttestation[], i: RecognitionInputs | null) =>
  withRecognisedEquivalents(evaluateCompliance(attestations, criteria), attestations, criteria, i).requirements[0]!;

/** The supplier's recognised foreign credential: ISO/IEC 20000-1:2018 for TH, from another trust list's body. */
const credential: ForeignCredentialFact = {
  id: 'fc1',
  organizationId: 'supplier',
  credentialId: 'urn:uuid:1',
  issuerDid: 'did:web:other.example',
  issuerName: 'Other CAB',
  trustListBodyName: 'Other AB',
  frameworks: [{ code: 'iso-iec-20000-1', version: '2018' }],
  assessedItems: [],
  markets: ['TH'],
  validFrom: new Date('2026-06-01T00:00:00Z'),
  validUntil: new Date('2027-06-01T00:00:00Z'),
};

describe('withRecognisedEquivalents', () => {
  it('meets T through a rule and an approved mapping: the DSER attestation (whose markets lack TH) is checked as for DSER, the residual gaps listed', () => {
    const r = run([dserAttestation], inputs());
    expect(r).toMatchObject({ result: 'met', frameworkCode: 'iso-iec-20000-1@2018', attestation: { serial: 'ATT-1' } });
    expect(r.path).toMatchObject({
      kind: 'mapping',
      market: 'TH',
      rule: { id: 'r1' },
      sourceFrameworkCode: 'attesta-dser@1.0',
      residualGaps: [{ ref: '10.1', status: 'unmapped' }],
    });
    expect(r.reasons.map((x) => x.code)).toEqual(['recognised_equivalent']);
  });

  it('does not when the rule refuses residual gaps, the issuer is outside its arrangements, or the attestation fails a direct check', () => {
    expect(run([dserAttestation], inputs({ routes: [route({ acceptsResidualGaps: false })] })).result).toBe('not_met');
    expect(run([dserAttestation], inputs({ routes: [route({ arrangements: ['GAC MRA'] })] })).result).toBe('not_met');
    // A rule of another market recognises nothing in TH.
    expect(run([dserAttestation], inputs({ routes: [route({ market: 'VN' })] })).result).toBe('not_met');
    const suspended = run([{ ...dserAttestation, status: 'suspended' }], inputs());
    expect(suspended.result).toBe('not_met');
    expect(suspended.path).toBeNull();
    expect(suspended.reasons.map((x) => x.code)).toContain('no_recognised_equivalent');
  });

  it('meets T through a recognised foreign credential, directly for T in the market or for the rule’s source framework', () => {
    const direct = run([], inputs({ routes: [], foreign: [credential] }));
    expect(direct).toMatchObject({ result: 'met', attestation: null, path: { kind: 'foreign_credential', rule: null, foreignCredential: { id: 'fc1' } } });
    const viaRule = run([], inputs({ foreign: [{ ...credential, frameworks: [{ code: 'attesta-dser', version: null }], markets: [] }] }));
    expect(viaRule.path).toMatchObject({ kind: 'foreign_credential', rule: { id: 'r1' }, residualGaps: [{ ref: '10.1' }] });
    // A rule that refuses residual gaps lends a credential nothing through a mapping with gaps (as it lends an attestation nothing).
    const refused = run(
      [],
      inputs({
        routes: [route({ acceptsResidualGaps: false })],
        foreign: [{ ...credential, frameworks: [{ code: 'attesta-dser', version: null }], markets: [] }],
      }),
    );
    expect(refused.result).toBe('not_met');
    const expired = run([], inputs({ routes: [], foreign: [{ ...credential, validUntil: new Date('2026-01-01T00:00:00Z') }] }));
    expect(expired.result).toBe('not_met');
  });

  it('counts a foreign credential only once valid, and for a contract period only when it is valid for all of it', () => {
    const ahead = run([], inputs({ routes: [], foreign: [{ ...credential, validFrom: new Date('2026-12-01T00:00:00Z') }] }));
    expect(ahead.result).toBe('not_met');
    const withContract = (c: ForeignCredentialFact, startDate: string, endDate: string) =>
      withRecognisedEquivalents(
        evaluateCompliance([], { ...criteria, contractPeriod: { startDate, endDate } }),
        [],
        { ...criteria, contractPeriod: { startDate, endDate } },
        inputs({ routes: [], foreign: [c] }),
      ).requirements[0]!.result;
    expect(withContract(credential, '2027-01-01', '2027-05-31')).toBe('met');
    // The credential ends 2027-06-01: a contract to 2028 is not covered, nor one starting before the credential.
    expect(withContract(credential, '2027-01-01', '2028-12-31')).toBe('not_met');
    expect(withContract(credential, '2026-03-01', '2027-05-31')).toBe('not_met');
    expect(withContract({ ...credential, validUntil: null }, '2027-01-01', '2027-05-31')).toBe('not_met');
    // Without a contract period, a credential stating no end counts while valid.
    expect(run([], inputs({ routes: [], foreign: [{ ...credential, validUntil: null }] })).result).toBe('met');
  });

  it('does not count a foreign credential for T scoped to other markets, or for another version of T', () => {
    const elsewhere = run([], inputs({ routes: [], foreign: [{ ...credential, markets: ['VN', 'MY'] }] }));
    expect(elsewhere).toMatchObject({ result: 'not_met', path: null });
    expect(elsewhere.reasons.map((x) => x.code)).toContain('no_recognised_equivalent');
    expect(run([], inputs({ routes: [], foreign: [{ ...credential, frameworks: [{ code: 'iso-iec-20000-1', version: '2011' }] }] })).result).toBe('not_met');
    // A credential naming no version covers T in any version; one naming no market covers every market.
    expect(run([], inputs({ routes: [], foreign: [{ ...credential, frameworks: [{ code: 'iso-iec-20000-1', version: null }], markets: [] }] })).result).toBe(
      'met',
    );
  });

  it('still checks the tender’s other markets on the mapping path: only the recognising market itself is left out', () => {
    const both: ComplianceCriteria = { ...criteria, markets: ['MY', 'TH'] };
    const r = withRecognisedEquivalents(evaluateCompliance([dserAttestation], both), [dserAttestation], both, inputs()).requirements[0]!;
    expect(r).toMatchObject({ result: 'not_met', path: null });
    expect(r.reasons.map((x) => x.code)).toContain('no_recognised_equivalent');
    const vnToo: ComplianceCriteria = { ...criteria, markets: ['TH', 'VN'] };
    expect(withRecognisedEquivalents(evaluateCompliance([dserAttestation], vnToo), [dserAttestation], vnToo, inputs()).requirements[0]!.result).toBe('met');
  });

  it('marks a directly met requirement as such and leaves requirements without a market alone', () => {
    const iso = { ...dserAttestation, frameworks: [{ id: 'iso', code: 'iso-iec-20000-1' }], markets: ['TH'] };
    expect(run([iso], inputs()).path).toMatchObject({ kind: 'direct' });
    expect(withRecognisedEquivalents(evaluateCompliance([iso], criteria), [iso], criteria, null).requirements[0]!.path).toBeUndefined();
  });

  it('of several routes, takes a met one over an expiring one, then the one with fewer residual gaps', () => {
    // DSER maps with no residual gap, but its attestation ends before the tender's horizon; the
    // ISMS attestation is met through a mapping that leaves one gap.
    const dser: RecognitionRoute = { ...route(), residualGaps: [] };
    const isms: RecognitionRoute = { ...route({ id: 'r2', title: 'TH ISMS rule' }), source: { id: 'isms', code: 'iso-iec-27001', version: '2022' } };
    const expiringDser = { ...dserAttestation, validUntil: '2027-01-15T00:00:00Z' };
    const ismsAttestation = { ...dserAttestation, id: 'a2', serial: 'ATT-2', frameworks: [{ id: 'isms', code: 'iso-iec-27001' }] };
    expect(run([expiringDser], inputs({ routes: [dser] })).result).toBe('expiring');
    for (const routes of [
      [dser, isms],
      [isms, dser],
    ]) {
      const r = run([expiringDser, ismsAttestation], inputs({ routes }));
      expect(r).toMatchObject({
        result: 'met',
        attestation: { serial: 'ATT-2' },
        path: { kind: 'mapping', rule: { id: 'r2' }, residualGaps: [{ ref: '10.1' }] },
      });
    }
    // Both met: the route leaving fewer gaps.
    for (const routes of [
      [dser, isms],
      [isms, dser],
    ]) {
      const r = run([dserAttestation, ismsAttestation], inputs({ routes }));
      expect(r).toMatchObject({ result: 'met', attestation: { serial: 'ATT-1' }, path: { rule: { id: 'r1' }, residualGaps: [] } });
    }
  });

  it('a rule naming arrangements recognises an issuer accredited now by a signatory body: not once its accreditation is suspended or no longer counts', () => {
    const claim = {
      accreditationId: 'acc1',
      bodyName: 'BoA',
      number: 'VICAS 210',
      standard: 'ISO/IEC 17065',
      scope: { frameworkCodes: ['attesta-dser'], markets: ['VN', 'TH'], serviceCategories: [] },
      validFrom: '2025-01-01',
      validUntil: '2029-12-31',
      verification: 'body_confirmed',
    };
    const now = { status: 'active', verified: true, accredited: true, validUntil: '2029-12-31', updatedAt: '2026-10-01T00:00:00Z' };
    const withArrangement = inputs({ routes: [route({ arrangements: ['GAC MRA'] })], arrangements: new Map([['BoA', ['GAC MRA']]]) });
    const accredited = { ...dserAttestation, accreditation: claim, accreditationNow: now };
    expect(run([accredited], withArrangement)).toMatchObject({ result: 'met', path: { kind: 'mapping' } });
    for (const lapsed of [
      { ...now, status: 'suspended', accredited: false },
      { ...now, status: 'active', accredited: false },
    ]) {
      const r = run([{ ...accredited, accreditationNow: lapsed }], withArrangement);
      expect(r, JSON.stringify(lapsed)).toMatchObject({ result: 'not_met', path: null });
    }
    // A body outside the rule's arrangements never did.
    expect(run([accredited], inputs({ routes: [route({ arrangements: ['GAC MRA'] })], arrangements: new Map([['BoA', ['ILAC MRA']]]) })).result).toBe(
      'not_met',
    );
  });

  it('a rule naming arrangements recognises a foreign credential for its source framework only from a trust-list body that is a signatory of one', () => {
    const dserCredential = { ...credential, frameworks: [{ code: 'attesta-dser', version: null }], markets: [] };
    const rule = route({ arrangements: ['GAC MRA'] });
    // 'Other AB' is on the trust list (the credential is recognised) but under ILAC MRA only, or under no arrangement at all.
    for (const arrangements of [new Map([['Other AB', ['ILAC MRA']]]), new Map<string, string[]>()]) {
      const r = run([], inputs({ routes: [rule], arrangements, foreign: [dserCredential] }));
      expect(r, JSON.stringify([...arrangements])).toMatchObject({ result: 'not_met', path: null });
    }
    const signatory = run([], inputs({ routes: [rule], arrangements: new Map([['Other AB', ['GAC MRA']]]), foreign: [dserCredential] }));
    expect(signatory).toMatchObject({ result: 'met', path: { kind: 'foreign_credential', rule: { id: 'r1' } } });
    // A credential for T itself in the market meets no rule, so no arrangement is asked of it.
    expect(run([], inputs({ routes: [rule], foreign: [credential] })).result).toBe('met');
  });

  describe('a foreign credential counts for the offering its assessment covers', () => {
    const offeringId = '0190d0c4-5a6b-7c8d-9e0f-000000000001';
    /** The bid: an AI-inspection SaaS offering of two components (a model and its cloud runtime). */
    const components = [
      { id: '0190d0c4-5a6b-7c8d-9e0f-0000000000c1', name: 'VisionQC model', kind: 'ai_service', version: '3.2.0' },
      { id: '0190d0c4-5a6b-7c8d-9e0f-0000000000c2', name: 'VisionQC cloud', kind: 'cloud_service', version: '2026.1' },
    ];
    const bid: ComplianceCriteria = { ...criteria, offeringId, offeredComponents: components, liveComponents: components };
    const cnc = { kind: 'product' as const, id: 'urn:uuid:0190d0c4-5a6b-7c8d-9e0f-0000000000f1', name: 'CNC mill X200', version: '2.1' };
    const runFor = (
      assessedItems: ForeignCredentialFact['assessedItems'],
      offeringName: string | null = 'VisionQC inspection',
      over: Partial<ComplianceCriteria> = {},
    ) => {
      const c = { ...bid, ...over };
      const i = recognitionInputsOf(inputs({ routes: [], foreign: [{ ...credential, assessedItems }] }), 'supplier', offeringName);
      return withRecognisedEquivalents(evaluateCompliance([], c), [], c, i).requirements[0]!;
    };
    const blocking = (r: ReturnType<typeof runFor>) => r.reasons.find((x) => x.code === 'no_recognised_equivalent');

    it('names the offering itself: by urn:uuid id, or by its name (Unicode NFKC, case and runs of spacing aside)', () => {
      const byId = runFor([cnc, { kind: 'offering', id: `urn:uuid:${offeringId.toUpperCase()}`, name: 'Something else', version: null }]);
      expect(byId).toMatchObject({ result: 'met', path: { kind: 'foreign_credential', foreignCredential: { id: 'fc1' } } });
      // Full-width letters and a non-breaking space are NFKC-equal to the name; case and spacing aside.
      const byName = runFor([{ kind: 'offering', id: 'urn:uuid:elsewhere', name: '  ＶｉｓｉｏｎＱＣ\u00a0  INSPECTION ', version: null }]);
      expect(byName.result).toBe('met');
      expect(runFor([{ kind: 'offering', id: null, name: 'VisionQC inspection suite', version: null }]).result).toBe('not_met');
      // Without the offering's name (unknown to the caller) only the id names it.
      expect(runFor([{ kind: 'offering', id: null, name: 'VisionQC inspection', version: null }], null).result).toBe('not_met');
    });

    it('names every offered component, by urn:uuid id or by name, at the version it states', () => {
      const items: ForeignCredentialFact['assessedItems'] = [
        { kind: 'service', id: `urn:uuid:${components[0]!.id}`, name: 'renamed since', version: '3.2.0' },
        { kind: 'product', id: null, name: 'visionqc   CLOUD', version: null },
      ];
      expect(runFor(items, null)).toMatchObject({ result: 'met', path: { kind: 'foreign_credential' } });
      // Without the cloud runtime, the model alone does not cover the offering.
      expect(runFor([items[0]!], null).result).toBe('not_met');
    });

    it('not for an offering with a component it did not assess: not met, and the reason says what it assessed and what it left out', () => {
      const r = runFor([cnc, { kind: 'service', id: null, name: 'VisionQC model', version: '3.2.0' }]);
      expect(r).toMatchObject({ result: 'not_met', path: null });
      expect(blocking(r)?.message).toBe(
        'a foreign credential from Other CAB covers iso-iec-20000-1@2018 in TH but not this offering (it assessed: CNC mill X200 2.1, VisionQC model 3.2.0; not assessed: VisionQC cloud 2026.1)',
      );
      expect(blocking(r)?.actual).toBe('urn:uuid:1');
      // The manufacturer's CNC credential alone does not make its SaaS offering meet the requirement.
      const cncOnly = runFor([cnc, { kind: 'offering', id: 'urn:uuid:0190d0c4-5a6b-7c8d-9e0f-0000000000ff', name: 'CNC line', version: null }]);
      expect(cncOnly.result).toBe('not_met');
      expect(blocking(cncOnly)?.message).toMatch(
        /covers iso-iec-20000-1@2018 in TH but not this offering \(it assessed: CNC mill X200 2\.1, CNC line; not assessed: VisionQC model 3\.2\.0, VisionQC cloud 2026\.1\)/,
      );
      // An offering of no components is covered only by being named itself.
      expect(runFor([cnc], 'VisionQC inspection', { offeredComponents: [], liveComponents: [] }).result).toBe('not_met');
    });

    it('not when a component’s assessed version differs from the version offered', () => {
      const r = runFor([
        { kind: 'service', id: `urn:uuid:${components[0]!.id}`, name: 'VisionQC model', version: '3.1.0' },
        { kind: 'service', id: `urn:uuid:${components[1]!.id}`, name: 'VisionQC cloud', version: '2026.1' },
      ]);
      expect(r.result).toBe('not_met');
      expect(blocking(r)?.message).toMatch(/not assessed: VisionQC model 3\.2\.0\)$/);
    });

    it('an organization-level credential (naming no product, service or offering; facilities do not narrow it) counts for any offering of the holder', () => {
      expect(runFor([]).result).toBe('met');
      const plant = { kind: 'facility' as const, id: 'urn:uuid:plant-1', name: 'Bangna plant', version: null };
      expect(runFor([plant], null).result).toBe('met');
      // The same plant's assessment naming the CNC mill made there is the mill's, not this offering's.
      expect(runFor([plant, cnc], null).result).toBe('not_met');
    });

    it('through a rule’s source framework as well: a credential of something else says which rule it would have met', () => {
      const c = { ...bid };
      const i = recognitionInputsOf(
        inputs({ foreign: [{ ...credential, frameworks: [{ code: 'attesta-dser', version: null }], markets: [], assessedItems: [cnc] }] }),
        'supplier',
        'VisionQC inspection',
      );
      const r = withRecognisedEquivalents(evaluateCompliance([], c), [], c, i).requirements[0]!;
      expect(r.result).toBe('not_met');
      expect(blocking(r)?.message).toMatch(/covers attesta-dser@1\.0 \(recognised in TH under rule “TH rule”\) but not this offering/);
    });
  });
});
