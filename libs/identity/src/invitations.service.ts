import { Injectable } from '@nestjs/common';
import { assertCan } from '@attesta/access';
import { AuditService } from '@attesta/audit';
import {
  Actor,
  AppConfig,
  Db,
  insertable,
  keysetPage,
  MemberRole,
  newId,
  OrganizationKind,
  Page,
  UserActor,
  scopeOf,
  systemScope,
  isUniqueViolation,
} from '@attesta/core';
import type { Locale } from '@attesta/i18n';
import { OutboxService } from '@attesta/outbox';
import { EntityManager, IsNull } from 'typeorm';
import { AuthService, orgStream, Session } from './auth.service.js';
import { InvitationEntity } from './entities/invitation.entity.js';
import { MembershipEntity } from './entities/membership.entity.js';
import { OrganizationEntity } from './entities/organization.entity.js';
import { UserEntity } from './entities/user.entity.js';
import { IdentityError, IdentityErrorCode } from './identity.errors.js';
import { invitationByTokenHash, userForLogin } from './identity.lookups.js';
import { assertPasswordAcceptable, hashPassword } from './password-policy.js';
import { newSecret, sha256Hex } from './secrets.js';

export const INVITATION_CREATED_EVENT = 'invitation.created';

export interface CreatedInvitation {
  invitation: InvitationEntity;
  /** Delivered by e-mail only; returned for operator tools (the demo seed), never over HTTP. */
  token: string;
  acceptUrl: string;
}

@Injectable()
export class InvitationsService {
  constructor(
    private readonly db: Db,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly auth: AuthService,
  ) {}

  /**
   * `requestLocale`: the language of the inviting request (Accept-Language, null without one). The
   * invitation is written in the inviter's chosen language, else in that one.
   */
  async create(actor: Actor, input: { email: string; role: MemberRole }, requestLocale: Locale | null = null): Promise<CreatedInvitation> {
    assertCan(actor, 'create', 'Invitation');
    if (input.role === MemberRole.Owner && !(actor.kind === 'user' && actor.role === MemberRole.Owner)) {
      throw new IdentityError(IdentityErrorCode.OwnerRoleRequired, 'Only an owner can invite another owner.');
    }
    const email = input.email.trim().toLowerCase();
    return this.db.tx(scopeOf(actor), async (em) => {
      const already = await em
        .getRepository(MembershipEntity)
        .createQueryBuilder('m')
        .innerJoin('m.user', 'u')
        .where('m.organizationId = :org AND u.email = :email', { org: actor.organizationId, email })
        .getExists();
      if (already) {
        throw new IdentityError(IdentityErrorCode.AlreadyMember, 'That person is already a member.', {
          errors: [{ field: 'email', message: 'is already a member' }],
        });
      }
      // The newest invitation to an address is the one that stands: earlier ones still pending are revoked
      // (else one accepted would leave another, perhaps for a higher role, to rejoin with after a removal).
      const replaced: { id: string }[] = (
        await em
          .getRepository(InvitationEntity)
          .createQueryBuilder()
          .update()
          .set({ revokedAt: () => 'now()' })
          .where('organization_id = :org AND email = :email AND accepted_at IS NULL AND revoked_at IS NULL', { org: actor.organizationId, email })
          .returning(['id'])
          .execute()
      ).raw;
      for (const r of replaced)
        await this.audit.record(em, actor, orgStream(actor.organizationId), {
          action: 'invitation.revoked',
          subjectType: 'Invitation',
          subjectId: r.id,
          payload: { reason: 'replaced by a newer invitation' },
        });
      const org = await em.getRepository(OrganizationEntity).findOneOrFail({ where: { id: actor.organizationId } });
      const inviter =
        actor.kind === 'user' ? await em.getRepository(UserEntity).findOne({ where: { id: actor.userId }, select: { id: true, locale: true } }) : null;
      const token = newSecret();
      const invitation = em.getRepository(InvitationEntity).create({
        id: newId(),
        organizationId: actor.organizationId,
        email,
        role: input.role,
        tokenHash: sha256Hex(token),
        invitedBy: actor.kind === 'user' ? actor.userId : actor.organizationId,
        expiresAt: new Date(Date.now() + this.config.INVITATION_TTL_HOURS * 3600_000),
        locale: inviter?.locale ?? requestLocale,
        acceptedAt: null,
        revokedAt: null,
        createdAt: new Date(),
      });
      await em.getRepository(InvitationEntity).insert(insertable(invitation));
      const acceptUrl = `${this.config.PUBLIC_BASE_URL}/accept-invitation?token=${token}`;
      await this.audit.record(em, actor, orgStream(actor.organizationId), {
        action: 'invitation.created',
        subjectType: 'Invitation',
        subjectId: invitation.id,
        payload: { email, role: input.role },
      });
      // The e-mail goes out through the outbox; its body is the only other place the token lives.
      await this.outbox.emit(em, {
        type: INVITATION_CREATED_EVENT,
        organizationId: actor.organizationId,
        payload: {
          invitationId: invitation.id,
          email,
          organizationName: org.name,
          role: input.role,
          acceptUrl,
          expiresAt: invitation.expiresAt.toISOString(),
          locale: invitation.locale,
        },
      });
      return { invitation, token, acceptUrl };
    });
  }

