import { Inject, Injectable, Logger } from '@nestjs/common';
import { assertCan, assertWorkspaceCan, buildWorkspaceAbility } from '@attesta/access';
import { AuditService, type AuditRecord } from '@attesta/audit';
import { requirementSummaries } from '@attesta/catalog';
import { Actor, actorId, AppConfig, Db, definedOnly, keysetPage, newId, Page, scopeOf, isUniqueViolation } from '@attesta/core';
import { offeringComponentIds } from '@attesta/offerings';
import { OutboxService } from '@attesta/outbox';
import { STORAGE, StorageError, StorageErrorCode, withDigestCheck, type StorageDriver } from '@attesta/storage';
import { applicabilityStatements, workspaceContext, workspaceFrameworkIds, type WorkspaceContext } from '@attesta/workspaces';
import type { Readable } from 'node:stream';
import { EntityManager, In } from 'typeorm';
import { Confidentiality, EvidenceEntity, EvidenceType } from './entities/evidence.entity.js';
import { EvidenceLinkEntity } from './entities/evidence-link.entity.js';
import { EvidenceVersionEntity } from './entities/evidence-version.entity.js';
import { EvidenceError, EvidenceErrorCode } from './evidence.errors.js';
import type { StoredEvidenceVersion } from './evidence.read-model.js';
import { MediaTypeGate, sanitizeFilename } from './media-types.js';

export interface EvidenceInput {
  type: EvidenceType;
  title: string;
  description?: string;
  componentId?: string | null;
  confidentiality: Confidentiality;
  effectiveDate: string;
  validUntil?: string | null;
}

export interface EvidenceDetail {
  evidence: EvidenceEntity;
  versions: EvidenceVersionEntity[];
  links: EvidenceLinkEntity[];
}

/** An evidence item as the list shows it: with its current version (null before the first upload). */
export interface EvidenceListItem {
  evidence: EvidenceEntity;
  currentVersion: EvidenceVersionEntity | null;
}

export interface UploadInput {
  stream: Readable;
  filename?: string;
  declaredMediaType: string;
  /** Hex SHA-256 the client computed, known before the file is read (its form is checked first); a mismatch keeps nothing. */
  expectedSha256?: string;
  /**
   * Every hex SHA-256 the client stated (a header, form fields before or after the file, given
   * more than once), known once the request has been read to its end: each must be the stored
   * bytes' hash, or nothing is kept. A multipart field sent after the file part cannot be read
   * before the file is: without this, it went unchecked and the upload was kept as verified.
   */
  statedSha256?: () => Promise<string[]>;
}

export interface OpenedVersion {
  version: StoredEvidenceVersion;
  stream: Readable;
  /** The inclusive byte range served, when the request asked for one. */
  range?: { start: number; end: number };
}

/**
 * One `Range: bytes=…` range (first-last, first-, or -suffix). Several ranges or an
 * unreadable header are answered with the whole file, as RFC 9110 allows; a range
 * wholly past the end is 416.
 */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | undefined {
  const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  let start: number;
  let end: number;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) throw unsatisfiable(size);
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
    if (m[2] !== '' && Number(m[2]) < start) return undefined;
  }
  if (start >= size) throw unsatisfiable(size);
  return { start, end };
}

function unsatisfiable(size: number): EvidenceError {
  return new EvidenceError(EvidenceErrorCode.RangeNotSatisfiable, `The file has ${size} bytes.`, { extensions: { size } });
}

export const EVIDENCE_EVENTS = {
  versionUploaded: 'evidence.version_uploaded',
  expiring: 'evidence.expiring',
  expired: 'evidence.expired',
  integrityFailed: 'evidence.integrity_failed',
} as const;

