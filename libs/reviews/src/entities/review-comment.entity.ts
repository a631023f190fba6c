import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A comment in the thread on one requirement of one submission (append-only). */
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
