import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import type { Criterion } from '../criteria.js';

/** A tender's service-level criteria (OCDS requirements extension), set when it is published. */
@ForeignKey('tenders', ['tenderId'] as const, ['id'], { name: 'fk_tender_service_criteria_tender', onDelete: 'RESTRICT' })
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_tender_service_criteria_organization', onDelete: 'RESTRICT' })
@Entity('tender_service_criteria')
export class TenderServiceCriteriaEntity {
  @PrimaryColumn('uuid')
  tenderId: string;

  /** The procurer. */
  @Column('uuid')
  organizationId: string;

  @Column('jsonb')
  criteria: Criterion[];

  /** Measurements older than this many days do not count (the tender's maximum evidence age). */
  @Column('integer', { nullable: true })
  maxEvidenceAgeDays: number | null;

  @Column('timestamptz')
  createdAt: Date;
}
