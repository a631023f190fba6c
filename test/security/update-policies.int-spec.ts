import { Db } from '@attesta/core';
import type { QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories, type TestOrg } from '../setup/factories.js';
import { client } from '../setup/http.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { workspaceFactories, type TestWorkspace } from '../setup/workspace-factories.js';

/**
 * Row-level security must say what a row may become, not only which rows may be touched:
 * an UPDATE policy without `WITH CHECK` lets whoever may touch a row rewrite it into
 * anything its `USING` still admits (an observer promoting itself to owner).
 */
describe('Row-level security: UPDATE policies', () => {
  let t: TestApp;
  let db: Db;
  let owner: TestOrg;
  let observer: TestOrg;
  let invitee: TestOrg;
  let ws: TestWorkspace;
  let observerParticipant: string;
  let inviteeParticipant: string;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(Db);
    const http = client(t.baseUrl);
    const f = workspaceFactories(http);
    owner = await f.newOrganization(f.kinds.Manufacturer);
    observer = await factories(http).newOrganization(f.kinds.Procurer);
    invitee = await factories(http).newOrganization(f.kinds.ServiceVendor);
    ws = await f.newWorkspace(owner);
    observerParticipant = await f.join(owner, ws, observer, 'observer');
    const invited = await http.post<{ id: string }>(
      `/v1/workspaces/${ws.id}/participants`,
      { organizationId: invitee.id, role: 'contributor', componentIds: [ws.saasComponentId] },
      owner.owner.as,
    );
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    inviteeParticipant = invited.body.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Raw SQL through the app's own connection, in an organization's context, rolled back. */
  async function asOrganization<T>(org: TestOrg, work: (q: QueryRunner) => Promise<T>): Promise<T> {
    const q = db.raw.createQueryRunner();
    await q.connect();
    try {
      await q.startTransaction();
      await q.query(`SELECT set_config('app.org_id', $1, true), set_config('app.user_id', $2, true)`, [org.id, org.owner.userId]);
      return await work(q);
    } finally {
      if (q.isTransactionActive) await q.rollbackTransaction();
      await q.release();
    }
  }

  /** Refused by the database: the row is out of reach (0 rows) or its new version is rejected. */
  async function refused(org: TestOrg, sql: string, params: unknown[]): Promise<void> {
    await asOrganization(org, async (q) => {
      let changed: number;
      try {
        const [, affected] = (await q.query(`${sql} RETURNING id`, params)) as [unknown[], number];
        changed = affected;
      } catch (e) {
        expect((e as Error).message).toMatch(/row-level security/);
        return;
      }
      expect(changed, sql).toBe(0);
    });
  }

  it('every UPDATE (and ALL) policy has a WITH CHECK', async () => {
    const missing: { tablename: string; policyname: string }[] = await db.raw.query(
      `SELECT tablename, policyname FROM pg_policies WHERE schemaname = 'public' AND cmd IN ('UPDATE', 'ALL') AND with_check IS NULL ORDER BY 1, 2`,
    );
    expect(missing).toEqual([]);
  });

  it('an observer cannot promote itself to owner at the database level', async () => {
    await refused(observer, `UPDATE workspace_participants SET role = 'owner' WHERE id = $1`, [observerParticipant]);
    await refused(observer, `UPDATE workspace_participants SET role = 'assessor', status = 'accepted' WHERE id = $1`, [observerParticipant]);
    const [row] = await asOrganization(owner, (q) => q.query(`SELECT role, status FROM workspace_participants WHERE id = $1`, [observerParticipant]));
    expect(row).toEqual({ role: 'observer', status: 'accepted' });
  });

  it('an invited organization may answer its invitation and change nothing else', async () => {
    await refused(invitee, `UPDATE workspace_participants SET status = 'accepted', role = 'owner' WHERE id = $1`, [inviteeParticipant]);
    await refused(invitee, `UPDATE workspace_participants SET status = 'accepted', component_ids = ARRAY[$2::uuid, $3::uuid] WHERE id = $1`, [
      inviteeParticipant,
      ws.saasComponentId,
      ws.hardwareComponentId,
    ]);
    await refused(invitee, `UPDATE workspace_participants SET role = 'owner' WHERE id = $1`, [inviteeParticipant]);
    const answered = await asOrganization(invitee, (q) =>
      q.query(`UPDATE workspace_participants SET status = 'accepted', responded_at = now() WHERE id = $1 RETURNING role, status`, [inviteeParticipant]),
    );
    expect(answered[0]).toEqual([{ role: 'contributor', status: 'accepted' }]);
  });

  it('the workspace owner still manages participations', async () => {
    const updated = await asOrganization(owner, (q) =>
      q.query(`UPDATE workspace_participants SET status = 'removed' WHERE id = $1 RETURNING status`, [observerParticipant]),
    );
    expect(updated[0]).toEqual([{ status: 'removed' }]);
  });
});
