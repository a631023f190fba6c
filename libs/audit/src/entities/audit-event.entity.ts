import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

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

  @Column('text', { nullable: true })
  prevHash: string | null;

  @Column('text')
  hash: string;
}
