import { Injectable } from '@nestjs/common';
import { auditEventAbout, AuditService, type AuditRecord } from '@attesta/audit';
import { Actor, actorId, Db, keysetPage, newId, Page, transactionLock } from '@attesta/core';
import { frameworkControls } from '@attesta/catalog';
import {
  EvidenceService,
  linkedCurrentVersions,
  PREVIEW_BINARY_BYTES,
  PREVIEW_TEXT_BYTES,
  previewKind,
  storedVersion,
  type OpenedVersion,
  type PreviewKind,
  type StoredEvidenceVersion,
} from '@attesta/evidence';
import { offeringComponents } from '@attesta/offerings';
import { OutboxService } from '@attesta/outbox';
import { freezeForSubmission } from '@attesta/service-levels';
import { workspaceScope, type WorkspaceContext } from '@attesta/workspaces';
import { EntityManager, In } from 'typeorm';
import { FindingEntity } from './entities/finding.entity.js';
import { SubmissionEntryEntity, type ManifestEntryContent, type ManifestEvidence } from './entities/submission-entry.entity.js';
import { SubmissionManifestEntity, type ManifestComponent } from './entities/submission-manifest.entity.js';
import { SubmissionEntity, type SubmissionStatus } from './entities/submission.entity.js';
import { VerdictEntity } from './entities/verdict.entity.js';
import { inclusionProof, leafHash, MANIFEST_FORMAT, manifestDigest, manifestDocument, merkleRoot, type InclusionProof } from './manifest.js';
import { assertSoleReviewer, findSubmission, invalidTransition, reviewContext, scopeOf, SUBMISSION_TRANSITIONS } from './review-access.js';
import { ReviewsError, ReviewsErrorCode } from './reviews.errors.js';

export const REVIEW_EVENTS = {
  submissionCreated: 'submission.created',
  changesRequested: 'review.changes_requested',
  findingDueSoon: 'finding.due_soon',
  decisionTaken: 'decision.taken',
} as const;

export interface SubmissionView {
  submission: SubmissionEntity;
  manifest: SubmissionManifestEntity;
  /** Verdicts recorded so far, by outcome. */
  verdicts: Record<string, number>;
  /** Findings tracked on this submission that are open or responded. */
  openFindings: number;
}

export interface EntryProof extends InclusionProof {
  submissionNumber: number;
  digest: string;
  entry: ManifestEntryContent;
}

export interface ManifestVerification {
  valid: boolean;
  submissionNumber: number;
  checkedAt: string;
  entries: { recorded: number; found: number };
  digest: { recorded: string; recomputed: string; matches: boolean };
  merkleRoot: { recorded: string; recomputed: string; matches: boolean };
  /** The digest as the hash-chained audit log recorded it at submission. */
  auditRecord: { found: boolean; digest: string | null; matches: boolean };
  brokenEntries: {
    position: number;
    requirementId: string;
    reason: 'leaf_hash_mismatch' | 'position_gap';
    recordedLeafHash: string;
    recomputedLeafHash: string;
  }[];
}

/** A frozen evidence version opened for the preview pane (the start of a text file, a whole PDF or image). */
export interface OpenedPreview extends OpenedVersion {
  kind: PreviewKind;
  /** The file is longer than what is sent (text kinds only). */
  truncated: boolean;
}

export interface PreviewPlan {
  version: StoredEvidenceVersion;
  kind: PreviewKind;
  truncated: boolean;
}

export interface EntriesQuery {
  limit?: number;
  cursor?: string;
  /** false: only requirements without a verdict yet; true: only judged ones; absent: all. */
  judged?: boolean;
}

const INSERT_CHUNK = 500;

