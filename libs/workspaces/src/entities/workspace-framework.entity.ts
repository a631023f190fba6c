import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A target framework of a workspace. */
@Entity('workspace_frameworks')
export class WorkspaceFrameworkEntity {
  @PrimaryColumn('uuid')
  workspaceId: string;

  @PrimaryColumn('uuid')
  frameworkId: string;

  @Column('timestamptz')
  createdAt: Date;
}
