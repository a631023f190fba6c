import { Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { AttestedComponent, AttestedFramework, DecisionOutcome } from '../credential.js';

export type AttestationStatus = 'active' | 'suspended' | 'withdrawn' | 'expired' | 'superseded';

/** Every status, in the order the API documents them. */
export const ATTESTATION_STATUSES: readonly AttestationStatus[] = ['active', 'suspended', 'withdrawn', 'expired', 'superseded'];

/**
 * A statement of conformity issued by an assessor organization from a decision, carried
 * as a signed W3C Verifiable Credential (`credential`, application/vc+jwt). Its status is
 * mirrored in the issuer's Bitstring Status Lists at `statusIndex`.
 */
@ForeignKey('accreditations', ['accreditationId'] as const, ['id'], { name: 'FK_95497a942cbf9f9f8720e6eb99b', onDelete: 'RESTRICT' })
@ForeignKey('decisions', ['decisionId'] as const, ['id'], { name: 'fk_attestations_decision', onDelete: 'RESTRICT' })
@ForeignKey('offerings', ['offeringId'] as const, ['id'], { name: 'fk_attestations_offering', onDelete: 'RESTRICT' })
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_attestations_organization', onDelete: 'RESTRICT' })
@ForeignKey('attestations', ['replacedById'] as const, ['id'], { name: 'fk_attestations_replaced_by', onDelete: 'RESTRICT' })
@ForeignKey('attestations', ['replacesId'] as const, ['id'], { name: 'fk_attestations_replaces', onDelete: 'RESTRICT' })
@ForeignKey('signing_keys', ['signingKeyId'] as const, ['id'], { name: 'fk_attestations_signing_key', onDelete: 'RESTRICT' })
@ForeignKey('organizations', ['subjectOrganizationId'] as const, ['id'], { name: 'fk_attestations_subject_organization', onDelete: 'RESTRICT' })
@ForeignKey('submissions', ['submissionId'] as const, ['id'], { name: 'fk_attestations_submission', onDelete: 'RESTRICT' })
@ForeignKey('workspaces', ['workspaceId'] as const, ['id'], { name: 'fk_attestations_workspace', onDelete: 'RESTRICT' })
@Entity('attestations')
@Index('uq_attestations_serial', ['serial'], { unique: true })
@Index('uq_attestations_status_index', ['organizationId', 'statusIndex'], { unique: true })
@Index('ix_attestations_workspace', ['workspaceId', 'id'])
@Index('ix_attestations_org', ['organizationId', 'id'])
@Index('ix_attestations_accreditation', ['accreditationId'], { where: 'accreditation_id IS NOT NULL' })
@Index('ix_attestations_valid_until', ['validUntil'], { where: `status IN ('active', 'suspended')` })
// One decision, one attestation: a fresh issue has no `replaces_id`; a scope reduction's
// re-issue (same decision, `replaces_id` set) replaces it in the decision's own lineage.
@Index('uq_attestations_decision', ['decisionId'], { unique: true, where: 'replaces_id IS NULL' })
// Supersession looks for the issuer's live attestations of the same offering.
@Index('ix_attestations_live_offering', ['organizationId', 'offeringId'], { where: `status IN ('active', 'suspended')` })
@Index('ix_attestations_superseded_by', ['supersededById'])
// A supplier's public trust page lists the attestations issued to it, newest first.
@Index('ix_attestations_subject', ['subjectOrganizationId', 'issuedAt'])
export class AttestationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  serial: string;

  /** The issuer: an assessor organization. */
  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  workspaceId: string;

  /** The manufacturer the attestation is issued to. */
  @Column('uuid')
  subjectOrganizationId: string;

  @Column('text')
  subjectOrganizationName: string;

  @Column('uuid')
  decisionId: string;

  @Column('text')
  outcome: DecisionOutcome;

  @Column('timestamptz')
  decidedAt: Date;

  @Column('uuid')
  submissionId: string;

  @Column('integer')
  submissionNumber: number;

  /** SHA-256 (hex) of the submission manifest. */
  @Column('text')
  submissionDigest: string;

  @Column('uuid')
  offeringId: string;

  @Column('text')
  offeringName: string;

  @Column('jsonb')
  components: AttestedComponent[];

  @Column('jsonb')
  frameworks: AttestedFramework[];

  @Column('text', { array: true })
  markets: string[];

  /** The oldest effective date of the frozen evidence the decision relied on (in scope). */
  @Column('date', { nullable: true })
  evidenceEffectiveFrom: string | null;

  /** The earliest valid-until of that evidence (null: none of it expires). */
  @Column('date', { nullable: true })
  evidenceValidUntil: string | null;

  @Column('text')
  scope: string;

  @Column('jsonb')
  conditions: string[];

  @Column('timestamptz')
  validFrom: Date;

  @Column('timestamptz')
  validUntil: Date;

  @Column('text')
  status: AttestationStatus;

  @Column('text', { nullable: true })
  statusReason: string | null;

  /** Position in the issuer's revocation and suspension lists. */
  @Column('integer')
  statusIndex: number;

  @Column('uuid')
  signingKeyId: string;

  /** The signed credential (compact JWS, typ vc+jwt). */
  @Column('text')
  credential: string;

  @Column('uuid', { nullable: true })
  replacesId: string | null;

  @Column('uuid', { nullable: true })
  replacedById: string | null;

  /** The newer attestation of the same issuer, offering and an overlapping scope that superseded this one. */
  @Column('uuid', { nullable: true })
  supersededById: string | null;

  @ManyToOne(() => AttestationEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'superseded_by_id' })
  supersededBy?: AttestationEntity | null;

  @Column('timestamptz', { nullable: true })
  supersededAt: Date | null;

  /**
   * The older attestations this one supersedes, as its credential names them. They are marked
   * superseded when this one becomes valid: at issuance, or by the scan once its `validFrom` comes.
   */
  @Column('uuid', { array: true, default: () => "'{}'" })
  supersedesIds: string[];

  @Column('text')
  issuedBy: string;

  @Column('timestamptz')
  issuedAt: Date;

  @Column('timestamptz', { nullable: true })
  suspendedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  withdrawnAt: Date | null;

  @Column('timestamptz', { nullable: true })
  expiredAt: Date | null;

  /** When `attestation.expiring` was announced (once per validUntil). */
  @Column('timestamptz', { nullable: true })
  expiringNotifiedFor: Date | null;

  /** The verified accreditation the attestation was issued under; null = issued as non-accredited. */
  @Column('uuid', { nullable: true })
  accreditationId: string | null;

  /** The accreditation claim at issue (`AccreditationClaim` of @attesta/accreditation), or null. */
  @Column('jsonb', { nullable: true })
  accreditation: Record<string, unknown> | null;

  @Column('integer', { default: 1 })
  version: number;

  @Column('timestamptz')
  updatedAt: Date;
}
