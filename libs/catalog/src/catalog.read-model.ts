import { keysetPage, type Page } from '@attesta/core';
import { EntityManager, In } from 'typeorm';
import { FrameworkEntity } from './entities/framework.entity.js';
import { RequirementEntity } from './entities/requirement.entity.js';
import type { RequirementKind } from './oscal/index.js';
import type { Locale } from '@attesta/i18n';
import { frameworkTitleTranslations } from './catalog-translations.js';

/**
 * What other libs may read of the catalog: plain rows, read on the transaction the caller
 * already holds (row-level security applies: built-ins and the caller's own frameworks).
 */

export interface FrameworkSummary {
  id: string;
  code: string;
  version: string;
  title: string;
  publisher: string | null;
  /** With `withTranslations`: the language `title` is in, and the title in other languages. */
  sourceLanguage?: string;
  titles?: Partial<Record<Locale, string>>;
}

export interface RequirementSummary {
  id: string;
  frameworkId: string;
  kind: RequirementKind;
  ref: string;
  title: string;
}

/**
 * `frameworkSummaries` as one statement for a caller that sends several in one round trip
 * (`Db.statements`): `$1` is a uuid[] literal (`{id,id}`); rows map with `frameworkSummaryFromRow`.
 */
export const FRAMEWORK_SUMMARIES_SQL = 'SELECT id, code, version, title, publisher FROM frameworks WHERE id = ANY($1::uuid[])';

export function frameworkSummaryFromRow(r: Record<string, unknown>): FrameworkSummary {
  return {
    id: r.id as string,
    code: r.code as string,
    version: r.version as string,
    title: r.title as string,
    publisher: (r.publisher as string | null) ?? null,
  };
}

/** The frameworks among `ids` the caller can read (unordered unless `orderBy` says so). */
export async function frameworkSummaries(
  em: EntityManager,
  ids: readonly string[],
  options: { orderBy?: 'code'; withTranslations?: boolean } = {},
): Promise<FrameworkSummary[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const rows = await em.getRepository(FrameworkEntity).find({
    select: { id: true, code: true, version: true, title: true, publisher: true, sourceLanguage: true },
    where: { id: In(unique) },
    ...(options.orderBy === 'code' ? { order: { code: 'ASC' as const } } : {}),
  });
  if (!options.withTranslations) return rows.map(toFrameworkSummary);
  const titles = await frameworkTitleTranslations(
    em,
    rows.map((f) => f.id),
  );
  return rows.map((f) => ({ ...toFrameworkSummary(f), sourceLanguage: f.sourceLanguage, titles: titles.get(f.id) ?? {} }));
}

/** The frameworks with these codes the caller can read (every version; unordered). */
export async function frameworksWithCodes(em: EntityManager, codes: readonly string[]): Promise<FrameworkSummary[]> {
  const unique = [...new Set(codes)];
  if (!unique.length) return [];
  const rows = await em.getRepository(FrameworkEntity).find({
    select: { id: true, code: true, version: true, title: true, publisher: true },
    where: unique.map((code) => ({ code })),
  });
  return rows.map(toFrameworkSummary);
}

/** Of the frameworks `ids` the caller can read, those the organization owns (built-in frameworks belong to no one). */
export async function frameworksOwnedBy(em: EntityManager, organizationId: string, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const rows = await em.getRepository(FrameworkEntity).find({ select: { id: true }, where: unique.map((id) => ({ id, organizationId })) });
  return rows.map((r) => r.id);
}

/** The requirements among `ids` the caller can read, optionally only those of `frameworkIds`. */
export async function requirementSummaries(em: EntityManager, ids: readonly string[], frameworkIds?: readonly string[]): Promise<RequirementSummary[]> {
  const unique = [...new Set(ids)];
  if (!unique.length || (frameworkIds && !frameworkIds.length)) return [];
  const rows = await em.getRepository(RequirementEntity).find({
    select: { id: true, frameworkId: true, kind: true, ref: true, title: true },
    where: { id: In(unique), ...(frameworkIds ? { frameworkId: In([...frameworkIds]) } : {}) },
  });
  return rows.map(toRequirementSummary);
}

/** Every control of the frameworks, in reading order (framework id, then pre-order). */
export async function frameworkControls(em: EntityManager, frameworkIds: readonly string[]): Promise<RequirementSummary[]> {
  if (!frameworkIds.length) return [];
  const rows = await em.getRepository(RequirementEntity).find({
    select: { id: true, frameworkId: true, kind: true, ref: true, title: true },
    where: { frameworkId: In([...frameworkIds]), kind: 'control' },
    order: { frameworkId: 'ASC', sortOrder: 'ASC', id: 'ASC' },
  });
  return rows.map(toRequirementSummary);
}

/** One keyset page of the frameworks' controls, in reading order. */
export async function frameworkControlsPage(
  em: EntityManager,
  frameworkIds: readonly string[],
  page: { limit?: number; cursor?: string },
): Promise<Page<RequirementSummary>> {
  if (!frameworkIds.length) return { data: [], nextCursor: null };
  const qb = em
    .getRepository(RequirementEntity)
    .createQueryBuilder('r')
    .where('r.frameworkId IN (:...fw)', { fw: [...frameworkIds] })
    .andWhere(`r.kind = 'control'`);
  const result = await keysetPage(qb, {
    limit: page.limit,
    cursor: page.cursor,
    keys: [
      { column: 'r.frameworkId', read: (r) => r.frameworkId },
      { column: 'r.sortOrder', read: (r) => r.sortOrder },
      { column: 'r.id', read: (r) => r.id },
    ],
  });
  return { nextCursor: result.nextCursor, data: result.data.map(toRequirementSummary) };
}

