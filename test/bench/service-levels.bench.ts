/**
 * Service-level matching: 200 tender requirements × 50 bids through the matcher (responses
 * filled from each bid's offered objectives, unit conversion, operators, groups, margins and
 * reasons), against a plain loop over the same numbers in the same run. Pure CPU: no database.
 * Target: ≤ 50 ms for the whole matrix.
 */
import { buildResponses, matchCriteria, parseCriteria, type OfferedObjective } from '@attesta/service-levels';
import { BUILT_IN_METRICS } from '@attesta/service-levels';
import { performance } from 'node:perf_hooks';

const REQUIREMENTS = 200;
const BIDS = 50;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const LAYERS = ['predictive_maintenance', 'remote_quality_inspection', 'warehouse_saas', 'cloud_om'];
const NUMERIC: {
  metric: string;
  op: 'minValue' | 'maxValue';
  unit: 'P1' | 'HUR' | 'MIN';
  threshold: number;
  offered: (i: number) => number;
  offeredUnit: 'P1' | 'HUR' | 'MIN' | 'C62';
}[] = [
  { metric: 'availability', op: 'minValue', unit: 'P1', threshold: 99.5, offered: (i) => 99 + (i % 10) / 10, offeredUnit: 'P1' },
  { metric: 'api_availability', op: 'minValue', unit: 'P1', threshold: 99.0, offered: (i) => 0.985 + (i % 15) / 1000, offeredUnit: 'C62' },
  { metric: 'time_to_restore', op: 'maxValue', unit: 'HUR', threshold: 8, offered: (i) => 120 + (i % 12) * 30, offeredUnit: 'MIN' },
  { metric: 'time_to_first_response', op: 'maxValue', unit: 'MIN', threshold: 30, offered: (i) => 0.25 + (i % 6) / 10, offeredUnit: 'HUR' },
  { metric: 'rpo', op: 'maxValue', unit: 'HUR', threshold: 4, offered: (i) => 1 + (i % 6), offeredUnit: 'HUR' },
];

function tender() {
  // 20 criteria × 2 groups × 5 requirements = 200 requirements.
  const criteria = [];
  let n = 0;
  for (let c = 0; c < REQUIREMENTS / 10; c++) {
    const layer = LAYERS[c % LAYERS.length]!;
    const groups = [0, 1].map((g) => ({
      id: `c${c}-g${g}`,
      requirements: NUMERIC.map((m) => ({
        id: `r${n++}`,
        metric: m.metric,
        serviceLayer: layer,
        [m.op]: g === 0 ? m.threshold : m.threshold * (m.op === 'minValue' ? 1.004 : 0.5),
        unit: m.unit,
      })),
    }));
    criteria.push({ id: `c${c}`, requirementGroups: groups });
  }
  const metricOf = (k: string) => BUILT_IN_METRICS.find((m) => m.key === k);
  const { criteria: parsed, problems } = parseCriteria(criteria, { metricOf, isFramework: () => true, serviceLayers: LAYERS });
  if (problems.length) throw new Error(JSON.stringify(problems));
  return parsed;
}

function bids(): OfferedObjective[][] {
  return Array.from({ length: BIDS }, (_, b) =>
    LAYERS.flatMap((layer, l) =>
      NUMERIC.map((m, k) => {
        const target = m.offered(b + l + k);
        const id = `b${b}-${layer}-${m.metric}`;
        const operator = m.op === 'minValue' ? ('>=' as const) : ('<=' as const);
        return {
          componentId: `b${b}-${layer}`,
          serviceCategory: layer,
          objectiveId: id,
          metric: m.metric,
          operator,
          target,
          unit: m.offeredUnit,
          source: (b + k) % 3 ? ('attested' as const) : ('declared' as const),
          attestationId: null,
          objective: {
            id,
            metric: m.metric,
            operator,
            target,
            unit: m.offeredUnit,
            period: 'P1M',
            aggregation: 'mean' as const,
            tolerance: 0,
            validationSet: null,
            note: null,
          },
        };
      }),
    ),
  );
}

const FACTOR: Record<string, number> = { P1: 0.01, C62: 1, MIN: 60, HUR: 3600, SEC: 1, DAY: 86400 };

export async function runServiceLevelsBench(): Promise<void> {
  const criteria = tender();
  const offered = bids();
  const requirements = criteria.flatMap((c) => c.requirementGroups.flatMap((g) => g.requirements));
  const ctx = { attestedFrameworkIds: new Set<string>(), serviceLayers: new Set(LAYERS), atRisk: new Map() };
  const matcher: number[] = [];
  const baseline: number[] = [];
  let met = 0;
  let baselineMet = 0;
  for (let round = 0; round < ROUNDS; round++) {
    let t0 = performance.now();
    met = 0;
    for (const o of offered) {
      const report = matchCriteria(criteria, buildResponses(criteria, o), ctx);
      for (const c of report.criteria) for (const g of c.groups) for (const r of g.requirements) if (r.result === 'met') met++;
    }
    matcher.push(performance.now() - t0);
    // The plain loop: find the offered number by metric and layer, convert, compare. No groups, margins or reasons.
    t0 = performance.now();
    baselineMet = 0;
    for (const o of offered) {
      for (const r of requirements) {
        const x = o.find((y) => y.metric === r.metric && y.serviceCategory === r.serviceLayer);
        if (!x) continue;
        const v = ((x.target as number) * FACTOR[x.unit!]!) / FACTOR[r.unit!]!;
        if (r.minValue !== null ? v >= r.minValue - 1e-9 : v <= r.maxValue! + 1e-9) baselineMet++;
      }
    }
    baseline.push(performance.now() - t0);
  }
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const stats = (xs: number[]) => {
    const s = sorted(xs);
    return { min: s[0]!, median: s[Math.floor(s.length / 2)]!, max: s[s.length - 1]! };
  };
  const fmt = (x: { min: number; median: number; max: number }, digits = 2) =>
    `${x.min.toFixed(digits)} / ${x.median.toFixed(digits)} / ${x.max.toFixed(digits)}`;
  const m = stats(matcher);
  const b = stats(baseline);
  const ratio = stats(matcher.map((x, i) => x / baseline[i]!));
  process.stdout.write(
    `service-levels: ${requirements.length} requirements × ${offered.length} bids, ${ROUNDS} interleaved rounds (min / median / max)\n` +
      `  matcher     ${fmt(m)} ms  (${met} requirement results met)\n` +
      `  plain loop  ${fmt(b)} ms  (${baselineMet} met)\n` +
      `  ratio       ${fmt(ratio, 1)}x; target median ≤ 50 ms: ${m.median <= 50 ? 'met' : 'NOT MET'}\n`,
  );
  if (met !== baselineMet) throw new Error(`the matcher and the plain loop disagree: ${met} vs ${baselineMet} met`);
}
