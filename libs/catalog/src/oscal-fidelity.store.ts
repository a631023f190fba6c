import { EntityManager, In } from 'typeorm';
import { FrameworkEntity } from './entities/framework.entity.js';
import { FrameworkOscalDocumentEntity, RequirementOscalStructureEntity } from './entities/oscal-structure.entity.js';
import { RequirementEntity } from './entities/requirement.entity.js';
import { exportOscalCatalog, nameBasedUuid, OSCAL_VERSION } from './oscal/oscal-catalog.exporter.js';
import {
  type OscalCatalogStructure,
  type OscalNodeStructure,
  parameterIndex,
  type ParameterValues,
  rebuildOscalCatalog,
  renderControlStatement,
  type StoredOscalNode,
} from './oscal/oscal-structure.js';
import { isRecord } from './oscal/oscal-prose.js';

/**
 * Storage and read model of the lossless OSCAL structure (see oscal/oscal-structure.ts). Every
 * function runs on the caller's transaction, under row-level security: a framework the caller
 * cannot read has no structure.
 */

const CHUNK = 500;

/** Stores what `extractOscalStructure` kept, for requirements inserted with `requirementIds` (same order). */
export async function storeOscalStructure(
  em: EntityManager,
  frameworkId: string,
  structure: OscalCatalogStructure,
  requirementIds: readonly string[],
): Promise<void> {
  await em.query(
    `INSERT INTO framework_oscal_documents (framework_id, source_uuid, metadata, params, back_matter) VALUES ($1, $2, $3::jsonb, $4::jsonb, $5::jsonb)`,
    [
      frameworkId,
      structure.sourceUuid,
      JSON.stringify(structure.metadata),
      structure.params ? JSON.stringify(structure.params) : null,
      structure.backMatter ? JSON.stringify(structure.backMatter) : null,
    ],
  );
  for (let i = 0; i < structure.nodes.length; i += CHUNK) {
    const rows = structure.nodes.slice(i, i + CHUNK).map((s, j) => ({ requirement_id: requirementIds[i + j], structure: s }));
    await em.query(
      `INSERT INTO requirement_oscal_structures (requirement_id, framework_id, structure)
       SELECT x.requirement_id, $1, x.structure FROM jsonb_to_recordset($2::jsonb) AS x(requirement_id uuid, structure jsonb)`,
      [frameworkId, JSON.stringify(rows)],
    );
  }
}

export interface StoredOscalFramework {
  framework: FrameworkEntity;
  document: FrameworkOscalDocumentEntity;
  /** Pre-order, aligned with `requirements`. */
  nodes: StoredOscalNode[];
  requirements: RequirementEntity[];
}

/** The stored structure of a framework imported from OSCAL; null for built-in and custom ones. */
export async function loadOscalFramework(em: EntityManager, frameworkId: string): Promise<StoredOscalFramework | null> {
  const framework = await em.getRepository(FrameworkEntity).findOneBy({ id: frameworkId });
  if (!framework) return null;
  const document = await em.getRepository(FrameworkOscalDocumentEntity).findOneBy({ frameworkId });
  if (!document) return null;
  const requirements = await em.getRepository(RequirementEntity).find({ where: { frameworkId }, order: { sortOrder: 'ASC', id: 'ASC' } });
  const structures = await em.getRepository(RequirementOscalStructureEntity).find({ where: { frameworkId } });
  const structureOf = new Map(structures.map((s) => [s.requirementId, s.structure]));
  const indexOf = new Map(requirements.map((r, i) => [r.id, i]));
  const nodes = requirements.map((r) => ({
    kind: r.kind,
    parentIndex: r.parentId ? (indexOf.get(r.parentId) ?? null) : null,
    structure: structureOf.get(r.id) ?? { id: r.oscalId ?? r.ref, title: r.title },
  }));
  return { framework, document, nodes, requirements };
}

export interface LosslessExportOptions {
  parameterValues?: ParameterValues;
  /** Distinguishes a workspace's derived document from the framework's own. */
  derivedFor?: string;
  lastModified?: Date;
}

/**
 * The imported catalog again, as a derived document: a new uuid (name-based on the framework,
 * and the workspace when parameter values are applied), the source metadata with `last-modified`
 * set to when this derivation was made, `oscal-version` 1.1.2 and a `source` link naming the
 * imported document's uuid. Groups, controls, params, parts, props, links and back-matter are as
 * imported (plus the workspace's parameter values).
 */
export function losslessCatalog(stored: StoredOscalFramework, options: LosslessExportOptions = {}): { catalog: Record<string, unknown> } {
  const source = stored.document.metadata;
  const links = Array.isArray(source.links) ? source.links : [];
  const metadata: Record<string, unknown> = {
    ...source,
    'last-modified': (options.lastModified ?? stored.framework.createdAt).toISOString(),
    version: stored.framework.version,
    'oscal-version': OSCAL_VERSION,
    links: [...links, { href: `urn:uuid:${stored.document.sourceUuid}`, rel: 'source' }],
  };
  const uuid = nameBasedUuid(`catalog-export:${stored.framework.id}${options.derivedFor ? `:${options.derivedFor}` : ''}`);
  return rebuildOscalCatalog(stored.document, stored.nodes, { uuid, metadata, parameterValues: options.parameterValues });
}

