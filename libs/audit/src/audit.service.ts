import { Injectable } from '@nestjs/common';
import { assertCan } from '@attesta/access';
import {
  Actor,
  actorId,
  CoreError,
  CoreErrorCode,
  Db,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  insertable,
  MAX_PAGE_SIZE,
  newId,
  Page,
  scopeOf,
  transactionLock,
} from '@attesta/core';
import { Brackets, EntityManager, SelectQueryBuilder } from 'typeorm';
import { AuditCheckpointsService } from './audit-checkpoints.service.js';
import { AUDIT_HASH_VERSION, auditEventHash, preciseTimestamp } from './audit-hash.js';
import { ChainVerifyWorkers, countVerificationRun } from './chain-verify-workers.js';
import {
  type ChainBreak,
  type ChainBreakReason,
  type ChainLink,
  ChainWalk,
  type ChainWalkResult,
  type ChainWalkStart,
  FULL_LINKS_SQL,
  fullLinkOf,
  MAX_BREAKS_LISTED,
  VERIFY_BATCH,
} from './chain-walk.js';
import { AuditError, AuditErrorCode } from './audit.errors.js';
import { AuditCheckpointEntity } from './entities/audit-checkpoint.entity.js';
import { AuditEventEntity, AuditStreamType } from './entities/audit-event.entity.js';

export interface AuditStream {
  type: AuditStreamType;
  id: string;
}

export interface AuditRecord {
  action: string;
  subjectType: string;
  subjectId?: string | null;
  /** Compact and secret-free: ids, names, states; never tokens or keys. */
  payload?: Record<string, unknown>;
}

export interface AuditFilter {
  action?: string;
  /** Any of these actions. */
  actions?: string[];
  subjectType?: string;
  subjectId?: string;
  from?: Date;
  to?: Date;
  limit?: number;
  cursor?: string;
  /** Newest first (`desc`, the default) or oldest first. */
  order?: 'asc' | 'desc';
}

/**
 * The names behind an event's ids, read with the page (null where there is none, or the
 * reader may not read it): who acted, for which organization, and what the event is about.
 */
export interface AuditEventNames {
  /** The acting person's display name (people of the reader's organization and of organizations sharing a workspace with it). */
  actor: string | null;
  /** The acting organization's name. */
  organization: string | null;
  /** The evidence item's title (the subject, or `payload.evidenceId`). */
  evidence: string | null;
  /** The requirement's ref and title (`payload.requirementId`). */
  requirementRef: string | null;
  requirementTitle: string | null;
  /** The finding's title (the subject of finding.* events). */
  finding: string | null;
  /** The organization an event names in `payload.organizationId` (participants invited, removed). */
  participant: string | null;
}

/** An event of a list page with the names behind its ids. */
export type AuditEventView = AuditEventEntity & { names: AuditEventNames };

/** A payload or subject id as a uuid, or null (ids are written by the app, but the payload is free-form). */
const uuidOr = (expr: string) => `CASE WHEN ${expr} ~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$' THEN (${expr})::uuid END`;

/**
 * A page of events with their names, one statement: the page is chosen first (filters,
 * projection, keyset on seq), then each look-up runs once over the page's ids (the names
 * are owned by identity, evidence, catalog and reviews, read through their SQL read models).
 */
