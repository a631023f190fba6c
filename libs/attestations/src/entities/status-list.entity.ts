import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import type { StatusPurpose } from '../status-list.js';

/**
 * One Bitstring Status List of an issuer (one per purpose: revocation, suspension): the
 * raw bits and the signed status list credential served publicly (ETag = version).
 */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_attestation_status_lists_organization', onDelete: 'RESTRICT' })
@Entity('attestation_status_lists')
export class StatusListEntity {
  @PrimaryColumn('uuid')
  organizationId: string;

  @PrimaryColumn('text')
  purpose: StatusPurpose;

  @Column('integer')
  size: number;

  @Column('bytea')
  bits: Buffer;

  /** The signed status list credential (application/vc+jwt). */
  @Column('text')
  credential: string;

  @Column('integer', { default: 1 })
  version: number;

  @Column('timestamptz')
  updatedAt: Date;
}
