import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** Statement of applicability: one requirement of a target framework in one workspace. */
@ForeignKey('requirements', ['requirementId'] as const, ['id'], { name: 'fk_workspace_applicability_requirement', onDelete: 'RESTRICT' })
@ForeignKey('workspaces', ['workspaceId'] as const, ['id'], { name: 'fk_workspace_applicability_workspace', onDelete: 'RESTRICT' })
@Entity('workspace_applicability')
@Index('uq_workspace_applicability', ['workspaceId', 'requirementId'], { unique: true })
export class ApplicabilityEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  @Column('uuid')
  requirementId: string;

  @Column('boolean')
  applicable: boolean;

  @Column('text', { default: '' })
  justification: string;

  /** The components the requirement concerns in this offering. */
  @Column('uuid', { array: true, default: () => "'{}'" })
  componentIds: string[];

  @Column('text')
  updatedBy: string;

  @Column('timestamptz')
  updatedAt: Date;
}
