import { useMemo } from 'react';
import type { Schemas } from '../../api/client';
import { formatList, formatNumber } from '../../components/format';
import { StatusBadge } from '../../components/StatusBadge';
import { messageId, useT, type MessageId } from '../../i18n';

export type Metric = Schemas['MetricDto'];
export type Objective = Schemas['ObjectiveDto'];
export type ObjectiveInput = Schemas['ObjectiveInputDto'];
export type Unit = NonNullable<Objective['unit']>;
export type ServiceLayer = NonNullable<Schemas['ServiceLevelRequirementDto']['serviceLayer']>;
export type Operator = Objective['operator'];
export type MatchResult = Schemas['RequirementMatchDto']['result'];
export type Aggregation = NonNullable<Objective['aggregation']>;

/** UN/ECE Recommendation 20 codes the API knows, by their short name in the reader's language. */
export const UNITS: Unit[] = ['P1', 'C62', 'SEC', 'MIN', 'HUR', 'DAY'];
const UNIT_NAME: Record<Unit, MessageId> = {
  P1: messageId('serviceLevels.unit.P1'),
  C62: messageId('serviceLevels.unit.C62'),
  SEC: messageId('serviceLevels.unit.SEC'),
  MIN: messageId('serviceLevels.unit.MIN'),
  HUR: messageId('serviceLevels.unit.HUR'),
  DAY: messageId('serviceLevels.unit.DAY'),
};
/** A value with its unit ("99.9 %", "4 h"); the day count takes its plural. */
const UNIT_VALUE: Record<Unit, MessageId> = {
  P1: messageId('serviceLevels.unitValue.P1'),
  C62: messageId('serviceLevels.unitValue.C62'),
  SEC: messageId('serviceLevels.unitValue.SEC'),
  MIN: messageId('serviceLevels.unitValue.MIN'),
  HUR: messageId('serviceLevels.unitValue.HUR'),
  DAY: messageId('serviceLevels.unitValue.DAY'),
};

export const OPERATORS: Operator[] = ['>=', '<=', '=', 'in', 'includes'];
const OPERATOR_NAME: Record<Operator, MessageId> = {
  '>=': messageId('serviceLevels.operator.gte'),
  '<=': messageId('serviceLevels.operator.lte'),
  '=': messageId('serviceLevels.operator.eq'),
  in: messageId('serviceLevels.operator.in'),
  includes: messageId('serviceLevels.operator.includes'),
};
/** Comparisons read as their mathematical sign in every language; set operators in words. */
const SIGN: Partial<Record<Operator, string>> = { '>=': '≥', '<=': '≤', '=': '=' };
const SET_OBJECTIVE: Record<'in' | 'includes', MessageId> = {
  in: messageId('serviceLevels.objective.in'),
  includes: messageId('serviceLevels.objective.includes'),
};

export const AGGREGATION: Record<Aggregation, MessageId> = {
  mean: messageId('serviceLevels.aggregation.mean'),
  min: messageId('serviceLevels.aggregation.min'),
  max: messageId('serviceLevels.aggregation.max'),
  p95: messageId('serviceLevels.aggregation.p95'),
  sum: messageId('serviceLevels.aggregation.sum'),
  last: messageId('serviceLevels.aggregation.last'),
};

/** The component categories a service-level criterion applies to (the API may add more: those read as their code). */
const SERVICE_LAYER: Record<ServiceLayer, MessageId> = {
  remote_quality_inspection: messageId('serviceLevels.serviceLayer.remote_quality_inspection'),
  cloud_om: messageId('serviceLevels.serviceLayer.cloud_om'),
  warehouse_saas: messageId('serviceLevels.serviceLayer.warehouse_saas'),
  predictive_maintenance: messageId('serviceLevels.serviceLayer.predictive_maintenance'),
  remote_commissioning: messageId('serviceLevels.serviceLayer.remote_commissioning'),
  other: messageId('serviceLevels.serviceLayer.other'),
};
export const SERVICE_LAYERS = Object.keys(SERVICE_LAYER) as ServiceLayer[];
const isServiceLayer = (v: string): v is ServiceLayer => Object.prototype.hasOwnProperty.call(SERVICE_LAYER, v);
export const serviceLayerOf = (v: string | null): ServiceLayer | null => (v !== null && isServiceLayer(v) ? v : null);

