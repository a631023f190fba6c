import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** Evidence ↔ requirement, with a note on how it satisfies it. */
@ForeignKey('evidence', ['evidenceId'] as const, ['id'], { name: 'fk_evidence_links_evidence', onDelete: 'RESTRICT' })
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_evidence_links_organization', onDelete: 'RESTRICT' })
@ForeignKey('requirements', ['requirementId'] as const, ['id'], { name: 'fk_evidence_links_requirement', onDelete: 'RESTRICT' })
@ForeignKey('workspaces', ['workspaceId'] as const, ['id'], { name: 'fk_evidence_links_workspace', onDelete: 'RESTRICT' })
@Entity('evidence_links')
@Index('uq_evidence_links', ['evidenceId', 'requirementId'], { unique: true })
@Index('ix_evidence_links_workspace_requirement', ['workspaceId', 'requirementId'])
export class EvidenceLinkEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  @Column('uuid')
  evidenceId: string;

  @Column('uuid')
  requirementId: string;

  @Column('text', { default: '' })
  note: string;

  @Column('text')
  createdBy: string;

  @Column('uuid')
  organizationId: string;

  @Column('timestamptz')
  createdAt: Date;
}
