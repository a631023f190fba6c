import { Injectable, Logger } from '@nestjs/common';
import { assertCan } from '@attesta/access';
import { AuditService } from '@attesta/audit';
import { parseMappingCollection } from '@attesta/recognition';
import { Actor, actorId, Db, insertable, isForeignKeyViolation, isUniqueViolation, newId, scopeOf } from '@attesta/core';
import type { EntityManager } from 'typeorm';
import { FrameworkVersionMappingEntity } from './entities/framework-version-mapping.entity.js';
import { WorkspaceFrameworkMoveEntity, type CarriedVerdict, type MoveCarried } from './entities/workspace-framework-move.entity.js';
import { FrameworkVersionsError, FrameworkVersionsErrorCode as Code } from './framework-versions.errors.js';
import { versionDiff, type VersionDiff, type VersionedRequirement, type VersionMappingEntry } from './version-diff.js';

export interface FrameworkRef {
  id: string;
  code: string;
  title: string;
  version: string;
  publisher: string | null;
  description: string | null;
  note: string | null;
  organizationId: string | null;
  retiredAt: Date | null;
  retiredReason: string | null;
}

export interface VersionMappingView {
  mapping: FrameworkVersionMappingEntity;
  from: FrameworkRef;
  to: FrameworkRef;
  diff: VersionDiff;
}

export interface WorkspaceImpact {
  workspaceId: string;
  workspaceName: string;
  /** Evidence whose every link is to a removed or changed requirement: after the move it covers nothing. */
  evidenceNoLongerCovering: { evidenceId: string; title: string; refs: string[] }[];
  /** Attestations that cite the old version (they keep citing it). */
  attestationsCitingOldVersion: { id: string; serial: string; status: string }[];
  /** What a move would carry (equal/equivalent requirements only). */
  wouldCarry: { evidenceLinks: number; applicability: number; verdicts: number };
}

export interface ChangeImpactReport {
  mappingId: string;
  from: FrameworkRef;
  to: FrameworkRef;
  diff: VersionDiff;
  workspaces: WorkspaceImpact[];
}

export interface FrameworkMetadataPatch {
  title?: string;
  publisher?: string | null;
  description?: string | null;
  note?: string | null;
}

const FRAMEWORK_COLUMNS = `id, code, title, version, publisher, description, note, organization_id AS "organizationId", retired_at AS "retiredAt", retired_reason AS "retiredReason"`;

/**
 * Framework versions: a version mapping between an old and a new version of a framework, the
 * change-impact report for every workspace on the old one, the owner's move of a workspace
 * (carrying applicability, parameter values, evidence links and the verdict history across
 * equal/equivalent requirements), framework metadata, retirement and guarded deletion.
 * Attestations are never touched: they keep citing the version they were issued for.
 */
@Injectable()
export class FrameworkVersionsService {
  private readonly logger = new Logger(FrameworkVersionsService.name);

  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  async createMapping(actor: Actor, input: { fromFrameworkId: string; toFrameworkId: string; entries: unknown }): Promise<VersionMappingView> {
    assertCan(actor, 'create', 'Framework');
    return this.db.tx(scopeOf(actor), async (em) => {
      const from = await this.framework(em, input.fromFrameworkId, 'fromFrameworkId');
      const to = await this.framework(em, input.toFrameworkId, 'toFrameworkId');
      const errors = [];
      if (from.id === to.id) errors.push({ field: 'toFrameworkId', message: 'must differ from fromFrameworkId' });
      if (to.organizationId !== actor.organizationId)
        errors.push({ field: 'toFrameworkId', message: "must be your organization's own framework (the new version you imported)" });
      if (to.retiredAt) errors.push({ field: 'toFrameworkId', message: 'is retired' });
      if (errors.length) throw new FrameworkVersionsError(Code.InvalidMapping, 'The version mapping is not valid.', { errors });
      const { diff, entries, issues } = versionDiff(await this.controls(em, from.id), await this.controls(em, to.id), input.entries);
      if (issues.length)
        throw new FrameworkVersionsError(Code.InvalidMapping, 'The version mapping names requirements or relationships that do not exist.', { errors: issues });
      const repo = em.getRepository(FrameworkVersionMappingEntity);
      const mapping = repo.create({
        id: newId(),
        organizationId: actor.organizationId,
        fromFrameworkId: from.id,
        toFrameworkId: to.id,
        entries,
        createdBy: actorId(actor),
        createdAt: new Date(),
      });
      try {
        await repo.insert(insertable(mapping));
      } catch (e) {
        if (isUniqueViolation(e, 'uq_framework_version_mappings_pair'))
          throw new FrameworkVersionsError(Code.MappingExists, 'Your organization already maps these two versions.', {
            errors: [{ field: 'toFrameworkId', message: 'is already mapped from fromFrameworkId' }],
            cause: e,
          });
        throw e;
      }
      await this.audit.record(
        em,
        actor,
        { type: 'organization', id: actor.organizationId },
        {
          action: 'framework_version_mapping.created',
          subjectType: 'Framework',
          subjectId: to.id,
          payload: {
            mappingId: mapping.id,
            from: `${from.code}@${from.version}`,
            to: `${to.code}@${to.version}`,
            added: diff.added.length,
            removed: diff.removed.length,
            changed: diff.changed.length,
          },
        },
      );
      return { mapping, from, to, diff };
    });
  }

