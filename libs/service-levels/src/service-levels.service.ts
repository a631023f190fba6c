import { isDeepStrictEqual } from 'node:util';
import { Injectable } from '@nestjs/common';
import { assertCan, buildWorkspaceAbility } from '@attesta/access';
import { AuditService } from '@attesta/audit';
import { OutboxService } from '@attesta/outbox';
import { Actor, actorId, Db, isUniqueViolation, newId, scopeOf, transactionLock } from '@attesta/core';
import { offeringComponents, offeringSummary, type ComponentSummary } from '@attesta/offerings';
import { loadWorkspaceContext } from '@attesta/workspaces';
import { EntityManager, Raw } from 'typeorm';
import { attainment, type MeasurementWindow, type PeriodAttainment } from './attainment.js';
import { matchCriteria, toOcdsCriteria, type AtRisk, type RequirementResponse, type ServiceLevelReport } from './criteria.js';
import { BidServiceLevelEntity } from './entities/bid-service-level.entity.js';
import { ServiceLevelFindingEntity } from './entities/service-level-finding.entity.js';
import { ServiceLevelMeasurementEntity } from './entities/service-level-measurement.entity.js';
import { ServiceLevelMetricEntity } from './entities/service-level-metric.entity.js';
import { ServiceLevelProfileEntity, type SlaDocument } from './entities/service-level-profile.entity.js';
import { SubmissionServiceLevelEntity, type ObjectiveVerdict } from './entities/submission-service-level.entity.js';
import { isUnitCode, quantityProblem } from './matching.js';
import {
  answerAsOfNow,
  atRiskOf,
  contextOf,
  metricLookup,
  reliedAttestationsNow,
  tenantMetrics,
  sharedWindows,
  tenderCriteria,
  tenderCriteriaOf,
  toMetric,
  windowsOf,
} from './service-levels.hooks.js';
import { BUILT_IN_METRICS, type MetricDefinition, type MetricValueType, type UnitCode } from './metrics.js';
import { parseObjectives, type Objective } from './objectives.js';
import { invalid, ServiceLevelsError, ServiceLevelsErrorCode } from './service-levels.errors.js';

const DAY = 86_400_000;
/** Windows older than this are not looked at for finding drafts (a year of monthly periods). */
const FINDING_LOOKBACK_DAYS = 366;
const MAX_WINDOWS_PER_CALL = 1000;
/** A measurement window spans at most a year (and a leap day): monitoring windows are shorter than the periods they are judged over. */
const MAX_WINDOW_MS = 366 * 86_400_000;

export interface MetricInput {
  key: string;
  uri?: string;
  name: string;
  definition: string;
  valueType: MetricValueType;
  unit?: string | null;
  expression?: string | null;
  parameters?: string[];
  rules?: string[];
  underlyingMetrics?: string[];
  higherIsBetter?: boolean | null;
}

export interface ProfileInput {
  objectives: unknown[];
  slaDocuments?: { title: string; uri?: string | null; sha256?: string | null; evidenceId?: string | null }[];
}

export interface MeasurementInput {
  periodStart: string | Date;
  periodEnd: string | Date;
  value: number;
  sampleCount?: number;
  source?: string;
}

export interface MeasurementResult {
  stored: number;
  unchanged: number;
  attainment: PeriodAttainment[];
  findingsOpened: number;
  bidsAtRisk: number;
}

/** Outbox events of service levels: measurements turned the service-level report of some of the supplier's bids. */
export const SERVICE_LEVEL_EVENTS = { bidsRejudged: 'service_levels.bids_rejudged' } as const;

/** A profile version as others see it. */
export interface ServiceLevelProfileView {
  id: string;
  offeringId: string;
  componentId: string;
  version: number;
  objectives: Objective[];
  slaDocuments: SlaDocument[];
  createdBy: string;
  createdAt: Date;
}

