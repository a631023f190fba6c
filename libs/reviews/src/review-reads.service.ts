import { Injectable } from '@nestjs/common';
import { assertCan, buildAbility, buildWorkspaceAbility } from '@attesta/access';
import { requirementText, type RequirementText } from '@attesta/catalog';
import { Actor, CoreError, CoreErrorCode, Db, decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, isUuid, MAX_PAGE_SIZE, Page, scopeOf } from '@attesta/core';
import { requirementEvidence, requirementGapRow, type GapRow, type RequirementEvidenceRecord } from '@attesta/evidence';
import type { Locale } from '@attesta/i18n';
import { offeringNames } from '@attesta/offerings';
import { workspaceContext, workspaceNames } from '@attesta/workspaces';
import { EntityManager } from 'typeorm';
import { SUBMISSION_STATUSES, type SubmissionStatus } from './entities/submission.entity.js';
import type { VerdictEntity, VerdictOutcome } from './entities/verdict.entity.js';
import { SUBMISSION_TRANSITIONS } from './review-access.js';
import { ReviewsError, ReviewsErrorCode } from './reviews.errors.js';
import { ReviewsService } from './reviews.service.js';

/** The statuses in which a submission waits for its assessor: those the assessor can still move on. */
export const AWAITING_REVIEW_STATUSES: readonly SubmissionStatus[] = SUBMISSION_STATUSES.filter((s) => SUBMISSION_TRANSITIONS[s].length > 0);

/** How far the review of one submission is. */
export interface ReviewProgress {
  /** Requirements with a verdict in this submission. */
  judged: number;
  /** Requirements frozen in the submission (its entries). */
  total: number;
  /** Verdicts so far, by outcome. */
  verdicts: Partial<Record<VerdictOutcome, number>>;
  /** Findings tracked on the submission that are open or responded. */
  openFindings: number;
}

/** A submission's state and progress, as a verdict save returns it. */
export interface SubmissionProgress extends ReviewProgress {
  number: number;
  status: SubmissionStatus;
  /** The submission's row version (its ETag). */
  version: number;
}

/** One submission awaiting the caller's organization as assessor. */
export interface ReviewQueueItem {
  submissionId: string;
  number: number;
  status: SubmissionStatus;
  version: number;
  submittedAt: Date;
  workspace: { id: string; name: string };
  offering: { id: string; name: string } | null;
  manufacturer: { id: string; name: string } | null;
  progress: ReviewProgress;
}

/** One submission of the workspace as the requirement's history shows it, with its verdict on the requirement (null before one). */
export interface RequirementVerdictRecord {
  submissionNumber: number;
  submissionStatus: SubmissionStatus;
  /** Whether the submission froze the requirement (it was applicable then). */
  inSubmission: boolean;
  commentCount: number;
  verdict: {
    id: string;
    outcome: VerdictOutcome;
    comment: string;
    version: number;
    recordedBy: string;
    assessor: { id: string; name: string | null };
    decidedAt: Date;
  } | null;
}

/** What the portal's requirement page shows, read in one request. */
export interface RequirementView {
  workspaceId: string;
  requirement: Omit<RequirementText, 'framework'>;
  framework: RequirementText['framework'];
  gap: GapRow;
  /** Linked evidence the caller may see, with current versions. */
  evidence: RequirementEvidenceRecord[];
  /** Every submission of the workspace, newest first; empty for readers of outcomes only (observers, keys without reviews:read). */
  verdicts: RequirementVerdictRecord[];
}

/** The progress columns of a submission `s` joined with its manifest `m` (reviews tables only). */
const PROGRESS_COLUMNS = `m.entry_count AS total,
        (SELECT count(*) FROM verdicts v WHERE v.submission_id = s.id)::int AS judged,
        COALESCE((SELECT jsonb_object_agg(x.outcome, x.n) FROM (SELECT v.outcome, count(*)::int AS n FROM verdicts v WHERE v.submission_id = s.id GROUP BY v.outcome) x), '{}'::jsonb) AS verdicts,
        (SELECT count(*) FROM findings f WHERE f.submission_id = s.id AND f.status IN ('open', 'responded'))::int AS open_findings`;

