import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

export type EndpointDisabledReason = 'manual' | 'failing';

/**
 * An organization's webhook receiver. Its signing secret is stored encrypted
 * (AES-256-GCM, the worker needs it to sign) and never returned after creation or
 * rotation. After a rotation the previous secret also signs until it expires, so
 * receivers can switch without dropping messages.
 */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_webhook_endpoints_organization', onDelete: 'RESTRICT' })
@Entity('webhook_endpoints')
@Index('ix_webhook_endpoints_org', ['organizationId', 'id'])
export class WebhookEndpointEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Column('text')
  url: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('text', { array: true })
  eventTypes: string[];

  @Column('boolean')
  enabled: boolean;

  @Column('text', { nullable: true })
  disabledReason: EndpointDisabledReason | null;

  @Column('timestamptz', { nullable: true })
  disabledAt: Date | null;

  /** `v1.<iv>.<tag>.<ciphertext>` (base64url) of the `whsec_…` secret; bound to the endpoint id. */
  @Column('text', { select: false })
  secretCiphertext: string;

  @Column('text', { nullable: true, select: false })
  previousSecretCiphertext: string | null;

  @Column('timestamptz', { nullable: true })
  previousSecretExpiresAt: Date | null;

  /** Failed attempts since the last success (drives the circuit breaker). */
  @Column('integer', { default: 0 })
  consecutiveFailures: number;

  /** First failure since the last success (drives automatic disabling). */
  @Column('timestamptz', { nullable: true })
  failingSince: Date | null;

  /** Circuit breaker: open (no attempts) until this time; past it, one probe may go. Null = closed. */
  @Column('timestamptz', { nullable: true })
  circuitOpenUntil: Date | null;

  @Column('timestamptz', { nullable: true })
  lastSuccessAt: Date | null;

  @Column('timestamptz', { nullable: true })
  lastFailureAt: Date | null;

  /** Optimistic concurrency: the ETag. */
  @Column('integer')
  version: number;

  @Column('uuid')
  createdBy: string;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  updatedAt: Date;
}
