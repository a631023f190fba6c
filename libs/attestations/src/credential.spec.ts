import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCredential } from './credential.js';
import { issuerDid, organizationIdOfDid, statusListUrl } from './did.js';
import { sampleAccreditationClaim } from '../../accreditation/src/testing/accreditation.factory.js';
import { sampleSnapshot } from './testing/attestation.factory.js';

// Test input read from ../shared/data at test time (not part of the repository).
const schema = JSON.parse(readFileSync(new URL('../../../../shared/data/untp/untp-dcc-schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const sample = JSON.parse(readFileSync(new URL('../../../../shared/data/untp/untp-dcc-instance.json', import.meta.url), 'utf8')) as Record<string, unknown>;

const orgId = '01970000-0000-7000-8000-000000000001';
const base = 'http://localhost:3000';

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

describe('the attestation credential', () => {
  const input = () => ({
    attestationId: '01970000-0000-7000-8000-000000000aaa',
    serial: 'AT-2026-0123456789',
    publicUrl: `${base}/v1/public/attestations/AT-2026-0123456789`,
    issuer: { did: issuerDid(base, orgId), organizationId: orgId, name: 'TÜV Example', accreditation: sampleAccreditationClaim() },
    snapshot: sampleSnapshot(),
    validFrom: new Date('2026-03-02T00:00:00.123Z'),
    validUntil: new Date('2029-03-01T00:00:00Z'),
    status: (['revocation', 'suspension'] as const).map((purpose) => ({ purpose, index: 4242, listUrl: statusListUrl(base, orgId, purpose) })),
  });
  const payload = buildCredential(input());

  it('validates against the UNTP Digital Conformity Credential schema (and so does the sample)', () => {
    const validate = validator();
    expect(validate(sample), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(payload), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('is a VC 2.0 document with the hardware as assessedProduct and the services as assessedService', () => {
    expect(payload['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://test.uncefact.org/vocabulary/untp/dcc/working/']);
    expect(payload.type).toEqual(['VerifiableCredential', 'DigitalConformityCredential']);
    expect(payload.validFrom).toBe('2026-03-02T00:00:00Z');
    const subject = payload.credentialSubject as {
      assessment: {
        assessedProduct: { product: { name: string } }[];
        assessedService: { service: { name: string; version: string; provider: { name: string } } }[];
      }[];
      authorisation: unknown[];
      auditableEvidence: { hashDigest: string };
    };
    expect(subject.assessment).toHaveLength(1);
    expect(subject.assessment[0]!.assessedProduct.map((p) => p.product.name)).toEqual(['VMC-850 machining centre']);
    expect(subject.assessment[0]!.assessedService[0]!.service).toMatchObject({
      name: 'Predictive maintenance SaaS',
      version: '4.2.0',
      provider: { name: 'Cloud Ops GmbH' },
    });
    expect(subject.authorisation).toHaveLength(1);
    expect(subject.auditableEvidence.hashDigest).toBe('a'.repeat(64));
    expect(payload.credentialStatus).toEqual([
      expect.objectContaining({ type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: '4242' }),
      expect.objectContaining({ type: 'BitstringStatusListEntry', statusPurpose: 'suspension', statusListIndex: '4242' }),
    ]);
  });

  it('takes assessmentLevel and authorisation from the verified accreditation claim only', () => {
    const subject = payload.credentialSubject as Record<string, unknown>;
    expect(subject.assessmentLevel).toBe('GlobalMRA');
    expect(subject.accredited).toBe(true);
    expect(subject.authorisation).toEqual([
      expect.objectContaining({
        type: ['Endorsement'],
        issuingAuthority: { id: 'urn:attesta:accreditation-body:01970000-0000-7000-8000-0000000000ab', name: 'Deutsche Akkreditierungsstelle (DAkkS)' },
      }),
    ]);
    expect(subject.accreditation).toMatchObject({
      number: 'D-ZE-12345-01-00',
      standard: 'ISO/IEC 17065',
      verification: 'body_confirmed',
      scope: { markets: ['VN', 'TH'] },
    });
    // A body outside the global arrangement: Accredited.
    const regional = buildCredential({
      ...input(),
      issuer: { ...input().issuer, accreditation: sampleAccreditationClaim({ arrangements: ['ASEAN MRA EE'] }) },
    });
    expect((regional.credentialSubject as Record<string, unknown>).assessmentLevel).toBe('Accredited');
  });

  it('states conformance for a decision with conditions as for a conformant one, and never for a nonconformant one', () => {
    const subjectOf = (outcome: 'conformant' | 'conformant_with_conditions' | 'nonconformant') =>
      buildCredential({ ...input(), snapshot: sampleSnapshot({ outcome }) }).credentialSubject as { outcome: string; assessment: { conformance: boolean }[] };
    for (const outcome of ['conformant', 'conformant_with_conditions'] as const) {
      expect(subjectOf(outcome)).toMatchObject({ outcome, assessment: [{ conformance: true }] });
    }
    expect(subjectOf('nonconformant').assessment.map((a) => a.conformance)).toEqual([false]);
  });

  it('attests firmware and connectivity layers as the product, not as services', () => {
    const s = sampleSnapshot();
    const hardware = s.offering.components[0]!;
    const layers = [
      { ...hardware, id: '01970000-0000-7000-8000-0000000000f1', name: 'Controller firmware', kind: 'firmware', version: '2.1.0' },
      { ...hardware, id: '01970000-0000-7000-8000-0000000000f2', name: 'Cellular gateway', kind: 'connectivity', version: 'LTE-M 1.4' },
    ];
    const subject = buildCredential({ ...input(), snapshot: { ...s, offering: { ...s.offering, components: [...s.offering.components, ...layers] } } })
      .credentialSubject as { assessment: { assessedProduct: { product: { name: string } }[]; assessedService: { service: { name: string } }[] }[] };
    expect(subject.assessment[0]!.assessedProduct.map((p) => p.product.name)).toEqual(['VMC-850 machining centre', 'Controller firmware', 'Cellular gateway']);
    expect(subject.assessment[0]!.assessedService.map((x) => x.service.name)).toEqual(['Predictive maintenance SaaS']);
  });

  it('says so when issued as non-accredited (and still validates)', () => {
    const plain = buildCredential({ ...input(), issuer: { ...input().issuer, accreditation: null } });
    const subject = plain.credentialSubject as Record<string, unknown>;
    expect(subject.assessmentLevel).toBe('Unspecified');
    expect(subject.accredited).toBe(false);
    expect(subject).not.toHaveProperty('authorisation');
    expect(subject).not.toHaveProperty('accreditation');
    const validate = validator();
    expect(validate(plain), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('states the competence summary of the frozen roster as counts (and still validates)', () => {
    const competence = {
      frozenAt: '2026-02-20T08:15:30.456Z',
      rosterDigest: 'ab'.repeat(32),
      people: 3,
      certifiedPeople: 2,
      byQualification: [{ scheme: 'Cloud O&M engineer', level: 'L2', people: 2 }],
      byMarket: [{ market: 'VN', people: 2 }],
    };
    const withCompetence = buildCredential({ ...input(), snapshot: { ...sampleSnapshot(), competence } });
    expect((withCompetence.credentialSubject as Record<string, unknown>).competenceSummary).toEqual({
      type: ['CompetenceSummary'],
      ...competence,
      frozenAt: '2026-02-20T08:15:30Z',
      hashMethod: 'SHA-256',
    });
    expect(payload.credentialSubject).not.toHaveProperty('competenceSummary');
    const validate = validator();
    expect(validate(withCompetence), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('names the credential and its frameworks as VC 2.0 language value objects (and still validates)', () => {
    const frameworks = [
      {
        ...sampleSnapshot().frameworks[0]!,
        code: 'attesta-dser',
        title: 'Digital Service Export Readiness Baseline',
        version: '1.0',
        sourceLanguage: 'en',
        titles: { 'zh-CN': '数字服务出口就绪基线', vi: 'Bộ tiêu chí cơ sở về sẵn sàng xuất khẩu dịch vụ số' },
      },
    ];
    const named = buildCredential({ ...input(), snapshot: { ...sampleSnapshot(), frameworks } });
    const name = named.name as { '@value': string; '@language': string }[];
    expect(name.map((v) => v['@language'])).toEqual(['en', 'zh-CN', 'vi', 'th', 'ms', 'id']);
    expect(name[0]).toEqual({ '@value': 'Conformity attestation AT-2026-0123456789: VMC-850 with predictive maintenance', '@language': 'en' });
    expect(name[1]!['@value']).toBe('符合性证明 AT-2026-0123456789: VMC-850 with predictive maintenance');
    const description = named.description as { '@value': string; '@language': string }[];
    expect(description.find((v) => v['@language'] === 'zh-CN')!['@value']).toBe(
      '有条件符合：VMC-850 with predictive maintenance，依据数字服务出口就绪基线 1.0评估',
    );
    // No Thai title: the framework keeps its source title inside the Thai wording.
    expect(description.find((v) => v['@language'] === 'th')!['@value']).toContain('Digital Service Export Readiness Baseline 1.0');
    const assessment = (named.credentialSubject as { assessment: { name: string; localizedName: unknown }[] }).assessment[0]!;
    // UNTP types the assessment name as a string: it stays the source text, the languages sit beside it.
    expect(assessment.name).toBe('Digital Service Export Readiness Baseline 1.0');
    expect(assessment.localizedName).toEqual([
      { '@value': 'Digital Service Export Readiness Baseline 1.0', '@language': 'en' },
      { '@value': '数字服务出口就绪基线 1.0', '@language': 'zh-CN' },
      { '@value': 'Bộ tiêu chí cơ sở về sẵn sàng xuất khẩu dịch vụ số 1.0', '@language': 'vi' },
    ]);
    // Without translations (a framework nobody translated): the source name alone.
    expect((payload.credentialSubject as { assessment: { localizedName: unknown }[] }).assessment[0]!.localizedName).toEqual([
      { '@value': 'Information security management 2022', '@language': 'en' },
    ]);
    const validate = validator();
    expect(validate(named), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('names the issuer by did:web under the public base URL', () => {
    expect(issuerDid('http://localhost:3000', orgId)).toBe(`did:web:localhost%3A3000:v1:public:issuers:${orgId}`);
    expect(issuerDid('https://portal.example.com/attesta', orgId)).toBe(`did:web:portal.example.com:attesta:v1:public:issuers:${orgId}`);
    expect(organizationIdOfDid(base, issuerDid(base, orgId))).toBe(orgId);
    expect(organizationIdOfDid(base, `did:web:evil.example:v1:public:issuers:${orgId}`)).toBeNull();
  });
});
