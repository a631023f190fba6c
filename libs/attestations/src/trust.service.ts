import { Injectable } from '@nestjs/common';
import type { AccreditationClaim, AccreditationClaimNow, AccreditationStatus } from '@attesta/accreditation';
import { type Actor, AppConfig, Db, systemScope } from '@attesta/core';
import { AttestationsError, AttestationsErrorCode } from './attestations.errors.js';
import { AttestationsService, type PublicAttestation } from './attestations.service.js';
import type { CertificateView } from './certificate-pdf.js';
import { publicAttestationOf } from './public-attestation.js';
import { statusNow, type PublicStatus } from './public-status.js';
import { SigningKeysService } from './signing-keys.service.js';
import { renderStatusBadge } from './status-badge.js';
import { issuerAccreditation, type IssuerAccreditation } from './verification.service.js';

/** The most attestations a trust page lists (newest first). */
export const TRUST_PAGE_LIMIT = 100;

/** An attestation as a supplier's trust page shows it. */
export interface TrustedAttestation {
  attestation: PublicAttestation;
  /** Status now (past its validity it reads expired even before the daily job marks it). */
  status: PublicStatus;
  issuer: { did: string; name: string | null };
  accreditation: IssuerAccreditation | null;
  /** The portal's verification page of the serial. */
  verifyUrl: string;
}

export interface SupplierTrustPage {
  organization: { id: string; name: string };
  attestations: TrustedAttestation[];
  generatedAt: Date;
}

const SERIAL = /^[A-Z0-9-]{1,40}$/;

/**
 * What the public may see of a supplier's attestations, in print and on the web: printable
 * certificates, the supplier's trust page and embeddable status badges. Everything here is
 * what `GET /public/attestations/{serial}` already tells anyone; the authenticated
 * certificate only adds the tenancy check of reading the attestation.
 */
@Injectable()
export class TrustService {
  constructor(
    private readonly db: Db,
    private readonly attestations: AttestationsService,
    private readonly keys: SigningKeysService,
    private readonly config: AppConfig,
  ) {}

  /** The portal's public page for a serial (the web route `/verify/<serial>`). */
  verifyUrl(serial: string): string {
    return `${this.config.PUBLIC_BASE_URL}/verify/${encodeURIComponent(serial)}`;
  }

  /** The certificate of an attestation the actor may read (as `GET …/attestations/{id}`: 404 otherwise). */
  async certificate(actor: Actor, workspaceId: string, id: string, now = new Date()): Promise<{ serial: string; pdf: Buffer }> {
    const a = await this.attestations.get(actor, workspaceId, id);
    return this.certificateOf({ id: a.id }, now);
  }

  /** The certificate of an attestation by its serial (public). */
  async publicCertificate(serial: string, now = new Date()): Promise<{ serial: string; pdf: Buffer }> {
    return this.certificateOf({ serial: this.serial(serial) }, now);
  }

  /** The status badge of an attestation by its serial (public). */
  async badge(serial: string, now = new Date()): Promise<string> {
    const p = await this.attestations.publicSummary({ serial: this.serial(serial) });
    if (!p) throw notFound();
    return renderStatusBadge(p.serial, statusNow(p, now));
  }

