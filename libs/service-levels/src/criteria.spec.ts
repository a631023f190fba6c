import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildResponses, matchCriteria, parseCriteria, toOcdsCriteria, type CriteriaVocabulary, type OfferedObjective } from './criteria.js';
import { BUILT_IN_METRICS } from './metrics.js';

const metricOf = (k: string) => BUILT_IN_METRICS.find((m) => m.key === k);
const FRAMEWORK = '019a0000-0000-7000-8000-000000000001';
const vocabulary = (isFramework: (id: string) => boolean = () => true): CriteriaVocabulary => ({
  metricOf,
  isFramework,
  serviceLayers: ['predictive_maintenance', 'cloud_om'],
});
const input = [
  {
    id: 'pm-saas',
    title: 'Predictive-maintenance SaaS',
    requirementGroups: [
      {
        id: 'hosted',
        requirements: [
          { id: 'avail', metric: 'availability', serviceLayer: 'predictive_maintenance', minValue: 99.5, observationPeriod: 'P1M' },
          { id: 'restore', metric: 'time_to_restore', serviceLayer: 'predictive_maintenance', maxValue: 480, unit: 'MIN' },
          {
            id: 'residency',
            metric: 'data_residency',
            serviceLayer: 'predictive_maintenance',
            expectedValues: ['TH'],
            setOperator: 'includes',
            attestedOnly: true,
          },
        ],
      },
      { id: 'framework', requirements: [{ id: 'iso', frameworkId: FRAMEWORK }] },
    ],
  },
];

