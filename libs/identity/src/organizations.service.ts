import { Injectable } from '@nestjs/common';
import { assertCan } from '@attesta/access';
import { AuditService } from '@attesta/audit';
import type { Locale } from '@attesta/i18n';
import {
  Actor,
  AppConfig,
  Db,
  definedOnly,
  scopeOf,
  systemScope,
  insertable,
  MemberRole,
  newId,
  OrganizationKind,
  Page,
  UserActor,
  isUniqueViolation,
} from '@attesta/core';
import { AuthService, orgStream, Session } from './auth.service.js';
import { MembershipEntity } from './entities/membership.entity.js';
import { OrganizationEntity } from './entities/organization.entity.js';
import { UserEntity } from './entities/user.entity.js';
import { IdentityError, IdentityErrorCode } from './identity.errors.js';
import { createPendingSignup, emitSignupMail, pendingSignupState, takePendingSignup, userForLogin } from './identity.lookups.js';
import { assertPasswordAcceptable, hashPassword } from './password-policy.js';
import { newSecret, sha256Hex } from './secrets.js';

export const SIGNUP_EVENTS = {
  confirmationRequested: 'signup.confirmation_requested',
  accountExists: 'signup.account_exists',
} as const;

/** What every sign-up request is answered with, whether or not the address has an account. */
export interface SignupRequested {
  email: string;
  message: string;
}

export interface AccreditationInput {
  accreditationBody?: string | null;
  accreditationNumber?: string | null;
  accreditationScope?: string | null;
}

export interface SignupInput {
  organization: { name: string; kind: OrganizationKind } & AccreditationInput;
  user: { email: string; name: string; password: string };
}

export interface OrganizationProfile {
  id: string;
  name: string;
  kind: OrganizationKind;
  accreditationBody: string | null;
  accreditationNumber: string | null;
  accreditationScope: string | null;
}

