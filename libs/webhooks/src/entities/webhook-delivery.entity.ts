import { Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { WebhookEndpointEntity } from './webhook-endpoint.entity.js';

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/**
 * One event for one endpoint: the source of truth of a delivery (the queue only
 * carries a job per pending row, which the recovery sweep re-creates when it is lost).
 * One row per event and endpoint; a manual replay is a further row pointing at it.
 */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_webhook_deliveries_organization', onDelete: 'RESTRICT' })
@ForeignKey('webhook_deliveries', ['replayOfId'] as const, ['id'], { name: 'fk_webhook_deliveries_replay_of', onDelete: 'CASCADE' })
@Entity('webhook_deliveries')
@Index('uq_webhook_deliveries_event_endpoint', ['eventId', 'endpointId'], { unique: true, where: '"replay_of_id" IS NULL' })
@Index('ix_webhook_deliveries_endpoint', ['endpointId', 'id'])
@Index('ix_webhook_deliveries_pending', ['nextAttemptAt'], { where: `"status" = 'pending'` })
export class WebhookDeliveryEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  endpointId: string;

  /** The outbox event id: the `webhook-id` receivers de-duplicate on. */
  @Column('uuid')
  eventId: string;

  @Column('text')
  eventType: string;

  /** The exact JSON body sent (and signed) on every attempt. */
  @Column('text')
  body: string;

  @Column('text')
  status: DeliveryStatus;

  @Column('integer', { default: 0 })
  attempts: number;

  @Column('timestamptz', { nullable: true })
  nextAttemptAt: Date | null;

  @Column('timestamptz', { nullable: true })
  lastAttemptAt: Date | null;

  @Column('integer', { nullable: true })
  lastResponseStatus: number | null;

  @Column('integer', { nullable: true })
  lastDurationMs: number | null;

  @Column('text', { nullable: true })
  lastError: string | null;

  @Column('timestamptz', { nullable: true })
  deliveredAt: Date | null;

  @Column('uuid', { nullable: true })
  replayOfId: string | null;

  @Column('timestamptz')
  createdAt: Date;

  @ManyToOne(() => WebhookEndpointEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'endpoint_id' })
  endpoint?: WebhookEndpointEntity;
}
