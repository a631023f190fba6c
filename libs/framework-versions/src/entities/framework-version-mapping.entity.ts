import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { VersionMappingEntry } from '../version-diff.js';

/**
 * How the requirements of one framework version relate to the next one's (OSCAL 1.2 mapping
 * relationships: "source is <relationship> target"), owned by the organization that made it.
 */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_framework_version_mappings_organization', onDelete: 'CASCADE' })
@ForeignKey('frameworks', ['fromFrameworkId'] as const, ['id'], { name: 'fk_framework_version_mappings_from', onDelete: 'RESTRICT' })
@ForeignKey('frameworks', ['toFrameworkId'] as const, ['id'], { name: 'fk_framework_version_mappings_to', onDelete: 'RESTRICT' })
@Entity('framework_version_mappings')
@Index('uq_framework_version_mappings_pair', ['organizationId', 'fromFrameworkId', 'toFrameworkId'], { unique: true })
@Index('ix_framework_version_mappings_from', ['fromFrameworkId'])
@Index('ix_framework_version_mappings_to', ['toFrameworkId'])
export class FrameworkVersionMappingEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  fromFrameworkId: string;

  @Column('uuid')
  toFrameworkId: string;

  /** The entries as given (refs of the two versions and their relationship). */
  @Column('jsonb')
  entries: VersionMappingEntry[];

  @Column('text')
  createdBy: string;

  @Column('timestamptz')
  createdAt: Date;
}
