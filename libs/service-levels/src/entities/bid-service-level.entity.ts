import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { AtRisk, RequirementResponse, ServiceLevelReport } from '../criteria.js';

/** A bid's requirement responses (filled from the offering's profile) and their match against the tender's criteria. */
@ForeignKey('bids', ['bidId'] as const, ['id'], { name: 'fk_bid_service_levels_bid', onDelete: 'RESTRICT' })
@ForeignKey('tenders', ['tenderId'] as const, ['id'], { name: 'fk_bid_service_levels_tender', onDelete: 'RESTRICT' })
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_bid_service_levels_organization', onDelete: 'RESTRICT' })
@ForeignKey('organizations', ['tenderOrganizationId'] as const, ['id'], { name: 'fk_bid_service_levels_tender_organization', onDelete: 'RESTRICT' })
@ForeignKey('offerings', ['offeringId'] as const, ['id'], { name: 'fk_bid_service_levels_offering', onDelete: 'RESTRICT' })
@Entity('bid_service_levels')
@Index('ix_bid_service_levels_offering', ['organizationId', 'offeringId'])
export class BidServiceLevelEntity {
  @PrimaryColumn('uuid')
  bidId: string;

  @Column('uuid')
  tenderId: string;

  /** The supplier. */
  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  tenderOrganizationId: string;

  @Column('uuid')
  offeringId: string;

  @Column('jsonb')
  responses: RequirementResponse[];

  /** Relied-on objectives whose measurements breach beyond tolerance, by `componentId:objectiveId`. */
  @Column('jsonb', { default: () => "'[]'" })
  atRisk: AtRisk[];

  @Column('jsonb')
  report: ServiceLevelReport;

  /** What the match needs besides the responses: frameworks attested by relied-on attestations, the offering's service layers. */
  @Column('jsonb')
  matchContext: { attestedFrameworkIds: string[]; serviceLayers: string[] };

  /** The attestations the bid relies on (active or not when it was placed): its answer is judged against them as they stand. */
  @Column('uuid', { array: true, default: () => "'{}'" })
  reliedAttestationIds: string[];

  /** The tender's maximum evidence age: older measurement windows do not count. */
  @Column('integer', { nullable: true })
  maxEvidenceAgeDays: number | null;

  @Column('timestamptz')
  computedAt: Date;
}
