import { API_KEY_SCOPES } from '@attesta/access';
import { MemberRole, OrganizationKind } from '@attesta/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signupBody, strongPassword, uniqueEmail } from '../../libs/identity/src/testing/identity.factory.js';
import { factories } from '../setup/factories.js';
import { invite, invitationToken, signupConfirmationToken } from '../setup/mailbox.js';
import { client, expectProblem, type Client } from '../setup/http.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

interface SessionBody {
  accessToken: string;
  refreshToken: string;
  userId: string;
  organizationId: string;
  role: string;
}

describe('Identity (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let f: ReturnType<typeof factories>;

  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_MAX_FAILURES_PER_ACCOUNT: '3' } });
    http = client(t.baseUrl);
    f = factories(http);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('signs up, logs in, refreshes, invites, accepts, and works with an API key until it is revoked', async () => {
    const body = signupBody(OrganizationKind.Manufacturer);
    const requested = await http.post('/v1/auth/signup', body);
    expect(requested.status, JSON.stringify(requested.body)).toBe(202);
    // Nothing exists until the link from the mail is opened.
    expectProblem(await http.post('/v1/auth/login', { email: body.user.email, password: body.user.password }), 401);
    const token = await signupConfirmationToken(http, body.user.email);
    const signup = await http.post<{ organization: { id: string; kind: string }; session: SessionBody }>('/v1/auth/signup/confirm', { token });
    expect(signup.status, JSON.stringify(signup.body)).toBe(201);
    expect(signup.body.organization.kind).toBe('manufacturer');
    expect(signup.body.session.role).toBe('owner');

    const login = await http.post<SessionBody>('/v1/auth/login', { email: body.user.email.toUpperCase(), password: body.user.password });
    expect(login.status).toBe(200);
    expect(login.body.organizationId).toBe(signup.body.organization.id);
    const owner = { token: login.body.accessToken };

    const refreshed = await http.post<SessionBody>('/v1/auth/refresh', { refreshToken: login.body.refreshToken });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refreshToken).not.toBe(login.body.refreshToken);
    const me = await http.get<{ kind: string; id: string; organizations: unknown[] }>('/v1/auth/me', { token: refreshed.body.accessToken });
    expect(me.body).toMatchObject({ kind: 'user', id: signup.body.session.userId });
    expect(me.body.organizations).toHaveLength(1);

    // Invite → accept (a new person) → the new member sees the organization.
    const inviteeEmail = uniqueEmail('invitee');
    const invited = await http.post<Record<string, unknown> & { invitation: { id: string; status: string } }>(
      '/v1/organization/invitations',
      { email: inviteeEmail, role: 'member' },
      owner,
    );
    expect(invited.status).toBe(201);
    expect(invited.body.invitation.status).toBe('pending');
    // The link reaches the invitee's mailbox only, never the inviter.
    const invitation = await invitationToken(http, invited.body.invitation.id);
    expect(Object.keys(invited.body)).toEqual(['invitation']);
    expect(JSON.stringify(invited.body)).not.toContain(invitation);
    const inviteePassword = strongPassword();
    const accepted = await http.post<SessionBody>('/v1/invitations/accept', { token: invitation, name: 'Minh Tran', password: inviteePassword });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ organizationId: signup.body.organization.id, role: 'member' });
    const again = await http.post('/v1/invitations/accept', { token: invitation, name: 'Minh Tran', password: inviteePassword });
    expectProblem(again, 410);
    const members = await http.get<{ data: { email: string; role: string }[] }>('/v1/organization/members', owner);
    expect(members.body.data.map((m) => m.email).sort()).toEqual([body.user.email, inviteeEmail].sort());

    // API key: shown once, works, then stops working when revoked.
    const created = await http.post<{ key: string; apiKey: { id: string; prefix: string } }>(
      '/v1/organization/api-keys',
      { name: 'ci', scopes: ['members:read', 'audit:read'] },
      owner,
    );
    expect(created.status).toBe(201);
    expect(created.body.key.startsWith(`${created.body.apiKey.prefix}.`)).toBe(true);
    const listed = await http.get<{ data: Record<string, unknown>[] }>('/v1/organization/api-keys', owner);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.key.split('.')[1]);
    const withKey = await http.get<{ data: unknown[] }>('/v1/organization/members', { apiKey: created.body.key });
    expect(withKey.status).toBe(200);
    expect(withKey.body.data).toHaveLength(2);
    const keyRow = await http.get<{ lastUsedAt: string | null }>(`/v1/organization/api-keys/${created.body.apiKey.id}`, owner);
    expect(keyRow.body.lastUsedAt).not.toBeNull();
    const revoked = await http.del<{ revokedAt: string }>(`/v1/organization/api-keys/${created.body.apiKey.id}`, owner);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).toBeTruthy();
    expectProblem(await http.get('/v1/organization/members', { apiKey: created.body.key }), 401);
  });

  it('refuses blank organization and API key names (400 naming the field) and keeps names without surrounding spaces', async () => {
    const org = await f.newOrganization();
    for (const name of ['   ', '\t\n']) {
      expect(expectProblem(await http.patch('/v1/organization', { name }, org.owner.as), 400).errors).toEqual([expect.objectContaining({ field: 'name' })]);
      const key = await http.post('/v1/organization/api-keys', { name, scopes: [] }, org.owner.as);
      expect(expectProblem(key, 400).errors).toEqual([expect.objectContaining({ field: 'name' })]);
    }
    const renamed = await http.patch<{ name: string }>('/v1/organization', { name: '  Padded Name Co  ' }, org.owner.as);
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(renamed.body.name).toBe('Padded Name Co');
  });

  it('throttles repeated wrong passwords with Retry-After', async () => {
    const org = await f.newOrganization();
    for (let i = 0; i < 3; i++) {
      expectProblem(await http.post('/v1/auth/login', { email: org.owner.email, password: 'wrong-password-attempt' }), 401);
    }
    const blocked = await http.post('/v1/auth/login', { email: org.owner.email, password: org.owner.password });
    expectProblem(blocked, 429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('revokes the whole family when a used refresh token is presented again', async () => {
    const org = await f.newOrganization();
    const login = await http.post<SessionBody>('/v1/auth/login', { email: org.owner.email, password: org.owner.password });
    const second = await http.post<SessionBody>('/v1/auth/refresh', { refreshToken: login.body.refreshToken });
    expect(second.status).toBe(200);
    const reuse = await http.post('/v1/auth/refresh', { refreshToken: login.body.refreshToken });
    expect(expectProblem(reuse, 401).code).toBe('identity.refresh_token_reused');
    // The legitimate successor is dead too: the family is revoked.
    expectProblem(await http.post('/v1/auth/refresh', { refreshToken: second.body.refreshToken }), 401);
    const audit = await http.get<{ data: { action: string }[] }>('/v1/organization/audit-events?action=session.refresh_reuse_detected', org.owner.as);
    expect(audit.body.data).toHaveLength(1);
  });

  it('logs out and ends the session; a password change ends every session', async () => {
    const org = await f.newOrganization();
    const a = await http.post<SessionBody>('/v1/auth/login', { email: org.owner.email, password: org.owner.password });
    expect((await http.post('/v1/auth/logout', { refreshToken: a.body.refreshToken })).status).toBe(204);
    expectProblem(await http.post('/v1/auth/refresh', { refreshToken: a.body.refreshToken }), 401);

    const b = await http.post<SessionBody>('/v1/auth/login', { email: org.owner.email, password: org.owner.password });
    const newPassword = strongPassword();
    expectProblem(await http.post('/v1/auth/password', { currentPassword: 'not-it-at-all', newPassword }, { token: b.body.accessToken }), 401);
    expect((await http.post('/v1/auth/password', { currentPassword: org.owner.password, newPassword }, { token: b.body.accessToken })).status).toBe(204);
    expectProblem(await http.post('/v1/auth/refresh', { refreshToken: b.body.refreshToken }), 401);
    expectProblem(await http.post('/v1/auth/login', { email: org.owner.email, password: org.owner.password }), 401);
    expect((await http.post('/v1/auth/login', { email: org.owner.email, password: newPassword })).status).toBe(200);
  });

  it('publishes the API key scope catalogue to users and keys, exactly the scopes a key may carry', async () => {
    const org = await f.newOrganization();
    const catalogue = await http.get<{ scope: string; description: string }[]>('/v1/organization/api-keys/scopes', org.owner.as);
    expect(catalogue.status).toBe(200);
    expect(catalogue.body.map((s) => s.scope).sort()).toEqual(Object.keys(API_KEY_SCOPES).sort());
    expect(catalogue.body.every((s) => s.description.length > 0)).toBe(true);
    const key = await f.newApiKey(org, ['tenders:read']);
    expect((await http.get('/v1/organization/api-keys/scopes', key.as)).status).toBe(200);
    expectProblem(await http.get('/v1/organization/api-keys/scopes'), 401);
  });

  it('lets a user of two organizations switch between them', async () => {
    const a = await f.newOrganization();
    const b = await f.newOrganization(OrganizationKind.ServiceVendor);
    const invited = await invite(http, b.owner.as, { email: a.owner.email, role: 'admin' });
    // An existing account confirms with its own password.
    expectProblem(await http.post('/v1/invitations/accept', { token: invited.token, password: strongPassword() }), 401);
    const accepted = await http.post<SessionBody>('/v1/invitations/accept', { token: invited.token, password: a.owner.password });
    expect(accepted.body).toMatchObject({ organizationId: b.id, role: 'admin' });
    const switched = await http.post<SessionBody>('/v1/auth/switch-organization', { organizationId: a.id }, { token: accepted.body.accessToken });
    expect(switched.body).toMatchObject({ organizationId: a.id, role: 'owner' });
    const stranger = await f.newOrganization();
    expectProblem(await http.post('/v1/auth/switch-organization', { organizationId: stranger.id }, { token: accepted.body.accessToken }), 404);
  });

  it('stops a removed member at once and keeps the last owner', async () => {
    const org = await f.newOrganization();
    const member = await f.newMember(org, MemberRole.Member);
    expect((await http.get('/v1/organization', member.as)).status).toBe(200);
    expect((await http.del(`/v1/organization/members/${member.membershipId}`, org.owner.as)).status).toBe(204);
    expectProblem(await http.get('/v1/organization', member.as), 401);
    const ownerMembership = (await http.get<{ data: { id: string; userId: string }[] }>('/v1/organization/members', org.owner.as)).body.data.find(
      (m) => m.userId === org.owner.userId,
    )!;
    expectProblem(await http.patch(`/v1/organization/members/${ownerMembership.id}`, { role: 'member' }, org.owner.as), 409);
  });

  it("revokes the API keys a removed member made (a key acts as its maker), and names every key's maker", async () => {
    const org = await f.newOrganization();
    const admin = await f.newMember(org, MemberRole.Admin);
    const made = await http.post<{ apiKey: { id: string; createdBy: string }; key: string }>(
      '/v1/organization/api-keys',
      { name: 'e-procurement connector', scopes: ['audit:read'] },
      admin.as,
    );
    expect(made.status).toBe(201);
    expect(made.body.apiKey.createdBy).toBe(admin.userId);
    const ownersKey = await f.newApiKey(org, ['audit:read']);
    const byKey = { apiKey: made.body.key };
    expect((await http.get('/v1/organization/audit-events?limit=1', byKey)).status).toBe(200);
    expect((await http.del(`/v1/organization/members/${admin.membershipId}`, org.owner.as)).status).toBe(204);
    expectProblem(await http.get('/v1/organization/audit-events?limit=1', byKey), 401);
    expect((await http.get('/v1/organization/audit-events?limit=1', ownersKey.as)).status).toBe(200);
    const keys = (await http.get<{ data: { id: string; revokedAt: string | null; createdBy: string }[] }>('/v1/organization/api-keys', org.owner.as)).body.data;
    expect(keys.find((k) => k.id === made.body.apiKey.id)).toMatchObject({ createdBy: admin.userId, revokedAt: expect.any(String) });
    expect(keys.find((k) => k.id === ownersKey.id)).toMatchObject({ createdBy: org.owner.userId, revokedAt: null });
    const events = (
      await http.get<{ data: { action: string; subjectId: string; payload: Record<string, unknown>; names: { actor: string | null } }[] }>(
        '/v1/organization/audit-events?limit=20',
        org.owner.as,
      )
    ).body.data;
    // The log still names the former admin behind what they did.
    expect(events.find((e) => e.action === 'api_key.created' && e.subjectId === made.body.apiKey.id)?.names.actor).toEqual(expect.any(String));
    expect(events.find((e) => e.action === 'api_key.revoked' && e.subjectId === made.body.apiKey.id)?.payload).toMatchObject({ reason: 'creator_removed' });
    expect(events.find((e) => e.action === 'member.removed')?.payload).toMatchObject({ apiKeysRevoked: 1 });
    // Another organization's owner and key see none of it.
    const stranger = await f.newOrganization();
    expectProblem(await http.get(`/v1/organization/api-keys/${made.body.apiKey.id}`, stranger.owner.as), 404);
  });

  describe('bad input', () => {
    it('answers a sign-in without e-mail or password with 400 naming the field, not as wrong credentials', async () => {
      const none = expectProblem(await http.post('/v1/auth/login', {}), 400);
      expect(none.errors?.map((e) => e.field)).toEqual(['email', 'password']);
      const noPassword = expectProblem(await http.post('/v1/auth/login', { email: 'someone@example.com', password: '' }), 400);
      expect(noPassword.errors?.map((e) => e.field)).toEqual(['password']);
      expect(expectProblem(await http.post('/v1/auth/login', { email: 'someone@example.com', password: 'not-their-password' }), 401).code).toBe(
        'identity.invalid_credentials',
      );
    });

    it('names a bad e-mail and a weak password', async () => {
      const body = signupBody(OrganizationKind.Manufacturer);
      const badEmail = expectProblem(await http.post('/v1/auth/signup', { ...body, user: { ...body.user, email: 'not-an-email' } }), 400);
      expect(badEmail.errors?.map((e) => e.field)).toContain('user.email');
      const weak = expectProblem(await http.post('/v1/auth/signup', { ...body, user: { ...body.user, password: 'password1234' } }), 400);
      expect(weak.code).toBe('identity.weak_password');
      expect(weak.errors?.[0]?.field).toBe('user.password');
      const short = expectProblem(await http.post('/v1/auth/signup', { ...body, user: { ...body.user, password: 'Sh0rt!' } }), 400);
      expect(short.errors?.[0]?.message).toMatch(/at least 12/);
    });

    it('answers a sign-up with a known e-mail like any other (202), creating nothing', async () => {
      const org = await f.newOrganization();
      const body = signupBody(OrganizationKind.Procurer);
      expect((await http.post('/v1/auth/signup', { ...body, user: { ...body.user, email: org.owner.email } })).status).toBe(202);
      expectProblem(await http.post('/v1/auth/login', { email: org.owner.email, password: body.user.password }), 401);
    });

    it('names an unknown scope and a past expiry', async () => {
      const org = await f.newOrganization();
      const unknown = expectProblem(await http.post('/v1/organization/api-keys', { name: 'x', scopes: ['audit:read', 'everything:write'] }, org.owner.as), 400);
      expect(unknown.code).toBe('identity.unknown_scope');
      expect(unknown.detail).toMatch(/everything:write/);
      const past = expectProblem(
        await http.post('/v1/organization/api-keys', { name: 'x', scopes: ['audit:read'], expiresAt: '2001-01-01T00:00:00Z' }, org.owner.as),
        400,
      );
      expect(past.errors?.[0]?.field).toBe('expiresAt');
    });

    it('answers an expired invitation with 410 naming the expiry', async () => {
      const org = await f.newOrganization();
      const invited = await invite(http, org.owner.as, { email: uniqueEmail('late'), role: 'member' });
      const { adminQuery } = await import('../../scripts/lib/devstack.js');
      await adminQuery(
        t.db.adminUrl.replace(/\/[^/]*$/, `/${t.db.database}`),
        `UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`,
        [invited.id],
      );
      const res = expectProblem(await http.post('/v1/invitations/accept', { token: invited.token, name: 'Late Person', password: strongPassword() }), 410);
      expect(res.code).toBe('identity.invitation_expired');
      expect(res.detail).toMatch(/expired/);
    });

    it('answers an unknown invitation token with 404 and a malformed id with 400', async () => {
      const org = await f.newOrganization();
      expectProblem(await http.post('/v1/invitations/accept', { token: 'nope', name: 'X', password: strongPassword() }), 404);
      const bad = expectProblem(await http.get('/v1/organization/api-keys/not-a-uuid', org.owner.as), 400);
      expect(bad.errors?.[0]?.field).toBe('apiKeyId');
    });
  });
});
