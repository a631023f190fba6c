import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEvidence, type EvidenceSeed } from '../bench/evidence-seed.js';
import { tenantQuery } from '../setup/database.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-env.js';

/**
 * The evidence hot paths at scale, checked by their plans rather than by timing (the numbers
 * are in docs/performance.md, from `npm run bench -- evidence-list` and `-- gap-analysis`):
 *  - the row policy's look-ups of the caller's workspaces and components run once per
 *    statement (InitPlans), never in a per-row filter, and a contributor's list reads its
 *    components through ix_evidence_workspace_component;
 *  - the gap analysis plans its evidence reads with the workspace id itself (an index
 *    condition on the literal id), not a generic plan over a parameter.
 */

interface PlanNode {
  'Node Type': string;
  'Parent Relationship'?: string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Output?: string[];
  Plans?: PlanNode[];
  [key: string]: unknown;
}

const nodesOf = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodesOf)];
const CONDITIONS = ['Filter', 'Index Cond', 'Recheck Cond', 'Join Filter', 'Hash Cond', 'One-Time Filter'];
const conditionsOf = (n: PlanNode): string => CONDITIONS.map((k) => (typeof n[k] === 'string' ? (n[k] as string) : '')).join(' ');

const LIST = `SELECT e.id, e.title FROM evidence e WHERE e.workspace_id = $1 AND e.component_id = $2 ORDER BY e.id LIMIT 51`;
const OWNER_LIST = `SELECT e.id, e.title FROM evidence e WHERE e.workspace_id = $1 ORDER BY e.id LIMIT 51`;

describe('evidence query plans', () => {
  let db: TestDatabase;
  let seed: EvidenceSeed;
  let adminUrl: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    adminUrl = db.adminUrl.replace(/\/[^/]*$/, `/${db.database}`);
    seed = await seedEvidence(adminUrl, { evidenceRows: 20_000, otherControls: 300, links: 1000 });
  }, 120_000);
  afterAll(async () => {
    await db?.dispose();
  });

  const explain = async (organizationId: string, sql: string, params: unknown[]): Promise<PlanNode[]> => {
    const [row] = await tenantQuery<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
      { config: db.config },
      { organizationId },
      `EXPLAIN (VERBOSE, FORMAT JSON) ${sql}`,
      params,
    );
    return nodesOf(row!['QUERY PLAN'][0].Plan);
  };

  it.each([
    ['contributor', LIST],
    ['owner', OWNER_LIST],
  ] as const)("evaluates the %s's workspaces and components once per statement, not per row", async (who, sql) => {
    const org = who === 'owner' ? seed.ownerOrg : seed.contributorOrg;
    const nodes = await explain(org, sql, who === 'owner' ? [seed.bigWorkspace] : [seed.bigWorkspace, seed.contributorComponents[0]]);
    const initPlans = nodes.filter((n) => n['Parent Relationship'] === 'InitPlan').map((n) => (n.Output ?? []).join(' '));
    expect(initPlans.some((o) => o.includes('app_my_workspaces'))).toBe(true);
    expect(initPlans.some((o) => o.includes('app_my_components'))).toBe(true);
    const perRow = nodes.map(conditionsOf).filter((c) => /app_ws_role|app_ws_component_scope|app_my_/.test(c));
    expect(perRow).toEqual([]);
    // And the policy still decides: the contributor's page holds its component's evidence only.
    const rows = await tenantQuery<{ component_id: string }>({ config: db.config }, { organizationId: org }, `SELECT DISTINCT component_id FROM evidence`);
    if (who === 'contributor') expect(rows.map((r) => r.component_id)).toEqual(seed.contributorComponents);
    else expect(rows.length).toBeGreaterThan(1);
  });

  it("reads the contributor's list through the (workspace, component, id) index", async () => {
    const nodes = await explain(seed.contributorOrg, LIST, [seed.bigWorkspace, seed.contributorComponents[0]]);
    const evidence = nodes.filter((n) => n['Relation Name'] === 'evidence');
    expect(evidence.map((n) => n['Index Name'])).toEqual(['ix_evidence_workspace_component']);
  });

  it('plans the gap analysis with the workspace id: an index condition on the id itself, no scan of the whole evidence table', async () => {
    // auto_explain logs the plans of the statements the functions run; the LOG lines reach this client.
    const c = new pg.Client({ connectionString: adminUrl });
    const plans: PlanNode[] = [];
    c.on('notice', (m) => {
      const text = m.message ?? '';
      const json = text.slice(text.indexOf('{'));
      if (text.includes('plan:') && json.startsWith('{')) plans.push((JSON.parse(json) as { Plan: PlanNode }).Plan);
    });
    await c.connect();
    try {
      await c.query(`LOAD 'auto_explain'`);
      await c.query(`SET auto_explain.log_min_duration = 0; SET auto_explain.log_nested_statements = on; SET auto_explain.log_format = json`);
      await c.query(`SET client_min_messages = log`);
      await c.query(`SELECT set_config('app.org_id', $1, false)`, [seed.ownerOrg]);
      const today = new Date().toISOString().slice(0, 10);
      const gap = await c.query(`SELECT * FROM workspace_gap_rows($1, $2::date)`, [seed.gapWorkspace, today]);
      const fresh = await c.query(`SELECT * FROM workspace_evidence_freshness($1, $2::date, 30)`, [seed.gapWorkspace, today]);
      expect(gap.rows.filter((r: { evidence_count: number }) => r.evidence_count > 0).length).toBeGreaterThan(0);
      expect(Number(fresh.rows[0].expired)).toBeGreaterThan(0);
    } finally {
      await c.end();
    }
    const evidenceScans = plans.flatMap(nodesOf).filter((n) => n['Relation Name'] === 'evidence');
    expect(evidenceScans.length).toBeGreaterThanOrEqual(2);
    for (const n of evidenceScans) {
      expect(n['Node Type']).not.toBe('Seq Scan');
    }
    const withId = plans
      .flatMap(nodesOf)
      .filter((n) => /Index Scan|Bitmap Index Scan|Index Only Scan/.test(n['Node Type']) && (n['Index Name'] ?? '').startsWith('ix_evidence_workspace'));
    expect(withId.length).toBeGreaterThanOrEqual(2);
    for (const n of withId) expect(n['Index Cond']).toContain(`'${seed.gapWorkspace}'::uuid`);
  });
});