describe('parseCriteria', () => {
  it('names every bad field', () => {
    const bad = [
      {
        id: 'c',
        requirementGroups: [
          {
            id: 'g',
            requirements: [
              { id: 'r1', metric: 'uptime', minValue: 1 },
              { id: 'r2', metric: 'availability', minValue: 99.9, maxValue: 99.5 },
              { id: 'r3', metric: 'availability', minValue: 99, unit: 'HUR' },
              { id: 'r4', metric: 'availability', minValue: 99, observationPeriod: 'monthly' },
            ],
          },
        ],
      },
    ];
    const { problems } = parseCriteria(bad, vocabulary());
    expect(problems.map((p) => p.field)).toEqual([
      'criteria[0].requirementGroups[0].requirements[0].metric',
      'criteria[0].requirementGroups[0].requirements[1].minValue',
      'criteria[0].requirementGroups[0].requirements[2].unit',
      'criteria[0].requirementGroups[0].requirements[3].observationPeriod',
    ]);
  });

  it('exports OCDS criteria that validate against the requirements extension and re-import to the same criteria', () => {
    const { criteria, problems } = parseCriteria(
      input,
      vocabulary((id) => id === FRAMEWORK),
    );
    expect(problems).toEqual([]);
    const ocds = toOcdsCriteria(criteria);
    const ext = JSON.parse(readFileSync(new URL('../../../../shared/data/ocds/requirements-extension-release-schema.json', import.meta.url), 'utf8')) as {
      definitions: Record<string, unknown>;
    };
    // The extension's Period refers to the OCDS release schema's; its fields as OCDS 1.1 defines them.
    const period = {
      type: 'object',
      properties: { startDate: { type: 'string' }, endDate: { type: 'string' }, durationInDays: { type: ['integer', 'null'] } },
    };
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile({ definitions: { ...ext.definitions, Period: period }, $ref: '#/definitions/Tender' });
    expect(validate({ criteria: ocds }), JSON.stringify(validate.errors)).toBe(true);
    expect((ocds[0]!.requirementGroups as { requirements: { period?: unknown }[] }[])[0]!.requirements[0]!.period).toEqual({ durationInDays: 30 });
    const again = parseCriteria(
      JSON.parse(JSON.stringify(ocds)),
      vocabulary((id) => id === FRAMEWORK),
    );
    expect(again.problems).toEqual([]);
    expect(again.criteria).toEqual(criteria);
  });

  const one = (requirement: Record<string, unknown>) => [{ id: 'c', requirementGroups: [{ id: 'g', requirements: [{ id: 'r', ...requirement }] }] }];

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ['neither a metric nor a framework', {}, 'metric', /name a metric/],
    ['both a metric and a framework', { metric: 'availability', minValue: 99, frameworkId: FRAMEWORK }, 'frameworkId', /not both/],
    ['a framework the buyer cannot use', { frameworkId: '019a0000-0000-7000-8000-0000000000ff' }, 'frameworkId', /not a framework/],
    ['a unit outside the codes', { metric: 'availability', minValue: 99, unit: '%' }, 'unit', /UN\/ECE/],
    ['a unit on a metric without one', { metric: 'data_residency', expectedValues: ['TH'], setOperator: 'in', unit: 'P1' }, 'unit', /has no unit/],
    ['a set without its operator', { metric: 'data_residency', expectedValues: ['TH'] }, 'setOperator', /lie in \(in\) or contain \(includes\)/],
    [
      'residency in a code that is no country',
      { metric: 'data_residency', expectedValues: ['th', 'XX'], setOperator: 'in' },
      'expectedValues',
      /XX is not ISO 3166-1/,
    ],
    ['a set metric without expectedValues', { metric: 'data_residency', expectedValue: 'TH' }, 'expectedValues', /is a set/],
    ['a number metric with a set', { metric: 'availability', minValue: 99, expectedValues: ['X'], setOperator: 'in' }, 'expectedValues', /is a number/],
    ['a number metric without a threshold', { metric: 'availability' }, 'minValue', /give minValue, maxValue or a numeric expectedValue/],
    ['a text metric without expectedValue', { metric: 'support_hours' }, 'expectedValue', /is text/],
    ['a non-boolean attestedOnly', { metric: 'availability', minValue: 99, attestedOnly: 'yes' }, 'attestedOnly', /boolean/],
    [
      'a service layer no component can have',
      { metric: 'availability', minValue: 99, serviceLayer: 'mainframe' },
      'serviceLayer',
      /must be one of predictive_maintenance, cloud_om/,
    ],
    ['an empty service layer', { metric: 'availability', minValue: 99, serviceLayer: ' ' }, 'serviceLayer', /must be one of/],
    ['a percentage above 100', { metric: 'availability', minValue: 150 }, 'minValue', /between 0 and 100 \(P1\)/],
    ['a negative percentage', { metric: 'model_false_reject_rate', maxValue: -1 }, 'maxValue', /between 0 and 100/],
    ['a fraction above 1', { metric: 'availability', minValue: 99.5, unit: 'C62' }, 'minValue', /fraction lies between 0 and 1/],
    ['a negative time', { metric: 'time_to_restore', expectedValue: -4 }, 'expectedValue', /must not be negative \(HUR\)/],
    ['an observation period of no length', { metric: 'availability', minValue: 99, observationPeriod: 'P0D' }, 'observationPeriod', /of some length/],
    ['an observation period of zero seconds', { metric: 'availability', minValue: 99, observationPeriod: 'PT0S' }, 'observationPeriod', /of some length/],
  ])('refuses a requirement with %s', (_name, requirement, field, message) => {
    const { problems } = parseCriteria(
      one(requirement),
      vocabulary((id) => id === FRAMEWORK),
    );
    expect(problems.map((p) => p.field)).toEqual([`criteria[0].requirementGroups[0].requirements[0].${field}`]);
    expect(problems[0]!.message).toMatch(message);
  });

  it('accepts a range of one value (minValue equal to maxValue) and gives a unitless bound the metric unit', () => {
    const { criteria, problems } = parseCriteria(one({ metric: 'availability', minValue: 99.5, maxValue: 99.5 }), vocabulary());
    expect(problems).toEqual([]);
    expect(criteria[0]!.requirementGroups[0]!.requirements[0]).toMatchObject({ minValue: 99.5, maxValue: 99.5, unit: 'P1', dataType: 'number' });
  });

  it('refuses an id used twice within the tender, for a criterion, a group or a requirement alike', () => {
    const req = (id: string) => ({ id, metric: 'availability', minValue: 99 });
    const { problems } = parseCriteria(
      [
        { id: 'a', requirementGroups: [{ id: 'g', requirements: [req('r'), req('r')] }] },
        { id: 'a', requirementGroups: [{ id: 'r', requirements: [req('s')] }] },
      ],
      vocabulary(),
    );
    expect(problems.map((p) => p.field)).toEqual([
      'criteria[0].requirementGroups[0].requirements[1].id',
      'criteria[1].id',
      'criteria[1].requirementGroups[0].id',
    ]);
  });

  it('refuses a criterion without requirement groups and a group without requirements', () => {
    const { problems } = parseCriteria(
      [
        { id: 'a', requirementGroups: [] },
        { id: 'b', requirementGroups: [{ id: 'g', requirements: [] }] },
      ],
      vocabulary(),
    );
    expect(problems.map((p) => p.field)).toEqual(['criteria[0].requirementGroups', 'criteria[1].requirementGroups[0].requirements']);
  });
});

