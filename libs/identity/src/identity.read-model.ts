import type { OrganizationKind } from '@attesta/core';
import { isLocale, type Locale } from '@attesta/i18n';
import { EntityManager } from 'typeorm';
import { OrganizationEntity } from './entities/organization.entity.js';
import { sha256Hex } from './secrets.js';

/** An organization as other libs and tools may read it. */
export interface OrganizationSummary {
  id: string;
  name: string;
  kind: OrganizationKind;
}

/** The organization, when the caller's transaction can read it (row-level security applies). */
export async function organizationSummary(em: EntityManager, organizationId: string): Promise<OrganizationSummary | null> {
  const o = await em.getRepository(OrganizationEntity).findOne({ where: { id: organizationId } });
  return o ? { id: o.id, name: o.name, kind: o.kind } : null;
}

/**
 * SQL functions (defined by migrations) over this lib's tables that other libs may call:
 * `org_public_profiles(ids)` gives the public profile (id, name, kind, country) of organizations
 * any tenant may name, e.g. an attestation's issuer or a workspace's participants;
 * `mail_recipient_locale(email)` the chosen language of a registered address;
 * `user_display_names(ids)` the display names of people the caller's organization works with
 * (its own members and those of organizations sharing a workspace with it), e.g. an audit event's actor.
 */
export const IDENTITY_SQL_READ_MODEL = ['org_public_profiles', 'mail_recipient_locale', 'user_display_names', 'actor_person'] as const;

/**
 * The language a registered address chose (null for an unknown address or one that chose
 * none), for the mail sender, which acts for nobody: through `mail_recipient_locale`.
 */
export async function mailRecipientLocale(em: EntityManager, email: string): Promise<Locale | null> {
  const rows: { locale: string | null }[] = await em.query('SELECT mail_recipient_locale($1) AS locale', [email]);
  const locale = rows[0]?.locale;
  return isLocale(locale) ? locale : null;
}

/**
 * Whether the invitation an `invitation.created` mail is about can still be accepted (not
 * revoked, replaced by a newer one, accepted or expired), for the mail sender, which acts for
 * nobody: read through `auth_invitation` by the link's token, as accepting it would be. The mail
 * leaves after the inviter's transaction, through the outbox: one revoked in between (a mistyped
 * address, the wrong role) must not still tell the address about the organization.
 */
export async function invitationStillOpen(em: EntityManager, invitationId: string, acceptUrl: string, now = new Date()): Promise<boolean> {
  const token = URL.canParse(acceptUrl) ? new URL(acceptUrl).searchParams.get('token') : null;
  if (!token) return false;
  const rows: { id: string; expires_at: Date; accepted_at: Date | null; revoked_at: Date | null }[] = await em.query(
    'SELECT id, expires_at, accepted_at, revoked_at FROM auth_invitation($1)',
    [sha256Hex(token)],
  );
  const r = rows[0];
  return !!r && r.id === invitationId && !r.accepted_at && !r.revoked_at && new Date(r.expires_at).getTime() > now.getTime();
}
