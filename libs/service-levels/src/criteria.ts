import {
  compare,
  durationInDays,
  isUnitCode,
  OPERATORS,
  parseDuration,
  parsePeriod,
  quantityProblem,
  unitsCompatible,
  type Match,
  type MatchResult,
  type Operator,
  type Value,
} from './matching.js';
import { isMarketCode } from '@attesta/core';
import type { MetricDefinition, UnitCode } from './metrics.js';
import type { Objective } from './objectives.js';

/**
 * Tender criteria in the shape of the OCDS requirements extension: criteria → requirement
 * groups (any of them) → requirements (all of them). A requirement is bound to a metric and a
 * service layer (a component category), or to a framework attestation. The OCDS fields
 * (`dataType`, `expectedValue`, `minValue`, `maxValue`, `period`) carry the threshold; the
 * extension fields (`metric`, `serviceLayer`, `unit`, `observationPeriod`, `expectedValues`,
 * `setOperator`, `attestedOnly`, `frameworkId`) say what it is measured on.
 */
export interface ServiceLevelRequirement {
  id: string;
  title: string | null;
  dataType: 'number' | 'string';
  /** The metric key (built-in or the tenant's). Null: a framework-attestation requirement. */
  metric: string | null;
  /** The component category (ServiceCategory) the requirement applies to; null: any component. */
  serviceLayer: string | null;
  /** A framework the offering must hold an active attestation for. */
  frameworkId: string | null;
  minValue: number | null;
  maxValue: number | null;
  expectedValue: number | string | null;
  /** For set metrics: the codes, with `in` (offered within them) or `includes` (offered contains them). */
  expectedValues: string[] | null;
  setOperator: 'in' | 'includes' | null;
  unit: UnitCode | null;
  /** ISO 8601 duration of the observation period the value is measured over, e.g. P1M. */
  observationPeriod: string | null;
  /** Only attested values count (a declared value does not meet it). */
  attestedOnly: boolean;
}

export interface RequirementGroup {
  id: string;
  description: string | null;
  requirements: ServiceLevelRequirement[];
}