/** Frozen submissions: the manifest, its proofs, its verification and its files. */
@Injectable()
export class SubmissionsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly evidence: EvidenceService,
  ) {}

  /**
   * The owner submits: every applicable requirement with the current version of each
   * evidence item linked to it, frozen with leaf hashes, a Merkle root and a digest.
   * Open findings of earlier submissions move to this one.
   */
  async submit(actor: Actor, workspaceId: string, input: { note?: string } = {}): Promise<SubmissionView> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const ctx = await reviewContext(em, actor, workspaceId, 'create', 'Submission');
      await transactionLock(em, `submissions:${workspaceId}`);
      const latest = await em.getRepository(SubmissionEntity).findOne({ where: { workspaceId }, order: { number: 'DESC' } });
      if (latest && (latest.status === 'submitted' || latest.status === 'in_review')) {
        throw new ReviewsError(
          ReviewsErrorCode.UnderReview,
          `Submission ${latest.number} is ${latest.status.replace('_', ' ')}; wait for the assessors to request changes or decide before submitting again.`,
          {
            extensions: { submission: latest.number, submissionStatus: latest.status },
          },
        );
      }
      // The applicable controls of the target frameworks, in reading order.
      const scope = await workspaceScope(em, workspaceId);
      const notApplicable = new Set(scope.notApplicableRequirementIds);
      const requirements = (await frameworkControls(em, scope.frameworkIds)).filter((r) => !notApplicable.has(r.id));
      const byRequirement = new Map<string, ManifestEvidence[]>();
      for (const r of await linkedCurrentVersions(em, workspaceId)) {
        const list = byRequirement.get(r.requirementId) ?? [];
        list.push({
          evidenceId: r.evidenceId,
          versionId: r.versionId,
          versionNumber: r.versionNumber,
          type: r.type,
          title: r.title,
          componentId: r.componentId,
          filename: r.filename,
          mediaType: r.mediaType,
          size: r.size,
          sha256: r.sha256,
          uploadedBy: r.uploadedBy,
          uploadedByOrganizationId: r.uploadedByOrganizationId,
          effectiveDate: r.effectiveDate,
          validUntil: r.validUntil,
        });
        byRequirement.set(r.requirementId, list);
      }
      const contents: ManifestEntryContent[] = requirements.map((r) => ({
        requirementId: r.id,
        frameworkId: r.frameworkId,
        ref: r.ref,
        evidence: byRequirement.get(r.id) ?? [],
      }));
      const versionCount = contents.reduce((n, c) => n + c.evidence.length, 0);
      if (versionCount === 0) {
        throw new ReviewsError(
          ReviewsErrorCode.NothingLinked,
          'Nothing to submit: no applicable requirement has evidence with an uploaded version linked to it.',
          {
            extensions: { applicableRequirements: requirements.length, linkedVersions: 0 },
          },
        );
      }

      const now = new Date();
      const submission = em.getRepository(SubmissionEntity).create({
        id: newId(),
        workspaceId,
        organizationId: actor.organizationId,
        number: (latest?.number ?? 0) + 1,
        status: 'submitted',
        version: 1,
        submittedBy: actorId(actor),
        note: input.note ?? '',
        createdAt: now,
        updatedAt: now,
      });
      const leaves = contents.map(leafHash);
      const root = merkleRoot(leaves);
      const components = await this.frozenComponents(em, ctx);
      const head = { format: MANIFEST_FORMAT, workspaceId, submissionNumber: submission.number, submittedAt: now, merkleRoot: root, components };
      const manifest = em.getRepository(SubmissionManifestEntity).create({
        submissionId: submission.id,
        workspaceId,
        number: submission.number,
        format: MANIFEST_FORMAT,
        digest: manifestDigest(manifestDocument(head, contents)),
        merkleRoot: root,
        entryCount: contents.length,
        components,
        targetMarkets: [...ctx.workspace.targetMarkets],
        fourEyes: ctx.workspace.fourEyes,
        submittedAt: now,
      });
      await em.getRepository(SubmissionEntity).insert(submission);
      await em.getRepository(SubmissionManifestEntity).insert(manifest);
      // The components' service-level profiles are frozen with it, for the assessor to judge.
      await freezeForSubmission(em, { submissionId: submission.id, submissionNumber: submission.number, workspaceId, offeringId: ctx.workspace.offeringId });
      const rows = contents.map((content, position) => ({
        id: newId(),
        submissionId: submission.id,
        workspaceId,
        position,
        requirementId: content.requirementId,
        evidenceVersionIds: content.evidence.map((e) => e.versionId),
        content,
        leafHash: leaves[position]!,
      }));
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        await em.getRepository(SubmissionEntryEntity).insert(rows.slice(i, i + INSERT_CHUNK) as SubmissionEntryEntity[]);
      }
      const carried = await em
        .getRepository(FindingEntity)
        .createQueryBuilder()
        .update()
        .set({ submissionId: submission.id, updatedAt: now })
        .where(`workspace_id = :ws AND status IN ('open', 'responded')`, { ws: workspaceId })
        .execute();
      await this.record(em, actor, workspaceId, {
        action: 'submission.created',
        subjectType: 'Submission',
        subjectId: submission.id,
        payload: {
          number: submission.number,
          digest: manifest.digest,
          merkleRoot: root,
          entryCount: contents.length,
          evidenceVersionCount: versionCount,
          carriedOverFindings: carried.affected ?? 0,
        },
      });
      await this.outbox.emit(em, {
        type: REVIEW_EVENTS.submissionCreated,
        organizationId: actor.organizationId,
        workspaceId,
        payload: {
          submissionId: submission.id,
          number: submission.number,
          digest: manifest.digest,
          entryCount: contents.length,
          evidenceVersionCount: versionCount,
        },
      });
      return { submission, manifest, verdicts: {}, openFindings: carried.affected ?? 0 };
    });
  }

  /** The workspace's submissions, newest first unless `order` is `asc`. */
  async list(actor: Actor, workspaceId: string, page: { limit?: number; cursor?: string; order?: 'asc' | 'desc' }): Promise<Page<SubmissionView>> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await reviewContext(em, actor, workspaceId, 'read', 'Submission');
      const qb = em.getRepository(SubmissionEntity).createQueryBuilder('s').where('s.workspaceId = :ws', { ws: workspaceId });
      const result = await keysetPage(qb, {
        limit: page.limit,
        cursor: page.cursor,
        keys: [{ column: 's.number', read: (s) => s.number }],
        direction: page.order === 'asc' ? 'ASC' : 'DESC',
      });
      return { nextCursor: result.nextCursor, data: await this.views(em, result.data) };
    });
  }

  async get(actor: Actor, workspaceId: string, number: number): Promise<SubmissionView> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await reviewContext(em, actor, workspaceId, 'read', 'Submission');
      const [view] = await this.views(em, [await findSubmission(em, workspaceId, number)]);
      return view!;
    });
  }

  /** The frozen entries in leaf order. */
  async entries(actor: Actor, workspaceId: string, number: number, query: EntriesQuery): Promise<Page<SubmissionEntryEntity>> {
    const { judged, ...page } = query;
    return this.db.tx(scopeOf(actor), async (em) => {
      const ctx = await reviewContext(em, actor, workspaceId, 'read', 'Submission');
      const s = await findSubmission(em, workspaceId, number);
      const qb = em.getRepository(SubmissionEntryEntity).createQueryBuilder('e').where('e.submissionId = :id', { id: s.id });
      // uq_verdicts_requirement (submission_id, requirement_id) answers the anti-join per row.
      if (judged !== undefined) {
        const verdict = 'SELECT 1 FROM verdicts v WHERE v.submission_id = e.submission_id AND v.requirement_id = e.requirement_id';
        qb.andWhere(judged ? `EXISTS (${verdict})` : `NOT EXISTS (${verdict})`);
      }
      const result = await keysetPage(qb, { ...page, keys: [{ column: 'e.position', read: (e) => e.position }] });
      return { nextCursor: result.nextCursor, data: result.data.map((e) => ({ ...e, content: visibleContent(ctx, e.content) })) };
    });
  }

  /** Proves one requirement's entry is part of the manifest (RFC 9162 inclusion proof). */
  async proof(actor: Actor, workspaceId: string, number: number, requirementId: string): Promise<EntryProof> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const ctx = await reviewContext(em, actor, workspaceId, 'read', 'Submission');
      const s = await findSubmission(em, workspaceId, number);
      const manifest = await em.getRepository(SubmissionManifestEntity).findOneOrFail({ where: { submissionId: s.id } });
      const leaves = await em
        .getRepository(SubmissionEntryEntity)
        .find({ select: { position: true, requirementId: true, leafHash: true }, where: { submissionId: s.id }, order: { position: 'ASC' } });
      const index = leaves.findIndex((l) => l.requirementId === requirementId);
      if (index < 0) throw new ReviewsError(ReviewsErrorCode.EntryNotFound, 'That requirement is not part of this submission.');
      const entry = await em.getRepository(SubmissionEntryEntity).findOneOrFail({ where: { submissionId: s.id, requirementId } });
      return {
        submissionNumber: s.number,
        digest: manifest.digest,
        entry: visibleContent(ctx, entry.content),
        ...inclusionProof(
          leaves.map((l) => l.leafHash),
          index,
        ),
      };
    });
  }

  /** Recomputes every leaf hash, the Merkle root and the digest, and compares with what was recorded. */
  async verify(actor: Actor, workspaceId: string, number: number): Promise<ManifestVerification> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await reviewContext(em, actor, workspaceId, 'read', 'Submission');
      const s = await findSubmission(em, workspaceId, number);
      const manifest = await em.getRepository(SubmissionManifestEntity).findOneOrFail({ where: { submissionId: s.id } });
      const entries = await em.getRepository(SubmissionEntryEntity).find({ where: { submissionId: s.id }, order: { position: 'ASC' } });
      const broken: ManifestVerification['brokenEntries'] = [];
      const recomputedLeaves = entries.map((e, i) => {
        const recomputed = leafHash(e.content);
        if (e.position !== i)
          broken.push({
            position: e.position,
            requirementId: e.requirementId,
            reason: 'position_gap',
            recordedLeafHash: e.leafHash,
            recomputedLeafHash: recomputed,
          });
        else if (recomputed !== e.leafHash)
          broken.push({
            position: e.position,
            requirementId: e.requirementId,
            reason: 'leaf_hash_mismatch',
            recordedLeafHash: e.leafHash,
            recomputedLeafHash: recomputed,
          });
        return recomputed;
      });
      const root = merkleRoot(recomputedLeaves);
      const digest = manifestDigest(
        manifestDocument(
          {
            format: manifest.format,
            workspaceId,
            submissionNumber: manifest.number,
            submittedAt: manifest.submittedAt,
            merkleRoot: root,
            components: manifest.components,
          },
          entries.map((e) => e.content),
        ),
      );
      const event = await auditEventAbout(em, workspaceId, 'submission.created', s.id);
      const auditDigest = typeof event?.payload.digest === 'string' ? event.payload.digest : null;
      const result: ManifestVerification = {
        valid: false,
        submissionNumber: s.number,
        checkedAt: new Date().toISOString(),
        entries: { recorded: manifest.entryCount, found: entries.length },
        digest: { recorded: manifest.digest, recomputed: digest, matches: digest === manifest.digest },
        merkleRoot: { recorded: manifest.merkleRoot, recomputed: root, matches: root === manifest.merkleRoot },
        auditRecord: { found: Boolean(event), digest: auditDigest, matches: auditDigest === manifest.digest },
        brokenEntries: broken,
      };
      result.valid =
        !broken.length && result.digest.matches && result.merkleRoot.matches && result.auditRecord.matches && manifest.entryCount === entries.length;
      return result;
    });
  }

  /** A file the submission froze, and only such a file. */
  async openVersion(actor: Actor, workspaceId: string, number: number, versionId: string, rangeHeader?: string): Promise<OpenedVersion> {
    return this.evidence.openStored(await this.frozenVersion(actor, workspaceId, number, versionId), rangeHeader);
  }

  private frozenVersion(actor: Actor, workspaceId: string, number: number, versionId: string) {
    return this.db.tx(scopeOf(actor), async (em) => {
      await reviewContext(em, actor, workspaceId, 'read', 'Submission');
      const s = await findSubmission(em, workspaceId, number);
      const [frozen] = (await em.query('SELECT 1 AS ok FROM submission_entries WHERE submission_id = $1 AND $2::uuid = ANY (evidence_version_ids) LIMIT 1', [
        s.id,
        versionId,
      ])) as unknown[];
      // Row-level security admits assessors to submitted versions only, contributors to their components'.
      const v = frozen ? await storedVersion(em, workspaceId, versionId) : null;
      if (!v) throw new ReviewsError(ReviewsErrorCode.VersionNotSubmitted, 'That evidence version is not part of this submission.');
      return v;
    });
  }

  /**
   * A frozen version for the preview pane, under the same rules as its download: only types
   * on the preview allow-list, text kinds cut at PREVIEW_TEXT_BYTES, PDFs and images up to
   * PREVIEW_BINARY_BYTES (larger ones are downloaded).
   */
  async openPreview(actor: Actor, workspaceId: string, number: number, versionId: string): Promise<OpenedPreview> {
    const { version, kind, truncated } = await this.preview(actor, workspaceId, number, versionId);
    const opened = await this.evidence.openStored(version, truncated ? `bytes=0-${PREVIEW_TEXT_BYTES - 1}` : undefined);
    return { ...opened, kind, truncated };
  }

  /** Whether and how a frozen version is previewed (the checks of openPreview, without opening the file). */
  async preview(actor: Actor, workspaceId: string, number: number, versionId: string): Promise<PreviewPlan> {
    const version = await this.frozenVersion(actor, workspaceId, number, versionId);
    const kind = previewKind(version.mediaType);
    if (!kind) {
      throw new ReviewsError(ReviewsErrorCode.PreviewUnavailable, `Files of type ${version.mediaType} have no preview; download the file.`, {
        extensions: { reason: 'media_type', mediaType: version.mediaType },
      });
    }
    const textual = kind === 'text' || kind === 'markdown' || kind === 'csv';
    if (!textual && version.size > PREVIEW_BINARY_BYTES) {
      throw new ReviewsError(ReviewsErrorCode.PreviewUnavailable, `The file has ${version.size} bytes, more than a preview shows; download the file.`, {
        extensions: { reason: 'too_large', size: version.size, limit: PREVIEW_BINARY_BYTES },
      });
    }
    return { version, kind, truncated: textual && version.size > PREVIEW_TEXT_BYTES };
  }

  /** Assessors move a review: submitted → in_review → changes_requested (decided comes with a decision). */
  async transition(actor: Actor, workspaceId: string, number: number, to: SubmissionStatus, expectedVersion?: number): Promise<SubmissionView> {
    await this.db.tx(scopeOf(actor), async (em) => {
      await reviewContext(em, actor, workspaceId, 'update', 'Submission');
      const s = await findSubmission(em, workspaceId, number, true);
      await assertSoleReviewer(em, actor, s);
      if (expectedVersion !== undefined && expectedVersion !== s.version) {
        throw new ReviewsError(ReviewsErrorCode.StaleVersion, 'The submission changed since you read it; read it again and retry.', {
          extensions: { currentVersion: s.version },
        });
      }
      if (to === 'decided' && SUBMISSION_TRANSITIONS[s.status].includes('decided')) {
        throw invalidTransition(s, to, 'A submission is decided by recording a decision (POST …/decision), not by a status change.');
      }
      if (!SUBMISSION_TRANSITIONS[s.status].includes(to)) throw invalidTransition(s, to);
      await moveSubmission(em, s, to);
      await this.record(em, actor, workspaceId, {
        action: to === 'in_review' ? 'review.started' : 'review.changes_requested',
        subjectType: 'Submission',
        subjectId: s.id,
        payload: { number: s.number, from: s.status, to },
      });
      if (to === 'changes_requested') {
        const open = await em.getRepository(FindingEntity).count({ where: { submissionId: s.id, status: In(['open', 'responded']) } });
        await this.outbox.emit(em, {
          type: REVIEW_EVENTS.changesRequested,
          organizationId: actor.organizationId,
          workspaceId,
          payload: { submissionId: s.id, number: s.number, openFindings: open },
        });
      }
    });
    return this.get(actor, workspaceId, number);
  }

  /** Every component of the workspace's offering as it stands now, ordered by id (the manifest freezes them). */
  private async frozenComponents(em: EntityManager, ctx: WorkspaceContext): Promise<ManifestComponent[]> {
    return (await offeringComponents(em, ctx.workspace.offeringId)).map((c) => ({
      id: c.id,
      name: c.name,
      kind: c.kind,
      version: c.version,
      providerOrganizationId: c.providerOrganizationId,
      serviceCategory: c.serviceCategory,
    }));
  }

  private async views(em: EntityManager, submissions: SubmissionEntity[]): Promise<SubmissionView[]> {
    if (!submissions.length) return [];
    const ids = submissions.map((s) => s.id);
    // Sequential: one transaction's connection runs one query at a time.
    const manifests = await em.getRepository(SubmissionManifestEntity).find({ where: { submissionId: In(ids) } });
    const verdicts = await em
      .getRepository(VerdictEntity)
      .createQueryBuilder('v')
      .select('v.submissionId', 'id')
      .addSelect('v.outcome', 'outcome')
      .addSelect('count(*)::int', 'n')
      .where('v.submissionId IN (:...ids)', { ids })
      .groupBy('v.submissionId')
      .addGroupBy('v.outcome')
      .getRawMany<{ id: string; outcome: string; n: number }>();
    const findings = await em
      .getRepository(FindingEntity)
      .createQueryBuilder('f')
      .select('f.submissionId', 'id')
      .addSelect('count(*)::int', 'n')
      .where(`f.submissionId IN (:...ids) AND f.status IN ('open', 'responded')`, { ids })
      .groupBy('f.submissionId')
      .getRawMany<{ id: string; n: number }>();
    return submissions.map((submission) => ({
      submission,
      manifest: manifests.find((m) => m.submissionId === submission.id)!,
      verdicts: Object.fromEntries(verdicts.filter((v) => v.id === submission.id).map((v) => [v.outcome, Number(v.n)])),
      openFindings: Number(findings.find((f) => f.id === submission.id)?.n ?? 0),
    }));
  }

  private record(em: EntityManager, actor: Actor, workspaceId: string, record: AuditRecord) {
    return this.audit.record(em, actor, { type: 'workspace', id: workspaceId }, record);
  }
}

/**
 * Contributors see only their own components' evidence in a manifest entry (as they do
 * everywhere else); the leaf hash still covers the whole entry.
 */
function visibleContent(ctx: WorkspaceContext, content: ManifestEntryContent): ManifestEntryContent {
  if (ctx.role !== 'contributor') return content;
  return { ...content, evidence: content.evidence.filter((e) => e.componentId !== null && ctx.participant.componentIds.includes(e.componentId)) };
}

/** Writes a status change (the caller checked it is allowed). */
export async function moveSubmission(em: EntityManager, s: SubmissionEntity, to: SubmissionStatus): Promise<void> {
  await em.getRepository(SubmissionEntity).update({ id: s.id }, { status: to, version: s.version + 1, updatedAt: new Date() });
  s.status = to;
  s.version += 1;
}
