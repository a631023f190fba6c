import type { EntityManager } from 'typeorm';
import type { AssessedItem, CredentialFramework } from './credential-check.js';

/** A recognised foreign credential as another lib sees it (public facts only). */
export interface RecognisedForeignCredential {
  id: string;
  /** The organization that imported it (the holder). */
  organizationId: string;
  credentialId: string | null;
  issuerDid: string;
  issuerName: string | null;
  /** The trust-list entry (accreditation_bodies) whose DIDs name the issuer. */
  trustListBodyId: string;
  trustListBodyName: string;
  frameworks: CredentialFramework[];
  /** What it assessed; none: the organization (it counts for every offering of the holder). */
  assessedItems: AssessedItem[];
  markets: string[];
  subjectName: string | null;
  validFrom: Date | null;
  validUntil: Date | null;
  checkedAt: Date;
}

interface Row {
  id: string;
  organization_id: string;
  credential_id: string | null;
  issuer_did: string;
  issuer_name: string | null;
  trust_body_id: string;
  trust_body_name: string;
  frameworks: CredentialFramework[];
  assessed_items: AssessedItem[];
  markets: string[];
  subject_name: string | null;
  valid_from: Date | null;
  valid_until: Date | null;
  checked_at: Date;
}

/**
 * The organizations' foreign credentials that count at `at`: signature verified, issuer on a
 * listed trust-list entry, not revoked or suspended at the last check, within validity. Runs in
 * the caller's transaction, in any scope (SECURITY DEFINER `foreign_credentials_recognised`).
 */
export async function recognisedForeignCredentials(
  em: EntityManager,
  organizationIds: string[],
  at: Date = new Date(),
): Promise<RecognisedForeignCredential[]> {
  if (organizationIds.length === 0) return [];
  const rows = (await em.query('SELECT * FROM foreign_credentials_recognised($1::uuid[], $2)', [organizationIds, at])) as Row[];
  return rows.map((r) => ({
    id: r.id,
    organizationId: r.organization_id,
    credentialId: r.credential_id,
    issuerDid: r.issuer_did,
    issuerName: r.issuer_name,
    trustListBodyId: r.trust_body_id,
    trustListBodyName: r.trust_body_name,
    frameworks: r.frameworks,
    assessedItems: r.assessed_items,
    markets: r.markets,
    subjectName: r.subject_name,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    checkedAt: r.checked_at,
  }));
}
