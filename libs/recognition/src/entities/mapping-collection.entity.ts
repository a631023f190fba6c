import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { Confidence, Coverage, FrameworkMapping, Provenance } from '../oscal/oscal-mapping.js';

/** Who owns a collection: shipped with Attesta, a tenant's own, or a scheme owner publishing its crosswalk. */
export type CollectionOwnerKind = 'built_in' | 'tenant' | 'scheme_owner';
export const COLLECTION_OWNER_KINDS: readonly CollectionOwnerKind[] = ['built_in', 'tenant', 'scheme_owner'];
export type ApprovalStatus = 'draft' | 'approved' | 'withdrawn';

/** What each framework pair of a collection carries besides its maps (OSCAL `mapping`). */
export interface StoredFrameworkMapping extends Omit<FrameworkMapping, 'maps' | 'source' | 'target'> {
  sourceFrameworkId: string;
  targetFrameworkId: string;
}

/**
 * An OSCAL 1.2 mapping collection, versioned (code + version per owner) and owned. Only an
 * approved collection counts for recognition; approving one publishes it (every tenant may
 * read it, as the pathways and tender reports that cite it must be checkable). Drafts stay
 * with their owner.
 */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_mapping_collections_organization', onDelete: 'CASCADE' })
@Entity('mapping_collections')
@Index('uq_mapping_collections_code_version', ['organizationId', 'code', 'version'], { unique: true })
@Index('ix_mapping_collections_org', ['organizationId', 'id'])
export class MappingCollectionEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** Null for built-in collections. */
  @Column('uuid', { nullable: true })
  organizationId: string | null;

  @Column('text')
  ownerKind: CollectionOwnerKind;

  /** Stable name of the collection across versions (a slug). */
  @Column('text')
  code: string;

  @Column('text')
  version: string;

  @Column('text')
  title: string;

  /** The document uuid (kept from an import). */
  @Column('uuid')
  oscalUuid: string;

  @Column('timestamptz')
  lastModified: Date;

  @Column('jsonb')
  provenance: Provenance;

  /** One entry per OSCAL `mapping` (framework pair), in document order; maps are rows of mapping_collection_entries. */
  @Column('jsonb')
  frameworkMappings: StoredFrameworkMapping[];

  @Column('text', { default: 'draft' })
  approvalStatus: ApprovalStatus;

  @Column('timestamptz', { nullable: true })
  approvedAt: Date | null;

  /** The user who approved (or withdrew approval) last. */
  @Column('uuid', { nullable: true })
  approvedBy: string | null;

  @Column('integer', { default: 0 })
  entryCount: number;

  @Column('timestamptz')
  createdAt: Date;
}

export type { Confidence, Coverage };
