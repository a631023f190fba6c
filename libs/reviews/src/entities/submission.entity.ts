import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

export type SubmissionStatus = 'submitted' | 'in_review' | 'changes_requested' | 'decided';
export const SUBMISSION_STATUSES: readonly SubmissionStatus[] = ['submitted', 'in_review', 'changes_requested', 'decided'];

/**
 * A submission's review state. What was submitted is frozen separately, in the
 * append-only `submission_manifests` and `submission_entries`; only the status moves.
 */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_submissions_organization', onDelete: 'RESTRICT' })
@ForeignKey('workspaces', ['workspaceId'] as const, ['id'], { name: 'fk_submissions_workspace', onDelete: 'RESTRICT' })
@Entity('submissions')
@Index('uq_submissions_number', ['workspaceId', 'number'], { unique: true })
export class SubmissionEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  /** The workspace owner (the manufacturer that submitted). */
  @Column('uuid')
  organizationId: string;

  /** 1, 2, 3 … per workspace. */
  @Column('integer')
  number: number;

  @Column('text')
  status: SubmissionStatus;

  /** Row version: the ETag. */
  @Column('integer', { default: 1 })
  version: number;

  @Column('text')
  submittedBy: string;

  @Column('text', { default: '' })
  note: string;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  updatedAt: Date;
}
