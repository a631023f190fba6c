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

/** The organizations taking part in the workspace (accepted participations; only in `roles` when given), as the caller may see them. */
export async function workspaceParticipantOrganizationIds(em: EntityManager, workspaceId: string, roles?: readonly string[]): Promise<string[]> {
  const rows = (await em.query(
    `SELECT organization_id FROM workspace_participants WHERE workspace_id = $1 AND status = 'accepted' AND ($2::text[] IS NULL OR role::text = ANY ($2::text[]))`,
    [workspaceId, roles ? [...roles] : null],
  )) as {
    organization_id: string;
  }[];
  return rows.map((r) => r.organization_id);
}

/** The organization's workspaces that target the framework, by id. */
export async function organizationWorkspacesOnFramework(
  em: EntityManager,
  organizationId: string,
  frameworkId: string,
): Promise<{ id: string; name: string }[]> {
  return (await em.query(
    `SELECT w.id, w.name FROM workspaces w JOIN workspace_frameworks wf ON wf.workspace_id = w.id AND wf.framework_id = $1
      WHERE w.organization_id = $2 ORDER BY w.id`,
    [frameworkId, organizationId],
  )) as { id: string; name: string }[];
}

/** How many workspaces the caller can see target the framework. */
export async function workspaceCountOnFramework(em: EntityManager, frameworkId: string): Promise<number> {
  const [row] = (await em.query(`SELECT count(*)::int AS n FROM workspace_frameworks WHERE framework_id = $1`, [frameworkId])) as { n: number }[];
  return row?.n ?? 0;
}

/** One statement of applicability. */
export interface ApplicabilityStatement {
  requirementId: string;
  applicable: boolean;
  justification: string;
  componentIds: string[];
}

/** The workspace's statements of applicability for the requirements among `requirementIds`. */
export async function applicabilityStatements(em: EntityManager, workspaceId: string, requirementIds: readonly string[]): Promise<ApplicabilityStatement[]> {
  const rows = (await em.query(
    `SELECT requirement_id, applicable, justification, component_ids FROM workspace_applicability WHERE workspace_id = $1 AND requirement_id = ANY($2::uuid[])`,
    [workspaceId, [...requirementIds]],
  )) as { requirement_id: string; applicable: boolean; justification: string; component_ids: string[] }[];
  return rows.map((r) => ({ requirementId: r.requirement_id, applicable: r.applicable, justification: r.justification, componentIds: r.component_ids }));
}

/** How many statements of applicability the workspace has for the requirements among `requirementIds`. */
export async function applicabilityCount(em: EntityManager, workspaceId: string, requirementIds: readonly string[]): Promise<number> {
  const [row] = (await em.query(`SELECT count(*)::int AS n FROM workspace_applicability WHERE workspace_id = $1 AND requirement_id = ANY($2::uuid[])`, [
    workspaceId,
    [...requirementIds],
  ])) as { n: number }[];
  return row?.n ?? 0;
}

/** The workspace's organization-defined parameter values for one framework. */
export async function workspaceParameterValues(em: EntityManager, workspaceId: string, frameworkId: string): Promise<{ paramId: string; values: string[] }[]> {
  const rows = (await em.query(`SELECT param_id, "values" FROM workspace_parameter_values WHERE workspace_id = $1 AND framework_id = $2`, [
    workspaceId,
    frameworkId,
  ])) as { param_id: string; values: string[] }[];
  return rows.map((r) => ({ paramId: r.param_id, values: r.values }));
}

/**
 * SQL functions (defined by migrations) over this lib's tables that other libs may call:
 * `app_ws_role(ws)` and `app_ws_component_scope(ws)`, the acting organization's role and
 * contributor components (what every lib's row-level policies and the audit projection use),
 * and `webhook_event_targets(…)`, the organizations a workspace event is announced to.
 */
export const WORKSPACES_SQL_READ_MODEL = ['app_ws_role', 'app_ws_component_scope', 'webhook_event_targets'] as const;
