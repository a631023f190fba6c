import { EntityManager, In } from 'typeorm';
import { MappingEntity } from './entities/mapping.entity.js';
import { RequirementEntity } from './entities/requirement.entity.js';
import type { RequirementKind } from './oscal/index.js';

/**
 * What the recognition lib reads of the catalog to build mapping collections and pathways:
 * requirements with their expected evidence, and the crosswalk rows (built-in and the caller's
 * own), on the caller's transaction under row-level security.
 */

export interface RequirementDetail {
  id: string;
  frameworkId: string;
  kind: RequirementKind;
  ref: string;
  title: string;
  expectedEvidenceTypes: string[];
}

/** Every requirement of the frameworks (groups and controls), in reading order. */
export async function requirementDetails(em: EntityManager, frameworkIds: readonly string[]): Promise<RequirementDetail[]> {
  if (!frameworkIds.length) return [];
  const rows = await em.getRepository(RequirementEntity).find({
    select: { id: true, frameworkId: true, kind: true, ref: true, title: true, expectedEvidenceTypes: true },
    where: { frameworkId: In([...new Set(frameworkIds)]) },
    order: { frameworkId: 'ASC', sortOrder: 'ASC', id: 'ASC' },
  });
  return rows.map((r) => ({ id: r.id, frameworkId: r.frameworkId, kind: r.kind, ref: r.ref, title: r.title, expectedEvidenceTypes: r.expectedEvidenceTypes }));
}

export interface CrosswalkRow {
  id: string;
  /** Null: a built-in crosswalk. */
  organizationId: string | null;
  sourceRequirementId: string;
  sourceFrameworkId: string;
  sourceRef: string;
  targetRequirementId: string;
  targetFrameworkId: string;
  targetRef: string;
  relation: string;
  rationale: string | null;
  createdAt: Date;
}

/** The crosswalk rows from or to the framework the caller can read (built-in only with `builtInOnly`), oldest first. */
export async function crosswalkRows(em: EntityManager, frameworkId: string, options: { builtInOnly?: boolean } = {}): Promise<CrosswalkRow[]> {
  const qb = em
    .getRepository(MappingEntity)
    .createQueryBuilder('m')
    .innerJoinAndSelect('m.source', 's')
    .innerJoinAndSelect('m.target', 't')
    .where('(s.frameworkId = :frameworkId OR t.frameworkId = :frameworkId)', { frameworkId })
    .orderBy('s.frameworkId', 'ASC')
    .addOrderBy('t.frameworkId', 'ASC')
    .addOrderBy('s.sortOrder', 'ASC')
    .addOrderBy('t.sortOrder', 'ASC')
    .addOrderBy('m.id', 'ASC');
  if (options.builtInOnly) qb.andWhere('m.organizationId IS NULL');
  const rows = await qb.getMany();
  return rows.map((m) => ({
    id: m.id,
    organizationId: m.organizationId,
    sourceRequirementId: m.sourceRequirementId,
    sourceFrameworkId: m.source!.frameworkId,
    sourceRef: m.source!.ref,
    targetRequirementId: m.targetRequirementId,
    targetFrameworkId: m.target!.frameworkId,
    targetRef: m.target!.ref,
    relation: m.relation,
    rationale: m.rationale,
    createdAt: m.createdAt,
  }));
}
