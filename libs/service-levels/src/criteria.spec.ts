import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildResponses, matchCriteria, parseCriteria, toOcdsCriteria, type OfferedObjective } from './criteria.js';
import { BUILT_IN_METRICS } from './metrics.js';

const metricOf = (k: string) => BUILT_IN_METRICS.find((m) => m.key === k);
const FRAMEWORK = '019a0000-0000-7000-8000-000000000001';
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
    const { problems } = parseCriteria(bad, metricOf, () => true);
    expect(problems.map((p) => p.field)).toEqual([
      'criteria[0].requirementGroups[0].requirements[0].metric',
      'criteria[0].requirementGroups[0].requirements[1].minValue',
      'criteria[0].requirementGroups[0].requirements[2].unit',
      'criteria[0].requirementGroups[0].requirements[3].observationPeriod',
    ]);
  });

  it('exports OCDS criteria that validate against the requirements extension and re-import to the same criteria', () => {
    const { criteria, problems } = parseCriteria(input, metricOf, (id) => id === FRAMEWORK);
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
    const again = parseCriteria(JSON.parse(JSON.stringify(ocds)), metricOf, (id) => id === FRAMEWORK);
    expect(again.problems).toEqual([]);
    expect(again.criteria).toEqual(criteria);
  });
});

describe('matchCriteria', () => {
  const { criteria } = parseCriteria(input, metricOf, () => true);
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
      objective('data_residency', 'in', ['VN', 'TH', 'SG'], null, 'attested'),
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

  it('an objective committing a maximum does not answer a minimum', () => {
    const report = matchCriteria(criteria, buildResponses(criteria, [objective('availability', '<=', 99.9, 'P1', 'attested')]), ctx());
    expect(report.criteria[0]!.groups[0]!.requirements[0]!.reasons.map((r) => r.code)).toEqual(['operator_mismatch']);
  });
});
