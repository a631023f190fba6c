import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** corrective_action: the supplier's answer; accepted / rejected: the assessor's review of it. */
export type FindingResponseKind = 'corrective_action' | 'accepted' | 'rejected';

/** The history of a finding (append-only). */
@ForeignKey('findings', ['findingId'] as const, ['id'], { name: 'fk_finding_responses_finding', onDelete: 'RESTRICT' })
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_finding_responses_organization', onDelete: 'RESTRICT' })
@ForeignKey('workspaces', ['workspaceId'] as const, ['id'], { name: 'fk_finding_responses_workspace', onDelete: 'RESTRICT' })
@Entity('finding_responses')
@Index('ix_finding_responses_finding', ['findingId', 'id'])
export class FindingResponseEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  findingId: string;

  @Column('uuid')
  workspaceId: string;

  @Column('uuid')
  organizationId: string;

  @Column('text')
  kind: FindingResponseKind;

  @Column('text', { default: '' })
  text: string;

  /** Evidence versions a corrective action cites. */
  @Column('uuid', { array: true, default: () => "'{}'" })
  evidenceVersionIds: string[];

  @Column('text')
  author: string;

  @Column('timestamptz')
  createdAt: Date;
}
