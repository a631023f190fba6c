import { assertCan, buildWorkspaceAbility, type Action, type Subject } from '@attesta/access';
import { Actor } from '@attesta/core';
import { loadWorkspaceContext, type WorkspaceContext } from '@attesta/workspaces';
import { EntityManager } from 'typeorm';
import { SubmissionEntity, type SubmissionStatus } from './entities/submission.entity.js';
import { ReviewsError, ReviewsErrorCode } from './reviews.errors.js';

export { scopeOf } from '@attesta/core';

/** The review state machine: where each status may go next. */
export const SUBMISSION_TRANSITIONS: Readonly<Record<SubmissionStatus, readonly SubmissionStatus[]>> = {
  submitted: ['in_review'],
  in_review: ['changes_requested', 'decided'],
  changes_requested: [],
  decided: [],
};

const WHO: Partial<Record<`${Action}:${Subject}`, string>> = {
  'create:Submission': 'Only the workspace owner submits.',
  'update:Submission': "Only the workspace's assessors move a review along.",
  'create:Verdict': "Only the workspace's assessors record verdicts.",
  'update:Verdict': "Only the workspace's assessors record verdicts.",
  'create:Finding': "Only the workspace's assessors raise findings.",
  'update:Finding': 'Only the supplier answers findings and only assessors close them.',
  'create:Decision': "Only the workspace's assessors decide.",
  'update:Decision': "Only the workspace's assessors confirm decisions.",
  'create:Comment': 'Observers do not take part in the review.',
};

/**
 * The actor's permission and its organization's workspace role, both. A role that may
 * not read the review (observers) learns nothing about it: reads are "not found";
 * writes are refused with the reason.
 */
export async function reviewContext(em: EntityManager, actor: Actor, workspaceId: string, action: Action, subject: Subject): Promise<WorkspaceContext> {
  assertCan(actor, action, subject);
  // The review permission is enough (an API key with reviews:* needs no workspaces:read).
  const ctx = await loadWorkspaceContext(em, actor, workspaceId);
  if (!buildWorkspaceAbility(ctx.role).can(action, subject)) {
    if (action === 'read') throw new ReviewsError(ReviewsErrorCode.SubmissionNotFound, `${subject} not found.`);
    throw new ReviewsError(
      ReviewsErrorCode.WrongRole,
      `${WHO[`${action}:${subject}`] ?? `A workspace ${ctx.role} may not ${action} ${subject}.`} Your organization is ${ctx.role === 'owner' ? 'the owner' : `a ${ctx.role}`} here.`,
      {
        extensions: { role: ctx.role },
      },
    );
  }
  return ctx;
}

export async function findSubmission(em: EntityManager, workspaceId: string, number: number, lock = false): Promise<SubmissionEntity> {
  const qb = em.getRepository(SubmissionEntity).createQueryBuilder('s').where('s.workspaceId = :ws AND s.number = :n', { ws: workspaceId, n: number });
  if (lock) qb.setLock('pessimistic_write');
  const s = await qb.getOne();
  if (!s) throw new ReviewsError(ReviewsErrorCode.SubmissionNotFound, `Submission ${number} not found.`);
  return s;
}

/** A 409 that names the current status and the transitions it allows. */
export function invalidTransition(s: SubmissionEntity, attempted: string, detail?: string): ReviewsError {
  const allowed = SUBMISSION_TRANSITIONS[s.status];
  return new ReviewsError(
    ReviewsErrorCode.InvalidTransition,
    detail ??
      `Submission ${s.number} is ${s.status}; ${attempted} is not possible from there (allowed: ${allowed.length ? allowed.join(', ') : 'none — resubmit'}).`,
    { extensions: { submissionStatus: s.status, attempted, allowed } },
  );
}

/**
 * One assessor organization reviews a submission: the one whose verdicts, findings or decision are
 * on it already. A second assessor organization of the workspace may not judge, raise findings on,
 * move or decide the same submission: verdicts are one per requirement, so its decision would rest on
 * the other body's judgements (which it cannot replace), or its verdicts would pre-empt that body's.
 * Call with the submission locked (`findSubmission(..., true)`), so two organizations starting at
 * once take turns and the second sees the first's rows.
 */
export async function assertSoleReviewer(em: EntityManager, actor: Actor, s: SubmissionEntity): Promise<void> {
  const [other] = (await em.query(
    `SELECT organization_id FROM (
        SELECT organization_id FROM verdicts WHERE submission_id = $1 AND organization_id <> $2
        UNION ALL SELECT organization_id FROM findings WHERE raised_in_submission_id = $1 AND organization_id <> $2
        UNION ALL SELECT organization_id FROM decisions WHERE submission_id = $1 AND organization_id <> $2
      ) o LIMIT 1`,
    [s.id, actor.organizationId],
  )) as { organization_id: string }[];
  if (other)
    throw new ReviewsError(
      ReviewsErrorCode.WrongRole,
      `Submission ${s.number} is reviewed by another assessor organization of this workspace (its verdicts, findings or decision are on it): one organization judges and decides a submission.`,
      { extensions: { reviewerOrganizationId: other.organization_id } },
    );
}
