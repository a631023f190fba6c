import { Injectable } from '@nestjs/common';
import { assertCan, type WorkspaceRole } from '@attesta/access';
import { AuditService, type AuditRecord } from '@attesta/audit';
import { frameworkControlsPage, frameworkSummaries, localizedRequirementTitles, requirementSummaries, type RequirementSummary } from '@attesta/catalog';
import type { Locale } from '@attesta/i18n';
import { Actor, Db, keysetPage, newId, OrganizationKind, Page, parseMarkets, scopeOf, transactionLock } from '@attesta/core';
import { offeringComponentIds, offeringComponents, offeringSummary } from '@attesta/offerings';
import { OutboxService } from '@attesta/outbox';
import { EntityManager, In, Not } from 'typeorm';
import { ApplicabilityEntity } from './entities/applicability.entity.js';
import { ParticipantEntity } from './entities/participant.entity.js';
import { WorkspaceFrameworkEntity } from './entities/workspace-framework.entity.js';
import { WorkspaceEntity } from './entities/workspace.entity.js';
import { forgetWorkspaceContext, workspaceContext } from './workspace-access.js';
import { WorkspacesError, WorkspacesErrorCode } from './workspaces.errors.js';

export interface WorkspaceView {
  workspace: WorkspaceEntity;
  frameworkIds: string[];
  /** The acting organization's role, or `invited` while its invitation is pending. */
  myRole: WorkspaceRole | 'invited';
}

export interface ApplicabilityItem {
  requirementId: string;
  applicable: boolean;
  justification?: string;
  componentIds?: string[];
}

export interface ApplicabilityRow {
  requirement: RequirementSummary;
  applicable: boolean;
  justification: string;
  componentIds: string[];
  /** False while nobody has stated it (applicable by default). */
  stated: boolean;
}

export const WORKSPACE_EVENTS = {
  participantInvited: 'workspace.participant_invited',
} as const;

/** `get`: the workspace ($1) with the calling organization's ($2) participation and the framework ids. */
const WORKSPACE_VIEW_SQL = `
  SELECT w.id, w.organization_id AS "organizationId", w.offering_id AS "offeringId", w.name,
         w.target_markets AS "targetMarkets", w.status, w.four_eyes AS "fourEyes", w.version,
         w.created_at AS "createdAt", w.updated_at AS "updatedAt",
         (SELECT ARRAY[p.status, p.role] FROM workspace_participants p
           WHERE p.workspace_id = w.id AND p.organization_id = $2 AND p.status IN ('accepted', 'invited') LIMIT 1) AS mine,
         ARRAY(SELECT f.framework_id FROM workspace_frameworks f WHERE f.workspace_id = w.id) AS "frameworkIds"
    FROM workspaces w
   WHERE w.id = $1`;