export interface Criterion {
  id: string;
  title: string | null;
  description: string | null;
  requirementGroups: RequirementGroup[];
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** Metric look-up for validation: built-ins and the tenant's own. */
export type MetricLookup = (key: string) => MetricDefinition | undefined;

/** What criteria may name: metrics, frameworks the caller can use, and service layers (component categories). */
export interface CriteriaVocabulary {
  metricOf: MetricLookup;
  isFramework: (id: string) => boolean;
  serviceLayers: readonly string[];
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Parses criteria as given (our input, or `tender.criteria` of an OCDS release written by
 * `toOcdsCriteria`), naming every bad field. Nothing is stored unless this returns no problem.
 */
export function parseCriteria(input: unknown, vocabulary: CriteriaVocabulary, base = 'criteria'): { criteria: Criterion[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const bad = (field: string, message: string) => problems.push({ field, message });
  const criteria: Criterion[] = [];
  if (!Array.isArray(input)) {
    bad(base, 'must be a list of criteria');
    return { criteria, problems };
  }
  const ids = new Set<string>();
  const unique = (id: string | null, field: string) => {
    if (!id) return bad(field, 'must be a non-empty string');
    if (ids.has(id)) bad(field, `${id} is used twice (ids are unique within the tender)`);
    ids.add(id);
  };
  input.forEach((c, ci) => {
    const cf = `${base}[${ci}]`;
    if (!isObj(c)) return bad(cf, 'must be an object');
    const groupsIn = c.requirementGroups;
    unique(str(c.id) ?? (typeof c.id === 'number' ? String(c.id) : null), `${cf}.id`);
    if (!Array.isArray(groupsIn) || !groupsIn.length) return bad(`${cf}.requirementGroups`, 'must list at least one requirement group');
    const groups: RequirementGroup[] = [];
    groupsIn.forEach((g, gi) => {
      const gf = `${cf}.requirementGroups[${gi}]`;
      if (!isObj(g)) return bad(gf, 'must be an object');
      unique(str(g.id), `${gf}.id`);
      if (!Array.isArray(g.requirements) || !g.requirements.length) return bad(`${gf}.requirements`, 'must list at least one requirement');
      const reqs: ServiceLevelRequirement[] = [];
      g.requirements.forEach((r, ri) => {
        const parsed = parseRequirement(r, `${gf}.requirements[${ri}]`, vocabulary, bad);
        if (parsed) {
          unique(parsed.id, `${gf}.requirements[${ri}].id`);
          reqs.push(parsed);
        }
      });
      groups.push({ id: str(g.id) ?? '', description: str(g.description), requirements: reqs });
    });
    criteria.push({ id: str(c.id) ?? String(c.id), title: str(c.title), description: str(c.description), requirementGroups: groups });
  });
  return { criteria, problems };
}

function parseRequirement(
  r: unknown,
  f: string,
  { metricOf, isFramework, serviceLayers }: CriteriaVocabulary,
  bad: (field: string, message: string) => void,
): ServiceLevelRequirement | null {
  if (!isObj(r)) {
    bad(f, 'must be an object');
    return null;
  }
  const serviceLayer = str(r.serviceLayer);
  if (r.serviceLayer !== undefined && r.serviceLayer !== null && (!serviceLayer || !serviceLayers.includes(serviceLayer)))
    bad(`${f}.serviceLayer`, `must be one of ${serviceLayers.join(', ')}`);
  const metricKey = str(r.metric);
  const frameworkId = str(r.frameworkId);
  if (!metricKey && !frameworkId) bad(`${f}.metric`, 'name a metric (or a frameworkId for an attestation requirement)');
  if (metricKey && frameworkId) bad(`${f}.frameworkId`, 'a requirement is bound to a metric or to a framework, not both');
  if (frameworkId && !isFramework(frameworkId)) bad(`${f}.frameworkId`, `${frameworkId} is not a framework you can use`);
  const metric = metricKey ? metricOf(metricKey) : undefined;
  if (metricKey && !metric) bad(`${f}.metric`, `unknown metric ${metricKey}`);
  const unitIn = r.unit ?? null;
  let unit: UnitCode | null = null;
  if (unitIn !== null) {
    if (!isUnitCode(unitIn)) bad(`${f}.unit`, `must be a UN/ECE Recommendation 20 code among P1, C62, SEC, MIN, HUR, DAY`);
    else unit = unitIn;
  }
  if (metric?.unit && unit && !unitsCompatible(metric.unit, unit)) bad(`${f}.unit`, `${unit} is incompatible with ${metric.key} (measured in ${metric.unit})`);
  if (metric && !metric.unit && unit) bad(`${f}.unit`, `${metric.key} has no unit`);
  if (metric?.unit && !unit) unit = metric.unit;
  const minValue = r.minValue === undefined || r.minValue === null ? null : num(r.minValue);
  const maxValue = r.maxValue === undefined || r.maxValue === null ? null : num(r.maxValue);
  if (r.minValue !== undefined && r.minValue !== null && minValue === null) bad(`${f}.minValue`, 'must be a number');
  if (r.maxValue !== undefined && r.maxValue !== null && maxValue === null) bad(`${f}.maxValue`, 'must be a number');
  if (minValue !== null && maxValue !== null && minValue > maxValue) bad(`${f}.minValue`, `minValue ${minValue} is greater than maxValue ${maxValue}`);
  const expectedValue = typeof r.expectedValue === 'number' || typeof r.expectedValue === 'string' ? r.expectedValue : null;
  if (metric?.valueType === 'number') {
    const quantities = { minValue, maxValue, expectedValue: typeof expectedValue === 'number' ? expectedValue : null };
    for (const [key, value] of Object.entries(quantities)) {
      const problem = value === null ? null : quantityProblem(value, unit);
      if (problem) bad(`${f}.${key}`, `${problem} (${unit ?? 'no unit'})`);
    }
  }
  let expectedValues: string[] | null = null;
  if (r.expectedValues !== undefined && r.expectedValues !== null) {
    if (!Array.isArray(r.expectedValues) || !r.expectedValues.length || r.expectedValues.some((v) => typeof v !== 'string' || !v.trim()))
      bad(`${f}.expectedValues`, 'must be a non-empty list of codes');
    else {
      expectedValues = [...new Set((r.expectedValues as string[]).map((v) => v.trim().toUpperCase()))];
      const notCountries = metric?.countryCodes ? expectedValues.filter((c) => !isMarketCode(c)) : [];
      if (notCountries.length)
        bad(`${f}.expectedValues`, `${notCountries.join(', ')} ${notCountries.length === 1 ? 'is' : 'are'} not ISO 3166-1 alpha-2 country codes`);
    }
  }
  const setOperator = r.setOperator === 'in' || r.setOperator === 'includes' ? r.setOperator : null;
  if (r.setOperator !== undefined && r.setOperator !== null && !setOperator) bad(`${f}.setOperator`, 'must be in or includes');
  if (expectedValues && !setOperator) bad(`${f}.setOperator`, 'say whether the offered set must lie in (in) or contain (includes) expectedValues');
  if (metric?.valueType === 'set' && !expectedValues) bad(`${f}.expectedValues`, `${metric.key} is a set: give expectedValues`);
  if (metric?.valueType === 'number' && expectedValues) bad(`${f}.expectedValues`, `${metric.key} is a number: use minValue, maxValue or expectedValue`);
  if (metric?.valueType === 'number' && minValue === null && maxValue === null && typeof expectedValue !== 'number')
    bad(`${f}.minValue`, `give minValue, maxValue or a numeric expectedValue for ${metric.key}`);
  if (metric?.valueType === 'text' && typeof expectedValue !== 'string') bad(`${f}.expectedValue`, `${metric.key} is text: give expectedValue`);
  const observationPeriod = r.observationPeriod ?? null;
  if (observationPeriod !== null && !parsePeriod(observationPeriod))
    bad(`${f}.observationPeriod`, 'must be an ISO 8601 duration of some length, such as P1M or P30D');
  if (r.attestedOnly !== undefined && typeof r.attestedOnly !== 'boolean') bad(`${f}.attestedOnly`, 'must be a boolean');
  return {
    id: str(r.id) ?? '',
    title: str(r.title),
    dataType: metric?.valueType === 'number' ? 'number' : 'string',
    metric: metric?.key ?? metricKey,
    serviceLayer,
    frameworkId,
    minValue,
    maxValue,
    // An OCDS export mirrors a set into expectedValue (codes joined); the set itself is the value.
    expectedValue: expectedValues ? null : expectedValue,
    expectedValues,
    setOperator,
    unit,
    observationPeriod: typeof observationPeriod === 'string' ? observationPeriod : null,
    attestedOnly: r.attestedOnly === true,
  };
}

/** `tender.criteria` of an OCDS release (requirements extension; our binding in extension fields). */
export function toOcdsCriteria(criteria: Criterion[]): Record<string, unknown>[] {
  const opt = <T>(k: string, v: T | null) => (v === null || v === undefined ? {} : { [k]: v });
  return criteria.map((c) => ({
    id: c.id,
    ...opt('title', c.title),
    ...opt('description', c.description),
    relatesToTenderer: false,
    requirementGroups: c.requirementGroups.map((g) => ({
      id: g.id,
      ...opt('description', g.description),
      requirements: g.requirements.map((r) => {
        const d = r.observationPeriod ? parseDuration(r.observationPeriod) : null;
        return {
          id: r.id,
          ...opt('title', r.title),
          dataType: r.dataType,
          ...opt('minValue', r.minValue),
          ...opt('maxValue', r.maxValue),
          // OCDS has one expected value: a set is written as its codes joined (and kept whole in expectedValues).
          ...opt('expectedValue', r.expectedValue ?? (r.expectedValues ? r.expectedValues.join(',') : null)),
          ...(d ? { period: { durationInDays: Math.round(durationInDays(d)) } } : {}),
          ...opt('metric', r.metric),
          ...opt('serviceLayer', r.serviceLayer),
          ...opt('frameworkId', r.frameworkId),
          ...opt('unit', r.unit),
          ...opt('observationPeriod', r.observationPeriod),
          ...opt('expectedValues', r.expectedValues),
          ...opt('setOperator', r.setOperator),
          attestedOnly: r.attestedOnly,
        };
      }),
    })),
  }));
}

/** Where a response's value comes from. */
export type ResponseSource = 'attested' | 'declared' | 'measured';

/** A bid's answer to one requirement (OCDS `requirementResponses[]` plus where the value comes from). */
export interface RequirementResponse {
  id: string;
  requirement: { id: string; title?: string };
  value: Value | null;
  unit: UnitCode | null;
  source: ResponseSource | null;
  /** The offering component that answers it, the objective, the attestation that attests it. */
  componentId: string | null;
  objectiveId: string | null;
  attestationId: string | null;
  /** The objective's operator (a commitment "≥ 99.9" answers "≥ 99.5"; "≤" does not). */
  operator: Operator | null;
  /** The whole objective answered with (its period, aggregation and tolerance judge measurements). */
  objective: Objective | null;
}

export const SERVICE_LEVEL_REASONS = {
  no_value: { severity: 'blocking', description: 'No component of the service layer declares an objective for the metric.' },
  no_service_layer: { severity: 'blocking', description: 'The offering has no component in the service layer the requirement names.' },
  below_minimum: { severity: 'blocking', description: 'The value is below minValue.' },
  above_maximum: { severity: 'blocking', description: 'The value is above maxValue.' },
  not_expected_value: { severity: 'blocking', description: 'The value differs from expectedValue.' },
  outside_allowed_set: { severity: 'blocking', description: 'Offered codes lie outside the allowed set (setOperator in).' },
  missing_from_set: { severity: 'blocking', description: 'Required codes are missing from the offered set (setOperator includes).' },
  attested_value_required: { severity: 'blocking', description: 'The tender demands an attested value; this one is only declared.' },
  unit_incompatible: { severity: 'blocking', description: "The objective's unit cannot be converted to the requirement's." },
  operator_mismatch: { severity: 'blocking', description: "The objective's operator does not answer the requirement (e.g. a maximum for a minimum)." },
  period_mismatch: {
    severity: 'blocking',
    description:
      "The objective is judged over a longer observation period than the requirement's (a yearly mean allows a month far below it), or a sum over another one.",
  },
  framework_not_attested: { severity: 'blocking', description: 'No active relied-on attestation covers the framework.' },
  measured_breach: { severity: 'warning', description: 'Measurements within the evidence age breach the objective beyond its tolerance: the bid is at risk.' },
} as const satisfies Record<string, { severity: 'blocking' | 'warning'; description: string }>;

export type ServiceLevelReasonCode = keyof typeof SERVICE_LEVEL_REASONS;

export interface ServiceLevelReason {
  code: ServiceLevelReasonCode;
  severity: 'blocking' | 'warning';
  message: string;
  expected?: Value | null;
  actual?: Value | null;
}

/** A measured breach that puts a relied-on objective at risk. */
export interface AtRisk {
  componentId: string;
  objectiveId: string;
  metric: string;
  measured: number;
  unit: UnitCode | null;
  periodStart: string;
  periodEnd: string;
}

export interface RequirementMatch {
  requirementId: string;
  title: string | null;
  metric: string | null;
  serviceLayer: string | null;
  result: MatchResult;
  margin: number | null;
  marginUnit: UnitCode | null;
  value: Value | null;
  source: ResponseSource | null;
  componentId: string | null;
  atRisk: AtRisk | null;
  reasons: ServiceLevelReason[];
}

export interface GroupMatch {
  groupId: string;
  result: MatchResult;
  requirements: RequirementMatch[];
}

export interface CriterionMatch {
  criterionId: string;
  title: string | null;
  result: MatchResult;
  /** The first met group (or null). */
  metByGroup: string | null;
  groups: GroupMatch[];
}

export interface ServiceLevelReport {
  result: MatchResult;
  atRisk: boolean;
  criteria: CriterionMatch[];
}

function reason(code: ServiceLevelReasonCode, message: string, expected?: Value | null, actual?: Value | null): ServiceLevelReason {
  const out: ServiceLevelReason = { code, severity: SERVICE_LEVEL_REASONS[code].severity, message };
  if (expected !== undefined) out.expected = expected;
  if (actual !== undefined) out.actual = actual;
  return out;
}

/** The thresholds a requirement puts on a number (both bounds of a range), a text or a set. */
export function thresholdsOf(r: ServiceLevelRequirement): { operator: Operator; target: Value; unit: UnitCode | null }[] {
  const out: { operator: Operator; target: Value; unit: UnitCode | null }[] = [];
  if (r.expectedValues && r.setOperator) out.push({ operator: r.setOperator, target: r.expectedValues, unit: null });
  else {
    if (r.minValue !== null) out.push({ operator: '>=', target: r.minValue, unit: r.unit });
    if (r.maxValue !== null) out.push({ operator: '<=', target: r.maxValue, unit: r.unit });
    if (r.expectedValue !== null) out.push({ operator: '=', target: r.expectedValue, unit: typeof r.expectedValue === 'number' ? r.unit : null });
  }
  return out;
}

/**
 * Does an objective's commitment answer the threshold? ≥ answers ≥, ≤ answers ≤, = answers
 * either. For sets the direction matters: "in X" (the offered set lies within X) answers "in";
 * "includes X" (it contains X) answers "includes". "includes X" never promises the set stays
 * within anything, and "in X" promises containing nothing — except "in" one code, which (data is
 * kept somewhere) is exactly that code, so it answers "includes" too.
 */
function operatorAnswers(objective: Operator | null, value: Value, threshold: Operator): boolean {
  if (objective === null || objective === '=') return true;
  if (threshold === '>=') return objective === '>=';
  if (threshold === '<=') return objective === '<=';
  if (threshold === 'in') return objective === 'in';
  if (threshold === 'includes') return objective === 'includes' || (objective === 'in' && Array.isArray(value) && value.length === 1);
  return false;
}

/**
 * Why the objective's observation period does not answer the requirement's, or null. An
 * objective met over every shorter period is met over the longer one (a mean, a minimum, a
 * maximum, a 95th percentile of each month holds for the year), not the other way round: an
 * objective judged over a longer period than the requirement's does not answer it. A sum only
 * answers over the same period.
 */
function periodProblem(r: ServiceLevelRequirement, resp: RequirementResponse): string | null {
  const asked = r.observationPeriod ? parseDuration(r.observationPeriod) : null;
  const objective = resp.objective;
  const given = objective ? parseDuration(objective.period) : null;
  if (!asked || !given || !objective || typeof resp.value !== 'number') return null;
  const [a, g] = [durationInDays(asked), durationInDays(given)];
  if (objective.aggregation === 'sum' ? Math.abs(g - a) > 1e-9 : g > a + 1e-9)
    return `the objective is judged ${objective.aggregation === 'sum' ? 'as a sum ' : ''}over ${objective.period}, the requirement asks over ${r.observationPeriod}`;
  return null;
}

/** One requirement against its response. Pure. */
export function matchRequirement(r: ServiceLevelRequirement, resp: RequirementResponse | undefined, ctx: MatchContext): RequirementMatch {
  const base = { requirementId: r.id, title: r.title, metric: r.metric, serviceLayer: r.serviceLayer };
  if (r.frameworkId) {
    const ok = ctx.attestedFrameworkIds.has(r.frameworkId);
    return {
      ...base,
      result: ok ? 'met' : 'not_met',
      margin: null,
      marginUnit: null,
      value: ok ? r.frameworkId : null,
      source: ok ? 'attested' : null,
      componentId: null,
      atRisk: null,
      reasons: ok ? [] : [reason('framework_not_attested', `no active attestation covers ${r.frameworkId}`, r.frameworkId, null)],
    };
  }
  if (!resp || resp.value === null) {
    const noLayer = r.serviceLayer !== null && !ctx.serviceLayers.has(r.serviceLayer);
    return {
      ...base,
      result: noLayer ? 'not_met' : 'unknown',
      margin: null,
      marginUnit: null,
      value: null,
      source: null,
      componentId: null,
      atRisk: null,
      reasons: [
        noLayer
          ? reason('no_service_layer', `the offering has no ${r.serviceLayer} component`, r.serviceLayer, null)
          : reason('no_value', `no objective for ${r.metric}${r.serviceLayer ? ` on the ${r.serviceLayer} layer` : ''}`, null, null),
      ],
    };
  }
  const reasons: ServiceLevelReason[] = [];
  let result: MatchResult = 'met';
  let margin: number | null = null;
  let marginUnit: UnitCode | null = null;
  const period = periodProblem(r, resp);
  if (period) {
    result = 'not_met';
    reasons.push(reason('period_mismatch', period, r.observationPeriod, resp.objective?.period ?? null));
  }
  for (const t of thresholdsOf(r)) {
    const m: Match = compare(resp.value, resp.unit, t);
    if (m.result !== 'unknown' && !operatorAnswers(resp.operator, resp.value, t.operator)) {
      result = 'not_met';
      reasons.push(
        reason(
          'operator_mismatch',
          `the objective commits ${resp.operator} ${String(resp.value)}, the requirement asks ${t.operator} ${String(t.target)}`,
          t.target,
          resp.value,
        ),
      );
      continue;
    }
    if (m.margin !== null && (margin === null || m.margin < margin)) {
      margin = m.margin;
      marginUnit = m.marginUnit;
    }
    if (m.result === 'unknown') {
      if (result === 'met') result = 'unknown';
      if (m.why === 'unit_incompatible')
        reasons.push(reason('unit_incompatible', `${resp.unit ?? 'no unit'} cannot be compared with ${t.unit ?? 'no unit'}`, t.unit, resp.unit));
    } else if (m.result === 'not_met') {
      result = 'not_met';
      const code: ServiceLevelReasonCode =
        t.operator === '>='
          ? 'below_minimum'
          : t.operator === '<='
            ? 'above_maximum'
            : t.operator === 'in'
              ? 'outside_allowed_set'
              : t.operator === 'includes'
                ? 'missing_from_set'
                : 'not_expected_value';
      const shown = m.difference ? m.difference.join(', ') : String(resp.value);
      reasons.push(
        reason(
          code,
          `${r.metric}: ${shown} does not satisfy ${t.operator} ${Array.isArray(t.target) ? t.target.join(', ') : String(t.target)}`,
          t.target,
          m.difference ?? resp.value,
        ),
      );
    }
  }
  if (r.attestedOnly && resp.source !== 'attested') {
    result = 'not_met';
    reasons.push(reason('attested_value_required', `the value is ${resp.source ?? 'missing'}, the tender demands an attested value`, 'attested', resp.source));
  }
  const risk = resp.componentId && resp.objectiveId ? (ctx.atRisk.get(`${resp.componentId}:${resp.objectiveId}`) ?? null) : null;
  if (risk)
    reasons.push(
      reason(
        'measured_breach',
        `measured ${risk.measured}${risk.unit ? ` ${risk.unit}` : ''} for ${risk.periodStart} – ${risk.periodEnd}`,
        resp.value,
        risk.measured,
      ),
    );
  // Properties written out: an object spread here was the matcher's hot spot (V8's slow path, ~50 µs a call).
  return {
    requirementId: r.id,
    title: r.title,
    metric: r.metric,
    serviceLayer: r.serviceLayer,
    result,
    margin,
    marginUnit,
    value: resp.value,
    source: resp.source,
    componentId: resp.componentId,
    atRisk: risk,
    reasons,
  };
}

export interface MatchContext {
  /** Frameworks covered by an active relied-on attestation. */
  attestedFrameworkIds: Set<string>;
  /** Service categories of the offering's components. */
  serviceLayers: Set<string>;
  /** Breaches beyond tolerance by `componentId:objectiveId`. */
  atRisk: Map<string, AtRisk>;
}

const rank: Record<MatchResult, number> = { met: 2, unknown: 1, not_met: 0 };

/** Criteria against a bid's responses: a group is met when all its requirements are, a criterion when any group is. */
export function matchCriteria(criteria: Criterion[], responses: RequirementResponse[], ctx: MatchContext): ServiceLevelReport {
  const byReq = new Map(responses.map((r) => [r.requirement.id, r]));
  const out: CriterionMatch[] = criteria.map((c) => {
    const groups = c.requirementGroups.map((g): GroupMatch => {
      const requirements = g.requirements.map((r) => matchRequirement(r, byReq.get(r.id), ctx));
      const result = requirements.reduce<MatchResult>((acc, r) => (rank[r.result] < rank[acc] ? r.result : acc), 'met');
      return { groupId: g.id, result, requirements };
    });
    const best = groups.reduce<MatchResult>((acc, g) => (rank[g.result] > rank[acc] ? g.result : acc), 'not_met');
    return { criterionId: c.id, title: c.title, result: best, metByGroup: groups.find((g) => g.result === 'met')?.groupId ?? null, groups };
  });
  const result = out.reduce<MatchResult>((acc, c) => (rank[c.result] < rank[acc] ? c.result : acc), 'met');
  const atRisk = out.some((c) => c.groups.some((g) => g.requirements.some((r) => r.atRisk)));
  return { result, atRisk, criteria: out };
}

export { OPERATORS };

/** An objective an offering's component offers, attested (in a relied-on attestation) or declared (its current profile). */
export interface OfferedObjective {
  componentId: string;
  serviceCategory: string | null;
  objectiveId: string;
  metric: string;
  operator: Operator;
  target: Value;
  unit: UnitCode | null;
  source: 'attested' | 'declared';
  attestationId: string | null;
  objective: Objective;
}

/**
 * A bid's `requirementResponses`, filled from what the offering offers: per metric
 * requirement, an attested objective of a component in the service layer if there is one,
 * else a declared one. A supplier cannot type an attested value in: responses come from here.
 */
export function buildResponses(criteria: Criterion[], offered: OfferedObjective[]): RequirementResponse[] {
  const out: RequirementResponse[] = [];
  for (const c of criteria)
    for (const g of c.requirementGroups)
      for (const r of g.requirements) {
        if (!r.metric) continue;
        const fits = offered.filter((o) => o.metric === r.metric && (r.serviceLayer === null || o.serviceCategory === r.serviceLayer));
        const chosen = fits.find((o) => o.source === 'attested') ?? fits[0];
        out.push({
          id: `${r.id}-response`,
          requirement: r.title ? { id: r.id, title: r.title } : { id: r.id },
          value: chosen?.target ?? null,
          unit: chosen?.unit ?? null,
          source: chosen?.source ?? null,
          componentId: chosen?.componentId ?? null,
          objectiveId: chosen?.objectiveId ?? null,
          attestationId: chosen?.attestationId ?? null,
          operator: chosen?.operator ?? null,
          objective: chosen?.objective ?? null,
        });
      }
  return out;
}
