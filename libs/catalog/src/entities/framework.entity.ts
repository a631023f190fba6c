import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** Where a framework came from: shipped with Attesta, imported from OSCAL, or written by a tenant. */
export type FrameworkSource = 'built_in' | 'imported' | 'custom';
export const FRAMEWORK_SOURCES: readonly FrameworkSource[] = ['built_in', 'imported', 'custom'];

/**
 * A catalogue of requirements (a standard, a scheme, a buyer's criteria). Built-in
 * frameworks have no organization and are visible to every tenant; imported and custom
 * ones belong to the organization that made them.
 *
 * Code + version are unique per organization, with all built-ins counting as one
 * "organization": the unique index on `coalesce(organization_id, nil uuid)` is an
 * expression index, created by the `CatalogRowLevelSecurity` migration (TypeORM cannot
 * declare it, hence `synchronize: false` here).
 */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'FK_7f354d473a3b76e1515286fc7ab', onDelete: 'CASCADE' })
@Entity('frameworks')
@Index('uq_frameworks_code_version_org', { synchronize: false })
@Index('ix_frameworks_org', ['organizationId', 'id'])
export class FrameworkEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  code: string;

  @Column('text')
  title: string;

  @Column('text')
  version: string;

  @Column('text', { nullable: true })
  publisher: string | null;

  @Column('text')
  source: FrameworkSource;

  /** Null for built-in frameworks (shared by every tenant). */
  @Column('uuid', { nullable: true })
  organizationId: string | null;

  @Column('text', { nullable: true })
  description: string | null;

  /** The language of the title, description and requirement texts as stored (BCP 47); translations are kept beside them. */
  @Column('text', { default: 'en' })
  sourceLanguage: string;

  /** The OSCAL catalog uuid (kept from an import; derived from code@version otherwise). */
  @Column('uuid', { nullable: true })
  oscalUuid: string | null;

  /** Shown with the framework, e.g. that only a standard's clause structure is given. */
  @Column('text', { nullable: true })
  note: string | null;

  @Column('integer', { default: 0 })
  requirementCount: number;

  /** Retired: kept (and citable) but offered for no new work; a framework anything cites is retired, never deleted. */
  @Column('timestamptz', { nullable: true })
  retiredAt: Date | null;

  @Column('text', { nullable: true })
  retiredReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
