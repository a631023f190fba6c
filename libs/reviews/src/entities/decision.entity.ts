import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

export type DecisionOutcome = 'conformant' | 'conformant_with_conditions' | 'nonconformant';
export const DECISION_OUTCOMES: readonly DecisionOutcome[] = ['conformant', 'conformant_with_conditions', 'nonconformant'];
/** `pending_confirmation` while a four-eyes workspace waits for the second assessor. */
export type DecisionStatus = 'pending_confirmation' | 'final';

/** A condition of a conformant-with-conditions decision. */
export interface DecisionConditionRecord {
  text: string;
  dueDate: string | null;
  findingId: string | null;
}

/** The outcome of a submission, taken by an assessor who produced none of its evidence. */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_decisions_organization', onDelete: 'RESTRICT' })
@ForeignKey('submissions', ['submissionId'] as const, ['id'], { name: 'fk_decisions_submission', onDelete: 'RESTRICT' })
@ForeignKey('workspaces', ['workspaceId'] as const, ['id'], { name: 'fk_decisions_workspace', onDelete: 'RESTRICT' })
@Entity('decisions')
@Index('uq_decisions_submission', ['submissionId'], { unique: true })
@Index('ix_decisions_workspace', ['workspaceId', 'id'])
export class DecisionEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  @Column('uuid')
  submissionId: string;

  /** The assessor organization (the issuer of any attestation). */
  @Column('uuid')
  organizationId: string;

  @Column('text')
  outcome: DecisionOutcome;

  @Column('text')
  scopeStatement: string;

  @Column('date')
  validFrom: string;

  @Column('date')
  validUntil: string;

  @Column('text', { array: true, default: () => "'{}'" })
  conditions: string[];

  /** Frameworks the decision covers: a subset of the workspace's target frameworks. */
  @Column('uuid', { array: true, default: () => "'{}'" })
  scopeFrameworkIds: string[];

  /** ISO 3166-1 alpha-2 markets the decision covers: a subset of the workspace's. */
  @Column('text', { array: true, default: () => "'{}'" })
  scopeMarkets: string[];

  /** The conditions in full (`conditions` keeps their texts). */
  @Column('jsonb', { default: () => "'[]'" })
  conditionDetails: DecisionConditionRecord[];

  /** Component id → the version range the assessor accepted as compatible (semver). */
  @Column('jsonb', { default: () => "'{}'" })
  compatibleRanges: Record<string, string>;

  @Column('text')
  status: DecisionStatus;

  @Column('text')
  decidedBy: string;

  @Column('text', { nullable: true })
  confirmedBy: string | null;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  finalizedAt: Date | null;
}
