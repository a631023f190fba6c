import { Column, Entity, ForeignKey, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A framework's title (and description) in another language. The framework row keeps the
 * source text, which is what manifests, crosswalk files and exports cite; translations are
 * for reading only. Tenancy follows the framework (row-level security): a built-in framework's
 * translations ship with the built-in content, an own framework's are written by its organization.
 */
@ForeignKey('frameworks', ['frameworkId'] as const, ['id'], { name: 'fk_framework_translations_framework', onDelete: 'CASCADE' })
@Entity('framework_translations')
export class FrameworkTranslationEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_framework_translations' })
  frameworkId: string;

  /** One of the portal's locales (`zh-CN`, `vi`, ...). */
  @PrimaryColumn('text', { primaryKeyConstraintName: 'pk_framework_translations' })
  locale: string;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  description: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A requirement's title and statement in another language (see FrameworkTranslationEntity). */
@ForeignKey('requirements', ['requirementId'] as const, ['id'], { name: 'fk_requirement_translations_requirement', onDelete: 'CASCADE' })
@ForeignKey('frameworks', ['frameworkId'] as const, ['id'], { name: 'fk_requirement_translations_framework', onDelete: 'CASCADE' })
@Entity('requirement_translations')
@Index('ix_requirement_translations_framework_locale', ['frameworkId', 'locale'])
export class RequirementTranslationEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_requirement_translations' })
  requirementId: string;

  @PrimaryColumn('text', { primaryKeyConstraintName: 'pk_requirement_translations' })
  locale: string;

  @Column('uuid')
  frameworkId: string;

  /** Null: the title is not translated (the source title is shown). */
  @Column('text', { nullable: true })
  title: string | null;

  @Column('text', { nullable: true })
  statement: string | null;
}
