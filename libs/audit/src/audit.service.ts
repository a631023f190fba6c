import { Injectable } from '@nestjs/common';
import { assertCan } from '@attesta/access';
import { Actor, actorId, Db, insertable, keysetPage, newId, Page, scopeOf } from '@attesta/core';
import { Brackets, EntityManager, SelectQueryBuilder } from 'typeorm';
import { auditEventHash } from './audit-hash.js';
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
  subjectType?: string;
  subjectId?: string;
  from?: Date;
  to?: Date;
  limit?: number;
  cursor?: string;
}

export interface ChainVerification {
  valid: boolean;
  /** Events checked before stopping. */
  checked: number;
  /** The last position in the stream. */
  length: number;
  /** Position (seq) of the first event that does not verify. */
  firstBrokenSeq: number | null;
  reason: 'hash_mismatch' | 'chain_broken' | 'sequence_gap' | null;
}

const VERIFY_BATCH = 2000;

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
  constructor(private readonly db: Db) {}

  /**
   * Appends to a stream inside the caller's transaction, so the event commits or rolls
   * back with the change it records. A per-stream advisory lock serialises writers.
   */
  async record(em: EntityManager, actor: Actor, stream: AuditStream, record: AuditRecord): Promise<AuditEventEntity> {
    await em.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`audit:${stream.id}`]);
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
      prevHash: head?.hash ?? null,
    });
    event.hash = auditEventHash(event);
    await em.getRepository(AuditEventEntity).insert(insertable(event));
    return event;
  }

  async list(actor: Actor, stream: AuditStream, filter: AuditFilter): Promise<Page<AuditEventEntity>> {
    assertCan(actor, 'read', 'AuditEvent');
    return this.db.tx(scopeOf(actor), async (em) => {
      const qb = em.getRepository(AuditEventEntity).createQueryBuilder('e').where('e.streamId = :sid', { sid: stream.id });
      this.project(qb, await this.projectionOf(em, stream));
      if (filter.action) qb.andWhere('e.action = :action', { action: filter.action });
      if (filter.subjectType) qb.andWhere('e.subjectType = :st', { st: filter.subjectType });
      if (filter.subjectId) qb.andWhere('e.subjectId = :sub', { sub: filter.subjectId });
      if (filter.from) qb.andWhere('e.occurredAt >= :from', { from: filter.from });
      if (filter.to) qb.andWhere('e.occurredAt < :to', { to: filter.to });
      return keysetPage(qb, { limit: filter.limit, cursor: filter.cursor, keys: [{ column: 'e.seq', read: (e) => e.seq }] });
    });
  }

  /**
   * Recomputes the chain from the first event; reports the first position that fails. A reader
   * with a projected view of a workspace stream checks sequence and links over the whole stream
   * (links only, through `audit_chain_links`) and recomputes the content hash of the events it may read.
   */
  async verify(actor: Actor, stream: AuditStream): Promise<ChainVerification> {
    assertCan(actor, 'read', 'AuditEvent');
    return this.db.tx(scopeOf(actor), async (em) => {
      const projection = await this.projectionOf(em, stream);
      if (projection.kind !== 'full') return this.verifyProjected(em, stream, projection);
      let expectedSeq = 1;
      let prevHash: string | null = null;
      let checked = 0;
      let afterSeq = 0;
      for (;;) {
        const batch = await em
          .getRepository(AuditEventEntity)
          .createQueryBuilder('e')
          .where('e.streamId = :sid AND e.seq > :after', { sid: stream.id, after: afterSeq })
          .orderBy('e.seq', 'ASC')
          .limit(VERIFY_BATCH)
          .getMany();
        for (const e of batch) {
          const broken = (reason: ChainVerification['reason'], seq: number): ChainVerification => ({
            valid: false,
            checked,
            length: 0,
            firstBrokenSeq: seq,
            reason,
          });
          if (e.seq !== expectedSeq) return this.withLength(em, stream, broken('sequence_gap', expectedSeq));
          if (e.prevHash !== prevHash) return this.withLength(em, stream, broken('chain_broken', e.seq));
          if (auditEventHash(e) !== e.hash) return this.withLength(em, stream, broken('hash_mismatch', e.seq));
          checked++;
          expectedSeq++;
          prevHash = e.hash;
          afterSeq = e.seq;
        }
        if (batch.length < VERIFY_BATCH) break;
      }
      return { valid: true, checked, length: checked, firstBrokenSeq: null, reason: null };
    });
  }

  private async verifyProjected(em: EntityManager, stream: AuditStream, projection: AuditProjection): Promise<ChainVerification> {
    let expectedSeq = 1;
    let prevHash: string | null = null;
    let checked = 0;
    let afterSeq = 0;
    const broken = (reason: ChainVerification['reason'], seq: number): Promise<ChainVerification> =>
      this.withLength(em, stream, { valid: false, checked, length: 0, firstBrokenSeq: seq, reason });
    for (;;) {
      const links = (await em.query('SELECT seq, prev_hash, hash FROM audit_chain_links($1, $2, $3)', [stream.id, afterSeq, VERIFY_BATCH])) as {
        seq: string;
        prev_hash: string | null;
        hash: string;
      }[];
      if (!links.length) break;
      const lastSeq = Number(links[links.length - 1]!.seq);
      const qb = em
        .getRepository(AuditEventEntity)
        .createQueryBuilder('e')
        .where('e.streamId = :sid AND e.seq > :after AND e.seq <= :last', { sid: stream.id, after: afterSeq, last: lastSeq });
      this.project(qb, projection);
      const visible = new Map((await qb.getMany()).map((e) => [e.seq, e]));
      for (const link of links) {
        const seq = Number(link.seq);
        if (seq !== expectedSeq) return broken('sequence_gap', expectedSeq);
        if (link.prev_hash !== prevHash) return broken('chain_broken', seq);
        const e = visible.get(seq);
        if (e && (e.hash !== link.hash || auditEventHash(e) !== e.hash)) return broken('hash_mismatch', seq);
        checked++;
        expectedSeq++;
        prevHash = link.hash;
        afterSeq = seq;
      }
      if (links.length < VERIFY_BATCH) break;
    }
    return { valid: true, checked, length: checked, firstBrokenSeq: null, reason: null };
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
      qb.andWhere(
        `(e.action NOT LIKE 'evidence.%' OR (CASE WHEN e.subjectType = 'Evidence' THEN e.subjectId ELSE e.payload->>'evidenceId' END) IN (
          SELECT ev.id::text FROM evidence ev WHERE ev.workspace_id = e.streamId AND ev.component_id = ANY(CAST(:componentIds AS uuid[]))))`,
        { componentIds: projection.componentIds },
      );
    }
  }

  private async withLength(em: EntityManager, stream: AuditStream, v: ChainVerification): Promise<ChainVerification> {
    const row = await em
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .select('MAX(e.seq)', 'max')
      .where('e.streamId = :sid', { sid: stream.id })
      .getRawOne<{ max: string | null }>();
    return { ...v, length: Number(row?.max ?? 0) };
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
