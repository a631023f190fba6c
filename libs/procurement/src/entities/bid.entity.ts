import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { ComplianceReport, OfferedComponent } from '../compliance.js';

/** A supplier's answer to a tender: an offering and the attestations it relies on. */
@ForeignKey('offerings', ['offeringId'] as const, ['id'], { name: 'fk_bids_offering', onDelete: 'RESTRICT' })
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_bids_organization', onDelete: 'RESTRICT' })
@ForeignKey('tenders', ['tenderId'] as const, ['id'], { name: 'fk_bids_tender', onDelete: 'RESTRICT' })
@ForeignKey('organizations', ['tenderOrganizationId'] as const, ['id'], { name: 'fk_bids_tender_organization', onDelete: 'RESTRICT' })
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

  /** The offering's components as offered when the bid was placed (later changes show as drift). */
  @Column('jsonb', { default: () => "'[]'" })
  offeredComponents: OfferedComponent[];

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

  /** The overall verdict last announced with `bid.compliance_changed` (the reconciliation job compares against it). */
  @Column('text')
  announcedOverall: ComplianceReport['overall'];
}
