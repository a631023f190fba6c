import { EntityManager } from 'typeorm';
import type { RequirementKind } from './oscal/catalog.types.js';

/** One requirement with what it asks and the framework it belongs to. */
export interface RequirementText {
  id: string;
  kind: RequirementKind;
  ref: string;
  title: string;
  statement: string | null;
  guidance: string | null;
  framework: { id: string; code: string; title: string; version: string };
}

/**
 * The requirement, when it belongs to one of `frameworkIds` and the caller can read it
 * (row-level security), with its framework's code, title and version: one statement.
 */
export async function requirementText(em: EntityManager, requirementId: string, frameworkIds: readonly string[]): Promise<RequirementText | null> {
  if (!frameworkIds.length) return null;
  const [row] = (await em.query(
    `SELECT r.id, r.kind, r.ref, r.title, r.statement, r.guidance, f.id AS framework_id, f.code, f.title AS framework_title, f.version
       FROM requirements r JOIN frameworks f ON f.id = r.framework_id
      WHERE r.id = $1 AND r.framework_id = ANY($2::uuid[])`,
    [requirementId, [...frameworkIds]],
  )) as {
    id: string;
    kind: RequirementKind;
    ref: string;
    title: string;
    statement: string | null;
    guidance: string | null;
    framework_id: string;
    code: string;
    framework_title: string;
    version: string;
  }[];
  if (!row) return null;
  return {
    id: row.id,
    kind: row.kind,
    ref: row.ref,
    title: row.title,
    statement: row.statement,
    guidance: row.guidance,
    framework: { id: row.framework_id, code: row.code, title: row.framework_title, version: row.version },
  };
}
