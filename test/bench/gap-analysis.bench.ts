import { withScratchDatabase } from '../../scripts/lib/scratch-db.js';
import { seedEvidence } from './evidence-seed.js';
import { envInt, line, load, quantile, summary, tenantTimer } from './db-bench.js';

const definer = `LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp`;
const ROWS = `TABLE (framework_id uuid, requirement_id uuid, ref text, title text, sort_order integer, applicable boolean, evidence_count integer,
  inherited_requirement_id uuid, inherited_ref text, inherited_framework_id uuid, inherited_relation text, accepted boolean, open_findings integer)`;

/**
 * The gap analysis as it was before migration 1795675500000 (SQL functions, planned without
 * the workspace id; crosswalks read catalog-wide), created under bench_* names so both run
 * against the same data in interleaved rounds.
 */
const BEFORE = [
  `CREATE FUNCTION bench_evidence_gap_rows(p_workspace uuid, p_today date) RETURNS ${ROWS} ${definer} AS $$
  WITH allowed AS (SELECT 1 AS ok WHERE app_ws_role(p_workspace) IS NOT NULL),
  ws AS (SELECT w.organization_id FROM workspaces w, allowed WHERE w.id = p_workspace),
  req AS (
    SELECT r.id, r.framework_id, r.ref, r.title, r.sort_order, COALESCE(a.applicable, true) AS applicable
      FROM workspace_frameworks wf JOIN allowed ON true
      JOIN requirements r ON r.framework_id = wf.framework_id AND r.kind = 'control'
      LEFT JOIN workspace_applicability a ON a.workspace_id = p_workspace AND a.requirement_id = r.id
     WHERE wf.workspace_id = p_workspace),
  live AS (SELECT e.id FROM evidence e
     WHERE e.workspace_id = p_workspace AND e.current_version_id IS NOT NULL AND (e.valid_until IS NULL OR e.valid_until >= p_today)),
  direct AS (SELECT l.requirement_id, count(DISTINCT l.evidence_id)::integer AS n
      FROM evidence_links l JOIN live ON live.id = l.evidence_id WHERE l.workspace_id = p_workspace GROUP BY l.requirement_id),
  maps AS (SELECT m.source_requirement_id, m.target_requirement_id, m.relation FROM requirement_mappings m, ws
     WHERE m.organization_id IS NULL OR m.organization_id = ws.organization_id),
  covers AS (
    SELECT target_requirement_id AS target, source_requirement_id AS source, relation FROM maps WHERE relation IN ('equal', 'superset', 'intersects')
    UNION
    SELECT source_requirement_id, target_requirement_id, CASE relation WHEN 'subset' THEN 'superset' ELSE relation END FROM maps WHERE relation IN ('equal', 'subset', 'intersects')),
  inherited AS (
    SELECT DISTINCT ON (c.target) c.target, s.id AS src_id, s.ref AS src_ref, s.framework_id AS src_fw, c.relation
      FROM covers c JOIN direct d ON d.requirement_id = c.source JOIN req s ON s.id = c.source AND s.applicable
     ORDER BY c.target, CASE c.relation WHEN 'equal' THEN 0 WHEN 'superset' THEN 1 ELSE 2 END, s.ref)
  SELECT req.framework_id, req.id, req.ref, req.title, req.sort_order, req.applicable, COALESCE(d.n, 0), i.src_id, i.src_ref, i.src_fw, i.relation, false, 0
    FROM req LEFT JOIN direct d ON d.requirement_id = req.id LEFT JOIN inherited i ON i.target = req.id
   ORDER BY req.framework_id, req.sort_order $$`,
  `CREATE FUNCTION bench_gap_rows(p_workspace uuid, p_today date) RETURNS ${ROWS} ${definer} AS $$
  WITH latest_decided AS (SELECT s.id FROM submissions s WHERE s.workspace_id = p_workspace AND s.status = 'decided' ORDER BY s.number DESC LIMIT 1),
  acc AS (SELECT DISTINCT v.requirement_id FROM verdicts v JOIN latest_decided ld ON ld.id = v.submission_id WHERE v.outcome = 'satisfied'),
  fnd AS (SELECT f.requirement_id, count(*)::integer AS n FROM findings f
     WHERE f.workspace_id = p_workspace AND f.status IN ('open', 'responded') GROUP BY f.requirement_id)
  SELECT b.framework_id, b.requirement_id, b.ref, b.title, b.sort_order, b.applicable, b.evidence_count, b.inherited_requirement_id, b.inherited_ref,
         b.inherited_framework_id, b.inherited_relation, (acc.requirement_id IS NOT NULL), COALESCE(fnd.n, 0)
    FROM bench_evidence_gap_rows(p_workspace, p_today) b LEFT JOIN acc ON acc.requirement_id = b.requirement_id LEFT JOIN fnd ON fnd.requirement_id = b.requirement_id
   ORDER BY b.framework_id, b.sort_order $$`,
  `CREATE FUNCTION bench_evidence_freshness(p_workspace uuid, p_today date, p_days integer) RETURNS TABLE (expiring bigint, expired bigint) ${definer} AS $$
  SELECT count(*) FILTER (WHERE evidence_freshness(e.valid_until, p_today, p_days) = 'expiring'),
         count(*) FILTER (WHERE evidence_freshness(e.valid_until, p_today, p_days) = 'expired')
    FROM evidence e WHERE e.workspace_id = p_workspace AND app_ws_role(p_workspace) IS NOT NULL $$`,
];