  /**
   * A supplier's trust page: the attestations issued to it whose validity has not ended and
   * that nothing superseded, each with its status now, issuer and accreditation. Withdrawn
   * ones stay listed (as withdrawn) until their validity ends. 404 for an organization that
   * was never issued an attestation. Five queries, whatever the number of attestations.
   */
  async trustPage(organizationId: string, now = new Date()): Promise<SupplierTrustPage> {
    const scope = systemScope('public facts: supplier trust page');
    const [org] = (await this.db.tx(scope, (em) => em.query('SELECT id, name FROM subject_trust_profile($1)', [organizationId]))) as {
      id: string;
      name: string;
    }[];
    if (!org) throw new AttestationsError(AttestationsErrorCode.AttestationNotFound, 'No attestations were issued to this organization.');
    const rows = (await this.db.tx(scope, (em) =>
      em.query(
        `SELECT p.* FROM subject_attestations_public($1, $2, $3) s CROSS JOIN LATERAL attestation_public(NULL, s.id) p ORDER BY p.issued_at DESC, p.id`,
        [organizationId, now, TRUST_PAGE_LIMIT],
      ),
    )) as Record<string, unknown>[];
    const ids = rows.map((r) => r.id as string);
    const lineage = await this.attestations.lineage(ids);
    const claims = await this.accreditationClaims(ids);
    const issuerIds = [...new Set(rows.map((r) => r.organization_id as string))];
    const names = new Map(
      issuerIds.length
        ? (
            (await this.db.tx(scope, (em) => em.query('SELECT id, name FROM org_public_profiles($1::uuid[])', [issuerIds]))) as { id: string; name: string }[]
          ).map((o) => [o.id, o.name])
        : [],
    );
    return {
      organization: { id: org.id, name: org.name },
      generatedAt: now,
      attestations: rows.map((r) => {
        const a = publicAttestationOf(r, lineage.get(r.id as string), claims.get(r.id as string) ?? null);
        return {
          attestation: a,
          status: statusNow(a, now),
          issuer: { did: this.keys.did(a.organizationId), name: names.get(a.organizationId) ?? null },
          accreditation: a.accreditation ? issuerAccreditation(a.accreditation) : null,
          verifyUrl: this.verifyUrl(a.serial),
        };
      }),
    };
  }

  private async certificateOf(key: { id?: string; serial?: string }, now: Date): Promise<{ serial: string; pdf: Buffer }> {
    const a = await this.attestations.publicSummary(key);
    if (!a) throw notFound();
    const profile = await this.keys.issuerProfile(a.organizationId);
    const view: CertificateView = {
      attestation: a,
      status: statusNow(a, now),
      issuer: { did: this.keys.did(a.organizationId), name: profile?.name ?? null },
      accreditation: a.accreditation ? issuerAccreditation(a.accreditation) : null,
      verifyUrl: this.verifyUrl(a.serial),
      generatedAt: now,
    };
    // pdfkit, its fonts and the QR encoder load with the first certificate asked for, not at start-up.
    const { renderCertificatePdf } = await import('./certificate-pdf.js');
    return { serial: a.serial, pdf: await renderCertificatePdf(view) };
  }

  /**
   * The accreditation claims of several attestations in one query, read as
   * `AccreditationsService.claimOfAttestation` reads one (the claim frozen at issue, its status now).
   */
  private async accreditationClaims(ids: string[]): Promise<Map<string, AccreditationClaimNow>> {
    const out = new Map<string, AccreditationClaimNow>();
    if (ids.length === 0) return out;
    const rows = (await this.db.tx(systemScope('public facts: the accreditations attestations were issued under'), (em) =>
      em.query('SELECT x.id AS attestation_id, c.* FROM unnest($1::uuid[]) AS x(id) CROSS JOIN LATERAL attestation_accreditation_public(x.id) c', [ids]),
    )) as { attestation_id: string; claim: AccreditationClaim | null; status: AccreditationStatus | null; status_reason: string | null; accredited: boolean }[];
    for (const r of rows) {
      if (!r.claim) continue;
      out.set(r.attestation_id, { ...r.claim, currentStatus: r.status ?? 'withdrawn', currentStatusReason: r.status_reason, currentlyValid: r.accredited });
    }
    return out;
  }

  private serial(serial: string): string {
    const s = serial.toUpperCase();
    if (!SERIAL.test(s)) throw notFound();
    return s;
  }
}

function notFound(): AttestationsError {
  return new AttestationsError(AttestationsErrorCode.AttestationNotFound, 'Attestation not found.');
}