export interface MyOrganization {
  organization: OrganizationEntity;
  role: MemberRole;
}

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly db: Db,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Self-service sign-up, step one. Answers the same whether or not the address has an account,
   * and mails the address either way (through the outbox): a link that confirms the sign-up,
   * or "you already have an account". Nothing is created until the link is opened
   * (`confirmSignup`). Both paths validate, hash the password and write one outbox row, so
   * neither the answer nor its timing tells them apart.
   */
  /** `locale`: the language of the sign-up request (Accept-Language), which its mail is written in. */
  async requestSignup(input: SignupInput, locale: Locale | null = null): Promise<SignupRequested> {
    const email = input.user.email.trim().toLowerCase();
    await assertPasswordAcceptable(input.user.password, 'user.password', [email, input.user.name, input.organization.name]);
    assertAccreditation(input.organization.kind, input.organization);
    const passwordHash = await hashPassword(input.user.password);
    const base = this.config.PUBLIC_BASE_URL;
    await this.db.tx(systemScope('sign-up request: is the email known, before anyone is known'), async (em) => {
      if (await userForLogin(em, email)) {
        await emitSignupMail(em, newId(), SIGNUP_EVENTS.accountExists, { email, signInUrl: `${base}/sign-in`, locale });
        return;
      }
      const token = newSecret();
      const expiresAt = new Date(Date.now() + this.config.SIGNUP_CONFIRMATION_TTL_HOURS * 3600_000);
      const organization = {
        name: input.organization.name.trim(),
        kind: input.organization.kind,
        accreditationBody: input.organization.accreditationBody ?? null,
        accreditationNumber: input.organization.accreditationNumber ?? null,
        accreditationScope: input.organization.accreditationScope ?? null,
      };
      await createPendingSignup(em, newId(), sha256Hex(token), expiresAt, { email, organization, userName: input.user.name.trim(), passwordHash });
      // The mail is the only other place the token lives.
      await emitSignupMail(em, newId(), SIGNUP_EVENTS.confirmationRequested, {
        email,
        organizationName: organization.name,
        confirmUrl: `${base}/confirm-signup?token=${token}`,
        expiresAt: expiresAt.toISOString(),
        locale,
      });
    });
    return { email, message: 'Check your e-mail: we sent a message to this address that tells you how to continue.' };
  }

  /** Sign-up, step two: the link from the mail creates the organization and its owner, signed in. Single use. */
  async confirmSignup(input: { token: string }): Promise<{ organization: OrganizationEntity; session: Session }> {
    const tokenHash = sha256Hex(input.token);
    const pending = await this.db.tx(systemScope('sign-up confirmation: the pending sign-up by token, before anyone is known'), async (em) => {
      const taken = await takePendingSignup(em, tokenHash);
      if (taken) return taken;
      const state = await pendingSignupState(em, tokenHash);
      if (!state) {
        throw new IdentityError(IdentityErrorCode.SignupNotFound, 'No sign-up matches this link.', {
          errors: [{ field: 'token', message: 'matches no sign-up' }],
        });
      }
      if (state.confirmedAt) throw new IdentityError(IdentityErrorCode.SignupUsed, 'This sign-up has already been confirmed; sign in.');
      throw new IdentityError(IdentityErrorCode.SignupExpired, `This link expired at ${state.expiresAt.toISOString()}; sign up again.`);
    });
    return this.createWithOwner({ email: pending.email, name: pending.userName, passwordHash: pending.passwordHash }, pending.organization, 'signup');
  }

  /**
   * A new organization with its first owner, signed in, at once: for operator tools (the CLI,
   * the demo seed), which know the address is theirs. Self-service sign-up goes through
   * `requestSignup` and `confirmSignup`.
   */
  async signup(input: SignupInput): Promise<{ organization: OrganizationEntity; session: Session }> {
    const email = input.user.email.trim().toLowerCase();
    await assertPasswordAcceptable(input.user.password, 'user.password', [email, input.user.name, input.organization.name]);
    assertAccreditation(input.organization.kind, input.organization);
    const existing = await this.db.tx(systemScope('sign-up: is the email taken, before anyone is known'), (em) => userForLogin(em, email));
    if (existing)
      throw new IdentityError(
        IdentityErrorCode.EmailTaken,
        'An account with this e-mail already exists; sign in and create the organization from it, or use another e-mail.',
        { errors: [{ field: 'user.email', message: 'is already registered' }] },
      );
    const passwordHash = await hashPassword(input.user.password);
    return this.createWithOwner({ email, name: input.user.name.trim(), passwordHash }, input.organization, 'signup');
  }

  private async createWithOwner(
    user: { email: string; name: string; passwordHash: string },
    input: SignupInput['organization'],
    via: string,
  ): Promise<{ organization: OrganizationEntity; session: Session }> {
    const organizationId = newId();
    const userId = newId();
    return this.db.tx(systemScope('sign-up: the new user creating their organization', { organizationId, userId }), async (em) => {
      const now = new Date();
      const organization = em.getRepository(OrganizationEntity).create({
        id: organizationId,
        name: input.name.trim(),
        kind: input.kind,
        accreditationBody: input.accreditationBody ?? null,
        accreditationNumber: input.accreditationNumber ?? null,
        accreditationScope: input.accreditationScope ?? null,
        createdAt: now,
      });
      await em.getRepository(OrganizationEntity).insert(organization);
      try {
        await em
          .getRepository(UserEntity)
          .insert(insertable({ id: userId, email: user.email, name: user.name, passwordHash: user.passwordHash, passwordChangedAt: now, createdAt: now }));
      } catch (e) {
        if (isUniqueViolation(e)) {
          throw new IdentityError(IdentityErrorCode.EmailTaken, 'An account with this e-mail already exists; sign in instead.', {
            errors: [{ field: 'user.email', message: 'is already registered' }],
          });
        }
        throw e;
      }
      await em.getRepository(MembershipEntity).insert({ id: newId(), organizationId, userId, role: MemberRole.Owner, createdAt: now });
      const actor: UserActor = { kind: 'user', userId, organizationId, organizationKind: organization.kind, role: MemberRole.Owner };
      await this.audit.record(em, actor, orgStream(organizationId), {
        action: 'organization.created',
        subjectType: 'Organization',
        subjectId: organizationId,
        payload: { name: organization.name, kind: organization.kind },
      });
      await this.audit.record(em, actor, orgStream(organizationId), {
        action: 'member.added',
        subjectType: 'User',
        subjectId: userId,
        payload: { role: MemberRole.Owner, via },
      });
      const session = await this.auth.issueSession(em, userId, organizationId, MemberRole.Owner, newId());
      return { organization, session };
    });
  }

  async current(actor: Actor): Promise<OrganizationEntity> {
    assertCan(actor, 'read', 'Organization');
    return this.db.tx(scopeOf(actor), async (em) => {
      const org = await em.getRepository(OrganizationEntity).findOne({ where: { id: actor.organizationId } });
      if (!org) throw new IdentityError(IdentityErrorCode.OrganizationNotFound, 'Organization not found.');
      return org;
    });
  }

  async update(actor: Actor, patch: { name?: string } & AccreditationInput): Promise<OrganizationEntity> {
    assertCan(actor, 'update', 'Organization');
    return this.db.tx(scopeOf(actor), async (em) => {
      const repo = em.getRepository(OrganizationEntity);
      const org = await repo.findOne({ where: { id: actor.organizationId } });
      if (!org) throw new IdentityError(IdentityErrorCode.OrganizationNotFound, 'Organization not found.');
      // Names are kept as sign-up keeps them: without surrounding spaces.
      const changes = definedOnly({ ...patch, name: patch.name?.trim() });
      const next = { ...org, ...changes };
      assertAccreditation(org.kind, next);
      await repo.update({ id: org.id }, changes);
      await this.audit.record(em, actor, orgStream(org.id), {
        action: 'organization.updated',
        subjectType: 'Organization',
        subjectId: org.id,
        payload: { changed: Object.keys(changes) },
      });
      return repo.findOneOrFail({ where: { id: org.id } });
    });
  }

  /**
   * The directory of organizations (public profile: name, kind, accreditation), so a
   * manufacturer can find the vendor, assessor or procurer to invite.
   */
  async directory(actor: Actor, query: { q?: string; kind?: string; limit?: number; cursor?: string }): Promise<Page<OrganizationProfile>> {
    assertCan(actor, 'read', 'Organization');
    const limit = Math.min(query.limit ?? 50, 200);
    const rows: Record<string, string | null>[] = await this.db.tx(scopeOf(actor), (em) =>
      em.query('SELECT * FROM org_directory($1, $2, $3, $4)', [query.q?.trim() || null, query.kind ?? null, query.cursor ?? null, limit + 1]),
    );
    const data = rows.slice(0, limit).map((r) => ({
      id: r.id!,
      name: r.name!,
      kind: r.kind as OrganizationKind,
      accreditationBody: r.accreditation_body ?? null,
      accreditationNumber: r.accreditation_number ?? null,
      accreditationScope: r.accreditation_scope ?? null,
    }));
    return { data, nextCursor: rows.length > limit ? data.at(-1)!.id : null };
  }

  /** The organizations a user can act for (to switch between them). */
  async mine(actor: UserActor): Promise<MyOrganization[]> {
    const memberships = await this.db.tx(systemScope('memberships of the signed-in user', { userId: actor.userId }), (em) =>
      em.getRepository(MembershipEntity).find({ where: { userId: actor.userId }, relations: { organization: true }, order: { createdAt: 'ASC' } }),
    );
    return memberships.filter((m) => m.organization).map((m) => ({ organization: m.organization!, role: m.role }));
  }
}

function assertAccreditation(kind: OrganizationKind, a: AccreditationInput): void {
  if (kind !== OrganizationKind.Assessor && (a.accreditationBody || a.accreditationNumber || a.accreditationScope)) {
    throw new IdentityError(IdentityErrorCode.InvalidAccreditation, 'Only assessor organizations carry an accreditation.', {
      errors: [{ field: 'organization.accreditationBody', message: 'is only for assessor organizations' }],
    });
  }
}
