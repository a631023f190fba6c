import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type AuditCheckpointKeyStatus = 'active' | 'retired';

/**
 * The platform's Ed25519 key that signs audit checkpoints (the log's key, not a tenant's).
 * Public JWK published; the private key stored only encrypted under the configured
 * key-encryption key (the same envelope as issuers' signing keys), so a database superuser
 * can neither sign with it nor slip in a key of its own: a key row whose private half does
 * not open under the KEK, or does not match its public JWK, is not trusted.
 */
@Entity('audit_checkpoint_keys')
@Index('uq_audit_checkpoint_keys_active', ['status'], { unique: true, where: `status = 'active'` })
@Index('uq_audit_checkpoint_keys_kid', ['kid'], { unique: true })
export class AuditCheckpointKeyEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** JWK thumbprint (RFC 7638) of the public key. */
  @Column('text')
  kid: string;

  @Column('text', { default: 'EdDSA' })
  algorithm: string;

  /** Public JWK (OKP, Ed25519): `kty`, `crv`, `x` only. */
  @Column('jsonb')
  publicJwk: Record<string, string>;

  @Column('text')
  kekId: string;

  @Column('text')
  wrappedDek: string;

  @Column('text')
  encryptedPrivateKey: string;

  @Column('text')
  status: AuditCheckpointKeyStatus;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  retiredAt: Date | null;
}