@Injectable()
export class WorkspacesService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async create(
    actor: Actor,
    input: { offeringId: string; name: string; frameworkIds: string[]; targetMarkets: string[]; fourEyes?: boolean },
  ): Promise<WorkspaceView> {
    assertCan(actor, 'create', 'Workspace');
    if (actor.organizationKind !== OrganizationKind.Manufacturer) {
      throw new WorkspacesError(WorkspacesErrorCode.NotOwner, 'Only manufacturers open assessment workspaces.');
    }
    const markets = normaliseMarkets(input.targetMarkets);
    return this.db.tx(scopeOf(actor), async (em) => {
      const offering = await offeringSummary(em, input.offeringId, actor.organizationId);
      if (!offering) {
        throw new WorkspacesError(WorkspacesErrorCode.UnknownComponent, 'No such offering of yours.', {
          errors: [{ field: 'offeringId', message: 'names no offering of your organization' }],
        });
      }
      await this.assertFrameworks(em, input.frameworkIds);
      const now = new Date();
      const workspace = em.getRepository(WorkspaceEntity).create({
        id: newId(),
        organizationId: actor.organizationId,
        offeringId: offering.id,
        name: input.name.trim(),
        targetMarkets: markets,
        status: 'active',
        fourEyes: input.fourEyes ?? false,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      await em.getRepository(WorkspaceEntity).insert(workspace);
      await em.getRepository(ParticipantEntity).insert({
        id: newId(),
        workspaceId: workspace.id,
        organizationId: actor.organizationId,
        role: 'owner',
        status: 'accepted',
        componentIds: [],
        invitedByOrganizationId: actor.organizationId,
        createdAt: now,
        respondedAt: now,
      });
      await em
        .getRepository(WorkspaceFrameworkEntity)
        .insert([...new Set(input.frameworkIds)].map((frameworkId) => ({ workspaceId: workspace.id, frameworkId, createdAt: now })));
      await this.record(em, actor, workspace.id, {
        action: 'workspace.created',
        subjectType: 'Workspace',
        subjectId: workspace.id,
        payload: { name: workspace.name, offeringId: offering.id, frameworkIds: input.frameworkIds, targetMarkets: markets },
      });
      await this.audit.record(
        em,
        actor,
        { type: 'organization', id: actor.organizationId },
        { action: 'workspace.created', subjectType: 'Workspace', subjectId: workspace.id },
      );
      return { workspace, frameworkIds: [...new Set(input.frameworkIds)], myRole: 'owner' };
    });
  }

  /** Workspaces the acting organization takes part in or is invited to. */
  async list(actor: Actor, page: { limit?: number; cursor?: string }): Promise<Page<WorkspaceView>> {
    assertCan(actor, 'read', 'Workspace');
    return this.db.tx(scopeOf(actor), async (em) => {
      const result = await keysetPage(em.getRepository(WorkspaceEntity).createQueryBuilder('w'), { ...page, keys: [{ column: 'w.id', read: (w) => w.id }] });
      const ids = result.data.map((w) => w.id);
      const [mine, frameworks] = ids.length
        ? // One transaction's connection runs one query at a time: sequential awaits.
          [
            await em
              .getRepository(ParticipantEntity)
              .find({ where: { workspaceId: In(ids), organizationId: actor.organizationId, status: In(['accepted', 'invited']) } }),
            await em.getRepository(WorkspaceFrameworkEntity).find({ where: { workspaceId: In(ids) } }),
          ]
        : [[], []];
      return {
        nextCursor: result.nextCursor,
        data: result.data.map((workspace) => {
          const p = mine.find((m) => m.workspaceId === workspace.id);
          return {
            workspace,
            frameworkIds: frameworks.filter((f) => f.workspaceId === workspace.id).map((f) => f.frameworkId),
            myRole: p?.status === 'accepted' ? p.role : 'invited',
          };
        }),
      };
    });
  }

  async get(actor: Actor, workspaceId: string): Promise<WorkspaceView> {
    assertCan(actor, 'read', 'Workspace');
    // A hot path: one statement in one round trip (Db.statement), under the same row-level policies:
    // the workspace, the caller's participation and the framework ids, as plain SQL (no query building).
    const [row] = await this.db.statement<WorkspaceEntity & { mine: [string, WorkspaceRole] | null; frameworkIds: string[] }>(
      scopeOf(actor),
      WORKSPACE_VIEW_SQL,
      [workspaceId, actor.organizationId],
    );
    if (!row?.mine) throw new WorkspacesError(WorkspacesErrorCode.WorkspaceNotFound, 'Workspace not found.');
    const { mine, frameworkIds, ...workspace } = row;
    return { workspace, frameworkIds, myRole: mine[0] === 'accepted' ? mine[1] : 'invited' };
  }

  async update(
    actor: Actor,
    workspaceId: string,
    expectedVersion: number,
    patch: { name?: string; targetMarkets?: string[]; fourEyes?: boolean },
  ): Promise<WorkspaceView> {
    await this.db.tx(scopeOf(actor), async (em) => {
      const { workspace } = await workspaceContext(em, actor, workspaceId, 'update', 'Workspace');
      const set: Partial<WorkspaceEntity> = {};
      if (patch.name !== undefined) set.name = patch.name.trim();
      if (patch.targetMarkets !== undefined) set.targetMarkets = normaliseMarkets(patch.targetMarkets);
      if (patch.fourEyes !== undefined) set.fourEyes = patch.fourEyes;
      const result = await em
        .getRepository(WorkspaceEntity)
        .createQueryBuilder()
        .update()
        .set({ ...set, version: () => 'version + 1', updatedAt: new Date() })
        .where('id = :id AND version = :v', { id: workspace.id, v: expectedVersion })
        .execute();
      if (!result.affected) {
        throw new WorkspacesError(WorkspacesErrorCode.StaleVersion, 'The workspace changed since you read it; read it again and retry.', {
          extensions: { currentVersion: workspace.version },
        });
      }
      forgetWorkspaceContext(em, workspace.id);
      await this.record(em, actor, workspace.id, {
        action: 'workspace.updated',
        subjectType: 'Workspace',
        subjectId: workspace.id,
        payload: { changed: Object.keys(set) },
      });
    });
    return this.get(actor, workspaceId);
  }

  async listParticipants(actor: Actor, workspaceId: string, page: { limit?: number; cursor?: string }): Promise<Page<ParticipantEntity>> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await workspaceContext(em, actor, workspaceId, 'read', 'Participant');
      return keysetPage(em.getRepository(ParticipantEntity).createQueryBuilder('p').where('p.workspaceId = :ws', { ws: workspaceId }), {
        ...page,
        keys: [{ column: 'p.id', read: (p) => p.id }],
      });
    });
  }

  /**
   * The owner invites an organization as contributor (scoped to components), assessor
   * or observer. Impartiality: an assessor never also owns or contributes.
   */
  async inviteParticipant(
    actor: Actor,
    workspaceId: string,
    input: { organizationId: string; role: Exclude<WorkspaceRole, 'owner'>; componentIds?: string[] },
  ): Promise<ParticipantEntity> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const { workspace } = await workspaceContext(em, actor, workspaceId, 'create', 'Participant');
      const [org] = (await em.query('SELECT id, name, kind FROM org_public_profiles($1::uuid[])', [[input.organizationId]])) as {
        id: string;
        name: string;
        kind: OrganizationKind;
      }[];
      if (!org)
        throw new WorkspacesError(WorkspacesErrorCode.OrganizationNotFound, 'No such organization.', {
          errors: [{ field: 'organizationId', message: 'names no organization' }],
        });
      const requiredKind: Record<typeof input.role, OrganizationKind[]> = {
        assessor: [OrganizationKind.Assessor],
        contributor: [OrganizationKind.ServiceVendor, OrganizationKind.Manufacturer],
        observer: [OrganizationKind.Procurer, OrganizationKind.Manufacturer, OrganizationKind.ServiceVendor, OrganizationKind.Assessor],
      };
      if (!requiredKind[input.role].includes(org.kind)) {
        throw new WorkspacesError(WorkspacesErrorCode.WrongOrganizationKind, `A ${org.kind} organization cannot be a ${input.role}.`, {
          errors: [{ field: 'role', message: `not allowed for a ${org.kind}` }],
        });
      }
      // An assessor does not assess a service it runs: no component of the offering may be its own.
      if (input.role === 'assessor') {
        const own = (await offeringComponents(em, workspace.offeringId)).filter((c) => c.providerOrganizationId === org.id);
        if (own.length)
          throw new WorkspacesError(
            WorkspacesErrorCode.ImpartialityConflict,
            'An assessor organization may not assess an offering with a component it provides.',
            {
              extensions: { componentIds: own.map((c) => c.id) },
            },
          );
      }
      // Invitations of one organization to one workspace take turns: the check below sees the other's row.
      await transactionLock(em, `workspace-participant:${workspaceId}:${org.id}`);
      const existing = await em.getRepository(ParticipantEntity).find({ where: { workspaceId, organizationId: org.id, status: In(['invited', 'accepted']) } });
      if (existing.length) {
        const roles = existing.map((p) => p.role);
        const conflict = (input.role === 'assessor' && roles.some((r) => r !== 'assessor')) || (input.role !== 'assessor' && roles.includes('assessor'));
        if (conflict) {
          throw new WorkspacesError(
            WorkspacesErrorCode.ImpartialityConflict,
            'An assessor organization may not own or contribute to a workspace it assesses.',
            { extensions: { existingRoles: roles } },
          );
        }
        throw new WorkspacesError(WorkspacesErrorCode.AlreadyParticipant, `The organization is already ${existing[0]!.status} as ${existing[0]!.role}.`);
      }
      const componentIds = [...new Set(input.componentIds ?? [])];
      if (input.role === 'contributor') {
        if (!componentIds.length)
          throw new WorkspacesError(WorkspacesErrorCode.UnknownComponent, 'A contributor is scoped to the components it provides.', {
            errors: [{ field: 'componentIds', message: 'must name at least one component' }],
          });
        await this.assertComponents(em, workspace.offeringId, componentIds);
      } else if (componentIds.length) {
        throw new WorkspacesError(WorkspacesErrorCode.UnknownComponent, 'Only contributors are scoped to components.', {
          errors: [{ field: 'componentIds', message: 'only for contributors' }],
        });
      }
      const participant = em.getRepository(ParticipantEntity).create({
        id: newId(),
        workspaceId,
        organizationId: org.id,
        role: input.role,
        status: 'invited',
        componentIds,
        invitedByOrganizationId: actor.organizationId,
        createdAt: new Date(),
        respondedAt: null,
      });
      await em.getRepository(ParticipantEntity).insert(participant);
      await this.record(em, actor, workspaceId, {
        action: 'participant.invited',
        subjectType: 'Participant',
        subjectId: participant.id,
        payload: { organizationId: org.id, role: input.role, componentIds },
      });
      await this.outbox.emit(em, {
        type: WORKSPACE_EVENTS.participantInvited,
        organizationId: actor.organizationId,
        workspaceId,
        payload: { participantId: participant.id, invitedOrganizationId: org.id, role: input.role, workspaceName: workspace.name },
      });
      return participant;
    });
  }

  /** The invited organization accepts or declines. */
  async respond(actor: Actor, workspaceId: string, accept: boolean): Promise<ParticipantEntity> {
    assertCan(actor, 'update', 'Participant');
    return this.db.tx(scopeOf(actor), async (em) => {
      const repo = em.getRepository(ParticipantEntity);
      // Locked: of two answers at once, the second finds the invitation answered (404), not still open.
      const invitation = await repo.findOne({
        where: { workspaceId, organizationId: actor.organizationId, status: 'invited' },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation) throw new WorkspacesError(WorkspacesErrorCode.InvitationNotFound, 'Your organization has no pending invitation to this workspace.');
      // Recorded while still invited: once it has declined, the organization may no longer write to the stream.
      await this.record(em, actor, workspaceId, {
        action: accept ? 'participant.accepted' : 'participant.declined',
        subjectType: 'Participant',
        subjectId: invitation.id,
        payload: { role: invitation.role },
      });
      await repo.update({ id: invitation.id }, { status: accept ? 'accepted' : 'declined', respondedAt: new Date() });
      forgetWorkspaceContext(em, workspaceId);
      return repo.findOneOrFail({ where: { id: invitation.id } });
    });
  }

  async removeParticipant(actor: Actor, workspaceId: string, participantId: string): Promise<void> {
    await this.db.tx(scopeOf(actor), async (em) => {
      await workspaceContext(em, actor, workspaceId, 'delete', 'Participant');
      const repo = em.getRepository(ParticipantEntity);
      const p = await repo.findOne({ where: { id: participantId, workspaceId, status: Not('removed') } });
      if (!p) throw new WorkspacesError(WorkspacesErrorCode.ParticipantNotFound, 'Participant not found.');
      if (p.role === 'owner') throw new WorkspacesError(WorkspacesErrorCode.CannotRemoveOwner, 'The owner cannot be removed from its workspace.');
      await repo.update({ id: p.id }, { status: 'removed', respondedAt: new Date() });
      forgetWorkspaceContext(em, workspaceId);
      await this.record(em, actor, workspaceId, {
        action: 'participant.removed',
        subjectType: 'Participant',
        subjectId: p.id,
        payload: { organizationId: p.organizationId, role: p.role },
      });
    });
  }

  /** The statement of applicability for the target frameworks' controls, in reading order. */
  /** `locale`: requirement titles in the reader's language where translated (one more statement); absent: as in the source. */
  async applicability(
    actor: Actor,
    workspaceId: string,
    query: { frameworkId?: string; limit?: number; cursor?: string },
    locale?: Locale,
  ): Promise<Page<ApplicabilityRow>> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await workspaceContext(em, actor, workspaceId, 'read', 'Applicability');
      const frameworkIds = (await em.getRepository(WorkspaceFrameworkEntity).find({ where: { workspaceId } })).map((f) => f.frameworkId);
      const wanted = query.frameworkId ? frameworkIds.filter((id) => id === query.frameworkId) : frameworkIds;
      if (!wanted.length) return { data: [], nextCursor: null };
      const page = await frameworkControlsPage(em, wanted, { limit: query.limit, cursor: query.cursor });
      const stated = page.data.length
        ? await em.getRepository(ApplicabilityEntity).find({ where: { workspaceId, requirementId: In(page.data.map((r) => r.id)) } })
        : [];
      const titles = locale
        ? await localizedRequirementTitles(
            em,
            page.data.map((r) => r.id),
            locale,
          )
        : new Map<string, { title: string }>();
      return {
        nextCursor: page.nextCursor,
        data: page.data.map((requirement) => {
          const s = stated.find((x) => x.requirementId === requirement.id);
          return {
            requirement: { ...requirement, title: titles.get(requirement.id)?.title ?? requirement.title },
            applicable: s?.applicable ?? true,
            justification: s?.justification ?? '',
            componentIds: s?.componentIds ?? [],
            stated: Boolean(s),
          };
        }),
      };
    });
  }

  /** Bulk edit: every item is checked first; all are written or none. */
  async setApplicability(actor: Actor, workspaceId: string, items: ApplicabilityItem[]): Promise<{ updated: number }> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const { workspace } = await workspaceContext(em, actor, workspaceId, 'update', 'Applicability');
      const frameworkIds = (await em.getRepository(WorkspaceFrameworkEntity).find({ where: { workspaceId } })).map((f) => f.frameworkId);
      const ids = [...new Set(items.map((i) => i.requirementId))];
      const known = await requirementSummaries(em, ids);
      const ok = new Set(known.filter((r) => frameworkIds.includes(r.frameworkId)).map((r) => r.id));
      const bad = items.map((it, i) => ({ it, i })).filter(({ it }) => !ok.has(it.requirementId));
      if (bad.length) {
        throw new WorkspacesError(WorkspacesErrorCode.UnknownRequirement, "Some requirements are not in this workspace's target frameworks.", {
          errors: bad.map(({ i }) => ({ field: `items.${i}.requirementId`, message: 'is not a requirement of a target framework' })),
        });
      }
      const missingJustification = items.map((it, i) => ({ it, i })).filter(({ it }) => !it.applicable && !it.justification?.trim());
      if (missingJustification.length) {
        throw new WorkspacesError(WorkspacesErrorCode.UnknownRequirement, 'Say why a requirement does not apply.', {
          errors: missingJustification.map(({ i }) => ({ field: `items.${i}.justification`, message: 'is required when applicable is false' })),
        });
      }
      await this.assertComponents(em, workspace.offeringId, [...new Set(items.flatMap((i) => i.componentIds ?? []))]);
      const now = new Date();
      const by = actor.kind === 'user' ? actor.userId : actor.kind === 'api_key' ? actor.apiKeyId : 'system';
      for (let i = 0; i < items.length; i += 500) {
        await em
          .createQueryBuilder()
          .insert()
          .into(ApplicabilityEntity)
          .values(
            items.slice(i, i + 500).map((it) => ({
              id: newId(),
              workspaceId,
              requirementId: it.requirementId,
              applicable: it.applicable,
              justification: it.justification ?? '',
              componentIds: it.componentIds ?? [],
              updatedBy: by,
              updatedAt: now,
            })),
          )
          .orUpdate(['applicable', 'justification', 'component_ids', 'updated_by', 'updated_at'], ['workspace_id', 'requirement_id'])
          .execute();
      }
      await this.record(em, actor, workspaceId, {
        action: 'applicability.updated',
        subjectType: 'Workspace',
        subjectId: workspaceId,
        payload: {
          count: items.length,
          notApplicable: items
            .filter((i) => !i.applicable)
            .map((i) => i.requirementId)
            .slice(0, 100),
        },
      });
      return { updated: items.length };
    });
  }

  private record(em: EntityManager, actor: Actor, workspaceId: string, record: AuditRecord) {
    return this.audit.record(em, actor, { type: 'workspace', id: workspaceId }, record);
  }

  private async assertFrameworks(em: EntityManager, ids: string[]): Promise<void> {
    const unique = [...new Set(ids)];
    const found = await frameworkSummaries(em, unique);
    const missing = unique.filter((id) => !found.some((f) => f.id === id));
    if (!unique.length || missing.length) {
      throw new WorkspacesError(
        WorkspacesErrorCode.UnknownFramework,
        unique.length ? `Unknown framework(s): ${missing.join(', ')}.` : 'Name at least one target framework.',
        {
          errors: [{ field: 'frameworkIds', message: unique.length ? 'names a framework you cannot use' : 'must not be empty' }],
        },
      );
    }
  }

  private async assertComponents(em: EntityManager, offeringId: string, ids: string[]): Promise<void> {
    if (!ids.length) return;
    const found = new Set(await offeringComponentIds(em, offeringId, ids));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) {
      throw new WorkspacesError(WorkspacesErrorCode.UnknownComponent, `Not components of this offering: ${missing.join(', ')}.`, {
        errors: [{ field: 'componentIds', message: 'names a component outside the offering' }],
      });
    }
  }
}

/** ISO 3166-1 alpha-2, upper-cased, de-duplicated; each bad code is named. */
export function normaliseMarkets(codes: string[]): string[] {
  const { markets, bad: given } = parseMarkets(codes);
  const bad = [...new Set(given.map((b) => b.code.trim().toUpperCase()))];
  if (!codes.length || bad.length) {
    throw new WorkspacesError(
      WorkspacesErrorCode.InvalidMarket,
      codes.length ? `Not ISO 3166-1 alpha-2 country codes: ${bad.join(', ')}.` : 'Name at least one target market.',
      {
        errors: codes.length
          ? bad.map((c) => ({ field: 'targetMarkets', message: `"${c}" is not an ISO 3166-1 alpha-2 code` }))
          : [{ field: 'targetMarkets', message: 'must not be empty' }],
      },
    );
  }
  return markets;
}
