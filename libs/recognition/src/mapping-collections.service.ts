import { Injectable } from '@nestjs/common';
import { assertCan } from '@attesta/access';
import { AuditService } from '@attesta/audit';
import { crosswalkRows, frameworksOwnedBy, frameworksWithCodes, frameworkSummaries, requirementDetails, type FrameworkSummary } from '@attesta/catalog';
import { Actor, actorUserId, Db, type FieldIssue, isUniqueViolation, keysetPage, newId, type Page, scopeOf } from '@attesta/core';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { MappingCollectionEntryEntity } from './entities/mapping-collection-entry.entity.js';
import { MappingCollectionEntity, type ApprovalStatus, type CollectionOwnerKind, type StoredFrameworkMapping } from './entities/mapping-collection.entity.js';
import {
  buildMappingCollection,
  parseMappingCollection,
  relationshipOfCrosswalk,
  type FrameworkMapping,
  type MappingCollectionModel,
} from './oscal/oscal-mapping.js';
import { RecognitionError, RecognitionErrorCode } from './recognition.errors.js';

export interface ImportCollectionOptions {
  /** Stable name across versions; defaults to a slug of the title. */
  code?: string;
  /** `tenant` (default) or `scheme_owner` (the organization owns the scheme the collection maps). */
  ownerKind?: Exclude<CollectionOwnerKind, 'built_in'>;
}

/** A collection as clients list it (the maps are in its OSCAL export). */
export interface MappingCollectionView {
  id: string;
  organizationId: string | null;
  ownerKind: CollectionOwnerKind;
  code: string;
  version: string;
  title: string;
  oscalUuid: string;
  lastModified: string;
  approvalStatus: ApprovalStatus;
  approvedAt: string | null;
  entryCount: number;
  frameworkPairs: { sourceFrameworkId: string; targetFrameworkId: string }[];
  provenance: MappingCollectionModel['provenance'];
  createdAt: string;
}

