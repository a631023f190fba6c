import { keysetPage, type Page } from '@attesta/core';
import { EntityManager, In } from 'typeorm';
import { FrameworkEntity } from './entities/framework.entity.js';
import { RequirementEntity } from './entities/requirement.entity.js';
import type { RequirementKind } from './oscal/index.js';

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
export async function frameworkSummaries(em: EntityManager, ids: readonly string[], options: { orderBy?: 'code' } = {}): Promise<FrameworkSummary[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const rows = await em.getRepository(FrameworkEntity).find({
    select: { id: true, code: true, version: true, title: true, publisher: true },
    where: { id: In(unique) },
    ...(options.orderBy === 'code' ? { order: { code: 'ASC' as const } } : {}),
  });
  return rows.map(toFrameworkSummary);
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
