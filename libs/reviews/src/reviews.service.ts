import { Injectable } from '@nestjs/common';
import { AuditService, type AuditRecord } from '@attesta/audit';
import { FrameworkEntity } from '@attesta/catalog';
import { Actor, actorId, Db, keysetPage, newId, Page } from '@attesta/core';
import { ComponentEntity, OfferingEntity } from '@attesta/offerings';
import { OutboxService } from '@attesta/outbox';
import { WorkspaceFrameworkEntity, type WorkspaceContext } from '@attesta/workspaces';
import { EntityManager, In } from 'typeorm';
import { DecisionEntity, type DecisionOutcome } from './entities/decision.entity.js';
import { FindingResponseEntity } from './entities/finding-response.entity.js';
import { FindingEntity, type FindingSeverity, type FindingStatus } from './entities/finding.entity.js';
import { ReviewCommentEntity } from './entities/review-comment.entity.js';
import { SubmissionEntryEntity } from './entities/submission-entry.entity.js';
import { SubmissionManifestEntity } from './entities/submission-manifest.entity.js';
import { SubmissionEntity } from './entities/submission.entity.js';
import { VerdictEntity, type VerdictOutcome } from './entities/verdict.entity.js';
import { findSubmission, invalidTransition, reviewContext, scopeOf } from './review-access.js';
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
  conditions?: string[];
}

export interface DecisionView {
  decision: DecisionEntity;
  submissionNumber: number;
}

/**
 * What the attestations lib needs to issue a statement of conformity from a decision.
 * A stable contract: fields are only ever added.
 */
export interface DecisionScope {
  /** Framework ids: a subset of the workspace's target frameworks. */
  frameworkIds: string[];
  /** ISO 3166-1 alpha-2 codes: a subset of the workspace's target markets. */
  markets: string[];
}

/** A condition of a conformant-with-conditions decision: what, by when, and the finding it rests on. */
export interface DecisionCondition {
  text: string;
  dueDate: string | null;
  findingId: string | null;
}

/** A component of the offering as the submission froze it. */
export interface FrozenComponent {
  id: string;
  name: string;
  kind: string;
  version: string;
  providerOrganizationId: string | null;
  serviceCategory: string | null;
}

/** A frozen component with the version range the assessor accepted as compatible (null: exactly `version`). */
export interface DecidedComponent extends FrozenComponent {
  compatibleRange: string | null;
}

