import { isDeepStrictEqual } from 'node:util';
import { frameworkSummaries } from '@attesta/catalog';
import { Actor, newId } from '@attesta/core';
import { offeringComponents, SERVICE_CATEGORIES, type ComponentSummary } from '@attesta/offerings';
import { EntityManager, In } from 'typeorm';
import { attainment, type MeasurementWindow } from './attainment.js';
import {
  buildResponses,
  matchCriteria,
  parseCriteria,
  type AtRisk,
  type Criterion,
  type MatchContext,
  type MetricLookup,
  type OfferedObjective,
  type RequirementResponse,
  type ServiceLevelReport,
} from './criteria.js';
import { BidServiceLevelEntity } from './entities/bid-service-level.entity.js';
import { ServiceLevelMeasurementEntity } from './entities/service-level-measurement.entity.js';
import { ServiceLevelMetricEntity } from './entities/service-level-metric.entity.js';
import type { ServiceLevelProfileEntity } from './entities/service-level-profile.entity.js';
import { SubmissionServiceLevelEntity } from './entities/submission-service-level.entity.js';
import { TenderServiceCriteriaEntity } from './entities/tender-service-criteria.entity.js';
import { BUILT_IN_METRICS, type MetricDefinition, type UnitCode } from './metrics.js';
import type { Objective } from './objectives.js';
import { invalid } from './service-levels.errors.js';

/**
 * What other libs call inside their own transaction: reviews freezes profiles into a
 * submission; procurement validates and stores a tender's criteria and fills a bid's
 * requirement responses. Everything here takes the caller's EntityManager, so it joins the
 * caller's transaction (and its row-level security scope): nothing is half-stored.
 */

const DAY = 86_400_000;

/** What a bid or a check relies on, as procurement passes it in. */
export interface ReliedAttestation {
  id: string;
  /** Attests now: active, and its validity begun. */
  active: boolean;
  frameworkIds: string[];
}

export interface BidAnswer {
  responses: RequirementResponse[];
  report: ServiceLevelReport;
  matchContext: { attestedFrameworkIds: string[]; serviceLayers: string[] };
  atRisk: AtRisk[];
  maxEvidenceAgeDays: number | null;
  /** Every attestation the bid relies on, active or not: the answer is judged again against them as they stand. */
  reliedAttestationIds: string[];
}

/** Freezes the current profile of every component of the offering into the submission (pending the assessor's judgement). */
export async function freezeForSubmission(
  em: EntityManager,
  s: { submissionId: string; submissionNumber: number; workspaceId: string; offeringId: string },
): Promise<number> {
  const profiles: ServiceLevelProfileEntity[] = await em.query(
    `SELECT DISTINCT ON (component_id) id, component_id AS "componentId", version, objectives
       FROM service_level_profiles WHERE offering_id = $1 ORDER BY component_id, version DESC`,
    [s.offeringId],
  );
  const rows = profiles.flatMap((p) =>
    p.objectives.map((o) =>
      em.getRepository(SubmissionServiceLevelEntity).create({
        id: newId(),
        submissionId: s.submissionId,
        submissionNumber: s.submissionNumber,
        workspaceId: s.workspaceId,
        componentId: p.componentId,
        profileId: p.id,
        profileVersion: p.version,
        objectiveId: o.id,
        objective: o,
        verdict: 'pending',
        assessedBy: null,
        assessorOrganizationId: null,
        assessedAt: null,
        note: '',
      }),
    ),
  );
  if (rows.length) await em.getRepository(SubmissionServiceLevelEntity).insert(rows);
  return rows.length;
}

/** Validates criteria as given (422 naming each bad field); nothing is stored. */
export async function parseTenderCriteria(em: EntityManager, actor: Actor, input: unknown, field = 'criteria'): Promise<Criterion[]> {
  const metricOf = await metricLookup(em, actor.organizationId);
  const frameworkIds = collectFrameworkIds(input);
  const known = new Set((await frameworkSummaries(em, frameworkIds)).map((f) => f.id));
  const { criteria, problems } = parseCriteria(input, { metricOf, isFramework: (id) => known.has(id), serviceLayers: SERVICE_CATEGORIES }, field);
  if (problems.length) throw invalid('The service-level criteria are invalid.', problems);
  return criteria;
}