describe('matchCriteria', () => {
  const { criteria } = parseCriteria(input, vocabulary());
  const objective = (
    metric: string,
    operator: OfferedObjective['operator'],
    target: OfferedObjective['target'],
    unit: OfferedObjective['unit'],
    source: 'attested' | 'declared',
  ): OfferedObjective => ({
    componentId: 'saas',
    serviceCategory: 'predictive_maintenance',
    objectiveId: `${metric}-o`,
    metric,
    operator,
    target,
    unit,
    source,
    attestationId: source === 'attested' ? 'att' : null,
    objective: { id: `${metric}-o`, metric, operator, target, unit, period: 'P1M', aggregation: 'mean', tolerance: 0, validationSet: null, note: null },
  });
  const ctx = (frameworks: string[] = []) => ({
    attestedFrameworkIds: new Set(frameworks),
    serviceLayers: new Set(['predictive_maintenance']),
    atRisk: new Map(),
  });

  it('fills responses from attested objectives, converts units and computes margins; a criterion is met by any group', () => {
    const offered = [
      objective('availability', '>=', 99.9, 'P1', 'attested'),
      objective('time_to_restore', '<=', 4, 'HUR', 'attested'),
      objective('data_residency', 'in', ['TH'], null, 'attested'),
    ];
    const report = matchCriteria(criteria, buildResponses(criteria, offered), ctx());
    const hosted = report.criteria[0]!.groups[0]!;
    expect(hosted.requirements.map((r) => [r.requirementId, r.result, r.margin, r.source])).toEqual([
      ['avail', 'met', 0.4, 'attested'],
      ['restore', 'met', 240, 'attested'],
      ['residency', 'met', null, 'attested'],
    ]);
    expect(report.criteria[0]!.groups[1]!.result).toBe('not_met');
    expect(report.criteria[0]!.result).toBe('met');
    expect(report.criteria[0]!.metByGroup).toBe('hosted');
  });

  it('marks declared values and fails attested-only requirements on them', () => {
    const offered = [
      objective('availability', '>=', 99.9, 'P1', 'declared'),
      objective('time_to_restore', '<=', 4, 'HUR', 'declared'),
      objective('data_residency', 'in', ['TH'], null, 'declared'),
    ];
    const report = matchCriteria(criteria, buildResponses(criteria, offered), ctx());
    const residency = report.criteria[0]!.groups[0]!.requirements[2]!;
    expect(residency.source).toBe('declared');
    expect(residency.result).toBe('not_met');
    expect(residency.reasons.map((r) => r.code)).toEqual(['attested_value_required']);
    expect(report.criteria[0]!.groups[0]!.requirements[0]!.result).toBe('met');
    expect(report.result).toBe('not_met');
  });

  it('a framework group alone meets the criterion', () => {
    const report = matchCriteria(criteria, buildResponses(criteria, []), ctx([FRAMEWORK]));
    expect(report.criteria[0]!.groups[0]!.result).toBe('unknown');
    expect(report.criteria[0]!.metByGroup).toBe('framework');
    expect(report.result).toBe('met');
  });

  it('a set commitment answers only the direction it promises: within a set, or containing one', () => {
    const residency = (operator: 'in' | 'includes', target: string[], setOperator: 'in' | 'includes', expected: string[]) => {
      const { criteria: c } = parseCriteria(
        [{ id: 'c', requirementGroups: [{ id: 'g', requirements: [{ id: 'r', metric: 'data_residency', expectedValues: expected, setOperator }] }] }],
        vocabulary(),
      );
      const r = matchCriteria(c, buildResponses(c, [objective('data_residency', operator, target, null, 'attested')]), ctx()).criteria[0]!.groups[0]!
        .requirements[0]!;
      return [r.result, r.reasons.map((x) => x.code)];
    };
    // "Kept in VN, TH or SG" may mean VN only: it does not promise TH is among them.
    expect(residency('in', ['VN', 'TH', 'SG'], 'includes', ['TH'])).toEqual(['not_met', ['operator_mismatch']]);
    // "Kept in TH (among others)" does not promise the data stays in TH.
    expect(residency('includes', ['TH'], 'in', ['TH'])).toEqual(['not_met', ['operator_mismatch']]);
    // Within one code is exactly that code: it contains TH, and it stays within TH.
    expect(residency('in', ['TH'], 'includes', ['TH'])).toEqual(['met', []]);
    expect(residency('in', ['TH'], 'in', ['TH', 'VN'])).toEqual(['met', []]);
    expect(residency('includes', ['TH', 'VN'], 'includes', ['TH'])).toEqual(['met', []]);
    expect(residency('in', ['VN', 'TH'], 'in', ['TH'])).toEqual(['not_met', ['outside_allowed_set']]);
  });

  it('an objective judged over a longer period than the requirement asks does not answer it; a shorter one does; a sum needs the same', () => {
    const monthly = (period: string, aggregation: 'mean' | 'sum' = 'mean') => {
      const { criteria: c } = parseCriteria(
        [{ id: 'c', requirementGroups: [{ id: 'g', requirements: [{ id: 'r', metric: 'availability', minValue: 99.5, observationPeriod: 'P1M' }] }] }],
        vocabulary(),
      );
      const o = objective('availability', '>=', 99.6, 'P1', 'attested');
      const offered = { ...o, objective: { ...o.objective, period, aggregation } };
      const r = matchCriteria(c, buildResponses(c, [offered]), ctx()).criteria[0]!.groups[0]!.requirements[0]!;
      return [r.result, r.reasons.map((x) => x.code)];
    };
    // A yearly mean of 99.6 % allows a month far below 99.5 %.
    expect(monthly('P1Y')).toEqual(['not_met', ['period_mismatch']]);
    expect(monthly('P1M')).toEqual(['met', []]);
    expect(monthly('P30D')).toEqual(['met', []]);
    expect(monthly('P1W')).toEqual(['met', []]);
    expect(monthly('P1W', 'sum')).toEqual(['not_met', ['period_mismatch']]);
  });

  it('an objective committing a maximum does not answer a minimum', () => {
    const report = matchCriteria(criteria, buildResponses(criteria, [objective('availability', '<=', 99.9, 'P1', 'attested')]), ctx());
    expect(report.criteria[0]!.groups[0]!.requirements[0]!.reasons.map((r) => r.code)).toEqual(['operator_mismatch']);
  });

  it('an objective committing an exact value answers a minimum and a maximum alike', () => {
    const offered = [objective('availability', '=', 99.9, 'P1', 'attested'), objective('time_to_restore', '=', 4, 'HUR', 'attested')];
    const hosted = matchCriteria(criteria, buildResponses(criteria, offered), ctx()).criteria[0]!.groups[0]!;
    expect(hosted.requirements.slice(0, 2).map((r) => [r.requirementId, r.result, r.margin, r.reasons])).toEqual([
      ['avail', 'met', 0.4, []],
      ['restore', 'met', 240, []],
    ]);
  });

  it('names why a value misses: below the minimum, above the maximum, missing from the set', () => {
    const offered = [
      objective('availability', '>=', 99, 'P1', 'attested'),
      objective('time_to_restore', '<=', 10, 'HUR', 'attested'),
      objective('data_residency', 'in', ['VN'], null, 'attested'),
    ];
    const hosted = matchCriteria(criteria, buildResponses(criteria, offered), ctx()).criteria[0]!.groups[0]!;
    expect(hosted.requirements.map((r) => [r.requirementId, r.result, r.reasons.map((x) => [x.code, x.severity, x.expected, x.actual])])).toEqual([
      ['avail', 'not_met', [['below_minimum', 'blocking', 99.5, 99]]],
      ['restore', 'not_met', [['above_maximum', 'blocking', 480, 10]]],
      ['residency', 'not_met', [['missing_from_set', 'blocking', ['TH'], ['TH']]]],
    ]);
    expect(hosted.result).toBe('not_met');
  });

  it('a requirement on a service layer the offering lacks is not met; on a layer it has but without an objective, unknown', () => {
    const lacking = matchCriteria(criteria, buildResponses(criteria, []), { ...ctx(), serviceLayers: new Set<string>() });
    expect(lacking.criteria[0]!.groups[0]!.requirements[0]).toMatchObject({ result: 'not_met', reasons: [{ code: 'no_service_layer', severity: 'blocking' }] });
    const silent = matchCriteria(criteria, buildResponses(criteria, []), ctx());
    expect(silent.criteria[0]!.groups[0]!.requirements[0]).toMatchObject({ result: 'unknown', reasons: [{ code: 'no_value', severity: 'blocking' }] });
  });

  it("only a component of the requirement's service layer answers it, and an attested objective before a declared one", () => {
    const elsewhere = { ...objective('availability', '>=', 99.99, 'P1', 'attested'), componentId: 'monitoring', serviceCategory: 'remote_monitoring' };
    const declared = { ...objective('availability', '>=', 99, 'P1', 'declared'), componentId: 'saas-2' };
    const attested = objective('availability', '>=', 99.9, 'P1', 'attested');
    const [avail] = buildResponses(criteria, [elsewhere, declared, attested]);
    expect(avail).toMatchObject({ requirement: { id: 'avail' }, value: 99.9, source: 'attested', componentId: 'saas' });
    expect(buildResponses(criteria, [elsewhere])[0]).toMatchObject({ value: null, source: null, componentId: null });
  });

  it('reports the margin of the tightest bound of a range', () => {
    const range = parseCriteria(
      [
        {
          id: 'c',
          requirementGroups: [
            { id: 'g', requirements: [{ id: 'r', metric: 'availability', serviceLayer: 'predictive_maintenance', minValue: 99, maxValue: 99.95 }] },
          ],
        },
      ],
      vocabulary(),
    ).criteria;
    const r = matchCriteria(range, buildResponses(range, [objective('availability', '=', 99.9, 'P1', 'attested')]), ctx()).criteria[0]!.groups[0]!
      .requirements[0]!;
    expect(r).toMatchObject({ result: 'met', margin: 0.05, marginUnit: 'P1' });
  });

  it('compares an expected number in the requirement unit', () => {
    const exact = parseCriteria(
      [{ id: 'c', requirementGroups: [{ id: 'g', requirements: [{ id: 'r', metric: 'time_to_restore', expectedValue: 4, unit: 'HUR' }] }] }],
      vocabulary(),
    ).criteria;
    const r = matchCriteria(exact, buildResponses(exact, [objective('time_to_restore', '=', 240, 'MIN', 'attested')]), ctx()).criteria[0]!.groups[0]!
      .requirements[0]!;
    expect(r).toMatchObject({ result: 'met', margin: 0, marginUnit: 'HUR' });
  });

  it('a measured breach is a warning: the requirement stays met and the report is at risk', () => {
    const offered = [
      objective('availability', '>=', 99.9, 'P1', 'attested'),
      objective('time_to_restore', '<=', 4, 'HUR', 'attested'),
      objective('data_residency', 'in', ['TH'], null, 'attested'),
    ];
    const breach = {
      componentId: 'saas',
      objectiveId: 'availability-o',
      metric: 'availability',
      measured: 97,
      unit: 'P1' as const,
      periodStart: '2026-04-01T00:00:00.000Z',
      periodEnd: '2026-05-01T00:00:00.000Z',
    };
    const report = matchCriteria(criteria, buildResponses(criteria, offered), { ...ctx(), atRisk: new Map([['saas:availability-o', breach]]) });
    const avail = report.criteria[0]!.groups[0]!.requirements[0]!;
    expect(avail).toMatchObject({ result: 'met', atRisk: breach, reasons: [{ code: 'measured_breach', severity: 'warning', expected: 99.9, actual: 97 }] });
    expect(report).toMatchObject({ result: 'met', atRisk: true });
    expect(matchCriteria(criteria, buildResponses(criteria, offered), ctx()).atRisk).toBe(false);
  });
});