  /**
   * The same from an OSCAL 1.2 mapping-collection document (the model libs/recognition parses):
   * exactly one `mapping`, its source and target resources naming the two versions
   * (`urn:attesta:framework:<code>@<version>`); each `map` becomes an entry (its remarks the
   * rationale). Refs and relationships are then checked as for a plain mapping.
   */
  async importOscalMapping(actor: Actor, document: unknown): Promise<VersionMappingView> {
    assertCan(actor, 'create', 'Framework');
    const model = parseMappingCollection(document);
    if (model.mappings.length !== 1)
      throw new FrameworkVersionsError(Code.InvalidMapping, 'A version mapping is one mapping between two versions.', {
        errors: [{ field: 'mapping-collection.mappings', message: `must hold exactly one mapping (it holds ${model.mappings.length})` }],
      });
    const m = model.mappings[0]!;
    const [fromFrameworkId, toFrameworkId] = await this.db.tx(scopeOf(actor), async (em) => {
      const find = async (key: { code: string; version: string }, field: string) => {
        const [row] = (await em.query(`SELECT id FROM frameworks WHERE code = $1 AND version = $2 ORDER BY organization_id NULLS LAST LIMIT 1`, [
          key.code,
          key.version,
        ])) as {
          id: string;
        }[];
        if (!row)
          throw new FrameworkVersionsError(Code.FrameworkNotFound, `No framework ${key.code}@${key.version} you can see.`, {
            errors: [{ field, message: `names no framework you can see (${key.code}@${key.version})` }],
          });
        return row.id;
      };
      return [await find(m.source, 'mapping-collection.mappings.0.source-resource'), await find(m.target, 'mapping-collection.mappings.0.target-resource')];
    });
    const entries: VersionMappingEntry[] = m.maps.map((x) => ({
      sourceRef: x.sourceRef,
      targetRef: x.relationship === 'no-relationship' ? null : x.targetRef,
      relationship: x.relationship,
      ...(x.remarks ? { rationale: x.remarks } : {}),
    }));
    return this.createMapping(actor, { fromFrameworkId, toFrameworkId, entries });
  }

  async getMapping(actor: Actor, mappingId: string): Promise<VersionMappingView> {
    assertCan(actor, 'read', 'Framework');
    return this.db.tx(scopeOf(actor), (em) => this.mappingView(em, actor, mappingId));
  }

  /** The change-impact report for every workspace of the organization on the old version. */
  async impact(actor: Actor, mappingId: string): Promise<ChangeImpactReport> {
    assertCan(actor, 'read', 'Framework');
    assertCan(actor, 'read', 'Workspace');
    return this.db.tx(scopeOf(actor), async (em) => {
      const view = await this.mappingView(em, actor, mappingId);
      const workspaces = (await em.query(
        `SELECT w.id, w.name FROM workspaces w JOIN workspace_frameworks wf ON wf.workspace_id = w.id AND wf.framework_id = $1
          WHERE w.organization_id = $2 ORDER BY w.id`,
        [view.from.id, actor.organizationId],
      )) as { id: string; name: string }[];
      const out: WorkspaceImpact[] = [];
      for (const w of workspaces) out.push({ workspaceId: w.id, workspaceName: w.name, ...(await this.workspaceImpact(em, w.id, view)) });
      return { mappingId: view.mapping.id, from: view.from, to: view.to, diff: view.diff, workspaces: out };
    });
  }