export async function saveTenderCriteria(
  em: EntityManager,
  actor: Actor,
  tenderId: string,
  criteria: Criterion[],
  maxEvidenceAgeDays: number | null,
): Promise<void> {
  if (!criteria.length) return;
  await em
    .getRepository(TenderServiceCriteriaEntity)
    .insert({ tenderId, organizationId: actor.organizationId, criteria, maxEvidenceAgeDays, createdAt: new Date() });
}

export async function tenderCriteria(em: EntityManager, tenderId: string): Promise<Criterion[]> {
  return (await em.getRepository(TenderServiceCriteriaEntity).findOne({ where: { tenderId } }))?.criteria ?? [];
}

/** The criteria of these tenders, by tender id, in one read (tenders without criteria are absent). */
export async function tenderCriteriaOf(em: EntityManager, tenderIds: string[]): Promise<Map<string, Criterion[]>> {
  if (!tenderIds.length) return new Map();
  const rows = await em.getRepository(TenderServiceCriteriaEntity).find({ where: { tenderId: In([...new Set(tenderIds)]) } });
  return new Map(rows.map((c) => [c.tenderId, c.criteria]));
}

/**
 * The bid's requirement responses, filled from the offering's attested objectives (from
 * the relied-on active attestations) or else its declared profile, matched against the
 * tender's criteria. Null when the tender has none.
 */
export async function answerBid(
  em: EntityManager,
  input: { tenderId: string; offeringId: string; attestations: ReliedAttestation[]; criteria?: Criterion[]; maxEvidenceAgeDays?: number | null },
): Promise<BidAnswer | null> {
  const row = input.criteria ? null : await em.getRepository(TenderServiceCriteriaEntity).findOne({ where: { tenderId: input.tenderId } });
  const criteria = input.criteria ?? row?.criteria ?? [];
  if (!criteria.length) return null;
  const maxEvidenceAgeDays = input.maxEvidenceAgeDays ?? row?.maxEvidenceAgeDays ?? null;
  const components = await offeringComponents(em, input.offeringId);
  const offered = await offeredObjectives(em, input.offeringId, components, input.attestations);
  const responses = buildResponses(criteria, offered);
  const matchContext = {
    attestedFrameworkIds: [...new Set(input.attestations.filter((a) => a.active).flatMap((a) => a.frameworkIds))],
    serviceLayers: [...new Set(components.map((c) => c.serviceCategory).filter((x): x is NonNullable<typeof x> => x !== null))],
  };
  const atRisk = await atRiskOf(em, responses, maxEvidenceAgeDays, new Date());
  return {
    responses,
    report: matchCriteria(criteria, responses, contextOf(matchContext, atRisk)),
    matchContext,
    atRisk,
    maxEvidenceAgeDays,
    reliedAttestationIds: input.attestations.map((a) => a.id),
  };
}

export async function saveBidAnswer(
  em: EntityManager,
  bid: { id: string; tenderId: string; organizationId: string; tenderOrganizationId: string; offeringId: string },
  a: BidAnswer,
): Promise<void> {
  await em.getRepository(BidServiceLevelEntity).insert({
    bidId: bid.id,
    tenderId: bid.tenderId,
    organizationId: bid.organizationId,
    tenderOrganizationId: bid.tenderOrganizationId,
    offeringId: bid.offeringId,
    responses: a.responses,
    atRisk: a.atRisk,
    report: a.report,
    matchContext: a.matchContext,
    reliedAttestationIds: a.reliedAttestationIds,
    maxEvidenceAgeDays: a.maxEvidenceAgeDays,
    computedAt: new Date(),
  });
}

/**
 * A bid's stored answer as it stands now (for procurement's recompute): the responses and the
 * framework requirements were filled at bid time from the relied-on attestations then active. An
 * attested value whose attestation is no longer active (suspended, withdrawn, expired) counts as
 * the supplier's declared value and no longer cites it; a framework counts only while an active
 * relied-on attestation covers it. A reinstated attestation counts again.
 */
