import { MemberRole } from '@attesta/core';
import type { Locale } from '@attesta/i18n';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from './organization.entity.js';

/** An invitation of an e-mail address into an organization; single use, expiring. */
@Entity('invitations')
@Index('uq_invitations_token_hash', ['tokenHash'], { unique: true })
@Index('ix_invitations_org', ['organizationId', 'id'])
@Check('ck_invitations_locale', `"locale" IN ('en', 'zh-CN', 'vi', 'th', 'ms', 'id')`)
export class InvitationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Column('text')
  email: string;

  @Column('text')
  role: MemberRole;

  /** SHA-256 (hex) of the token; the token itself is never stored. */
  @Column('text', { select: false })
  tokenHash: string;

  @Column('uuid')
  invitedBy: string;

  @Column('timestamptz')
  expiresAt: Date;

  /** The language the invitation mail is written in (the inviter's, when the invitee has chosen none). */
  @Column('text', { nullable: true })
  locale: Locale | null;

  @Column('timestamptz', { nullable: true })
  acceptedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
}
