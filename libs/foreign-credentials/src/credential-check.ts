import { compactVerify, decodeProtectedHeader, importJWK, type JWK } from 'jose';
import { gunzipSync } from 'node:zlib';
import { didWebDocumentUrl } from './did-web.js';
import { fcError, ForeignCredentialsErrorCode as Code } from './foreign-credentials.errors.js';
import type { Fetcher } from './guarded-fetch.js';

export const VC_JWT_TYP = 'vc+jwt';
const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
const ALGORITHMS = ['EdDSA', 'ES256', 'ES384', 'PS256', 'RS256'];
const ENVELOPE_PREFIX = 'data:application/vc+jwt,';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

export type StatusPurpose = 'revocation' | 'suspension';

export interface StatusEntry {
  purpose: StatusPurpose;
  index: number;
  listUrl: string;
  /** The list's ETag at the last fetch (If-None-Match next time). */
  etag: string | null;
  /** Whether the bit was set at the last fetch. */
  set: boolean;
}

export interface CredentialFramework {
  referenceId: string | null;
  name: string | null;
  /** From an Attesta reference (`urn:attesta:framework:<code>:<version>`); null otherwise. */
  code: string | null;
  version: string | null;
}

/** A UNTP `Party` as a credential names it. */
export interface CredentialParty {
  id: string | null;
  name: string | null;
}

/** A name as names are compared: Unicode NFKC, case and runs of whitespace aside. */
export const comparableName = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Whether a credential is issued to the organization: its `issuedToParty` names the
 * organization's id here (`urn:uuid:<id>`, as this deployment issues) or, from elsewhere, its
 * name (Unicode-normalized, case and spacing aside). A credential naming no party is issued to
 * no one in particular and counts for no one.
 */
export function isIssuedTo(party: CredentialParty | null, organization: { id: string; name: string }): boolean {
  if (!party) return false;
  if (party.id?.toLowerCase() === `urn:uuid:${organization.id}`.toLowerCase()) return true;
  return party.name !== null && comparableName(party.name) === comparableName(organization.name);
}

export type AssessedItemKind = 'product' | 'service' | 'facility' | 'offering';

/**
 * One thing a credential names as assessed: a UNTP `assessedProduct[].product` (version: its
 * `modelVersion`), `assessedFacility[].facility`, or Attesta's extensions `assessedService[].service`
 * and the subject's `assessedOffering` (whose components are products or services).
 */
export interface AssessedItem {
  kind: AssessedItemKind;
  id: string | null;
  name: string | null;
  /** The version assessed, when the credential states one. */
  version: string | null;
}

/** Component kinds Attesta issues as `assessedProduct` (docs/attestation-credential.md); other components are services. */
const PRODUCT_COMPONENT_KINDS: readonly string[] = ['hardware', 'firmware', 'connectivity'];

/**
 * What a credential subject names as assessed: the products, services and facilities of its
 * conforming assessments (`conformance: true`, as its frameworks are read) and its
 * `assessedOffering` with that offering's components, in that order, each once. Entries naming
 * neither an id nor a name are left out.
 */
export function assessedItemsOf(subject: Json | null): AssessedItem[] {
  const items: AssessedItem[] = [];
  const add = (kind: AssessedItemKind, raw: unknown, versionKey: string | null) => {
    const o = obj(raw);
    const item = { kind, id: str(o?.id), name: str(o?.name), version: versionKey ? str(o?.[versionKey]) : null };
    if (!item.id && !item.name) return;
    if (!items.some((i) => i.kind === item.kind && i.id === item.id && i.name === item.name && i.version === item.version)) items.push(item);
  };
  for (const a of list(subject?.assessment).map(obj)) {
    if (a?.conformance !== true) continue;
    for (const p of list(a.assessedProduct)) add('product', obj(p)?.product, 'modelVersion');
    for (const v of list(a.assessedService)) add('service', obj(v)?.service, 'version');
    for (const f of list(a.assessedFacility)) add('facility', obj(f)?.facility, null);
  }
  const offering = obj(subject?.assessedOffering);
  if (offering) {
    add('offering', offering, null);
    for (const c of list(offering.components)) add(PRODUCT_COMPONENT_KINDS.includes(str(obj(c)?.componentKind) ?? '') ? 'product' : 'service', c, 'version');
  }
  return items;
}

