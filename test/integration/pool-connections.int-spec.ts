import { Db, MemberRole, OrganizationKind, scopeOf, systemScope, systemScopeUses } from '@attesta/core';
import { ClsService } from 'nestjs-cls';
import { Client as PgClient } from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestOrg } from '../setup/factories.js';
import { databaseUrlOf } from '../setup/database.js';
import { client, type Client } from '../setup/http.js';
import { streamUpload } from '../setup/multipart.js';
import { authHeaders } from '../setup/http.js';
import { pgWarnings } from '../setup/pg-warnings.js';
import { judgeAll } from '../setup/review-helpers.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { workspaceFactories, type TestWorkspace } from '../setup/workspace-factories.js';

type Done = (err?: Error | boolean) => void;
interface PgPool {
  connect(cb: (err: Error | undefined, client: unknown, done: Done) => void): void;
}

/**
 * How many pooled connections each request or job holds at once. The pool's `connect` is
 * wrapped; the holder is the request's correlation id or the job's event id (nestjs-cls),
 * read when the connection is asked for.
 */
class PoolWatch {
  private readonly held = new Map<string, number>();
  readonly peak = new Map<string, number>();
  watching = false;

  constructor(pool: PgPool, cls: ClsService) {
    const connect = pool.connect.bind(pool);
    pool.connect = (cb) => {
      const holder = cls.isActive() ? String(cls.getId() ?? '(context without id)') : '(no context)';
      connect((err, c, done) => {
        if (err || !this.watching) return cb(err, c, done);
        const now = (this.held.get(holder) ?? 0) + 1;
        this.held.set(holder, now);
        this.peak.set(holder, Math.max(this.peak.get(holder) ?? 0, now));
        let released = false;
        cb(err, c, (e) => {
          if (!released) this.held.set(holder, (this.held.get(holder) ?? 1) - 1);
          released = true;
          done(e);
        });
      });
    };
  }

  reset(): void {
    this.held.clear();
    this.peak.clear();
  }

  /** Holders (requests, jobs) that held more than one connection at the same time. */
  overlapping(): Record<string, number> {
    return Object.fromEntries([...this.peak].filter(([, n]) => n > 1));
  }
}

