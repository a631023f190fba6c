import { Injectable } from '@nestjs/common';
import { assertCan } from '@attesta/access';
import { AuditService } from '@attesta/audit';
import { Actor, Db, keysetPage, MemberRole, Page, scopeOf, transactionLock } from '@attesta/core';
import { EntityManager } from 'typeorm';
import { AuthCache } from './auth-cache.js';
import { orgStream } from './auth.service.js';
import { ApiKeyEntity } from './entities/api-key.entity.js';
import { InvitationEntity } from './entities/invitation.entity.js';
import { SessionRevocations } from './session-revocations.js';
import { MembershipEntity } from './entities/membership.entity.js';
import { IdentityError, IdentityErrorCode } from './identity.errors.js';

@Injectable()
export class MembersService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly cache: AuthCache,
    private readonly revocations: SessionRevocations,
  ) {}

  async list(actor: Actor, page: { limit?: number; cursor?: string }): Promise<Page<MembershipEntity>> {
    assertCan(actor, 'read', 'Member');
    return this.db.tx(scopeOf(actor), (em) => {
      const qb = em
        .getRepository(MembershipEntity)
        .createQueryBuilder('m')
        .innerJoinAndSelect('m.user', 'u')
        .where('m.organizationId = :org', { org: actor.organizationId });
      return keysetPage(qb, { ...page, keys: [{ column: 'm.id', read: (m) => m.id }] });
    });
  }

  async get(actor: Actor, membershipId: string): Promise<MembershipEntity> {
    assertCan(actor, 'read', 'Member');
    return this.db.tx(scopeOf(actor), (em) => this.find(em, actor, membershipId));
  }

  async changeRole(actor: Actor, membershipId: string, role: MemberRole): Promise<MembershipEntity> {
    assertCan(actor, 'update', 'Member');
    const changed = await this.db.tx(scopeOf(actor), async (em) => {
      await lockMembershipsOf(em, actor.organizationId);
      const m = await this.find(em, actor, membershipId, true);
      if ((role === MemberRole.Owner || m.role === MemberRole.Owner) && !(actor.kind === 'user' && actor.role === MemberRole.Owner)) {
        throw new IdentityError(IdentityErrorCode.OwnerRoleRequired, 'Only an owner can grant or take away the owner role.');
      }
      if (m.role === MemberRole.Owner && role !== MemberRole.Owner) await this.assertNotLastOwner(em, actor.organizationId);
      await em.getRepository(MembershipEntity).update({ id: m.id }, { role });
      await this.audit.record(em, actor, orgStream(actor.organizationId), {
        action: 'member.role_changed',
        subjectType: 'User',
        subjectId: m.userId,
        payload: { from: m.role, to: role },
      });
      return this.find(em, actor, membershipId);
    });
    // After the commit: every replica drops the membership from its authentication cache.
    await this.cache.invalidate({ t: 'member', userId: changed.userId, organizationId: actor.organizationId });
    return changed;
  }

  async remove(actor: Actor, membershipId: string): Promise<void> {
    assertCan(actor, 'delete', 'Member');
    const ended = await this.db.tx(scopeOf(actor), async (em) => {
      await lockMembershipsOf(em, actor.organizationId);
      const m = await this.find(em, actor, membershipId, true);
      if (m.role === MemberRole.Owner) {
        if (!(actor.kind === 'user' && actor.role === MemberRole.Owner)) {
          throw new IdentityError(IdentityErrorCode.OwnerRoleRequired, 'Only an owner can remove an owner.');
        }
        await this.assertNotLastOwner(em, actor.organizationId);
      }
      await em.getRepository(MembershipEntity).delete({ id: m.id });
      // Its sessions in this organization end for good (an invitation later starts new ones), and
      // invitations still pending for its address are revoked: none lets it back in.
      const sessions = ((await em.query('SELECT end_member_sessions($1, $2) AS id', [m.userId, actor.organizationId])) as { id: string }[]).map((r) => r.id);
      await em
        .getRepository(InvitationEntity)
        .createQueryBuilder()
        .update()
        .set({ revokedAt: () => 'now()' })
        .where('organization_id = :org AND email = :email AND accepted_at IS NULL AND revoked_at IS NULL', { org: actor.organizationId, email: m.user!.email })
        .execute();
      // A key acts as the person who made it (separation of duties counts it as them): it leaves with them.
      const keys = (
        await em
          .getRepository(ApiKeyEntity)
          .createQueryBuilder()
          .update()
          .set({ revokedAt: () => 'now()' })
          .where('organization_id = :org AND created_by = :user AND revoked_at IS NULL', { org: actor.organizationId, user: m.userId })
          .returning(['id', 'prefix'])
          .execute()
      ).raw as { id: string; prefix: string }[];
      for (const k of keys)
        await this.audit.record(em, actor, orgStream(actor.organizationId), {
          action: 'api_key.revoked',
          subjectType: 'ApiKey',
          subjectId: k.id,
          payload: { prefix: k.prefix, reason: 'creator_removed' },
        });
      await this.audit.record(em, actor, orgStream(actor.organizationId), {
        action: 'member.removed',
        subjectType: 'User',
        subjectId: m.userId,
        payload: { role: m.role, sessionsEnded: sessions.length, apiKeysRevoked: keys.length },
      });
      return { userId: m.userId, sessions, keys: keys.map((k) => k.id) };
    });
    // After the commit: access tokens of those sessions are refused at once on every replica, and
    // every replica drops the membership from its authentication cache.
    await this.revocations.revoke(ended.sessions);
    await this.cache.invalidate({ t: 'member', userId: ended.userId, organizationId: actor.organizationId });
    for (const id of ended.keys) await this.cache.invalidate({ t: 'api-key', id });
  }

  private async find(em: EntityManager, actor: Actor, membershipId: string, lock = false): Promise<MembershipEntity> {
    const qb = em
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.user', 'u')
      .where('m.id = :id AND m.organizationId = :org', { id: membershipId, org: actor.organizationId });
    if (lock) qb.setLock('pessimistic_write', undefined, ['m']);
    const m = await qb.getOne();
    if (!m) throw new IdentityError(IdentityErrorCode.MemberNotFound, 'Member not found.');
    return m;
  }

  private async assertNotLastOwner(em: EntityManager, organizationId: string): Promise<void> {
    const owners = await em.getRepository(MembershipEntity).count({ where: { organizationId, role: MemberRole.Owner } });
    if (owners <= 1) throw new IdentityError(IdentityErrorCode.LastOwner, 'An organization keeps at least one owner.');
  }
}

/**
 * Role changes and removals in one organization take turns, so "at least one owner" is counted
 * after the other's change: two owners demoting each other at once leave one owner, not none.
 */
async function lockMembershipsOf(em: EntityManager, organizationId: string): Promise<void> {
  await transactionLock(em, `organization-members:${organizationId}`);
}
