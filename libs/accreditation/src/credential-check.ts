import { compactVerify, decodeProtectedHeader, importJWK, type JWK } from 'jose';
import type { AccreditationBodyEntity } from './entities/accreditation-body.entity.js';
import type { AccreditationEntity } from './entities/accreditation.entity.js';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export const ACCEPTED_CREDENTIAL_ALGORITHMS = ['EdDSA', 'ES256', 'ES384', 'PS256', 'RS256'];

export interface CredentialCheck {
  ok: boolean;
  kid: string | null;
  credentialId: string | null;
  problems: { field: string; message: string }[];
}

/**
 * Checks an accreditation credential (compact JWS, VC 2.0 payload or a JWT with a `vc`
 * claim) presented for a record: signed by a key the trust list holds for the record's
 * body, issued by that body (one of its DIDs, or `urn:uuid:<body id>`), about the assessor
 * organization (`credentialSubject.id` = `urn:uuid:<organization id>`), and stating the
 * record's number and standard, a scope that contains the record's and a validity that
 * contains it. The expected shape is in docs/accreditation.md.
 */
export async function checkAccreditationCredential(
  jws: string,
  body: AccreditationBodyEntity,
  record: AccreditationEntity,
  now = new Date(),
): Promise<CredentialCheck> {
  const result: CredentialCheck = { ok: false, kid: null, credentialId: null, problems: [] };
  const problem = (field: string, message: string) => result.problems.push({ field, message });
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    if (jws.trim().split('.').length !== 3) throw new Error('not compact');
    header = decodeProtectedHeader(jws.trim());
  } catch {
    problem('credential', 'is not a compact JWS (header.payload.signature)');
    return result;
  }
  const alg = str(header.alg);
  if (!alg || !ACCEPTED_CREDENTIAL_ALGORITHMS.includes(alg)) {
    problem('credential', `uses alg ${String(header.alg)}; accepted: ${ACCEPTED_CREDENTIAL_ALGORITHMS.join(', ')}`);
    return result;
  }
  const kid = str(header.kid);
  result.kid = kid;
  const keyId = (k: { kid: string }) => k.kid;
  const candidates = body.publicKeys.filter((k) => !kid || keyId(k) === kid || (kid.includes('#') && kid.endsWith(`#${keyId(k)}`)));
  if (candidates.length === 0) {
    problem('credential', `is signed with a key the trust list does not hold for ${body.name}${kid ? ` (kid ${kid})` : ''}`);
    return result;
  }
  let payload: Json | null = null;
  for (const k of candidates) {
    try {
      const key = await importJWK(k as unknown as JWK, alg);
      const { payload: bytes } = await compactVerify(jws.trim(), key, { algorithms: [alg] });
      payload = obj(JSON.parse(Buffer.from(bytes).toString('utf8')));
      result.kid = k.kid;
      break;
    } catch {
      // try the next key
    }
  }
  if (!payload) {
    problem('credential', `signature does not verify with any key the trust list holds for ${body.name}`);
    return result;
  }
  const vc = obj(payload.vc) ?? payload;
  result.credentialId = str(vc.id) ?? str(payload.jti);
  const issuer = str(obj(vc.issuer)?.id) ?? str(vc.issuer) ?? str(payload.iss);
  const bodyIds = [...body.dids, `urn:uuid:${body.id}`];
  if (!issuer || !bodyIds.includes(issuer)) problem('credential.issuer', `must be ${body.name} (${bodyIds.join(' or ')}), not ${issuer ?? 'absent'}`);
  const subject = obj(vc.credentialSubject);
  const subjectId = str(subject?.id) ?? str(payload.sub);
  if (subjectId !== `urn:uuid:${record.organizationId}`)
    problem('credential.credentialSubject.id', `must be urn:uuid:${record.organizationId} (the accredited organization)`);
  const a = obj(subject?.accreditation);
  if (!a) {
    problem('credential.credentialSubject.accreditation', 'is missing');
    return result;
  }
  if (str(a.number) !== record.number) problem('credential.credentialSubject.accreditation.number', `must be ${record.number}`);
  if (str(a.standard) !== record.standard) problem('credential.credentialSubject.accreditation.standard', `must be ${record.standard}`);
  const scope = obj(a.scope);
  const covers = (field: 'frameworkCodes' | 'markets' | 'serviceCategories') => {
    const held = new Set(strs(scope?.[field]).map((x) => (field === 'markets' ? x.toUpperCase() : x)));
    const missing = record.scope[field].filter((x) => !held.has(x));
    if (missing.length) problem(`credential.credentialSubject.accreditation.scope.${field}`, `does not cover ${missing.join(', ')}`);
  };
  covers('frameworkCodes');
  covers('markets');
  covers('serviceCategories');
  const from = str(a.validFrom) ?? str(vc.validFrom);
  const until = str(a.validUntil) ?? str(vc.validUntil);
  if (!from || from.slice(0, 10) > record.validFrom)
    problem('credential.credentialSubject.accreditation.validFrom', `must be on or before ${record.validFrom}`);
  if (!until || until.slice(0, 10) < record.validUntil)
    problem('credential.credentialSubject.accreditation.validUntil', `must be on or after ${record.validUntil}`);
  const vcUntil = str(vc.validUntil) ?? (typeof payload.exp === 'number' ? new Date(payload.exp * 1000).toISOString() : null);
  if (vcUntil && Date.parse(vcUntil) <= now.getTime()) problem('credential.validUntil', `the credential expired at ${vcUntil}`);
  const vcFrom = str(vc.validFrom) ?? (typeof payload.nbf === 'number' ? new Date(payload.nbf * 1000).toISOString() : null);
  if (vcFrom && Date.parse(vcFrom) > now.getTime()) problem('credential.validFrom', `the credential is valid only from ${vcFrom}`);
  result.ok = result.problems.length === 0;
  return result;
}
