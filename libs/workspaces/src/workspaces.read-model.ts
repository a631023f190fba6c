import { EntityManager } from 'typeorm';
import { WorkspaceFrameworkEntity } from './entities/workspace-framework.entity.js';

/**
 * What other libs may read of a workspace beyond its context (`workspaceContext`): plain
 * values, read on the transaction the caller already holds, under row-level security.
 */

/** The workspace's target frameworks (ids, unordered). */
export async function workspaceFrameworkIds(em: EntityManager, workspaceId: string): Promise<string[]> {
  return (await em.getRepository(WorkspaceFrameworkEntity).find({ where: { workspaceId } })).map((f) => f.frameworkId);
}

export interface WorkspaceScope {
  /** Target framework ids, sorted. */
  frameworkIds: string[];
  /** Requirements the statement of applicability says do not apply (all others apply). */
  notApplicableRequirementIds: string[];
}

/** Target frameworks and the requirements stated not applicable, in one round trip. */
export async function workspaceScope(em: EntityManager, workspaceId: string): Promise<WorkspaceScope> {
  const [row] = (await em.query(
    `SELECT ARRAY(SELECT wf.framework_id FROM workspace_frameworks wf WHERE wf.workspace_id = $1 ORDER BY wf.framework_id) AS framework_ids,
            ARRAY(SELECT a.requirement_id FROM workspace_applicability a WHERE a.workspace_id = $1 AND NOT a.applicable) AS not_applicable`,
    [workspaceId],
  )) as { framework_ids: string[]; not_applicable: string[] }[];
  return { frameworkIds: row?.framework_ids ?? [], notApplicableRequirementIds: row?.not_applicable ?? [] };
}

/** Whether the statement of applicability ties the requirement to any of the components. */
export async function applicabilityConcernsComponents(
  em: EntityManager,
  workspaceId: string,
  requirementId: string,
  componentIds: readonly string[],
): Promise<boolean> {
  const [row] = (await em.query(
    `SELECT EXISTS (SELECT 1 FROM workspace_applicability a WHERE a.workspace_id = $1 AND a.requirement_id = $2 AND a.component_ids && $3::uuid[]) AS ok`,
    [workspaceId, requirementId, [...componentIds]],
  )) as { ok: boolean }[];
  return Boolean(row?.ok);
}

/** The organizations taking part in the workspace (accepted participations), as the caller may see them. */
export async function workspaceParticipantOrganizationIds(em: EntityManager, workspaceId: string): Promise<string[]> {
  const rows = (await em.query(`SELECT organization_id FROM workspace_participants WHERE workspace_id = $1 AND status = 'accepted'`, [workspaceId])) as {
    organization_id: string;
  }[];
  return rows.map((r) => r.organization_id);
}

/**
 * SQL functions (defined by migrations) over this lib's tables that other libs may call:
 * `app_ws_role(ws)` and `app_ws_component_scope(ws)`, the acting organization's role and
 * contributor components (what every lib's row-level policies and the audit projection use),
 * and `webhook_event_targets(…)`, the organizations a workspace event is announced to.
 */
export const WORKSPACES_SQL_READ_MODEL = ['app_ws_role', 'app_ws_component_scope', 'webhook_event_targets'] as const;
