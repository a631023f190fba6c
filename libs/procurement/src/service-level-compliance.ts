import { answerBid, parseTenderCriteria, type ReliedAttestation, type ServiceLevelReport } from '@attesta/service-levels';
import type { Actor } from '@attesta/core';
import type { EntityManager } from 'typeorm';
import type { ComplianceReport, PublicAttestation } from './compliance.js';

/**
 * Service-level criteria in the compliance report (libs/service-levels computes them): the
 * report carries the per-requirement match (met / not met / unknown, margin, source, reasons),
 * and a criterion that is not met makes the bid non-compliant.
 */
export function applyServiceLevels(report: ComplianceReport, serviceLevels: ServiceLevelReport | null | undefined): ComplianceReport {
  if (!serviceLevels) return report;
  report.serviceLevels = serviceLevels;
  if (serviceLevels.result !== 'met') report.overall = 'non_compliant';
  return report;
}

/**
 * The relied-on attestations as service levels need them: whether each attests anything now
 * (active, and its validity begun: one dated ahead attests nothing yet), and their frameworks.
 */
export function reliedOn(attestations: PublicAttestation[], now = new Date()): ReliedAttestation[] {
  return attestations.map((a) => ({
    id: a.id,
    active: a.status === 'active' && Date.parse(a.validFrom) <= now.getTime(),
    frameworkIds: a.frameworks.map((f) => f.id),
  }));
}

/** An ad-hoc check's inline criteria against the offering (422 naming each bad field of `criteria`). */
export async function checkServiceLevels(
  em: EntityManager,
  actor: Actor,
  input: { offeringId: string; criteria?: unknown[]; maxEvidenceAgeDays?: number | null },
  attestations: PublicAttestation[],
): Promise<ServiceLevelReport | null> {
  if (!input.criteria?.length) return null;
  const criteria = await parseTenderCriteria(em, actor, input.criteria);
  const answer = await answerBid(em, {
    tenderId: '',
    offeringId: input.offeringId,
    attestations: reliedOn(attestations),
    criteria,
    maxEvidenceAgeDays: input.maxEvidenceAgeDays ?? null,
  });
  return answer?.report ?? null;
}
