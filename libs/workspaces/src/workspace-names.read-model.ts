import { EntityManager } from 'typeorm';

/** A workspace as lists elsewhere name it: its name, its offering and its owner (the manufacturer). */
export interface WorkspaceName {
  id: string;
  name: string;
  offeringId: string;
  /** The owning organization (the manufacturer). */
  organizationId: string;
}

/** The workspaces among `ids` the caller can see (row-level security), unordered. */
export async function workspaceNames(em: EntityManager, ids: readonly string[]): Promise<WorkspaceName[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  return (await em.query(`SELECT id, name, offering_id AS "offeringId", organization_id AS "organizationId" FROM workspaces WHERE id = ANY($1::uuid[])`, [
    unique,
  ])) as WorkspaceName[];
}
