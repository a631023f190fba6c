import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** An assessment workspace: one offering × target frameworks × target markets. */
@ForeignKey('offerings', ['offeringId'] as const, ['id'], { name: 'fk_workspaces_offering', onDelete: 'RESTRICT' })
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_workspaces_organization', onDelete: 'RESTRICT' })
@Entity('workspaces')
@Index('ix_workspaces_org', ['organizationId', 'id'])
@Index('ix_workspaces_offering', ['offeringId'])
export class WorkspaceEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** The manufacturer that owns it. */
  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  offeringId: string;

  @Column('text')
  name: string;

  /** ISO 3166-1 alpha-2 codes, upper case. */
  @Column('text', { array: true })
  targetMarkets: string[];

  @Column('text', { default: 'active' })
  status: 'active' | 'archived';

  /** Decisions need a second assessor (four-eyes). */
  @Column('boolean', { default: false })
  fourEyes: boolean;

  @Column('integer', { default: 1 })
  version: number;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  updatedAt: Date;
}
