import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { AssessedItem, CredentialFramework, StatusEntry } from '../credential-check.js';

/**
 * Where an imported credential stands: `recognised` counts (signature, issuer on the trust
 * list, status lists clear, within its validity); every other state keeps it with the reason.
 */
export type ForeignCredentialStatus = 'recognised' | 'unrecognised' | 'suspended' | 'revoked' | 'expired' | 'not_yet_valid' | 'unverifiable';
export const FOREIGN_CREDENTIAL_STATUSES: readonly ForeignCredentialStatus[] = [
  'recognised',
  'unrecognised',
  'suspended',
  'revoked',
  'expired',
  'not_yet_valid',
  'unverifiable',
];

/** A VC 2.0 (vc+jwt) from another issuer that an organization imported, with its last check. */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_foreign_credentials_organization', onDelete: 'CASCADE' })
@ForeignKey('accreditation_bodies', ['trustBodyId'] as const, ['id'], { name: 'fk_foreign_credentials_trust_body', onDelete: 'SET NULL' })
@Entity('foreign_credentials')
@Index('uq_foreign_credentials_org_digest', ['organizationId', 'jwtSha256'], { unique: true })
@Index('ix_foreign_credentials_org', ['organizationId', 'id'])
@Index('ix_foreign_credentials_checked', ['checkedAt'])
export class ForeignCredentialEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** The organization that imported it (the holder). */
  @Column('uuid')
  organizationId: string;

  /** Where it was fetched from; null for an upload. */
  @Column('text', { nullable: true })
  sourceUrl: string | null;

  @Column('text')
  jwt: string;

  @Column('text')
  jwtSha256: string;

  @Column('text')
  issuerDid: string;

  @Column('text', { nullable: true })
  issuerName: string | null;

  @Column('text')
  kid: string;

  @Column('text', { nullable: true })
  credentialId: string | null;

  @Column('text', { nullable: true })
  subjectName: string | null;

  /** `credentialSubject.issuedToParty.id`: the party the credential is issued to. */
  @Column('text', { nullable: true })
  issuedToId: string | null;

  /** `credentialSubject.issuedToParty.name`. */
  @Column('text', { nullable: true })
  issuedToName: string | null;

  @Column('jsonb', { default: () => "'[]'" })
  frameworks: CredentialFramework[];

  /** What its conforming assessments name as assessed (products, services, facilities, the offering); none: the organization. */
  @Column('jsonb', { default: () => "'[]'" })
  assessedItems: AssessedItem[];

  @Column('text', { array: true, default: () => "'{}'" })
  markets: string[];

  @Column('timestamptz', { nullable: true })
  validFrom: Date | null;

  @Column('timestamptz', { nullable: true })
  validUntil: Date | null;

  @Column('jsonb', { default: () => "'[]'" })
  statusEntries: StatusEntry[];

  @Column('text')
  status: ForeignCredentialStatus;

  @Column('text', { nullable: true })
  reasonCode: string | null;

  @Column('text', { nullable: true })
  reasonMessage: string | null;

  /** The trust-list entry (accreditation_bodies) whose DIDs name the issuer, at the last check. */
  @Column('uuid', { nullable: true })
  trustBodyId: string | null;

  @Column('text', { nullable: true })
  trustBodyName: string | null;

  @Column('timestamptz')
  checkedAt: Date;

  @Column('text')
  importedBy: string;

  @Column('integer', { default: 1 })
  version: number;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  updatedAt: Date;
}