/** The frozen evidence versions in-scope entries rely on. */
export interface ReliedEvidenceSummary {
  oldestEffectiveDate: string | null;
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
  frameworks: { id: string; code: string; title: string; version: string; publisher: string | null }[];
  /** ISO 3166-1 alpha-2 codes: the decision's scope markets only. */
  markets: string[];
  /** Dates of the frozen evidence versions relied on by in-scope entries. */
  evidence: ReliedEvidenceSummary;
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
  async recordVerdict(actor: Actor, workspaceId: string, number: number, requirementId: string, input: { outcome: VerdictOutcome; comment?: string }, expectedVersion?: number): Promise<VerdictEntity> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await reviewContext(em, actor, workspaceId, 'create', 'Verdict');
      const s = await this.reviewable(em, actor, workspaceId, number, 'record a verdict');
      const entry = await em.getRepository(SubmissionEntryEntity).findOne({ where: { submissionId: s.id, requirementId } });
      if (!entry) throw new ReviewsError(ReviewsErrorCode.EntryNotFound, 'That requirement is not part of this submission.');
      const mine = entry.content.evidence.filter((e) => e.uploadedBy === actorId(actor));
      if (mine.length) {
        throw new ReviewsError(ReviewsErrorCode.Impartiality, 'Impartiality: you uploaded evidence this requirement rests on, so another assessor must judge it.', {
          extensions: { evidenceVersionIds: mine.map((e) => e.versionId) },
        });
      }
      const repo = em.getRepository(VerdictEntity);
      const existing = await repo.createQueryBuilder('v').setLock('pessimistic_write').where('v.submissionId = :s AND v.requirementId = :r', { s: s.id, r: requirementId }).getOne();
      const now = new Date();
      let verdict: VerdictEntity;
      if (existing) {
        if (expectedVersion === undefined) {
          throw new ReviewsError(ReviewsErrorCode.PreconditionRequired, `A verdict exists (version ${existing.version}); send If-Match with its ETag to replace it.`, { extensions: { currentVersion: existing.version } });
        }
        if (expectedVersion !== existing.version) {
          throw new ReviewsError(ReviewsErrorCode.StaleVersion, 'The verdict changed since you read it; read it again and retry.', { extensions: { currentVersion: existing.version } });
        }
        if (existing.organizationId !== actor.organizationId) {
          throw new ReviewsError(ReviewsErrorCode.WrongRole, 'Another assessor organization recorded this verdict; only it may replace it.');
        }
        verdict = { ...existing, outcome: input.outcome, comment: input.comment ?? '', version: existing.version + 1, recordedBy: actorId(actor), updatedAt: now };
        const result = await repo.update({ id: existing.id, version: existing.version }, { outcome: verdict.outcome, comment: verdict.comment, version: verdict.version, recordedBy: verdict.recordedBy, updatedAt: now });
        if (!result.affected) throw new ReviewsError(ReviewsErrorCode.StaleVersion, 'The verdict changed since you read it; read it again and retry.');
      } else {
        verdict = repo.create({ id: newId(), workspaceId, submissionId: s.id, requirementId, organizationId: actor.organizationId, outcome: input.outcome, comment: input.comment ?? '', version: 1, recordedBy: actorId(actor), createdAt: now, updatedAt: now });
        try {
          await em.query('SAVEPOINT verdict_insert');
          await repo.insert(verdict);
          await em.query('RELEASE SAVEPOINT verdict_insert');
        } catch (e) {
          if ((e as { code?: string }).code !== '23505') throw e;
          await em.query('ROLLBACK TO SAVEPOINT verdict_insert');
          throw new ReviewsError(ReviewsErrorCode.StaleVersion, 'Another assessor recorded a verdict on this requirement meanwhile; read it and retry with its ETag.');
        }
      }
      await this.record(em, actor, workspaceId, { action: 'verdict.recorded', subjectType: 'Verdict', subjectId: verdict.id, payload: { number, requirementId, outcome: verdict.outcome, version: verdict.version } });
      return verdict;
    });
  }

  async listVerdicts(actor: Actor, workspaceId: string, number: number, page: { limit?: number; cursor?: string }): Promise<Page<VerdictEntity>> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await reviewContext(em, actor, workspaceId, 'read', 'Verdict');
      const s = await findSubmission(em, workspaceId, number);
      return keysetPage(em.getRepository(VerdictEntity).createQueryBuilder('v').where('v.submissionId = :s', { s: s.id }), { ...page, keys: [{ column: 'v.id', read: (v) => v.id }] });
    });
  }

  // ── Findings ────────────────────────────────────────────────────────────────────

  async raiseFinding(actor: Actor, workspaceId: string, number: number, input: FindingInput): Promise<FindingDetail> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await reviewContext(em, actor, workspaceId, 'create', 'Finding');
      const s = await this.reviewable(em, actor, workspaceId, number, 'raise a finding');
      const inSubmission = await em.getRepository(SubmissionEntryEntity).exists({ where: { submissionId: s.id, requirementId: input.requirementId } });
      if (!inSubmission) throw new ReviewsError(ReviewsErrorCode.UnknownRequirement, 'The requirement is not part of this submission.', { errors: [{ field: 'requirementId', message: 'is not a requirement of this submission' }] });
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
      await this.record(em, actor, workspaceId, { action: 'finding.raised', subjectType: 'Finding', subjectId: finding.id, payload: { number, requirementId: finding.requirementId, severity: finding.severity, dueDate: finding.dueDate } });
      return { finding, submissionNumber: s.number, responses: [] };
    });
  }

  async listFindings(actor: Actor, workspaceId: string, q: { status?: FindingStatus; severity?: FindingSeverity; limit?: number; cursor?: string }): Promise<Page<FindingEntity>> {
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
      if (ctx.role === 'assessor') throw new ReviewsError(ReviewsErrorCode.WrongRole, 'Assessors accept or reject answers; the supplier answers findings.', { extensions: { role: ctx.role } });
      const finding = await this.findFinding(em, workspaceId, findingId, true);
      if (ctx.role === 'contributor') await this.assertContributorConcerned(em, ctx, finding.requirementId);
      if (finding.status !== 'open') throw this.findingConflict(finding, 'respond');
      const cited = [...new Set(input.evidenceVersionIds ?? [])];
      if (cited.length) {
        const found: { id: string }[] = await em.query('SELECT id FROM evidence_versions WHERE workspace_id = $1 AND id = ANY ($2::uuid[])', [workspaceId, cited]);
        const missing = cited.filter((id) => !found.some((f) => f.id === id));
        if (missing.length) {
          throw new ReviewsError(ReviewsErrorCode.UnknownEvidenceVersion, `Not evidence versions of this workspace you can see: ${missing.join(', ')}.`, { errors: [{ field: 'evidenceVersionIds', message: 'names a version you cannot cite' }] });
        }
      }
      const response = await this.addResponse(em, actor, finding, 'corrective_action', input.text, cited);
      await this.moveFinding(em, finding, 'responded');
      await this.record(em, actor, workspaceId, { action: 'finding.responded', subjectType: 'Finding', subjectId: finding.id, payload: { responseId: response.id, evidenceVersionIds: cited } });
      return this.findingDetail(em, finding);
    });
  }

  /** The assessor accepts the corrective action (closed) or rejects it (open again). */
  async reviewFinding(actor: Actor, workspaceId: string, findingId: string, input: { decision: 'accept' | 'reject'; comment?: string }): Promise<FindingDetail> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const ctx = await reviewContext(em, actor, workspaceId, 'update', 'Finding');
      if (ctx.role !== 'assessor') throw new ReviewsError(ReviewsErrorCode.WrongRole, 'Only the workspace\'s assessors accept or reject answers to findings.', { extensions: { role: ctx.role } });
      const finding = await this.findFinding(em, workspaceId, findingId, true);
      if (finding.status !== 'responded') throw this.findingConflict(finding, input.decision);
      const accepted = input.decision === 'accept';
      await this.addResponse(em, actor, finding, accepted ? 'accepted' : 'rejected', input.comment ?? '', []);
      await this.moveFinding(em, finding, accepted ? 'closed' : 'open');
      await this.record(em, actor, workspaceId, { action: accepted ? 'finding.closed' : 'finding.reopened', subjectType: 'Finding', subjectId: finding.id, payload: { severity: finding.severity } });
      return this.findingDetail(em, finding);
    });
  }

  // ── Comments ────────────────────────────────────────────────────────────────────

  async addComment(actor: Actor, workspaceId: string, number: number, requirementId: string, input: { body: string; parentId?: string }): Promise<ReviewCommentEntity> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await reviewContext(em, actor, workspaceId, 'create', 'Comment');
      const s = await findSubmission(em, workspaceId, number);
      await this.assertEntry(em, s, requirementId);
      if (input.parentId) {
        const parent = await em.getRepository(ReviewCommentEntity).exists({ where: { id: input.parentId, submissionId: s.id, requirementId } });
        if (!parent) throw new ReviewsError(ReviewsErrorCode.UnknownParent, 'No such comment in this thread.', { errors: [{ field: 'parentId', message: 'names no comment of this thread' }] });
      }
      const comment = em.getRepository(ReviewCommentEntity).create({ id: newId(), workspaceId, submissionId: s.id, requirementId, parentId: input.parentId ?? null, organizationId: actor.organizationId, author: actorId(actor), body: input.body, createdAt: new Date() });
      await em.getRepository(ReviewCommentEntity).insert(comment);
      await this.record(em, actor, workspaceId, { action: 'comment.added', subjectType: 'Comment', subjectId: comment.id, payload: { number, requirementId, parentId: comment.parentId } });
      return comment;
    });
  }

  async listComments(actor: Actor, workspaceId: string, number: number, requirementId: string, page: { limit?: number; cursor?: string }): Promise<Page<ReviewCommentEntity>> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await reviewContext(em, actor, workspaceId, 'read', 'Comment');
      const s = await findSubmission(em, workspaceId, number);
      await this.assertEntry(em, s, requirementId);
      const qb = em.getRepository(ReviewCommentEntity).createQueryBuilder('c').where('c.submissionId = :s AND c.requirementId = :r', { s: s.id, r: requirementId });
      return keysetPage(qb, { ...page, keys: [{ column: 'c.id', read: (c) => c.id }] });
    });
  }

  // ── Decisions ───────────────────────────────────────────────────────────────────

  /**
   * An assessor who uploaded none of the submitted evidence decides. A positive outcome is
   * refused while a major nonconformity is open. With four-eyes, the decision waits for a
   * second, different assessor's confirmation before the submission is decided.
   */
  async decide(actor: Actor, workspaceId: string, number: number, input: DecisionInput): Promise<DecisionView> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const ctx = await reviewContext(em, actor, workspaceId, 'create', 'Decision');
      const s = await findSubmission(em, workspaceId, number, true);
      if (await em.getRepository(DecisionEntity).exists({ where: { submissionId: s.id } })) {
        throw new ReviewsError(ReviewsErrorCode.AlreadyDecided, `Submission ${number} already has a decision.`, { extensions: { status: s.status, allowed: [] } });
      }
      if (s.status !== 'in_review' && s.status !== 'submitted') throw invalidTransition(s, 'decided');
      if (input.validUntil < input.validFrom) throw new ReviewsError(ReviewsErrorCode.InvalidDates, 'validUntil is before validFrom.', { errors: [{ field: 'validUntil', message: 'must not be before validFrom' }] });
      const conditions = (input.conditions ?? []).map((c) => c.trim()).filter(Boolean);
      if (input.outcome === 'conformant_with_conditions' && !conditions.length) {
        throw new ReviewsError(ReviewsErrorCode.ConditionsRequired, 'A conformant-with-conditions decision names its conditions.', { errors: [{ field: 'conditions', message: 'must not be empty for conformant_with_conditions' }] });
      }
      await this.assertImpartial(em, actor, s);
      if (POSITIVE.includes(input.outcome)) await this.assertNoOpenMajors(em, workspaceId);
      if (s.status === 'submitted') await this.start(em, actor, s);
      const now = new Date();
      const final = !ctx.workspace.fourEyes;
      const decision = em.getRepository(DecisionEntity).create({
        id: newId(),
        workspaceId,
        submissionId: s.id,
        organizationId: actor.organizationId,
        outcome: input.outcome,
        scopeStatement: input.scopeStatement.trim(),
        validFrom: input.validFrom,
        validUntil: input.validUntil,
        conditions,
        status: final ? 'final' : 'pending_confirmation',
        decidedBy: actorId(actor),
        confirmedBy: null,
        createdAt: now,
        finalizedAt: final ? now : null,
      });
      await em.getRepository(DecisionEntity).insert(decision);
      await this.record(em, actor, workspaceId, { action: 'decision.recorded', subjectType: 'Decision', subjectId: decision.id, payload: { number, outcome: decision.outcome, status: decision.status, validFrom: decision.validFrom, validUntil: decision.validUntil } });
      if (final) await this.finalize(em, actor, s, decision);
      return { decision, submissionNumber: s.number };
    });
  }

  /** Four-eyes: a second assessor, not the one who recorded it, confirms. */
  async confirmDecision(actor: Actor, workspaceId: string, number: number): Promise<DecisionView> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await reviewContext(em, actor, workspaceId, 'update', 'Decision');
      const s = await findSubmission(em, workspaceId, number, true);
      const decision = await em.getRepository(DecisionEntity).findOne({ where: { submissionId: s.id } });
      if (!decision) throw new ReviewsError(ReviewsErrorCode.DecisionNotFound, `Submission ${number} has no decision yet.`);
      if (decision.status !== 'pending_confirmation') throw new ReviewsError(ReviewsErrorCode.NotPendingConfirmation, 'The decision is already final.', { extensions: { status: decision.status } });
      if (decision.decidedBy === actorId(actor)) throw new ReviewsError(ReviewsErrorCode.FourEyes, 'Four-eyes: a second, different assessor must confirm this decision.');
      if (decision.organizationId !== actor.organizationId) throw new ReviewsError(ReviewsErrorCode.FourEyes, 'Four-eyes: the second assessor belongs to the organization that recorded the decision.');
      await this.assertImpartial(em, actor, s);
      if (POSITIVE.includes(decision.outcome)) await this.assertNoOpenMajors(em, workspaceId);
      const now = new Date();
      await em.getRepository(DecisionEntity).update({ id: decision.id }, { status: 'final', confirmedBy: actorId(actor), finalizedAt: now });
      Object.assign(decision, { status: 'final', confirmedBy: actorId(actor), finalizedAt: now });
      await this.record(em, actor, workspaceId, { action: 'decision.confirmed', subjectType: 'Decision', subjectId: decision.id, payload: { number } });
      await this.finalize(em, actor, s, decision);
      return { decision, submissionNumber: s.number };
    });
  }

  /** The decision summary: observers may read it too. */
  async getDecision(actor: Actor, workspaceId: string, number: number): Promise<DecisionView> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await reviewContext(em, actor, workspaceId, 'read', 'Decision');
      const s = await findSubmission(em, workspaceId, number);
      const decision = await em.getRepository(DecisionEntity).findOne({ where: { submissionId: s.id } });
      if (!decision) throw new ReviewsError(ReviewsErrorCode.DecisionNotFound, `Submission ${number} has no decision yet.`);
      return { decision, submissionNumber: s.number };
    });
  }

  async listDecisions(actor: Actor, workspaceId: string, page: { limit?: number; cursor?: string }): Promise<Page<DecisionView>> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await reviewContext(em, actor, workspaceId, 'read', 'Decision');
      const result = await keysetPage(em.getRepository(DecisionEntity).createQueryBuilder('d').where('d.workspaceId = :ws', { ws: workspaceId }), { ...page, keys: [{ column: 'd.id', read: (d) => d.id }] });
      const subs = result.data.length ? await em.getRepository(SubmissionEntity).find({ select: { id: true, number: true }, where: { id: In(result.data.map((d) => d.submissionId)) } }) : [];
      return { nextCursor: result.nextCursor, data: result.data.map((decision) => ({ decision, submissionNumber: subs.find((x) => x.id === decision.submissionId)!.number })) };
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
      const [offering, components, wf] = await Promise.all([
        em.getRepository(OfferingEntity).findOneOrFail({ where: { id: w.offeringId } }),
        em.getRepository(ComponentEntity).find({ where: { offeringId: w.offeringId }, order: { createdAt: 'ASC', id: 'ASC' } }),
        em.getRepository(WorkspaceFrameworkEntity).find({ where: { workspaceId } }),
      ]);
      const scope: DecisionScope = { frameworkIds: wf.map((f) => f.frameworkId), markets: [...w.targetMarkets] };
      const frameworks = scope.frameworkIds.length ? await em.getRepository(FrameworkEntity).find({ where: { id: In(scope.frameworkIds) }, order: { code: 'ASC' } }) : [];
      const [ev] = (await em.query(
        `SELECT min(e.effective_date)::text AS oldest, min(e.valid_until)::text AS earliest, count(DISTINCT v.id)::int AS n
           FROM submission_entries se
           CROSS JOIN LATERAL jsonb_array_elements(se.content->'evidence') x
           JOIN evidence_versions v ON v.id = (x->>'versionId')::uuid
           JOIN evidence e ON e.id = v.evidence_id
          WHERE se.submission_id = $1 AND (se.content->>'frameworkId')::uuid = ANY ($2::uuid[])`,
        [s.id, scope.frameworkIds],
      )) as { oldest: string | null; earliest: string | null; n: number }[];
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
          conditionDetails: d.conditions.map((text) => ({ text, dueDate: null, findingId: null })),
          assessorOrganizationId: d.organizationId,
          decidedBy: d.decidedBy,
          confirmedBy: d.confirmedBy,
          decidedAt: d.createdAt,
          finalizedAt: d.finalizedAt,
        },
        submission: { id: s.id, number: s.number, digest: manifest.digest, merkleRoot: manifest.merkleRoot, submittedAt: manifest.submittedAt, entryCount: manifest.entryCount },
        workspace: { id: w.id, name: w.name, ownerOrganizationId: w.organizationId, fourEyes: w.fourEyes },
        offering: { id: offering.id, name: offering.name, description: offering.description },
        components: components.map((c) => ({ id: c.id, name: c.name, kind: c.kind, version: c.version, providerOrganizationId: c.providerOrganizationId, serviceCategory: c.serviceCategory, compatibleRange: null })),
        frameworks: frameworks.map((f) => ({ id: f.id, code: f.code, title: f.title, version: f.version, publisher: f.publisher })),
        markets: scope.markets,
        evidence: { oldestEffectiveDate: ev?.oldest ?? null, earliestValidUntil: ev?.earliest ?? null, count: Number(ev?.n ?? 0) },
      };
    });
  }

  // ── helpers ─────────────────────────────────────────────────────────────────────

  /** A submission open for review work; the first piece of work starts the review. */
  private async reviewable(em: EntityManager, actor: Actor, workspaceId: string, number: number, what: string): Promise<SubmissionEntity> {
    const s = await findSubmission(em, workspaceId, number, true);
    if (s.status === 'submitted') await this.start(em, actor, s);
    else if (s.status !== 'in_review') throw invalidTransition(s, what, `Submission ${s.number} is ${s.status}; you cannot ${what} on it any more (allowed transitions: none — the supplier resubmits).`);
    return s;
  }

  private async start(em: EntityManager, actor: Actor, s: SubmissionEntity): Promise<void> {
    await moveSubmission(em, s, 'in_review');
    await this.record(em, actor, s.workspaceId, { action: 'review.started', subjectType: 'Submission', subjectId: s.id, payload: { number: s.number, from: 'submitted', to: 'in_review' } });
  }

  private async finalize(em: EntityManager, actor: Actor, s: SubmissionEntity, d: DecisionEntity): Promise<void> {
    await moveSubmission(em, s, 'decided');
    await this.record(em, actor, s.workspaceId, { action: 'decision.taken', subjectType: 'Decision', subjectId: d.id, payload: { number: s.number, outcome: d.outcome } });
    await this.outbox.emit(em, {
      type: REVIEW_EVENTS.decisionTaken,
      organizationId: actor.organizationId,
      workspaceId: s.workspaceId,
      payload: { decisionId: d.id, submissionId: s.id, number: s.number, outcome: d.outcome, validFrom: d.validFrom, validUntil: d.validUntil, assessorOrganizationId: d.organizationId },
    });
  }

  private async assertImpartial(em: EntityManager, actor: Actor, s: SubmissionEntity): Promise<void> {
    const rows: { n: number }[] = await em.query(
      `SELECT count(*)::int AS n FROM submission_entries se, jsonb_array_elements(se.content->'evidence') ev WHERE se.submission_id = $1 AND ev->>'uploadedBy' = $2`,
      [s.id, actorId(actor)],
    );
    if (Number(rows[0]?.n ?? 0) > 0) {
      throw new ReviewsError(ReviewsErrorCode.Impartiality, 'Impartiality: you uploaded evidence in this submission, so you may not take part in its decision.', { extensions: { uploadedVersions: Number(rows[0]!.n) } });
    }
  }

  private async assertNoOpenMajors(em: EntityManager, workspaceId: string): Promise<void> {
    const open = await em.getRepository(FindingEntity).find({ select: { id: true }, where: { workspaceId, severity: 'major_nonconformity', status: In(['open', 'responded']) } });
    if (open.length) {
      throw new ReviewsError(ReviewsErrorCode.MajorFindingsOpen, `${open.length} major nonconformit${open.length === 1 ? 'y is' : 'ies are'} still open; close them before a positive decision.`, {
        extensions: { openMajorFindings: open.map((f) => f.id) },
      });
    }
  }

  private async assertContributorConcerned(em: EntityManager, ctx: WorkspaceContext, requirementId: string): Promise<void> {
    // Row-level security shows a contributor only its components' evidence.
    const [row] = (await em.query(
      `SELECT EXISTS (SELECT 1 FROM evidence_links l JOIN evidence e ON e.id = l.evidence_id WHERE l.workspace_id = $1 AND l.requirement_id = $2)
           OR EXISTS (SELECT 1 FROM workspace_applicability a WHERE a.workspace_id = $1 AND a.requirement_id = $2 AND a.component_ids && $3::uuid[]) AS ok`,
      [ctx.workspace.id, requirementId, ctx.participant.componentIds],
    )) as { ok: boolean }[];
    if (!row?.ok) throw new ReviewsError(ReviewsErrorCode.NotYourComponent, 'Contributors answer findings only on requirements their components concern.');
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
    return new ReviewsError(ReviewsErrorCode.InvalidFindingTransition, `The finding is ${f.status}; you cannot ${attempted} it now (allowed: ${allowed.length ? allowed.join(', ') : 'none'}).`, {
      extensions: { status: f.status, attempted, allowed },
    });
  }

  private async findingDetail(em: EntityManager, finding: FindingEntity): Promise<FindingDetail> {
    const [responses, s] = await Promise.all([
      em.getRepository(FindingResponseEntity).find({ where: { findingId: finding.id }, order: { id: 'ASC' } }),
      em.getRepository(SubmissionEntity).findOneOrFail({ select: { id: true, number: true }, where: { id: finding.submissionId } }),
    ]);
    return { finding, submissionNumber: s.number, responses };
  }

  private async addResponse(em: EntityManager, actor: Actor, f: FindingEntity, kind: FindingResponseEntity['kind'], text: string, evidenceVersionIds: string[]): Promise<FindingResponseEntity> {
    const response = em.getRepository(FindingResponseEntity).create({ id: newId(), findingId: f.id, workspaceId: f.workspaceId, organizationId: actor.organizationId, kind, text, evidenceVersionIds, author: actorId(actor), createdAt: new Date() });
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

