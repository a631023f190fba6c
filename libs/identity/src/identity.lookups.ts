import { EntityManager } from 'typeorm';
import { MemberRole, OrganizationKind } from '@attesta/core';

/**
 * Look-ups that must happen before anyone is known (sign-in, API keys, invitations).
 * Row-level security hides every row at that point, so each is a narrow
 * SECURITY DEFINER function (see the RowLevelSecurity migration) returning one row.
 */
export async function userForLogin(em: EntityManager, email: string): Promise<{ id: string; passwordHash: string } | null> {
  const rows: { id: string; password_hash: string }[] = await em.query('SELECT id, password_hash FROM auth_user_by_email($1)', [email]);
  return rows[0] ? { id: rows[0].id, passwordHash: rows[0].password_hash } : null;
}

export interface ApiKeyForAuth {
  id: string;
  organizationId: string;
  organizationKind: OrganizationKind;
  secretHash: string;
  scopes: string[];
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

/** The API key by its prefix: one statement, run by the caller (`Db.statement`, one round trip). */
export const API_KEY_FOR_AUTH_SQL = 'SELECT * FROM auth_api_key($1)';

export async function apiKeyForAuth(em: EntityManager, prefix: string): Promise<ApiKeyForAuth | null> {
  return apiKeyFromRow((await em.query(API_KEY_FOR_AUTH_SQL, [prefix])) as Record<string, unknown>[]);
}

export function apiKeyFromRow(rows: Record<string, unknown>[]): ApiKeyForAuth | null {
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id as string,
    organizationId: r.organization_id as string,
    organizationKind: r.organization_kind as OrganizationKind,
    secretHash: r.secret_hash as string,
    scopes: r.scopes as string[],
    expiresAt: r.expires_at as Date | null,
    revokedAt: r.revoked_at as Date | null,
    lastUsedAt: r.last_used_at as Date | null,
  };
}

export interface InvitationForAcceptance {
  id: string;
  organizationId: string;
  organizationName: string;
  email: string;
  role: MemberRole;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
}

export async function invitationByTokenHash(em: EntityManager, tokenHash: string): Promise<InvitationForAcceptance | null> {
  const rows: Record<string, unknown>[] = await em.query('SELECT * FROM auth_invitation($1)', [tokenHash]);
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id as string,
    organizationId: r.organization_id as string,
    organizationName: r.organization_name as string,
    email: r.email as string,
    role: r.role as MemberRole,
    expiresAt: r.expires_at as Date,
    acceptedAt: r.accepted_at as Date | null,
    revokedAt: r.revoked_at as Date | null,
  };
}

/** A sign-up waiting for its e-mail to be confirmed (what `signup_requests` keeps). */
export interface PendingSignup {
  email: string;
  organization: {
    name: string;
    kind: OrganizationKind;
    accreditationBody?: string | null;
    accreditationNumber?: string | null;
    accreditationScope?: string | null;
  };
  userName: string;
  passwordHash: string;
}

export async function createPendingSignup(em: EntityManager, id: string, tokenHash: string, expiresAt: Date, p: PendingSignup): Promise<void> {
  await em.query('SELECT signup_request_create($1, $2, $3, $4::jsonb, $5, $6, $7)', [
    id,
    p.email,
    tokenHash,
    JSON.stringify(p.organization),
    p.userName,
    p.passwordHash,
    expiresAt,
  ]);
}

/** Takes a pending sign-up by its token, once; null when unknown, used or expired (see `pendingSignupState`). */
export async function takePendingSignup(em: EntityManager, tokenHash: string): Promise<PendingSignup | null> {
  const rows: { email: string; organization: PendingSignup['organization']; user_name: string; password_hash: string }[] = await em.query(
    'SELECT email, organization, user_name, password_hash FROM signup_request_take($1)',
    [tokenHash],
  );
  const r = rows[0];
  return r ? { email: r.email, organization: r.organization, userName: r.user_name, passwordHash: r.password_hash } : null;
}

export async function pendingSignupState(em: EntityManager, tokenHash: string): Promise<{ confirmedAt: Date | null; expiresAt: Date } | null> {
  const rows: { confirmed_at: Date | null; expires_at: Date }[] = await em.query('SELECT confirmed_at, expires_at FROM signup_request_state($1)', [tokenHash]);
  return rows[0] ? { confirmedAt: rows[0].confirmed_at, expiresAt: rows[0].expires_at } : null;
}

/** The two sign-up mails, written to the outbox before any organization exists. */
export async function emitSignupMail(
  em: EntityManager,
  id: string,
  type: 'signup.confirmation_requested' | 'signup.account_exists',
  payload: object,
): Promise<void> {
  await em.query('SELECT signup_mail($1, $2, $3::jsonb)', [id, type, JSON.stringify(payload)]);
}
