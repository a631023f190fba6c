import { describe, expect, it } from 'vitest';
import { compare, convert, parseDuration, type Threshold, type Value } from './matching.js';
import type { UnitCode } from './metrics.js';

describe('convert', () => {
  it.each<[number, UnitCode, UnitCode, number]>([
    [30, 'MIN', 'HUR', 0.5],
    [8, 'HUR', 'MIN', 480],
    [1, 'DAY', 'HUR', 24],
    [36, 'HUR', 'DAY', 1.5],
    [90, 'SEC', 'MIN', 1.5],
    [99.5, 'P1', 'C62', 0.995],
    [0.9995, 'C62', 'P1', 99.95],
    [0, 'MIN', 'DAY', 0],
  ])('%s %s is %s %s', (v, from, to, out) => {
    expect(convert(v, from, to)).toBe(out);
  });

  it('refuses to convert time to a ratio', () => {
    expect(() => convert(1, 'HUR', 'P1')).toThrow(/cannot convert/);
  });
});

describe('compare', () => {
  const cases: [string, Value | null, UnitCode | null, Threshold, string, number | null][] = [
    ['≥: above, margin in percentage points', 99.95, 'P1', { operator: '>=', target: 99.5, unit: 'P1' }, 'met', 0.45],
    ['≥: exactly on the threshold', 99.5, 'P1', { operator: '>=', target: 99.5, unit: 'P1' }, 'met', 0],
    ['≥: just below', 99.49, 'P1', { operator: '>=', target: 99.5, unit: 'P1' }, 'not_met', -0.01],
    ['≥: a fraction against a percentage', 0.999, 'C62', { operator: '>=', target: 99.5, unit: 'P1' }, 'met', 0.4],
    ['≤: 4 h against ≤ 8 h', 4, 'HUR', { operator: '<=', target: 8, unit: 'HUR' }, 'met', 4],
    ['≤: 240 min against ≤ 8 h', 240, 'MIN', { operator: '<=', target: 8, unit: 'HUR' }, 'met', 4],
    ['≤: exactly 8 h as 480 min', 480, 'MIN', { operator: '<=', target: 8, unit: 'HUR' }, 'met', 0],
    ['≤: 481 min against ≤ 8 h', 481, 'MIN', { operator: '<=', target: 8, unit: 'HUR' }, 'not_met', -0.0166666666667],
    ['≤: 1 day against ≤ 8 h', 1, 'DAY', { operator: '<=', target: 8, unit: 'HUR' }, 'not_met', -16],
    ['=: 30 min equals 0.5 h', 30, 'MIN', { operator: '=', target: 0.5, unit: 'HUR' }, 'met', 0],
    ['=: 31 min is not 0.5 h', 31, 'MIN', { operator: '=', target: 0.5, unit: 'HUR' }, 'not_met', -0.0166666666667],
    ['=: text, case and spaces ignored', ' mon-fri 08:00-17:00 ict ', null, { operator: '=', target: 'Mon-Fri 08:00-17:00 ICT', unit: null }, 'met', null],
    ['in: every offered country allowed', ['VN', 'TH'], null, { operator: 'in', target: ['TH', 'VN', 'SG'], unit: null }, 'met', null],
    ['in: a country outside the set', ['VN', 'US'], null, { operator: 'in', target: ['TH', 'VN'], unit: null }, 'not_met', null],
    ['in: a scalar within the set', 'th', null, { operator: 'in', target: ['TH', 'VN'], unit: null }, 'met', null],
    ['includes: TH among VN/TH/SG', ['VN', 'TH', 'SG'], null, { operator: 'includes', target: ['TH'], unit: null }, 'met', null],
    ['includes: TH missing', ['VN', 'SG'], null, { operator: 'includes', target: ['TH'], unit: null }, 'not_met', null],
    ['no value: unknown', null, 'P1', { operator: '>=', target: 99.5, unit: 'P1' }, 'unknown', null],
    ['time against percent: unknown', 4, 'HUR', { operator: '>=', target: 99.5, unit: 'P1' }, 'unknown', null],
    ['a number without a unit against one in a unit: unknown', 99.9, null, { operator: '>=', target: 99.5, unit: 'P1' }, 'unknown', null],
    ['text against ≥: unknown (text is only equal or not)', 'Mon-Fri', null, { operator: '>=', target: 'Mon-Fri', unit: null }, 'unknown', null],
  ];
  it.each(cases)('%s', (_name, actual, unit, threshold, result, margin) => {
    const m = compare(actual, unit, threshold);
    expect(m.result).toBe(result);
    if (margin === null) expect(m.margin).toBeNull();
    else expect(m.margin).toBeCloseTo(margin, 9);
  });

  it('names the difference of sets', () => {
    expect(compare(['VN', 'SG'], null, { operator: 'includes', target: ['TH', 'SG'], unit: null }).difference).toEqual(['TH']);
    expect(compare(['VN', 'US'], null, { operator: 'in', target: ['VN'], unit: null }).difference).toEqual(['US']);
  });
});

describe('parseDuration', () => {
  it.each(['P1M', 'P30D', 'PT8H', 'P1Y2M3DT4H5M6S', 'P2W', 'PT0.5S'])('accepts %s', (d) => expect(parseDuration(d)).not.toBeNull());
  it.each(['1M', 'P', 'PT', 'monthly', 'P1.5M', 'P1H', ''])('refuses %s', (d) => expect(parseDuration(d)).toBeNull());
});
