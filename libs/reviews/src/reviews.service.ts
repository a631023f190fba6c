import { Injectable } from '@nestjs/common';
import { AuditService, type AuditRecord } from '@attesta/audit';
import { frameworkSummaries, type FrameworkSummary } from '@attesta/catalog';
import { Actor, actorId, Db, isUniqueViolation, keysetPage, newId, Page } from '@attesta/core';
import { evidenceDates, hasVisibleLinkedEvidence, visibleVersionIds } from '@attesta/evidence';
import { offeringComponents, offeringSummary } from '@attesta/offerings';
import { OutboxService } from '@attesta/outbox';
import { applicabilityConcernsComponents, workspaceFrameworkIds, type WorkspaceContext } from '@attesta/workspaces';
import semver from 'semver';
import { EntityManager, In } from 'typeorm';
import { assertReady, decisionReadiness, type DecisionReadiness, type DecisionScope } from './decision-readiness.js';
import { DecisionEntity, type DecisionConditionRecord, type DecisionOutcome } from './entities/decision.entity.js';
import { FindingResponseEntity } from './entities/finding-response.entity.js';
import { FindingEntity, type FindingSeverity, type FindingStatus } from './entities/finding.entity.js';
import { ReviewCommentEntity } from './entities/review-comment.entity.js';
import { SubmissionEntryEntity } from './entities/submission-entry.entity.js';
import { SubmissionManifestEntity, type ManifestComponent } from './entities/submission-manifest.entity.js';
import { SubmissionEntity } from './entities/submission.entity.js';
import { VerdictEntity, type VerdictOutcome } from './entities/verdict.entity.js';
import { assertSoleReviewer, findSubmission, invalidTransition, reviewContext, scopeOf } from './review-access.js';
import { ReviewsError, ReviewsErrorCode } from './reviews.errors.js';
import { moveSubmission, REVIEW_EVENTS } from './submissions.service.js';

export interface FindingInput {
  requirementId: string;
  severity: FindingSeverity;
  title: string;
  description?: string;
  dueDate?: string | null;
}

export interface FindingDetail {
  finding: FindingEntity;
  submissionNumber: number;
  responses: FindingResponseEntity[];
}

export interface DecisionInput {
  outcome: DecisionOutcome;
  scopeStatement: string;
  validFrom: string;
  validUntil: string;
  /** Default: every framework the submission froze requirements of, and every target market of the workspace. */
  scope?: { frameworkIds?: string[]; markets?: string[] };
  /** conformant_with_conditions only: each with its due date and the finding it rests on. */
  conditions?: { text: string; dueDate?: string | null; findingId?: string | null }[];
  /** Version ranges (semver) the assessor accepts as compatible, per frozen component. */
  compatibleRanges?: { componentId: string; range: string }[];
}

/** Readiness with the dates a positive decision's validFrom must keep within (null: no bound). */
export interface DecisionReadinessView extends DecisionReadiness {
  /**
   * A positive decision is valid from this day at the earliest: the later of the day the submission was
   * frozen and the day the last relied-on evidence takes effect.
   */
  validFromNotBefore: string | null;
  /** Relied-on evidence stops being valid after this day: a positive decision may not begin later. */
  validFromNotAfter: string | null;
}

export interface DecisionView {
  decision: DecisionEntity;
  submissionNumber: number;
  /** The stored status, but `withdrawn` for a four-eyes decision left unconfirmed when changes were requested. */
  status: DecisionViewStatus;
}

export type DecisionViewStatus = DecisionEntity['status'] | 'withdrawn';

/**
 * A decision as its readers see it. One recorded on a submission in review and still waiting for
 * its second assessor when changes were requested can never be confirmed (the submission is no
 * longer the one judged): it reads `withdrawn`, whoever requested the changes.
 */
export function decisionView(decision: DecisionEntity, s: { number: number; status: SubmissionEntity['status'] }): DecisionView {
  const status = decision.status === 'pending_confirmation' && s.status !== 'in_review' ? 'withdrawn' : decision.status;
  return { decision, submissionNumber: s.number, status };
}

/**
 * What the attestations lib needs to issue a statement of conformity from a decision.
 * A stable contract: fields are only ever added.
 */
/** A condition of a conformant-with-conditions decision: what, by when, and the finding it rests on. */
export type DecisionCondition = DecisionConditionRecord;

/** A component of the offering as the submission froze it. */
export type FrozenComponent = ManifestComponent;

/** A frozen component with the version range the assessor accepted as compatible (null: exactly `version`). */
export interface DecidedComponent extends FrozenComponent {
  compatibleRange: string | null;
}

/** The frozen evidence versions in-scope entries rely on. */
export interface ReliedEvidenceSummary {
  oldestEffectiveDate: string | null;
  /** The last effective date: an attestation is not valid before all the evidence it rests on is in effect. */
  latestEffectiveDate: string | null;
  earliestValidUntil: string | null;
  count: number;
}

export interface AttestableDecision {
  decision: {
    id: string;
    outcome: DecisionOutcome;
    status: DecisionEntity['status'];
    scopeStatement: string;
    validFrom: string;
    validUntil: string;
    /** The condition texts (see `conditionDetails` for due dates and findings). */
    conditions: string[];
    /** What the decision covers; the attestation claims exactly this. */
    scope: DecisionScope;
    conditionDetails: DecisionCondition[];
    /** The assessor organization: the issuer. */
    assessorOrganizationId: string;
    decidedBy: string;
    confirmedBy: string | null;
    decidedAt: Date;
    finalizedAt: Date | null;
  };
  submission: { id: string; number: number; digest: string; merkleRoot: string; submittedAt: Date; entryCount: number };
  workspace: { id: string; name: string; ownerOrganizationId: string; fourEyes: boolean };
  offering: { id: string; name: string; description: string };
  /** The components frozen in the submission (not the live offering), with any compatible range. */
  components: DecidedComponent[];
  /** The decision's scope frameworks only. */
  frameworks: (Pick<FrameworkSummary, 'id' | 'code' | 'title' | 'version' | 'publisher'> & Pick<FrameworkSummary, 'sourceLanguage' | 'titles'>)[];
  /** ISO 3166-1 alpha-2 codes: the decision's scope markets only. */
  markets: string[];
  /** Dates of the frozen evidence versions relied on by in-scope entries. */
  evidence: ReliedEvidenceSummary;
  /**
   * The newest final decision on a later submission of the workspace, if any: the assessment
   * this decision's was followed by (its attestation would state an outdated judgement as current).
   */
  laterDecision: { decisionId: string; submissionNumber: number; outcome: DecisionOutcome; decidedAt: Date } | null;
}

const POSITIVE: readonly DecisionOutcome[] = ['conformant', 'conformant_with_conditions'];
const FINDING_TRANSITIONS: Record<FindingStatus, string[]> = { open: ['respond'], responded: ['accept', 'reject'], closed: [] };

