import type { AccreditationClaimNow } from '@attesta/accreditation';
import type { AttestationLineage, PublicAttestation } from './attestations.service.js';
import { asLanguageTexts, credentialNameValues, frameworkNameValues, type NamedFramework } from './credential-languages.js';
import type { AttestationStatus } from './entities/attestation.entity.js';

/** A row of `attestation_public(…)` with its lineage and accreditation: what anyone may learn by serial. */
export function publicAttestationOf(
  r: Record<string, unknown>,
  links: AttestationLineage | undefined,
  accreditation: AccreditationClaimNow | null,
): PublicAttestation {
  return {
    id: r.id as string,
    serial: r.serial as string,
    organizationId: r.organization_id as string,
    status: r.status as AttestationStatus,
    statusReason: (r.status_reason as string | null) ?? null,
    outcome: r.outcome as string,
    validFrom: r.valid_from as Date,
    validUntil: r.valid_until as Date,
    issuedAt: r.issued_at as Date,
    subjectOrganizationName: r.subject_organization_name as string,
    offeringName: r.offering_name as string,
    components: (r.components as { name: string; kind: string; version: string; compatibleRange?: string | null }[]).map((c) => ({
      name: c.name,
      kind: c.kind,
      version: c.version,
      compatibleRange: c.compatibleRange ?? null,
    })),
    // The credential's names in every language it carries them (docs/i18n.md), from the frameworks' titles frozen at issue.
    name: asLanguageTexts(credentialNameValues(r.serial as string, r.offering_name as string)),
    frameworks: (r.frameworks as (NamedFramework & { code: string })[]).map((f) => ({
      code: f.code,
      title: f.title,
      version: f.version,
      names: asLanguageTexts(frameworkNameValues(f)),
    })),
    markets: r.markets as string[],
    scope: r.scope as string,
    conditions: r.conditions as string[],
    conditionDetails: (r.conditions as string[]).map((text) => ({ text, dueDate: links?.conditionDueDates.get(text) ?? null })),
    submissionNumber: r.submission_number as number,
    submissionDigest: r.submission_digest as string,
    replacedBySerial: (r.replaced_by_serial as string | null) ?? null,
    statusIndex: r.status_index as number,
    supersededBySerial: links?.supersededBy ?? null,
    supersedesSerials: links?.supersedes ?? [],
    evidenceEffectiveFrom: links?.evidenceEffectiveFrom ?? null,
    evidenceValidUntil: links?.evidenceValidUntil ?? null,
    accreditation,
  };
}
