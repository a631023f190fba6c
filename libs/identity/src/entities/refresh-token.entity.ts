import { Column, CreateDateColumn, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from './user.entity.js';

/**
 * One refresh token of a rotation family. Each refresh uses the token up and issues the
 * next one in the family; presenting a used token again revokes the whole family.
 */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_refresh_tokens_organization', onDelete: 'RESTRICT' })
@Entity('refresh_tokens')
@Index('ix_refresh_tokens_family', ['familyId'])
@Index('ix_refresh_tokens_user', ['userId'])
export class RefreshTokenEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  userId: string;

  /** The organization the session acts for. */
  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  familyId: string;

  /** SHA-256 (hex) of the secret part. */
  @Column('text', { select: false })
  tokenHash: string;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  usedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}
