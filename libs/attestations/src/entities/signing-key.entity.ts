import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

export type SigningKeyStatus = 'active' | 'retired';

/**
 * An assessor organization's Ed25519 signing key. The public key is published (JWKS, DID
 * document); the private key is stored only encrypted (AES-256-GCM envelope: a per-key
 * data key wrapped by the configured key-encryption key). One key is active; retired
 * keys keep verifying what they signed.
 */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_signing_keys_organization', onDelete: 'RESTRICT' })
@Entity('signing_keys')
@Index('ix_signing_keys_org', ['organizationId', 'createdAt'])
@Index('uq_signing_keys_active', ['organizationId'], { unique: true, where: `status = 'active'` })
@Index('uq_signing_keys_kid', ['kid'], { unique: true })
export class SigningKeyEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  /** The DID URL of the verification method: `<issuer DID>#<JWK thumbprint>`. */
  @Column('text')
  kid: string;

  @Column('text', { default: 'EdDSA' })
  algorithm: string;

  /** Public JWK (OKP, Ed25519): `kty`, `crv`, `x` only. */
  @Column('jsonb')
  publicJwk: Record<string, string>;

  /** Fingerprint of the key-encryption key wrapping the data key. */
  @Column('text')
  kekId: string;

  @Column('text')
  wrappedDek: string;

  @Column('text')
  encryptedPrivateKey: string;

  @Column('text')
  status: SigningKeyStatus;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  retiredAt: Date | null;
}
