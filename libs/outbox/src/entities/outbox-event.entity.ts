import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * An event others must hear of, written in the same transaction as the change. The
 * relay moves it to BullMQ; consumers are idempotent on its id.
 */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_outbox_events_organization', onDelete: 'RESTRICT' })
@ForeignKey('workspaces', ['workspaceId'] as const, ['id'], { name: 'fk_outbox_events_workspace', onDelete: 'RESTRICT' })
@Entity('outbox_events')
@Index('ix_outbox_events_pending', ['id'], { where: 'published_at IS NULL' })
export class OutboxEventEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Column('uuid', { nullable: true })
  workspaceId: string | null;

  @Column('text')
  type: string;

  @Column('jsonb')
  payload: Record<string, unknown>;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  publishedAt: Date | null;
}
