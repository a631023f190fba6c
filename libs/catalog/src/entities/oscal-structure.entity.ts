import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * What an OSCAL catalog import keeps beyond the requirement tree, so an export gives the catalog
 * back member for member: the catalog's metadata as given, its own params and its back-matter.
 * One row per imported framework; tenancy follows the framework (row-level security).
 */
@ForeignKey('frameworks', ['frameworkId'] as const, ['id'], { name: 'fk_framework_oscal_documents_framework', onDelete: 'CASCADE' })
@Entity('framework_oscal_documents')
export class FrameworkOscalDocumentEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_framework_oscal_documents' })
  frameworkId: string;

  /** The uuid of the document that was imported (a derived export gets its own). */
  @Column('uuid')
  sourceUuid: string;

  @Column('jsonb')
  metadata: Record<string, unknown>;

  @Column('jsonb', { nullable: true })
  params: unknown[] | null;

  @Column('jsonb', { nullable: true })
  backMatter: Record<string, unknown> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * A group's or control's own OSCAL members as imported (id, class, title, params with label,
 * guidelines, select, constraints, values and props; the parts tree; props; links): everything
 * but its child controls and groups, which the requirement tree holds.
 */
@ForeignKey('requirements', ['requirementId'] as const, ['id'], { name: 'fk_requirement_oscal_structures_requirement', onDelete: 'CASCADE' })
@ForeignKey('frameworks', ['frameworkId'] as const, ['id'], { name: 'fk_requirement_oscal_structures_framework', onDelete: 'CASCADE' })
@Entity('requirement_oscal_structures')
@Index('ix_requirement_oscal_structures_framework', ['frameworkId'])
export class RequirementOscalStructureEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_requirement_oscal_structures' })
  requirementId: string;

  @Column('uuid')
  frameworkId: string;

  @Column('jsonb')
  structure: Record<string, unknown>;
}
