import { withScratchDatabase } from '../../scripts/lib/scratch-db.js';
import { seedEvidence } from './evidence-seed.js';
import { envInt, line, load, quantile, summary, tenantTimer } from './db-bench.js';

/** The evidence policy as it was before migration 1795675500000: functions called for every scanned row. */
const POLICY_BEFORE = `(app_ws_role(workspace_id) = 'owner' OR (app_ws_role(workspace_id) = 'contributor' AND component_id = ANY (app_ws_component_scope(workspace_id))))`;

/** The list's first page as the service sends it (keyset on id, 50 a page + 1). */
const COLUMNS =
  'e.id, e.workspace_id, e.organization_id, e.component_id, e.type, e.title, e.description, e.confidentiality, e.effective_date, e.valid_until, e.version, e.current_version_id, e.created_by, e.created_at, e.updated_at';
const OWNER_PAGE = `SELECT ${COLUMNS} FROM evidence e WHERE e.workspace_id = $1 ORDER BY e.id ASC LIMIT 51`;
const CONTRIBUTOR_PAGE_BEFORE = OWNER_PAGE;
const CONTRIBUTOR_PAGE = `SELECT ${COLUMNS} FROM evidence e WHERE e.workspace_id = $1 AND e.component_id = $2 ORDER BY e.id ASC LIMIT 51`;

/**
 * The evidence list's first page with BENCH_EVIDENCE_ROWS (default 200,000; the target
 * is stated at 1,000,000) items in the workspace, 1 in 1,000 of them the contributor's (so its
 * first page is spread over the first ~51,000 items in id order). Each
 * round times the owner's page, the contributor's page now, and (BENCH_BEFORE_SAMPLES per
 * round, default 2, since it takes seconds) the contributor's page under the policy as it was,
 * swapped in with ALTER POLICY on this throwaway database. Target: contributor ≤ 2× owner, p95.
 */
export async function runEvidenceListBench(): Promise<void> {
  const evidenceRows = envInt('BENCH_EVIDENCE_ROWS', 200_000);
  const rounds = envInt('BENCH_ROUNDS', 5);
  const samples = envInt('BENCH_SAMPLES', 40);
  const beforeSamples = envInt('BENCH_BEFORE_SAMPLES', 2);
  await withScratchDatabase({ ...process.env }, async (config) => {
    const ownerUrl = config.DATABASE_MIGRATION_URL ?? config.DATABASE_URL;
    line(`seeding ${evidenceRows} evidence rows in one workspace… (${load()})`);
    const t0 = Date.now();
    const seed = await seedEvidence(ownerUrl, { evidenceRows, links: 10 });
    line(`seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const admin = await tenantTimer(ownerUrl);
    const [{ policy_now }] = (
      await admin.time(seed.ownerOrg, `SELECT qual AS policy_now FROM pg_policies WHERE tablename = 'evidence' AND policyname = 'evidence_access'`, [])
    ).rows as { policy_now: string }[];
    const setPolicy = (p: string) => admin.time(seed.ownerOrg, `ALTER POLICY evidence_access ON evidence USING ${p} WITH CHECK ${p}`, []);

    const db = await tenantTimer(config.DATABASE_URL);
    const owner = () => db.time(seed.ownerOrg, OWNER_PAGE, [seed.bigWorkspace]);
    const contributor = () => db.time(seed.contributorOrg, CONTRIBUTOR_PAGE, [seed.bigWorkspace, seed.contributorComponents[0]]);
    const contributorBefore = () => db.time(seed.contributorOrg, CONTRIBUTOR_PAGE_BEFORE, [seed.bigWorkspace]);
    const check = await contributor();
    await setPolicy(POLICY_BEFORE);
    const checkBefore = await contributorBefore();
    await setPolicy(`(${policy_now})`);
    if (JSON.stringify(check.rows) !== JSON.stringify(checkBefore.rows) || check.rows.length !== 51) throw new Error('contributor pages differ before/now');
    line(`same first page before and now (${check.rows.length} rows); ${rounds} rounds × ${samples} samples, interleaved`);

    const ratios: number[] = [];
    const ratiosBefore: number[] = [];
    const p95: Record<string, number[]> = { owner: [], contributor: [], before: [] };
    for (let round = 0; round < rounds; round++) {
      const o: number[] = [];
      const c: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < samples; i++) {
        if (i % 2) {
          c.push((await contributor()).ms);
          o.push((await owner()).ms);
        } else {
          o.push((await owner()).ms);
          c.push((await contributor()).ms);
        }
      }
      await setPolicy(POLICY_BEFORE);
      for (let i = 0; i < beforeSamples; i++) b.push((await contributorBefore()).ms);
      await setPolicy(`(${policy_now})`);
      const [po, pc, pb] = [quantile(o, 0.95), quantile(c, 0.95), quantile(b, 0.95)];
      p95.owner!.push(po);
      p95.contributor!.push(pc);
      p95.before!.push(pb);
      ratios.push(pc / po);
      ratiosBefore.push(pb / po);
      line(`round ${round + 1}: p95 owner ${po.toFixed(2)} ms, contributor ${pc.toFixed(2)} ms, contributor before ${pb.toFixed(1)} ms (${load()})`);
    }
    await db.close();
    await admin.close();
    line(`owner first page p95, ms:              ${summary(p95.owner!)}`);
    line(`contributor first page p95, ms (now):  ${summary(p95.contributor!)}`);
    line(`contributor first page p95, ms (before): ${summary(p95.before!)}`);
    line(`contributor/owner p95 ratio now:    ${summary(ratios)}   (target ≤ 2)`);
    line(`contributor/owner p95 ratio before: ${summary(ratiosBefore)}`);
  });
}
