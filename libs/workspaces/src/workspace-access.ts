import { assertCan, assertWorkspaceCan, type Action, type Subject, type WorkspaceRole } from '@attesta/access';
import type { Actor } from '@attesta/core';
import { EntityManager } from 'typeorm';
import { ParticipantEntity } from './entities/participant.entity.js';
import { WorkspaceEntity } from './entities/workspace.entity.js';
import { WorkspacesError, WorkspacesErrorCode } from './workspaces.errors.js';

export interface WorkspaceContext {
  workspace: WorkspaceEntity;
  /** The acting organization's participation (accepted), if any. */
  participant: ParticipantEntity;
  role: WorkspaceRole;
}

/**
 * Loads a workspace for the acting organization and checks both the actor's own
 * permission and its organization's workspace role. Not participating (or only
 * invited) reads as "no such workspace": outsiders learn nothing.
 */
export async function workspaceContext(em: EntityManager, actor: Actor, workspaceId: string, action: Action, subject: Subject): Promise<WorkspaceContext> {
  assertCan(actor, action, subject);
  const workspace = await em.getRepository(WorkspaceEntity).findOne({ where: { id: workspaceId } });
  const participant = workspace
    ? await em.getRepository(ParticipantEntity).findOne({ where: { workspaceId, organizationId: actor.organizationId, status: 'accepted' } })
    : null;
  if (!workspace || !participant) throw new WorkspacesError(WorkspacesErrorCode.WorkspaceNotFound, 'Workspace not found.');
  assertWorkspaceCan(participant.role, action, subject);
  return { workspace, participant, role: participant.role };
}
