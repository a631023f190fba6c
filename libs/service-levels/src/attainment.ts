import { compare, convert, parseDuration, unitsCompatible } from './matching.js';
import type { UnitCode } from './metrics.js';
import type { Objective } from './objectives.js';

/** A measurement window as stored. */
export interface MeasurementWindow {
  periodStart: Date;
  periodEnd: Date;
  /** In `unit`: the metric's unit, which need not be the objective's (an objective on time_to_restore in MIN, windows in HUR). */
  value: number;
  unit: UnitCode | null;
  sampleCount: number;
}

export interface PeriodAttainment {
  periodStart: string;
  periodEnd: string;
  /** The objective's aggregation over the windows that start in the period. */
  value: number;
  windows: number;
  result: 'met' | 'not_met';
  margin: number | null;
  /** Missed by more than the objective's tolerance. */
  breach: boolean;
}

const MONTH_MS = 30 * 86_400_000;
/** The periods one window is shared out over, at most: a window of a year over one-second periods would otherwise make millions of parts. */
export const MAX_PERIODS_PER_WINDOW = 1000;

/** The observation period containing `t`: calendar months (UTC) for PnM / PnY, fixed-length buckets otherwise. */
function periodOf(t: Date, iso: string): { start: Date; end: Date } {
  const d = parseDuration(iso) ?? parseDuration('P1M')!;
  const months = d.years * 12 + d.months;
  if (months > 0 && !d.weeks && !d.days && !d.hours && !d.minutes && !d.seconds) {
    const index = t.getUTCFullYear() * 12 + t.getUTCMonth();
    const first = index - (index % months);
    return {
      start: new Date(Date.UTC(Math.floor(first / 12), first % 12, 1)),
      end: new Date(Date.UTC(Math.floor((first + months) / 12), (first + months) % 12, 1)),
    };
  }
  const ms = ((d.weeks * 7 + d.days) * 86_400 + d.hours * 3600 + d.minutes * 60 + d.seconds) * 1000 || MONTH_MS;
  const start = Math.floor(t.getTime() / ms) * ms;
  return { start: new Date(start), end: new Date(start + ms) };
}

/** A window's part in one observation period: the time it overlaps the period. */
interface WindowPart {
  window: MeasurementWindow;
  /** Milliseconds of the window inside the period (at least 1). */
  overlap: number;
  /** That part as a share of the whole window. */
  share: number;
}

function aggregate(parts: WindowPart[], how: Objective['aggregation']): number {
  const values = parts.map((p) => p.window);
  const xs = values.map((w) => w.value);
  switch (how) {
    case 'min':
      return Math.min(...xs);
    case 'max':
      return Math.max(...xs);
    case 'sum':
      // A window across two periods adds to each in proportion to its time there.
      return Number.parseFloat(parts.reduce((a, p) => a + p.window.value * p.share, 0).toPrecision(12));
    case 'last':
      return [...values].sort((a, b) => a.periodEnd.getTime() - b.periodEnd.getTime()).at(-1)!.value;
    case 'p95': {
      const s = [...xs].sort((a, b) => a - b);
      return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!;
    }
    case 'mean':
    default: {
      // Weighted by the window's time in the period, so a short window does not count as much as a
      // long one, and a window running into the next period weighs there for the part it spends there.
      let total = 0;
      let weight = 0;
      for (const p of parts) {
        total += p.window.value * p.overlap;
        weight += p.overlap;
      }
      return Number.parseFloat((total / weight).toPrecision(12));
    }
  }
}

/** The window with its value in the objective's unit (10 h measured is 600 against an objective of 240 MIN, not 10). */
function inUnitOf(objective: Objective, w: MeasurementWindow): MeasurementWindow {
  if (!objective.unit || !w.unit || w.unit === objective.unit || !unitsCompatible(w.unit, objective.unit)) return w;
  return { ...w, value: convert(w.value, w.unit, objective.unit), unit: objective.unit };
}

/**
 * Attainment of a numeric objective per observation period, from the windows given (the
 * caller leaves out windows older than the evidence age). Oldest period first; values, margins
 * and tolerance in the objective's unit.
 */
export function attainment(objective: Objective, measured: MeasurementWindow[]): PeriodAttainment[] {
  if (typeof objective.target !== 'number') return [];
  const windows = measured.map((w) => inUnitOf(objective, w));
  const buckets = new Map<number, { start: Date; end: Date; windows: WindowPart[] }>();
  for (const w of windows) {
    const from = w.periodStart.getTime();
    const to = Math.max(from + 1, w.periodEnd.getTime());
    // Every period the window overlaps holds its part of it (not the period of its start alone).
    let n = 0;
    for (let p = periodOf(w.periodStart, objective.period); p.start.getTime() < to && n < MAX_PERIODS_PER_WINDOW; p = periodOf(p.end, objective.period), n++) {
      const overlap = Math.max(1, Math.min(to, p.end.getTime()) - Math.max(from, p.start.getTime()));
      const b = buckets.get(p.start.getTime()) ?? { ...p, windows: [] };
      b.windows.push({ window: w, overlap, share: overlap / (to - from) });
      buckets.set(p.start.getTime(), b);
    }
  }
  return [...buckets.values()]
    .sort((a, b) => a.start.getTime() - b.start.getTime())
    .map((b) => {
      const value = aggregate(b.windows, objective.aggregation);
      const m = compare(value, objective.unit, { operator: objective.operator, target: objective.target, unit: objective.unit });
      const result = m.result === 'met' ? 'met' : 'not_met';
      return {
        periodStart: b.start.toISOString(),
        periodEnd: b.end.toISOString(),
        value,
        windows: b.windows.length,
        result,
        margin: m.margin,
        breach: result === 'not_met' && (m.margin === null || -m.margin > objective.tolerance),
      };
    });
}