  /** The owner moves a workspace to the new version; one transaction. */
  async move(actor: Actor, workspaceId: string, input: { mappingId: string }): Promise<WorkspaceFrameworkMoveEntity> {
    assertCan(actor, 'update', 'Workspace');
    return this.db.tx(scopeOf(actor), async (em) => {
      await this.assertWorkspaceOwner(em, workspaceId);
      const view = await this.mappingView(em, actor, input.mappingId, 'mappingId');
      const [on] = (await em.query(
        `SELECT bool_or(framework_id = $2) AS has_from, bool_or(framework_id = $3) AS has_to FROM workspace_frameworks WHERE workspace_id = $1`,
        [workspaceId, view.from.id, view.to.id],
      )) as { has_from: boolean | null; has_to: boolean | null }[];
      if (!on?.has_from || on.has_to)
        throw new FrameworkVersionsError(
          Code.NotOnOldVersion,
          `The workspace is not on ${view.from.code} ${view.from.version} only (or is on ${view.to.version} already).`,
          {
            errors: [
              { field: 'mappingId', message: on?.has_to ? 'the workspace is already on the new version' : 'the workspace does not target the old version' },
            ],
          },
        );
      if (view.to.retiredAt)
        throw new FrameworkVersionsError(Code.FrameworkRetired, 'The new version is retired.', {
          errors: [{ field: 'mappingId', message: 'maps to a retired framework' }],
        });
      const now = new Date();
      const by = actorId(actor);
      const pairs = view.diff.unchanged;
      const toNew = new Map(pairs.map((p) => [p.from.id, p.to]));
      const fromOf = new Map(pairs.map((p) => [p.from.id, p.from]));
      const oldIds = [...toNew.keys()];

      await em.query(`INSERT INTO workspace_frameworks (workspace_id, framework_id, created_at) VALUES ($1, $2, $3)`, [workspaceId, view.to.id, now]);

      const links = (await em.query(
        `SELECT evidence_id, requirement_id, note, organization_id FROM evidence_links WHERE workspace_id = $1 AND requirement_id = ANY($2::uuid[]) ORDER BY created_at, id`,
        [workspaceId, oldIds],
      )) as { evidence_id: string; requirement_id: string; note: string; organization_id: string }[];
      let evidenceLinks = 0;
      for (const l of links) {
        const note = `${l.note ? `${l.note} ` : ''}(carried from ${fromOf.get(l.requirement_id)!.ref} of ${view.from.version})`.slice(0, 2000);
        const inserted = (await em.query(
          `INSERT INTO evidence_links (id, workspace_id, evidence_id, requirement_id, note, created_by, organization_id, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (evidence_id, requirement_id) DO NOTHING RETURNING id`,
          [newId(), workspaceId, l.evidence_id, toNew.get(l.requirement_id)!.id, note, by, l.organization_id, now],
        )) as unknown[];
        evidenceLinks += inserted.length;
      }

      const statements = (await em.query(
        `SELECT requirement_id, applicable, justification, component_ids FROM workspace_applicability WHERE workspace_id = $1 AND requirement_id = ANY($2::uuid[])`,
        [workspaceId, oldIds],
      )) as { requirement_id: string; applicable: boolean; justification: string; component_ids: string[] }[];
      let applicability = 0;
      for (const s of statements) {
        const inserted = (await em.query(
          `INSERT INTO workspace_applicability (id, workspace_id, requirement_id, applicable, justification, component_ids, updated_by, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (workspace_id, requirement_id) DO NOTHING RETURNING id`,
          [newId(), workspaceId, toNew.get(s.requirement_id)!.id, s.applicable, s.justification, s.component_ids, by, now],
        )) as unknown[];
        applicability += inserted.length;
      }

      const parameterValues = await this.carryParameterValues(em, workspaceId, view, by, now);

      const verdictRows = (await em.query(
        `SELECT submission_id, requirement_id, outcome, comment, organization_id, updated_at FROM verdicts
          WHERE workspace_id = $1 AND requirement_id = ANY($2::uuid[]) ORDER BY updated_at, id`,
        [workspaceId, oldIds],
      )) as { submission_id: string; requirement_id: string; outcome: string; comment: string; organization_id: string; updated_at: Date }[];
      const verdicts: CarriedVerdict[] = verdictRows.map((v) => ({
        requirementId: toNew.get(v.requirement_id)!.id,
        ref: toNew.get(v.requirement_id)!.ref,
        fromRequirementId: v.requirement_id,
        fromRef: fromOf.get(v.requirement_id)!.ref,
        submissionId: v.submission_id,
        outcome: v.outcome,
        comment: v.comment,
        assessorOrganizationId: v.organization_id,
        recordedAt: new Date(v.updated_at).toISOString(),
      }));

      await em.query(`DELETE FROM workspace_frameworks WHERE workspace_id = $1 AND framework_id = $2`, [workspaceId, view.from.id]);
      const carried: MoveCarried = { evidenceLinks, applicability, parameterValues, verdicts };
      const repo = em.getRepository(WorkspaceFrameworkMoveEntity);
      const move = repo.create({
        id: newId(),
        organizationId: actor.organizationId,
        workspaceId,
        mappingId: view.mapping.id,
        fromFrameworkId: view.from.id,
        toFrameworkId: view.to.id,
        carried,
        movedBy: by,
        movedAt: now,
      });
      await repo.insert(insertable(move));
      await this.audit.record(
        em,
        actor,
        { type: 'workspace', id: workspaceId },
        {
          action: 'workspace.framework_version_moved',
          subjectType: 'Workspace',
          subjectId: workspaceId,
          payload: {
            from: `${view.from.code}@${view.from.version}`,
            to: `${view.to.code}@${view.to.version}`,
            mappingId: view.mapping.id,
            evidenceLinks,
            applicability,
            parameterValues,
            verdicts: verdicts.length,
          },
        },
      );
      this.logger.log(
        { workspaceId, from: view.from.id, to: view.to.id, evidenceLinks, verdicts: verdicts.length },
        'workspace moved to a new framework version',
      );
      return move;
    });
  }

