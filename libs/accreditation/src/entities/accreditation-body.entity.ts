import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** The arrangements an accreditation body can be a signatory of. */
export const ACCREDITATION_ARRANGEMENTS = [
  /** Global Accreditation Cooperation MRA: merged the IAF MLA and the ILAC MRA on 1 January 2026. */
  'GAC MRA',
  /** Legacy marks, recognised during the transition to the GAC MRA. */
  'IAF MLA',
  'ILAC MRA',
  /** APAC (Asia Pacific Accreditation Cooperation) MRA. */
  'APAC MRA',
  /** ASEAN sectoral mutual recognition arrangements. */
  'ASEAN MRA EE',
  'ASEAN MRA ICT',
  'ASEAN MRA Prepared Foodstuff',
] as const;
export type AccreditationArrangement = (typeof ACCREDITATION_ARRANGEMENTS)[number];

export interface BodyIdentifier {
  /** e.g. `website`, `lei`, `national-register`, `gac-signatory`. */
  scheme: string;
  value: string;
}

/** A public key the body signs accreditation credentials with (a public JWK; `kid` required). */
export interface BodyPublicKey {
  kid: string;
  kty: string;
  crv?: string;
  x?: string;
  y?: string;
  n?: string;
  e?: string;
  alg?: string;
  [member: string]: unknown;
}

/**
 * One accreditation body on the platform's trust list, curated by the platform operator
 * (never by tenants). Its keys and DIDs decide which accreditation credentials Attesta
 * accepts; `organizationId` links the tenant (kind `accreditation_body`) that may confirm,
 * suspend, withdraw and reinstate accreditations naming it.
 */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'FK_ccd62113514ea2bc2880a37bad7', onDelete: 'RESTRICT' })
@Entity('accreditation_bodies')
@Index('uq_accreditation_bodies_code', ['code'], { unique: true })
@Index('uq_accreditation_bodies_organization', ['organizationId'], { unique: true, where: 'organization_id IS NOT NULL' })
export class AccreditationBodyEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** Stable short code (e.g. `boa-vn`): how the seed file and the CLI name a body. */
  @Column('text')
  code: string;

  @Column('text')
  name: string;

  /** ISO 3166-1 alpha-2. */
  @Column('text')
  country: string;

  @Column('jsonb', { default: () => `'[]'` })
  identifiers: BodyIdentifier[];

  @Column('text', { array: true, default: () => `'{}'` })
  arrangements: string[];

  @Column('jsonb', { default: () => `'[]'` })
  publicKeys: BodyPublicKey[];

  @Column('text', { array: true, default: () => `'{}'` })
  dids: string[];

  @Column('uuid', { nullable: true })
  organizationId: string | null;

  /** Off the list: its accreditations no longer count (kept for history). */
  @Column('boolean', { default: true })
  listed: boolean;

  @Column('integer', { default: 1 })
  version: number;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  updatedAt: Date;
}