describe('pooled connections per request and job', () => {
  let t: TestApp;
  let http: Client;
  let watch: PoolWatch;
  let maker: TestOrg;
  let assessor: TestOrg;
  let ws: TestWorkspace;

  beforeAll(async () => {
    // The all-in-one process: the jobs a decision and an attestation cause run here too.
    t = await createTestApp({ env: { API_RUN_PROCESSORS: 'true' } });
    http = client(t.baseUrl);
    const pool = (t.app.get(DataSource).driver as unknown as { master: PgPool }).master;
    watch = new PoolWatch(pool, t.app.get(ClsService));
    const w = workspaceFactories(http);
    const vendor = await w.newOrganization(OrganizationKind.ServiceVendor);
    maker = await w.newOrganization(OrganizationKind.Manufacturer);
    assessor = await w.newVerifiedAssessor();
    ws = await w.newWorkspace(maker, vendor.id);
    await w.join(maker, ws, vendor, 'contributor');
    await w.join(maker, ws, assessor, 'assessor');
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('every request and job of the way to an attestation holds at most one connection at a time', async () => {
    watch.watching = true;
    const wsBase = `/v1/workspaces/${ws.id}`;
    const rows = await http.get<{ data: { requirementId: string }[] }>(`${wsBase}/applicability?limit=1`, maker.owner.as);
    const e = await http.post<{ id: string }>(
      `${wsBase}/evidence`,
      { type: 'test_report', title: 'Machine test report', confidentiality: 'internal', effectiveDate: '2026-01-01', componentId: ws.hardwareComponentId },
      maker.owner.as,
    );
    expect(e.status, JSON.stringify(e.body)).toBe(201);
    const up = await streamUpload(`${t.baseUrl}${wsBase}/evidence/${e.body.id}/versions`, authHeaders(maker.owner.as), {
      filename: 'report.txt',
      contentType: 'text/plain',
      size: 256,
    });
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    expect((await http.post(`${wsBase}/evidence/${e.body.id}/links`, { requirementId: rows.body.data[0]!.requirementId }, maker.owner.as)).status).toBe(201);
    const sub = await http.post<{ number: number }>(`${wsBase}/submissions`, { note: 'For attestation' }, maker.owner.as);
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
    await judgeAll(http, ws.id, sub.body.number, assessor.owner.as);
    const today = new Date().toISOString().slice(0, 10);
    const until = new Date(Date.now() + 730 * 86_400_000).toISOString().slice(0, 10);
    const d = await http.post<{ id: string }>(
      `${wsBase}/submissions/${sub.body.number}/decision`,
      { outcome: 'conformant', scopeStatement: 'VMC-850 rev C with the predictive-maintenance SaaS 4.2.0', validFrom: today, validUntil: until },
      assessor.owner.as,
    );
    expect(d.status, JSON.stringify(d.body)).toBe(201);

    watch.reset();
    const issued = await http.post<{ id: string }>(`${wsBase}/attestations`, { decisionId: d.body.id, accredited: false }, assessor.owner.as);
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    // The jobs the issue caused (outbox relay, event fan-out, webhooks) get a moment to run.
    await new Promise((r) => setTimeout(r, 3000));
    watch.watching = false;

    expect(watch.peak.size).toBeGreaterThan(0);
    expect(watch.overlapping()).toEqual({});
  });

  it('a nested tx of another scope joins the open transaction on its connection and restores the outer scope', async () => {
    const db = t.app.get(Db);
    const setting = async (em: { query: (q: string) => Promise<{ org: string }[]> }) =>
      (await em.query(`SELECT current_setting('app.org_id', true) AS org`))[0]!.org;
    const before = systemScopeUses().get('test: nested public read') ?? 0;
    watch.reset();
    watch.watching = true;
    const seen = await db.tx(
      scopeOf({ kind: 'user', userId: maker.owner.userId, organizationId: maker.id, organizationKind: OrganizationKind.Manufacturer, role: MemberRole.Owner }),
      async (outer) => {
        const [{ pid: outerPid }] = await outer.query('SELECT pg_backend_pid() AS pid');
        const inner = await db.tx(systemScope('test: nested public read'), async (em) => ({
          same: em === outer,
          org: await setting(em),
          pid: (await em.query('SELECT pg_backend_pid() AS pid'))[0].pid,
        }));
        return { inner, outerPid, after: await setting(outer) };
      },
    );
    watch.watching = false;
    expect(seen.inner).toEqual({ same: true, org: '', pid: seen.outerPid });
    expect(seen.after).toBe(maker.id);
    expect(Math.max(...watch.peak.values())).toBe(1);
    expect(systemScopeUses().get('test: nested public read')).toBe(before + 1);
  });

  it('Db.statement runs one statement with the scope settings in one text; a failed one is rolled back and its connection is clean', async () => {
    const db = t.app.get(Db);
    const scope = scopeOf({
      kind: 'user',
      userId: maker.owner.userId,
      organizationId: maker.id,
      organizationKind: OrganizationKind.Manufacturer,
      role: MemberRole.Owner,
    });
    const rows = await db.statement<{ org: string; usr: string; echo: string; nothing: string | null }>(
      scope,
      `SELECT current_setting('app.org_id', true) AS org, current_setting('app.user_id', true) AS usr, $1::text AS echo, $2::text AS nothing`,
      ["it's; DROP TABLE users; --", null],
    );
    // Parameters arrive as values (escaped), the settings are the scope's.
    expect(rows).toEqual([{ org: maker.id, usr: maker.owner.userId, echo: "it's; DROP TABLE users; --", nothing: null }]);
    await expect(db.statement(scope, 'SELECT 1/0 AS x')).rejects.toThrow(/division by zero/);
    // The pool hands the last released connection out first: an aborted transaction left on it would fail these.
    for (let i = 0; i < 6; i++) {
      const [r] = await db.statement<{ org: string }>(systemScope('test: after a failed statement'), `SELECT current_setting('app.org_id', true) AS org`);
      expect(r!.org).toBe('');
    }
    const [outside] = await db.tx(systemScope('test: after a failed statement'), (em) => em.query(`SELECT current_setting('app.user_id', true) AS usr`));
    expect(outside).toEqual({ usr: '' });
  });

  it('Db.statements inlines each $n as its own parameter: two digits, repeats, text around markers, the same text with other values, a missing one refused', async () => {
    const db = t.app.get(Db);
    const scope = systemScope('test: parameter markers');
    const sql = `SELECT $1::text || '-' || $10::text AS a, $2::text AS b, $1::text AS again, '$x' AS literal`;
    const params = (first: string) => [first, "o'b", '3', '4', '5', '6', '7', '8', '9', 'ten'];
    for (const first of ['one', 'uno']) {
      const [rows] = await db.statements(scope, [{ sql, params: params(first) }]);
      expect(rows).toEqual([{ a: `${first}-ten`, b: "o'b", again: first, literal: '$x' }]);
    }
    await expect(db.statements(scope, [{ sql: 'SELECT $1::text AS a, $2::text AS b', params: ['only one'] }])).rejects.toThrow(/no parameter \$2/);
  });

  it('a connection broken under Db.statements fails that call only: the process lives on, the client leaves the pool, the next call runs', async () => {
    const db = t.app.get(Db);
    const pool = (t.app.get(DataSource).driver as unknown as { master: { totalCount: number; idleCount: number } }).master;
    const marker = `broken-connection-${Date.now()}`;
    // Its outcome is taken at once, so a failure before the assertion below is not an unhandled rejection.
    const outcome = db.statements(systemScope('test: a broken connection'), [{ sql: `SELECT $1::text AS marker, pg_sleep(30)`, params: [marker] }]).then(
      () => new Error('the statement finished'),
      (e: unknown) => e,
    );
    const admin = new PgClient({ connectionString: databaseUrlOf(t) });
    await admin.connect();
    try {
      // The backend running the statement is ended from outside, as a restart or a network cut would.
      let ended = false;
      for (let i = 0; i < 100 && !ended; i++) {
        const r = await admin.query(`SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE query LIKE $1 AND pid <> pg_backend_pid()`, [
          `%${marker}%`,
        ]);
        ended = r.rows.some((row: { ended: boolean }) => row.ended);
        if (!ended) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(ended).toBe(true);
    } finally {
      await admin.end();
    }
    expect(String(await outcome)).toMatch(/terminat/i);
    // The broken client was destroyed, not handed out again: every later call gets a working one.
    for (let i = 0; i < 6; i++) {
      const [rows] = await db.statements(systemScope('test: after a broken connection'), [{ sql: `SELECT 1 AS one` }]);
      expect(rows).toEqual([{ one: 1 }]);
    }
    expect(pool.totalCount).toBeGreaterThan(0);
  });

  it('Db.tx opens its transaction with the first statement, or just before one it cannot carry, and a failed first statement is rolled back', async () => {
    const db = t.app.get(Db);
    const scope = scopeOf({
      kind: 'user',
      userId: maker.owner.userId,
      organizationId: maker.id,
      organizationKind: OrganizationKind.Manufacturer,
      role: MemberRole.Owner,
    });
    const read = `SELECT current_setting('app.org_id', true) AS org, txid_current_if_assigned() IS NULL AS fresh, now() = statement_timestamp() AS first`;
    // Carried: plain parameters, no quotes. Not carried: quotes in the text. Both see the settings, inside one transaction.
    const carried = await db.tx(scope, async (em) => {
      const [a] = await em.query(`SELECT $1::text AS x, pg_backend_pid() AS pid`, [maker.id]);
      const [b] = await em.query(read);
      return { a, b };
    });
    expect(carried.a.x).toBe(maker.id);
    expect(carried.b).toMatchObject({ org: maker.id, first: false });
    const own = await db.tx(scope, async (em) => {
      const [b] = await em.query(read);
      await em.query('SELECT pg_sleep(0.01)');
      const [c] = await em.query(`SELECT now() = statement_timestamp() AS same, current_setting('app.user_id', true) AS usr`);
      return { b, c };
    });
    expect(own.b.org).toBe(maker.id);
    expect(own.c).toEqual({ same: false, usr: maker.owner.userId });
    // A transaction that sends nothing, then one whose first (carried) statement fails: the connection comes back clean.
    await db.tx(scope, async () => undefined);
    await expect(db.tx(scope, (em) => em.query(`SELECT 1 / $1::int AS x`, [0]))).rejects.toThrow(/division by zero/);
    for (let i = 0; i < 6; i++) {
      const [r] = await db.tx(systemScope('test: after a failed first statement'), (em) => em.query(`SELECT current_setting('app.org_id', true) AS org`));
      expect(r).toEqual({ org: '' });
    }
  });

  it('a test fails when pg prints a deprecation warning (overlapping queries on one client)', async () => {
    const c = new PgClient({ connectionString: t.config.DATABASE_URL });
    await c.connect();
    try {
      // pg warns when a query is added while another waits behind the running one.
      await Promise.all([c.query('SELECT 1'), c.query('SELECT 2'), c.query('SELECT 3')]);
    } finally {
      await c.end();
    }
    await new Promise((r) => setImmediate(r));
    // The setup file saw it; taken here, so this test passes where any other would fail.
    const seen = pgWarnings.splice(0);
    expect(seen.join('\n')).toMatch(/already executing a query/);
  });
});