/** An objective frozen in a submission, with the assessor's judgement. */
export interface SubmissionObjectiveView {
  objectiveId: string;
  componentId: string;
  profileId: string;
  profileVersion: number;
  objective: Objective;
  verdict: ObjectiveVerdict;
  assessedBy: string | null;
  assessorOrganizationId: string | null;
  assessedAt: Date | null;
  note: string;
}

/**
 * Service-level profiles per service component (versioned), the metric vocabulary, measured
 * windows and their attainment, the objectives frozen into submissions and judged by
 * assessors, tender criteria per service layer and bids' requirement responses.
 */
@Injectable()
export class ServiceLevelsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  // ---- metrics ----

  async listMetrics(actor: Actor): Promise<MetricDefinition[]> {
    assertCan(actor, 'read', 'Offering');
    return this.db.tx(scopeOf(actor), async (em) => [...BUILT_IN_METRICS, ...(await tenantMetrics(em, actor.organizationId))]);
  }

  async createMetric(actor: Actor, input: MetricInput): Promise<MetricDefinition> {
    assertCan(actor, 'create', 'Offering');
    const key = input.key.trim();
    if (BUILT_IN_METRICS.some((m) => m.key === key)) throw invalid(`${key} is a built-in metric.`, [{ field: 'key', message: 'is a built-in metric' }]);
    if (input.valueType === 'number' && !isUnitCode(input.unit))
      throw invalid('A numeric metric needs a unit.', [
        { field: 'unit', message: 'must be a UN/ECE Recommendation 20 code among P1, C62, SEC, MIN, HUR, DAY' },
      ]);
    if (input.valueType !== 'number' && input.unit)
      throw invalid('Only numeric metrics have a unit.', [{ field: 'unit', message: `a ${input.valueType} metric has no unit` }]);
    return this.db.tx(scopeOf(actor), async (em) => {
      const row = em.getRepository(ServiceLevelMetricEntity).create({
        id: newId(),
        organizationId: actor.organizationId,
        key,
        uri: input.uri?.trim() || `urn:attesta:service-level-metric:${actor.organizationId}:${key}`,
        name: input.name.trim(),
        definition: input.definition.trim(),
        valueType: input.valueType,
        unit: input.valueType === 'number' ? (input.unit as UnitCode) : null,
        expression: input.expression ?? null,
        parameters: input.parameters ?? [],
        rules: input.rules ?? [],
        underlyingMetrics: input.underlyingMetrics ?? [],
        higherIsBetter: input.valueType === 'number' ? (input.higherIsBetter ?? null) : null,
        createdAt: new Date(),
      });
      try {
        await em.getRepository(ServiceLevelMetricEntity).insert(row);
      } catch (e) {
        if (isUniqueViolation(e, 'uq_service_level_metrics_org_key'))
          throw new ServiceLevelsError(ServiceLevelsErrorCode.DuplicateMetric, `Your organization already has a metric ${key}.`, {
            errors: [{ field: 'key', message: 'is already used' }],
          });
        throw e;
      }
      await this.audit.record(
        em,
        actor,
        { type: 'organization', id: actor.organizationId },
        { action: 'service_level_metric.created', subjectType: 'ServiceLevelMetric', subjectId: row.id, payload: { key, uri: row.uri } },
      );
      return toMetric(row);
    });
  }

  // ---- profiles ----

  /** A new version of the component's profile (earlier versions stay as they were). */
  async createProfile(actor: Actor, offeringId: string, componentId: string, input: ProfileInput): Promise<ServiceLevelProfileView> {
    assertCan(actor, 'update', 'Offering');
    return this.db.tx(scopeOf(actor), async (em) => {
      await this.ownComponent(em, actor, offeringId, componentId);
      const metricOf = await metricLookup(em, actor.organizationId);
      const { objectives, problems } = parseObjectives(input.objectives, metricOf, newId);
      if (problems.length) throw invalid('The profile has invalid objectives.', problems);
      await transactionLock(em, `service-level-profile:${componentId}`);
      const latest = await em.getRepository(ServiceLevelProfileEntity).findOne({ where: { componentId }, order: { version: 'DESC' } });
      // An unchanged objective keeps its id across versions, so attestations and measurements still refer to it.
      for (const o of objectives) {
        const same = latest?.objectives.find((p) => sameObjective(p, o));
        if (same) o.id = same.id;
      }
      const row = em.getRepository(ServiceLevelProfileEntity).create({
        id: newId(),
        organizationId: actor.organizationId,
        offeringId,
        componentId,
        version: (latest?.version ?? 0) + 1,
        objectives,
        slaDocuments: (input.slaDocuments ?? []).map((d) => ({
          title: d.title,
          uri: d.uri ?? null,
          sha256: d.sha256 ?? null,
          evidenceId: d.evidenceId ?? null,
        })),
        createdBy: actorId(actor),
        createdAt: new Date(),
      });
      await em.getRepository(ServiceLevelProfileEntity).insert(row);
      await this.audit.record(
        em,
        actor,
        { type: 'organization', id: actor.organizationId },
        {
          action: 'service_level_profile.versioned',
          subjectType: 'ServiceLevelProfile',
          subjectId: row.id,
          payload: { offeringId, componentId, version: row.version, metrics: objectives.map((o) => o.metric) },
        },
      );
      return toProfile(row);
    });
  }

  async listProfiles(actor: Actor, offeringId: string, componentId: string): Promise<ServiceLevelProfileView[]> {
    assertCan(actor, 'read', 'Offering');
    return this.db.tx(scopeOf(actor), async (em) => {
      await this.ownComponent(em, actor, offeringId, componentId);
      const rows = await em.getRepository(ServiceLevelProfileEntity).find({ where: { componentId }, order: { version: 'DESC' }, take: 100 });
      return rows.map(toProfile);
    });
  }

  // ---- measurements ----

  /**
   * Stores measurement windows of one metric (idempotent per window: the same window with the
   * same value is a no-op; any other window overlapping a stored one is refused, whatever its value),
   * then judges the component's objectives for the metric: a breach beyond tolerance opens a
   * finding draft for the assessor, and the bids relying on the objective are flagged at risk.
   */
  async recordMeasurements(actor: Actor, offeringId: string, componentId: string, metricKey: string, windows: MeasurementInput[]): Promise<MeasurementResult> {
    assertCan(actor, 'update', 'Offering');
    return this.db.tx(scopeOf(actor), async (em) => {
      await this.ownComponent(em, actor, offeringId, componentId);
      const metric = (await metricLookup(em, actor.organizationId))(metricKey);
      if (!metric) throw invalid(`Unknown metric ${metricKey}.`, [{ field: 'metric', message: `unknown metric ${metricKey}` }]);
      if (metric.valueType !== 'number')
        throw invalid(`${metricKey} is not measured as a number.`, [{ field: 'metric', message: `${metricKey} is a ${metric.valueType}` }]);
      const parsed = parseWindows(windows, metric);
      await transactionLock(em, `service-level-measurements:${componentId}:${metric.key}`);
      const lo = new Date(Math.min(...parsed.map((w) => w.periodStart.getTime())));
      const hi = new Date(Math.max(...parsed.map((w) => w.periodEnd.getTime())));
      const stored = await em
        .getRepository(ServiceLevelMeasurementEntity)
        .createQueryBuilder('m')
        .where('m.componentId = :c AND m.metric = :k AND m.periodStart < :hi AND m.periodEnd > :lo', { c: componentId, k: metric.key, lo, hi })
        .getMany();
      const fresh: ServiceLevelMeasurementEntity[] = [];
      let unchanged = 0;
      const problems: { field: string; message: string }[] = [];
      parsed.forEach((w, i) => {
        const same = stored.find((s) => s.periodStart.getTime() === w.periodStart.getTime() && s.periodEnd.getTime() === w.periodEnd.getTime());
        if (same && same.value === w.value) {
          unchanged++;
          return;
        }
        // A window measures its time once: one overlapping a stored window (or another of this call) is refused,
        // whatever its value — an overlap with an equal value would count that time twice and dilute a breach.
        const clash = [...stored, ...fresh].find((s) => s.periodStart < w.periodEnd && s.periodEnd > w.periodStart);
        if (clash) {
          problems.push({
            field: `measurements[${i}].periodStart`,
            message:
              clash.value === w.value
                ? `overlaps the window ${clash.periodStart.toISOString()} – ${clash.periodEnd.toISOString()} (time already measured)`
                : `overlaps the window ${clash.periodStart.toISOString()} – ${clash.periodEnd.toISOString()} with another value (${clash.value})`,
          });
          return;
        }
        fresh.push(
          em.getRepository(ServiceLevelMeasurementEntity).create({
            id: newId(),
            organizationId: actor.organizationId,
            componentId,
            metric: metric.key,
            periodStart: w.periodStart,
            periodEnd: w.periodEnd,
            value: w.value,
            sampleCount: w.sampleCount,
            source: w.source,
            createdAt: new Date(),
          }),
        );
      });
      if (problems.length) throw invalid('Some measurement windows conflict with stored ones; nothing was stored.', problems);
      if (fresh.length) await em.getRepository(ServiceLevelMeasurementEntity).insert(fresh);
      const judged = await this.judgeMeasurements(em, actor, componentId, metric.key);
      if (fresh.length)
        await this.audit.record(
          em,
          actor,
          { type: 'organization', id: actor.organizationId },
          {
            action: 'service_level_measurements.recorded',
            subjectType: 'OfferingComponent',
            subjectId: componentId,
            payload: { metric: metric.key, windows: fresh.length, findingsOpened: judged.findingsOpened, bidsAtRisk: judged.bidsAtRisk },
          },
        );
      return { stored: fresh.length, unchanged, ...judged };
    });
  }

  /** CSV with a header `periodStart,periodEnd,value[,sampleCount][,source]`; the same rules as the JSON push. */
  async recordMeasurementsCsv(actor: Actor, offeringId: string, componentId: string, metricKey: string, csv: string): Promise<MeasurementResult> {
    return this.recordMeasurements(actor, offeringId, componentId, metricKey, parseCsv(csv));
  }

  /** Windows and attainment per observation period of the component's current objective for the metric (the chart). */
  async attainmentOf(
    actor: Actor,
    offeringId: string,
    componentId: string,
    metricKey: string,
  ): Promise<{ objective: Objective | null; windows: MeasurementWindow[]; periods: PeriodAttainment[] }> {
    assertCan(actor, 'read', 'Offering');
    return this.db.tx(scopeOf(actor), async (em) => {
      await this.ownComponent(em, actor, offeringId, componentId);
      const windows = await windowsOf(em, componentId, metricKey, null);
      const profile = await em.getRepository(ServiceLevelProfileEntity).findOne({ where: { componentId }, order: { version: 'DESC' } });
      const objective = profile?.objectives.find((o) => o.metric === metricKey) ?? null;
      return { objective, windows, periods: objective ? attainment(objective, windows) : [] };
    });
  }

  // ---- submissions (called by reviews inside its transaction; read by the assessor) ----

  async submissionObjectives(actor: Actor, workspaceId: string, number: number): Promise<SubmissionObjectiveView[]> {
    assertCan(actor, 'read', 'Submission');
    return this.db.tx(scopeOf(actor), async (em) => {
      const ctx = await loadWorkspaceContext(em, actor, workspaceId);
      if (!buildWorkspaceAbility(ctx.role).can('read', 'Submission'))
        throw new ServiceLevelsError(ServiceLevelsErrorCode.SubmissionNotFound, 'Submission not found.');
      // A submission whose offering had no profile froze nothing: an empty list.
      const rows = await em
        .getRepository(SubmissionServiceLevelEntity)
        .find({ where: { workspaceId, submissionNumber: number }, order: { componentId: 'ASC', objectiveId: 'ASC' } });
      return rows.map(toSubmissionObjective);
    });
  }

  /** The assessor judges a frozen objective: attested (it will be in the credential) or rejected. */
  async judgeObjective(
    actor: Actor,
    workspaceId: string,
    number: number,
    objectiveId: string,
    input: { verdict: 'attested' | 'rejected'; note?: string },
  ): Promise<SubmissionObjectiveView> {
    assertCan(actor, 'create', 'Verdict');
    return this.db.tx(scopeOf(actor), async (em) => {
      const ctx = await loadWorkspaceContext(em, actor, workspaceId);
      if (ctx.role !== 'assessor')
        throw new ServiceLevelsError(ServiceLevelsErrorCode.WrongRole, "Only the workspace's assessors judge service-level objectives.", {
          extensions: { role: ctx.role },
        });
      const submissionId = await this.submissionId(em, workspaceId, number);
      const row = await em.getRepository(SubmissionServiceLevelEntity).findOne({ where: { submissionId, objectiveId } });
      if (!row) throw new ServiceLevelsError(ServiceLevelsErrorCode.ObjectiveNotFound, 'No such objective frozen in this submission.');
      // Once attested, the credential lists the attested objectives: the verdicts are final, so what bids
      // read as attested (`service_levels_attested`) stays what the signed credential says.
      const [{ attested }] = (await em.query('SELECT submission_attested($1) AS attested', [submissionId])) as [{ attested: boolean }];
      if (attested)
        throw new ServiceLevelsError(
          ServiceLevelsErrorCode.ObjectiveFinal,
          `Submission ${number} has been attested: its service-level verdicts are final (the credential lists them).`,
          { extensions: { objectiveId, verdict: row.verdict } },
        );
      const now = new Date();
      await em
        .getRepository(SubmissionServiceLevelEntity)
        .update(
          { id: row.id },
          { verdict: input.verdict, note: input.note?.trim() ?? '', assessedBy: actorId(actor), assessorOrganizationId: actor.organizationId, assessedAt: now },
        );
      await this.audit.record(
        em,
        actor,
        { type: 'workspace', id: workspaceId },
        {
          action: 'service_level_objective.judged',
          subjectType: 'Submission',
          subjectId: submissionId,
          payload: { objectiveId, componentId: row.componentId, metric: row.objective.metric, verdict: input.verdict },
        },
      );
      return toSubmissionObjective(await em.getRepository(SubmissionServiceLevelEntity).findOneByOrFail({ id: row.id }));
    });
  }

  // ---- tenders and bids (called by procurement inside its transaction) ----

  /** The OCDS release of a tender the caller can read (procurement checked it), `tender.criteria` in the requirements extension. */
  async ocdsRelease(
    actor: Actor,
    tender: { id: string; ocid: string; title: string; buyer: string; deadline: Date; createdAt: Date },
  ): Promise<Record<string, unknown>> {
    assertCan(actor, 'read', 'Tender');
    return this.db.tx(scopeOf(actor), async (em) => {
      const criteria = await tenderCriteria(em, tender.id);
      return {
        ocid: tender.ocid,
        id: `${tender.ocid}-tender-${tender.createdAt.toISOString().slice(0, 10)}`,
        date: tender.createdAt.toISOString(),
        tag: ['tender'],
        initiationType: 'tender',
        buyer: { name: tender.buyer },
        tender: {
          id: tender.id,
          title: tender.title,
          status: tender.deadline.getTime() > Date.now() ? 'active' : 'complete',
          tenderPeriod: { endDate: tender.deadline.toISOString() },
          ...(criteria.length ? { criteria: toOcdsCriteria(criteria) } : {}),
        },
      };
    });
  }

  /** A bid's requirement responses and their match (supplier or the tender's procurer). */
  async bidServiceLevels(
    actor: Actor,
    bidId: string,
  ): Promise<{ bidId: string; requirementResponses: RequirementResponse[]; report: ServiceLevelReport; atRisk: AtRisk[]; computedAt: Date }> {
    assertCan(actor, 'read', 'Bid');
    return this.db.tx(scopeOf(actor), async (em) => {
      const row = await em.getRepository(BidServiceLevelEntity).findOne({ where: { bidId } });
      if (!row)
        throw new ServiceLevelsError(
          ServiceLevelsErrorCode.BidNotFound,
          'No service-level answer for this bid (no such bid, or its tender has no service-level criteria).',
        );
      return { bidId, requirementResponses: row.responses, report: row.report, atRisk: row.atRisk, computedAt: row.computedAt };
    });
  }

  /** Finding drafts opened by measured breaches: the supplier's own, and those for the acting assessor. */
  async listFindingDrafts(actor: Actor): Promise<ServiceLevelFindingEntity[]> {
    assertCan(actor, 'read', 'Finding');
    return this.db.tx(scopeOf(actor), (em) =>
      em
        .getRepository(ServiceLevelFindingEntity)
        .createQueryBuilder('f')
        .where('f.organizationId = :o OR f.assessorOrganizationId = :o', { o: actor.organizationId })
        .orderBy('f.createdAt', 'DESC')
        .limit(200)
        .getMany(),
    );
  }

  // ---- internals ----

  /** After new windows: finding drafts for breaches beyond tolerance; relying bids re-flagged. */
  private async judgeMeasurements(
    em: EntityManager,
    actor: Actor,
    componentId: string,
    metric: string,
  ): Promise<{ attainment: PeriodAttainment[]; findingsOpened: number; bidsAtRisk: number }> {
    const now = new Date();
    const profile = await em.getRepository(ServiceLevelProfileEntity).findOne({ where: { componentId }, order: { version: 'DESC' } });
    const objective = profile?.objectives.find((o) => o.metric === metric);
    let periods: PeriodAttainment[] = [];
    let findingsOpened = 0;
    if (objective) {
      periods = attainment(objective, await windowsOf(em, componentId, metric, new Date(now.getTime() - FINDING_LOOKBACK_DAYS * DAY)));
      const assessed = await em
        .getRepository(SubmissionServiceLevelEntity)
        .findOne({ where: { componentId, objectiveId: objective.id, verdict: 'attested' }, order: { assessedAt: 'DESC' } });
      // One draft per breached period (all in one statement); a period already drafted keeps its draft.
      const breaches = periods
        .filter((x) => x.breach)
        .map((p) => ({
          id: newId(),
          period_start: p.periodStart,
          period_end: p.periodEnd,
          measured: p.value,
          title: `${metric} ${p.value}${objective.unit ? ` ${objective.unit}` : ''} misses ${objective.operator} ${String(objective.target)} (${p.periodStart.slice(0, 10)} – ${p.periodEnd.slice(0, 10)})`,
        }));
      if (breaches.length) {
        const opened: unknown[] = await em.query(
          `INSERT INTO service_level_findings (id, organization_id, assessor_organization_id, submission_id, component_id, objective_id, metric,
                                              period_start, period_end, measured, target, status, title, created_at)
           SELECT b.id, $2, $3, $4, $5, $6, $7, b.period_start, b.period_end, b.measured, $8, 'draft', b.title, $9
             FROM jsonb_to_recordset($1::jsonb) AS b(id uuid, period_start timestamptz, period_end timestamptz, measured double precision, title text)
           ON CONFLICT (component_id, objective_id, period_start) DO NOTHING RETURNING id`,
          [
            JSON.stringify(breaches),
            actor.organizationId,
            assessed?.assessorOrganizationId ?? null,
            assessed?.submissionId ?? null,
            componentId,
            objective.id,
            metric,
            JSON.stringify({ operator: objective.operator, value: objective.target, unit: objective.unit, tolerance: objective.tolerance }),
            now,
          ],
        );
        findingsOpened = opened.length;
      }
    }
    // Bids of this supplier relying on an objective of this component for the metric.
    const bids = await em.getRepository(BidServiceLevelEntity).find({
      where: {
        organizationId: actor.organizationId,
        responses: Raw((column) => `${column} @> CAST(:relying AS jsonb)`, { relying: JSON.stringify([{ componentId, objective: { metric } }]) }),
      },
    });
    // Judged against the relied-on attestations as they stand now, as procurement's recompute does,
    // with the windows and criteria of all of them read once.
    const relied = await reliedAttestationsNow(
      em,
      bids.flatMap((b) => b.reliedAttestationIds),
    );
    const windows = await sharedWindows(em, bids, now);
    const criteria = await tenderCriteriaOf(
      em,
      bids.map((b) => b.tenderId),
    );
    let bidsAtRisk = 0;
    const flipped: string[] = [];
    const judged: { bid_id: string; at_risk: AtRisk[]; report: ServiceLevelReport }[] = [];
    for (const b of bids) {
      const atRisk = await atRiskOf(em, b.responses, b.maxEvidenceAgeDays, now, windows);
      const asOfNow = answerAsOfNow(
        b,
        b.reliedAttestationIds.flatMap((id) => relied.get(id) ?? []),
      );
      const report = matchCriteria(criteria.get(b.tenderId) ?? [], asOfNow.responses, contextOf(asOfNow.matchContext, atRisk));
      if (report.atRisk) bidsAtRisk++;
      if (report.atRisk !== b.report.atRisk || report.result !== b.report.result) flipped.push(b.bidId);
      judged.push({ bid_id: b.bidId, at_risk: atRisk, report });
    }
    if (judged.length)
      await em.query(
        `UPDATE bid_service_levels s SET at_risk = v.at_risk, report = v.report, computed_at = $2
           FROM jsonb_to_recordset($1::jsonb) AS v(bid_id uuid, at_risk jsonb, report jsonb) WHERE s.bid_id = v.bid_id`,
        [JSON.stringify(judged), now],
      );
    // The bids' compliance reports carry the service-level report: procurement re-evaluates those whose flag turned.
    if (flipped.length)
      await this.outbox.emit(em, {
        type: SERVICE_LEVEL_EVENTS.bidsRejudged,
        organizationId: actor.organizationId,
        payload: { componentId, metric, bidIds: flipped },
      });
    return { attainment: periods, findingsOpened, bidsAtRisk };
  }

  private async ownComponent(em: EntityManager, actor: Actor, offeringId: string, componentId: string): Promise<ComponentSummary> {
    const offering = await offeringSummary(em, offeringId, actor.organizationId);
    if (!offering) throw new ServiceLevelsError(ServiceLevelsErrorCode.OfferingNotFound, 'Offering not found.');
    const component = (await offeringComponents(em, offeringId)).find((c) => c.id === componentId);
    if (!component) throw new ServiceLevelsError(ServiceLevelsErrorCode.ComponentNotFound, 'Component not found in this offering.');
    return component;
  }

  private async submissionId(em: EntityManager, workspaceId: string, number: number): Promise<string> {
    const row = await em
      .getRepository(SubmissionServiceLevelEntity)
      .findOne({ select: { submissionId: true }, where: { workspaceId, submissionNumber: number } });
    if (!row) throw new ServiceLevelsError(ServiceLevelsErrorCode.SubmissionNotFound, `Submission ${number} has no service-level objectives.`);
    return row.submissionId;
  }
}

