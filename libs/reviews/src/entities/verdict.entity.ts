import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

export type VerdictOutcome = 'satisfied' | 'not_satisfied' | 'not_applicable' | 'needs_information';
export const VERDICT_OUTCOMES: readonly VerdictOutcome[] = ['satisfied', 'not_satisfied', 'not_applicable', 'needs_information'];

/** An assessor's result for one requirement of a submission (last write wins by version). */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_verdicts_organization', onDelete: 'RESTRICT' })
@ForeignKey('requirements', ['requirementId'] as const, ['id'], { name: 'fk_verdicts_requirement', onDelete: 'RESTRICT' })
@ForeignKey('submissions', ['submissionId'] as const, ['id'], { name: 'fk_verdicts_submission', onDelete: 'RESTRICT' })
@ForeignKey('workspaces', ['workspaceId'] as const, ['id'], { name: 'fk_verdicts_workspace', onDelete: 'RESTRICT' })
@Entity('verdicts')
@Index('uq_verdicts_requirement', ['submissionId', 'requirementId'], { unique: true })
@Index('ix_verdicts_workspace', ['workspaceId'])
export class VerdictEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  @Column('uuid')
  submissionId: string;

  @Column('uuid')
  requirementId: string;

  /** The assessor organization. */
  @Column('uuid')
  organizationId: string;

  @Column('text')
  outcome: VerdictOutcome;

  @Column('text', { default: '' })
  comment: string;

  @Column('integer', { default: 1 })
  version: number;

  @Column('text')
  recordedBy: string;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  updatedAt: Date;
}