/** Name-based (version 5 layout) UUID: stable OSCAL ids for exports of the built-in crosswalks. */
export function nameUuid(name: string): string {
  const h = createHash('sha1').update(`attesta:${name}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80) || 'mapping-collection';

/**
 * Mapping collections in the OSCAL 1.2 Control Mapping model: import (all or nothing, every
 * reference resolved against the named framework versions), export, versions (code + version
 * per owner), approval by the owner, and the built-in / legacy crosswalks exported in the model.
 * Permissions: reading needs `read Mapping`; importing and approving `create Mapping` (owners and
 * admins, `catalog:write` keys), approving only one's own collection.
 */
@Injectable()
export class MappingCollectionsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  async importCollection(actor: Actor, document: unknown, options: ImportCollectionOptions = {}): Promise<MappingCollectionView> {
    assertCan(actor, 'create', 'Mapping');
    const model = parseMappingCollection(document);
    const code = options.code ?? slug(model.title);
    if (!/^[a-z0-9][a-z0-9._-]{0,99}$/.test(code))
      throw new RecognitionError(RecognitionErrorCode.InvalidDocument, 'The collection code must be a lower-case slug.', {
        errors: [{ field: 'code', message: 'must match ^[a-z0-9][a-z0-9._-]{0,99}$' }],
      });
    return this.db.tx(scopeOf(actor), async (em) => {
      const resolved = await this.resolve(em, model);
      // "Scheme owner" tells readers the crosswalk comes from the owner of the scheme it maps: only an
      // organization owning one of the mapped frameworks says so (built-in schemes belong to no one).
      if (options.ownerKind === 'scheme_owner') {
        const mapped = resolved.pairs.flatMap((p) => [p.sourceFrameworkId, p.targetFrameworkId]);
        if (!(await frameworksOwnedBy(em, actor.organizationId, mapped)).length)
          throw new RecognitionError(RecognitionErrorCode.InvalidDocument, 'Only the owner of a scheme the collection maps imports it as its scheme owner.', {
            errors: [{ field: 'ownerKind', message: 'scheme_owner needs a mapped framework of your organization' }],
          });
      }
      const collection = em.getRepository(MappingCollectionEntity).create({
        id: newId(),
        organizationId: actor.organizationId,
        ownerKind: options.ownerKind ?? 'tenant',
        code,
        version: model.version,
        title: model.title,
        oscalUuid: model.uuid,
        lastModified: new Date(model.lastModified),
        provenance: model.provenance,
        frameworkMappings: resolved.pairs,
        approvalStatus: 'draft',
        approvedAt: null,
        approvedBy: null,
        entryCount: resolved.entries.length,
        createdAt: new Date(),
      });
      try {
        await em.getRepository(MappingCollectionEntity).insert(collection);
      } catch (e) {
        if (isUniqueViolation(e))
          throw new RecognitionError(
            RecognitionErrorCode.CollectionExists,
            `The organization already has ${code} version ${model.version}; import it as a new version.`,
            {
              errors: [{ field: 'mapping-collection.metadata.version', message: 'is taken for this collection code' }],
            },
          );
        throw e;
      }
      const rows = resolved.entries.map((e) => ({ ...e, id: newId(), collectionId: collection.id, organizationId: actor.organizationId }));
      for (let i = 0; i < rows.length; i += 1000) await em.getRepository(MappingCollectionEntryEntity).insert(rows.slice(i, i + 1000));
      await this.audit.record(
        em,
        actor,
        { type: 'organization', id: actor.organizationId },
        {
          action: 'mapping_collection.imported',
          subjectType: 'MappingCollection',
          subjectId: collection.id,
          payload: { code, version: model.version, oscalUuid: model.uuid, maps: rows.length },
        },
      );
      return toView(collection);
    });
  }

  async listCollections(actor: Actor, page: { limit?: number; cursor?: string }): Promise<Page<MappingCollectionView>> {
    assertCan(actor, 'read', 'Mapping');
    return this.db.tx(scopeOf(actor), async (em) => {
      const result = await keysetPage(em.getRepository(MappingCollectionEntity).createQueryBuilder('c'), {
        ...page,
        keys: [{ column: 'c.id', read: (c) => c.id }],
      });
      return { data: result.data.map(toView), nextCursor: result.nextCursor };
    });
  }

  async getCollection(actor: Actor, id: string): Promise<MappingCollectionView> {
    assertCan(actor, 'read', 'Mapping');
    return this.db.tx(scopeOf(actor), async (em) => toView(await this.find(em, id)));
  }

  /** The collection as an OSCAL 1.2 `mapping-collection` document. */
  async exportCollection(actor: Actor, id: string): Promise<ReturnType<typeof buildMappingCollection>> {
    assertCan(actor, 'read', 'Mapping');
    return this.db.tx(scopeOf(actor), async (em) => {
      const c = await this.find(em, id);
      const entries = await em
        .getRepository(MappingCollectionEntryEntity)
        .find({ where: { collectionId: c.id }, order: { mappingIndex: 'ASC', sortOrder: 'ASC' } });
      const frameworkIds = c.frameworkMappings.flatMap((m) => [m.sourceFrameworkId, m.targetFrameworkId]);
      const frameworks = new Map((await frameworkSummaries(em, frameworkIds)).map((f) => [f.id, f]));
      const refOf = new Map((await requirementDetails(em, frameworkIds)).map((r) => [r.id, r.ref]));
      const key = (fid: string) => {
        const f = frameworks.get(fid);
        return { code: f?.code ?? 'unknown', version: f?.version ?? 'unknown' };
      };
      return buildMappingCollection({
        uuid: c.oscalUuid,
        title: c.title,
        version: c.version,
        lastModified: c.lastModified.toISOString(),
        provenance: c.provenance,
        mappings: c.frameworkMappings.map((m, i): FrameworkMapping => {
          const { sourceFrameworkId, targetFrameworkId, ...rest } = m;
          return {
            ...rest,
            source: key(sourceFrameworkId),
            target: key(targetFrameworkId),
            maps: entries
              .filter((e) => e.mappingIndex === i)
              .map((e) => ({
                uuid: e.oscalUuid,
                relationship: e.relationship,
                matchingRationale: e.matchingRationale,
                sourceType: e.sourceType,
                sourceRef: refOf.get(e.sourceRequirementId) ?? e.sourceRequirementId,
                targetType: e.targetType,
                targetRef: refOf.get(e.targetRequirementId) ?? e.targetRequirementId,
                confidence: e.confidence,
                coverage: e.coverage,
                qualifiers: e.qualifiers,
                remarks: e.remarks,
              })),
          };
        }),
      });
    });
  }

  /** The owner approves (the collection then counts for recognition and is published) or withdraws approval. */
  async setApproval(actor: Actor, id: string, approved: boolean): Promise<MappingCollectionView> {
    assertCan(actor, 'create', 'Mapping');
    return this.db.tx(scopeOf(actor), async (em) => {
      const c = await this.find(em, id);
      if (c.organizationId !== actor.organizationId)
        throw new RecognitionError(RecognitionErrorCode.NotOwner, 'Only the owner of a mapping collection approves it or withdraws its approval.');
      const next: ApprovalStatus = approved ? 'approved' : 'withdrawn';
      if (c.approvalStatus === next) throw new RecognitionError(RecognitionErrorCode.AlreadyInState, `The collection is already ${next}.`);
      c.approvalStatus = next;
      c.approvedAt = new Date();
      c.approvedBy = actorUserId(actor);
      await em.getRepository(MappingCollectionEntity).update({ id: c.id }, { approvalStatus: next, approvedAt: c.approvedAt, approvedBy: c.approvedBy });
      await this.audit.record(
        em,
        actor,
        { type: 'organization', id: actor.organizationId },
        {
          action: approved ? 'mapping_collection.approved' : 'mapping_collection.approval_withdrawn',
          subjectType: 'MappingCollection',
          subjectId: c.id,
          payload: { code: c.code, version: c.version },
        },
      );
      return toView(c);
    });
  }

  /**
   * The crosswalks from or to a framework (the built-in ones, and with `includeOwn` the
   * organization's own CSV/JSON crosswalks) as one OSCAL mapping collection: one `mapping` per
   * framework pair. Ids are name-based, so two exports of the same content are identical.
   */
  async exportCrosswalks(actor: Actor, frameworkId: string, options: { includeOwn?: boolean } = {}): Promise<ReturnType<typeof buildMappingCollection>> {
    assertCan(actor, 'read', 'Mapping');
    return this.db.tx(scopeOf(actor), async (em) => {
      const [framework] = await frameworkSummaries(em, [frameworkId]);
      if (!framework) throw new RecognitionError(RecognitionErrorCode.FrameworkNotFound, 'No such framework.');
      const rows = await crosswalkRows(em, frameworkId, { builtInOnly: !options.includeOwn });
      const frameworks = new Map(
        (
          await frameworkSummaries(
            em,
            rows.flatMap((r) => [r.sourceFrameworkId, r.targetFrameworkId]),
          )
        ).map((f) => [f.id, f]),
      );
      const pairs = new Map<string, typeof rows>();
      for (const r of rows)
        pairs.set(`${r.sourceFrameworkId}|${r.targetFrameworkId}`, [...(pairs.get(`${r.sourceFrameworkId}|${r.targetFrameworkId}`) ?? []), r]);
      const name = (f: FrameworkSummary) => `${f.code}@${f.version}`;
      const builtIn = !options.includeOwn;
      const last = rows.reduce((d, r) => (r.createdAt > d ? r.createdAt : d), new Date(0));
      const contentKey = createHash('sha256')
        .update(JSON.stringify(rows.map((r) => [r.id, r.relation, r.rationale])))
        .digest('hex')
        .slice(0, 16);
      return buildMappingCollection({
        uuid: nameUuid(`crosswalks:${name(framework)}:${builtIn ? 'built-in' : actor.organizationId}:${contentKey}`),
        title: `${builtIn ? 'Built-in crosswalks' : 'Crosswalks'} of ${framework.title} (${name(framework)})`,
        version: contentKey,
        lastModified: (rows.length ? last : new Date()).toISOString(),
        provenance: {
          method: 'human',
          matchingRationale: 'semantic',
          status: 'complete',
          description: builtIn
            ? 'Crosswalks shipped with Attesta: which requirements of one framework a requirement of another carries evidence for.'
            : 'Crosswalks visible to the organization: the built-in ones and its own CSV/JSON crosswalks.',
          confidence: null,
          coverage: null,
          mappedBy: builtIn ? 'Attesta' : null,
          mappedAt: null,
          remarks: null,
        },
        mappings: [...pairs.values()].map((list) => {
          const s = frameworks.get(list[0]!.sourceFrameworkId)!;
          const t = frameworks.get(list[0]!.targetFrameworkId)!;
          return {
            uuid: nameUuid(`crosswalk-pair:${name(s)}:${name(t)}:${builtIn ? 'built-in' : actor.organizationId}`),
            source: { code: s.code, version: s.version },
            target: { code: t.code, version: t.version },
            method: 'human',
            matchingRationale: 'semantic',
            status: 'complete',
            description: `${name(s)} to ${name(t)}`,
            remarks: null,
            confidence: null,
            coverage: null,
            sourceGapSummary: null,
            targetGapSummary: null,
            maps: list.map((r) => ({
              uuid: nameUuid(`crosswalk:${r.id}`),
              relationship: relationshipOfCrosswalk(r.relation),
              matchingRationale: null,
              sourceType: 'control',
              sourceRef: r.sourceRef,
              targetType: 'control',
              targetRef: r.targetRef,
              confidence: null,
              coverage: null,
              qualifiers: [],
              remarks: r.rationale,
            })),
          };
        }),
      });
    });
  }

  // ---------------------------------------------------------------------------------

  private async find(em: EntityManager, id: string): Promise<MappingCollectionEntity> {
    const c = await em.getRepository(MappingCollectionEntity).findOne({ where: { id } });
    if (!c) throw new RecognitionError(RecognitionErrorCode.CollectionNotFound, 'Mapping collection not found.');
    return c;
  }

  /** Every framework version and requirement ref of the document, resolved; all problems reported at once. */
  private async resolve(
    em: EntityManager,
    model: MappingCollectionModel,
  ): Promise<{ pairs: StoredFrameworkMapping[]; entries: Omit<MappingCollectionEntryEntity, 'id' | 'collectionId' | 'organizationId'>[] }> {
    const issues: FieldIssue[] = [];
    const codes = model.mappings.flatMap((m) => [m.source.code, m.target.code]);
    const candidates = await frameworksWithCodes(em, codes);
    const frameworkOf = (k: { code: string; version: string }) => candidates.find((f) => f.code === k.code && f.version === k.version);
    const ids = [...new Set(candidates.map((f) => f.id))];
    const requirements = await requirementDetails(em, ids);
    const refs = new Map<string, Map<string, string>>();
    for (const r of requirements) {
      if (!refs.has(r.frameworkId)) refs.set(r.frameworkId, new Map());
      refs.get(r.frameworkId)!.set(r.ref, r.id);
    }
    const pairs: StoredFrameworkMapping[] = [];
    const entries: Omit<MappingCollectionEntryEntity, 'id' | 'collectionId' | 'organizationId'>[] = [];
    model.mappings.forEach((m, i) => {
      const P = `mapping-collection.mappings.${i}`;
      const s = frameworkOf(m.source);
      const t = frameworkOf(m.target);
      if (!s) issues.push({ field: `${P}.source-resource.href`, message: `names no framework version you can use (${m.source.code}@${m.source.version})` });
      if (!t) issues.push({ field: `${P}.target-resource.href`, message: `names no framework version you can use (${m.target.code}@${m.target.version})` });
      if (!s || !t) return;
      const sRefs = refs.get(s.id) ?? new Map<string, string>();
      const tRefs = refs.get(t.id) ?? new Map<string, string>();
      const check = (gap: typeof m.sourceGapSummary, known: Map<string, string>, key: string, fw: FrameworkSummary) =>
        gap?.unmappedRefs.forEach((ref) => {
          if (!known.has(ref)) issues.push({ field: `${P}.${key}.unmapped-controls`, message: `${ref} is not a requirement of ${fw.code}@${fw.version}` });
        });
      check(m.sourceGapSummary, sRefs, 'source-gap-summary', s);
      check(m.targetGapSummary, tRefs, 'target-gap-summary', t);
      const { source: _s, target: _t, maps, ...rest } = m;
      pairs.push({ ...rest, sourceFrameworkId: s.id, targetFrameworkId: t.id });
      maps.forEach((e, j) => {
        const sourceId = sRefs.get(e.sourceRef);
        const targetId = tRefs.get(e.targetRef);
        if (!sourceId) issues.push({ field: `${P}.maps.${j}.sources.0.id-ref`, message: `${e.sourceRef} is not a requirement of ${s.code}@${s.version}` });
        if (!targetId) issues.push({ field: `${P}.maps.${j}.targets.0.id-ref`, message: `${e.targetRef} is not a requirement of ${t.code}@${t.version}` });
        if (!sourceId || !targetId) return;
        entries.push({
          mappingIndex: i,
          sortOrder: j,
          oscalUuid: e.uuid,
          relationship: e.relationship,
          matchingRationale: e.matchingRationale,
          sourceRequirementId: sourceId,
          sourceType: e.sourceType,
          targetRequirementId: targetId,
          targetType: e.targetType,
          confidence: e.confidence,
          coverage: e.coverage,
          qualifiers: e.qualifiers,
          remarks: e.remarks,
        });
      });
    });
    if (issues.length)
      throw new RecognitionError(
        RecognitionErrorCode.UnresolvedReferences,
        `${issues.length} reference${issues.length === 1 ? '' : 's'} of the collection do not resolve; first: ${issues[0]!.field} ${issues[0]!.message}. Nothing was imported.`,
        { errors: issues },
      );
    return { pairs, entries };
  }
}

function toView(c: MappingCollectionEntity): MappingCollectionView {
  return {
    id: c.id,
    organizationId: c.organizationId,
    ownerKind: c.ownerKind,
    code: c.code,
    version: c.version,
    title: c.title,
    oscalUuid: c.oscalUuid,
    lastModified: new Date(c.lastModified).toISOString(),
    approvalStatus: c.approvalStatus,
    approvedAt: c.approvedAt ? new Date(c.approvedAt).toISOString() : null,
    entryCount: c.entryCount,
    frameworkPairs: c.frameworkMappings.map((m) => ({ sourceFrameworkId: m.sourceFrameworkId, targetFrameworkId: m.targetFrameworkId })),
    provenance: c.provenance,
    createdAt: new Date(c.createdAt).toISOString(),
  };
}
