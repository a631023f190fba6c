import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

export type FindingSeverity = 'major_nonconformity' | 'minor_nonconformity' | 'observation';
export const FINDING_SEVERITIES: readonly FindingSeverity[] = ['major_nonconformity', 'minor_nonconformity', 'observation'];
export type FindingStatus = 'open' | 'responded' | 'closed';

/** A nonconformity or observation on a requirement; carried over to the next submission until closed. */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_findings_organization', onDelete: 'RESTRICT' })
@ForeignKey('submissions', ['raisedInSubmissionId'] as const, ['id'], { name: 'fk_findings_raised_in_submission', onDelete: 'RESTRICT' })
@ForeignKey('requirements', ['requirementId'] as const, ['id'], { name: 'fk_findings_requirement', onDelete: 'RESTRICT' })
@ForeignKey('submissions', ['submissionId'] as const, ['id'], { name: 'fk_findings_submission', onDelete: 'RESTRICT' })
@ForeignKey('workspaces', ['workspaceId'] as const, ['id'], { name: 'fk_findings_workspace', onDelete: 'RESTRICT' })
@Entity('findings')
@Index('ix_findings_workspace', ['workspaceId', 'id'])
@Index('ix_findings_requirement', ['workspaceId', 'requirementId', 'status'])
@Index('ix_findings_due', ['status', 'dueDate'])
export class FindingEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  /** The assessor organization that raised it. */
  @Column('uuid')
  organizationId: string;

  /** Where it was raised. */
  @Column('uuid')
  raisedInSubmissionId: string;

  /** The submission it is tracked on now (moves to a resubmission while open). */
  @Column('uuid')
  submissionId: string;

  @Column('uuid')
  requirementId: string;

  @Column('text')
  severity: FindingSeverity;

  @Column('text')
  title: string;

  @Column('text', { default: '' })
  description: string;

  @Column('date', { nullable: true })
  dueDate: string | null;

  @Column('text')
  status: FindingStatus;

  @Column('integer', { default: 1 })
  version: number;

  @Column('text')
  raisedBy: string;

  /** When "due soon" was announced for the current due date (once per date). */
  @Column('date', { nullable: true })
  dueSoonNotifiedFor: string | null;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  updatedAt: Date;

  @Column('timestamptz', { nullable: true })
  closedAt: Date | null;
}