function listSql(where: string, order: 'ASC' | 'DESC', limitParam: string): string {
  const evidenceId = `COALESCE(CASE WHEN p.subject_type = 'Evidence' THEN ${uuidOr('p.subject_id')} END, ${uuidOr("p.payload->>'evidenceId'")})`;
  return `WITH p AS (
      SELECT e.*, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_at_precise
        FROM audit_events e WHERE ${where} ORDER BY e.seq ${order} LIMIT ${limitParam}),
    ids AS (
      SELECT p.seq,
             CASE WHEN p.actor_type = 'user' THEN ${uuidOr('p.actor_id')} END AS user_id,
             ${evidenceId} AS evidence_id,
             ${uuidOr("p.payload->>'requirementId'")} AS requirement_id,
             CASE WHEN p.subject_type = 'Finding' THEN ${uuidOr('p.subject_id')} END AS finding_id,
             ${uuidOr("p.payload->>'organizationId'")} AS participant_id
        FROM p),
    actors AS (SELECT * FROM user_display_names(ARRAY(SELECT user_id FROM ids WHERE user_id IS NOT NULL))),
    orgs AS (SELECT id, name FROM org_public_profiles(ARRAY(SELECT organization_id FROM p UNION SELECT participant_id FROM ids WHERE participant_id IS NOT NULL))),
    ev AS (SELECT * FROM evidence_titles(ARRAY(SELECT evidence_id FROM ids WHERE evidence_id IS NOT NULL))),
    req AS (SELECT * FROM requirement_refs(ARRAY(SELECT requirement_id FROM ids WHERE requirement_id IS NOT NULL))),
    fin AS (SELECT * FROM finding_titles(ARRAY(SELECT finding_id FROM ids WHERE finding_id IS NOT NULL)))
    SELECT p.*, actors.name AS actor_name, o.name AS organization_name, ev.title AS evidence_title, req.ref AS requirement_ref,
           req.title AS requirement_title, fin.title AS finding_title, po.name AS participant_name
      FROM p JOIN ids ON ids.seq = p.seq
      LEFT JOIN actors ON actors.id = ids.user_id
      LEFT JOIN orgs o ON o.id = p.organization_id
      LEFT JOIN orgs po ON po.id = ids.participant_id
      LEFT JOIN ev ON ev.id = ids.evidence_id
      LEFT JOIN req ON req.id = ids.requirement_id
      LEFT JOIN fin ON fin.id = ids.finding_id
     ORDER BY p.seq ${order}`;
}

/** The latest checkpoint of a stream as verify judged it. */
export interface CheckpointVerification {
  seq: number;
  hash: string;
  signedAt: Date;
  kid: string | null;
  /** Signature, key and fields verify, and the chain holds that hash at that position. */
  matches: boolean;
}

export interface ChainVerification {
  valid: boolean;
  /** Whether verify started at the latest authentic checkpoint (`incremental` asked and one exists) or at the first event. */
  incremental: boolean;
  /** The first position examined: 1 for a full verification, else the anchoring checkpoint's position. */
  from: number;
  /** Events examined (from `from` to the end). */
  checked: number;
  /** The last position in the stream. */
  length: number;
  /** Position of the first break (the first of `breaks`). */
  firstBrokenSeq: number | null;
  reason: ChainBreakReason | null;
  /** Every break, in stream order (at most MAX_BREAKS_LISTED; `breakCount` counts them all). */
  breaks: ChainBreak[];
  breakCount: number;
  /** The latest signed checkpoint, or null when the stream has none yet. */
  checkpoint: CheckpointVerification | null;
}

/** A stream's signed head as published: the JWS is the statement; the other fields repeat it for convenience. */
export interface SignedCheckpoint {
  streamType: AuditStreamType;
  streamId: string;
  seq: number;
  hash: string;
  signedAt: Date;
  kid: string | null;
  jws: string;
}

/**
 * What a reader sees of a workspace stream (the row-level policy `audit_select` enforces the
 * same under the query): owners and assessors everything; observers outcome events only;
 * contributors everything but evidence events about other components' evidence.
 */
export type AuditProjection = { kind: 'full' } | { kind: 'observer' } | { kind: 'contributor'; componentIds: string[] };

/** Observers read these events of a workspace stream, and no others. */
export const OBSERVER_AUDIT_ACTION_PREFIXES = ['decision.', 'attestation.'] as const;

type Qb = SelectQueryBuilder<AuditEventEntity>;

/** The tamper-evident audit log: one hash chain per organization and per workspace. */
@Injectable()
export class AuditService {
  constructor(
    private readonly db: Db,
    private readonly checkpoints: AuditCheckpointsService,
    private readonly workers: ChainVerifyWorkers,
  ) {}