  async listMoves(actor: Actor, workspaceId: string): Promise<WorkspaceFrameworkMoveEntity[]> {
    assertCan(actor, 'read', 'Workspace');
    return this.db.tx(scopeOf(actor), async (em) => {
      const [row] = (await em.query('SELECT app_ws_role($1) AS role', [workspaceId])) as { role: string | null }[];
      if (!row?.role) throw new FrameworkVersionsError(Code.WorkspaceNotFound, 'No such workspace.');
      return em.getRepository(WorkspaceFrameworkMoveEntity).find({ where: { workspaceId }, order: { movedAt: 'ASC', id: 'ASC' }, take: 200 });
    });
  }

  async updateMetadata(actor: Actor, frameworkId: string, patch: FrameworkMetadataPatch): Promise<FrameworkRef> {
    assertCan(actor, 'update', 'Framework');
    return this.db.tx(scopeOf(actor), async (em) => {
      const f = await this.ownFramework(em, actor, frameworkId);
      if (patch.title !== undefined && !patch.title.trim())
        throw new FrameworkVersionsError(Code.InvalidMetadata, 'The title must not be empty.', { errors: [{ field: 'title', message: 'must not be empty' }] });
      const next = {
        title: patch.title?.trim() ?? f.title,
        publisher: patch.publisher === undefined ? f.publisher : patch.publisher,
        description: patch.description === undefined ? f.description : patch.description,
        note: patch.note === undefined ? f.note : patch.note,
      };
      await em.query(`UPDATE frameworks SET title = $2, publisher = $3, description = $4, note = $5 WHERE id = $1 AND organization_id = $6`, [
        f.id,
        next.title,
        next.publisher,
        next.description,
        next.note,
        actor.organizationId,
      ]);
      await this.audit.record(
        em,
        actor,
        { type: 'organization', id: actor.organizationId },
        {
          action: 'framework.updated',
          subjectType: 'Framework',
          subjectId: f.id,
          payload: { changed: Object.keys(patch).filter((k) => patch[k as keyof FrameworkMetadataPatch] !== undefined) },
        },
      );
      return { ...f, ...next };
    });
  }

  /** Retired frameworks stay readable and cited; no new mapping may lead to one and no workspace may move to one. */
  async retire(actor: Actor, frameworkId: string, reason: string | null): Promise<FrameworkRef> {
    assertCan(actor, 'update', 'Framework');
    return this.db.tx(scopeOf(actor), async (em) => {
      const f = await this.ownFramework(em, actor, frameworkId);
      if (f.retiredAt) return f;
      const now = new Date();
      await em.query(`UPDATE frameworks SET retired_at = $2, retired_reason = $3 WHERE id = $1 AND organization_id = $4`, [
        f.id,
        now,
        reason,
        actor.organizationId,
      ]);
      await this.audit.record(
        em,
        actor,
        { type: 'organization', id: actor.organizationId },
        {
          action: 'framework.retired',
          subjectType: 'Framework',
          subjectId: f.id,
          payload: { code: f.code, version: f.version, reason },
        },
      );
      return { ...f, retiredAt: now, retiredReason: reason };
    });
  }