export function answerAsOfNow(
  answer: Pick<BidServiceLevelEntity, 'responses' | 'matchContext'>,
  attestations: ReliedAttestation[],
): Pick<BidServiceLevelEntity, 'responses' | 'matchContext'> {
  const active = attestations.filter((a) => a.active);
  const activeIds = new Set(active.map((a) => a.id));
  const activeFrameworks = new Set(active.flatMap((a) => a.frameworkIds));
  return {
    responses: answer.responses.map((r) =>
      r.source === 'attested' && !(r.attestationId && activeIds.has(r.attestationId)) ? { ...r, source: 'declared', attestationId: null } : r,
    ),
    matchContext: { ...answer.matchContext, attestedFrameworkIds: answer.matchContext.attestedFrameworkIds.filter((f) => activeFrameworks.has(f)) },
  };
}

/**
 * The attestations of these ids as they stand now (through `attestations_public`, the
 * attestations lib's read model: an attestation past its validity reads as expired; one whose
 * validity has not begun is not active yet), by id.
 */
export async function reliedAttestationsNow(em: EntityManager, ids: string[]): Promise<Map<string, ReliedAttestation>> {
  if (!ids.length) return new Map();
  const rows: { id: string; status: string; valid_from: Date; frameworks: { id: string }[] }[] = await em.query(
    'SELECT id, status, valid_from, frameworks FROM attestations_public($1::uuid[], NULL)',
    [[...new Set(ids)]],
  );
  const now = Date.now();
  // Attesting now: active, and its validity begun (one dated ahead attests nothing yet).
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, active: r.status === 'active' && new Date(r.valid_from).getTime() <= now, frameworkIds: r.frameworks.map((f) => f.id) },
    ]),
  );
}

/**
 * The service-level reports of these bids judged again against their relied-on attestations as
 * they stand now (`answerAsOfNow`) and the measured breaches last recorded; a report that changed
 * is saved. By bid id; bids without a service-level answer are absent.
 */
export async function rejudgeBids(em: EntityManager, bids: { id: string; attestations: ReliedAttestation[] }[]): Promise<Map<string, ServiceLevelReport>> {
  if (!bids.length) return new Map();
  const rows = await em.getRepository(BidServiceLevelEntity).find({ where: { bidId: In(bids.map((b) => b.id)) } });
  if (!rows.length) return new Map();
  const criteria = await tenderCriteriaOf(
    em,
    rows.map((r) => r.tenderId),
  );
  const relied = new Map(bids.map((b) => [b.id, b.attestations]));
  const out = new Map<string, ServiceLevelReport>();
  const changed: { bidId: string; report: ServiceLevelReport }[] = [];
  for (const row of rows) {
    const now = answerAsOfNow(row, relied.get(row.bidId) ?? []);
    const report = matchCriteria(criteria.get(row.tenderId) ?? [], now.responses, contextOf(now.matchContext, row.atRisk));
    out.set(row.bidId, report);
    if (!isDeepStrictEqual(report, row.report)) changed.push({ bidId: row.bidId, report });
  }
  if (changed.length)
    await em.query(
      `UPDATE bid_service_levels s SET report = v.report, computed_at = now() FROM jsonb_to_recordset($1::jsonb) AS v(bid_id uuid, report jsonb) WHERE s.bid_id = v.bid_id`,
      [JSON.stringify(changed.map((c) => ({ bid_id: c.bidId, report: c.report })))],
    );
  return out;
}