/** The review of a submission: verdicts, findings and their answers, comment threads, the decision. */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  // ── Verdicts ────────────────────────────────────────────────────────────────────

  /**
   * Records or replaces the verdict on one requirement. Replacing needs the version last
   * read (`expectedVersion`, from If-Match): concurrent assessors cannot overwrite each
   * other unknowingly. Whoever uploaded a version the requirement rests on may not judge it.
   */
  async recordVerdict(
    actor: Actor,
    workspaceId: string,
    number: number,
    requirementId: string,
    input: { outcome: VerdictOutcome; comment?: string },
    expectedVersion?: number,
  ): Promise<VerdictEntity> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const { workspace } = await reviewContext(em, actor, workspaceId, 'create', 'Verdict');
      const s = await this.reviewable(em, actor, workspaceId, number, 'record a verdict');
      const entry = await em.getRepository(SubmissionEntryEntity).findOne({ where: { submissionId: s.id, requirementId } });
      if (!entry) throw new ReviewsError(ReviewsErrorCode.EntryNotFound, 'That requirement is not part of this submission.');
      await this.assertNotProvider(em, actor, s, workspace.offeringId);
      // Who uploaded what, as people (no look-up when the requirement rests on no evidence).
      const uploaders = entry.content.evidence.length ? await personsOf(em, [actorId(actor), ...entry.content.evidence.map((e) => e.uploadedBy)]) : new Map();
      const me = uploaders.get(actorId(actor));
      const mine = entry.content.evidence.filter((e) => uploaders.get(e.uploadedBy) === me);
      if (mine.length) {
        throw new ReviewsError(
          ReviewsErrorCode.Impartiality,
          'Impartiality: you uploaded evidence this requirement rests on, so another assessor must judge it.',
          {
            extensions: { evidenceVersionIds: mine.map((e) => e.versionId) },
          },
        );
      }
      if (input.outcome === 'satisfied' && !entry.content.evidence.length && !(input.comment ?? '').trim()) {
        throw new ReviewsError(
          ReviewsErrorCode.VerdictNoteRequired,
          'No evidence was submitted for this requirement: say what "satisfied" rests on (observation, interview, demonstration) in the comment.',
          {
            errors: [{ field: 'comment', message: 'is required for satisfied when the submission froze no evidence for the requirement' }],
          },
        );
      }
      const repo = em.getRepository(VerdictEntity);
      const existing = await repo
        .createQueryBuilder('v')
        .setLock('pessimistic_write')
        .where('v.submissionId = :s AND v.requirementId = :r', { s: s.id, r: requirementId })
        .getOne();
      const now = new Date();
      let verdict: VerdictEntity;
      if (existing) {
        if (expectedVersion === undefined) {
          throw new ReviewsError(
            ReviewsErrorCode.PreconditionRequired,
            `A verdict exists (version ${existing.version}); send If-Match with its ETag to replace it.`,
            { extensions: { currentVersion: existing.version } },
          );
        }
        if (expectedVersion !== existing.version) {
          throw new ReviewsError(ReviewsErrorCode.StaleVersion, 'The verdict changed since you read it; read it again and retry.', {
            extensions: { currentVersion: existing.version },
          });
        }
        if (existing.organizationId !== actor.organizationId) {
          throw new ReviewsError(ReviewsErrorCode.WrongRole, 'Another assessor organization recorded this verdict; only it may replace it.');
        }
        verdict = {
          ...existing,
          outcome: input.outcome,
          comment: input.comment ?? '',
          version: existing.version + 1,
          recordedBy: actorId(actor),
          updatedAt: now,
        };
        const result = await repo.update(
          { id: existing.id, version: existing.version },
          { outcome: verdict.outcome, comment: verdict.comment, version: verdict.version, recordedBy: verdict.recordedBy, updatedAt: now },
        );
        if (!result.affected) throw new ReviewsError(ReviewsErrorCode.StaleVersion, 'The verdict changed since you read it; read it again and retry.');
      } else {
        verdict = repo.create({
          id: newId(),
          workspaceId,
          submissionId: s.id,
          requirementId,
          organizationId: actor.organizationId,
          outcome: input.outcome,
          comment: input.comment ?? '',
          version: 1,
          recordedBy: actorId(actor),
          createdAt: now,
          updatedAt: now,
        });
        try {
          await em.query('SAVEPOINT verdict_insert');
          await repo.insert(verdict);
          await em.query('RELEASE SAVEPOINT verdict_insert');
        } catch (e) {
          if (!isUniqueViolation(e, 'uq_verdicts_requirement')) throw e;
          await em.query('ROLLBACK TO SAVEPOINT verdict_insert');
          throw new ReviewsError(
            ReviewsErrorCode.StaleVersion,
            'Another assessor recorded a verdict on this requirement meanwhile; read it and retry with its ETag.',
          );
        }
      }
      await this.record(em, actor, workspaceId, {
        action: 'verdict.recorded',
        subjectType: 'Verdict',
        subjectId: verdict.id,
        payload: { number, requirementId, outcome: verdict.outcome, version: verdict.version },
      });
      return verdict;
    });
  }

  async listVerdicts(actor: Actor, workspaceId: string, number: number, page: { limit?: number; cursor?: string }): Promise<Page<VerdictEntity>> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await reviewContext(em, actor, workspaceId, 'read', 'Verdict');
      const s = await findSubmission(em, workspaceId, number);
      return keysetPage(em.getRepository(VerdictEntity).createQueryBuilder('v').where('v.submissionId = :s', { s: s.id }), {
        ...page,
        keys: [{ column: 'v.id', read: (v) => v.id }],
      });
    });
  }

  // ── Findings ────────────────────────────────────────────────────────────────────

  async raiseFinding(actor: Actor, workspaceId: string, number: number, input: FindingInput): Promise<FindingDetail> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await reviewContext(em, actor, workspaceId, 'create', 'Finding');
      const s = await this.reviewable(em, actor, workspaceId, number, 'raise a finding');
      const inSubmission = await em.getRepository(SubmissionEntryEntity).exists({ where: { submissionId: s.id, requirementId: input.requirementId } });
      if (!inSubmission)
        throw new ReviewsError(ReviewsErrorCode.UnknownRequirement, 'The requirement is not part of this submission.', {
          errors: [{ field: 'requirementId', message: 'is not a requirement of this submission' }],
        });
      const now = new Date();
      const finding = em.getRepository(FindingEntity).create({
        id: newId(),
        workspaceId,
        organizationId: actor.organizationId,
        raisedInSubmissionId: s.id,
        submissionId: s.id,
        requirementId: input.requirementId,
        severity: input.severity,
        title: input.title.trim(),
        description: input.description ?? '',
        dueDate: input.dueDate ?? null,
        status: 'open',
        version: 1,
        raisedBy: actorId(actor),
        dueSoonNotifiedFor: null,
        createdAt: now,
        updatedAt: now,
        closedAt: null,
      });
      await em.getRepository(FindingEntity).insert(finding);
      await this.record(em, actor, workspaceId, {
        action: 'finding.raised',
        subjectType: 'Finding',
        subjectId: finding.id,
        payload: { number, requirementId: finding.requirementId, severity: finding.severity, dueDate: finding.dueDate },
      });
      return { finding, submissionNumber: s.number, responses: [] };
    });
  }

  async listFindings(
    actor: Actor,
    workspaceId: string,
    q: { status?: FindingStatus; severity?: FindingSeverity; limit?: number; cursor?: string },
  ): Promise<Page<FindingEntity>> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await reviewContext(em, actor, workspaceId, 'read', 'Finding');
      const qb = em.getRepository(FindingEntity).createQueryBuilder('f').where('f.workspaceId = :ws', { ws: workspaceId });
      if (q.status) qb.andWhere('f.status = :st', { st: q.status });
      if (q.severity) qb.andWhere('f.severity = :sev', { sev: q.severity });
      return keysetPage(qb, { limit: q.limit, cursor: q.cursor, keys: [{ column: 'f.id', read: (f) => f.id }] });
    });
  }

  async getFinding(actor: Actor, workspaceId: string, findingId: string): Promise<FindingDetail> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await reviewContext(em, actor, workspaceId, 'read', 'Finding');
      return this.findingDetail(em, await this.findFinding(em, workspaceId, findingId));
    });
  }

  /**
   * The supplier answers with a corrective action citing evidence versions: the owner for
   * any requirement, a contributor for requirements its components concern.
   */
  async respondToFinding(actor: Actor, workspaceId: string, findingId: string, input: { text: string; evidenceVersionIds?: string[] }): Promise<FindingDetail> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const ctx = await reviewContext(em, actor, workspaceId, 'update', 'Finding');
      if (ctx.role === 'assessor')
        throw new ReviewsError(ReviewsErrorCode.WrongRole, 'Assessors accept or reject answers; the supplier answers findings.', {
          extensions: { role: ctx.role },
        });
      const finding = await this.findFinding(em, workspaceId, findingId, true);
      if (ctx.role === 'contributor') await this.assertContributorConcerned(em, ctx, finding.requirementId);
      if (finding.status !== 'open') throw this.findingConflict(finding, 'respond');
      const cited = [...new Set(input.evidenceVersionIds ?? [])];
      if (cited.length) {
        const found = new Set(await visibleVersionIds(em, workspaceId, cited));
        const missing = cited.filter((id) => !found.has(id));
        if (missing.length) {
          throw new ReviewsError(ReviewsErrorCode.UnknownEvidenceVersion, `Not evidence versions of this workspace you can see: ${missing.join(', ')}.`, {
            errors: [{ field: 'evidenceVersionIds', message: 'names a version you cannot cite' }],
          });
        }
      }
      const response = await this.addResponse(em, actor, finding, 'corrective_action', input.text, cited);
      await this.moveFinding(em, finding, 'responded');
      await this.record(em, actor, workspaceId, {
        action: 'finding.responded',
        subjectType: 'Finding',
        subjectId: finding.id,
        payload: { responseId: response.id, evidenceVersionIds: cited },
      });
      return this.findingDetail(em, finding);
    });
  }

  /** The assessor accepts the corrective action (closed) or rejects it (open again). */
  async reviewFinding(
    actor: Actor,
    workspaceId: string,
    findingId: string,
    input: { decision: 'accept' | 'reject'; comment?: string },
  ): Promise<FindingDetail> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const ctx = await reviewContext(em, actor, workspaceId, 'update', 'Finding');
      if (ctx.role !== 'assessor')
        throw new ReviewsError(ReviewsErrorCode.WrongRole, "Only the workspace's assessors accept or reject answers to findings.", {
          extensions: { role: ctx.role },
        });
      const finding = await this.findFinding(em, workspaceId, findingId, true);
      // A finding is the raising assessor's: another assessor organization of the workspace cannot
      // close it (else a friendlier assessor could clear a major nonconformity and decide).
      if (finding.organizationId !== actor.organizationId)
        throw new ReviewsError(ReviewsErrorCode.WrongRole, 'Another assessor organization raised this finding; only it may accept or reject answers to it.', {
          extensions: { raisedByOrganizationId: finding.organizationId },
        });
      if (finding.status !== 'responded') throw this.findingConflict(finding, input.decision);
      const accepted = input.decision === 'accept';
      await this.addResponse(em, actor, finding, accepted ? 'accepted' : 'rejected', input.comment ?? '', []);
      await this.moveFinding(em, finding, accepted ? 'closed' : 'open');
      await this.record(em, actor, workspaceId, {
        action: accepted ? 'finding.closed' : 'finding.reopened',
        subjectType: 'Finding',
        subjectId: finding.id,
        payload: { severity: finding.severity },
      });
      return this.findingDetail(em, finding);
    });
  }

  // ── Comments ────────────────────────────────────────────────────────────────────

  async addComment(
    actor: Actor,
    workspaceId: string,
    number: number,
    requirementId: string,
    input: { body: string; parentId?: string },
  ): Promise<ReviewCommentEntity> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await reviewContext(em, actor, workspaceId, 'create', 'Comment');
      const s = await findSubmission(em, workspaceId, number);
      await this.assertEntry(em, s, requirementId);
      if (input.parentId) {
        const parent = await em.getRepository(ReviewCommentEntity).exists({ where: { id: input.parentId, submissionId: s.id, requirementId } });
        if (!parent)
          throw new ReviewsError(ReviewsErrorCode.UnknownParent, 'No such comment in this thread.', {
            errors: [{ field: 'parentId', message: 'names no comment of this thread' }],
          });
      }
      const comment = em.getRepository(ReviewCommentEntity).create({
        id: newId(),
        workspaceId,
        submissionId: s.id,
        requirementId,
        parentId: input.parentId ?? null,
        organizationId: actor.organizationId,
        author: actorId(actor),
        body: input.body,
        createdAt: new Date(),
      });
      await em.getRepository(ReviewCommentEntity).insert(comment);
      await this.record(em, actor, workspaceId, {
        action: 'comment.added',
        subjectType: 'Comment',
        subjectId: comment.id,
        payload: { number, requirementId, parentId: comment.parentId },
      });
      return comment;
    });
  }

  async listComments(
    actor: Actor,
    workspaceId: string,
    number: number,
    requirementId: string,
    page: { limit?: number; cursor?: string },
  ): Promise<Page<ReviewCommentEntity>> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await reviewContext(em, actor, workspaceId, 'read', 'Comment');
      const s = await findSubmission(em, workspaceId, number);
      await this.assertEntry(em, s, requirementId);
      const qb = em
        .getRepository(ReviewCommentEntity)
        .createQueryBuilder('c')
        .where('c.submissionId = :s AND c.requirementId = :r', { s: s.id, r: requirementId });
      return keysetPage(qb, { ...page, keys: [{ column: 'c.id', read: (c) => c.id }] });
    });
  }

  // ── Decisions ───────────────────────────────────────────────────────────────────

  /**
   * Whether a positive decision may be recorded on the submission, and what is missing
   * (the same rule `decide` and `confirmDecision` enforce). Scope defaults to the frameworks the
   * submission froze and the workspace's target markets.
   */
  async decisionReadiness(actor: Actor, workspaceId: string, number: number, scope: DecisionInput['scope'] = {}): Promise<DecisionReadinessView> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const ctx = await reviewContext(em, actor, workspaceId, 'read', 'Verdict');
      const s = await findSubmission(em, workspaceId, number);
      const resolved = await this.resolveScope(em, ctx, s, scope);
      const readiness = await decisionReadiness(em, s, resolved);
      // The window `decide` holds a positive decision's validFrom to (400 reviews.invalid_dates outside it):
      // from the later of the submission's day and the last relied-on evidence's effective date.
      const { latestEffectiveDate, earliestValidUntil } = await reliedEvidence(em, s.id, resolved);
      const manifest = await em
        .getRepository(SubmissionManifestEntity)
        .findOneOrFail({ select: { submissionId: true, submittedAt: true }, where: { submissionId: s.id } });
      const submittedOn = manifest.submittedAt.toISOString().slice(0, 10);
      const notBefore = latestEffectiveDate && latestEffectiveDate > submittedOn ? latestEffectiveDate : submittedOn;
      return { ...readiness, validFromNotBefore: notBefore, validFromNotAfter: earliestValidUntil };
    });
  }

  /**
   * An assessor who uploaded none of the submitted evidence decides, on a submission in
   * review. A positive outcome rests on verdicts: every applicable requirement of the
   * in-scope frameworks judged in this submission, nothing not satisfied or needing
   * information unless a condition rests on a finding of it, no open major nonconformity
   * (`decisionReadiness`). With four-eyes, the decision waits for a second, different
   * assessor's confirmation before the submission is decided.
   */
  async decide(actor: Actor, workspaceId: string, number: number, input: DecisionInput): Promise<DecisionView> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const ctx = await reviewContext(em, actor, workspaceId, 'create', 'Decision');
      const s = await findSubmission(em, workspaceId, number, true);
      if (await em.getRepository(DecisionEntity).exists({ where: { submissionId: s.id } })) {
        throw new ReviewsError(ReviewsErrorCode.AlreadyDecided, `Submission ${number} already has a decision.`, {
          extensions: { submissionStatus: s.status, allowed: [] },
        });
      }
      await assertSoleReviewer(em, actor, s);
      if (s.status !== 'in_review') {
        throw invalidTransition(
          s,
          'decided',
          s.status === 'submitted'
            ? `Submission ${s.number} is submitted; start the review (move it to in_review or record verdicts) before deciding.`
            : undefined,
        );
      }
      if (input.validUntil < input.validFrom)
        throw new ReviewsError(ReviewsErrorCode.InvalidDates, 'validUntil is before validFrom.', {
          errors: [{ field: 'validUntil', message: 'must not be before validFrom' }],
        });
      // A positive decision is made to be attested, and an attestation must end in the future: one whose
      // validity is already over could never be attested, yet it would use up the submission.
      if (POSITIVE.includes(input.outcome) && !(Date.parse(input.validUntil) > Date.now()))
        throw new ReviewsError(ReviewsErrorCode.InvalidDates, 'A positive decision must be valid until a date still to come.', {
          errors: [{ field: 'validUntil', message: 'must be in the future for a positive decision' }],
        });
      const scope = await this.resolveScope(em, ctx, s, input.scope ?? {});
      const manifest = await em.getRepository(SubmissionManifestEntity).findOneOrFail({ where: { submissionId: s.id } });
      if (POSITIVE.includes(input.outcome)) {
        // Nor can it be valid before what it judged existed as judged: the components' versions and the evidence
        // versions are those frozen on the day of the submission, so a validity from an earlier day (a backdated
        // attestation) would claim conformity for a time nobody assessed.
        const submittedOn = manifest.submittedAt.toISOString().slice(0, 10);
        if (input.validFrom.slice(0, 10) < submittedOn)
          throw new ReviewsError(
            ReviewsErrorCode.InvalidDates,
            `Submission ${s.number} was frozen on ${submittedOn}: a positive decision on it is valid from then at the earliest.`,
            {
              errors: [{ field: 'validFrom', message: `must not be before ${submittedOn}, when the submission judged was frozen` }],
              extensions: { submittedOn },
            },
          );
        // An attestation cannot be valid before the evidence it rests on is in force: one that were would
        // claim conformity on a policy not yet adopted (and read as evidence of negative age in a tender).
        const { latestEffectiveDate, earliestValidUntil } = await reliedEvidence(em, s.id, scope);
        if (latestEffectiveDate && input.validFrom.slice(0, 10) < latestEffectiveDate)
          throw new ReviewsError(ReviewsErrorCode.InvalidDates, `The evidence this decision rests on is in effect from ${latestEffectiveDate} only.`, {
            errors: [{ field: 'validFrom', message: `must not be before ${latestEffectiveDate}, when the last evidence relied on takes effect` }],
            extensions: { evidenceInEffectFrom: latestEffectiveDate },
          });
        // Nor may it begin after evidence it rests on lapses (evidence lapsed already is a readiness blocker, below).
        if (earliestValidUntil && earliestValidUntil >= new Date().toISOString().slice(0, 10) && input.validFrom.slice(0, 10) > earliestValidUntil)
          throw new ReviewsError(ReviewsErrorCode.InvalidDates, `Evidence this decision rests on is valid until ${earliestValidUntil} only.`, {
            errors: [{ field: 'validFrom', message: `must not be after ${earliestValidUntil}, when evidence relied on stops being valid` }],
            extensions: { evidenceValidUntil: earliestValidUntil },
          });
      }
      const conditions = await this.validConditions(em, workspaceId, input);
      const compatibleRanges = validRanges(manifest, input.compatibleRanges ?? []);
      await this.assertImpartial(em, actor, s, ctx.workspace.offeringId);
      if (POSITIVE.includes(input.outcome)) assertReady(await decisionReadiness(em, s, scope, await this.coveredBy(em, conditions)));
      const now = new Date();
      // Four-eyes as asked when the submission was made (or since): turning it off during the review does not waive it.
      const final = !(ctx.workspace.fourEyes || manifest.fourEyes);
      const decision = em.getRepository(DecisionEntity).create({
        id: newId(),
        workspaceId,
        submissionId: s.id,
        organizationId: actor.organizationId,
        outcome: input.outcome,
        scopeStatement: input.scopeStatement.trim(),
        validFrom: input.validFrom,
        validUntil: input.validUntil,
        conditions: conditions.map((c) => c.text),
        scopeFrameworkIds: scope.frameworkIds,
        scopeMarkets: scope.markets,
        conditionDetails: conditions,
        compatibleRanges,
        status: final ? 'final' : 'pending_confirmation',
        decidedBy: actorId(actor),
        confirmedBy: null,
        createdAt: now,
        finalizedAt: final ? now : null,
      });
      await em.getRepository(DecisionEntity).insert(decision);
      await this.record(em, actor, workspaceId, {
        action: 'decision.recorded',
        subjectType: 'Decision',
        subjectId: decision.id,
        payload: {
          number,
          outcome: decision.outcome,
          status: decision.status,
          validFrom: decision.validFrom,
          validUntil: decision.validUntil,
          scope,
          conditions,
          compatibleRanges,
        },
      });
      if (final) await this.finalize(em, actor, s, decision);
      return decisionView(decision, s);
    });
  }

  /** Four-eyes: a second assessor, not the one who recorded it, confirms. */
  async confirmDecision(actor: Actor, workspaceId: string, number: number): Promise<DecisionView> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const { workspace } = await reviewContext(em, actor, workspaceId, 'update', 'Decision');
      const s = await findSubmission(em, workspaceId, number, true);
      const decision = await em.getRepository(DecisionEntity).findOne({ where: { submissionId: s.id } });
      if (!decision) throw new ReviewsError(ReviewsErrorCode.DecisionNotFound, `Submission ${number} has no decision yet.`);
      if (decision.status !== 'pending_confirmation')
        throw new ReviewsError(ReviewsErrorCode.NotPendingConfirmation, 'The decision is already final.', { extensions: { decisionStatus: decision.status } });
      // Changes requested since the decision was recorded: the submission is no longer the one judged.
      if (decisionView(decision, s).status === 'withdrawn')
        throw new ReviewsError(
          ReviewsErrorCode.DecisionWithdrawn,
          `Submission ${s.number} is ${s.status}; a decision recorded while it was in review cannot be confirmed now.`,
          { extensions: { decisionStatus: 'withdrawn', submissionStatus: s.status } },
        );
      const persons = await personsOf(em, [decision.decidedBy, actorId(actor)]);
      if (persons.get(decision.decidedBy) === persons.get(actorId(actor)))
        throw new ReviewsError(ReviewsErrorCode.FourEyes, 'Four-eyes: a second, different assessor must confirm this decision.');
      if (decision.organizationId !== actor.organizationId)
        throw new ReviewsError(ReviewsErrorCode.FourEyes, 'Four-eyes: the second assessor belongs to the organization that recorded the decision.');
      await this.assertImpartial(em, actor, s, workspace.offeringId);
      if (POSITIVE.includes(decision.outcome)) {
        const scope = { frameworkIds: decision.scopeFrameworkIds, markets: decision.scopeMarkets };
        assertReady(await decisionReadiness(em, s, scope, await this.coveredBy(em, decision.conditionDetails)));
      }
      const now = new Date();
      await em.getRepository(DecisionEntity).update({ id: decision.id }, { status: 'final', confirmedBy: actorId(actor), finalizedAt: now });
      Object.assign(decision, { status: 'final', confirmedBy: actorId(actor), finalizedAt: now });
      await this.record(em, actor, workspaceId, { action: 'decision.confirmed', subjectType: 'Decision', subjectId: decision.id, payload: { number } });
      await this.finalize(em, actor, s, decision);
      return decisionView(decision, s);
    });
  }

  /** The decision summary: observers may read it too. */
  async getDecision(actor: Actor, workspaceId: string, number: number): Promise<DecisionView> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await reviewContext(em, actor, workspaceId, 'read', 'Decision');
      const s = await findSubmission(em, workspaceId, number);
      const decision = await em.getRepository(DecisionEntity).findOne({ where: { submissionId: s.id } });
      if (!decision) throw new ReviewsError(ReviewsErrorCode.DecisionNotFound, `Submission ${number} has no decision yet.`);
      return decisionView(decision, s);
    });
  }

  async listDecisions(actor: Actor, workspaceId: string, page: { limit?: number; cursor?: string }): Promise<Page<DecisionView>> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await reviewContext(em, actor, workspaceId, 'read', 'Decision');
      const result = await keysetPage(em.getRepository(DecisionEntity).createQueryBuilder('d').where('d.workspaceId = :ws', { ws: workspaceId }), {
        ...page,
        keys: [{ column: 'd.id', read: (d) => d.id }],
      });
      const subs = result.data.length
        ? await em
            .getRepository(SubmissionEntity)
            .find({ select: { id: true, number: true, status: true }, where: { id: In(result.data.map((d) => d.submissionId)) } })
        : [];
      return {
        nextCursor: result.nextCursor,
        data: result.data.map((decision) =>
          decisionView(
            decision,
            subs.find((x) => x.id === decision.submissionId)!,
          ),
        ),
      };
    });
  }

  /**
   * The read model attestations are issued from: the decision, the submission it decides
   * (number, digest, Merkle root), the workspace, the offering with its component
   * versions, the target frameworks and markets. Needs read access to decisions and the
   * manifest (owner, contributor, assessor of the workspace).
   */
  async decisionForAttestation(actor: Actor, workspaceId: string, decisionId: string): Promise<AttestableDecision> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const ctx = await reviewContext(em, actor, workspaceId, 'read', 'Decision');
      const d = await em.getRepository(DecisionEntity).findOne({ where: { id: decisionId, workspaceId } });
      if (!d) throw new ReviewsError(ReviewsErrorCode.DecisionNotFound, 'Decision not found.');
      const s = await em.getRepository(SubmissionEntity).findOneOrFail({ where: { id: d.submissionId } });
      const manifest = await em.getRepository(SubmissionManifestEntity).findOne({ where: { submissionId: s.id } });
      if (!manifest) throw new ReviewsError(ReviewsErrorCode.DecisionNotFound, 'Decision not found.');
      const w = ctx.workspace;
      const scope: DecisionScope = { frameworkIds: d.scopeFrameworkIds, markets: d.scopeMarkets };
      const offering = await offeringSummary(em, w.offeringId);
      if (!offering) throw new Error(`decisionForAttestation: offering ${w.offeringId} of workspace ${w.id} is not readable`);
      // Format 1 manifests froze no components: the live ones are the best record there is.
      const frozen: FrozenComponent[] =
        manifest.components ??
        (await offeringComponents(em, w.offeringId)).map((c) => ({
          id: c.id,
          name: c.name,
          kind: c.kind,
          version: c.version,
          providerOrganizationId: c.providerOrganizationId,
          serviceCategory: c.serviceCategory,
        }));
      // With their titles in other languages: the attestation names the frameworks in each (docs/i18n.md).
      const frameworks = await frameworkSummaries(em, scope.frameworkIds, { orderBy: 'code', withTranslations: true });
      const evidence = await reliedEvidence(em, s.id, scope);
      const [later] = (await em.query(
        `SELECT d.id, d.outcome, COALESCE(d.finalized_at, d.created_at) AS decided_at, ls.number
           FROM decisions d JOIN submissions ls ON ls.id = d.submission_id
          WHERE d.workspace_id = $1 AND d.status = 'final' AND ls.number > $2
          ORDER BY ls.number DESC LIMIT 1`,
        [w.id, s.number],
      )) as { id: string; outcome: DecisionOutcome; decided_at: Date; number: number }[];
      return {
        decision: {
          id: d.id,
          outcome: d.outcome,
          status: d.status,
          scopeStatement: d.scopeStatement,
          validFrom: d.validFrom,
          validUntil: d.validUntil,
          conditions: d.conditions,
          scope,
          conditionDetails: d.conditionDetails,
          assessorOrganizationId: d.organizationId,
          decidedBy: d.decidedBy,
          confirmedBy: d.confirmedBy,
          decidedAt: d.createdAt,
          finalizedAt: d.finalizedAt,
        },
        submission: {
          id: s.id,
          number: s.number,
          digest: manifest.digest,
          merkleRoot: manifest.merkleRoot,
          submittedAt: manifest.submittedAt,
          entryCount: manifest.entryCount,
        },
        workspace: { id: w.id, name: w.name, ownerOrganizationId: w.organizationId, fourEyes: w.fourEyes },
        offering: { id: offering.id, name: offering.name, description: offering.description },
        components: frozen.map((c) => ({ ...c, compatibleRange: d.compatibleRanges[c.id] ?? null })),
        frameworks: frameworks.map((f) => ({
          id: f.id,
          code: f.code,
          title: f.title,
          version: f.version,
          publisher: f.publisher,
          sourceLanguage: f.sourceLanguage,
          titles: f.titles,
        })),
        markets: scope.markets,
        evidence,
        laterDecision: later
          ? { decisionId: later.id, submissionNumber: Number(later.number), outcome: later.outcome, decidedAt: new Date(later.decided_at) }
          : null,
      };
    });
  }

  // ── helpers ─────────────────────────────────────────────────────────────────────

  /** A submission open for review work; the first piece of work starts the review. */
  private async reviewable(em: EntityManager, actor: Actor, workspaceId: string, number: number, what: string): Promise<SubmissionEntity> {
    const s = await findSubmission(em, workspaceId, number, true);
    await assertSoleReviewer(em, actor, s);
    if (s.status === 'submitted') await this.start(em, actor, s);
    else if (s.status !== 'in_review')
      throw invalidTransition(
        s,
        what,
        `Submission ${s.number} is ${s.status}; you cannot ${what} on it any more (allowed transitions: none — the supplier resubmits).`,
      );
    return s;
  }

  private async start(em: EntityManager, actor: Actor, s: SubmissionEntity): Promise<void> {
    await moveSubmission(em, s, 'in_review');
    await this.record(em, actor, s.workspaceId, {
      action: 'review.started',
      subjectType: 'Submission',
      subjectId: s.id,
      payload: { number: s.number, from: 'submitted', to: 'in_review' },
    });
  }

  private async finalize(em: EntityManager, actor: Actor, s: SubmissionEntity, d: DecisionEntity): Promise<void> {
    await moveSubmission(em, s, 'decided');
    await this.record(em, actor, s.workspaceId, {
      action: 'decision.taken',
      subjectType: 'Decision',
      subjectId: d.id,
      payload: { number: s.number, outcome: d.outcome },
    });
    await this.outbox.emit(em, {
      type: REVIEW_EVENTS.decisionTaken,
      organizationId: actor.organizationId,
      workspaceId: s.workspaceId,
      payload: {
        decisionId: d.id,
        submissionId: s.id,
        number: s.number,
        outcome: d.outcome,
        validFrom: d.validFrom,
        validUntil: d.validUntil,
        assessorOrganizationId: d.organizationId,
        scope: { frameworkIds: d.scopeFrameworkIds, markets: d.scopeMarkets },
      },
    });
  }

  /**
   * An assessor organization that provides a component of the assessed offering (as frozen in
   * the manifest; for format 1, the live components) judges its own service: it may not judge
   * or decide on the submission.
   */
  private async assertNotProvider(em: EntityManager, actor: Actor, s: SubmissionEntity, offeringId: string): Promise<void> {
    const manifest = await em
      .getRepository(SubmissionManifestEntity)
      .findOne({ select: { submissionId: true, components: true }, where: { submissionId: s.id } });
    const components = manifest?.components ?? (await offeringComponents(em, offeringId));
    const own = components.filter((c) => c.providerOrganizationId === actor.organizationId);
    if (own.length)
      throw new ReviewsError(
        ReviewsErrorCode.Impartiality,
        'Impartiality: your organization provides a component of the assessed offering, so it may not judge or decide on it.',
        { extensions: { componentIds: own.map((c) => c.id) } },
      );
  }

  private async assertImpartial(em: EntityManager, actor: Actor, s: SubmissionEntity, offeringId: string): Promise<void> {
    await this.assertNotProvider(em, actor, s, offeringId);
    const rows: { n: number }[] = await em.query(
      `SELECT count(*)::int AS n FROM submission_entries se, jsonb_array_elements(se.content->'evidence') ev
        WHERE se.submission_id = $1 AND actor_person(ev->>'uploadedBy') = actor_person($2)`,
      [s.id, actorId(actor)],
    );
    if (Number(rows[0]?.n ?? 0) > 0) {
      throw new ReviewsError(
        ReviewsErrorCode.Impartiality,
        'Impartiality: you uploaded evidence in this submission, so you may not take part in its decision.',
        { extensions: { uploadedVersions: Number(rows[0]!.n) } },
      );
    }
  }

  /**
   * The requested scope (default: all of it), checked against what the submission judged: the
   * frameworks it froze requirements of, and the target markets it was made for. A framework the
   * workspace took on after the submission (a move to another version) has no entry in it, and a
   * market added since was not what the evidence was submitted for: claiming either would attest
   * what nobody submitted or judged.
   */
  private async resolveScope(
    em: EntityManager,
    ctx: WorkspaceContext,
    s: SubmissionEntity,
    requested: NonNullable<DecisionInput['scope']>,
  ): Promise<DecisionScope> {
    const frozen = await submittedFrameworkIds(em, s.id);
    // The markets the submission was made for: one the owner added since was never judged.
    const markets = await submittedMarkets(em, s.id);
    const frameworkIds = requested.frameworkIds ? [...new Set(requested.frameworkIds)] : frozen;
    const scopeMarkets = requested.markets ? [...new Set(requested.markets.map((m) => m.toUpperCase()))] : markets;
    const errors: { field: string; message: string }[] = [];
    const foreignFrameworks = frameworkIds.filter((id) => !frozen.includes(id));
    if (foreignFrameworks.length) {
      const targets = await workspaceFrameworkIds(em, ctx.workspace.id);
      const later = foreignFrameworks.filter((id) => targets.includes(id));
      errors.push({
        field: 'scope.frameworkIds',
        message: later.length
          ? `not frameworks submission ${s.number} froze requirements of (targeted since it was submitted; resubmit to have them judged): ${foreignFrameworks.join(', ')}`
          : `not frameworks submission ${s.number} froze requirements of: ${foreignFrameworks.join(', ')}`,
      });
    } else if (!frameworkIds.length) errors.push({ field: 'scope.frameworkIds', message: 'must name at least one framework' });
    const foreignMarkets = scopeMarkets.filter((m) => !markets.includes(m));
    if (foreignMarkets.length) {
      const later = foreignMarkets.filter((m) => ctx.workspace.targetMarkets.includes(m));
      errors.push({
        field: 'scope.markets',
        message: later.length
          ? `not markets submission ${s.number} was made for (${markets.join(', ')}; targeted since it was submitted, resubmit to have them judged): ${foreignMarkets.join(', ')}`
          : `not markets submission ${s.number} was made for (${markets.join(', ')}): ${foreignMarkets.join(', ')}`,
      });
    } else if (!scopeMarkets.length) errors.push({ field: 'scope.markets', message: 'must name at least one market' });
    if (errors.length)
      throw new ReviewsError(
        ReviewsErrorCode.InvalidScope,
        `A decision covers only the frameworks its submission froze and the markets it was made for: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}.`,
        { errors },
      );
    return { frameworkIds: frameworkIds.sort(), markets: scopeMarkets.sort() };
  }

  /** Conditions belong to conformant_with_conditions, each with a due date and a finding of this workspace. */
  private async validConditions(em: EntityManager, workspaceId: string, input: DecisionInput): Promise<DecisionConditionRecord[]> {
    const given = input.conditions ?? [];
    if (input.outcome !== 'conformant_with_conditions') {
      if (given.length)
        throw new ReviewsError(ReviewsErrorCode.InvalidCondition, 'Only a conformant-with-conditions decision has conditions.', {
          errors: [{ field: 'conditions', message: `must be empty for ${input.outcome}` }],
        });
      return [];
    }
    if (!given.length) {
      throw new ReviewsError(ReviewsErrorCode.ConditionsRequired, 'A conformant-with-conditions decision names its conditions.', {
        errors: [{ field: 'conditions', message: 'must not be empty for conformant_with_conditions' }],
      });
    }
    const ids = [...new Set(given.map((c) => c.findingId).filter((x): x is string => Boolean(x)))];
    const found = ids.length ? await em.getRepository(FindingEntity).find({ select: { id: true, status: true }, where: { workspaceId, id: In(ids) } }) : [];
    const errors: { field: string; message: string }[] = [];
    given.forEach((c, i) => {
      if (!c.text.trim()) errors.push({ field: `conditions[${i}].text`, message: 'must not be empty' });
      if (!c.dueDate) errors.push({ field: `conditions[${i}].dueDate`, message: 'is required: a condition is due by a date' });
      else if (c.dueDate < input.validFrom) errors.push({ field: `conditions[${i}].dueDate`, message: 'must not be before validFrom' });
      // Due after the validity ends, a condition never falls due while the attestation claims it: it would
      // read as met for the whole validity although nobody ever has to meet it (the overdue scan never fires).
      else if (c.dueDate.slice(0, 10) > input.validUntil.slice(0, 10))
        errors.push({ field: `conditions[${i}].dueDate`, message: 'must not be after validUntil: a condition falls due while the decision is valid' });
      if (!c.findingId) errors.push({ field: `conditions[${i}].findingId`, message: 'is required: a condition rests on a finding' });
      else {
        const finding = found.find((f) => f.id === c.findingId);
        if (!finding) errors.push({ field: `conditions[${i}].findingId`, message: 'names no finding of this workspace' });
        // A condition is followed up through its finding: a closed one has no further step.
        else if (finding.status === 'closed')
          errors.push({ field: `conditions[${i}].findingId`, message: 'names a closed finding: a condition rests on a finding still open or answered' });
      }
    });
    if (errors.length)
      throw new ReviewsError(ReviewsErrorCode.InvalidCondition, `Conditions are incomplete: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}.`, {
        errors,
      });
    return given.map((c) => ({ text: c.text.trim(), dueDate: c.dueDate!, findingId: c.findingId! }));
  }

  /** The requirements the conditions' findings concern. */
  private async coveredBy(em: EntityManager, conditions: readonly DecisionConditionRecord[]): Promise<Set<string>> {
    const ids = conditions.map((c) => c.findingId).filter((x): x is string => Boolean(x));
    if (!ids.length) return new Set();
    const findings = await em.getRepository(FindingEntity).find({ select: { id: true, requirementId: true }, where: { id: In(ids) } });
    return new Set(findings.map((f) => f.requirementId));
  }

  private async assertContributorConcerned(em: EntityManager, ctx: WorkspaceContext, requirementId: string): Promise<void> {
    // Row-level security shows a contributor only its components' evidence.
    const concerned =
      (await hasVisibleLinkedEvidence(em, ctx.workspace.id, requirementId)) ||
      (await applicabilityConcernsComponents(em, ctx.workspace.id, requirementId, ctx.participant.componentIds));
    if (!concerned) throw new ReviewsError(ReviewsErrorCode.NotYourComponent, 'Contributors answer findings only on requirements their components concern.');
  }

  private async assertEntry(em: EntityManager, s: SubmissionEntity, requirementId: string): Promise<void> {
    if (!(await em.getRepository(SubmissionEntryEntity).exists({ where: { submissionId: s.id, requirementId } }))) {
      throw new ReviewsError(ReviewsErrorCode.EntryNotFound, 'That requirement is not part of this submission.');
    }
  }

  private async findFinding(em: EntityManager, workspaceId: string, findingId: string, lock = false): Promise<FindingEntity> {
    const qb = em.getRepository(FindingEntity).createQueryBuilder('f').where('f.id = :id AND f.workspaceId = :ws', { id: findingId, ws: workspaceId });
    if (lock) qb.setLock('pessimistic_write');
    const f = await qb.getOne();
    if (!f) throw new ReviewsError(ReviewsErrorCode.FindingNotFound, 'Finding not found.');
    return f;
  }

  private findingConflict(f: FindingEntity, attempted: string): ReviewsError {
    const allowed = FINDING_TRANSITIONS[f.status];
    return new ReviewsError(
      ReviewsErrorCode.InvalidFindingTransition,
      `The finding is ${f.status}; you cannot ${attempted} it now (allowed: ${allowed.length ? allowed.join(', ') : 'none'}).`,
      {
        extensions: { findingStatus: f.status, attempted, allowed },
      },
    );
  }

  private async findingDetail(em: EntityManager, finding: FindingEntity): Promise<FindingDetail> {
    const responses = await em.getRepository(FindingResponseEntity).find({ where: { findingId: finding.id }, order: { id: 'ASC' } });
    const s = await em.getRepository(SubmissionEntity).findOneOrFail({ select: { id: true, number: true }, where: { id: finding.submissionId } });
    return { finding, submissionNumber: s.number, responses };
  }

  private async addResponse(
    em: EntityManager,
    actor: Actor,
    f: FindingEntity,
    kind: FindingResponseEntity['kind'],
    text: string,
    evidenceVersionIds: string[],
  ): Promise<FindingResponseEntity> {
    const response = em.getRepository(FindingResponseEntity).create({
      id: newId(),
      findingId: f.id,
      workspaceId: f.workspaceId,
      organizationId: actor.organizationId,
      kind,
      text,
      evidenceVersionIds,
      author: actorId(actor),
      createdAt: new Date(),
    });
    await em.getRepository(FindingResponseEntity).insert(response);
    return response;
  }

  private async moveFinding(em: EntityManager, f: FindingEntity, to: FindingStatus): Promise<void> {
    const now = new Date();
    const closedAt = to === 'closed' ? now : null;
    await em.getRepository(FindingEntity).update({ id: f.id }, { status: to, version: f.version + 1, updatedAt: now, closedAt });
    Object.assign(f, { status: to, version: f.version + 1, updatedAt: now, closedAt });
  }

  private record(em: EntityManager, actor: Actor, workspaceId: string, record: AuditRecord) {
    return this.audit.record(em, actor, { type: 'workspace', id: workspaceId }, record);
  }
}

