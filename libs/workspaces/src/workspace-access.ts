import { assertCan, assertWorkspaceCan, type Action, type Subject, type WorkspaceRole } from '@attesta/access';
import { forgetInTx, memoInTx, type Actor } from '@attesta/core';
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

const memoKey = (workspaceId: string, organizationId?: string) => `workspace-context:${workspaceId}:${organizationId ?? ''}`;

/**
 * The one loader of the workspace context: the workspace and the acting organization's
 * accepted participation, in one statement, loaded once per transaction (issuing an
 * attestation checks it three times: `issueFromDecision`, the reviews lib's decision read
 * model and `issue`). Not participating (or only invited) reads as "no such workspace": outsiders
 * learn nothing. No permission is checked here: callers check the one they need
 * (`workspaceContext`, the reviews and evidence libs' own checks).
 */
export async function loadWorkspaceContext(em: EntityManager, actor: Actor, workspaceId: string): Promise<WorkspaceContext> {
  const ctx = await memoInTx(em, memoKey(workspaceId, actor.organizationId), async (): Promise<WorkspaceContext | null> => {
    const participant = await em
      .getRepository(ParticipantEntity)
      .createQueryBuilder('p')
      .innerJoinAndMapOne('p.workspace', WorkspaceEntity, 'w', 'w.id = p.workspaceId')
      .where('p.workspaceId = :workspaceId AND p.organizationId = :organizationId AND p.status = :status', {
        workspaceId,
        organizationId: actor.organizationId,
        status: 'accepted',
      })
      .getOne();
    if (!participant) return null;
    const { workspace } = participant as ParticipantEntity & { workspace: WorkspaceEntity };
    delete (participant as Partial<ParticipantEntity & { workspace: WorkspaceEntity }>).workspace;
    return { workspace, participant, role: participant.role };
  });
  if (!ctx) throw new WorkspacesError(WorkspacesErrorCode.WorkspaceNotFound, 'Workspace not found.');
  return ctx;
}

/** After a change to a workspace or its participants, the next load in this transaction reads them again. */
export function forgetWorkspaceContext(em: EntityManager, workspaceId: string): void {
  forgetInTx(em, memoKey(workspaceId));
}

/**
 * Loads a workspace for the acting organization and checks both the actor's own
 * permission and its organization's workspace role.
 */
export async function workspaceContext(em: EntityManager, actor: Actor, workspaceId: string, action: Action, subject: Subject): Promise<WorkspaceContext> {
  assertCan(actor, action, subject);
  const ctx = await loadWorkspaceContext(em, actor, workspaceId);
  assertWorkspaceCan(ctx.role, action, subject);
  return ctx;
}
