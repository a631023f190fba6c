import { adminQuery } from '../../scripts/lib/devstack.js';
import type { Client, Credentials } from './http.js';
import { testDatabaseOf } from './test-app.js';

/**
 * Reads what the platform mailed, as the recipient would: mails leave through the outbox
 * (`invitation.created` carries the accept link), so tests read the link there. Only the
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
