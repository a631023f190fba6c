import { Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AccreditationEntity } from './accreditation.entity.js';
import type { AccreditationStatus, AccreditationVerification } from './accreditation.entity.js';

export type AccreditationEventAction = 'declared' | 'updated' | 'verified' | 'suspended' | 'withdrawn' | 'reinstated' | 'expired';

/** The status log of an accreditation (append-only): every declaration, verification and status change. */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'FK_0dbd4b5b425ec7c3bda7ff6d548', onDelete: 'RESTRICT' })
@Entity('accreditation_events')
@Index('ix_accreditation_events_accreditation', ['accreditationId', 'at'])
export class AccreditationEventEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  accreditationId: string;

  /** The accredited organization (row-level security). */
  @Column('uuid')
  organizationId: string;

  @ManyToOne(() => AccreditationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'accreditation_id' })
  accreditation?: AccreditationEntity;

  @Column('text')
  action: AccreditationEventAction;

  @Column('text')
  status: AccreditationStatus;

  @Column('text', { nullable: true })
  previousStatus: AccreditationStatus | null;

  @Column('text')
  verification: AccreditationVerification;

  /** `user:<id>@<org>`, `api_key:<id>@<org>`, `operator`, `system:<reason>`. */
  @Column('text')
  actor: string;

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('text', { nullable: true })
  evidence: string | null;

  @Column('timestamptz')
  at: Date;
}
