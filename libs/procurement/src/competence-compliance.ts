import { competenceFacts, type CompetenceFact, type CompetenceRule, evaluateCompetenceRules } from '@attesta/personnel';
import type { EntityManager } from 'typeorm';
import type { ComplianceReport } from './compliance.js';

/**
 * Personnel competence rules in a compliance report: each rule's result (met / expiring /
 * not met, with structured reasons) is added as `report.competence`; a rule not met makes the
 * report non-compliant, an expiring one at most `compliant_expiring`.
 */
export function applyCompetence(
  report: ComplianceReport,
  rules: readonly CompetenceRule[] | null | undefined,
  facts: readonly CompetenceFact[],
  now: Date,
): ComplianceReport {
  if (!rules?.length) return report;
  const competence = evaluateCompetenceRules(rules, facts, now);
  const overall = competence.some((c) => c.result === 'not_met')
    ? 'non_compliant'
    : competence.some((c) => c.result === 'expiring') && report.overall === 'compliant'
      ? 'compliant_expiring'
      : report.overall;
  return { ...report, overall, competence };
}

/** The competence facts of each offering, read only when some rule needs them (no query otherwise). */
export async function competenceFactsFor(em: EntityManager, offeringIds: readonly string[], needed: boolean): Promise<Map<string, CompetenceFact[]>> {
  const out = new Map<string, CompetenceFact[]>();
  if (!needed) return out;
  for (const id of new Set(offeringIds)) out.set(id, await competenceFacts(em, id));
  return out;
}
