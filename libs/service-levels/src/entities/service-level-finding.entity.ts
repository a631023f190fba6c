import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** A finding draft for the assessor, opened by a measured breach beyond tolerance (never decided on its own). */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_service_level_findings_organization', onDelete: 'RESTRICT' })
@ForeignKey('organizations', ['assessorOrganizationId'] as const, ['id'], { name: 'fk_service_level_findings_assessor_organization', onDelete: 'RESTRICT' })
@ForeignKey('offering_components', ['componentId'] as const, ['id'], { name: 'fk_service_level_findings_component', onDelete: 'RESTRICT' })
@ForeignKey('submissions', ['submissionId'] as const, ['id'], { name: 'fk_service_level_findings_submission', onDelete: 'RESTRICT' })
@Entity('service_level_findings')
@Index('uq_service_level_findings_period', ['componentId', 'objectiveId', 'periodStart'], { unique: true })
export class ServiceLevelFindingEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** The offering's owner (the supplier). */
  @Column('uuid')
  organizationId: string;

  /** The assessor that attested the objective (null: only declared). */
  @Column('uuid', { nullable: true })
  assessorOrganizationId: string | null;

  @Column('uuid', { nullable: true })
  submissionId: string | null;

  @Column('uuid')
  componentId: string;

  @Column('uuid')
  objectiveId: string;

  @Column('text')
  metric: string;

  @Column('timestamptz')
  periodStart: Date;

  @Column('timestamptz')
  periodEnd: Date;

  @Column('double precision')
  measured: number;

  @Column('jsonb')
  target: { operator: string; value: unknown; unit: string | null; tolerance: number };

  @Column('text')
  status: 'draft';

  @Column('text')
  title: string;

  @Column('timestamptz')
  createdAt: Date;
}
