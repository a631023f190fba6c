import { Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { WebhookDeliveryEntity } from './webhook-delivery.entity.js';

export type AttemptOutcome = 'delivered' | 'retrying' | 'failed';

/** One HTTP attempt of a delivery: the delivery log. */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_webhook_delivery_attempts_organization', onDelete: 'RESTRICT' })
@Entity('webhook_delivery_attempts')
@Index('ix_webhook_delivery_attempts_delivery', ['deliveryId', 'number'])
export class WebhookDeliveryAttemptEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  deliveryId: string;

  @Column('integer')
  number: number;

  @Column('timestamptz')
  attemptedAt: Date;

  @Column('integer')
  durationMs: number;

  /** HTTP status; null when no response came (timeout, refused, blocked address). */
  @Column('integer', { nullable: true })
  responseStatus: number | null;

  /** The first KiB of the response body. */
  @Column('text', { nullable: true })
  responseBody: string | null;

  @Column('text', { nullable: true })
  error: string | null;

  @Column('text')
  outcome: AttemptOutcome;

  @ManyToOne(() => WebhookDeliveryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delivery_id' })
  delivery?: WebhookDeliveryEntity;
}
