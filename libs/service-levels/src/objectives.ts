import { isMarketCode } from '@attesta/core';
import type { FieldProblem, MetricLookup } from './criteria.js';
import { isUnitCode, OPERATORS, parsePeriod, quantityProblem, unitsCompatible, type Operator, type Value } from './matching.js';
import type { UnitCode } from './metrics.js';

export const AGGREGATIONS = ['mean', 'min', 'max', 'p95', 'sum', 'last'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/** A service-level objective: a metric, an operator and a target over an observation period, aggregated. */
export interface Objective {
  id: string;
  metric: string;
  operator: Operator;
  target: Value;
  unit: UnitCode | null;
  /** ISO 8601 duration, e.g. P1M. */
  period: string;
  aggregation: Aggregation;
  /** How far (in `unit`) a measured period may miss the target before a breach opens a finding draft. */
  tolerance: number;
  /** For model metrics: the named validation set (the validation method). */
  validationSet: string | null;
  note: string | null;
}

/**
 * Aggregations that judge a period by its best windows, by operator: a minimum met by the month's best
 * window (max) or by its 95th percentile (nearest rank, from the bottom: nearly the best) says
 * nothing about the rest of the month — availability "≥ 99.9 %" would hold through weeks at 50 %; a
 * maximum met by the fastest restore (min) likewise. An objective is a commitment for the period.
 */
const OPTIMISTIC: Partial<Record<Operator, readonly Aggregation[]>> = { '>=': ['max', 'p95'], '<=': ['min'] };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates objectives as given, naming every bad field; ids are assigned by the caller. */
export function parseObjectives(
  input: unknown,
  metricOf: MetricLookup,
  newId: () => string,
  base = 'objectives',
): { objectives: Objective[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const bad = (field: string, message: string) => problems.push({ field, message });
  const objectives: Objective[] = [];
  if (!Array.isArray(input) || !input.length) {
    bad(base, 'must list at least one objective');
    return { objectives, problems };
  }
  const seen = new Set<string>();
  input.forEach((o, i) => {
    const f = `${base}[${i}]`;
    if (!isObj(o)) return bad(f, 'must be an object');
    const metric = typeof o.metric === 'string' ? metricOf(o.metric) : undefined;
    if (!metric) return bad(`${f}.metric`, `unknown metric ${String(o.metric)}`);
    if (seen.has(metric.key)) bad(`${f}.metric`, `${metric.key} has two objectives in this profile`);
    seen.add(metric.key);
    const operator = o.operator as Operator;
    if (!OPERATORS.includes(operator)) bad(`${f}.operator`, `must be one of ${OPERATORS.join(', ')}`);
    let unit: UnitCode | null = metric.unit;
    if (o.unit !== undefined && o.unit !== null) {
      if (!isUnitCode(o.unit)) bad(`${f}.unit`, 'must be a UN/ECE Recommendation 20 code among P1, C62, SEC, MIN, HUR, DAY');
      else if (!metric.unit || !unitsCompatible(metric.unit, o.unit))
        bad(`${f}.unit`, `${o.unit} is incompatible with ${metric.key} (${metric.unit ?? 'no unit'})`);
      else unit = o.unit;
    }
    let target: Value | null = null;
    if (metric.valueType === 'number') {
      const problem = typeof o.target === 'number' && Number.isFinite(o.target) ? quantityProblem(o.target, unit) : `must be a number for ${metric.key}`;
      if (problem) bad(`${f}.target`, problem);
      else target = o.target as number;
      if (operator === 'in' || operator === 'includes') bad(`${f}.operator`, `${operator} is for sets; ${metric.key} is a number`);
    } else if (metric.valueType === 'set') {
      if (!Array.isArray(o.target) || !o.target.length || o.target.some((v) => typeof v !== 'string' || !v.trim()))
        bad(`${f}.target`, `must be a list of codes for ${metric.key}`);
      else {
        target = [...new Set((o.target as string[]).map((v) => v.trim().toUpperCase()))];
        const notCountries = metric.countryCodes ? target.filter((c) => !isMarketCode(c)) : [];
        if (notCountries.length)
          bad(`${f}.target`, `${notCountries.join(', ')} ${notCountries.length === 1 ? 'is' : 'are'} not ISO 3166-1 alpha-2 country codes`);
      }
    } else if (typeof o.target !== 'string' || !o.target.trim()) bad(`${f}.target`, `must be text for ${metric.key}`);
    else target = o.target.trim();
    const period = typeof o.period === 'string' ? o.period : 'P1M';
    if (o.period !== undefined && !parsePeriod(o.period)) bad(`${f}.period`, 'must be an ISO 8601 duration of some length, such as P1M or P30D');
    // By default the worst value where lower is better (a minimum on such a metric: the mean, as a maximum is not a commitment for it).
    const aggregation = (o.aggregation ?? (metric.higherIsBetter === false && operator !== '>=' ? 'max' : 'mean')) as Aggregation;
    if (!AGGREGATIONS.includes(aggregation)) bad(`${f}.aggregation`, `must be one of ${AGGREGATIONS.join(', ')}`);
    else if (OPTIMISTIC[operator]?.includes(aggregation))
      bad(
        `${f}.aggregation`,
        `${aggregation} judges a period by its best windows: "${operator} ${String(o.target)}" would hold with most of the period missing it; use ${operator === '>=' ? 'mean or min' : 'mean, max, p95 or sum'}`,
      );
    const tolerance = o.tolerance === undefined ? 0 : o.tolerance;
    if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) bad(`${f}.tolerance`, 'must be a number ≥ 0');
    else if (quantityProblem(tolerance, unit)) bad(`${f}.tolerance`, `${quantityProblem(tolerance, unit)} (${unit ?? 'no unit'})`);
    if (target === null) return;
    objectives.push({
      id: newId(),
      metric: metric.key,
      operator,
      target,
      unit,
      period,
      aggregation,
      tolerance: typeof tolerance === 'number' ? tolerance : 0,
      validationSet: typeof o.validationSet === 'string' && o.validationSet.trim() ? o.validationSet.trim() : null,
      note: typeof o.note === 'string' && o.note.trim() ? o.note.trim() : null,
    });
  });
  return { objectives, problems };
}