/** Rounded to three decimals, in the reader's notation. */
const number = (n: number) => formatNumber(Math.round(n * 1000) / 1000, { maximumFractionDigits: 3 });

/**
 * Service-level values in the reader's language: units, targets ("≥ 99.9 %"), margins
 * ("+0.4 pp" for percent, in percentage points), lists of codes ("VN, TH and SG").
 */
export function useServiceLevelWords() {
  const t = useT();
  return useMemo(() => {
    const unitName = (unit: Unit | null | undefined): string => (unit && UNIT_NAME[unit] ? t(UNIT_NAME[unit]) : '');
    const withUnit = (shown: string, n: number, unit: Unit | null | undefined): string =>
      unit && UNIT_VALUE[unit] ? t(UNIT_VALUE[unit], { value: shown, count: n }) : shown;
    const value = (v: number | string | string[] | null | undefined, unit?: Unit | null): string => {
      if (v === null || v === undefined) return '—';
      if (Array.isArray(v)) return formatList(v);
      if (typeof v === 'number') return withUnit(number(v), v, unit);
      return unit ? withUnit(v, Number(v), unit) : v;
    };
    const margin = (m: number | null | undefined, unit: Unit | null | undefined): string => {
      if (m === null || m === undefined || Number.isNaN(m)) return '—';
      const rounded = Math.round(m * 1000) / 1000;
      const signed = `${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${number(Math.abs(rounded))}`;
      if (unit === 'P1') return t('serviceLevels.margin.points', { value: signed });
      return withUnit(signed, Math.abs(rounded), unit);
    };
    const objective = (o: Pick<Objective, 'operator' | 'target'> & { unit?: Objective['unit'] }): string => {
      const shown = value(o.target, o.unit);
      return o.operator === 'in' || o.operator === 'includes' ? t(SET_OBJECTIVE[o.operator], { value: shown }) : `${SIGN[o.operator]} ${shown}`;
    };
    const operatorName = (op: Operator): string => t(OPERATOR_NAME[op]);
    const serviceLayer = (code: string | null | undefined): string => (code ? (isServiceLayer(code) ? t(SERVICE_LAYER[code]) : code) : '—');
    return { unitName, value, margin, objective, operatorName, serviceLayer };
  }, [t]);
}

const MATCH_LABEL: Record<MatchResult, MessageId> = {
  met: messageId('serviceLevels.match.met'),
  not_met: messageId('serviceLevels.match.not_met'),
  unknown: messageId('serviceLevels.match.unknown'),
};
const MATCH_COLOR: Record<MatchResult, string> = { met: 'green', not_met: 'red', unknown: 'gray' };

export function MatchBadge({ result }: { result: MatchResult }) {
  const t = useT();
  return <StatusBadge color={MATCH_COLOR[result]}>{t(MATCH_LABEL[result])}</StatusBadge>;
}

type ReasonCode = Schemas['ServiceLevelReasonDto']['code'];
const REASON: Record<ReasonCode, MessageId> = {
  no_value: messageId('serviceLevels.reason.no_value'),
  no_service_layer: messageId('serviceLevels.reason.no_service_layer'),
  below_minimum: messageId('serviceLevels.reason.below_minimum'),
  above_maximum: messageId('serviceLevels.reason.above_maximum'),
  not_expected_value: messageId('serviceLevels.reason.not_expected_value'),
  outside_allowed_set: messageId('serviceLevels.reason.outside_allowed_set'),
  missing_from_set: messageId('serviceLevels.reason.missing_from_set'),
  attested_value_required: messageId('serviceLevels.reason.attested_value_required'),
  unit_incompatible: messageId('serviceLevels.reason.unit_incompatible'),
  operator_mismatch: messageId('serviceLevels.reason.operator_mismatch'),
  period_mismatch: messageId('serviceLevels.reason.period_mismatch'),
  framework_not_attested: messageId('serviceLevels.reason.framework_not_attested'),
  measured_breach: messageId('serviceLevels.reason.measured_breach'),
};

/** A service-level reason in the reader's language, from its code (a code the portal does not know yet reads as the API's text). */
export function useReasonText(): (reason: { code: string; message: string }) => string {
  const t = useT();
  return (reason) => {
    const id = REASON[reason.code as ReasonCode] as MessageId | undefined;
    return id ? t(id) : reason.message;
  };
}
