/**
 * The service-level metric model of ISO/IEC 19086-2 (as NIST SP 500-307 describes it): a
 * metric has an identifier (URI), a name, a definition, a unit (UN/ECE Recommendation 20
 * code), an expression over parameters, rules (e.g. scheduled maintenance excluded) and the
 * underlying metrics it is computed from. The built-in vocabulary covers the service layers
 * this product is for; tenants add their own (`service_level_metrics`).
 */

/** UN/ECE Recommendation 20 codes used here: percent, fraction (one), second, minute, hour, day. */
export const UNIT_CODES = ['P1', 'C62', 'SEC', 'MIN', 'HUR', 'DAY'] as const;
export type UnitCode = (typeof UNIT_CODES)[number];

/** `number`: a quantity in a unit; `set`: a set of codes (e.g. countries); `text`: a literal (support hours). */
export type MetricValueType = 'number' | 'set' | 'text';

export interface MetricDefinition {
  /** Short key used in paths and objectives, e.g. `availability`. */
  key: string;
  /** The metric's identifier (URI). */
  id: string;
  name: string;
  definition: string;
  valueType: MetricValueType;
  /** UN/ECE Rec 20 code; null for sets and text. */
  unit: UnitCode | null;
  /** How the value is computed from its parameters. */
  expression: string | null;
  parameters: string[];
  rules: string[];
  /** URIs or keys of the metrics it is computed from. */
  underlyingMetrics: string[];
  /** For numbers: whether a higher value is better (availability) or lower (time to restore). */
  higherIsBetter: boolean | null;
  /** For sets: its codes are ISO 3166-1 alpha-2 countries (targets and expected values are checked). */
  countryCodes?: boolean;
  builtIn: boolean;
}

const uri = (key: string) => `urn:attesta:service-level-metric:${key}`;

function metric(m: Omit<MetricDefinition, 'id' | 'builtIn' | 'parameters' | 'underlyingMetrics' | 'expression'> & Partial<MetricDefinition>): MetricDefinition {
  return { id: uri(m.key), builtIn: true, parameters: [], underlyingMetrics: [], expression: null, ...m };
}

/** The built-in vocabulary: ICT service levels plus the declared model metrics of AI remote quality inspection. */
export const BUILT_IN_METRICS: readonly MetricDefinition[] = [
  metric({
    key: 'availability',
    name: 'Service availability',
    definition: 'Share of the observation period during which the service is usable by the customer.',
    valueType: 'number',
    unit: 'P1',
    expression: '(period - downtime) / period * 100',
    parameters: ['period', 'downtime'],
    rules: ['Scheduled maintenance announced at least 72 h ahead is excluded from downtime.'],
    underlyingMetrics: [uri('downtime')],
    higherIsBetter: true,
  }),
  metric({
    key: 'api_availability',
    name: 'API availability',
    definition: 'Share of API requests in the observation period answered without a server error.',
    valueType: 'number',
    unit: 'P1',
    expression: 'successful_requests / total_requests * 100',
    parameters: ['successful_requests', 'total_requests'],
    rules: ['Requests rejected for client errors (4xx) count as successful.'],
    higherIsBetter: true,
  }),
  metric({
    key: 'time_to_first_response',
    name: 'Time to first response',
    definition: 'Time from an incident report to the first response by qualified support staff, within support hours.',
    valueType: 'number',
    unit: 'MIN',
    rules: ['Counted within the declared support hours only.'],
    higherIsBetter: false,
  }),
  metric({
    key: 'time_to_restore',
    name: 'Time to restore service',
    definition: 'Time from the start of an incident to the restoration of the service.',
    valueType: 'number',
    unit: 'HUR',
    rules: ['Measured per incident; the aggregation over the period is the maximum unless stated.'],
    higherIsBetter: false,
  }),
  metric({
    key: 'rto',
    name: 'Recovery time objective',
    definition: 'Maximum time to recover the service after a disaster.',
    valueType: 'number',
    unit: 'HUR',
    rules: [],
    higherIsBetter: false,
  }),
  metric({
    key: 'rpo',
    name: 'Recovery point objective',
    definition: 'Maximum period of data loss after a disaster.',
    valueType: 'number',
    unit: 'HUR',
    rules: [],
    higherIsBetter: false,
  }),
  metric({
    key: 'support_hours',
    name: 'Support hours and time zone',
    definition: 'When support is staffed, e.g. "Mon-Fri 08:00-17:00 ICT".',
    valueType: 'text',
    unit: null,
    rules: [],
    higherIsBetter: null,
  }),
  metric({
    key: 'incident_notification_time',
    name: 'Incident notification time',
    definition: 'Time from detecting a security or personal-data incident to notifying the customer.',
    valueType: 'number',
    unit: 'HUR',
    rules: [],
    higherIsBetter: false,
  }),
  metric({
    key: 'data_residency',
    name: 'Data residency',
    definition: 'Countries (ISO 3166-1 alpha-2) where customer data is stored and processed.',
    valueType: 'set',
    unit: null,
    rules: ['Backups count as storage.'],
    higherIsBetter: null,
    countryCodes: true,
  }),
  metric({
    key: 'remote_technician_response_time',
    name: 'Remote technician response time',
    definition: 'Time from a service request to a remote technician connected to the machine.',
    valueType: 'number',
    unit: 'HUR',
    rules: [],
    higherIsBetter: false,
  }),
  metric({
    key: 'model_false_reject_rate',
    name: 'Inspection model false-reject rate',
    definition: 'Share of conforming parts the AI inspection model rejects, on the named validation set.',
    valueType: 'number',
    unit: 'P1',
    expression: 'false_rejects / conforming_parts * 100',
    parameters: ['false_rejects', 'conforming_parts', 'validation_set'],
    rules: ['Validation method: hold-out validation set named in the objective; not used in training.'],
    higherIsBetter: false,
  }),
  metric({
    key: 'model_false_accept_rate',
    name: 'Inspection model false-accept rate',
    definition: 'Share of nonconforming parts the AI inspection model accepts, on the named validation set.',
    valueType: 'number',
    unit: 'P1',
    expression: 'false_accepts / nonconforming_parts * 100',
    parameters: ['false_accepts', 'nonconforming_parts', 'validation_set'],
    rules: ['Validation method: hold-out validation set named in the objective; not used in training.'],
    higherIsBetter: false,
  }),
];

export const BUILT_IN_METRIC_KEYS: readonly string[] = BUILT_IN_METRICS.map((m) => m.key);
