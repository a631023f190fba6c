import { Injectable } from '@nestjs/common';
import type { AccreditationClaimNow } from '@attesta/accreditation';
import { AppConfig } from '@attesta/core';
import { compactVerify, decodeProtectedHeader } from 'jose';
import { createPublicKey } from 'node:crypto';
import { AttestationsService } from './attestations.service.js';
import { organizationIdOfDid, publicAttestationUrl, statusListUrl } from './did.js';
import type { AttestationStatus } from './entities/attestation.entity.js';
import { SigningKeysService, VC_JWT_TYP } from './signing-keys.service.js';
import { getBit, type StatusPurpose } from './status-list.js';
import { StatusListsService } from './status-lists.service.js';
import { readLanguageValues, type LanguageText } from './credential-languages.js';

export type VerificationReasonCode =
  | 'malformed'
  | 'unsecured'
  | 'unsupported_algorithm'
  | 'unknown_issuer'
  | 'unknown_key'
  | 'invalid_signature'
  | 'issuer_mismatch'
  | 'not_yet_valid'
  | 'expired'
  | 'suspended'
  | 'withdrawn'
  | 'superseded'
  | 'unknown_status';

export interface VerificationReason {
  code: VerificationReasonCode;
  message: string;
}

export interface VerificationResult {
  valid: boolean;
  format: 'vc+jwt' | 'enveloped' | 'json' | 'unknown';
  signatureValid: boolean;
  issuer: {
    id: string | null;
    known: boolean;
    organizationId: string | null;
    name: string | null;
    /**
     * The verified accreditation the attestation was issued under, with its status now
     * (null: issued as non-accredited, or not an attestation of this portal). Never what
     * an assessor typed about itself.
     */
    accreditation: IssuerAccreditation | null;
    kid: string | null;
    keyStatus: 'active' | 'retired' | null;
  };
  status: AttestationStatus | 'unknown';
  attestation: { id: string; serial: string; validFrom: string | null; validUntil: string | null } | null;
  subject: {
    serialNumber: string | null;
    issuedTo: string | null;
    offering: string | null;
    components: { name: string; kind: string; version: string }[];
    frameworks: string[];
    /** The credential's `name` as language values (VC 2.0), for showing it in the reader's language. */
    name: LanguageText[];
    /** Per assessment, the framework's name in each language the credential gives it. */
    frameworkNames: { names: LanguageText[] }[];
    markets: string[];
    scope: string | null;
    outcome: string | null;
    conditions: string[];
  } | null;
  /** The newer attestation that superseded this one (its status is then `superseded`). */
  supersededBy: AttestationLink | null;
  /** The narrower attestation a scope reduction issued in place of this one (its status is then `withdrawn`). */
  replacedBy: AttestationLink | null;
  /** The older attestations this one superseded. */
  supersedes: AttestationLink[];
  reasons: VerificationReason[];
  checkedAt: string;
}

/** An issuer's accreditation as verification shows it: the claim at issue and its status now. */
export interface IssuerAccreditation {
  /** The accreditation body's name. */
  body: string;
  number: string;
  /** Readable scope: standard, frameworks, markets. */
  scope: string;
  bodyId: string;
  bodyCountry: string;
  arrangements: string[];
  standard: string;
  frameworkCodes: string[];
  markets: string[];
  validFrom: string;
  validUntil: string;
  verification: string;
  /** Status now: active, suspended, withdrawn or expired. */
  status: string;
  statusReason: string | null;
  /** Verified, active and valid now. */
  currentlyValid: boolean;
}

/** The verification view of an attestation's accreditation claim with its status now. */
export function issuerAccreditation(a: AccreditationClaimNow): IssuerAccreditation {
  return {
    body: a.bodyName,
    number: a.number,
    scope: `${a.standard}: ${a.scope.frameworkCodes.join(', ')} in ${a.scope.markets.join(', ')}`,
    bodyId: a.bodyId,
    bodyCountry: a.bodyCountry,
    arrangements: a.arrangements,
    standard: a.standard,
    frameworkCodes: a.scope.frameworkCodes,
    markets: a.scope.markets,
    validFrom: a.validFrom,
    validUntil: a.validUntil,
    verification: a.verification,
    status: a.currentStatus,
    statusReason: a.currentStatusReason,
    currentlyValid: a.currentlyValid,
  };
}

/** Another attestation, by serial, with its public summary URL. */
export interface AttestationLink {
  serial: string;
  url: string;
}

const ENVELOPE_PREFIX = 'data:application/vc+jwt,';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * Public verification of a credential (compact vc+jwt, an EnvelopedVerifiableCredential,
 * or plain JSON): signature against the issuer's published keys, issuer identity and
 * accreditation, status from the issuer's Bitstring Status Lists, validity period.
 */
@Injectable()
export class VerificationService {
  constructor(
    private readonly keys: SigningKeysService,
    private readonly lists: StatusListsService,
    private readonly attestations: AttestationsService,
    private readonly config: AppConfig,
  ) {}

