import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { WorkspaceRole } from '@attesta/access';

export type ParticipantStatus = 'invited' | 'accepted' | 'declined' | 'removed';

/** An organization in a workspace with its role (contributors scoped to their components). */
@ForeignKey('organizations', ['invitedByOrganizationId'] as const, ['id'], { name: 'fk_workspace_participants_invited_by_organization', onDelete: 'RESTRICT' })
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_workspace_participants_organization', onDelete: 'RESTRICT' })
@ForeignKey('workspaces', ['workspaceId'] as const, ['id'], { name: 'fk_workspace_participants_workspace', onDelete: 'RESTRICT' })
@Entity('workspace_participants')
@Index('ix_workspace_participants_ws', ['workspaceId', 'id'])
@Index('ix_workspace_participants_org', ['organizationId', 'workspaceId'])
/** One live (invited or accepted) participation per organization and workspace. */
@Index('ux_workspace_participants_live', ['workspaceId', 'organizationId'], { unique: true, where: `status IN ('invited', 'accepted')` })
export class ParticipantEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  /** The participating organization. */
  @Column('uuid')
  organizationId: string;

  @Column('text')
  role: WorkspaceRole;

  @Column('text')
  status: ParticipantStatus;

  /** Contributors: the components they provide and may write evidence for. */
  @Column('uuid', { array: true, default: () => "'{}'" })
  componentIds: string[];

  @Column('uuid')
  invitedByOrganizationId: string;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  respondedAt: Date | null;
}
