import type { UnitCode } from './metrics.js';

/**
 * Pure matching of service-level values against thresholds: unit conversion (seconds,
 * minutes, hours, days; percent and fraction) and the operators a tender or an objective
 * uses. No I/O: the bench and the compliance report call it for every requirement × bid.
 */

export type Operator = '>=' | '<=' | '=' | 'in' | 'includes';
export const OPERATORS: readonly Operator[] = ['>=', '<=', '=', 'in', 'includes'];

export type MatchResult = 'met' | 'not_met' | 'unknown';
export type Value = number | string | string[];

/** A unit's dimension and its factor to the dimension's base (seconds; fraction). */
const UNITS: Record<UnitCode, { dimension: 'time' | 'ratio'; factor: number }> = {
  SEC: { dimension: 'time', factor: 1 },
  MIN: { dimension: 'time', factor: 60 },
  HUR: { dimension: 'time', factor: 3600 },
  DAY: { dimension: 'time', factor: 86_400 },
  P1: { dimension: 'ratio', factor: 0.01 },
  C62: { dimension: 'ratio', factor: 1 },
};

export function isUnitCode(u: unknown): u is UnitCode {
  return typeof u === 'string' && Object.prototype.hasOwnProperty.call(UNITS, u);
}

/**
 * Why a quantity cannot be a value in `unit`, or null when it can: a share lies between 0 and
 * 100 % (0 and 1 as a fraction), a time is not negative. Tolerances and thresholds obey the same.
 */
export function quantityProblem(value: number, unit: UnitCode | null): string | null {
  if (unit === 'P1' && (value < 0 || value > 100)) return 'a percentage lies between 0 and 100';
  if (unit === 'C62' && (value < 0 || value > 1)) return 'a fraction lies between 0 and 1';
  if (value < 0) return 'must not be negative';
  return null;
}

export function unitsCompatible(a: UnitCode, b: UnitCode): boolean {
  return UNITS[a].dimension === UNITS[b].dimension;
}

/**
 * Rounds away binary noise (99.95 - 99.5 = 0.45000000000000284) at 10 decimals. Arithmetic, not
 * `toPrecision`: V8 formats with arbitrary precision there, about 100× slower on the matching path.
 */
function clean(n: number): number {
  return Math.round(n * 1e10) / 1e10;
}

/** `value` in `from` expressed in `to`; throws when the dimensions differ. */
export function convert(value: number, from: UnitCode, to: UnitCode): number {
  if (from === to) return value;
  if (!unitsCompatible(from, to)) throw new RangeError(`cannot convert ${from} to ${to}`);
  return clean((value * UNITS[from].factor) / UNITS[to].factor);
}

export interface Threshold {
  operator: Operator;
  /** A number (in `unit`) for >=, <=, =; a string for =; a set for in / includes. */
  target: Value;
  unit: UnitCode | null;
}

export interface Match {
  result: MatchResult;
  /**
   * Headroom in the threshold's unit: positive is better than required, negative short of it,
   * 0 exactly on it (for percentages: percentage points). Null for sets, text and unknowns.
   */
  margin: number | null;
  marginUnit: UnitCode | null;
  /** For sets: required codes missing (includes) or offered codes outside the allowed set (in). */
  difference?: string[];
  /** Why unknown (no value, incompatible unit or type). */
  why?: 'no_value' | 'unit_incompatible' | 'type_mismatch';
}

const EPS = 1e-9;
const norm = (s: string) => s.trim().toUpperCase();

/**
 * Compares an offered or measured `actual` (in `actualUnit`) with a threshold.
 * `in`: the actual value (or every element of an actual set) lies within the target set;
 * `includes`: the actual set contains every element of the target set.
 */
export function compare(actual: Value | null | undefined, actualUnit: UnitCode | null, t: Threshold): Match {
  if (actual === null || actual === undefined) return { result: 'unknown', margin: null, marginUnit: null, why: 'no_value' };
  if (t.operator === 'in' || t.operator === 'includes') {
    if (!Array.isArray(t.target)) return { result: 'unknown', margin: null, marginUnit: null, why: 'type_mismatch' };
    const offered = (Array.isArray(actual) ? actual : [String(actual)]).map(norm);
    const target = t.target.map(norm);
    const difference = t.operator === 'in' ? offered.filter((v) => !target.includes(v)) : target.filter((v) => !offered.includes(v));
    return { result: difference.length ? 'not_met' : 'met', margin: null, marginUnit: null, difference };
  }
  if (typeof t.target === 'string' || typeof actual === 'string' || Array.isArray(actual) || Array.isArray(t.target)) {
    if (t.operator !== '=' || Array.isArray(actual) || Array.isArray(t.target))
      return { result: 'unknown', margin: null, marginUnit: null, why: 'type_mismatch' };
    return { result: norm(String(actual)) === norm(String(t.target)) ? 'met' : 'not_met', margin: null, marginUnit: null };
  }
  let value = actual;
  if (t.unit && actualUnit && t.unit !== actualUnit) {
    if (!unitsCompatible(actualUnit, t.unit)) return { result: 'unknown', margin: null, marginUnit: null, why: 'unit_incompatible' };
    value = convert(actual, actualUnit, t.unit);
  } else if (Boolean(t.unit) !== Boolean(actualUnit)) {
    return { result: 'unknown', margin: null, marginUnit: null, why: 'unit_incompatible' };
  }
  const target = t.target;
  const margin = clean(t.operator === '>=' ? value - target : t.operator === '<=' ? target - value : -Math.abs(value - target));
  const ok = t.operator === '=' ? Math.abs(value - target) <= EPS * Math.max(1, Math.abs(target)) : margin >= -EPS * Math.max(1, Math.abs(target));
  return { result: ok ? 'met' : 'not_met', margin: Object.is(margin, -0) ? 0 : margin, marginUnit: t.unit };
}

/** ISO 8601 durations: PnYnMnWnDTnHnMnS (no fractions of years or months). */
const DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** Parses an ISO 8601 duration, or null when it is not one. */
export function parseDuration(s: unknown): Duration | null {
  if (typeof s !== 'string') return null;
  const m = DURATION.exec(s);
  if (!m) return null;
  const n = (i: number) => (m[i] ? Number(m[i]) : 0);
  return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7) };
}

/** Parses an ISO 8601 duration of some length (P0D and PT0S measure nothing), or null. */
export function parsePeriod(s: unknown): Duration | null {
  const d = parseDuration(s);
  return d && durationInDays(d) > 0 ? d : null;
}

/** Approximate length in days (a month as 30 days, a year as 365): OCDS `period.durationInDays`. */
export function durationInDays(d: Duration): number {
  return d.years * 365 + d.months * 30 + d.weeks * 7 + d.days + (d.hours * 3600 + d.minutes * 60 + d.seconds) / 86_400;
}
