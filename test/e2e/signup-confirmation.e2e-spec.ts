import { OrganizationKind } from '@attesta/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery } from '../../scripts/lib/devstack.js';
import { signupBody } from '../../libs/identity/src/testing/identity.factory.js';
import { factories } from '../setup/factories.js';
import { client, expectProblem, type Client } from '../setup/http.js';
import { mailsTo, signupConfirmationToken } from '../setup/mailbox.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

interface Confirmed {
  organization: { id: string; name: string; kind: string };
  session: { accessToken: string; userId: string; organizationId: string; role: string };
}

/**
 * Sign-up is confirmed by e-mail, so that it does not tell whether an account exists: a known
 * address is answered exactly like a new one and mailed "you already have an account"; a new
 * one is mailed a single-use link that creates the organization and its owner.
 */
describe('Sign-up confirmed by e-mail (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let f: ReturnType<typeof factories>;
  let dbUrl: string;
  const sql = <T = Record<string, unknown>>(q: string, p: unknown[] = []) => adminQuery<T>(dbUrl, q, p);
  const organizationsNamed = async (name: string) =>
    Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM organizations WHERE name = $1`, [name]))[0]!.n);

  beforeAll(async () => {
    // With the job processors: the sign-up mails, which belong to no organization, go through the relay and fan-out too.
    t = await createTestApp({ env: { API_RUN_PROCESSORS: 'true' } });
    dbUrl = t.db.adminUrl.replace(/\/[^/]*$/, `/${t.db.database}`);
    http = client(t.baseUrl);
    f = factories(http);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('answers a known and a new e-mail alike; the known one is mailed "you already have an account", and nothing is created for it', async () => {
    const known = await f.newOrganization();
    const fresh = signupBody(OrganizationKind.Procurer, 'fresh');
    const probe = signupBody(OrganizationKind.Procurer, 'probe');
    const toKnown = await http.post<Record<string, unknown>>('/v1/auth/signup', { ...probe, user: { ...probe.user, email: known.owner.email.toUpperCase() } });
    const toNew = await http.post<Record<string, unknown>>('/v1/auth/signup', fresh);
    expect(toKnown.status).toBe(202);
    expect(toNew.status).toBe(202);
    expect(Object.keys(toKnown.body).sort()).toEqual(Object.keys(toNew.body).sort());
    expect(toKnown.body.message).toBe(toNew.body.message);
    expect(toKnown.body.email).toBe(known.owner.email);
    expect(toKnown.headers.get('content-type')).toBe(toNew.headers.get('content-type'));

    // The known address got its own sign-up's confirmation earlier, and now the notice.
    const knownMails = await mailsTo(http, known.owner.email);
    expect(knownMails.map((m) => m.type)).toEqual(['signup.confirmation_requested', 'signup.account_exists']);
    expect(String(knownMails[1]!.payload.signInUrl)).toMatch(/\/sign-in$/);
    expect(JSON.stringify(knownMails[1]!.payload)).not.toContain('token');
    expect((await mailsTo(http, fresh.user.email)).map((m) => m.type)).toEqual(['signup.confirmation_requested']);
    // The mails belong to no organization: no tenant's webhooks or outbox stream sees them.
    const owners = await sql<{ organization_id: string | null }>(
      `SELECT organization_id FROM outbox_events WHERE type LIKE 'signup.%' AND payload->>'email' = ANY($1)`,
      [[known.owner.email, fresh.user.email]],
    );
    expect(owners.map((o) => o.organization_id)).toEqual([null, null, null]);

    await expect
      .poll(async () => (await sql<{ n: string }>(`SELECT count(*) AS n FROM outbox_events WHERE type LIKE 'signup.%' AND published_at IS NULL`))[0]!.n)
      .toBe('0');

    // The probe changed nothing: no organization, and the account keeps its password.
    expect(await organizationsNamed(probe.organization.name)).toBe(0);
    expectProblem(await http.post('/v1/auth/login', { email: known.owner.email, password: probe.user.password }), 401);
    expect((await http.post('/v1/auth/login', { email: known.owner.email, password: known.owner.password })).status).toBe(200);
  });

  it('creates the organization and its owner only when the mailed link is opened, once', async () => {
    const body = signupBody(OrganizationKind.Assessor, 'confirmed');
    expect((await http.post('/v1/auth/signup', body)).status).toBe(202);
    expect(await organizationsNamed(body.organization.name)).toBe(0);
    expectProblem(await http.post('/v1/auth/login', { email: body.user.email, password: body.user.password }), 401);

    const token = await signupConfirmationToken(http, body.user.email);
    const confirmed = await http.post<Confirmed>('/v1/auth/signup/confirm', { token });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(201);
    expect(confirmed.body.organization).toMatchObject({ name: body.organization.name, kind: 'assessor' });
    expect(confirmed.body.session).toMatchObject({ role: 'owner', organizationId: confirmed.body.organization.id });
    expect(confirmed.headers.get('cache-control')).toBe('no-store');
    expect((await http.get('/v1/organization', { token: confirmed.body.session.accessToken })).status).toBe(200);
    expect((await http.post('/v1/auth/login', { email: body.user.email, password: body.user.password })).status).toBe(200);
    const audit = await http.get<{ data: { action: string; payload: { via?: string } }[] }>('/v1/organization/audit-events', {
      token: confirmed.body.session.accessToken,
    });
    expect(audit.body.data.map((e) => e.action)).toEqual(expect.arrayContaining(['organization.created', 'member.added']));

    // The pending row keeps no password hash once confirmed.
    expect(await sql<{ password_hash: string }>(`SELECT password_hash FROM signup_requests WHERE email = $1`, [body.user.email])).toEqual([
      { password_hash: '' },
    ]);
    const again = expectProblem(await http.post('/v1/auth/signup/confirm', { token }), 410);
    expect(again.code).toBe('identity.signup_used');
    // A later sign-up with the same address is now a known one: mailed, not created.
    expect((await http.post('/v1/auth/signup', body)).status).toBe(202);
    expect((await mailsTo(http, body.user.email)).map((m) => m.type)).toEqual(['signup.confirmation_requested', 'signup.account_exists']);
    expect(await organizationsNamed(body.organization.name)).toBe(1);
  });

  it('four confirmations of one link at once make one organization; the others 410', async () => {
    const body = signupBody(OrganizationKind.Manufacturer, 'racer');
    expect((await http.post('/v1/auth/signup', body)).status).toBe(202);
    const token = await signupConfirmationToken(http, body.user.email);
    const answers = await Promise.all(Array.from({ length: 4 }, () => http.post('/v1/auth/signup/confirm', { token })));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 410, 410, 410]);
    for (const a of answers.filter((x) => x.status === 410)) expect(expectProblem(a, 410).code).toBe('identity.signup_used');
    expect(await organizationsNamed(body.organization.name)).toBe(1);
  });

  it('two pending sign-ups of one address: the first confirmed wins, the second is 409 identity.email_taken', async () => {
    const first = signupBody(OrganizationKind.Manufacturer, 'first');
    const second = { ...signupBody(OrganizationKind.Procurer, 'second'), user: first.user };
    expect((await http.post('/v1/auth/signup', first)).status).toBe(202);
    const firstToken = await signupConfirmationToken(http, first.user.email);
    expect((await http.post('/v1/auth/signup', second)).status).toBe(202);
    const secondToken = await signupConfirmationToken(http, first.user.email);
    expect(secondToken).not.toBe(firstToken);
    expect((await http.post('/v1/auth/signup/confirm', { token: firstToken })).status).toBe(201);
    expect(expectProblem(await http.post('/v1/auth/signup/confirm', { token: secondToken }), 409).code).toBe('identity.email_taken');
    expect(await organizationsNamed(second.organization.name)).toBe(0);
  });

  it('refuses an unknown token (404 naming token), an expired link (410) and a missing token (400)', async () => {
    const unknown = expectProblem(await http.post('/v1/auth/signup/confirm', { token: 'x'.repeat(43) }), 404);
    expect(unknown.code).toBe('identity.signup_not_found');
    expect(unknown.errors).toEqual([{ field: 'token', message: 'matches no sign-up' }]);
    expect(expectProblem(await http.post('/v1/auth/signup/confirm', {}), 400).errors?.map((e) => e.field)).toContain('token');

    const body = signupBody(OrganizationKind.Manufacturer, 'late');
    expect((await http.post('/v1/auth/signup', body)).status).toBe(202);
    await sql(`UPDATE signup_requests SET expires_at = now() - interval '1 minute' WHERE email = $1`, [body.user.email]);
    const expired = expectProblem(await http.post('/v1/auth/signup/confirm', { token: await signupConfirmationToken(http, body.user.email) }), 410);
    expect(expired.code).toBe('identity.signup_expired');
    expect(await organizationsNamed(body.organization.name)).toBe(0);

    // A day after its link expired, the next sign-up (anyone's) removes it: its token is then unknown.
    await sql(`UPDATE signup_requests SET expires_at = now() - interval '25 hours' WHERE email = $1`, [body.user.email]);
    expect((await http.post('/v1/auth/signup', signupBody(OrganizationKind.Manufacturer, 'next'))).status).toBe(202);
    expect(await sql(`SELECT id FROM signup_requests WHERE email = $1`, [body.user.email])).toEqual([]);
    expectProblem(await http.post('/v1/auth/signup/confirm', { token: await signupConfirmationToken(http, body.user.email) }), 404);
  });

  it('keeps pending sign-ups out of reach of the app role: only the sign-up functions read or write them', async () => {
    const body = signupBody(OrganizationKind.Manufacturer, 'hidden');
    expect((await http.post('/v1/auth/signup', body)).status).toBe(202);
    const pg = await import('pg');
    const c = new pg.default.Client({ connectionString: t.config.DATABASE_URL });
    await c.connect();
    try {
      expect((await c.query(`SELECT count(*)::int AS n FROM signup_requests`)).rows[0].n).toBe(0);
      expect((await c.query(`SELECT count(*)::int AS n FROM signup_requests WHERE email = $1`, [body.user.email])).rows[0].n).toBe(0);
    } finally {
      await c.end();
    }
    expect(Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM signup_requests WHERE email = $1`, [body.user.email]))[0]!.n)).toBe(1);
  });
});
