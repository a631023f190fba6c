import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery } from '../../scripts/lib/devstack.js';
import { seedDemoIfEmpty } from '../../scripts/seed/demo-seed.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

/** The demo seed follows the product's rules: what it issues passes the same checks a user's would. */
describe('Demo seed', () => {
  let t: TestApp;
  let dbUrl: string;
  const sql = <T = Record<string, unknown>>(q: string, p: unknown[] = []) => adminQuery<T>(dbUrl, q, p);

  beforeAll(async () => {
    t = await createTestApp();
    dbUrl = t.db.adminUrl.replace(/\/[^/]*$/, `/${t.db.database}`);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('seeds once: one attestation for the decision, claiming exactly its scope, active, and a compliant bid relying on it', async () => {
    expect((await seedDemoIfEmpty(t.app)).created).toBe(true);
    const attestations = await sql<{ decision_id: string; status: string; markets: string[]; framework_ids: string[]; scope_markets: string[]; scope_framework_ids: string[] }>(
      `SELECT a.decision_id, a.status, a.markets, ARRAY(SELECT f->>'id' FROM jsonb_array_elements(a.frameworks) f ORDER BY 1) AS framework_ids,
              d.scope_markets, ARRAY(SELECT x::text FROM unnest(d.scope_framework_ids) x ORDER BY 1) AS scope_framework_ids
         FROM attestations a JOIN decisions d ON d.id = a.decision_id`,
    );
    expect(attestations).toHaveLength(1);
    const [a] = attestations;
    expect(a!.status).toBe('active');
    expect([...a!.markets].sort()).toEqual([...a!.scope_markets].sort());
    expect(a!.framework_ids).toEqual(a!.scope_framework_ids);
    const bids = await sql<{ overall: string }>('SELECT overall FROM bids');
    expect(bids.map((b) => b.overall)).toEqual(['compliant']);
    // A second run leaves the database alone.
    expect((await seedDemoIfEmpty(t.app)).created).toBe(false);
    expect(await sql('SELECT id FROM attestations')).toHaveLength(1);
  }, 180_000);
});