/** The framework as OSCAL: lossless when imported from OSCAL, else built from the requirement tree. */
export async function oscalCatalogDocument(
  em: EntityManager,
  frameworkId: string,
  options: LosslessExportOptions = {},
): Promise<{ catalog: Record<string, unknown> } | null> {
  const stored = await loadOscalFramework(em, frameworkId);
  if (stored) return losslessCatalog(stored, options);
  const framework = await em.getRepository(FrameworkEntity).findOneBy({ id: frameworkId });
  if (!framework) return null;
  const requirements = await em.getRepository(RequirementEntity).find({ where: { frameworkId }, order: { sortOrder: 'ASC', id: 'ASC' } });
  const refOf = new Map(requirements.map((r) => [r.id, r.ref]));
  return exportOscalCatalog(
    { ...framework, lastModified: framework.createdAt, remarks: framework.description },
    requirements.map((r) => ({ ...r, parentRef: r.parentId ? (refOf.get(r.parentId) ?? null) : null })),
  ) as unknown as { catalog: Record<string, unknown> };
}

export interface OscalControlRef {
  /** The control's id in the framework's OSCAL export (the source catalog's id when imported). */
  controlId: string;
  /** The statement part's id (`ac-2_smt`), for `statement-id` targets. */
  statementId: string;
}

/** For each requirement among `requirementIds`: its id in the exported catalog. */
export async function oscalControlRefs(em: EntityManager, requirementIds: readonly string[]): Promise<Map<string, OscalControlRef>> {
  const out = new Map<string, OscalControlRef>();
  const unique = [...new Set(requirementIds)];
  if (!unique.length) return out;
  const wanted = await em.getRepository(RequirementEntity).find({ select: { id: true, frameworkId: true }, where: { id: In(unique) } });
  for (const frameworkId of new Set(wanted.map((r) => r.frameworkId))) {
    const requirements = await em.getRepository(RequirementEntity).find({ where: { frameworkId }, order: { sortOrder: 'ASC', id: 'ASC' } });
    const structures = await em.getRepository(RequirementOscalStructureEntity).find({ where: { frameworkId, requirementId: In(unique) } });
    const structureOf = new Map(structures.map((s) => [s.requirementId, s.structure]));
    // The exporter hands out ids; its labels give each requirement's ref back.
    const refOf = new Map(requirements.map((r) => [r.id, r.ref]));
    const framework = (await em.getRepository(FrameworkEntity).findOneByOrFail({ id: frameworkId })) as FrameworkEntity;
    const doc = exportOscalCatalog(
      framework,
      requirements.map((r) => ({ ...r, parentRef: r.parentId ? (refOf.get(r.parentId) ?? null) : null })),
    );
    const idOfRef = new Map<string, string>();
    const walk = (nodes: { id: string; props: { value: string }[]; controls?: unknown[]; groups?: unknown[] }[] | undefined): void => {
      for (const n of nodes ?? []) {
        idOfRef.set(n.props[0]!.value, n.id);
        walk(n.controls as never);
        walk(n.groups as never);
      }
    };
    walk(doc.catalog.controls as never);
    walk(doc.catalog.groups as never);
    for (const r of requirements) {
      if (!unique.includes(r.id)) continue;
      const structure = structureOf.get(r.id);
      const controlId = structure && typeof structure.id === 'string' ? structure.id : (idOfRef.get(r.ref) ?? r.ref);
      const parts = structure && Array.isArray(structure.parts) ? structure.parts.filter(isRecord) : [];
      const statement = parts.find((p) => p.name === 'statement');
      out.set(r.id, { controlId, statementId: statement && typeof statement.id === 'string' ? statement.id : `${controlId}_smt` });
    }
  }
  return out;
}

export interface OscalControlView {
  requirementId: string;
  /** The control's OSCAL members as imported (null for frameworks not imported from OSCAL). */
  structure: OscalNodeStructure | null;
  /** The statement with parameters inserted (organization-defined values when given). */
  statement: string | null;
  params: { id: string; label: string | null; values: string[]; organizationValues: string[] | null }[];
}

/** One control as people read it, with a workspace's parameter values applied when given. */
export async function oscalControlView(
  em: EntityManager,
  frameworkId: string,
  requirementId: string,
  values?: ParameterValues,
): Promise<OscalControlView | null> {
  const requirement = await em.getRepository(RequirementEntity).findOneBy({ id: requirementId, frameworkId });
  if (!requirement) return null;
  const stored = await loadOscalFramework(em, frameworkId);
  if (!stored) return { requirementId, structure: null, statement: requirement.statement, params: [] };
  const index = stored.requirements.findIndex((r) => r.id === requirementId);
  const structure = stored.nodes[index]!.structure;
  const params = parameterIndex(stored.document.params, stored.nodes, values);
  const own = Array.isArray(structure.params) ? structure.params.filter(isRecord) : [];
  return {
    requirementId,
    structure,
    statement: renderControlStatement(structure, params) ?? requirement.statement,
    params: own.map((p) => ({
      id: String(p.id),
      label: typeof p.label === 'string' ? p.label : null,
      values: Array.isArray(p.values) ? p.values.map(String) : [],
      organizationValues: values?.has(String(p.id)) ? [...values.get(String(p.id))!] : null,
    })),
  };
}

/** Every parameter id the framework's OSCAL structure defines (empty when not imported from OSCAL). */
export async function oscalParameterIds(em: EntityManager, frameworkId: string): Promise<Set<string>> {
  const stored = await loadOscalFramework(em, frameworkId);
  return stored ? new Set(parameterIndex(stored.document.params, stored.nodes).keys()) : new Set();
}