  /** Deletes an own framework nothing cites; otherwise 409 with what cites it (retire it instead). */
  async remove(actor: Actor, frameworkId: string): Promise<void> {
    assertCan(actor, 'delete', 'Framework');
    await this.db.tx(scopeOf(actor), async (em) => {
      const f = await this.ownFramework(em, actor, frameworkId);
      const [cites] = (await em.query(
        `SELECT (SELECT count(*) FROM workspace_frameworks WHERE framework_id = $1)::int AS workspaces,
                (SELECT count(*) FROM attestations WHERE frameworks @> jsonb_build_array(jsonb_build_object('id', $1::text)))::int AS attestations,
                (SELECT count(*) FROM framework_version_mappings WHERE from_framework_id = $1 OR to_framework_id = $1)::int AS "versionMappings",
                (SELECT count(*) FROM evidence_links l JOIN requirements r ON r.id = l.requirement_id WHERE r.framework_id = $1)::int AS "evidenceLinks",
                (SELECT count(*) FROM requirement_mappings m JOIN requirements r ON r.id IN (m.source_requirement_id, m.target_requirement_id) WHERE r.framework_id = $1)::int AS crosswalks`,
        [f.id],
      )) as Record<string, number>[];
      const citedBy = Object.fromEntries(Object.entries(cites ?? {}).filter(([, n]) => n > 0));
      if (Object.keys(citedBy).length)
        throw new FrameworkVersionsError(
          Code.FrameworkCited,
          `${f.code} ${f.version} is cited (${Object.entries(citedBy)
            .map(([k, n]) => `${k}: ${n}`)
            .join(', ')}); retire it instead.`,
          {
            extensions: { citedBy },
          },
        );
      try {
        await em.query(`DELETE FROM frameworks WHERE id = $1 AND organization_id = $2`, [f.id, actor.organizationId]);
      } catch (e) {
        if (isForeignKeyViolation(e))
          throw new FrameworkVersionsError(Code.FrameworkCited, `${f.code} ${f.version} is cited; retire it instead.`, { cause: e });
        throw e;
      }
      await this.audit.record(
        em,
        actor,
        { type: 'organization', id: actor.organizationId },
        {
          action: 'framework.deleted',
          subjectType: 'Framework',
          subjectId: f.id,
          payload: { code: f.code, version: f.version },
        },
      );
    });
  }

  private async workspaceImpact(
    em: EntityManager,
    workspaceId: string,
    view: VersionMappingView,
  ): Promise<Omit<WorkspaceImpact, 'workspaceId' | 'workspaceName'>> {
    const carriedOld = view.diff.unchanged.map((p) => p.from.id);
    const evidence = (await em.query(
      `SELECT e.id AS "evidenceId", e.title, array_agg(r.ref ORDER BY r.sort_order) AS refs
         FROM evidence e
         JOIN evidence_links l ON l.evidence_id = e.id AND l.workspace_id = $1
         JOIN requirements r ON r.id = l.requirement_id
        WHERE e.workspace_id = $1
        GROUP BY e.id, e.title
       HAVING bool_and(r.framework_id = $2 AND NOT (r.id = ANY($3::uuid[])))
        ORDER BY e.id`,
      [workspaceId, view.from.id, carriedOld],
    )) as { evidenceId: string; title: string; refs: string[] }[];
    const attestations = (await em.query(
      `SELECT id, serial, status FROM attestations WHERE workspace_id = $1 AND frameworks @> jsonb_build_array(jsonb_build_object('id', $2::text)) ORDER BY id`,
      [workspaceId, view.from.id],
    )) as { id: string; serial: string; status: string }[];
    const [counts] = (await em.query(
      `SELECT (SELECT count(*) FROM evidence_links WHERE workspace_id = $1 AND requirement_id = ANY($2::uuid[]))::int AS "evidenceLinks",
              (SELECT count(*) FROM workspace_applicability WHERE workspace_id = $1 AND requirement_id = ANY($2::uuid[]))::int AS applicability,
              (SELECT count(*) FROM verdicts WHERE workspace_id = $1 AND requirement_id = ANY($2::uuid[]))::int AS verdicts`,
      [workspaceId, carriedOld],
    )) as { evidenceLinks: number; applicability: number; verdicts: number }[];
    return { evidenceNoLongerCovering: evidence, attestationsCitingOldVersion: attestations, wouldCarry: counts! };
  }

