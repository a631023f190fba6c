import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * An organization-defined parameter value (OSCAL `param` of a target framework) set by the
 * workspace owner as part of its statement of applicability. Shown in rendered statements and
 * written as the param's `values` in the workspace's OSCAL exports.
 */
@ForeignKey('workspaces', ['workspaceId'] as const, ['id'], { name: 'fk_workspace_parameter_values_workspace', onDelete: 'CASCADE' })
@ForeignKey('frameworks', ['frameworkId'] as const, ['id'], { name: 'fk_workspace_parameter_values_framework', onDelete: 'CASCADE' })
@Entity('workspace_parameter_values')
@Index('ix_workspace_parameter_values_framework', ['frameworkId'])
export class ParameterValueEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_workspace_parameter_values' })
  workspaceId: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_workspace_parameter_values' })
  frameworkId: string;

  /** The OSCAL param id, e.g. `ac-02_odp.01`. */
  @PrimaryColumn('text', { primaryKeyConstraintName: 'pk_workspace_parameter_values' })
  paramId: string;

  @Column('text', { array: true })
  values: string[];

  @Column('text')
  updatedBy: string;

  @Column('timestamptz')
  updatedAt: Date;
}