  /**
   * Appends to a stream inside the caller's transaction, so the event commits or rolls
   * back with the change it records. A per-stream advisory lock serialises writers. The
   * stream's first event and every AUDIT_CHECKPOINT_EVERY-th are sealed by a signed checkpoint
   * in the same transaction.
   */
  async record(em: EntityManager, actor: Actor, stream: AuditStream, record: AuditRecord): Promise<AuditEventEntity> {
    await transactionLock(em, `audit:${stream.id}`);
    // Through a look-up: an appender may not be allowed to read the stream (an invited organization).
    const [head] = (await em.query('SELECT seq, hash FROM audit_stream_head($1, $2)', [stream.type, stream.id])) as { seq: string; hash: string }[];
    const event = em.getRepository(AuditEventEntity).create({
      id: newId(),
      streamType: stream.type,
      streamId: stream.id,
      seq: Number(head?.seq ?? 0) + 1,
      organizationId: actor.organizationId,
      actorType: actor.kind,
      actorId: actorId(actor),
      action: record.action,
      subjectType: record.subjectType,
      subjectId: record.subjectId ?? null,
      payload: record.payload ?? {},
      occurredAt: new Date(),
      hashVersion: AUDIT_HASH_VERSION,
      prevHash: head?.hash ?? null,
    });
    // What PostgreSQL will store: a Date has whole milliseconds, so the microseconds are zero.
    event.occurredAtPrecise = preciseTimestamp(event.occurredAt);
    event.hash = auditEventHash(event)!;
    // No RETURNING (updateEntity(false)): the appender may not be allowed to read the stream back (an invited
    // organization), and under row-level security a returned row must pass the read policy.
    await em.createQueryBuilder().insert().into(AuditEventEntity).values(insertable(event)).updateEntity(false).execute();
    if (this.checkpoints.dueOnAppend(event.seq)) await this.checkpoints.seal(em, stream, { seq: event.seq, hash: event.hash });
    return event;
  }