  async verify(credential: unknown, now = new Date()): Promise<VerificationResult> {
    const result: VerificationResult = {
      valid: false,
      format: 'unknown',
      signatureValid: false,
      issuer: { id: null, known: false, organizationId: null, name: null, accreditation: null, kid: null, keyStatus: null },
      status: 'unknown',
      attestation: null,
      subject: null,
      supersededBy: null,
      replacedBy: null,
      supersedes: [],
      reasons: [],
      checkedAt: now.toISOString(),
    };
    const reason = (code: VerificationReasonCode, message: string) => result.reasons.push({ code, message });

    let jwt: string | null = null;
    let unsecured: Json | null = null;
    let input = credential;
    if (typeof input === 'string' && input.trim().startsWith('{')) {
      try {
        input = JSON.parse(input) as unknown;
      } catch {
        reason('malformed', 'The credential is neither a compact JWS nor JSON.');
        return result;
      }
    }
    if (typeof input === 'string') {
      jwt = input.trim();
      result.format = 'vc+jwt';
    } else if (obj(input)) {
      const o = obj(input)!;
      const id = str(o.id);
      if (strs(o.type).includes('EnvelopedVerifiableCredential') && id?.startsWith(ENVELOPE_PREFIX)) {
        jwt = id.slice(ENVELOPE_PREFIX.length);
        result.format = 'enveloped';
      } else {
        unsecured = o;
        result.format = 'json';
      }
    } else {
      reason('malformed', 'Send the credential as a compact JWS string or a JSON object.');
      return result;
    }

    let payload: Json | null;
    if (unsecured) {
      payload = unsecured;
      reason('unsecured', 'The credential carries no securing mechanism this service accepts (application/vc+jwt); its claims are unverified.');
      const did = str(obj(payload.issuer)?.id) ?? str(payload.issuer);
      await this.describeIssuer(result, did, null);
      if (!result.issuer.known) reason('unknown_issuer', 'The issuer is not an issuer of this portal.');
    } else {
      payload = await this.verifyJws(jwt!, result, reason);
    }
    if (!payload) return result;

    this.describeSubject(result, payload);
    if (!result.signatureValid) return result;

    // Validity period.
    const validFrom = str(payload.validFrom);
    const validUntil = str(payload.validUntil);
    if (validFrom && Date.parse(validFrom) > now.getTime()) reason('not_yet_valid', `The credential is valid from ${validFrom}.`);
    const expired = Boolean(validUntil && Date.parse(validUntil) <= now.getTime());

    // Status lists (the same public data any verifier reads).
    const flags = await this.statusFlags(payload, result.issuer.organizationId!, reason);
    const record = result.attestation ? await this.attestations.publicSummary({ id: result.attestation.id }) : null;
    const a = record?.accreditation ?? null;
    result.issuer.accreditation = a ? issuerAccreditation(a) : null;
    const link = (serial: string): AttestationLink => ({ serial, url: publicAttestationUrl(this.config.PUBLIC_BASE_URL, serial) });
    result.supersededBy = record?.supersededBySerial ? link(record.supersededBySerial) : null;
    result.replacedBy = record?.replacedBySerial ? link(record.replacedBySerial) : null;
    result.supersedes = (record?.supersedesSerials ?? []).map(link);
    if (flags.revocation && record?.status === 'superseded') {
      result.status = 'superseded';
      reason(
        'superseded',
        `The issuer has superseded this attestation${record.supersededBySerial ? ` by ${record.supersededBySerial}` : ''}: rely on the newer one.`,
      );
    } else if (flags.revocation) {
      result.status = 'withdrawn';
      reason(
        'withdrawn',
        `The issuer has withdrawn this attestation${record?.statusReason ? `: ${record.statusReason}` : ''}${
          record?.replacedBySerial ? `; ${record.replacedBySerial} replaces it under a narrower scope` : ''
        }.`,
      );
    } else if (expired || record?.status === 'expired') {
      result.status = 'expired';
      reason('expired', `The credential expired at ${validUntil}.`);
    } else if (flags.suspension) {
      result.status = 'suspended';
      reason('suspended', `The issuer has suspended this attestation${record?.statusReason ? `: ${record.statusReason}` : ''}.`);
    } else if (flags.checked) {
      result.status = 'active';
    }
    result.valid = result.reasons.length === 0 && result.status === 'active';
    return result;
  }

