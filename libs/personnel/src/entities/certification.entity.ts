import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** The last expiry notice sent for a certification (90/60/30 days ahead, then expired). */
export type ExpiryNotice = 'd90' | 'd60' | 'd30' | 'expired';

/**
 * A person's certification: scheme (an ISO/IEC 17024-style personnel certification, a
 * manufacturer's training programme), level, issuing body, validity and scope. The certificate
 * number is personal and lives in the person's sealed fields. Training records and certificates
 * are evidence items (uploaded through the evidence path) the certification points at.
 */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_certifications_organization', onDelete: 'RESTRICT' })
@ForeignKey('people', ['personId'] as const, ['id'], { name: 'fk_certifications_person', onDelete: 'RESTRICT' })
@ForeignKey('evidence', ['evidenceId'] as const, ['id'], { name: 'fk_certifications_evidence', onDelete: 'RESTRICT' })
@ForeignKey('workspaces', ['evidenceWorkspaceId'] as const, ['id'], { name: 'fk_certifications_evidence_workspace', onDelete: 'RESTRICT' })
@Entity('certifications')
@Index('ix_certifications_org', ['organizationId', 'id'])
@Index('ix_certifications_person', ['personId', 'id'])
@Index('ix_certifications_valid_until', ['validUntil'], { where: 'valid_until IS NOT NULL' })
export class CertificationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  personId: string;

  @Column('text')
  scheme: string;

  @Column('text')
  level: string;

  @Column('text')
  issuingBody: string;

  @Column('date')
  validFrom: string;

  /** NULL: no end date. Active from `validFrom` through `validUntil` (its last day included). */
  @Column('date', { nullable: true })
  validUntil: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  machineFamilies: string[];

  @Column('text', { array: true, default: () => "'{}'" })
  deviceModels: string[];

  /** Service types, e.g. `remote_quality_inspection`, `cloud_om`, `warehouse_saas_support`, `remote_diagnosis`. */
  @Column('text', { array: true, default: () => "'{}'" })
  serviceTypes: string[];

  /** The evidence item holding the certificate or training record (its versions are the uploads). */
  @Column('uuid', { nullable: true })
  evidenceId: string | null;

  /** The workspace of that evidence item (where its versions are uploaded and read). */
  @Column('uuid', { nullable: true })
  evidenceWorkspaceId: string | null;

  @Column('text', { nullable: true })
  expiryNotice: ExpiryNotice | null;

  /**
   * SHA-256 of scheme, issuing body and certificate number (`certificateDigest`): a certificate has one
   * holder, so people holding the same one count once in competence rules. Null without a number, and
   * after the holder's erasure.
   */
  @Column('text', { nullable: true })
  certificateDigest: string | null;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  updatedAt: Date;
}
