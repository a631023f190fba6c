import { Db, systemScope } from '@attesta/core';
import { OrganizationKind } from '@attesta/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery } from '../../scripts/lib/devstack.js';
import { factories, type TestOrg } from '../setup/factories.js';
import { client } from '../setup/http.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

/**
 * Row-level security is the backstop under every service: even a raw query through
 * the app's own connection, inside organization B's context, must not see A's rows.
 */
describe('Row-level security', () => {
  let t: TestApp;
  let db: Db;
  let a: TestOrg;
  let b: TestOrg;
  const tables = ['organizations', 'memberships', 'users', 'api_keys', 'invitations', 'refresh_tokens', 'audit_events'];

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(Db);
    const http = client(t.baseUrl);
    const f = factories(http);
    a = await f.newOrganization(OrganizationKind.Manufacturer);
    b = await f.newOrganization(OrganizationKind.Assessor);
    await f.newApiKey(a, ['audit:read']);
    await http.post('/v1/organization/invitations', { email: 'someone@example.test', role: 'member' }, a.owner.as);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('connects as a role that owns no table and cannot bypass row-level security', async () => {
    const [role] = await db.raw.query(`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`);
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = await db.raw.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user`);
    expect(owned).toEqual([]);
    const unprotected = await db.raw.query(
      `SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND relname NOT IN ('schema_migrations', 'seed_steps')
          AND NOT (c.relrowsecurity AND c.relforcerowsecurity)`,
    );
    expect(unprotected).toEqual([]);
  });

  it("shows organization B nothing of A, even to raw SQL in B's context", async () => {
    await db.tx(systemScope('test: raw SQL as organization B', { organizationId: b.id, userId: b.owner.userId }), async (em) => {
      for (const table of tables) {
        const rows: { organization_id?: string; id: string }[] = await em.query(`SELECT * FROM ${table}`);
        const leaked = rows.filter((r) => r.organization_id === a.id || r.id === a.id || r.id === a.owner.userId);
        expect(leaked, `${table} leaked A's rows`).toEqual([]);
      }
      // And B does see its own.
      expect(await em.query(`SELECT id FROM organizations`)).toEqual([{ id: b.id }]);
    });
  });

  it('cannot write into another organization', async () => {
    await expect(
      db.tx(systemScope('test: raw SQL as organization B', { organizationId: b.id, userId: b.owner.userId }), (em) =>
        em.query(`INSERT INTO memberships (id, organization_id, user_id, role) VALUES (gen_random_uuid(), $1, $2, 'owner')`, [a.id, b.owner.userId]),
      ),
    ).rejects.toThrow(/row-level security/);
    const updated = await db.tx(systemScope('test: raw SQL as organization B', { organizationId: b.id, userId: b.owner.userId }), (em) =>
      em.query(`UPDATE api_keys SET name = 'stolen' WHERE organization_id = $1`, [a.id]),
    );
    expect(updated[1]).toBe(0);
  });

  it('shows nothing at all outside a tenant context, and does not leak settings across pooled connections', async () => {
    for (const table of tables) {
      expect(await db.raw.query(`SELECT * FROM ${table}`), table).toEqual([]);
    }
    await db.tx(systemScope('test: raw SQL as organization A', { organizationId: a.id, userId: a.owner.userId }), async (em) => {
      expect((await em.query(`SELECT id FROM organizations`)).length).toBe(1);
    });
    // The next statements may run on the very connection A just used.
    for (let i = 0; i < 10; i++) {
      const [s] = await db.raw.query(`SELECT current_setting('app.org_id', true) AS org`);
      expect(s.org ?? '').toBe('');
      expect(await db.raw.query(`SELECT id FROM organizations`)).toEqual([]);
    }
  });

  it('keeps the audit log append-only for the app role', async () => {
    await expect(
      db.tx(systemScope('test: raw SQL as organization A', { organizationId: a.id, userId: a.owner.userId }), (em) =>
        em.query(`UPDATE audit_events SET action = 'x'`),
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      db.tx(systemScope('test: raw SQL as organization A', { organizationId: a.id, userId: a.owner.userId }), (em) => em.query(`DELETE FROM audit_events`)),
    ).rejects.toThrow(/permission denied/);
    // The owner role could (it runs migrations); the check is that the app role cannot.
    const [{ count }] = await adminQuery<{ count: string }>(
      t.db.adminUrl.replace(/\/[^/]*$/, `/${t.db.database}`),
      `SELECT count(*) FROM audit_events WHERE organization_id = $1`,
      [a.id],
    );
    expect(Number(count)).toBeGreaterThan(0);
  });
});
