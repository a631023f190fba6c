import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * An event others must hear of, written in the same transaction as the change. The
 * relay moves it to BullMQ under a lease; it counts as published once its fan-out ran
 * (at least once: consumers are idempotent on its id).
 */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_outbox_events_organization', onDelete: 'RESTRICT' })
@ForeignKey('workspaces', ['workspaceId'] as const, ['id'], { name: 'fk_outbox_events_workspace', onDelete: 'RESTRICT' })
@Entity('outbox_events')
@Index('ix_outbox_events_pending', ['id'], { where: 'published_at IS NULL' })
export class OutboxEventEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** Null only for the sign-up mails, sent before any organization exists. */
  @Column('uuid', { nullable: true })
  organizationId: string | null;

  @Column('uuid', { nullable: true })
  workspaceId: string | null;

  @Column('text')
  type: string;

  @Column('jsonb')
  payload: Record<string, unknown>;

  @Column('timestamptz')
  createdAt: Date;

  /** Set when the fan-out job has run, not when the event was queued. */
  @Column('timestamptz', { nullable: true })
  publishedAt: Date | null;

  /** How often the relay queued it; each lease is twice the previous one. */
  @Column('integer', { default: 0 })
  relayAttempts: number;

  /** Queued and not to be queued again before this time (its job may still be waiting). */
  @Column('timestamptz', { nullable: true })
  relayLeaseUntil: Date | null;
}
