import { Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AccreditationBodyEntity } from './accreditation-body.entity.js';

export const ACCREDITATION_STANDARDS = ['ISO/IEC 17065', 'ISO/IEC 17021-1', 'ISO/IEC 17020', 'ISO/IEC 17024', 'ISO/IEC 17025'] as const;
export type AccreditationStandard = (typeof ACCREDITATION_STANDARDS)[number];
/**
 * The standards under which an accredited body issues the statement of conformity an attestation
 * is (UNTP attestationType `certification`): certification of products, processes and services
 * (ISO/IEC 17065) and of management systems (ISO/IEC 17021-1). Accreditation for certifying persons
 * (17024), inspection (17020) or testing (17025) is no accreditation to certify an offering.
 */
export const ATTESTATION_STANDARDS: readonly AccreditationStandard[] = ['ISO/IEC 17065', 'ISO/IEC 17021-1'];

export const ACCREDITATION_STATUSES = ['active', 'suspended', 'withdrawn', 'expired'] as const;
export type AccreditationStatus = (typeof ACCREDITATION_STATUSES)[number];

/** How a record became trustworthy; `declared` = typed by the assessor, counts for nothing. */
export const ACCREDITATION_VERIFICATIONS = ['declared', 'body_confirmed', 'credential', 'operator'] as const;
export type AccreditationVerification = (typeof ACCREDITATION_VERIFICATIONS)[number];
export type VerifiedBy = Exclude<AccreditationVerification, 'declared'>;

export interface AccreditationScope {
  /** Framework codes (catalog `code`), e.g. `attesta-dser`. */
  frameworkCodes: string[];
  /** ISO 3166-1 alpha-2, upper case. */
  markets: string[];
  /** Component service categories (offerings `ServiceCategory`). */
  serviceCategories: string[];
}

/**
 * An assessor organization's accreditation: by a body on the trust list, to a standard,
 * for a scope and a period. Declared by the assessor; verified only by the body (a linked
 * tenant), a credential signed with a key the trust list holds, or the platform operator.
 */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'FK_d6dda2729dfcf8f89bafb99949f', onDelete: 'RESTRICT' })
@Entity('accreditations')
@Index('ix_accreditations_org', ['organizationId', 'id'])
@Index('ix_accreditations_body', ['bodyId', 'id'])
@Index('uq_accreditations_number', ['organizationId', 'bodyId', 'number'], { unique: true })
@Index('ix_accreditations_valid_until', ['validUntil'], { where: `status = 'active'` })
export class AccreditationEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** The accredited assessor organization. */
  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  bodyId: string;

  @ManyToOne(() => AccreditationBodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id' })
  body?: AccreditationBodyEntity;

  @Column('text')
  number: string;

  @Column('text')
  standard: AccreditationStandard;

  @Column('jsonb')
  scope: AccreditationScope;

  @Column('date')
  validFrom: string;

  @Column('date')
  validUntil: string;

  @Column('text')
  status: AccreditationStatus;

  @Column('text', { nullable: true })
  statusReason: string | null;

  @Column('text')
  verification: AccreditationVerification;

  @Column('timestamptz', { nullable: true })
  verifiedAt: Date | null;

  /** Who verified it: `org:<id>` (body tenant), `credential:<kid>`, `operator`. */
  @Column('text', { nullable: true })
  verifiedBy: string | null;

  /** What the verification rests on (operator: the evidence named; credential: its id and kid). */
  @Column('text', { nullable: true })
  verificationEvidence: string | null;

  /** The presented credential (compact JWS), when verified by one. */
  @Column('text', { nullable: true })
  credential: string | null;

  @Column('integer', { default: 1 })
  version: number;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  updatedAt: Date;
}
