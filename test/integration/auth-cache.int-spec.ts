import { MemberRole, OrganizationKind } from '@attesta/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerApp } from '../../apps/all-in-one/src/all-in-one.js';
import { factories, type TestOrg } from '../setup/factories.js';
import { client, type Client, type Credentials } from '../setup/http.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

/**
 * Two API instances on one database and one Redis, as two replicas behind a load balancer.
 * Credentials checked on instance B are served from B's in-process cache (no look-up reaches
 * PostgreSQL); a change made through instance A (API key revoked, member removed, role changed,
 * session ended) is refused or seen by B within 1 s. The cache's TTL is a minute here, so only
 * the invalidation published over Redis can explain B's answer changing that fast.
 */
describe('Authentication cache across two instances', () => {
  let t: TestApp;
  let second: NestFastifyApplication | undefined;
  let a: Client;
  let b: Client;
  let org: TestOrg;

  beforeAll(async () => {
    // Instance A is the test app (its database, queue prefix and mailbox); B is a second app on the same configuration.
    t = await createTestApp({ env: { AUTH_CACHE_TTL_MS: '60000' } });
    second = await createServerApp(t.config);
    await second.listen({ port: 0, host: '127.0.0.1' });
    const address = second.getHttpServer().address();
    a = client(t.baseUrl);
    b = client(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    org = await factories(a).newOrganization(OrganizationKind.Manufacturer);
  }, 120_000);
  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  /** The texts every pg client of this process sends while `work` runs. */
  async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
    const texts: string[] = [];
    const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
    const original = proto.query;
    proto.query = function (this: unknown, ...args: unknown[]) {
      const q = args[0];
      texts.push(typeof q === 'string' ? q : String((q as { text?: string } | null)?.text ?? '?'));
      return original.apply(this, args);
    };
    try {
      await work();
    } finally {
      proto.query = original;
    }
    return texts;
  }

  /** Polls B until `done(status)`; the milliseconds it took from `since`. Fails past 1 s. */
  async function untilOnB(path: string, as: Credentials, done: (status: number, body: unknown) => boolean, since: number): Promise<number> {
    for (;;) {
      const res = await b.get(path, as);
      const elapsed = Date.now() - since;
      if (done(res.status, res.body)) return elapsed;
      expect(elapsed, `${path} still answered ${res.status} on the other instance`).toBeLessThan(1000);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** B answers from its cache: a request there sends no authentication look-up to PostgreSQL. */
  async function expectServedFromCache(path: string, as: Credentials): Promise<void> {
    expect((await b.get(path, as)).status).toBe(200);
    const texts = await statementsDuring(async () => expect((await b.get(path, as)).status).toBe(200));
    expect(texts.filter((s) => /auth_api_key|FROM memberships m/.test(s))).toEqual([]);
  }

  it('an API key revoked through one instance is refused by the other within 1 s', async () => {
    const f = factories(a);
    const key = await f.newApiKey(org, ['members:read']);
    await expectServedFromCache('/v1/organization/members', key.as);

    const revoked = await a.call('DELETE', `/v1/organization/api-keys/${key.id}`, { as: org.owner.as });
    const at = Date.now();
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200);
    const took = await untilOnB('/v1/organization/members', key.as, (s) => s === 401, at);
    process.stdout.write(`API key revoked on A, refused by B after ${took} ms\n`);
    // And it stays refused (nothing put it back).
    expect((await b.get('/v1/organization/members', key.as)).status).toBe(401);
  });

  it('a member removed through one instance is refused by the other within 1 s; a role change is seen as fast', async () => {
    const f = factories(a);
    const member = await f.newMember(org, MemberRole.Member);
    await expectServedFromCache('/v1/organization', member.as);

    // Promoted to admin on A: B lets the member read the API keys (admin only) within 1 s.
    expect((await b.get('/v1/organization/api-keys', member.as)).status).toBe(403);
    const promoted = await a.call('PATCH', `/v1/organization/members/${member.membershipId}`, { as: org.owner.as, body: { role: MemberRole.Admin } });
    expect(promoted.status, JSON.stringify(promoted.body)).toBe(200);
    const seen = await untilOnB('/v1/organization/api-keys', member.as, (s) => s === 200, Date.now());
    process.stdout.write(`role changed on A, seen by B after ${seen} ms\n`);

    const removed = await a.call('DELETE', `/v1/organization/members/${member.membershipId}`, { as: org.owner.as });
    const at = Date.now();
    expect(removed.status, JSON.stringify(removed.body)).toBe(204);
    const took = await untilOnB('/v1/organization', member.as, (s) => s === 401, at);
    process.stdout.write(`member removed on A, refused by B after ${took} ms\n`);
  });

  it('a session ended through one instance is refused by the other within 1 s', async () => {
    const login = await a.post<{ accessToken: string; refreshToken: string }>('/v1/auth/login', { email: org.owner.email, password: org.owner.password });
    expect(login.status, JSON.stringify(login.body)).toBe(200);
    const as = { token: login.body.accessToken };
    await expectServedFromCache('/v1/organization', as);
    const out = await a.post('/v1/auth/logout', { refreshToken: login.body.refreshToken });
    const at = Date.now();
    expect(out.status, JSON.stringify(out.body)).toBeLessThan(300);
    const took = await untilOnB('/v1/organization', as, (s) => s === 401, at);
    process.stdout.write(`session ended on A, refused by B after ${took} ms\n`);
    // The owner's other session is unaffected.
    expect((await b.get('/v1/organization', org.owner.as)).status).toBe(200);
  });
});
