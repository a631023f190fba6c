import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** A target framework of a workspace. */
@ForeignKey('frameworks', ['frameworkId'] as const, ['id'], { name: 'fk_workspace_frameworks_framework', onDelete: 'RESTRICT' })
@ForeignKey('workspaces', ['workspaceId'] as const, ['id'], { name: 'fk_workspace_frameworks_workspace', onDelete: 'RESTRICT' })
@Entity('workspace_frameworks')
export class WorkspaceFrameworkEntity {
  @PrimaryColumn('uuid')
  workspaceId: string;

  @PrimaryColumn('uuid')
  frameworkId: string;

  @Column('timestamptz')
  createdAt: Date;
}
