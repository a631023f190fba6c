import { Column, Entity, ForeignKey, Index, PrimaryColumn, VirtualColumn } from 'typeorm';

export type AuditStreamType = 'organization' | 'workspace';

const bigintAsNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** One append-only, hash-chained record of a change. */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_audit_events_organization', onDelete: 'RESTRICT' })
@Entity('audit_events')
@Index('uq_audit_events_stream_seq', ['streamId', 'seq'], { unique: true })
@Index('ix_audit_events_stream_action', ['streamId', 'action', 'seq'])
@Index('ix_audit_events_stream_subject', ['streamId', 'subjectType', 'subjectId'])
export class AuditEventEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  streamType: AuditStreamType;

  @Column('uuid')
  streamId: string;

  /** Position in the stream, 1-based, without gaps. */
  @Column('bigint', { transformer: bigintAsNumber })
  seq: number;

  /** The acting organization. */
  @Column('uuid')
  organizationId: string;

  @Column('text')
  actorType: string;

  @Column('text')
  actorId: string;

  @Column('text')
  action: string;

  @Column('text')
  subjectType: string;

  @Column('text', { nullable: true })
  subjectId: string | null;

  @Column('jsonb')
  payload: Record<string, unknown>;

  @Column('timestamptz')
  occurredAt: Date;

  /**
   * `occurred_at` exactly as stored, to the microsecond (RFC 3339, UTC), read with every row:
   * what the hash covers (a JavaScript Date keeps milliseconds only, so an edit below the
   * millisecond would go unseen if the Date were hashed).
   */
  @VirtualColumn({ type: 'text', query: (alias) => `to_char(${alias}.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` })
  occurredAtPrecise: string;

  /** The canonical form the hash was computed over (audit-hash.ts): 1 for events written before version 2. */
  @Column('smallint', { default: 1 })
  hashVersion: number;

  @Column('text', { nullable: true })
  prevHash: string | null;

  @Column('text')
  hash: string;
}