/** What a verified credential states, as stored. */
export interface CheckedCredential {
  jwt: string;
  issuerDid: string;
  issuerName: string | null;
  kid: string;
  credentialId: string | null;
  subjectName: string | null;
  /** UNTP `credentialSubject.issuedToParty`: the party the credential is issued to. */
  issuedTo: CredentialParty | null;
  frameworks: CredentialFramework[];
  /** What its conforming assessments name as assessed; none: an assessment of the organization. */
  assessedItems: AssessedItem[];
  markets: string[];
  validFrom: Date | null;
  validUntil: Date | null;
  statusEntries: StatusEntry[];
}

function partyOf(raw: unknown): CredentialParty | null {
  const party = obj(raw);
  const id = str(party?.id);
  const name = str(party?.name);
  return id || name ? { id, name } : null;
}

/** The compact JWS of an upload: a compact vc+jwt, or an EnvelopedVerifiableCredential holding one. */
export function extractJwt(input: string, field: string): string {
  const text = input.trim();
  if (text.startsWith('{')) {
    let doc: Json | null;
    try {
      doc = obj(JSON.parse(text));
    } catch (e) {
      throw fcError(Code.Unparseable, field, 'is neither a compact vc+jwt nor JSON', e);
    }
    const id = str(doc?.id);
    if (!id?.startsWith(ENVELOPE_PREFIX))
      throw fcError(Code.Unparseable, field, 'is JSON but not an EnvelopedVerifiableCredential (data:application/vc+jwt,…)');
    return id.slice(ENVELOPE_PREFIX.length);
  }
  return text;
}

