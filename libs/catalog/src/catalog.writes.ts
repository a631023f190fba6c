import { EntityManager } from 'typeorm';

/**
 * Changes other libs make to an organization's own frameworks (the framework-versions lib's
 * metadata edits, retirement and guarded deletion), on the transaction the caller already holds
 * and under row-level security. The caller checks permissions and what cites the framework.
 */

/** Sets the metadata of the organization's own framework. */
export async function updateOwnFrameworkMetadata(
  em: EntityManager,
  organizationId: string,
  frameworkId: string,
  next: { title: string; publisher: string | null; description: string | null; note: string | null },
): Promise<void> {
  await em.query(`UPDATE frameworks SET title = $2, publisher = $3, description = $4, note = $5 WHERE id = $1 AND organization_id = $6`, [
    frameworkId,
    next.title,
    next.publisher,
    next.description,
    next.note,
    organizationId,
  ]);
}

/** Retires the organization's own framework. */
export async function retireOwnFramework(em: EntityManager, organizationId: string, frameworkId: string, at: Date, reason: string | null): Promise<void> {
  await em.query(`UPDATE frameworks SET retired_at = $2, retired_reason = $3 WHERE id = $1 AND organization_id = $4`, [
    frameworkId,
    at,
    reason,
    organizationId,
  ]);
}

/** Deletes the organization's own framework (a foreign-key violation surfaces when something still cites it). */
export async function deleteOwnFramework(em: EntityManager, organizationId: string, frameworkId: string): Promise<void> {
  await em.query(`DELETE FROM frameworks WHERE id = $1 AND organization_id = $2`, [frameworkId, organizationId]);
}
