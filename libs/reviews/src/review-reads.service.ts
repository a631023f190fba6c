import { Injectable } from '@nestjs/common';
import { assertCan, buildAbility, buildWorkspaceAbility } from '@attesta/access';
import { localizedRequirementTitles, requirementSummaries, requirementText, type RequirementText } from '@attesta/catalog';
import {
  Actor,
  AppConfig,
  CoreError,
  CoreErrorCode,
  Db,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  isUuid,
  MAX_PAGE_SIZE,
  Page,
  scopeOf,
} from '@attesta/core';
import {
  evidenceNeedingRenewal,
  requirementEvidence,
  requirementGapRow,
  type EvidenceNeedingRenewal,
  type GapRow,
  type RequirementEvidenceRecord,
} from '@attesta/evidence';
import type { Locale } from '@attesta/i18n';
import { offeringNames } from '@attesta/offerings';
import { workspaceContext, workspaceNames } from '@attesta/workspaces';
import { EntityManager } from 'typeorm';
import { SUBMISSION_STATUSES, type SubmissionStatus } from './entities/submission.entity.js';
import type { FindingSeverity } from './entities/finding.entity.js';
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

/** A named reference; the name is empty when the caller cannot read it. */
export interface ActionRef {
  id: string;
  name: string;
}

/** A requirement as an action item names it (its source title). */
export interface ActionRequirement {
  id: string;
  ref: string;
  title: string;
}

/** A gap the assessor named in the latest submission: needs information or not satisfied. */
export interface ActionVerdict {
  verdictId: string;
  workspace: ActionRef;
  submissionNumber: number;
  requirement: ActionRequirement;
  outcome: 'not_satisfied' | 'needs_information';
  comment: string;
  assessor: ActionRef;
  decidedAt: Date;
}

/** A finding waiting for the owner's answer. */
export interface ActionFinding {
  id: string;
  workspace: ActionRef;
  submissionNumber: number;
  requirement: ActionRequirement;
  title: string;
  severity: FindingSeverity;
  dueDate: string | null;
  overdue: boolean;
}

/** An evidence item to renew. */
export interface ActionEvidence extends Omit<EvidenceNeedingRenewal, 'workspaceId'> {
  workspace: ActionRef;
}

