import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AttestedComponent, AttestedFramework, DecisionOutcome } from '../credential.js';

export type AttestationStatus = 'active' | 'suspended' | 'withdrawn' | 'expired';

/**
 * A statement of conformity issued by an assessor organization from a decision, carried
 * as a signed W3C Verifiable Credential (`credential`, application/vc+jwt). Its status is
 * mirrored in the issuer's Bitstring Status Lists at `statusIndex`.
 */
@Entity('attestations')
@Index('uq_attestations_serial', ['serial'], { unique: true })
@Index('uq_attestations_status_index', ['organizationId', 'statusIndex'], { unique: true })
@Index('ix_attestations_workspace', ['workspaceId', 'id'])
@Index('ix_attestations_org', ['organizationId', 'id'])
@Index('ix_attestations_valid_until', ['validUntil'], { where: `status IN ('active', 'suspended')` })
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

  @Column('integer', { default: 1 })
  version: number;

  @Column('timestamptz')
  updatedAt: Date;
}