/** Key order aside: a stored objective comes back from jsonb with its keys in another order than a parsed one. */
function sameObjective(a: Objective, b: Objective): boolean {
  const { id: _a, ...x } = a;
  const { id: _b, ...y } = b;
  return isDeepStrictEqual(x, y);
}

function parseWindows(
  input: MeasurementInput[],
  metric: MetricDefinition,
): { periodStart: Date; periodEnd: Date; value: number; sampleCount: number; source: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (!Array.isArray(input) || !input.length) throw invalid('Send at least one measurement window.', [{ field: 'measurements', message: 'must not be empty' }]);
  if (input.length > MAX_WINDOWS_PER_CALL)
    throw invalid('Too many windows.', [{ field: 'measurements', message: `at most ${MAX_WINDOWS_PER_CALL} windows per call` }]);
  const out = input.map((w, i) => {
    const f = `measurements[${i}]`;
    const periodStart = new Date(w.periodStart);
    const periodEnd = new Date(w.periodEnd);
    if (Number.isNaN(periodStart.getTime())) problems.push({ field: `${f}.periodStart`, message: 'must be a date-time' });
    if (Number.isNaN(periodEnd.getTime())) problems.push({ field: `${f}.periodEnd`, message: 'must be a date-time' });
    else if (!(periodEnd.getTime() > periodStart.getTime())) problems.push({ field: `${f}.periodEnd`, message: 'must be after periodStart' });
    else if (periodEnd.getTime() > Date.now() + 60_000) problems.push({ field: `${f}.periodEnd`, message: 'must not be in the future' });
    else if (periodEnd.getTime() - periodStart.getTime() > MAX_WINDOW_MS)
      problems.push({ field: `${f}.periodEnd`, message: 'a window spans at most 366 days' });
    const valueProblem = typeof w.value === 'number' && Number.isFinite(w.value) ? quantityProblem(w.value, metric.unit) : 'must be a number';
    if (valueProblem) problems.push({ field: `${f}.value`, message: valueProblem });
    const sampleCount = w.sampleCount ?? 1;
    if (!Number.isInteger(sampleCount) || sampleCount < 0) problems.push({ field: `${f}.sampleCount`, message: 'must be an integer ≥ 0' });
    return { periodStart, periodEnd, value: w.value, sampleCount, source: (w.source ?? 'api').slice(0, 200) };
  });
  const keys = new Set<string>();
  out.forEach((w, i) => {
    const k = `${w.periodStart.getTime()}/${w.periodEnd.getTime()}`;
    if (keys.has(k)) problems.push({ field: `measurements[${i}].periodStart`, message: 'the same window is sent twice' });
    keys.add(k);
  });
  if (problems.length) throw invalid('Some measurement windows are invalid; nothing was stored.', problems);
  return out;
}

