import { newId } from '@attesta/core';
import { EntityManager } from 'typeorm';

/**
 * Changes other libs make to a workspace (the framework-versions lib's move of a workspace to a
 * new framework version), on the transaction the caller already holds and under row-level
 * security. The caller checks the workspace role and records the audit event.
 */

/** Adds a target framework to the workspace. */
export async function addWorkspaceFramework(em: EntityManager, workspaceId: string, frameworkId: string, at: Date): Promise<void> {
  await em.query(`INSERT INTO workspace_frameworks (workspace_id, framework_id, created_at) VALUES ($1, $2, $3)`, [workspaceId, frameworkId, at]);
}

/** Removes a target framework from the workspace. */
export async function removeWorkspaceFramework(em: EntityManager, workspaceId: string, frameworkId: string): Promise<void> {
  await em.query(`DELETE FROM workspace_frameworks WHERE workspace_id = $1 AND framework_id = $2`, [workspaceId, frameworkId]);
}

/** Adds a statement of applicability unless the workspace has one for the requirement; whether it was added. */
export async function addApplicabilityIfAbsent(
  em: EntityManager,
  workspaceId: string,
  statement: { requirementId: string; applicable: boolean; justification: string; componentIds: string[] },
  by: string,
  at: Date,
): Promise<boolean> {
  const inserted = (await em.query(
    `INSERT INTO workspace_applicability (id, workspace_id, requirement_id, applicable, justification, component_ids, updated_by, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (workspace_id, requirement_id) DO NOTHING RETURNING id`,
    [newId(), workspaceId, statement.requirementId, statement.applicable, statement.justification, statement.componentIds, by, at],
  )) as unknown[];
  return inserted.length > 0;
}

/** Adds an organization-defined parameter value unless the workspace has one; whether it was added. */
export async function addParameterValueIfAbsent(
  em: EntityManager,
  workspaceId: string,
  value: { frameworkId: string; paramId: string; values: string[] },
  by: string,
  at: Date,
): Promise<boolean> {
  const inserted = (await em.query(
    `INSERT INTO workspace_parameter_values (workspace_id, framework_id, param_id, "values", updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT DO NOTHING RETURNING param_id`,
    [workspaceId, value.frameworkId, value.paramId, value.values, by, at],
  )) as unknown[];
  return inserted.length > 0;
}
