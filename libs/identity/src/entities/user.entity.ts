import type { Locale } from '@attesta/i18n';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('users')
@Index('uq_users_email', ['email'], { unique: true })
@Check('ck_users_locale', `"locale" IN ('en', 'zh-CN', 'vi', 'th', 'ms', 'id')`)
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

  /** The language chosen for the portal and mail; null until the person chooses one. */
  @Column('text', { nullable: true })
  locale: Locale | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
