import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { Confidence, Coverage, ItemType, MatchingRationale, Qualifier, Relationship } from '../oscal/oscal-mapping.js';

/** One OSCAL `map` of a collection: source requirement <relationship> target requirement. */
@ForeignKey('mapping_collections', ['collectionId'] as const, ['id'], { name: 'fk_mapping_collection_entries_collection', onDelete: 'CASCADE' })
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_mapping_collection_entries_organization', onDelete: 'CASCADE' })
@ForeignKey('requirements', ['sourceRequirementId'] as const, ['id'], { name: 'fk_mapping_collection_entries_source_requirement', onDelete: 'RESTRICT' })
@ForeignKey('requirements', ['targetRequirementId'] as const, ['id'], { name: 'fk_mapping_collection_entries_target_requirement', onDelete: 'RESTRICT' })
@Entity('mapping_collection_entries')
@Index('ix_mapping_collection_entries_collection', ['collectionId', 'mappingIndex', 'sortOrder'])
@Index('ix_mapping_collection_entries_target', ['targetRequirementId'])
@Index('ix_mapping_collection_entries_source', ['sourceRequirementId'])
export class MappingCollectionEntryEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  collectionId: string;

  /** The collection's organization (null: built-in), for row-level security. */
  @Column('uuid', { nullable: true })
  organizationId: string | null;

  /** Index of the framework pair in the collection's `frameworkMappings`. */
  @Column('integer')
  mappingIndex: number;

  @Column('integer')
  sortOrder: number;

  /** The map's OSCAL uuid (kept from an import). */
  @Column('uuid')
  oscalUuid: string;

  @Column('text')
  relationship: Relationship;

  @Column('text', { nullable: true })
  matchingRationale: MatchingRationale | null;

  @Column('uuid')
  sourceRequirementId: string;

  @Column('text')
  sourceType: ItemType;

  @Column('uuid')
  targetRequirementId: string;

  @Column('text')
  targetType: ItemType;

  @Column('jsonb', { nullable: true })
  confidence: Confidence | null;

  @Column('jsonb', { nullable: true })
  coverage: Coverage | null;

  @Column('jsonb', { default: () => "'[]'" })
  qualifiers: Qualifier[];

  @Column('text', { nullable: true })
  remarks: string | null;
}