interface ProgressRow {
  total: number;
  judged: number;
  verdicts: Partial<Record<VerdictOutcome, number>>;
  open_findings: number;
}

function progressOf(r: ProgressRow): ReviewProgress {
  return { judged: Number(r.judged), total: Number(r.total), verdicts: r.verdicts, openFindings: Number(r.open_findings) };
}

/**
 * Read models for the portal's busy screens: the assessor's queue across workspaces, one
 * requirement with its evidence and verdict history, and a verdict save that answers with
 * the submission's progress. Each runs a bounded number of statements whatever the size
 * of the data (no read per row).
 */
@Injectable()
export class ReviewReadsService {
  constructor(
    private readonly db: Db,
    private readonly reviews: ReviewsService,
  ) {}

  /**
   * Submissions waiting for the caller's organization as assessor (`submitted`, `in_review`)
   * in every workspace where it is an accepted assessor, newest first (keyset on the
   * submission id, a UUIDv7). Four statements per page: the page with its counters, then the
   * workspaces', offerings' and manufacturers' names of that page.
   */
  async queue(actor: Actor, page: { limit?: number; cursor?: string }): Promise<Page<ReviewQueueItem>> {
    assertCan(actor, 'read', 'Submission');
    const limit = Math.min(page.limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const [before] = page.cursor ? decodeCursor(page.cursor, 1) : [null];
    if (before !== null && (typeof before !== 'string' || !isUuid(before))) {
      throw new CoreError(CoreErrorCode.InvalidCursor, 'The cursor is not one this API issued.', {
        errors: [{ field: 'cursor', message: 'is not a valid cursor' }],
      });
    }
    return this.db.tx(scopeOf(actor), async (em) => {
      const rows = (await em.query(
        `SELECT s.id, s.workspace_id, s.number, s.status, s.version, m.submitted_at, ${PROGRESS_COLUMNS}
           FROM submissions s JOIN submission_manifests m ON m.submission_id = s.id
          WHERE s.status = ANY($1::text[]) AND app_ws_role(s.workspace_id) = 'assessor' AND ($2::uuid IS NULL OR s.id < $2::uuid)
          ORDER BY s.id DESC
          LIMIT $3`,
        [[...AWAITING_REVIEW_STATUSES], before, limit + 1],
      )) as (ProgressRow & { id: string; workspace_id: string; number: number; status: SubmissionStatus; version: number; submitted_at: Date })[];
      const hasMore = rows.length > limit;
      const shown = hasMore ? rows.slice(0, limit) : rows;
      const workspaces = new Map(
        (
          await workspaceNames(
            em,
            shown.map((r) => r.workspace_id),
          )
        ).map((w) => [w.id, w]),
      );
      const offerings = new Map(
        (
          await offeringNames(
            em,
            [...workspaces.values()].map((w) => w.offeringId),
          )
        ).map((o) => [o.id, o.name]),
      );
      const owners = await organizationNames(
        em,
        [...workspaces.values()].map((w) => w.organizationId),
      );
      const data = shown.map((r): ReviewQueueItem => {
        const w = workspaces.get(r.workspace_id);
        return {
          submissionId: r.id,
          number: Number(r.number),
          status: r.status,
          version: Number(r.version),
          submittedAt: r.submitted_at,
          workspace: { id: r.workspace_id, name: w?.name ?? '' },
          offering: w ? { id: w.offeringId, name: offerings.get(w.offeringId) ?? '' } : null,
          manufacturer: w ? { id: w.organizationId, name: owners.get(w.organizationId) ?? '' } : null,
          progress: progressOf(r),
        };
      });
      return { data, nextCursor: hasMore ? encodeCursor([data.at(-1)!.submissionId]) : null };
    });
  }

  /**
   * One target requirement of the workspace: its text and framework, its gap status (the gap
   * analysis's rule), the linked evidence the caller may see with current versions, and its
   * verdict on every submission with the assessor's name and the comment count. A requirement
   * outside the workspace's target frameworks is 404.
   */
  async requirement(actor: Actor, workspaceId: string, requirementId: string, locale: Locale = 'en', today = new Date()): Promise<RequirementView> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const ctx = await workspaceContext(em, actor, workspaceId, 'read', 'GapAnalysis');
      const gap = await requirementGapRow(em, workspaceId, requirementId, today.toISOString().slice(0, 10), locale);
      const text = gap ? await requirementText(em, requirementId, [gap.frameworkId], locale) : null;
      if (!gap || !text) throw new ReviewsError(ReviewsErrorCode.RequirementNotFound, 'Requirement not found in this workspace.');
      const evidence = await requirementEvidence(em, workspaceId, requirementId);
      const readsVerdicts = buildAbility(actor).can('read', 'Verdict') && buildWorkspaceAbility(ctx.role).can('read', 'Verdict');
      const verdicts = readsVerdicts ? await requirementVerdicts(em, workspaceId, requirementId) : [];
      const { framework, ...requirement } = text;
      return { workspaceId, requirement, framework, gap, evidence, verdicts };
    });
  }

  /**
   * `ReviewsService.recordVerdict`, answering with the submission's progress after the save
   * (read in the same transaction), so a client need not read the submission again.
   */
  async recordVerdict(
    actor: Actor,
    workspaceId: string,
    number: number,
    requirementId: string,
    input: { outcome: VerdictOutcome; comment?: string },
    expectedVersion?: number,
  ): Promise<{ verdict: VerdictEntity; progress: SubmissionProgress }> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const verdict = await this.reviews.recordVerdict(actor, workspaceId, number, requirementId, input, expectedVersion);
      const [row] = (await em.query(
        `SELECT s.number, s.status, s.version, ${PROGRESS_COLUMNS}
           FROM submissions s JOIN submission_manifests m ON m.submission_id = s.id
          WHERE s.workspace_id = $1 AND s.number = $2`,
        [workspaceId, number],
      )) as (ProgressRow & { number: number; status: SubmissionStatus; version: number })[];
      if (!row) throw new ReviewsError(ReviewsErrorCode.SubmissionNotFound, `Submission ${number} not found.`);
      return { verdict, progress: { number: Number(row.number), status: row.status, version: Number(row.version), ...progressOf(row) } };
    });
  }
}

