import { Column, CreateDateColumn, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { MappingRelation } from '../oscal/index.js';
import { RequirementEntity } from './requirement.entity.js';

/**
 * A crosswalk between two requirements (OSCAL mapping vocabulary): "source is
 * <relation> of target". Built-in mappings have no organization and are visible to
 * every tenant; an organization's own mappings only to it. Unique per (source, target,
 * organization) with built-ins as one organization: an expression index created by the
 * `CatalogRowLevelSecurity` migration (`synchronize: false` here).
 */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'FK_5e97c5a836b9b90c0d3edfc7a69', onDelete: 'CASCADE' })
@Entity('requirement_mappings')
@Index('uq_requirement_mappings_pair_org', { synchronize: false })
@Index('ix_requirement_mappings_source', ['sourceRequirementId'])
@Index('ix_requirement_mappings_target', ['targetRequirementId'])
export class MappingEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  sourceRequirementId: string;

  @Column('uuid')
  targetRequirementId: string;

  @Column('text')
  relation: MappingRelation;

  @Column('text', { nullable: true })
  rationale: string | null;

  /** Null for built-in mappings (shared by every tenant). */
  @Column('uuid', { nullable: true })
  organizationId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => RequirementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'source_requirement_id' })
  source?: RequirementEntity;

  @ManyToOne(() => RequirementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'target_requirement_id' })
  target?: RequirementEntity;
}
