import { describe, expect, it } from 'vitest';
import { BUILT_IN_METRICS } from './metrics.js';
import { parseObjectives } from './objectives.js';

const metricOf = (k: string) => BUILT_IN_METRICS.find((m) => m.key === k);
let n = 0;
const newId = () => `o${++n}`;

describe('parseObjectives', () => {
  it.each<[string, Record<string, unknown>[], string, RegExp]>([
    ['no objective', [], 'objectives', /at least one/],
    ['an unknown metric', [{ metric: 'uptime', operator: '>=', target: 99 }], 'objectives[0].metric', /unknown metric/],
    [
      'two objectives for one metric',
      [
        { metric: 'availability', operator: '>=', target: 99.9 },
        { metric: 'availability', operator: '>=', target: 99.5 },
      ],
      'objectives[1].metric',
      /two objectives/,
    ],
    ['an unknown operator', [{ metric: 'availability', operator: '>', target: 99.9 }], 'objectives[0].operator', /must be one of/],
    ['a set operator on a number', [{ metric: 'availability', operator: 'in', target: 99.9 }], 'objectives[0].operator', /for sets/],
    ['a time unit on a percentage', [{ metric: 'availability', operator: '>=', target: 99.9, unit: 'HUR' }], 'objectives[0].unit', /incompatible/],
    ['a unit on a set', [{ metric: 'data_residency', operator: 'in', target: ['VN'], unit: 'P1' }], 'objectives[0].unit', /incompatible/],
    ['a text target for a number', [{ metric: 'availability', operator: '>=', target: '99.9' }], 'objectives[0].target', /must be a number/],
    ['an empty set', [{ metric: 'data_residency', operator: 'in', target: [] }], 'objectives[0].target', /list of codes/],
    [
      'residency in codes that are no countries',
      [{ metric: 'data_residency', operator: 'in', target: ['TH', 'XX', 'zz'] }],
      'objectives[0].target',
      /XX, ZZ are not ISO 3166-1/,
    ],
    ['blank text', [{ metric: 'support_hours', operator: '=', target: ' ' }], 'objectives[0].target', /must be text/],
    ['a period that is no ISO 8601 duration', [{ metric: 'availability', operator: '>=', target: 99.9, period: '1M' }], 'objectives[0].period', /ISO 8601/],
    [
      "a minimum judged by the period's best window",
      [{ metric: 'availability', operator: '>=', target: 99.9, aggregation: 'max' }],
      'objectives[0].aggregation',
      /best windows/,
    ],
    [
      "a minimum judged by the period's 95th percentile",
      [{ metric: 'availability', operator: '>=', target: 99.9, aggregation: 'p95' }],
      'objectives[0].aggregation',
      /best windows/,
    ],
    [
      "a maximum judged by the period's fastest restore",
      [{ metric: 'time_to_restore', operator: '<=', target: 4, aggregation: 'min' }],
      'objectives[0].aggregation',
      /best windows/,
    ],
    [
      'an unknown aggregation',
      [{ metric: 'availability', operator: '>=', target: 99.9, aggregation: 'median' }],
      'objectives[0].aggregation',
      /must be one of/,
    ],
    ['a negative tolerance', [{ metric: 'availability', operator: '>=', target: 99.9, tolerance: -0.1 }], 'objectives[0].tolerance', /≥ 0/],
    ['availability above 100 %', [{ metric: 'availability', operator: '>=', target: 150 }], 'objectives[0].target', /between 0 and 100/],
    ['a fraction above 1', [{ metric: 'api_availability', operator: '>=', target: 99.9, unit: 'C62' }], 'objectives[0].target', /between 0 and 1/],
    ['a negative time', [{ metric: 'time_to_restore', operator: '<=', target: -1 }], 'objectives[0].target', /must not be negative/],
    [
      'a tolerance wider than 100 %',
      [{ metric: 'availability', operator: '>=', target: 99.9, tolerance: 120 }],
      'objectives[0].tolerance',
      /between 0 and 100 \(P1\)/,
    ],
    ['a period of no length', [{ metric: 'availability', operator: '>=', target: 99.9, period: 'P0D' }], 'objectives[0].period', /of some length/],
  ])('refuses %s, naming the field', (_name, input, field, message) => {
    const { problems } = parseObjectives(input, metricOf, newId);
    expect(problems.map((p) => p.field)).toEqual([field]);
    expect(problems[0]!.message).toMatch(message);
  });

  it("takes the metric's unit, a monthly period and the aggregation that fits the metric: the worst value where lower is better", () => {
    const { objectives, problems } = parseObjectives(
      [
        { metric: 'availability', operator: '>=', target: 99.9 },
        { metric: 'time_to_restore', operator: '<=', target: 4 },
        { metric: 'data_residency', operator: 'in', target: [' vn', 'TH', 'VN'] },
      ],
      metricOf,
      newId,
    );
    expect(problems).toEqual([]);
    expect(objectives.map((o) => [o.metric, o.unit, o.period, o.aggregation, o.tolerance, o.target])).toEqual([
      ['availability', 'P1', 'P1M', 'mean', 0, 99.9],
      ['time_to_restore', 'HUR', 'P1M', 'max', 0, 4],
      ['data_residency', null, 'P1M', 'mean', 0, ['VN', 'TH']],
    ]);
  });

  it('keeps a compatible unit given with the objective', () => {
    const { objectives } = parseObjectives([{ metric: 'time_to_restore', operator: '<=', target: 240, unit: 'MIN' }], metricOf, newId);
    expect(objectives[0]).toMatchObject({ unit: 'MIN', target: 240 });
  });
});
