import { adminQuery } from '../../scripts/lib/devstack.js';
import type { Client, Credentials, HttpResult } from './http.js';
import { testDatabaseOf } from './test-app.js';

/**
 * Reads what the platform mailed, as the recipient would: mails leave through the outbox
 * (`invitation.created` carries the accept link, `signup.confirmation_requested` the sign-up
 * confirmation link), so tests read the link there. Only the
 * invitee's mailbox sees the token; the inviter's API answer does not.
 */
export async function invitationToken(http: Client, invitationId: string): Promise<string> {
  const db = testDatabaseOf(http.baseUrl);
  const url = db.adminUrl.replace(/\/[^/]*$/, `/${db.database}`);
  const rows = await adminQuery<{ accept_url: string }>(
    url,
    `SELECT payload->>'acceptUrl' AS accept_url FROM outbox_events WHERE type = 'invitation.created' AND payload->>'invitationId' = $1`,
    [invitationId],
  );
  const link = rows[0]?.accept_url;
  if (!link) throw new Error(`no invitation mail for ${invitationId}`);
  const token = new URL(link).searchParams.get('token');
  if (!token) throw new Error(`invitation mail for ${invitationId} has no token`);
  return token;
}

/** Invites through the API and returns what the invitee's mail says (the invitation id and token). */
export async function invite(http: Client, as: Credentials, body: { email: string; role: string }): Promise<{ id: string; token: string; status: number }> {
  const res = await http.post<{ invitation: { id: string } }>('/v1/organization/invitations', body, as);
  if (res.status !== 201) return { id: '', token: '', status: res.status };
  return { id: res.body.invitation.id, token: await invitationToken(http, res.body.invitation.id), status: res.status };
}

async function outboxRows<T>(http: Client, sql: string, params: unknown[]): Promise<T[]> {
  const db = testDatabaseOf(http.baseUrl);
  return adminQuery<T>(db.adminUrl.replace(/\/[^/]*$/, `/${db.database}`), sql, params);
}

/** The mails (outbox events carrying an `email`) sent to an address, oldest first. */
export async function mailsTo(http: Client, email: string): Promise<{ type: string; payload: Record<string, unknown> }[]> {
  return outboxRows(http, `SELECT type, payload FROM outbox_events WHERE payload->>'email' = $1 ORDER BY id`, [email.trim().toLowerCase()]);
}

/** The token of the newest sign-up confirmation link mailed to an address. */
export async function signupConfirmationToken(http: Client, email: string): Promise<string> {
  const mail = (await mailsTo(http, email)).filter((m) => m.type === 'signup.confirmation_requested').at(-1);
  if (!mail) throw new Error(`no sign-up confirmation mail for ${email}`);
  const token = new URL(String(mail.payload.confirmUrl)).searchParams.get('token');
  if (!token) throw new Error(`sign-up confirmation mail for ${email} has no token`);
  return token;
}

/** Signs up through the API as a person would: the request, then the link from the mail. Returns the confirmation's answer. */
export async function signUpAndConfirm<
  T = { organization: { id: string; kind: string }; session: { accessToken: string; refreshToken: string; userId: string } },
>(http: Client, body: { user: { email: string; [field: string]: unknown } } & Record<string, unknown>): Promise<HttpResult<T>> {
  const requested = await http.post('/v1/auth/signup', body);
  if (requested.status !== 202) return requested as HttpResult<T>;
  return http.post<T>('/v1/auth/signup/confirm', { token: await signupConfirmationToken(http, body.user.email) });
}