/** What needs the owner's action across its workspaces (or one), each list by urgency and bounded, with the count of all. */
export interface ActionItems {
  verdicts: ActionVerdict[];
  findings: ActionFinding[];
  evidence: ActionEvidence[];
  totals: { verdicts: number; findings: number; evidence: number };
  /** Evidence counts as expiring this many days ahead. */
  expiryWarningDays: number;
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
    private readonly config: AppConfig,
  ) {}

  /**
   * What needs the owner's action in the workspaces the caller's organization owns (or in
   * `workspaceId` only): the latest submission's verdicts that are not satisfied or need
   * information (unless a positive decision accepted them and no finding of theirs is still open:
   * the condition was met), open findings (earliest due date first, so the overdue lead), and evidence
   * expired or expiring within EVIDENCE_EXPIRY_WARNING_DAYS (soonest end first). One statement
   * per category (each bounded by `limit`, with the count of all), then one each for the
   * workspaces', requirements' and assessors' names. Other organizations' workspaces give
   * nothing (row-level security, and the owner role in the query); naming a workspace the
   * caller does not take part in is a 404.
   */
  async actionItems(actor: Actor, options: { workspaceId?: string; limit?: number; locale?: Locale }, today = new Date()): Promise<ActionItems> {
    assertCan(actor, 'read', 'Workspace');
    const limit = Math.min(options.limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const ability = buildAbility(actor);
    const ws = options.workspaceId ?? null;
    const day = today.toISOString().slice(0, 10);
    const warningDays = this.config.EVIDENCE_EXPIRY_WARNING_DAYS;
    return this.db.tx(scopeOf(actor), async (em) => {
      // A workspace named must be one the caller takes part in (else 404, as everywhere).
      if (ws) await workspaceContext(em, actor, ws, 'read', 'Workspace');
      const verdictRows = ability.can('read', 'Verdict')
        ? ((await em.query(
            `SELECT v.id, v.requirement_id, v.outcome, v.comment, v.organization_id, v.updated_at, s.workspace_id, s.number, count(*) OVER () AS total
               FROM submissions s JOIN verdicts v ON v.submission_id = s.id
              WHERE app_ws_role(s.workspace_id) = 'owner' AND ($1::uuid IS NULL OR s.workspace_id = $1::uuid)
                AND s.number = (SELECT max(l.number) FROM submissions l WHERE l.workspace_id = s.workspace_id)
                AND v.outcome IN ('not_satisfied', 'needs_information')
                -- A positive decision accepted the gap under a condition resting on a finding of it: the
                -- owner's work is that finding, and once none of it is open there is nothing left to do.
                AND NOT (
                  EXISTS (SELECT 1 FROM decisions d WHERE d.submission_id = s.id AND d.status = 'final' AND d.outcome IN ('conformant', 'conformant_with_conditions'))
                  AND NOT EXISTS (SELECT 1 FROM findings f WHERE f.submission_id = s.id AND f.requirement_id = v.requirement_id AND f.status = 'open')
                )
              ORDER BY (v.outcome = 'not_satisfied') DESC, v.updated_at DESC, v.id
              LIMIT $2`,
            [ws, limit],
          )) as {
            id: string;
            requirement_id: string;
            outcome: 'not_satisfied' | 'needs_information';
            comment: string;
            organization_id: string;
            updated_at: Date;
            workspace_id: string;
            number: number;
            total: string;
          }[])
        : [];
      const findingRows = ability.can('read', 'Finding')
        ? ((await em.query(
            `SELECT f.id, f.workspace_id, f.requirement_id, f.title, f.severity, f.due_date::text AS due_date, s.number, count(*) OVER () AS total
               FROM findings f JOIN submissions s ON s.id = f.submission_id
              WHERE f.status = 'open' AND app_ws_role(f.workspace_id) = 'owner' AND ($1::uuid IS NULL OR f.workspace_id = $1::uuid)
              ORDER BY f.due_date ASC NULLS LAST, (f.severity = 'major_nonconformity') DESC, f.id
              LIMIT $2`,
            [ws, limit],
          )) as {
            id: string;
            workspace_id: string;
            requirement_id: string;
            title: string;
            severity: FindingSeverity;
            due_date: string | null;
            number: number;
            total: string;
          }[])
        : [];
      const evidence = ability.can('read', 'Evidence')
        ? await evidenceNeedingRenewal(em, { workspaceId: ws, today: day, warningDays, limit })
        : { items: [], total: 0 };

      const workspaces = new Map(
        (await workspaceNames(em, [...verdictRows, ...findingRows].map((r) => r.workspace_id).concat(evidence.items.map((e) => e.workspaceId)))).map((w) => [
          w.id,
          w.name,
        ]),
      );
      const requirements = new Map(
        (
          await requirementSummaries(
            em,
            [...verdictRows, ...findingRows].map((r) => r.requirement_id),
          )
        ).map((r) => [r.id, r]),
      );
      const assessors = await organizationNames(
        em,
        verdictRows.map((r) => r.organization_id),
      );
      const workspace = (id: string): ActionRef => ({ id, name: workspaces.get(id) ?? '' });
      const titles = options.locale ? await localizedRequirementTitles(em, [...requirements.keys()], options.locale) : new Map<string, { title: string }>();
      const requirement = (id: string): ActionRequirement => {
        const r = requirements.get(id);
        return { id, ref: r?.ref ?? '', title: titles.get(id)?.title ?? r?.title ?? '' };
      };
      return {
        verdicts: verdictRows.map((r) => ({
          verdictId: r.id,
          workspace: workspace(r.workspace_id),
          submissionNumber: Number(r.number),
          requirement: requirement(r.requirement_id),
          outcome: r.outcome,
          comment: r.comment,
          assessor: { id: r.organization_id, name: assessors.get(r.organization_id) ?? '' },
          decidedAt: r.updated_at,
        })),
        findings: findingRows.map((r) => ({
          id: r.id,
          workspace: workspace(r.workspace_id),
          submissionNumber: Number(r.number),
          requirement: requirement(r.requirement_id),
          title: r.title,
          severity: r.severity,
          dueDate: r.due_date,
          overdue: r.due_date !== null && r.due_date < day,
        })),
        evidence: evidence.items.map(({ workspaceId, ...e }) => ({ ...e, workspace: workspace(workspaceId) })),
        totals: { verdicts: Number(verdictRows[0]?.total ?? 0), findings: Number(findingRows[0]?.total ?? 0), evidence: evidence.total },
        expiryWarningDays: warningDays,
      };
    });
  }

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
