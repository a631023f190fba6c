import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { Objective } from '../objectives.js';

export type ObjectiveVerdict = 'pending' | 'attested' | 'rejected';

/**
 * An objective frozen into a submission (from the component's profile at submit time) and the
 * assessor's judgement of it: declared → assessed (who, which submission) → attested.
 */
@ForeignKey('submissions', ['submissionId'] as const, ['id'], { name: 'fk_submission_service_levels_submission', onDelete: 'RESTRICT' })
@ForeignKey('workspaces', ['workspaceId'] as const, ['id'], { name: 'fk_submission_service_levels_workspace', onDelete: 'RESTRICT' })
@ForeignKey('service_level_profiles', ['profileId'] as const, ['id'], { name: 'fk_submission_service_levels_profile', onDelete: 'RESTRICT' })
@ForeignKey('offering_components', ['componentId'] as const, ['id'], { name: 'fk_submission_service_levels_component', onDelete: 'RESTRICT' })
@ForeignKey('organizations', ['assessorOrganizationId'] as const, ['id'], { name: 'fk_submission_service_levels_assessor_organization', onDelete: 'RESTRICT' })
@Entity('submission_service_levels')
@Index('uq_submission_service_levels_objective', ['submissionId', 'objectiveId'], { unique: true })
@Index('ix_submission_service_levels_workspace', ['workspaceId', 'submissionNumber'])
@Index('ix_submission_service_levels_component', ['componentId', 'objectiveId'])
export class SubmissionServiceLevelEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  submissionId: string;

  @Column('integer')
  submissionNumber: number;

  @Column('uuid')
  workspaceId: string;

  @Column('uuid')
  componentId: string;

  @Column('uuid')
  profileId: string;

  @Column('integer')
  profileVersion: number;

  @Column('uuid')
  objectiveId: string;

  @Column('jsonb')
  objective: Objective;

  @Column('text')
  verdict: ObjectiveVerdict;

  @Column('text', { nullable: true })
  assessedBy: string | null;

  @Column('uuid', { nullable: true })
  assessorOrganizationId: string | null;

  @Column('timestamptz', { nullable: true })
  assessedAt: Date | null;

  @Column('text', { default: '' })
  note: string;
}
