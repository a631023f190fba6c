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

export async function apiKeyForAuth(em: EntityManager, prefix: string): Promise<ApiKeyForAuth | null> {
  const rows: Record<string, unknown>[] = await em.query('SELECT * FROM auth_api_key($1)', [prefix]);
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