/** Compatible ranges name frozen components with a valid semver range that admits the frozen version. */
function validRanges(manifest: SubmissionManifestEntity, given: readonly { componentId: string; range: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  const errors: { field: string; message: string }[] = [];
  given.forEach((g, i) => {
    const component = manifest.components?.find((c) => c.id === g.componentId);
    if (!component) {
      errors.push({
        field: `compatibleRanges[${i}].componentId`,
        message: manifest.components
          ? 'names no component frozen in this submission'
          : 'this submission (manifest format 1) froze no components; resubmit to record ranges',
      });
      return;
    }
    if (out[g.componentId]) errors.push({ field: `compatibleRanges[${i}].componentId`, message: 'names a component twice' });
    const range = semver.validRange(g.range.trim());
    if (!g.range.trim() || range === null) {
      errors.push({ field: `compatibleRanges[${i}].range`, message: `is not a semver range (e.g. ">=4.2.0 <4.3.0"): ${g.range}` });
      return;
    }
    const version = semver.coerce(component.version);
    if (!version || !semver.satisfies(version, range))
      errors.push({ field: `compatibleRanges[${i}].range`, message: `does not include the assessed version ${component.version} of ${component.name}` });
    out[g.componentId] = g.range.trim();
  });
  if (errors.length)
    throw new ReviewsError(ReviewsErrorCode.InvalidCompatibleRange, `Compatible ranges: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}.`, {
      errors,
    });
  return out;
}

/** The frameworks a submission froze requirements of (its entries'), sorted. */
/** The target markets a submission was made for (frozen in its manifest). */
async function submittedMarkets(em: EntityManager, submissionId: string): Promise<string[]> {
  const manifest = await em.getRepository(SubmissionManifestEntity).findOne({ where: { submissionId }, select: { submissionId: true, targetMarkets: true } });
  return [...(manifest?.targetMarkets ?? [])];
}

async function submittedFrameworkIds(em: EntityManager, submissionId: string): Promise<string[]> {
  const rows: { framework_id: string }[] = await em.query(
    "SELECT DISTINCT content->>'frameworkId' AS framework_id FROM submission_entries WHERE submission_id = $1 ORDER BY 1",
    [submissionId],
  );
  return rows.map((r) => r.framework_id);
}

/**
 * The person each actor id stands for (`actor_person`: an API key acts for the user who made it),
 * so separation of duties compares people, not credentials.
 */
async function personsOf(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
  const rows: { id: string; person: string }[] = await em.query('SELECT id, actor_person(id) AS person FROM unnest($1::text[]) AS id', [[...new Set(ids)]]);
  return new Map(rows.map((r) => [r.id, r.person]));
}

/**
 * The evidence versions in-scope entries rely on (entries not judged not applicable): the
 * oldest effective date and the earliest valid-until. Format 2 entries froze the dates; for
 * format 1 entries the evidence items' current dates stand in.
 */
async function reliedEvidence(em: EntityManager, submissionId: string, scope: DecisionScope): Promise<ReliedEvidenceSummary> {
  const [row] = (await em.query(
    `SELECT min(x->>'effectiveDate') AS oldest,
            max(x->>'effectiveDate') AS latest,
            min(CASE WHEN x ? 'effectiveDate' THEN x->>'validUntil' END) AS earliest,
            count(DISTINCT x->>'versionId')::int AS n,
            array_agg(DISTINCT x->>'evidenceId') FILTER (WHERE NOT (x ? 'effectiveDate')) AS undated
       FROM submission_entries se
       LEFT JOIN verdicts v ON v.submission_id = se.submission_id AND v.requirement_id = se.requirement_id
       CROSS JOIN LATERAL jsonb_array_elements(se.content->'evidence') x
      WHERE se.submission_id = $1 AND se.content->>'frameworkId' = ANY ($2::text[]) AND v.outcome IS DISTINCT FROM 'not_applicable'`,
    [submissionId, scope.frameworkIds],
  )) as { oldest: string | null; latest: string | null; earliest: string | null; n: number; undated: string[] | null }[];
  let oldest = row?.oldest ?? null;
  let latest = row?.latest ?? null;
  let earliest = row?.earliest ?? null;
  // Format 1 entries froze no dates: their evidence items' current dates stand in.
  for (const e of row?.undated?.length ? await evidenceDates(em, row.undated) : []) {
    if (oldest === null || e.effectiveDate < oldest) oldest = e.effectiveDate;
    if (latest === null || e.effectiveDate > latest) latest = e.effectiveDate;
    if (e.validUntil !== null && (earliest === null || e.validUntil < earliest)) earliest = e.validUntil;
  }
  return { oldestEffectiveDate: oldest, latestEffectiveDate: latest, earliestValidUntil: earliest, count: Number(row?.n ?? 0) };
}
