import { EntityManager } from 'typeorm';
import { SubmissionServiceLevelEntity } from './entities/submission-service-level.entity.js';
import type { UnitCode } from './metrics.js';
import type { Value } from './matching.js';

/**
 * What other libs may read of service levels, on the caller's transaction.
 * `service_levels_attested(attestation ids)`: the objectives attested in the submissions of
 * those attestations (public facts: the credential lists them), for bids' responses.
 */
export const SERVICE_LEVELS_SQL_READ_MODEL = ['service_levels_attested'] as const;

/** An objective the assessor attested in a submission, as a credential lists it (UNTP DCC `assessedPerformance`-style). */
export interface AttestedObjective {
  componentId: string;
  objectiveId: string;
  metric: string;
  operator: string;
  value: Value;
  unit: UnitCode | null;
  period: string;
  aggregation: string;
  validationSet: string | null;
  assessedBy: string | null;
  assessedAt: string | null;
}

/** The attested objectives of a submission (the assessor reads them when issuing the attestation). */
export async function attestedObjectives(em: EntityManager, submissionId: string): Promise<AttestedObjective[]> {
  const rows = await em
    .getRepository(SubmissionServiceLevelEntity)
    .find({ where: { submissionId, verdict: 'attested' }, order: { componentId: 'ASC', objectiveId: 'ASC' } });
  return rows.map((r) => ({
    componentId: r.componentId,
    objectiveId: r.objectiveId,
    metric: r.objective.metric,
    operator: r.objective.operator,
    value: r.objective.target,
    unit: r.objective.unit,
    period: r.objective.period,
    aggregation: r.objective.aggregation,
    validationSet: r.objective.validationSet,
    assessedBy: r.assessedBy,
    assessedAt: r.assessedAt ? r.assessedAt.toISOString() : null,
  }));
}
