import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

export type PersonStatus = 'active' | 'erased';

/**
 * A remote technician in an organization's roster (the employer). Personal fields (display name,
 * internal id, e-mail, certification numbers) are kept only in `personal_data`, sealed under the
 * person's own data key (`person_keys`); erasing the person deletes that key. What the roster
 * needs to count and match (markets, time zones, languages, privileges) stays readable.
 */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_people_organization', onDelete: 'RESTRICT' })
@Entity('people')
@Index('ix_people_org', ['organizationId', 'id'])
@Index('uq_people_internal_ref', ['organizationId', 'internalRefDigest'], { unique: true, where: 'internal_ref_digest IS NOT NULL' })
export class PersonEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** The employing organization. */
  @Column('uuid')
  organizationId: string;

  /** SHA-256 of (organization, internal id): keeps internal ids unique without storing them readable; NULL once erased. */
  @Column('text', { nullable: true })
  internalRefDigest: string | null;

  /** ISO 3166-1 alpha-2 markets served, upper case. */
  @Column('text', { array: true, default: () => "'{}'" })
  markets: string[];

  /** IANA time zones the person works in. */
  @Column('text', { array: true, default: () => "'{}'" })
  timeZones: string[];

  /** BCP 47 language tags. */
  @Column('text', { array: true, default: () => "'{}'" })
  languages: string[];

  /** Remote-access privileges held (e.g. `vpn`, `plc_write`). */
  @Column('text', { array: true, default: () => "'{}'" })
  remotePrivileges: string[];

  /** The personal fields, sealed (KeyRing envelope ciphertext); unreadable once the key is shredded. */
  @Column('text', { nullable: true })
  personalData: string | null;

  @Column('text', { default: 'active' })
  status: PersonStatus;

  @Column('timestamptz', { nullable: true })
  erasedAt: Date | null;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  updatedAt: Date;
}