function parseCsv(csv: string): MeasurementInput[] {
  const lines = csv
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const header = (lines.shift() ?? '').split(',').map((h) => h.trim());
  const at = (name: string) => header.indexOf(name);
  const missing = ['periodStart', 'periodEnd', 'value'].filter((h) => at(h) < 0);
  if (missing.length) throw invalid('The CSV header is incomplete.', [{ field: 'csv', message: `the header must name ${missing.join(', ')}` }]);
  return lines.map((l) => {
    const cells = l.split(',').map((c) => c.trim());
    const n = (name: string) => (at(name) >= 0 && cells[at(name)] !== '' ? Number(cells[at(name)]) : undefined);
    return {
      periodStart: cells[at('periodStart')] ?? '',
      periodEnd: cells[at('periodEnd')] ?? '',
      value: n('value') as number,
      ...(n('sampleCount') !== undefined ? { sampleCount: n('sampleCount') } : {}),
      ...(at('source') >= 0 && cells[at('source')] ? { source: cells[at('source')] } : {}),
    };
  });
}

function toProfile(p: ServiceLevelProfileEntity): ServiceLevelProfileView {
  return {
    id: p.id,
    offeringId: p.offeringId,
    componentId: p.componentId,
    version: p.version,
    objectives: p.objectives,
    slaDocuments: p.slaDocuments,
    createdBy: p.createdBy,
    createdAt: p.createdAt,
  };
}

function toSubmissionObjective(r: SubmissionServiceLevelEntity): SubmissionObjectiveView {
  return {
    objectiveId: r.objectiveId,
    componentId: r.componentId,
    profileId: r.profileId,
    profileVersion: r.profileVersion,
    objective: r.objective,
    verdict: r.verdict,
    assessedBy: r.assessedBy,
    assessorOrganizationId: r.assessorOrganizationId,
    assessedAt: r.assessedAt,
    note: r.note,
  };
}
