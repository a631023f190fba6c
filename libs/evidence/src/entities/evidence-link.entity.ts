import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Evidence ↔ requirement, with a note on how it satisfies it. */
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