  private async verifyJws(jwt: string, result: VerificationResult, reason: (c: VerificationReasonCode, m: string) => void): Promise<Json | null> {
    let header: ReturnType<typeof decodeProtectedHeader>;
    try {
      if (jwt.split('.').length !== 3) throw new Error('not compact');
      header = decodeProtectedHeader(jwt);
    } catch {
      reason('malformed', 'The credential is not a compact JWS (header.payload.signature).');
      return null;
    }
    if (header.alg !== 'EdDSA' || (header.typ !== undefined && header.typ !== VC_JWT_TYP)) {
      reason('unsupported_algorithm', `Expected alg EdDSA and typ ${VC_JWT_TYP}; got alg ${String(header.alg)}, typ ${String(header.typ)}.`);
      return null;
    }
    const kid = str(header.kid);
    const did = kid?.split('#')[0] ?? null;
    result.issuer.kid = kid;
    await this.describeIssuer(result, did, kid);
    if (!result.issuer.known) {
      reason('unknown_issuer', did ? `${did} is not an issuer of this portal.` : 'The JWS header names no key (kid).');
      return this.unverifiedPayload(jwt);
    }
    const key = (await this.keys.publicKeys(result.issuer.organizationId!)).find((k) => k.kid === kid);
    if (!key) {
      reason('unknown_key', `The issuer has published no key ${kid}.`);
      return this.unverifiedPayload(jwt);
    }
    result.issuer.keyStatus = key.status;
    let payload: Json;
    try {
      const { payload: bytes } = await compactVerify(jwt, createPublicKey({ key: key.publicJwk, format: 'jwk' }), { algorithms: ['EdDSA'] });
      payload = JSON.parse(Buffer.from(bytes).toString('utf8')) as Json;
    } catch {
      reason('invalid_signature', "The signature does not verify with the issuer's key: the credential was altered or not signed by this issuer.");
      return this.unverifiedPayload(jwt);
    }
    result.signatureValid = true;
    const claimed = str(obj(payload.issuer)?.id) ?? str(payload.issuer);
    if (claimed !== did) {
      result.signatureValid = false;
      reason('issuer_mismatch', "The credential's issuer is not the owner of the signing key.");
      return payload;
    }
    const id = str(payload.id);
    const m = id ? /^urn:uuid:([0-9a-f-]{36})$/i.exec(id) : null;
    if (m) {
      const subject = obj(payload.credentialSubject);
      result.attestation = {
        id: m[1]!.toLowerCase(),
        serial: str(subject?.serialNumber) ?? '',
        validFrom: str(payload.validFrom),
        validUntil: str(payload.validUntil),
      };
    }
    return payload;
  }

  /** The claims of a credential that did not verify (shown, never trusted). */
  private unverifiedPayload(jwt: string): Json | null {
    try {
      return obj(JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')));
    } catch {
      return null;
    }
  }

  private async describeIssuer(result: VerificationResult, did: string | null, kid: string | null): Promise<void> {
    result.issuer.id = did;
    result.issuer.kid = kid;
    const orgId = did ? organizationIdOfDid(this.config.PUBLIC_BASE_URL, did) : null;
    if (!orgId) return;
    // Sequential: transactions in one request context must not overlap.
    const profile = await this.keys.issuerProfile(orgId);
    const keys = await this.keys.publicKeys(orgId);
    if (!profile || keys.length === 0) return;
    result.issuer.known = true;
    result.issuer.organizationId = orgId;
    result.issuer.name = profile.name;
  }

  private describeSubject(result: VerificationResult, payload: Json): void {
    const s = obj(payload.credentialSubject);
    if (!s) return;
    const offering = obj(s.assessedOffering);
    const assessments = Array.isArray(s.assessment) ? s.assessment.map(obj).filter((a): a is Json => a !== null) : [];
    result.subject = {
      serialNumber: str(s.serialNumber),
      issuedTo: str(obj(s.issuedToParty)?.name),
      offering: str(offering?.name),
      components: (Array.isArray(offering?.components) ? offering.components : [])
        .map(obj)
        .filter((c): c is Json => c !== null)
        .map((c) => ({ name: str(c.name) ?? '', kind: str(c.componentKind) ?? '', version: str(c.version) ?? '' })),
      frameworks: assessments.map((a) => str(obj(a.referenceStandard)?.name) ?? str(a.name) ?? '').filter(Boolean),
      name: readLanguageValues(payload.name),
      frameworkNames: assessments.map((a) => ({
        names: readLanguageValues(a.localizedName).length ? readLanguageValues(a.localizedName) : readLanguageValues(a.name ?? obj(a.referenceStandard)?.name),
      })),
      markets: strs(s.targetMarkets),
      scope: str(s.description),
      outcome: str(s.outcome),
      conditions: strs(s.conditions),
    };
  }

  private async statusFlags(
    payload: Json,
    organizationId: string,
    reason: (c: VerificationReasonCode, m: string) => void,
  ): Promise<{ checked: boolean; revocation: boolean; suspension: boolean }> {
    const entries = (Array.isArray(payload.credentialStatus) ? payload.credentialStatus : [payload.credentialStatus])
      .map(obj)
      .filter((e): e is Json => e !== null);
    const flags = { checked: false, revocation: false, suspension: false };
    for (const e of entries) {
      const purpose = str(e.statusPurpose) as StatusPurpose | null;
      const index = Number(str(e.statusListIndex) ?? NaN);
      if (
        (purpose !== 'revocation' && purpose !== 'suspension') ||
        !Number.isInteger(index) ||
        str(e.statusListCredential) !== statusListUrl(this.config.PUBLIC_BASE_URL, organizationId, purpose)
      )
        continue;
      const bits = await this.lists.bitsOf(organizationId, purpose);
      if (!bits || index < 0 || index >= bits.length * 8) continue;
      flags[purpose] = getBit(bits, index);
      flags.checked = true;
    }
    if (!flags.checked) reason('unknown_status', 'The credential names no status list of its issuer that could be read.');
    return flags;
  }
}
