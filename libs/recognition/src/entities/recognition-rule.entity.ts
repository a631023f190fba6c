import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * "Market M accepts attestations against scheme S, issued by a body accredited under one of
 * these arrangements, as meeting scheme T through this mapping collection, with these
 * residual requirements." Kept by the platform operator (no organization) or by a tenant
 * (a procurer's own rules for its tenders). Rules are public statements: every tenant reads
 * them; only their owner writes them.
 */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_recognition_rules_organization', onDelete: 'CASCADE' })
@ForeignKey('frameworks', ['sourceFrameworkId'] as const, ['id'], { name: 'fk_recognition_rules_source_framework', onDelete: 'RESTRICT' })
@ForeignKey('frameworks', ['targetFrameworkId'] as const, ['id'], { name: 'fk_recognition_rules_target_framework', onDelete: 'RESTRICT' })
@ForeignKey('mapping_collections', ['mappingCollectionId'] as const, ['id'], { name: 'fk_recognition_rules_mapping_collection', onDelete: 'RESTRICT' })
@Entity('recognition_rules')
@Index('ix_recognition_rules_market_target', ['market', 'targetFrameworkId'])
@Index('ix_recognition_rules_org', ['organizationId', 'id'])
export class RecognitionRuleEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** Null: the platform operator's rule. */
  @Column('uuid', { nullable: true })
  organizationId: string | null;

  /** ISO 3166-1 alpha-2. */
  @Column('text')
  market: string;

  @Column('uuid')
  sourceFrameworkId: string;

  @Column('uuid')
  targetFrameworkId: string;

  @Column('uuid')
  mappingCollectionId: string;

  /** Accreditation arrangements the issuer's body must be a signatory of (empty: any issuer). */
  @Column('text', { array: true, default: () => "'{}'" })
  arrangements: string[];

  /** Whether requirements the mapping leaves (partly) unmapped may remain as listed residual gaps. */
  @Column('boolean', { default: true })
  acceptsResidualGaps: boolean;

  /** What the market asks on top (e.g. a local-language service description), as written by the rule's owner. */
  @Column('text', { nullable: true })
  residualRequirements: string | null;

  @Column('text')
  title: string;

  /** Seeded examples: illustrative, not legal advice. */
  @Column('boolean', { default: false })
  illustrative: boolean;

  @Column('timestamptz')
  createdAt: Date;
}