  async list(actor: Actor, page: { limit?: number; cursor?: string }): Promise<Page<InvitationEntity>> {
    assertCan(actor, 'read', 'Invitation');
    return this.db.tx(scopeOf(actor), (em) =>
      keysetPage(em.getRepository(InvitationEntity).createQueryBuilder('i').where('i.organizationId = :org', { org: actor.organizationId }), {
        ...page,
        keys: [{ column: 'i.id', read: (i) => i.id }],
      }),
    );
  }

  async revoke(actor: Actor, invitationId: string): Promise<InvitationEntity> {
    assertCan(actor, 'delete', 'Invitation');
    return this.db.tx(scopeOf(actor), async (em) => {
      const repo = em.getRepository(InvitationEntity);
      const inv = await repo.findOne({ where: { id: invitationId, organizationId: actor.organizationId } });
      if (!inv) throw new IdentityError(IdentityErrorCode.InvitationNotFound, 'Invitation not found.');
      if (inv.acceptedAt || inv.revokedAt) throw new IdentityError(IdentityErrorCode.InvitationUsed, 'The invitation was already accepted or revoked.');
      await repo.update({ id: inv.id }, { revokedAt: new Date() });
      await this.audit.record(em, actor, orgStream(actor.organizationId), { action: 'invitation.revoked', subjectType: 'Invitation', subjectId: inv.id });
      return repo.findOneOrFail({ where: { id: inv.id } });
    });
  }

