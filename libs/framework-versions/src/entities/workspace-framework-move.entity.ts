import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** One verdict carried to the new version's requirement (the history stays with the old one). */
export interface CarriedVerdict {
  requirementId: string;
  ref: string;
  fromRequirementId: string;
  fromRef: string;
  submissionId: string;
  outcome: string;
  comment: string;
  assessorOrganizationId: string;
  recordedAt: string;
}

/** What a move carried forward (equal/equivalent requirements only). */
export interface MoveCarried {
  evidenceLinks: number;
  applicability: number;
  parameterValues: number;
  verdicts: CarriedVerdict[];
}

/** A workspace moved from one framework version to the next by its owner. */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_workspace_framework_moves_organization', onDelete: 'CASCADE' })
@ForeignKey('workspaces', ['workspaceId'] as const, ['id'], { name: 'fk_workspace_framework_moves_workspace', onDelete: 'CASCADE' })
@ForeignKey('framework_version_mappings', ['mappingId'] as const, ['id'], { name: 'fk_workspace_framework_moves_mapping', onDelete: 'RESTRICT' })
@ForeignKey('frameworks', ['fromFrameworkId'] as const, ['id'], { name: 'fk_workspace_framework_moves_from', onDelete: 'RESTRICT' })
@ForeignKey('frameworks', ['toFrameworkId'] as const, ['id'], { name: 'fk_workspace_framework_moves_to', onDelete: 'RESTRICT' })
@Entity('workspace_framework_moves')
@Index('ix_workspace_framework_moves_workspace', ['workspaceId', 'movedAt'])
@Index('ix_workspace_framework_moves_mapping', ['mappingId'])
export class WorkspaceFrameworkMoveEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** The workspace owner's organization. */
  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  workspaceId: string;

  @Column('uuid')
  mappingId: string;

  @Column('uuid')
  fromFrameworkId: string;

  @Column('uuid')
  toFrameworkId: string;

  @Column('jsonb')
  carried: MoveCarried;

  @Column('text')
  movedBy: string;

  @Column('timestamptz')
  movedAt: Date;
}