  /**
   * A page of a stream, newest first unless asked otherwise, with the names behind each
   * event's ids read in the same statement (no look-up per event). Keyset on seq.
   */
  async list(actor: Actor, stream: AuditStream, filter: AuditFilter): Promise<Page<AuditEventView>> {
    assertCan(actor, 'read', 'AuditEvent');
    if (filter.from && filter.to && filter.from > filter.to) {
      throw new CoreError(CoreErrorCode.ValidationFailed, 'to: must not be before from', { errors: [{ field: 'to', message: 'must not be before from' }] });
    }
    const limit = Math.min(filter.limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const order = filter.order === 'asc' ? 'ASC' : 'DESC';
    let after: number | null = null;
    if (filter.cursor) {
      const [v] = decodeCursor(filter.cursor, 1);
      if (typeof v !== 'number' || !Number.isSafeInteger(v)) {
        throw new CoreError(CoreErrorCode.InvalidCursor, 'The cursor is not one this API issued.', {
          errors: [{ field: 'cursor', message: 'is not a valid cursor' }],
        });
      }
      after = v;
    }
    return this.db.tx(scopeOf(actor), async (em) => {
      const params: unknown[] = [stream.id];
      const bind = (v: unknown) => `$${params.push(v)}`;
      const where = ['e.stream_id = $1', this.projectionSql(await this.projectionOf(em, stream))];
      if (filter.action) where.push(`e.action = ${bind(filter.action)}`);
      if (filter.actions?.length) where.push(`e.action = ANY(${bind(filter.actions)}::text[])`);
      if (filter.subjectType) where.push(`e.subject_type = ${bind(filter.subjectType)}`);
      if (filter.subjectId) where.push(`e.subject_id = ${bind(filter.subjectId)}`);
      if (filter.from) where.push(`e.occurred_at >= ${bind(filter.from)}`);
      if (filter.to) where.push(`e.occurred_at < ${bind(filter.to)}`);
      if (after !== null) where.push(`e.seq ${order === 'ASC' ? '>' : '<'} ${bind(after)}`);
      const rows = (await em.query(listSql(where.filter(Boolean).join(' AND '), order, bind(limit + 1)), params)) as Record<string, unknown>[];
      const hasMore = rows.length > limit;
      const data = (hasMore ? rows.slice(0, limit) : rows).map(eventViewOf);
      return { data, nextCursor: hasMore ? encodeCursor([data.at(-1)!.seq]) : null };
    });
  }

  /**
   * Recomputes the chain and checks it against the stream's signed checkpoints; reports every
   * break, not only the first. By default from the first event, every checkpoint included; with
   * `incremental` from the latest authentic checkpoint on (the events since it, and the
   * checkpoint's own position against its signed hash): tampering before it is not looked for. Rows are read in keyset
   * batches of VERIFY_BATCH, all on this transaction's snapshot; a full reader's walk over a long stream runs in a
   * verifier worker with a bounded heap (`walk`). A reader with a projected view of a
   * workspace stream checks sequence and links over the whole stream (links only, through
   * `audit_chain_links`) and recomputes the content hash of the events it may read.
   */
  async verify(actor: Actor, stream: AuditStream, options: { incremental?: boolean } = {}): Promise<ChainVerification> {
    assertCan(actor, 'read', 'AuditEvent');
    return this.db.tx(scopeOf(actor), async (em) => {
      const projection = await this.projectionOf(em, stream);
      let checkpoints = await this.checkpoints.ofStream(em, stream.id);
      // Incremental (on request): from the latest checkpoint a trusted key signed. What it signed
      // (the hash at its position, which covers every earlier event through the chain) was checked
      // when it was made; from there on every link, content hash and later checkpoint is checked.
      let anchor: AuditCheckpointEntity | null = null;
      if (options.incremental) {
        for (let i = checkpoints.length - 1; i >= 0 && !anchor; i--) if (await this.checkpoints.isAuthentic(em, checkpoints[i]!)) anchor = checkpoints[i]!;
        if (anchor) checkpoints = checkpoints.filter((c) => c.seq >= anchor!.seq);
      }
      const from = anchor?.seq ?? 1;
      const walk = await this.walk(em, stream, projection, { from, anchorSeq: anchor?.seq ?? null, signedSeqs: checkpoints.map((c) => c.seq) });
      // The anchoring checkpoint's event is gone (a tail cut before it, or a gap there): nothing to
      // start from, so the whole chain is verified instead.
      if (walk.anchorMissing) return this.verify(actor, stream, { incremental: false });
      const checkpointBreaks: ChainBreak[] = [];
      const checkpoint = await this.checkAgainstCheckpoints(em, checkpoints, new Map(walk.hashAt), walk.length, checkpointBreaks);
      // The walk's breaks are its first ones in stream order, so they and the checkpoints' are the first of all.
      const breaks = [...walk.breaks, ...checkpointBreaks].sort((a, b) => a.seq - b.seq);
      const first = breaks[0];
      return {
        valid: breaks.length === 0,
        incremental: anchor !== null,
        from,
        checked: walk.checked,
        length: walk.length,
        firstBrokenSeq: first?.seq ?? null,
        reason: first?.reason ?? null,
        breaks: breaks.slice(0, MAX_BREAKS_LISTED),
        breakCount: walk.breakCount + checkpointBreaks.length,
        checkpoint,
      };
    });
  }

  /**
   * Sequence, links and content hashes from `start.from` on. A full reader's walk over a long stream
   * (AUDIT_VERIFY_WORKER_MIN_EVENTS) runs in a verifier worker on this transaction's snapshot; if
   * the worker fails, the walk runs here.
   */
  private async walk(em: EntityManager, stream: AuditStream, projection: AuditProjection, start: ChainWalkStart): Promise<ChainWalkResult> {
    if (projection.kind === 'full' && this.workers.enabled && this.workers.wants(await this.eventsFrom(em, stream, start.from))) {
      const handOff = await this.db.handOff(em, 'attesta-audit-verify');
      const result = await this.workers.walk({ ...handOff, streamId: stream.id, start }).catch(() => null);
      if (result) {
        countVerificationRun('worker');
        return result;
      }
    }
    countVerificationRun('in_process');
    const chain = new ChainWalk(start);
    const links = projection.kind === 'full' ? this.fullLinks(em, stream, start.from - 1) : this.projectedLinks(em, stream, projection, start.from - 1);
    // Batches, not single links, come out of the generators: one await per batch of rows instead of a
    // promise per row, and a batch's rows are garbage as soon as it is checked.
    for await (const batch of links) if (!chain.push(batch)) break;
    return chain.result();
  }

  /** Events from position `from` to the stream's head. */
  private async eventsFrom(em: EntityManager, stream: AuditStream, from: number): Promise<number> {
    const [head] = (await em.query('SELECT seq FROM audit_stream_head($1, $2)', [stream.type, stream.id])) as { seq: string | null }[];
    return Math.max(0, Number(head?.seq ?? 0) - from + 1);
  }

  /**
   * Every checkpoint must be authentic and match the chain at its position; the highest
   * authentic one past the chain's end means the tail was cut off.
   */
  private async checkAgainstCheckpoints(
    em: EntityManager,
    checkpoints: AuditCheckpointEntity[],
    hashAt: Map<number, string>,
    length: number,
    breaks: ChainBreak[],
  ): Promise<CheckpointVerification | null> {
    let beyondEnd: number | null = null;
    let latest: CheckpointVerification | null = null;
    for (const cp of checkpoints) {
      let matches = false;
      if (!(await this.checkpoints.isAuthentic(em, cp))) breaks.push({ seq: cp.seq, reason: 'checkpoint_signature_invalid' });
      else if (cp.seq > length) beyondEnd = cp.seq;
      else if (hashAt.get(cp.seq) !== cp.hash) breaks.push({ seq: cp.seq, reason: 'checkpoint_mismatch' });
      else matches = true;
      latest = { seq: cp.seq, hash: cp.hash, signedAt: cp.signedAt, kid: this.checkpoints.kidOf(cp), matches };
    }
    if (beyondEnd !== null) breaks.push({ seq: length + 1, reason: 'truncated', checkpointSeq: beyondEnd });
    return latest;
  }

  /** The whole stream with content, in order (owners, assessors, an organization's own stream). */
  private async *fullLinks(em: EntityManager, stream: AuditStream, startAfter = 0): AsyncGenerator<ChainLink[]> {
    let afterSeq = startAfter;
    for (;;) {
      const batch = (await em.query(FULL_LINKS_SQL, [stream.id, afterSeq, VERIFY_BATCH])) as Record<string, unknown>[];
      yield batch.map(fullLinkOf);
      if (batch.length < VERIFY_BATCH) return;
      afterSeq = Number(batch[batch.length - 1]!.seq);
    }
  }

  /** Every link of a workspace stream, with the content of the events this reader may read. */
  private async *projectedLinks(em: EntityManager, stream: AuditStream, projection: AuditProjection, startAfter = 0): AsyncGenerator<ChainLink[]> {
    let afterSeq = startAfter;
    for (;;) {
      const links = (await em.query('SELECT seq, prev_hash, hash FROM audit_chain_links($1, $2, $3)', [stream.id, afterSeq, VERIFY_BATCH])) as {
        seq: string;
        prev_hash: string | null;
        hash: string;
      }[];
      if (!links.length) return;
      const lastSeq = Number(links[links.length - 1]!.seq);
      const qb = em
        .getRepository(AuditEventEntity)
        .createQueryBuilder('e')
        .where('e.streamId = :sid AND e.seq > :after AND e.seq <= :last', { sid: stream.id, after: afterSeq, last: lastSeq });
      this.project(qb, projection);
      const visible = new Map((await qb.getMany()).map((e) => [e.seq, e]));
      yield links.map((link) => ({ seq: Number(link.seq), prevHash: link.prev_hash, hash: link.hash, event: visible.get(Number(link.seq)) }));
      if (links.length < VERIFY_BATCH) return;
      afterSeq = lastSeq;
    }
  }

  /**
   * The stream's latest signed checkpoint (its signed head), for whoever reads the stream's
   * chain: an organization its own stream, any accepted participant a workspace stream.
   */
  async latestCheckpoint(actor: Actor, stream: AuditStream): Promise<SignedCheckpoint> {
    assertCan(actor, 'read', 'AuditEvent');
    const cp = await this.db.tx(scopeOf(actor), (em) => this.checkpoints.latest(em, stream.id));
    if (!cp) throw new AuditError(AuditErrorCode.CheckpointNotFound, 'This stream has no checkpoint yet.');
    return {
      streamType: cp.streamType,
      streamId: cp.streamId,
      seq: cp.seq,
      hash: cp.hash,
      signedAt: cp.signedAt,
      kid: this.checkpoints.kidOf(cp),
      jws: cp.jws,
    };
  }

  /** The reader's projection of a stream: an organization's own stream is read in full. */
  private async projectionOf(em: EntityManager, stream: AuditStream): Promise<AuditProjection> {
    if (stream.type !== 'workspace') return { kind: 'full' };
    const [row] = (await em.query('SELECT app_ws_role($1) AS role, app_ws_component_scope($1) AS components', [stream.id])) as {
      role: string | null;
      components: string[] | null;
    }[];
    if (row?.role === 'owner' || row?.role === 'assessor') return { kind: 'full' };
    if (row?.role === 'contributor') return { kind: 'contributor', componentIds: row.components ?? [] };
    // Observers, and anyone else the policy lets through: outcome events only.
    return { kind: 'observer' };
  }

  private project(qb: Qb, projection: AuditProjection): void {
    if (projection.kind === 'observer') {
      qb.andWhere(
        new Brackets((w) => {
          OBSERVER_AUDIT_ACTION_PREFIXES.forEach((prefix, i) => w.orWhere(`e.action LIKE :prefix${i}`, { [`prefix${i}`]: `${prefix}%` }));
        }),
      );
    } else if (projection.kind === 'contributor') {
      // Evidence events about other components' evidence stay hidden: the rule (which reads the
      // evidence lib's table) has one home, the SQL function the row-level policy uses too.
      qb.andWhere(`app_ws_audit_visible(e.streamId, e.action, e.subjectType, e.subjectId, e.payload)`);
    }
  }

  /** `project` as a condition on `audit_events e` for the list's statement ('' for a full reader). */
  private projectionSql(projection: AuditProjection): string {
    if (projection.kind === 'observer') return `(${OBSERVER_AUDIT_ACTION_PREFIXES.map((p) => `e.action LIKE '${p}%'`).join(' OR ')})`;
    if (projection.kind === 'contributor') return 'app_ws_audit_visible(e.stream_id, e.action, e.subject_type, e.subject_id, e.payload)';
    return '';
  }

  /** Every event of a stream in order, in batches (for JSON Lines export). */
  async *exportStream(actor: Actor, stream: AuditStream): AsyncGenerator<AuditEventEntity> {
    assertCan(actor, 'read', 'AuditEvent');
    let after = 0;
    for (;;) {
      const batch = await this.db.tx(scopeOf(actor), async (em) => {
        const qb = em.getRepository(AuditEventEntity).createQueryBuilder('e').where('e.streamId = :sid AND e.seq > :after', { sid: stream.id, after });
        this.project(qb, await this.projectionOf(em, stream));
        return qb.orderBy('e.seq', 'ASC').limit(VERIFY_BATCH).getMany();
      });
      yield* batch;
      if (batch.length < VERIFY_BATCH) return;
      after = batch[batch.length - 1]!.seq;
    }
  }
}

/** A row of `listSql` as an event with its names. */
function eventViewOf(r: Record<string, unknown>): AuditEventView {
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return Object.assign(new AuditEventEntity(), {
    id: r.id as string,
    streamType: r.stream_type as AuditStreamType,
    streamId: r.stream_id as string,
    seq: Number(r.seq),
    organizationId: r.organization_id as string,
    actorType: r.actor_type as string,
    actorId: r.actor_id as string,
    action: r.action as string,
    subjectType: r.subject_type as string,
    subjectId: text(r.subject_id),
    payload: r.payload as Record<string, unknown>,
    occurredAt: r.occurred_at as Date,
    occurredAtPrecise: r.occurred_at_precise as string,
    hashVersion: Number(r.hash_version),
    prevHash: text(r.prev_hash),
    hash: r.hash as string,
    names: {
      actor: text(r.actor_name),
      organization: text(r.organization_name),
      evidence: text(r.evidence_title),
      requirementRef: text(r.requirement_ref),
      requirementTitle: text(r.requirement_title),
      finding: text(r.finding_title),
      participant: text(r.participant_name),
    },
  });
}
