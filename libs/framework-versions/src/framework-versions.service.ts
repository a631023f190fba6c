import { Injectable, Logger } from '@nestjs/common';
import { assertCan } from '@attesta/access';
import { attestationCountCitingFramework, workspaceAttestationsCitingFramework } from '@attesta/attestations';
import { AuditService } from '@attesta/audit';
import {
  crosswalkMappingCount,
  deleteOwnFramework,
  frameworkControlTexts,
  frameworkIdByCodeAndVersion,
  frameworkRecord,
  frameworkRequirementIds,
  requirementPlacements,
  retireOwnFramework,
  updateOwnFrameworkMetadata,
} from '@attesta/catalog';
import { Actor, actorId, Db, insertable, isForeignKeyViolation, isUniqueViolation, newId, scopeOf } from '@attesta/core';
import { addEvidenceLinkIfAbsent, evidenceLinkCount, evidenceLinksTo, workspaceEvidenceLinkTargets } from '@attesta/evidence';
import { parseMappingCollection } from '@attesta/recognition';
import { verdictCountOnRequirements, verdictsOnRequirements } from '@attesta/reviews';
import {
  addApplicabilityIfAbsent,
  addParameterValueIfAbsent,
  addWorkspaceFramework,
  applicabilityCount,
  applicabilityStatements,
  organizationWorkspacesOnFramework,
  removeWorkspaceFramework,
  workspaceCountOnFramework,
  workspaceFrameworkIds,
  workspaceParameterValues,
} from '@attesta/workspaces';
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
      // A mapping relates two versions of one framework: moving a workspace onto another framework
      // would carry its evidence, verdicts and findings over as if they answered that one.
      else if (from.code !== to.code) errors.push({ field: 'toFrameworkId', message: `must be a version of ${from.code} (it is ${to.code})` });
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
        const id = await frameworkIdByCodeAndVersion(em, key.code, key.version);
        if (!id)
          throw new FrameworkVersionsError(Code.FrameworkNotFound, `No framework ${key.code}@${key.version} you can see.`, {
            errors: [{ field, message: `names no framework you can see (${key.code}@${key.version})` }],
          });
        return id;
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
      const workspaces = await organizationWorkspacesOnFramework(em, actor.organizationId, view.from.id);
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
      const targets = await workspaceFrameworkIds(em, workspaceId);
      const hasFrom = targets.includes(view.from.id);
      const hasTo = targets.includes(view.to.id);
      if (!hasFrom || hasTo)
        throw new FrameworkVersionsError(
          Code.NotOnOldVersion,
          `The workspace is not on ${view.from.code} ${view.from.version} only (or is on ${view.to.version} already).`,
          {
            errors: [{ field: 'mappingId', message: hasTo ? 'the workspace is already on the new version' : 'the workspace does not target the old version' }],
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

      await addWorkspaceFramework(em, workspaceId, view.to.id, now);

      let evidenceLinks = 0;
      for (const l of await evidenceLinksTo(em, workspaceId, oldIds)) {
        const note = `${l.note ? `${l.note} ` : ''}(carried from ${fromOf.get(l.requirementId)!.ref} of ${view.from.version})`.slice(0, 2000);
        const added = await addEvidenceLinkIfAbsent(
          em,
          workspaceId,
          { evidenceId: l.evidenceId, requirementId: toNew.get(l.requirementId)!.id, note, organizationId: l.organizationId },
          by,
          now,
        );
        if (added) evidenceLinks++;
      }

      let applicability = 0;
      for (const s of await applicabilityStatements(em, workspaceId, oldIds)) {
        if (await addApplicabilityIfAbsent(em, workspaceId, { ...s, requirementId: toNew.get(s.requirementId)!.id }, by, now)) applicability++;
      }

      const parameterValues = await this.carryParameterValues(em, workspaceId, view, by, now);

      const verdicts: CarriedVerdict[] = (await verdictsOnRequirements(em, workspaceId, oldIds)).map((v) => ({
        requirementId: toNew.get(v.requirementId)!.id,
        ref: toNew.get(v.requirementId)!.ref,
        fromRequirementId: v.requirementId,
        fromRef: fromOf.get(v.requirementId)!.ref,
        submissionId: v.submissionId,
        outcome: v.outcome,
        comment: v.comment,
        assessorOrganizationId: v.organizationId,
        recordedAt: new Date(v.updatedAt).toISOString(),
      }));

      await removeWorkspaceFramework(em, workspaceId, view.from.id);
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
      await updateOwnFrameworkMetadata(em, actor.organizationId, f.id, next);
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
      await retireOwnFramework(em, actor.organizationId, f.id, now, reason);
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
      // Sequential: one transaction's connection runs one query at a time.
      const [versionMappings] = (await em.query(
        `SELECT count(*)::int AS n FROM framework_version_mappings WHERE from_framework_id = $1 OR to_framework_id = $1`,
        [f.id],
      )) as { n: number }[];
      const cites: Record<string, number> = {
        workspaces: await workspaceCountOnFramework(em, f.id),
        attestations: await attestationCountCitingFramework(em, f.id),
        versionMappings: versionMappings?.n ?? 0,
        evidenceLinks: await evidenceLinkCount(em, await frameworkRequirementIds(em, f.id)),
        crosswalks: await crosswalkMappingCount(em, f.id),
      };
      const citedBy = Object.fromEntries(Object.entries(cites).filter(([, n]) => n > 0));
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
        await deleteOwnFramework(em, actor.organizationId, f.id);
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
    const carried = new Set(carriedOld);
    // Evidence whose every link (to a requirement the caller can read) is to a requirement of the
    // old version that does not carry; refs in the requirements' reading order.
    const items = await workspaceEvidenceLinkTargets(em, workspaceId);
    const placements = new Map(
      (
        await requirementPlacements(
          em,
          items.flatMap((i) => i.requirementIds),
        )
      ).map((r) => [r.id, r]),
    );
    const evidence: WorkspaceImpact['evidenceNoLongerCovering'] = [];
    for (const item of items) {
      const linked = item.requirementIds.flatMap((id) => (placements.has(id) ? [placements.get(id)!] : []));
      if (!linked.length || !linked.every((r) => r.frameworkId === view.from.id && !carried.has(r.id))) continue;
      const refs = [...linked].sort((a, b) => a.sortOrder - b.sortOrder).map((r) => r.ref);
      evidence.push({ evidenceId: item.evidenceId, title: item.title, refs });
    }
    const attestations = await workspaceAttestationsCitingFramework(em, workspaceId, view.from.id);
    const wouldCarry = {
      evidenceLinks: await evidenceLinkCount(em, carriedOld, workspaceId),
      applicability: await applicabilityCount(em, workspaceId, carriedOld),
      verdicts: await verdictCountOnRequirements(em, workspaceId, carriedOld),
    };
    return { evidenceNoLongerCovering: evidence, attestationsCitingOldVersion: attestations, wouldCarry };
  }

  /**
   * Organization-defined parameter values follow their control: a value whose param id names
   * (by the OSCAL `<control-id>_...` convention) a control that carries is copied; one of a
   * removed or changed control is not; a catalog-level param is copied as is.
   */
  private async carryParameterValues(em: EntityManager, workspaceId: string, view: VersionMappingView, by: string, now: Date): Promise<number> {
    const values = await workspaceParameterValues(em, workspaceId, view.from.id);
    const carries = new Set(view.diff.unchanged.map((p) => p.from.oscalId?.toLowerCase()).filter(Boolean));
    const stops = new Set(
      [...view.diff.removed.map((r) => r.oscalId), ...view.diff.changed.map((p) => p.from.oscalId)].filter(Boolean).map((x) => x!.toLowerCase()),
    );
    let n = 0;
    for (const v of values) {
      const control = v.paramId.split('_')[0]!.toLowerCase();
      if (stops.has(control) && !carries.has(control)) continue;
      if (await addParameterValueIfAbsent(em, workspaceId, { frameworkId: view.to.id, paramId: v.paramId, values: v.values }, by, now)) n++;
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
    const f = await frameworkRecord(em, id);
    if (!f) throw new FrameworkVersionsError(Code.FrameworkNotFound, 'No such framework.', { errors: [{ field, message: 'names no framework you can see' }] });
    return f;
  }

  private async ownFramework(em: EntityManager, actor: Actor, id: string): Promise<FrameworkRef> {
    const f = await frameworkRecord(em, id);
    // Another organization's framework (which row-level security may let a participant of a workspace
    // citing it read) is not there to change: 404, as for any tenant's object. A built-in one is: 403.
    if (!f || (f.organizationId !== null && f.organizationId !== actor.organizationId))
      throw new FrameworkVersionsError(Code.FrameworkNotFound, 'No such framework.');
    if (f.organizationId !== actor.organizationId)
      throw new FrameworkVersionsError(
        Code.NotOwnFramework,
        'Only the organization that imported or made a framework changes it; built-in frameworks change with releases.',
      );
    return f;
  }

  private async controls(em: EntityManager, frameworkId: string): Promise<VersionedRequirement[]> {
    return frameworkControlTexts(em, frameworkId);
  }

  private async assertWorkspaceOwner(em: EntityManager, workspaceId: string): Promise<void> {
    const [row] = (await em.query('SELECT app_ws_role($1) AS role', [workspaceId])) as { role: string | null }[];
    if (!row?.role) throw new FrameworkVersionsError(Code.WorkspaceNotFound, 'No such workspace.');
    if (row.role !== 'owner') throw new FrameworkVersionsError(Code.NotWorkspaceOwner, "Only the workspace's owner moves it to another framework version.");
  }
}