  /**
   * Organization-defined parameter values follow their control: a value whose param id names
   * (by the OSCAL `<control-id>_...` convention) a control that carries is copied; one of a
   * removed or changed control is not; a catalog-level param is copied as is.
   */
  private async carryParameterValues(em: EntityManager, workspaceId: string, view: VersionMappingView, by: string, now: Date): Promise<number> {
    const values = (await em.query(`SELECT param_id, "values" FROM workspace_parameter_values WHERE workspace_id = $1 AND framework_id = $2`, [
      workspaceId,
      view.from.id,
    ])) as { param_id: string; values: string[] }[];
    const carries = new Set(view.diff.unchanged.map((p) => p.from.oscalId?.toLowerCase()).filter(Boolean));
    const stops = new Set(
      [...view.diff.removed.map((r) => r.oscalId), ...view.diff.changed.map((p) => p.from.oscalId)].filter(Boolean).map((x) => x!.toLowerCase()),
    );
    let n = 0;
    for (const v of values) {
      const control = v.param_id.split('_')[0]!.toLowerCase();
      if (stops.has(control) && !carries.has(control)) continue;
      const inserted = (await em.query(
        `INSERT INTO workspace_parameter_values (workspace_id, framework_id, param_id, "values", updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT DO NOTHING RETURNING param_id`,
        [workspaceId, view.to.id, v.param_id, v.values, by, now],
      )) as unknown[];
      n += inserted.length;
    }
    return n;
  }

  private async mappingView(em: EntityManager, actor: Actor, mappingId: string, field?: string): Promise<VersionMappingView> {
    const mapping = await em.getRepository(FrameworkVersionMappingEntity).findOne({ where: { id: mappingId, organizationId: actor.organizationId } });
    if (!mapping)
      throw new FrameworkVersionsError(
        Code.MappingNotFound,
        'No version mapping with this id in your organization.',
        field ? { errors: [{ field, message: 'names no version mapping of your organization' }] } : {},
      );
    const from = await this.framework(em, mapping.fromFrameworkId, 'fromFrameworkId');
    const to = await this.framework(em, mapping.toFrameworkId, 'toFrameworkId');
    const { diff } = versionDiff(await this.controls(em, from.id), await this.controls(em, to.id), mapping.entries as VersionMappingEntry[]);
    return { mapping, from, to, diff };
  }

  private async framework(em: EntityManager, id: string, field: string): Promise<FrameworkRef> {
    const [f] = (await em.query(`SELECT ${FRAMEWORK_COLUMNS} FROM frameworks WHERE id = $1`, [id])) as FrameworkRef[];
    if (!f) throw new FrameworkVersionsError(Code.FrameworkNotFound, 'No such framework.', { errors: [{ field, message: 'names no framework you can see' }] });
    return f;
  }

  private async ownFramework(em: EntityManager, actor: Actor, id: string): Promise<FrameworkRef> {
    const [f] = (await em.query(`SELECT ${FRAMEWORK_COLUMNS} FROM frameworks WHERE id = $1`, [id])) as FrameworkRef[];
    if (!f) throw new FrameworkVersionsError(Code.FrameworkNotFound, 'No such framework.');
    if (f.organizationId !== actor.organizationId)
      throw new FrameworkVersionsError(
        Code.NotOwnFramework,
        'Only the organization that imported or made a framework changes it; built-in frameworks change with releases.',
      );
    return f;
  }

  private async controls(em: EntityManager, frameworkId: string): Promise<VersionedRequirement[]> {
    return (await em.query(
      `SELECT id, ref, title, statement, oscal_id AS "oscalId" FROM requirements WHERE framework_id = $1 AND kind = 'control' ORDER BY sort_order, id`,
      [frameworkId],
    )) as VersionedRequirement[];
  }

  private async assertWorkspaceOwner(em: EntityManager, workspaceId: string): Promise<void> {
    const [row] = (await em.query('SELECT app_ws_role($1) AS role', [workspaceId])) as { role: string | null }[];
    if (!row?.role) throw new FrameworkVersionsError(Code.WorkspaceNotFound, 'No such workspace.');
    if (row.role !== 'owner') throw new FrameworkVersionsError(Code.NotWorkspaceOwner, "Only the workspace's owner moves it to another framework version.");
  }
}