/** A credential's signature, issuer key (did:web, JWKS) and content; throws naming the field. */
export async function checkSignedCredential(jwtInput: string, fetch: Fetcher, field = 'credential'): Promise<CheckedCredential> {
  const jwt = extractJwt(jwtInput, field);
  if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(jwt)) throw fcError(Code.Unparseable, field, 'is not a compact JWS (three base64url parts)');
  let header: ReturnType<typeof decodeProtectedHeader>;
  let payload: Json | null;
  try {
    header = decodeProtectedHeader(jwt);
    payload = obj(JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')));
  } catch (e) {
    throw fcError(Code.Unparseable, field, 'does not decode (protected header or payload is not JSON)', e);
  }
  if (header.typ !== VC_JWT_TYP) throw fcError(Code.Unparseable, `${field}.header.typ`, `must be ${VC_JWT_TYP}`);
  if (!header.alg || !ALGORITHMS.includes(header.alg)) throw fcError(Code.Unparseable, `${field}.header.alg`, `must be one of ${ALGORITHMS.join(', ')}`);
  if (!str(header.kid)) throw fcError(Code.Unparseable, `${field}.header.kid`, 'is required (the verification method)');
  if (!payload) throw fcError(Code.Unparseable, field, 'payload is not a JSON object');
  if (!list(payload['@context']).includes(VC_V2_CONTEXT))
    throw fcError(Code.Unparseable, `${field}.@context`, `must include ${VC_V2_CONTEXT} (VC Data Model 2.0)`);
  if (!list(payload.type).includes('VerifiableCredential')) throw fcError(Code.Unparseable, `${field}.type`, 'must include VerifiableCredential');
  const issuerDid = str(payload.issuer) ?? str(obj(payload.issuer)?.id);
  if (!issuerDid) throw fcError(Code.Unparseable, `${field}.issuer`, 'is required');
  if (!issuerDid.startsWith('did:web:')) throw fcError(Code.UnsupportedIssuer, `${field}.issuer`, 'must be a did:web DID (the only method resolved)');
  const validFrom = date(payload.validFrom, `${field}.validFrom`);
  const validUntil = date(payload.validUntil, `${field}.validUntil`);

  const kid = absoluteKid(issuerDid, header.kid!);
  if (!kid.startsWith(`${issuerDid}#`)) throw fcError(Code.KeyNotFound, `${field}.header.kid`, 'names a key of another DID than the issuer');
  const jwk = await resolveKey(issuerDid, kid, fetch, `${field}.issuer`);
  try {
    await compactVerify(jwt, await importJWK(jwk, header.alg), { algorithms: [header.alg] });
  } catch (e) {
    throw fcError(Code.BadSignature, field, `the signature does not verify with ${kid}`, e);
  }

  const subject = obj(list(payload.credentialSubject)[0]);
  const statusEntries: StatusEntry[] = [];
  list(payload.credentialStatus).forEach((raw, i) => {
    const e = obj(raw);
    if (!e || str(e.type) !== 'BitstringStatusListEntry') return;
    const purpose = str(e.statusPurpose);
    const index = Number(str(e.statusListIndex) ?? e.statusListIndex);
    const listUrl = str(e.statusListCredential);
    if ((purpose !== 'revocation' && purpose !== 'suspension') || !Number.isInteger(index) || index < 0 || !listUrl)
      throw fcError(
        Code.Unparseable,
        `${field}.credentialStatus.${i}`,
        'must name statusPurpose (revocation|suspension), statusListIndex and statusListCredential',
      );
    statusEntries.push({ purpose, index, listUrl, etag: null, set: false });
  });

  return {
    jwt,
    issuerDid,
    issuerName: str(obj(payload.issuer)?.name),
    kid,
    credentialId: str(payload.id),
    subjectName: str(subject?.name),
    issuedTo: partyOf(subject?.issuedToParty),
    // The standards the issuer states conformance to: an assessment stating nonconformance (or
    // not saying) claims nothing, as a nonconformant decision of ours attests nothing.
    frameworks: list(subject?.assessment).flatMap((a) => {
      if (obj(a)?.conformance !== true) return [];
      const ref = obj(obj(a)?.referenceStandard);
      if (!ref) return [];
      const id = str(ref.id);
      const m = id ? /^urn:attesta:framework:([^:]+):([^:]+)$/.exec(id) : null;
      return [{ referenceId: id, name: str(ref.name), code: m ? decodeURIComponent(m[1]!) : null, version: m ? decodeURIComponent(m[2]!) : null }];
    }),
    assessedItems: assessedItemsOf(subject),
    markets: list(subject?.targetMarkets).filter((m): m is string => typeof m === 'string' && /^[A-Z]{2}$/.test(m)),
    validFrom,
    validUntil,
    statusEntries,
  };
}

/**
 * Fetches a status list credential (If-None-Match its last ETag), checks that its issuer
 * signed it, and reads the bit. On 304 the entry keeps its bit.
 */
