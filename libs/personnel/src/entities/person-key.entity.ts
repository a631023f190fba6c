import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/**
 * A person's data key, wrapped under the configured key-encryption key. Deleting the row is the
 * erasure (crypto-shredding): the sealed personal fields can no longer be opened.
 */
@ForeignKey('people', ['personId'] as const, ['id'], { name: 'fk_person_keys_person', onDelete: 'CASCADE' })
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_person_keys_organization', onDelete: 'RESTRICT' })
@Entity('person_keys')
export class PersonKeyEntity {
  @PrimaryColumn('uuid')
  personId: string;

  @Column('uuid')
  organizationId: string;

  /** Fingerprint of the key-encryption key that wraps the data key. */
  @Column('text')
  kekId: string;

  @Column('text')
  wrappedDek: string;

  @Column('timestamptz')
  createdAt: Date;
}
