import { CompactSign, exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { checkAccreditationCredential } from './credential-check.js';
import type { AccreditationBodyEntity, BodyPublicKey } from './entities/accreditation-body.entity.js';
import type { AccreditationEntity } from './entities/accreditation.entity.js';

const orgId = '01970000-0000-7000-8000-0000000000a5';
const record = {
  id: '01970000-0000-7000-8000-0000000000ac',
  organizationId: orgId,
  number: 'VICAS 210',
  standard: 'ISO/IEC 17065',
  scope: { frameworkCodes: ['attesta-dser'], markets: ['TH'], serviceCategories: [] },
  validFrom: '2025-01-01',
  validUntil: '2028-12-31',
} as unknown as AccreditationEntity;

async function setup() {
  const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const body = {
    id: '01970000-0000-7000-8000-0000000000ab',
    name: 'BoA',
    dids: ['did:web:boa.example'],
    publicKeys: [{ ...(await exportJWK(publicKey)), kid: 'k1' } as BodyPublicKey],
  } as AccreditationBodyEntity;
  const sign = (payload: unknown, key = privateKey, kid = 'k1') =>
    new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ alg: 'EdDSA', kid }).sign(key);
  return { body, sign };
}

const vc = (over: Record<string, unknown> = {}, accreditation: Record<string, unknown> = {}) => ({
  issuer: 'did:web:boa.example',
  validUntil: '2100-01-01T00:00:00Z',
  credentialSubject: {
    id: `urn:uuid:${orgId}`,
    accreditation: {
      number: 'VICAS 210',
      standard: 'ISO/IEC 17065',
      scope: { frameworkCodes: ['attesta-dser', 'iso-iec-27001'], markets: ['TH', 'VN'] },
      validFrom: '2024-01-01',
      validUntil: '2029-12-31',
      ...accreditation,
    },
  },
  ...over,
});

describe(checkAccreditationCredential.name, () => {
  it('accepts a credential signed with a trust-list key that states the record (scope and validity containing it)', async () => {
    const { body, sign } = await setup();
    const r = await checkAccreditationCredential(await sign(vc()), body, record);
    expect(r).toMatchObject({ ok: true, kid: 'k1', problems: [] });
  });

  it('accepts the JWT-VC shape (a vc claim) too', async () => {
    const { body, sign } = await setup();
    expect((await checkAccreditationCredential(await sign({ iss: 'did:web:boa.example', vc: vc() }), body, record)).ok).toBe(true);
  });

  it('refuses another key, another issuer, another subject, a narrower scope, a shorter validity, an expired credential', async () => {
    const { body, sign } = await setup();
    const other = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    expect((await checkAccreditationCredential(await sign(vc(), other.privateKey), body, record)).problems[0]!.message).toMatch(/does not verify/);
    expect((await checkAccreditationCredential(await sign(vc(), other.privateKey, 'k9'), body, record)).problems[0]!.message).toMatch(/does not hold/);
    const fields = async (payload: unknown) => (await checkAccreditationCredential(await sign(payload), body, record)).problems.map((p) => p.field);
    expect(await fields(vc({ issuer: 'did:web:evil.example' }))).toEqual(['credential.issuer']);
    expect(await fields(vc({ credentialSubject: { ...vc().credentialSubject, id: 'urn:uuid:someone-else' } }))).toEqual(['credential.credentialSubject.id']);
    expect(await fields(vc({}, { scope: { frameworkCodes: ['attesta-dser'], markets: ['VN'] } }))).toEqual([
      'credential.credentialSubject.accreditation.scope.markets',
    ]);
    expect(await fields(vc({}, { validUntil: '2027-01-01', number: 'OTHER' }))).toEqual([
      'credential.credentialSubject.accreditation.number',
      'credential.credentialSubject.accreditation.validUntil',
    ]);
    expect(await fields(vc({ validUntil: '2020-01-01T00:00:00Z' }))).toEqual(['credential.validUntil']);
    expect((await checkAccreditationCredential('not-a-jws', body, record)).problems[0]!.field).toBe('credential');
  });

  it('refuses another standard, a scope without a framework or service category of the record, a validity starting after the record, a credential not valid yet', async () => {
    const { body, sign } = await setup();
    const fields = async (payload: unknown, r = record) => (await checkAccreditationCredential(await sign(payload), body, r)).problems.map((p) => p.field);
    expect(await fields(vc({}, { standard: 'ISO/IEC 17025' }))).toEqual(['credential.credentialSubject.accreditation.standard']);
    expect(await fields(vc({}, { scope: { frameworkCodes: ['iso-iec-27001'], markets: ['TH', 'VN'] } }))).toEqual([
      'credential.credentialSubject.accreditation.scope.frameworkCodes',
    ]);
    const cloud = { ...record, scope: { ...record.scope, serviceCategories: ['saas', 'iaas'] } } as AccreditationEntity;
    expect(await fields(vc({}, { scope: { frameworkCodes: ['attesta-dser'], markets: ['TH'], serviceCategories: ['saas'] } }), cloud)).toEqual([
      'credential.credentialSubject.accreditation.scope.serviceCategories',
    ]);
    // The record says valid from 2025-01-01: a credential stating 2025-06-01 does not back it.
    expect(await fields(vc({}, { validFrom: '2025-06-01' }))).toEqual(['credential.credentialSubject.accreditation.validFrom']);
    expect(await fields(vc({ validFrom: '2099-01-01T00:00:00Z' }))).toEqual(['credential.validFrom']);
  });
});