function toFrameworkSummary(f: FrameworkEntity): FrameworkSummary {
  return { id: f.id, code: f.code, version: f.version, title: f.title, publisher: f.publisher };
}

function toRequirementSummary(r: RequirementEntity): RequirementSummary {
  return { id: r.id, frameworkId: r.frameworkId, kind: r.kind, ref: r.ref, title: r.title };
}

/** A framework with its metadata and retirement, as the framework-versions lib shows and checks it. */
export interface FrameworkRecord {
  id: string;
  code: string;
  title: string;
  version: string;
  publisher: string | null;
  description: string | null;
  note: string | null;
  organizationId: string | null;
  retiredAt: Date | null;
  retiredReason: string | null;
}

const FRAMEWORK_RECORD_COLUMNS = `id, code, title, version, publisher, description, note, organization_id AS "organizationId", retired_at AS "retiredAt", retired_reason AS "retiredReason"`;

/** The framework, when the caller can read it. */
export async function frameworkRecord(em: EntityManager, id: string): Promise<FrameworkRecord | null> {
  const [f] = (await em.query(`SELECT ${FRAMEWORK_RECORD_COLUMNS} FROM frameworks WHERE id = $1`, [id])) as FrameworkRecord[];
  return f ?? null;
}

/** The id of the framework `code@version` the caller can read, an organization's own before a built-in one. */
export async function frameworkIdByCodeAndVersion(em: EntityManager, code: string, version: string): Promise<string | null> {
  const [row] = (await em.query(`SELECT id FROM frameworks WHERE code = $1 AND version = $2 ORDER BY organization_id NULLS LAST LIMIT 1`, [code, version])) as {
    id: string;
  }[];
  return row?.id ?? null;
}

/** A control with the texts a version comparison looks at. */
export interface ControlText {
  id: string;
  ref: string;
  title: string;
  statement: string | null;
  oscalId: string | null;
}

/** The controls of one framework with their texts, in reading order. */
export async function frameworkControlTexts(em: EntityManager, frameworkId: string): Promise<ControlText[]> {
  return (await em.query(
    `SELECT id, ref, title, statement, oscal_id AS "oscalId" FROM requirements WHERE framework_id = $1 AND kind = 'control' ORDER BY sort_order, id`,
    [frameworkId],
  )) as ControlText[];
}

/** Where a requirement sits: its framework, ref and reading position. */
export interface RequirementPlacement {
  id: string;
  frameworkId: string;
  ref: string;
  sortOrder: number;
}

/** The requirements among `ids` the caller can read, with their framework, ref and reading position (unordered). */
export async function requirementPlacements(em: EntityManager, ids: readonly string[]): Promise<RequirementPlacement[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  return (await em.query(`SELECT id, framework_id AS "frameworkId", ref, sort_order AS "sortOrder" FROM requirements WHERE id = ANY($1::uuid[])`, [
    unique,
  ])) as RequirementPlacement[];
}

/** The ids of every requirement (any kind) of the framework the caller can read. */
export async function frameworkRequirementIds(em: EntityManager, frameworkId: string): Promise<string[]> {
  const rows = (await em.query(`SELECT id FROM requirements WHERE framework_id = $1`, [frameworkId])) as { id: string }[];
  return rows.map((r) => r.id);
}

/** How many crosswalk mappings have a requirement of the framework at either end. */
export async function crosswalkMappingCount(em: EntityManager, frameworkId: string): Promise<number> {
  const [row] = (await em.query(
    `SELECT count(*)::int AS n FROM requirement_mappings m JOIN requirements r ON r.id IN (m.source_requirement_id, m.target_requirement_id) WHERE r.framework_id = $1`,
    [frameworkId],
  )) as { n: number }[];
  return row?.n ?? 0;
}

/** Whether a framework is the platform catalog's, or an organization's own that takes a catalog framework's code. */
export interface FrameworkStanding {
  id: string;
  code: string;
  version: string;
  /** The platform catalog's (no owning organization): its text is the standard's as the catalog holds it. */
  catalog: boolean;
  /** An organization's own framework whose code is also a catalog framework's: its version of that standard, not the standard. */
  takesCatalogCode: boolean;
}

/** The standing of each framework the caller can read (one query). */
export async function frameworkStandings(em: EntityManager, ids: readonly string[]): Promise<FrameworkStanding[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  return (await em.query(
    `SELECT f.id, f.code, f.version, f.organization_id IS NULL AS catalog,
            (f.organization_id IS NOT NULL AND EXISTS (SELECT 1 FROM frameworks c WHERE c.organization_id IS NULL AND c.code = f.code)) AS "takesCatalogCode"
       FROM frameworks f WHERE f.id = ANY($1::uuid[])`,
    [unique],
  )) as FrameworkStanding[];
}

/**
 * SQL functions (defined by migrations) over this lib's tables that other libs may call:
 * `requirement_refs(ids)`, the ref and source title of requirements the caller may read (the
 * audit log's sentences).
 */
export const CATALOG_SQL_READ_MODEL = ['requirement_refs'] as const;