/**
 * Gap analysis of a workspace with a 287-control framework, a crosswalked one and 5,000 evidence
 * links, while BENCH_EVIDENCE_ROWS (default 200,000; the target is stated at 1,000,000)
 * evidence items sit in another workspace and a 1,200-control framework crosswalked to the first
 * is in no workspace. Times the service's two statements (gap rows, then freshness counts) as
 * the owner, in BENCH_ROUNDS interleaved rounds of BENCH_SAMPLES each: before (the SQL
 * functions as they were) and now. Target: now ≤ 30 ms p50.
 */
export async function runGapAnalysisBench(): Promise<void> {
  const evidenceRows = envInt('BENCH_EVIDENCE_ROWS', 200_000);
  const rounds = envInt('BENCH_ROUNDS', 5);
  const samples = envInt('BENCH_SAMPLES', 20);
  await withScratchDatabase({ ...process.env }, async (config) => {
    const ownerUrl = config.DATABASE_MIGRATION_URL ?? config.DATABASE_URL;
    line(`seeding ${evidenceRows} evidence rows in another workspace, 5000 links in the analysed one… (${load()})`);
    const t0 = Date.now();
    const seed = await seedEvidence(ownerUrl, { evidenceRows, versionsEverywhere: true });
    const owner = await tenantTimer(ownerUrl);
    for (const sql of BEFORE) await owner.time(seed.ownerOrg, sql, []);
    await owner.close();
    line(`seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    const db = await tenantTimer(config.DATABASE_URL);
    const today = new Date().toISOString().slice(0, 10);
    const variants = {
      before: ['SELECT * FROM bench_gap_rows($1, $2::date)', 'SELECT * FROM bench_evidence_freshness($1, $2::date, 30)'],
      now: ['SELECT * FROM workspace_gap_rows($1, $2::date)', 'SELECT * FROM workspace_evidence_freshness($1, $2::date, 30)'],
    } as const;
    const run = async (v: keyof typeof variants) => {
      let ms = 0;
      const out: unknown[] = [];
      for (const sql of variants[v]) {
        const r = await db.time(seed.ownerOrg, sql, [seed.gapWorkspace, today]);
        ms += r.ms;
        out.push(r.rows);
      }
      return { ms, out: JSON.stringify(out) };
    };
    const [a, b] = [await run('before'), await run('now')];
    if (a.out !== b.out) throw new Error('before and now disagree on the gap rows');
    const gapRows = (JSON.parse(b.out) as unknown[][])[0]!.length;
    line(`both give the same ${gapRows} gap rows; ${rounds} rounds × ${samples} samples, interleaved`);
    const all: Record<string, number[]> = { before: [], now: [] };
    const p50s: Record<string, number[]> = { before: [], now: [] };
    for (let round = 0; round < rounds; round++) {
      const per: Record<string, number[]> = { before: [], now: [] };
      for (let i = 0; i < samples; i++) {
        for (const v of i % 2 ? (['now', 'before'] as const) : (['before', 'now'] as const)) per[v]!.push((await run(v)).ms);
      }
      for (const v of ['before', 'now']) {
        all[v]!.push(...per[v]!);
        p50s[v]!.push(quantile(per[v]!, 0.5));
      }
      line(`round ${round + 1}: p50 before ${quantile(per.before!, 0.5).toFixed(2)} ms, now ${quantile(per.now!, 0.5).toFixed(2)} ms (${load()})`);
    }
    await db.close();
    line(`gap analysis p50 per round, ms — before: ${summary(p50s.before!)}`);
    line(`gap analysis p50 per round, ms — now:    ${summary(p50s.now!)}   (target ≤ 30 ms)`);
    line(`before/now p50 ratio per round: ${summary(p50s.before!.map((x, i) => x / p50s.now![i]!))}`);
  });
}
