import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ComplianceReport } from '../compliance.js';

/** A supplier's answer to a tender: an offering and the attestations it relies on. */
@Entity('bids')
@Index('ix_bids_tender', ['tenderId', 'id'])
@Index('ix_bids_org', ['organizationId', 'id'])
export class BidEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  tenderId: string;

  /** The procurer that owns the tender (it sees every bid on it). */
  @Column('uuid')
  tenderOrganizationId: string;

  /** The supplier. */
  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  offeringId: string;

  @Column('uuid', { array: true })
  attestationIds: string[];

  @Column('text')
  status: 'submitted' | 'withdrawn';

  @Column('jsonb')
  compliance: ComplianceReport;

  @Column('text')
  overall: ComplianceReport['overall'];

  @Column('timestamptz')
  submittedAt: Date;

  @Column('timestamptz', { nullable: true })
  withdrawnAt: Date | null;

  @Column('timestamptz')
  computedAt: Date;
}
