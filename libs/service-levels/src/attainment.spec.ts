import { describe, expect, it } from 'vitest';
import { attainment, MAX_PERIODS_PER_WINDOW, type MeasurementWindow } from './attainment.js';
import type { Objective } from './objectives.js';

const objective = (o: Partial<Objective> = {}): Objective => ({
  id: 'o',
  metric: 'availability',
  operator: '>=',
  target: 99.9,
  unit: 'P1',
  period: 'P1M',
  aggregation: 'mean',
  tolerance: 0.2,
  validationSet: null,
  note: null,
  ...o,
});
const window = (start: string, end: string, value: number, unit: MeasurementWindow['unit'] = null): MeasurementWindow => ({
  periodStart: new Date(start),
  periodEnd: new Date(end),
  value,
  unit,
  sampleCount: 1,
});
const day = (d: string, value: number) => window(`${d}T00:00:00Z`, new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString(), value);

describe('attainment', () => {
  it('judges each observation period, oldest first; a miss is a breach only beyond the tolerance', () => {
    // ≥ 99.9 % with a tolerance of 0.2 points: 99.8 misses within it, 99.7 misses by exactly it, 99.6 beyond it.
    const periods = attainment(objective(), [day('2026-04-03', 99.6), day('2026-01-10', 99.95), day('2026-02-10', 99.8), day('2026-03-10', 99.7)]);
    expect(periods.map((p) => [p.periodStart.slice(0, 10), p.periodEnd.slice(0, 10), p.value, p.result, p.margin, p.breach])).toEqual([
      ['2026-01-01', '2026-02-01', 99.95, 'met', 0.05, false],
      ['2026-02-01', '2026-03-01', 99.8, 'not_met', -0.1, false],
      ['2026-03-01', '2026-04-01', 99.7, 'not_met', -0.2, false],
      ['2026-04-01', '2026-05-01', 99.6, 'not_met', -0.3, true],
    ]);
  });

  it('a miss with no tolerance is a breach', () => {
    expect(attainment(objective({ tolerance: 0 }), [day('2026-02-10', 99.89)])[0]).toMatchObject({ result: 'not_met', breach: true });
  });

  it('buckets PnM periods on calendar months (UTC), quarters from January, and other durations in fixed lengths', () => {
    const quarter = attainment(objective({ period: 'P3M' }), [day('2026-05-10', 99.95), day('2026-06-30', 99.95), day('2026-07-01', 99.95)]);
    expect(quarter.map((p) => [p.periodStart.slice(0, 10), p.periodEnd.slice(0, 10), p.windows])).toEqual([
      ['2026-04-01', '2026-07-01', 2],
      ['2026-07-01', '2026-10-01', 1],
    ]);
    const week = attainment(objective({ period: 'P1W' }), [day('2026-05-10', 99.95)])[0]!;
    expect(Date.parse(week.periodEnd) - Date.parse(week.periodStart)).toBe(7 * 86_400_000);
    const hours = attainment(objective({ period: 'PT12H' }), [day('2026-05-10', 99.95)])[0]!;
    expect([hours.periodStart, hours.periodEnd]).toEqual(['2026-05-10T00:00:00.000Z', '2026-05-10T12:00:00.000Z']);
  });

  it('weights the mean by window length, so a short bad window counts for its share of the period', () => {
    const p = attainment(objective(), [
      window('2026-05-01T00:00:00Z', '2026-05-30T00:00:00Z', 100),
      window('2026-05-30T00:00:00Z', '2026-05-31T00:00:00Z', 70),
    ]);
    expect(p[0]!.value).toBe(99);
  });

  it('counts a window running into the next period in each period for its time there, not wholly in the first', () => {
    // A bad day in May, then a 31-day perfect window starting on May 31: one day of it is May's.
    const p = attainment(objective(), [
      window('2026-05-01T00:00:00Z', '2026-05-02T00:00:00Z', 70),
      window('2026-05-02T00:00:00Z', '2026-05-31T00:00:00Z', 100),
      window('2026-05-31T00:00:00Z', '2026-07-01T00:00:00Z', 100),
    ]);
    expect(p.map((x) => [x.periodStart.slice(0, 7), x.value, x.windows])).toEqual([
      ['2026-05', 99.0322580645, 3],
      ['2026-06', 100, 1],
    ]);
    expect(p[0]!.breach).toBe(true);
    // A sum is shared out in proportion: 62 minutes of downtime over 31 days, 2 of them in May.
    const sum = attainment(objective({ aggregation: 'sum', operator: '<=', target: 100, unit: 'MIN' }), [
      window('2026-05-30T00:00:00Z', '2026-06-30T00:00:00Z', 62),
    ]);
    expect(sum.map((x) => x.value)).toEqual([4, 58]);
  });

  it('shares one window out over at most MAX_PERIODS_PER_WINDOW periods (a year over one-second periods stays bounded)', () => {
    const p = attainment(objective({ period: 'PT1S' }), [window('2026-01-01T00:00:00Z', '2026-12-31T00:00:00Z', 100)]);
    expect(p).toHaveLength(MAX_PERIODS_PER_WINDOW);
    expect(p[0]!.periodStart).toBe('2026-01-01T00:00:00.000Z');
  });

  it('aggregates by max, min, sum, p95 and the last window by its end', () => {
    const xs = Array.from({ length: 20 }, (_, i) => day(`2026-05-${String(i + 1).padStart(2, '0')}`, i + 1));
    const restore = (aggregation: Objective['aggregation']) =>
      attainment(objective({ metric: 'time_to_restore', operator: '<=', target: 100, unit: 'HUR', aggregation, tolerance: 0 }), xs)[0]!.value;
    expect(restore('max')).toBe(20);
    expect(restore('min')).toBe(1);
    expect(restore('sum')).toBe(210);
    // The 95th percentile of 1..20 by nearest rank: the 19th value.
    expect(restore('p95')).toBe(19);
    const outOfOrder = [day('2026-05-20', 3), day('2026-05-02', 9), day('2026-05-11', 5)];
    expect(attainment(objective({ aggregation: 'last' }), outOfOrder)[0]!.value).toBe(3);
  });

  it('judges a ≤ objective by its aggregate: the worst incident of the month misses it', () => {
    const o = objective({ metric: 'time_to_restore', operator: '<=', target: 4, unit: 'HUR', aggregation: 'max', tolerance: 0 });
    expect(attainment(o, [day('2026-05-02', 2), day('2026-05-09', 5), day('2026-05-20', 1)])[0]).toMatchObject({
      value: 5,
      result: 'not_met',
      margin: -1,
      breach: true,
    });
  });

  it("judges windows measured in the metric's unit against an objective stated in another unit of it", () => {
    // Time to restore is measured in hours: a 10-hour restore misses "≤ 240 minutes" by 360 minutes, not meets it with 230 to spare.
    const restore = objective({ metric: 'time_to_restore', operator: '<=', target: 240, unit: 'MIN', aggregation: 'max', tolerance: 30 });
    const hours = (d: string, value: number) => window(`${d}T00:00:00Z`, `${d}T12:00:00Z`, value, 'HUR');
    expect(attainment(restore, [hours('2026-05-02', 10)])[0]).toMatchObject({ value: 600, result: 'not_met', margin: -360, breach: true });
    expect(attainment(restore, [hours('2026-05-02', 3.5)])[0]).toMatchObject({ value: 210, result: 'met', margin: 30, breach: false });
    // Availability is measured in percent: 50 % is far below "≥ 0.999" as a fraction.
    const uptime = objective({ target: 0.999, unit: 'C62', tolerance: 0.002 });
    const percent = (d: string, value: number) => window(`${d}T00:00:00Z`, `${d}T12:00:00Z`, value, 'P1');
    expect(attainment(uptime, [percent('2026-05-02', 50)])[0]).toMatchObject({ value: 0.5, result: 'not_met', breach: true });
    expect(attainment(uptime, [percent('2026-05-02', 99.95), percent('2026-05-03', 99.93)])[0]).toMatchObject({ value: 0.9994, result: 'met' });
  });

  it('has nothing to judge for a set or text objective', () => {
    expect(attainment(objective({ metric: 'data_residency', operator: 'in', target: ['VN'], unit: null }), [day('2026-05-02', 1)])).toEqual([]);
  });
});