/** Evidence items, their immutable file versions, and their links to requirements. */
@Injectable()
export class EvidenceService {
  private readonly logger = new Logger(EvidenceService.name);

  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
    @Inject(STORAGE) private readonly storage: StorageDriver,
  ) {}

  async create(actor: Actor, workspaceId: string, input: EvidenceInput): Promise<EvidenceEntity> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const ctx = await workspaceContext(em, actor, workspaceId, 'create', 'Evidence');
      await this.assertComponent(em, ctx, input.componentId ?? null);
      assertDates(input.effectiveDate, input.validUntil ?? null);
      const now = new Date();
      const evidence = em.getRepository(EvidenceEntity).create({
        id: newId(),
        workspaceId,
        organizationId: actor.organizationId,
        componentId: input.componentId ?? null,
        type: input.type,
        title: input.title.trim(),
        description: input.description ?? '',
        confidentiality: input.confidentiality,
        effectiveDate: input.effectiveDate,
        validUntil: input.validUntil ?? null,
        version: 1,
        currentVersionId: null,
        expiringNotifiedFor: null,
        expiredNotifiedFor: null,
        createdBy: actorId(actor),
        createdAt: now,
        updatedAt: now,
      });
      await em.getRepository(EvidenceEntity).insert(evidence);
      await this.record(em, actor, workspaceId, {
        action: 'evidence.created',
        subjectType: 'Evidence',
        subjectId: evidence.id,
        payload: { type: evidence.type, title: evidence.title, componentId: evidence.componentId },
      });
      return evidence;
    });
  }

  /**
   * Observers (and anyone whose role may not read evidence) learn nothing about it: a
   * read is "not found", not "forbidden". Writes by such roles are plainly forbidden.
   */
  private async evidenceContext(
    em: EntityManager,
    actor: Actor,
    workspaceId: string,
    action: 'read' | 'create' | 'update',
    subject: 'Evidence' | 'EvidenceLink' = 'Evidence',
  ): Promise<WorkspaceContext> {
    assertCan(actor, action, subject);
    const ctx = await workspaceContext(em, actor, workspaceId, 'read', 'Workspace');
    if (!buildWorkspaceAbility(ctx.role).can(action, subject)) {
      if (action === 'read') throw new EvidenceError(EvidenceErrorCode.EvidenceNotFound, 'Evidence not found.');
      assertWorkspaceCan(ctx.role, action, subject);
    }
    return ctx;
  }

  async list(
    actor: Actor,
    workspaceId: string,
    q: { componentId?: string; type?: EvidenceType; requirementId?: string; expiringWithinDays?: number; limit?: number; cursor?: string },
  ): Promise<Page<EvidenceListItem>> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const ctx = await this.evidenceContext(em, actor, workspaceId, 'read');
      const qb = em.getRepository(EvidenceEntity).createQueryBuilder('e').where('e.workspaceId = :ws', { ws: workspaceId });
      // A contributor sees its own components' evidence (the row policy says so too): narrowing here lets
      // ix_evidence_workspace_component find them instead of filtering the whole workspace's evidence. One
      // component as an equality, so that index also gives the page order (no sort of the component's items).
      if (ctx.role === 'contributor') {
        const scope = [...ctx.participant.componentIds];
        if (scope.length === 1) qb.andWhere('e.componentId = :scope', { scope: scope[0] });
        else qb.andWhere('e.componentId = ANY (:scope::uuid[])', { scope });
      }
      if (q.componentId) qb.andWhere('e.componentId = :c', { c: q.componentId });
      if (q.type) qb.andWhere('e.type = :t', { t: q.type });
      if (q.expiringWithinDays !== undefined) {
        qb.andWhere(`e.validUntil IS NOT NULL AND e.validUntil <= (CURRENT_DATE + :d::int)`, { d: q.expiringWithinDays });
      }
      if (q.requirementId) {
        qb.andWhere('EXISTS (SELECT 1 FROM evidence_links l WHERE l.evidence_id = e.id AND l.workspace_id = :ws AND l.requirement_id = :rq)', {
          rq: q.requirementId,
        });
      }
      const page = await keysetPage(qb, { limit: q.limit, cursor: q.cursor, keys: [{ column: 'e.id', read: (e) => e.id }] });
      // The page's current versions in one more statement (not one read per item).
      const versionIds = page.data.map((e) => e.currentVersionId).filter((id): id is string => id !== null);
      const versions = versionIds.length ? await em.getRepository(EvidenceVersionEntity).find({ where: { id: In(versionIds) } }) : [];
      const byId = new Map(versions.map((v) => [v.id, v]));
      return {
        nextCursor: page.nextCursor,
        data: page.data.map((evidence) => ({ evidence, currentVersion: evidence.currentVersionId ? (byId.get(evidence.currentVersionId) ?? null) : null })),
      };
    });
  }

  async get(actor: Actor, workspaceId: string, evidenceId: string): Promise<EvidenceDetail> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await this.evidenceContext(em, actor, workspaceId, 'read');
      const evidence = await this.find(em, workspaceId, evidenceId);
      const versions = await em.getRepository(EvidenceVersionEntity).find({ where: { evidenceId }, order: { number: 'DESC' } });
      const links = await em.getRepository(EvidenceLinkEntity).find({ where: { evidenceId }, order: { createdAt: 'ASC' } });
      return { evidence, versions, links };
    });
  }

  async update(
    actor: Actor,
    workspaceId: string,
    evidenceId: string,
    expectedVersion: number,
    patch: Partial<Omit<EvidenceInput, 'componentId'>>,
  ): Promise<EvidenceEntity> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await workspaceContext(em, actor, workspaceId, 'update', 'Evidence');
      const evidence = await this.find(em, workspaceId, evidenceId);
      assertDates(patch.effectiveDate ?? evidence.effectiveDate, patch.validUntil === undefined ? evidence.validUntil : patch.validUntil);
      const set = definedOnly({ ...patch, title: patch.title?.trim() });
      // What the audit event keeps: the fields whose value changes, each as it was and as it is now (the
      // description by name only). Dates decide coverage, freshness and what a submission freezes: an
      // expired certificate given a new validUntil, or an old policy a new effectiveDate, with no new file,
      // must show in the trail as such, not as "validUntil changed".
      const changed = (Object.keys(set) as (keyof typeof set)[]).filter((k) => set[k] !== evidence[k]);
      const valued = changed.filter((k) => k !== 'description');
      const result = await em
        .getRepository(EvidenceEntity)
        .createQueryBuilder()
        .update()
        .set({ ...set, version: () => 'version + 1', updatedAt: new Date() })
        .where('id = :id AND version = :v', { id: evidenceId, v: expectedVersion })
        .execute();
      if (!result.affected) {
        throw new EvidenceError(EvidenceErrorCode.StaleVersion, 'The evidence changed since you read it; read it again and retry.', {
          extensions: { currentVersion: evidence.version },
        });
      }
      await this.record(em, actor, workspaceId, {
        action: 'evidence.updated',
        subjectType: 'Evidence',
        subjectId: evidenceId,
        payload: {
          changed,
          from: Object.fromEntries(valued.map((k) => [k, evidence[k]])),
          to: Object.fromEntries(valued.map((k) => [k, set[k]])),
        },
      });
      return this.find(em, workspaceId, evidenceId);
    });
  }

  /**
   * Streams a new version: media type checked on the first bytes, hashed and written by
   * the storage driver without buffering, recorded only when the whole file is stored.
   * Any failure (too large, aborted, wrong type, checksum mismatch) leaves no row and
   * no object.
   */
  async uploadVersion(actor: Actor, workspaceId: string, evidenceId: string, receive: () => Promise<UploadInput>): Promise<EvidenceVersionEntity> {
    // Authorise before reading a byte of the body.
    await this.db.tx(scopeOf(actor), async (em) => {
      await this.evidenceContext(em, actor, workspaceId, 'update');
      await this.find(em, workspaceId, evidenceId);
    });
    const upload = await receive();
    const expected = upload.expectedSha256?.toLowerCase();
    if (expected !== undefined && !/^[0-9a-f]{64}$/.test(expected)) {
      upload.stream.resume();
      throw new EvidenceError(EvidenceErrorCode.InvalidChecksum, 'sha256 must be 64 hexadecimal characters.', {
        errors: [{ field: 'sha256', message: 'must be a hex SHA-256' }],
      });
    }

    const versionId = newId();
    const storageKey = `evidence/${workspaceId}/${versionId}`;
    const gate = new MediaTypeGate(upload.declaredMediaType);
    // The gate may fail before the driver has attached to it; the driver still sees the
    // stored error when it does, so an early failure must not become an uncaught one.
    gate.on('error', () => undefined);
    // The multipart parser fails the file stream when the body ends inside the file part: the
    // client's doing, so a 400 naming the file (never a 500, nor a request that waits forever).
    const incomplete = (cause: unknown) =>
      new EvidenceError(EvidenceErrorCode.NoFile, 'The multipart body ended inside the file part.', {
        errors: [{ field: 'file', message: 'is incomplete: the body ended inside it' }],
        cause,
      });
    upload.stream.on('error', (e) => gate.destroy(incomplete(e)));
    // The multipart parser truncates at its file-size limit and says so with 'limit'.
    upload.stream.on('limit', () =>
      gate.destroy(new EvidenceError(EvidenceErrorCode.TooLarge, `The file is larger than the ${this.config.EVIDENCE_MAX_BYTES} bytes allowed.`)),
    );
    upload.stream.pipe(gate);
    // It may have failed already, before anyone listened (the part and the end of the body arrive together).
    if (upload.stream.destroyed && !upload.stream.readableEnded) gate.destroy(incomplete(upload.stream.errored));
    let stored: { size: number; sha256: string };
    try {
      stored = await this.storage.put(storageKey, gate, { maxBytes: this.config.EVIDENCE_MAX_BYTES });
    } catch (e) {
      upload.stream.resume();
      if (e instanceof StorageError && e.code === StorageErrorCode.TooLarge) {
        throw new EvidenceError(EvidenceErrorCode.TooLarge, `The file is larger than the ${this.config.EVIDENCE_MAX_BYTES} bytes allowed.`, { cause: e });
      }
      throw e;
    }
    try {
      if (stored.size === 0) throw new EvidenceError(EvidenceErrorCode.NoFile, 'The file is empty.', { errors: [{ field: 'file', message: 'is empty' }] });
      const stated = new Set([...(expected ? [expected] : []), ...((await upload.statedSha256?.()) ?? []).map((h) => h.toLowerCase())]);
      for (const claimed of stated) {
        if (!/^[0-9a-f]{64}$/.test(claimed)) {
          throw new EvidenceError(EvidenceErrorCode.InvalidChecksum, 'sha256 must be 64 hexadecimal characters; nothing was kept.', {
            errors: [{ field: 'sha256', message: 'must be a hex SHA-256' }],
          });
        }
        if (claimed !== stored.sha256) {
          throw new EvidenceError(
            EvidenceErrorCode.ChecksumMismatch,
            `The file's SHA-256 is ${stored.sha256}, not the ${claimed} you sent; nothing was kept.`,
            {
              errors: [{ field: 'sha256', message: 'does not match the uploaded bytes' }],
            },
          );
        }
      }
      return await this.db.tx(scopeOf(actor), async (em) => {
        await workspaceContext(em, actor, workspaceId, 'update', 'Evidence');
        const evidence = await em
          .getRepository(EvidenceEntity)
          .createQueryBuilder('e')
          .setLock('pessimistic_write')
          .where('e.id = :id AND e.workspaceId = :ws', { id: evidenceId, ws: workspaceId })
          .getOne();
        if (!evidence) throw new EvidenceError(EvidenceErrorCode.EvidenceNotFound, 'Evidence not found.');
        const last = await em.getRepository(EvidenceVersionEntity).maximum('number', { evidenceId });
        const version = em.getRepository(EvidenceVersionEntity).create({
          id: versionId,
          evidenceId,
          workspaceId,
          number: (last ?? 0) + 1,
          storageKey,
          filename: sanitizeFilename(upload.filename),
          mediaType: gate.mediaType ?? upload.declaredMediaType,
          size: stored.size,
          sha256: stored.sha256,
          uploadedBy: actorId(actor),
          uploadedByOrganizationId: actor.organizationId,
          createdAt: new Date(),
        });
        await em.getRepository(EvidenceVersionEntity).insert(version);
        await em.getRepository(EvidenceEntity).update({ id: evidenceId }, { currentVersionId: versionId, updatedAt: new Date() });
        await this.record(em, actor, workspaceId, {
          action: 'evidence.version_uploaded',
          subjectType: 'EvidenceVersion',
          subjectId: versionId,
          payload: { evidenceId, number: version.number, filename: version.filename, size: version.size, sha256: version.sha256, mediaType: version.mediaType },
        });
        await this.outbox.emit(em, {
          type: EVIDENCE_EVENTS.versionUploaded,
          organizationId: actor.organizationId,
          workspaceId,
          payload: { evidenceId, versionId, sha256: version.sha256, size: version.size },
        });
        return version;
      });
    } catch (e) {
      await this.storage.delete(storageKey).catch((err: unknown) => this.logger.error({ err, storageKey }, 'could not remove an unrecorded upload'));
      throw e;
    }
  }

  async listVersions(actor: Actor, workspaceId: string, evidenceId: string): Promise<EvidenceVersionEntity[]> {
    return (await this.get(actor, workspaceId, evidenceId)).versions;
  }

  /** A version's bytes (or a range of them) for download, after the same checks as a read. */
  async openVersion(actor: Actor, workspaceId: string, evidenceId: string, versionId: string, rangeHeader?: string): Promise<OpenedVersion> {
    const version = await this.db.tx(scopeOf(actor), async (em) => {
      await this.evidenceContext(em, actor, workspaceId, 'read');
      await this.find(em, workspaceId, evidenceId);
      const v = await em.getRepository(EvidenceVersionEntity).findOne({ where: { id: versionId, evidenceId } });
      if (!v) throw new EvidenceError(EvidenceErrorCode.VersionNotFound, 'Version not found.');
      return v;
    });
    return this.openStored(version, rangeHeader);
  }

  /**
   * Opens stored bytes of a version the caller was already allowed to see. A whole file is checked
   * against the SHA-256 recorded at upload as it streams (the ETag, the manifests and the portal show
   * that hash): bytes changed in the store since fail the download before its last chunk is sent.
   * A byte range cannot be checked on its own and is served as stored.
   */
  async openStored(version: StoredEvidenceVersion, rangeHeader?: string): Promise<OpenedVersion> {
    const range = parseRange(rangeHeader, version.size);
    const { stream } = await this.storage.get(version.storageKey, range);
    if (range) return { version, stream, range };
    const checked = withDigestCheck(stream, { sha256: version.sha256, size: version.size }, (actual) =>
      this.logger.error(
        {
          versionId: version.id,
          evidenceId: version.evidenceId,
          workspaceId: version.workspaceId,
          recorded: version.sha256,
          actual: actual.sha256,
          size: actual.size,
        },
        'stored evidence does not match its recorded SHA-256: download stopped',
      ),
    );
    return { version, stream: checked };
  }

  async link(actor: Actor, workspaceId: string, evidenceId: string, input: { requirementId: string; note?: string }): Promise<EvidenceLinkEntity> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const ctx = await workspaceContext(em, actor, workspaceId, 'create', 'EvidenceLink');
      const evidence = await this.find(em, workspaceId, evidenceId);
      const frameworkIds = await workspaceFrameworkIds(em, workspaceId);
      const [requirement] = await requirementSummaries(em, [input.requirementId], frameworkIds);
      if (!requirement) {
        throw new EvidenceError(EvidenceErrorCode.UnknownRequirement, "The requirement is not in this workspace's target frameworks.", {
          errors: [{ field: 'requirementId', message: 'is not a requirement of a target framework' }],
        });
      }
      // Only controls are judged: the gap analysis, submissions and verdicts never read a link to a
      // group heading, which would show on the evidence as if it answered something.
      if (requirement.kind !== 'control') {
        throw new EvidenceError(EvidenceErrorCode.UnknownRequirement, `${requirement.ref} is a group of requirements; link the evidence to its controls.`, {
          errors: [{ field: 'requirementId', message: 'is a group, not a control' }],
        });
      }
      await this.assertContributorMayLink(em, ctx, evidence, requirement.id);
      const link = em.getRepository(EvidenceLinkEntity).create({
        id: newId(),
        workspaceId: ctx.workspace.id,
        evidenceId,
        requirementId: requirement.id,
        note: input.note ?? '',
        createdBy: actorId(actor),
        organizationId: actor.organizationId,
        createdAt: new Date(),
      });
      try {
        await em.getRepository(EvidenceLinkEntity).insert(link);
      } catch (e) {
        if (isUniqueViolation(e)) throw new EvidenceError(EvidenceErrorCode.AlreadyLinked, 'This evidence is already linked to that requirement.');
        throw e;
      }
      await this.record(em, actor, workspaceId, {
        action: 'evidence.linked',
        subjectType: 'EvidenceLink',
        subjectId: link.id,
        payload: { evidenceId, requirementId: requirement.id, ref: requirement.ref },
      });
      return link;
    });
  }

  async unlink(actor: Actor, workspaceId: string, evidenceId: string, linkId: string): Promise<void> {
    await this.db.tx(scopeOf(actor), async (em) => {
      await workspaceContext(em, actor, workspaceId, 'delete', 'EvidenceLink');
      await this.find(em, workspaceId, evidenceId);
      const link = await em.getRepository(EvidenceLinkEntity).findOne({ where: { id: linkId, evidenceId } });
      if (!link) throw new EvidenceError(EvidenceErrorCode.LinkNotFound, 'Link not found.');
      await em.getRepository(EvidenceLinkEntity).delete({ id: link.id });
      await this.record(em, actor, workspaceId, {
        action: 'evidence.unlinked',
        subjectType: 'EvidenceLink',
        subjectId: link.id,
        payload: { evidenceId, requirementId: link.requirementId },
      });
    });
  }

  /** Row-level security already hides what a contributor may not see: not found is not found. */
  private async find(em: EntityManager, workspaceId: string, evidenceId: string): Promise<EvidenceEntity> {
    const evidence = await em.getRepository(EvidenceEntity).findOne({ where: { id: evidenceId, workspaceId } });
    if (!evidence) throw new EvidenceError(EvidenceErrorCode.EvidenceNotFound, 'Evidence not found.');
    return evidence;
  }

  private async assertComponent(em: EntityManager, ctx: WorkspaceContext, componentId: string | null): Promise<void> {
    if (ctx.role === 'contributor') {
      assertWorkspaceCan(ctx.role, 'create', 'Evidence');
      if (!componentId || !ctx.participant.componentIds.includes(componentId)) {
        throw new EvidenceError(EvidenceErrorCode.ComponentOutOfScope, 'Contributors add evidence only for the components they provide.', {
          errors: [{ field: 'componentId', message: 'is not one of your components here' }],
        });
      }
    }
    if (componentId) {
      const [found] = await offeringComponentIds(em, ctx.workspace.offeringId, [componentId]);
      if (!found)
        throw new EvidenceError(EvidenceErrorCode.UnknownComponent, "Not a component of this workspace's offering.", {
          errors: [{ field: 'componentId', message: 'names no component of the offering' }],
        });
    }
  }

  /**
   * A contributor's evidence answers only requirements its component may concern: where the owner's
   * statement of applicability ties a requirement to components, the evidence's component must be one
   * of them. Otherwise a vendor's SLA linked to a requirement stated for the hardware alone turned it
   * "covered" in everyone's gap analysis, and made the vendor "concerned" by its findings (it could
   * answer them). A requirement the statement ties to no component is open to every participant.
   */
  private async assertContributorMayLink(em: EntityManager, ctx: WorkspaceContext, evidence: EvidenceEntity, requirementId: string): Promise<void> {
    if (ctx.role !== 'contributor') return;
    const [statement] = await applicabilityStatements(em, ctx.workspace.id, [requirementId]);
    if (!statement?.componentIds.length) return;
    if (evidence.componentId !== null && statement.componentIds.includes(evidence.componentId)) return;
    throw new EvidenceError(
      EvidenceErrorCode.ComponentOutOfScope,
      "The statement of applicability ties this requirement to other components than the evidence's; contributors link evidence only to requirements of their components.",
      { errors: [{ field: 'requirementId', message: "concerns other components than the evidence's" }] },
    );
  }

  private record(em: EntityManager, actor: Actor, workspaceId: string, record: AuditRecord) {
    return this.audit.record(em, actor, { type: 'workspace', id: workspaceId }, record);
  }
}

function assertDates(effectiveDate: string, validUntil: string | null): void {
  if (validUntil && validUntil < effectiveDate) {
    throw new EvidenceError(EvidenceErrorCode.InvalidDates, 'validUntil is before effectiveDate.', {
      errors: [{ field: 'validUntil', message: 'must not be before effectiveDate' }],
    });
  }
}