/** Attested objectives of the relied-on active attestations, else the declared ones of each component's latest profile. */
export async function offeredObjectives(
  em: EntityManager,
  offeringId: string,
  components: ComponentSummary[],
  attestations: ReliedAttestation[],
): Promise<OfferedObjective[]> {
  const category = new Map(components.map((c) => [c.id, c.serviceCategory as string | null]));
  const active = attestations.filter((a) => a.active).map((a) => a.id);
  const attested: { attestation_id: string; status: string; component_id: string; objective: Objective }[] = active.length
    ? await em.query('SELECT attestation_id, status, component_id, objective FROM service_levels_attested($1::uuid[])', [active])
    : [];
  const out: OfferedObjective[] = attested
    .filter((a) => a.status === 'active' && category.has(a.component_id))
    .map((a) => ({
      componentId: a.component_id,
      serviceCategory: category.get(a.component_id) ?? null,
      objectiveId: a.objective.id,
      metric: a.objective.metric,
      operator: a.objective.operator,
      target: a.objective.target,
      unit: a.objective.unit,
      source: 'attested' as const,
      attestationId: a.attestation_id,
      objective: a.objective,
    }));
  // Through service_levels_declared: the owner's, and a procurer's that received a bid on the offering (its conformity check).
  const profiles: { component_id: string; objectives: Objective[] }[] = await em.query('SELECT component_id, objectives FROM service_levels_declared($1)', [
    offeringId,
  ]);
  for (const p of profiles)
    for (const o of p.objectives) {
      if (out.some((x) => x.componentId === p.component_id && x.metric === o.metric)) continue;
      out.push({
        componentId: p.component_id,
        serviceCategory: category.get(p.component_id) ?? null,
        objectiveId: o.id,
        metric: o.metric,
        operator: o.operator,
        target: o.target,
        unit: o.unit,
        source: 'declared',
        attestationId: null,
        objective: o,
      });
    }
  return out;
}

/** Where a response's measured breaches are looked up: its component's windows of the objective's metric, ending on or after `since`. */
export type WindowsOf = (componentId: string, metric: string, since: Date | null) => Promise<MeasurementWindow[]>;

