import { OrganizationKind } from '@attesta/core';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { SignJWT } from 'jose';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { strongPassword, uniqueEmail } from '../../libs/identity/src/testing/identity.factory.js';
import { databaseUrlOf } from '../setup/database.js';
import { factories } from '../setup/factories.js';
import { invite } from '../setup/mailbox.js';
import { client, expectProblem, type Client } from '../setup/http.js';
import { tcpProxy, type TcpProxy } from '../setup/tcp-proxy.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

// Long enough that a burst of requests on a busy machine ends inside one window.
const WINDOW_SECONDS = 30;

/** Password guessing, account probing and session revocation, tried as an attacker would. */
describe('Authentication hardening (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let f: ReturnType<typeof factories>;
  const logLines: Record<string, unknown>[] = [];
  const logSink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) logLines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });

  beforeAll(async () => {
    t = await createTestApp({
      logDestination: logSink,
      // AUTH_CACHE_TTL_MS 0: every credential check reaches PostgreSQL, which the outage cases take away
      // (a credential checked moments before would otherwise be answered from the in-process cache).
      env: {
        LOG_LEVEL: 'info',
        LOGIN_MAX_FAILURES_PER_ACCOUNT: '5',
        LOGIN_MAX_FAILURES_PER_IP: '500',
        LOGIN_FAILURE_WINDOW_SECONDS: String(WINDOW_SECONDS),
        AUTH_CACHE_TTL_MS: '0',
      },
    });
    http = client(t.baseUrl);
    f = factories(http);
  });
  afterAll(async () => {
    await t?.close();
  });

  const waitForWindow = () => new Promise((r) => setTimeout(r, (WINDOW_SECONDS + 1) * 1000));

  describe('password throttle', () => {
    it('checks at most the budget of 80 concurrent wrong passwords; the rest and the right one are refused with 429', async () => {
      const org = await f.newOrganization();
      const answers = await Promise.all(Array.from({ length: 80 }, () => http.post('/v1/auth/login', { email: org.owner.email, password: strongPassword() })));
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(75);
      const locked = await http.post('/v1/auth/login', { email: org.owner.email, password: org.owner.password });
      expectProblem(locked, 429);
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    });

    it('an invitation to an existing account is no way around the lock: guesses through accept are refused, the right password too, until the lock ends', async () => {
      const victim = await f.newOrganization();
      const attacker = await f.newOrganization(OrganizationKind.ServiceVendor);
      const invited = await invite(http, attacker.owner.as, { email: victim.owner.email, role: 'owner' });
      expect(invited.status).toBe(201);
      // The victim's sign-in is locked by failures…
      for (let i = 0; i < 5; i++) expectProblem(await http.post('/v1/auth/login', { email: victim.owner.email, password: strongPassword() }), 401);
      expectProblem(await http.post('/v1/auth/login', { email: victim.owner.email, password: victim.owner.password }), 429);
      // …and so is accepting with the victim's password.
      for (let i = 0; i < 12; i++) {
        expectProblem(await http.post('/v1/invitations/accept', { token: invited.token, password: strongPassword() }), 429);
      }
      expectProblem(await http.post('/v1/invitations/accept', { token: invited.token, password: victim.owner.password }), 429);
      await waitForWindow();
      const accepted = await http.post<{ organizationId: string }>('/v1/invitations/accept', { token: invited.token, password: victim.owner.password });
      expect(accepted.status).toBe(200);
      expect(accepted.body.organizationId).toBe(attacker.id);
    }, 90_000);

    it('guesses through accept spend the same budget as sign-in', async () => {
      const victim = await f.newOrganization();
      const inviter = await f.newOrganization(OrganizationKind.ServiceVendor);
      const invited = await invite(http, inviter.owner.as, { email: victim.owner.email, role: 'member' });
      for (let i = 0; i < 5; i++) expectProblem(await http.post('/v1/invitations/accept', { token: invited.token, password: strongPassword() }), 401);
      expectProblem(await http.post('/v1/invitations/accept', { token: invited.token, password: victim.owner.password }), 429);
      expectProblem(await http.post('/v1/auth/login', { email: victim.owner.email, password: victim.owner.password }), 429);
    });

    it('a stolen access token is no way to guess the password: a password change spends the same budget as sign-in', async () => {
      const victim = await f.newOrganization();
      const change = (currentPassword: string) => http.post('/v1/auth/password', { currentPassword, newPassword: strongPassword() }, victim.owner.as);
      for (let i = 0; i < 5; i++)
        expect(expectProblem(await change(strongPassword()), 401).errors).toEqual([expect.objectContaining({ field: 'currentPassword' })]);
      // The budget is spent: the right password is refused too, here and at sign-in.
      expectProblem(await change(victim.owner.password), 429);
      expectProblem(await http.post('/v1/auth/login', { email: victim.owner.email, password: victim.owner.password }), 429);
    });
  });

  describe('account probing', () => {
    it('accept answers alike whether or not an account exists for the invited e-mail', async () => {
      const known = await f.newOrganization();
      const inviter = await f.newOrganization(OrganizationKind.ServiceVendor);
      const toKnown = (await invite(http, inviter.owner.as, { email: known.owner.email, role: 'member' })).token;
      const toNew = (await invite(http, inviter.owner.as, { email: uniqueEmail('nobody'), role: 'member' })).token;
      const strip = (p: Record<string, unknown>) => ({ ...p, instance: undefined, correlationId: undefined, traceId: undefined });
      for (const body of [{ password: strongPassword() }, { password: 'password1234' }, { password: 'Sh0rt!' }]) {
        const a = await http.post<Record<string, unknown>>('/v1/invitations/accept', { token: toKnown, ...body });
        const b = await http.post<Record<string, unknown>>('/v1/invitations/accept', { token: toNew, ...body });
        expect(a.status).toBe(b.status);
        expect([400, 401]).toContain(a.status);
        expect(strip(a.body)).toEqual(strip(b.body));
      }
    });
  });

  describe('sessions', () => {
    interface SessionBody {
      accessToken: string;
      refreshToken: string;
    }
    const login = async (email: string, password: string) => (await http.post<SessionBody>('/v1/auth/login', { email, password })).body;

    it('signing out ends the access token at once, not when it expires', async () => {
      const org = await f.newOrganization();
      const a = await login(org.owner.email, org.owner.password);
      const other = await login(org.owner.email, org.owner.password);
      expect((await http.get('/v1/organization', { token: a.accessToken })).status).toBe(200);
      expect((await http.post('/v1/auth/logout', { refreshToken: a.refreshToken })).status).toBe(204);
      const refused = expectProblem(await http.get('/v1/organization', { token: a.accessToken }), 401);
      expect(refused.code).toBe('identity.invalid_access_token');
      // Another sign-in of the same person is another session.
      expect((await http.get('/v1/organization', { token: other.accessToken })).status).toBe(200);
    });

    it('removing a member ends its sessions for good: invited again, its old tokens stay dead', async () => {
      const org = await f.newOrganization();
      const member = await f.newMember(org);
      const before = await login(member.email, member.password);
      expect((await http.get('/v1/organization', { token: before.accessToken })).status).toBe(200);
      expect((await http.call('DELETE', `/v1/organization/members/${member.membershipId}`, { as: org.owner.as })).status).toBe(204);
      expectProblem(await http.get('/v1/organization', { token: before.accessToken }), 401);
      // Back through a new invitation (the same account proves itself with its password).
      const again = await invite(http, org.owner.as, { email: member.email, role: 'member' });
      expect((await http.post('/v1/invitations/accept', { token: again.token, password: member.password })).status).toBe(200);
      expectProblem(await http.get('/v1/organization', { token: before.accessToken }), 401);
      expectProblem(await http.get('/v1/organization', member.as), 401);
      expectProblem(await http.post('/v1/auth/refresh', { refreshToken: before.refreshToken }), 401);
      expectProblem(await http.post('/v1/auth/refresh', { refreshToken: member.refreshToken }), 401);
      // A new sign-in works.
      expect((await http.get('/v1/organization', { token: (await login(member.email, member.password)).accessToken })).status).toBe(200);
    });

    it('a refresh waits for a password change under way and then finds its session ended, instead of minting a token the change misses', async () => {
      const org = await f.newOrganization();
      const session = await login(org.owner.email, org.owner.password);
      // A password change holds the user's row while it revokes the user's refresh tokens: played here by hand.
      const change = new pg.Client({ connectionString: databaseUrlOf(t) });
      await change.connect();
      try {
        await change.query('BEGIN');
        await change.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [org.owner.userId]);
        let settled = false;
        const refreshing = http.post('/v1/auth/refresh', { refreshToken: session.refreshToken }).finally(() => {
          settled = true;
        });
        await new Promise((r) => setTimeout(r, 500));
        expect(settled).toBe(false);
        await change.query('UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [org.owner.userId]);
        await change.query('COMMIT');
        expectProblem(await refreshing, 401);
      } finally {
        await change.end();
      }
    });

    it('a newer invitation to the same address replaces a pending one: the older cannot be used to join, nor to rejoin after a removal', async () => {
      const org = await f.newOrganization();
      const email = uniqueEmail('twice');
      const asMember = await invite(http, org.owner.as, { email, role: 'member' });
      const asAdmin = await invite(http, org.owner.as, { email, role: 'admin' });
      expectProblem(await http.post('/v1/invitations/accept', { token: asMember.token, name: 'Twice', password: strongPassword() }), 410);
      const joined = await http.post<{ role: string }>('/v1/invitations/accept', { token: asAdmin.token, name: 'Twice', password: strongPassword() });
      expect(joined.status, JSON.stringify(joined.body)).toBe(200);
      const list = await http.get<{ data: { email: string; status: string }[] }>('/v1/organization/invitations?limit=100', org.owner.as);
      expect(
        list.body.data
          .filter((i) => i.email === email)
          .map((i) => i.status)
          .sort(),
      ).toEqual(['accepted', 'revoked']);
    });

    it('refresh-token reuse ends every access token of the session', async () => {
      const org = await f.newOrganization();
      const first = await login(org.owner.email, org.owner.password);
      const second = (await http.post<SessionBody>('/v1/auth/refresh', { refreshToken: first.refreshToken })).body;
      expect((await http.get('/v1/organization', { token: second.accessToken })).status).toBe(200);
      expectProblem(await http.post('/v1/auth/refresh', { refreshToken: first.refreshToken }), 401);
      expectProblem(await http.get('/v1/organization', { token: first.accessToken }), 401);
      expectProblem(await http.get('/v1/organization', { token: second.accessToken }), 401);
    });

    it('refuses a correctly signed access token without an expiry', async () => {
      const org = await f.newOrganization();
      const sign = (withExpiry: boolean) => {
        const jwt = new SignJWT({ org: org.id, typ: 'access', sid: randomUUID() })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject(org.owner.userId)
          .setIssuer(t.config.PUBLIC_BASE_URL)
          .setAudience('attesta-api')
          .setIssuedAt();
        if (withExpiry) jwt.setExpirationTime('5m');
        return jwt.sign(new TextEncoder().encode(t.config.JWT_SECRET));
      };
      expect((await http.get('/v1/organization', { token: await sign(true) })).status).toBe(200);
      expectProblem(await http.get('/v1/organization', { token: await sign(false) }), 401);
    });

    it('refuses an accepted access token once it expires, and any altered or foreign copy of it', async () => {
      const org = await f.newOrganization();
      const sid = randomUUID();
      const sign = (secret: string, expiresAt: number) =>
        new SignJWT({ org: org.id, typ: 'access', sid })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject(org.owner.userId)
          .setIssuer(t.config.PUBLIC_BASE_URL)
          .setAudience('attesta-api')
          .setIssuedAt()
          .setExpirationTime(expiresAt)
          .sign(new TextEncoder().encode(secret));
      const expiresAt = Math.floor(Date.now() / 1000) + 2;
      const token = await sign(t.config.JWT_SECRET, expiresAt);
      // Accepted twice: the second time from the verified claims the process keeps.
      expect((await http.get('/v1/organization', { token })).status).toBe(200);
      expect((await http.get('/v1/organization', { token })).status).toBe(200);
      const [head, payload, signature] = token.split('.');
      // The signature's first character changed (all six of its bits are signature bits; the last one's are not).
      const altered = `${head}.${payload}.${signature![0] === 'A' ? 'B' : 'A'}${signature!.slice(1)}`;
      const foreign = await sign(`${t.config.JWT_SECRET}-not-ours`, expiresAt);
      for (const bad of [altered, foreign]) {
        expect(expectProblem(await http.get('/v1/organization', { token: bad }), 401).code).toBe('identity.invalid_access_token');
      }
      await new Promise((r) => setTimeout(r, Math.max(0, expiresAt * 1000 - Date.now()) + 50));
      expect(expectProblem(await http.get('/v1/organization', { token }), 401).code).toBe('identity.invalid_access_token');
    });
  });

  describe('response headers', () => {
    it('nosniff on API answers, no-store on answers that carry tokens', async () => {
      const org = await f.newOrganization();
      const login = await http.post('/v1/auth/login', { email: org.owner.email, password: org.owner.password });
      expect(login.headers.get('cache-control')).toBe('no-store');
      expect(login.headers.get('x-content-type-options')).toBe('nosniff');
      const refreshed = await http.post('/v1/auth/refresh', { refreshToken: org.owner.refreshToken });
      expect(refreshed.headers.get('cache-control')).toBe('no-store');
      const invited = await http.post('/v1/organization/invitations', { email: uniqueEmail('cache'), role: 'member' }, org.owner.as);
      expect(invited.headers.get('cache-control')).toBe('no-store');
      const key = await http.post('/v1/organization/api-keys', { name: 'cache test', scopes: ['audit:read'] }, org.owner.as);
      expect(key.headers.get('cache-control')).toBe('no-store');
      const read = await http.get('/v1/organization', org.owner.as);
      expect(read.headers.get('x-content-type-options')).toBe('nosniff');
      const unauthenticated = await fetch(`${t.baseUrl}/v1/organization`);
      expect(unauthenticated.status).toBe(401);
      expect(unauthenticated.headers.get('x-content-type-options')).toBe('nosniff');
    });

    it('CORS is open on public issuer material and verification only', async () => {
      const org = await f.newOrganization(OrganizationKind.Assessor);
      const origin = { origin: 'https://verifier.example' };
      for (const path of [
        `/v1/public/issuers/${org.id}/did.json`,
        `/v1/public/issuers/${org.id}/jwks.json`,
        `/v1/public/issuers/${org.id}/status/revocation`,
        '/v1/public/attestations/ATT-2026-999999',
      ]) {
        const res = await fetch(`${t.baseUrl}${path}`, { headers: origin });
        expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
      }
      const preflight = await fetch(`${t.baseUrl}/v1/public/verify`, {
        method: 'OPTIONS',
        headers: { ...origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
      expect(preflight.headers.get('access-control-allow-methods')).toBe('POST');
      const verify = await fetch(`${t.baseUrl}/v1/public/verify`, {
        method: 'POST',
        headers: { ...origin, 'content-type': 'application/json' },
        body: JSON.stringify({ credential: 'not-a-credential' }),
      });
      expect(verify.headers.get('access-control-allow-origin')).toBe('*');
      // Nothing else.
      for (const [method, path] of [
        ['GET', '/v1/organization'],
        ['POST', '/v1/auth/login'],
        ['GET', '/v1/auth/me'],
      ] as const) {
        const res = await fetch(`${t.baseUrl}${path}`, {
          method,
          headers: { ...origin, authorization: `Bearer ${(org.owner.as as { token: string }).token}`, 'content-type': 'application/json' },
          ...(method === 'POST' ? { body: '{}' } : {}),
        });
        expect(res.headers.get('access-control-allow-origin'), path).toBeNull();
        const pre = await fetch(`${t.baseUrl}${path}`, { method: 'OPTIONS', headers: { ...origin, 'access-control-request-method': method } });
        expect(pre.headers.get('access-control-allow-origin'), `preflight ${path}`).toBeNull();
      }
    });
  });

  describe('when the database cannot answer', () => {
    const asAdmin = async (sql: string) => {
      const { adminQuery } = await import('../../scripts/lib/devstack.js');
      await adminQuery(t.db.adminUrl.replace(/\/[^/]*$/, `/${t.db.database}`), sql);
    };

    it('answers 503 problem+json (not 401) for a valid token, key or password, and logs the failure with the correlation id', async () => {
      const org = await f.newOrganization();
      const token = (org.owner.as as { token: string }).token;
      const key = await f.newApiKey(org, ['members:read']);
      await asAdmin('REVOKE SELECT ON memberships FROM attesta_app');
      await asAdmin('REVOKE EXECUTE ON FUNCTION auth_api_key(text), auth_user_by_email(text) FROM PUBLIC, attesta_app');
      try {
        const cases: [string, Promise<Response>][] = [
          ['bearer', fetch(`${t.baseUrl}/v1/organization`, { headers: { authorization: `Bearer ${token}`, 'x-request-id': 'auth-outage-bearer' } })],
          ['key', fetch(`${t.baseUrl}/v1/organization/members`, { headers: { 'x-api-key': key.key, 'x-request-id': 'auth-outage-key' } })],
          [
            'password',
            fetch(`${t.baseUrl}/v1/auth/login`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'x-request-id': 'auth-outage-password' },
              body: JSON.stringify({ email: org.owner.email, password: org.owner.password }),
            }),
          ],
        ];
        for (const [label, pending] of cases) {
          const res = await pending;
          expect(res.status, label).toBe(503);
          expect(res.headers.get('content-type'), label).toMatch(/application\/problem\+json/);
          expect(res.headers.get('retry-after'), label).toBe('5');
          const problem = (await res.json()) as { status: number; correlationId: string };
          expect(problem).toMatchObject({ status: 503, correlationId: `auth-outage-${label}` });
          const logged = logLines.filter((l) => l.correlationId === `auth-outage-${label}` && l.level === 'error');
          expect(logged.length, label).toBeGreaterThan(0);
          expect(JSON.stringify(logged), label).toMatch(/permission denied/);
        }
      } finally {
        await asAdmin('GRANT SELECT ON memberships TO attesta_app');
        await asAdmin('GRANT EXECUTE ON FUNCTION auth_api_key(text), auth_user_by_email(text) TO PUBLIC');
      }
      expect((await http.get('/v1/organization', org.owner.as)).status).toBe(200);
      // A wrong token is still the caller's problem.
      expectProblem(await http.get('/v1/organization', { token: `${token}x` }), 401);
    });
  });
  describe('when Redis cannot answer', () => {
    // An app of its own whose Redis is reached through a proxy the test can cut: an outage
    // seen from outside the app.
    let outage: TestApp;
    let proxy: TcpProxy;
    beforeAll(async () => {
      proxy = await tcpProxy(inject('testEnv').redisUrl);
      outage = await createTestApp({ logDestination: logSink, env: { LOG_LEVEL: 'info', REDIS_URL: proxy.url } });
    });
    afterAll(async () => {
      await outage?.close();
      await proxy?.close();
    });

    it('answers 503 (not 401 or 429) for a password sign-in and a bearer token, logged with the correlation id', async () => {
      const org = await factories(client(outage.baseUrl)).newOrganization();
      const token = (org.owner.as as { token: string }).token;
      proxy.cut();
      try {
        const login = await fetch(`${outage.baseUrl}/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-request-id': 'redis-outage-password' },
          body: JSON.stringify({ email: org.owner.email, password: org.owner.password }),
        });
        const bearer = await fetch(`${outage.baseUrl}/v1/organization`, {
          headers: { authorization: `Bearer ${token}`, 'x-request-id': 'redis-outage-bearer' },
        });
        for (const [label, res] of [
          ['password', login],
          ['bearer', bearer],
        ] as const) {
          expect(res.status, label).toBe(503);
          expect(res.headers.get('retry-after'), label).toBe('5');
          expect(((await res.json()) as { correlationId: string }).correlationId).toBe(`redis-outage-${label}`);
          expect(
            logLines.some((l) => l.correlationId === `redis-outage-${label}` && l.level === 'error'),
            label,
          ).toBe(true);
        }
      } finally {
        proxy.restore();
      }
      // The app's Redis client reconnects by itself once the line is back.
      await expect.poll(async () => (await client(outage.baseUrl).get('/v1/organization', org.owner.as)).status).toBe(200);
    });
  });
});
