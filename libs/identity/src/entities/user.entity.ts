import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('users')
@Index('uq_users_email', ['email'], { unique: true })
export class UserEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** Stored lower-cased. */
  @Column('text')
  email: string;

  @Column('text')
  name: string;

  /** argon2id (PHC string). */
  @Column('text', { select: false })
  passwordHash: string;

  @Column('timestamptz')
  passwordChangedAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