  /**
   * Accepts with the token from the e-mail. A new person chooses a name and password;
   * someone who already has an account proves it with their password.
   *
   * The answers do not tell whether an account exists for the invited e-mail: the password
   * policy applies to what is presented either way, every attempt is taken from the same
   * per-account and per-IP budgets as sign-in (so accepting is no way around the sign-in
   * lock), and a wrong password and a missing name for a new account get one answer.
   * `ip` is the client's address; operator tools (seed, CLI) have none and share one budget.
   */
  async accept(input: { token: string; name?: string; password: string; ip?: string }): Promise<Session> {
    const ip = input.ip ?? 'local';
    const inv = await this.db.tx(systemScope('invitation acceptance: invitation by token, before anyone is known'), (em) =>
      invitationByTokenHash(em, sha256Hex(input.token)),
    );
    if (!inv)
      throw new IdentityError(IdentityErrorCode.InvitationNotFound, 'No invitation matches this token.', {
        errors: [{ field: 'token', message: 'matches no invitation' }],
      });
    if (inv.acceptedAt || inv.revokedAt) throw new IdentityError(IdentityErrorCode.InvitationUsed, 'This invitation has already been used or was revoked.');
    if (inv.expiresAt.getTime() <= Date.now())
      throw new IdentityError(IdentityErrorCode.InvitationExpired, `This invitation expired at ${inv.expiresAt.toISOString()}; ask for a new one.`);

    const name = input.name?.trim() || null;
    await assertPasswordAcceptable(input.password, 'password', [inv.email, inv.organizationName, ...(name ? [name] : [])]);
    const existing = await this.db.tx(systemScope('invitation acceptance: existing user by the invited email'), (em) => userForLogin(em, inv.email));
    const refused = () =>
      new IdentityError(
        IdentityErrorCode.InvalidCredentials,
        'Enter the password of your Attesta account for this e-mail or, if you are new to Attesta, your name and a password for a new account.',
        {
          errors: [{ field: 'password', message: 'does not match an existing account (a new account also needs a name)' }],
        },
      );
    let userId: string;
    let newUser: { name: string; passwordHash: string } | null = null;
    if (existing) {
      if (!(await this.auth.checkPassword(inv.email, existing.passwordHash, input.password, ip))) throw refused();
      userId = existing.id;
    } else {
      // Taken from the same budget and verified against a dummy hash, like a wrong password.
      if (!name) {
        await this.auth.checkPassword(inv.email, null, input.password, ip);
        throw refused();
      }
      await this.auth.takeAttempt(inv.email, ip);
      userId = newId();
      newUser = { name, passwordHash: await hashPassword(input.password) };
    }

    return this.db.tx(
      systemScope('invitation acceptance: the invited user joining the organization', { organizationId: inv.organizationId, userId }),
      async (em) => {
        const now = new Date();
        // Single use even under a race: only one transaction flips accepted_at. It goes first, so
        // concurrent acceptances of this invitation wait on its row and then find it used (410),
        // the answer a later acceptance gets, instead of colliding on the new user's e-mail.
        const flipped = await em.getRepository(InvitationEntity).update({ id: inv.id, acceptedAt: IsNull(), revokedAt: IsNull() }, { acceptedAt: now });
        if (!flipped.affected) throw new IdentityError(IdentityErrorCode.InvitationUsed, 'This invitation has already been used.');
        // Other invitations of the organization to this address are spent with it.
        await em
          .getRepository(InvitationEntity)
          .createQueryBuilder()
          .update()
          .set({ revokedAt: () => 'now()' })
          .where('organization_id = :org AND email = :email AND id <> :id AND accepted_at IS NULL AND revoked_at IS NULL', {
            org: inv.organizationId,
            email: inv.email,
            id: inv.id,
          })
          .execute();
        if (newUser) await this.addUser(em, { id: userId, email: inv.email, name: newUser.name, passwordHash: newUser.passwordHash, now });
        await this.addMembership(em, inv.organizationId, userId, inv.role);
        const org = await em.getRepository(OrganizationEntity).findOneOrFail({ where: { id: inv.organizationId } });
        const actor: UserActor = { kind: 'user', userId, organizationId: inv.organizationId, organizationKind: org.kind as OrganizationKind, role: inv.role };
        await this.audit.record(em, actor, orgStream(inv.organizationId), { action: 'invitation.accepted', subjectType: 'Invitation', subjectId: inv.id });
        await this.audit.record(em, actor, orgStream(inv.organizationId), {
          action: 'member.added',
          subjectType: 'User',
          subjectId: userId,
          payload: { role: inv.role, via: 'invitation' },
        });
        return this.auth.issueSession(em, userId, inv.organizationId, inv.role, newId());
      },
    );
  }

  /** Another invitation to the same new address accepted at the same moment made the account first. */
  private async addUser(em: EntityManager, user: { id: string; email: string; name: string; passwordHash: string; now: Date }): Promise<void> {
    try {
      await em.getRepository(UserEntity).insert(
        insertable({
          id: user.id,
          email: user.email,
          name: user.name,
          passwordHash: user.passwordHash,
          passwordChangedAt: user.now,
          createdAt: user.now,
        }),
      );
    } catch (e) {
      if (isUniqueViolation(e)) {
        throw new IdentityError(
          IdentityErrorCode.AccountCreatedConcurrently,
          'An account for this e-mail was created at the same moment by another request; accept again with the password of that account.',
        );
      }
      throw e;
    }
  }

  private async addMembership(em: EntityManager, organizationId: string, userId: string, role: MemberRole): Promise<void> {
    try {
      await em.getRepository(MembershipEntity).insert({ id: newId(), organizationId, userId, role, createdAt: new Date() });
    } catch (e) {
      if (isUniqueViolation(e)) throw new IdentityError(IdentityErrorCode.AlreadyMember, 'You are already a member of this organization.');
      throw e;
    }
  }
}