export async function readStatus(entry: StatusEntry, issuerDid: string, fetch: Fetcher, field: string): Promise<StatusEntry & { changed: boolean }> {
  const res = await fetch(entry.listUrl, { field, ifNoneMatch: entry.etag, accept: 'application/vc+jwt' });
  if (res.status === 304 && entry.etag) return { ...entry, changed: false };
  const jwt = (res.body ?? '').trim();
  let header: ReturnType<typeof decodeProtectedHeader>;
  let payload: Json | null;
  try {
    header = decodeProtectedHeader(jwt);
    payload = obj(JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')));
  } catch (e) {
    throw fcError(Code.StatusListUnusable, field, 'is not a signed status list credential (vc+jwt)', e);
  }
  const listIssuer = str(payload?.issuer) ?? str(obj(payload?.issuer)?.id);
  if (listIssuer !== issuerDid) throw fcError(Code.StatusListUnusable, field, 'is issued by another DID than the credential');
  if (!header.alg || !ALGORITHMS.includes(header.alg) || !str(header.kid)) throw fcError(Code.StatusListUnusable, field, 'has no usable alg/kid');
  const jwk = await resolveKey(issuerDid, absoluteKid(issuerDid, header.kid!), fetch, field);
  try {
    await compactVerify(jwt, await importJWK(jwk, header.alg), { algorithms: [header.alg] });
  } catch (e) {
    throw fcError(Code.StatusListUnusable, field, 'signature does not verify', e);
  }
  const subject = obj(payload?.credentialSubject);
  const encoded = str(subject?.encodedList);
  if (!encoded?.startsWith('u')) throw fcError(Code.StatusListUnusable, field, 'has no multibase base64url encodedList');
  if (str(subject?.statusPurpose) && str(subject?.statusPurpose) !== entry.purpose)
    throw fcError(Code.StatusListUnusable, field, `is a ${String(subject?.statusPurpose)} list, not ${entry.purpose}`);
  let bits: Buffer;
  try {
    bits = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'), { maxOutputLength: 16 * 1024 * 1024 });
  } catch (e) {
    throw fcError(Code.StatusListUnusable, field, 'encodedList is not GZIP', e);
  }
  if (entry.index >= bits.length * 8) throw fcError(Code.StatusListUnusable, field, `index ${entry.index} is outside the list`);
  const set = (bits[entry.index >> 3]! & (0x80 >> (entry.index & 7))) !== 0;
  return { ...entry, etag: res.etag, set, changed: set !== entry.set };
}

function absoluteKid(did: string, kid: string): string {
  return kid.startsWith('#') ? `${did}${kid}` : kid;
}

function date(v: unknown, field: string): Date | null {
  if (v === undefined || v === null) return null;
  const d = typeof v === 'string' ? new Date(v) : null;
  if (!d || Number.isNaN(d.getTime())) throw fcError(Code.Unparseable, field, 'must be an ISO 8601 date-time');
  return d;
}

/** The issuer's public key: the DID document's verification method, or its JWKS service. */
async function resolveKey(did: string, kid: string, fetch: Fetcher, field: string): Promise<JWK> {
  const url = didWebDocumentUrl(did);
  if (!url) throw fcError(Code.DidUnresolvable, field, `${did} is not a well-formed did:web`);
  const res = await fetch(url, { field, accept: 'application/did+json, application/json' }).catch(unresolvable(did, field));
  let doc: Json | null;
  try {
    doc = obj(JSON.parse(res.body ?? ''));
  } catch (e) {
    throw fcError(Code.DidUnresolvable, field, `the DID document of ${did} is not JSON`, e);
  }
  if (str(doc?.id) !== did) throw fcError(Code.DidUnresolvable, field, `the document at ${url} is not the DID document of ${did}`);
  const method = list(doc?.verificationMethod)
    .map(obj)
    .find((m) => m && absoluteKid(did, str(m.id) ?? '') === kid);
  const direct = obj(method?.publicKeyJwk);
  if (direct) return publicOnly(direct, field);
  const jwks = list(doc?.service)
    .map(obj)
    .find((s) => str(s?.type) === 'JsonWebKeySet' && str(s?.serviceEndpoint));
  if (jwks) {
    const set = await fetch(str(jwks.serviceEndpoint)!, { field, accept: 'application/jwk-set+json, application/json' }).catch(unresolvable(did, field));
    let keys: unknown[];
    try {
      keys = list(obj(JSON.parse(set.body ?? ''))?.keys);
    } catch {
      keys = [];
    }
    const key = keys.map(obj).find((k) => k && (str(k.kid) === kid || absoluteKid(did, str(k.kid) ?? '') === kid));
    if (key) return publicOnly(key, field);
  }
  throw fcError(Code.KeyNotFound, field, `${did} has no verification method ${kid}`);
}

function unresolvable(did: string, field: string) {
  return (e: unknown): never => {
    const code = (e as { code?: string }).code;
    if (code === Code.ForbiddenTarget || code === Code.TooLarge) throw e;
    throw fcError(Code.DidUnresolvable, field, `${did} does not resolve: ${(e as Error).message}`, e);
  };
}

function publicOnly(jwk: Json, field: string): JWK {
  if ('d' in jwk || 'p' in jwk || 'q' in jwk || 'k' in jwk) throw fcError(Code.KeyNotFound, field, 'the verification method is not a public key');
  return jwk as JWK;
}
