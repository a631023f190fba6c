import { newId } from '@attesta/core';
import { EntityManager } from 'typeorm';

/**
 * Changes other libs make to evidence links (the framework-versions lib carries a workspace's
 * links to the new version's requirements), on the transaction the caller already holds and
 * under row-level security. The caller checks the workspace role and records the audit event.
 */

/** Links evidence to a requirement unless it is linked already; whether the link was added. */
export async function addEvidenceLinkIfAbsent(
  em: EntityManager,
  workspaceId: string,
  link: { evidenceId: string; requirementId: string; note: string; organizationId: string },
  by: string,
  at: Date,
): Promise<boolean> {
  const inserted = (await em.query(
    `INSERT INTO evidence_links (id, workspace_id, evidence_id, requirement_id, note, created_by, organization_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (evidence_id, requirement_id) DO NOTHING RETURNING id`,
    [newId(), workspaceId, link.evidenceId, link.requirementId, link.note, by, link.organizationId, at],
  )) as unknown[];
  return inserted.length > 0;
}
