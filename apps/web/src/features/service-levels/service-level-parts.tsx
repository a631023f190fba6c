import type { Schemas } from '../../api/client';
import { StatusBadge } from '../../components/StatusBadge';

export type Metric = Schemas['MetricDto'];
export type Objective = Schemas['ObjectiveDto'];
export type ObjectiveInput = Schemas['ObjectiveInputDto'];
export type Unit = NonNullable<Objective['unit']>;
export type Operator = Objective['operator'];
export type MatchResult = Schemas['RequirementMatchDto']['result'];

/** UN/ECE Recommendation 20 codes the API knows, in words. */
export const UNIT_LABEL: Record<Unit, string> = { P1: '%', C62: 'fraction', SEC: 's', MIN: 'min', HUR: 'h', DAY: 'days' };
export const OPERATOR_LABEL: Record<Operator, string> = { '>=': '≥', '<=': '≤', '=': '=', in: 'within', includes: 'includes' };
export const OPERATORS: Operator[] = ['>=', '<=', '=', 'in', 'includes'];

export function unitLabel(unit: Unit | null | undefined): string {
  return unit ? UNIT_LABEL[unit] : '';
}

/** A target or measured value with its unit: "99.9 %", "4 h", "VN, TH, SG". */
export function formatValue(value: number | string | string[] | null | undefined, unit?: Unit | null): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.join(', ');
  const u = unitLabel(unit);
  return u ? `${value} ${u}` : String(value);
}

/** A margin, signed: "+0.4 pp" for percent (percentage points), "+4 h", "−0.2 pp" when short. */
export function formatMargin(margin: number | null | undefined, unit: Unit | null | undefined): string {
  if (margin === null || margin === undefined || Number.isNaN(margin)) return '—';
  const rounded = Math.round(margin * 1000) / 1000;
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
  const u = unit === 'P1' ? 'pp' : unitLabel(unit);
  return `${sign}${Math.abs(rounded)}${u ? ` ${u}` : ''}`;
}

export function formatObjective(o: Pick<Objective, 'operator' | 'target' | 'unit'>): string {
  return `${OPERATOR_LABEL[o.operator]} ${formatValue(o.target, o.unit)}`;
}

const MATCH_LABEL: Record<MatchResult, string> = { met: 'met', not_met: 'not met', unknown: 'unknown' };
const MATCH_COLOR: Record<MatchResult, string> = { met: 'green', not_met: 'red', unknown: 'gray' };

export function MatchBadge({ result }: { result: MatchResult }) {
  return <StatusBadge color={MATCH_COLOR[result]}>{MATCH_LABEL[result]}</StatusBadge>;
}