/** The responses whose objective measurements can put at risk, once per component and objective. */
function measurableObjectives(responses: RequirementResponse[]): { componentId: string; objective: Objective }[] {
  const seen = new Set<string>();
  const out: { componentId: string; objective: Objective }[] = [];
  for (const r of responses) {
    const o = r.objective;
    if (!o || !r.componentId || typeof o.target !== 'number') continue;
    const key = `${r.componentId}:${o.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ componentId: r.componentId, objective: o });
  }
  return out;
}

function evidenceCutoff(maxEvidenceAgeDays: number | null, now: Date): Date | null {
  return maxEvidenceAgeDays === null ? null : new Date(now.getTime() - maxEvidenceAgeDays * DAY);
}

/** The latest breach beyond tolerance, within the evidence age, of each relied-on numeric objective. */
export async function atRiskOf(
  em: EntityManager,
  responses: RequirementResponse[],
  maxEvidenceAgeDays: number | null,
  now: Date,
  windows: WindowsOf = (c, m, since) => windowsOf(em, c, m, since),
): Promise<AtRisk[]> {
  const out: AtRisk[] = [];
  const cutoff = evidenceCutoff(maxEvidenceAgeDays, now);
  for (const { componentId, objective: o } of measurableObjectives(responses)) {
    const periods = attainment(o, await windows(componentId, o.metric, cutoff));
    const breach = periods.filter((p) => p.breach).at(-1);
    if (breach)
      out.push({
        componentId,
        objectiveId: o.id,
        metric: o.metric,
        measured: breach.value,
        unit: o.unit,
        periodStart: breach.periodStart,
        periodEnd: breach.periodEnd,
      });
  }
  return out;
}

/**
 * The windows many answers need, read once per component and metric (from the oldest cut-off
 * any of them needs) and cut per answer in memory: judging a hundred bids reads no more than one.
 */
export async function sharedWindows(
  em: EntityManager,
  answers: { responses: RequirementResponse[]; maxEvidenceAgeDays: number | null }[],
  now: Date,
): Promise<WindowsOf> {
  const since = new Map<string, { componentId: string; metric: string; since: Date | null }>();
  for (const a of answers) {
    const cutoff = evidenceCutoff(a.maxEvidenceAgeDays, now);
    for (const { componentId, objective } of measurableObjectives(a.responses)) {
      const key = `${componentId}:${objective.metric}`;
      const known = since.get(key);
      const oldest = !known ? cutoff : known.since === null || cutoff === null ? null : cutoff < known.since ? cutoff : known.since;
      since.set(key, { componentId, metric: objective.metric, since: oldest });
    }
  }
  const loaded = new Map<string, MeasurementWindow[]>();
  for (const [key, s] of since) loaded.set(key, await windowsOf(em, s.componentId, s.metric, s.since));
  return async (componentId, metric, cutoff) => {
    const all = loaded.get(`${componentId}:${metric}`) ?? (await windowsOf(em, componentId, metric, cutoff));
    return cutoff === null ? all : all.filter((w) => w.periodEnd.getTime() >= cutoff.getTime());
  };
}

export async function windowsOf(em: EntityManager, componentId: string, metric: string, since: Date | null): Promise<MeasurementWindow[]> {
  const qb = em
    .getRepository(ServiceLevelMeasurementEntity)
    .createQueryBuilder('m')
    .where('m.componentId = :c AND m.metric = :k', { c: componentId, k: metric })
    .orderBy('m.periodStart', 'ASC');
  if (since) qb.andWhere('m.periodEnd >= :since', { since });
  const rows = await qb.getMany();
  if (!rows.length) return [];
  // Values are pushed in the metric's unit (validated against it), which an objective may state otherwise.
  const unit = await measuredUnit(em, rows[0]!.organizationId, metric);
  return rows.map((m) => ({ periodStart: m.periodStart, periodEnd: m.periodEnd, value: m.value, unit, sampleCount: m.sampleCount }));
}

/** The unit a metric's measurements are pushed in: a built-in's, or the measuring organization's own metric's. */
async function measuredUnit(em: EntityManager, organizationId: string, metric: string): Promise<UnitCode | null> {
  const builtIn = BUILT_IN_METRICS.find((m) => m.key === metric);
  if (builtIn) return builtIn.unit;
  return (await em.getRepository(ServiceLevelMetricEntity).findOne({ select: { unit: true }, where: { organizationId, key: metric } }))?.unit ?? null;
}

export async function tenantMetrics(em: EntityManager, organizationId: string): Promise<MetricDefinition[]> {
  return (await em.getRepository(ServiceLevelMetricEntity).find({ where: { organizationId }, order: { key: 'ASC' } })).map(toMetric);
}

export async function metricLookup(em: EntityManager, organizationId: string): Promise<MetricLookup> {
  const all = new Map([...BUILT_IN_METRICS, ...(await tenantMetrics(em, organizationId))].map((m) => [m.key, m]));
  return (key) => all.get(key);
}
export function contextOf(m: { attestedFrameworkIds: string[]; serviceLayers: string[] }, atRisk: AtRisk[]): MatchContext {
  return {
    attestedFrameworkIds: new Set(m.attestedFrameworkIds),
    serviceLayers: new Set(m.serviceLayers),
    atRisk: new Map(atRisk.map((r) => [`${r.componentId}:${r.objectiveId}`, r])),
  };
}

function collectFrameworkIds(input: unknown): string[] {
  const out: string[] = [];
  if (!Array.isArray(input)) return out;
  for (const c of input as { requirementGroups?: { requirements?: { frameworkId?: unknown }[] }[] }[])
    for (const g of Array.isArray(c?.requirementGroups) ? c.requirementGroups : [])
      for (const r of Array.isArray(g?.requirements) ? g.requirements : [])
        if (typeof r?.frameworkId === 'string' && UUID.test(r.frameworkId)) out.push(r.frameworkId);
  return out;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function toMetric(m: ServiceLevelMetricEntity): MetricDefinition {
  return {
    key: m.key,
    id: m.uri,
    name: m.name,
    definition: m.definition,
    valueType: m.valueType,
    unit: m.unit,
    expression: m.expression,
    parameters: m.parameters,
    rules: m.rules,
    underlyingMetrics: m.underlyingMetrics,
    higherIsBetter: m.higherIsBetter,
    builtIn: false,
  };
}
