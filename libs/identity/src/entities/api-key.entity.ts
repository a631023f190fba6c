import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from './organization.entity.js';

/** A machine credential of one organization. The secret is shown once, stored hashed. */
@Entity('api_keys')
@Index('uq_api_keys_prefix', ['prefix'], { unique: true })
@Index('ix_api_keys_org', ['organizationId', 'id'])
export class ApiKeyEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Column('text')
  name: string;

  /** Visible identifier, e.g. `atk_3f9a1c2b7d`. */
  @Column('text')
  prefix: string;

  /** SHA-256 (hex) of the secret part (a 256-bit random value, so no slow hash is needed). */
  @Column('text', { select: false })
  secretHash: string;

  @Column('text', { array: true })
  scopes: string[];

  @Column('timestamptz', { nullable: true })
  expiresAt: Date | null;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  lastUsedAt: Date | null;

  @Column('uuid')
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
}
