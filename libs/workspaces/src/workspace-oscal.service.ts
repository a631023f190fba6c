import { Injectable } from '@nestjs/common';
import { AuditService } from '@attesta/audit';
import { oscalCatalogDocument, oscalControlView, oscalParameterIds, type OscalControlView } from '@attesta/catalog';
import { Actor, Db, scopeOf } from '@attesta/core';
import { EntityManager } from 'typeorm';
import { ParameterValueEntity } from './entities/parameter-value.entity.js';
import { workspaceContext } from './workspace-access.js';
import { workspaceFrameworkIds } from './workspaces.read-model.js';
import { WorkspacesError, WorkspacesErrorCode } from './workspaces.errors.js';

export interface ParameterValueInput {
  paramId: string;
  /** Empty: the organization-defined value is removed (the catalog's own applies again). */
  values: string[];
}

export interface ParameterValueView {
  frameworkId: string;
  paramId: string;
  values: string[];
  updatedAt: Date;
}

/**
 * Organization-defined parameter values (OSCAL ODPs) as part of a workspace's statement of
 * applicability: the owner sets them for the target frameworks' parameters; participants who
 * read the statement of applicability see them in rendered statements and in the workspace's
 * OSCAL catalog export, where they are the params' `values`.
 */
@Injectable()
export class WorkspaceOscalService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  async listParameterValues(actor: Actor, workspaceId: string, frameworkId: string): Promise<ParameterValueView[]> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await workspaceContext(em, actor, workspaceId, 'read', 'Applicability');
      await this.targetFramework(em, workspaceId, frameworkId);
      const rows = await em.getRepository(ParameterValueEntity).find({ where: { workspaceId, frameworkId }, order: { paramId: 'ASC' } });
      return rows.map(toView);
    });
  }

  /** All items are checked first; all are written or none. */
  async setParameterValues(actor: Actor, workspaceId: string, frameworkId: string, items: ParameterValueInput[]): Promise<ParameterValueView[]> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await workspaceContext(em, actor, workspaceId, 'update', 'Applicability');
      await this.targetFramework(em, workspaceId, frameworkId);
      const known = await oscalParameterIds(em, frameworkId);
      const issues = items.flatMap((it, i) =>
        known.has(it.paramId) ? [] : [{ field: `parameters.${i}.paramId`, message: `is not a parameter of the framework (${it.paramId})` }],
      );
      const seen = new Set<string>();
      items.forEach((it, i) => {
        if (seen.has(it.paramId)) issues.push({ field: `parameters.${i}.paramId`, message: 'is given twice' });
        seen.add(it.paramId);
      });
      if (issues.length)
        throw new WorkspacesError(WorkspacesErrorCode.UnknownParameter, 'Some parameters are not defined by the framework.', { errors: issues });
      const now = new Date();
      const by = actor.kind === 'user' ? actor.userId : actor.kind === 'api_key' ? actor.apiKeyId : 'system';
      const repo = em.getRepository(ParameterValueEntity);
      for (const it of items) {
        const values = it.values.map((v) => v.trim()).filter(Boolean);
        if (values.length === 0) await repo.delete({ workspaceId, frameworkId, paramId: it.paramId });
        else
          await repo.upsert({ workspaceId, frameworkId, paramId: it.paramId, values, updatedBy: by, updatedAt: now }, [
            'workspaceId',
            'frameworkId',
            'paramId',
          ]);
      }
      await this.audit.record(
        em,
        actor,
        { type: 'workspace', id: workspaceId },
        {
          action: 'applicability.parameters_set',
          subjectType: 'Workspace',
          subjectId: workspaceId,
          payload: { frameworkId, parameters: items.map((i) => i.paramId) },
        },
      );
      const rows = await repo.find({ where: { workspaceId, frameworkId }, order: { paramId: 'ASC' } });
      return rows.map(toView);
    });
  }

  /** One control with the workspace's parameter values inserted into its statement. */
  async controlView(actor: Actor, workspaceId: string, frameworkId: string, requirementId: string): Promise<OscalControlView> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await workspaceContext(em, actor, workspaceId, 'read', 'Applicability');
      await this.targetFramework(em, workspaceId, frameworkId);
      const view = await oscalControlView(em, frameworkId, requirementId, await this.values(em, workspaceId, frameworkId));
      if (!view) throw new WorkspacesError(WorkspacesErrorCode.RequirementNotFound, 'No such requirement in this framework.');
      return view;
    });
  }

  /** The target framework as an OSCAL catalog with the workspace's parameter values as `values`. */
  async catalog(actor: Actor, workspaceId: string, frameworkId: string): Promise<{ catalog: Record<string, unknown> }> {
    return this.db.tx(scopeOf(actor), async (em) => {
      await workspaceContext(em, actor, workspaceId, 'read', 'Applicability');
      await this.targetFramework(em, workspaceId, frameworkId);
      const rows = await em.getRepository(ParameterValueEntity).find({ where: { workspaceId, frameworkId } });
      const lastModified = rows.reduce<Date | undefined>((max, r) => (!max || r.updatedAt > max ? r.updatedAt : max), undefined);
      const doc = await oscalCatalogDocument(em, frameworkId, {
        parameterValues: new Map(rows.map((r) => [r.paramId, r.values])),
        derivedFor: `workspace:${workspaceId}`,
        lastModified,
      });
      if (!doc) throw new WorkspacesError(WorkspacesErrorCode.FrameworkNotFound, 'The framework is not a target of this workspace.');
      return doc;
    });
  }

  private async values(em: EntityManager, workspaceId: string, frameworkId: string): Promise<Map<string, string[]>> {
    const rows = await em.getRepository(ParameterValueEntity).find({ where: { workspaceId, frameworkId } });
    return new Map(rows.map((r) => [r.paramId, r.values]));
  }

  private async targetFramework(em: EntityManager, workspaceId: string, frameworkId: string): Promise<void> {
    if (!(await workspaceFrameworkIds(em, workspaceId)).includes(frameworkId)) {
      throw new WorkspacesError(WorkspacesErrorCode.FrameworkNotFound, 'The framework is not a target of this workspace.');
    }
  }
}

function toView(r: ParameterValueEntity): ParameterValueView {
  return { frameworkId: r.frameworkId, paramId: r.paramId, values: r.values, updatedAt: r.updatedAt };
}