/** Every submission of the workspace, newest first, with its verdict on the requirement and the thread's size: one statement (plus the assessors' names). */
async function requirementVerdicts(em: EntityManager, workspaceId: string, requirementId: string): Promise<RequirementVerdictRecord[]> {
  const rows = (await em.query(
    `SELECT s.number, s.status,
            EXISTS (SELECT 1 FROM submission_entries e WHERE e.submission_id = s.id AND e.requirement_id = $2) AS in_submission,
            (SELECT count(*) FROM review_comments c WHERE c.submission_id = s.id AND c.requirement_id = $2)::int AS comment_count,
            v.id AS verdict_id, v.outcome, v.comment, v.version, v.recorded_by, v.organization_id, v.updated_at
       FROM submissions s
       LEFT JOIN verdicts v ON v.submission_id = s.id AND v.requirement_id = $2
      WHERE s.workspace_id = $1
      ORDER BY s.number DESC`,
    [workspaceId, requirementId],
  )) as {
    number: number;
    status: SubmissionStatus;
    in_submission: boolean;
    comment_count: number;
    verdict_id: string | null;
    outcome: VerdictOutcome | null;
    comment: string | null;
    version: number | null;
    recorded_by: string | null;
    organization_id: string | null;
    updated_at: Date | null;
  }[];
  const names = await organizationNames(
    em,
    rows.flatMap((r) => (r.organization_id ? [r.organization_id] : [])),
  );
  return rows.map((r) => ({
    submissionNumber: Number(r.number),
    submissionStatus: r.status,
    inSubmission: r.in_submission,
    commentCount: Number(r.comment_count),
    verdict:
      r.verdict_id === null
        ? null
        : {
            id: r.verdict_id,
            outcome: r.outcome!,
            comment: r.comment ?? '',
            version: Number(r.version),
            recordedBy: r.recorded_by!,
            assessor: { id: r.organization_id!, name: names.get(r.organization_id!) ?? null },
            decidedAt: r.updated_at!,
          },
  }));
}

/** Public names of organizations (identity's `org_public_profiles`), by id; no statement for none. */
async function organizationNames(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = (await em.query('SELECT id, name FROM org_public_profiles($1::uuid[])', [unique])) as { id: string; name: string }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}
