import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** A comment in the thread on one requirement of one submission (append-only). */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_review_comments_organization', onDelete: 'RESTRICT' })
@ForeignKey('review_comments', ['parentId'] as const, ['id'], { name: 'fk_review_comments_parent', onDelete: 'RESTRICT' })
@ForeignKey('requirements', ['requirementId'] as const, ['id'], { name: 'fk_review_comments_requirement', onDelete: 'RESTRICT' })
@ForeignKey('submissions', ['submissionId'] as const, ['id'], { name: 'fk_review_comments_submission', onDelete: 'RESTRICT' })
@ForeignKey('workspaces', ['workspaceId'] as const, ['id'], { name: 'fk_review_comments_workspace', onDelete: 'RESTRICT' })
@Entity('review_comments')
@Index('ix_review_comments_thread', ['submissionId', 'requirementId', 'id'])
export class ReviewCommentEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  @Column('uuid')
  submissionId: string;

  @Column('uuid')
  requirementId: string;

  /** The comment it answers, if any. */
  @Column('uuid', { nullable: true })
  parentId: string | null;

  @Column('uuid')
  organizationId: string;

  @Column('text')
  author: string;

  @Column('text')
  body: string;

  @Column('timestamptz')
  createdAt: Date;
}
