import type { FieldIssue } from '@attesta/core';
import type { ParsedFramework, RequirementKind } from './catalog.types.js';
import { OscalImportError } from './oscal.errors.js';
import { isRecord, type OscalParam, renderStatement } from './oscal-prose.js';

/**
 * The lossless side of an OSCAL catalog import: every group's and control's own OSCAL members
 * (id, class, title, params, props, links, parts — everything but its child controls and
 * groups) kept as given, plus the catalog's own params and back-matter. The requirement tree
 * keeps the nesting, so export can rebuild the catalog member for member.
 */

/** A node's OSCAL members without `controls` and `groups`. */
export type OscalNodeStructure = Record<string, unknown>;

export interface OscalCatalogStructure {
  /** The source catalog's uuid (the export names it as its source). */
  sourceUuid: string;
  metadata: Record<string, unknown>;
  /** Catalog-level params, if any. */
  params: unknown[] | null;
  backMatter: Record<string, unknown> | null;
  /** Aligned with `ParsedFramework.requirements` (pre-order). */
  nodes: OscalNodeStructure[];
}

/** A stored node as the exporter reads it back. */
export interface StoredOscalNode {
  kind: RequirementKind;
  /** Index of the parent in the same list (pre-order), null at the top. */
  parentIndex: number | null;
  structure: OscalNodeStructure;
}

/** Links whose target must exist: they say where a control went or what it needs. */
const STRUCTURAL_LINK_RELS = new Set(['required', 'incorporated-into', 'moved-to']);
const INSERT = /\{\{\s*insert:\s*([A-Za-z_-]+)\s*,\s*([^\s}]+)\s*\}\}/g;

function ownMembers(node: Record<string, unknown>): OscalNodeStructure {
  const own: OscalNodeStructure = {};
  for (const [key, value] of Object.entries(node)) if (key !== 'controls' && key !== 'groups') own[key] = value;
  return own;
}

interface Reference {
  path: string;
  kind: 'param' | 'control';
  target: string;
}

/** Collects ids, uuids and references of a JSON subtree, with the JSON path of each. */
class ReferenceScan {
  readonly ids = new Map<string, string>();
  readonly params = new Set<string>();
  readonly refs: Reference[] = [];
  readonly issues: FieldIssue[] = [];

  scan(value: unknown, path: string, key = ''): void {
    if (Array.isArray(value)) {
      value.forEach((item, i) => this.scan(item, `${path}.${i}`, key));
      return;
    }
    if (typeof value === 'string') {
      for (const m of value.matchAll(INSERT)) if (m[1] === 'param') this.refs.push({ path, kind: 'param', target: m[2]! });
      return;
    }
    if (!isRecord(value)) return;
    if (typeof value.id === 'string' && key !== 'metadata') {
      const seen = this.ids.get(value.id);
      if (seen !== undefined) this.issues.push({ field: `${path}.id`, message: `duplicate id "${value.id}" (first at ${seen})` });
      else this.ids.set(value.id, `${path}.id`);
      if (key === 'params') this.params.add(value.id);
    }
    if (key === 'params' && typeof value['depends-on'] === 'string') this.refs.push({ path: `${path}.depends-on`, kind: 'param', target: value['depends-on'] });
    if (
      key === 'links' &&
      typeof value.href === 'string' &&
      value.href.startsWith('#') &&
      typeof value.rel === 'string' &&
      STRUCTURAL_LINK_RELS.has(value.rel)
    ) {
      this.refs.push({ path: `${path}.href`, kind: 'control', target: value.href.slice(1) });
    }
    for (const [k, v] of Object.entries(value)) this.scan(v, `${path}.${k}`, k);
  }
}

/**
 * Checks what the parser does not (ids unique across controls, groups, params and parts;
 * back-matter uuids unique; every inserted or depended-on parameter and every `required`,
 * `incorporated-into` and `moved-to` link resolves) and returns what to store. Links with
 * `rel: related` may name controls outside a baseline (NIST's resolved baselines do), so they
 * are kept but not checked.
 */
export function extractOscalStructure(input: unknown, parsed: ParsedFramework): OscalCatalogStructure {
  const catalog = (input as { catalog: Record<string, unknown> }).catalog;
  const scan = new ReferenceScan();
  for (const [key, value] of Object.entries(catalog)) {
    if (key === 'metadata' || key === 'back-matter') continue;
    scan.scan(value, `catalog.${key}`, key);
  }
  const backMatter = isRecord(catalog['back-matter']) ? catalog['back-matter'] : null;
  const uuids = new Map<string, string>();
  const resources = backMatter && Array.isArray(backMatter.resources) ? backMatter.resources : [];
  resources.forEach((r, i) => {
    if (!isRecord(r) || typeof r.uuid !== 'string') return;
    const at = `catalog.back-matter.resources.${i}.uuid`;
    if (uuids.has(r.uuid)) scan.issues.push({ field: at, message: `duplicate uuid "${r.uuid}" (first at ${uuids.get(r.uuid)})` });
    else uuids.set(r.uuid, at);
  });
  for (const ref of scan.refs) {
    if (ref.kind === 'param' && !scan.params.has(ref.target))
      scan.issues.push({ field: ref.path, message: `names parameter "${ref.target}", which the catalog does not define` });
    if (ref.kind === 'control' && !scan.ids.has(ref.target) && !uuids.has(ref.target))
      scan.issues.push({ field: ref.path, message: `names "#${ref.target}", which is neither an id in the catalog nor a back-matter resource` });
  }
  if (scan.issues.length) {
    const count = scan.issues.length;
    throw new OscalImportError(
      'invalid_structure',
      `The catalog is not well-formed: ${count} problem${count === 1 ? '' : 's'}, first at ${scan.issues[0]!.field}: ${scan.issues[0]!.message}.`,
      scan.issues,
    );
  }

  // The same pre-order as the parser: a container's controls, then its groups.
  const nodes: OscalNodeStructure[] = [];
  const visit = (holder: Record<string, unknown>): void => {
    for (const key of ['controls', 'groups'] as const) {
      const children = Array.isArray(holder[key]) ? (holder[key] as unknown[]).filter(isRecord) : [];
      for (const child of children) {
        nodes.push(ownMembers(child));
        visit(child);
      }
    }
  };
  visit(catalog);
  if (nodes.length !== parsed.requirements.length) throw new Error('OSCAL structure and parsed tree disagree');
  return {
    sourceUuid: (catalog.uuid as string).toLowerCase(),
    metadata: catalog.metadata as Record<string, unknown>,
    params: Array.isArray(catalog.params) ? catalog.params : null,
    backMatter,
    nodes,
  };
}

/** Organization-defined parameter values (a workspace's), by parameter id. */
export type ParameterValues = ReadonlyMap<string, readonly string[]>;

function withValues(params: unknown, values: ParameterValues | undefined): unknown {
  if (!values || !Array.isArray(params)) return params;
  return params.map((p) => (isRecord(p) && typeof p.id === 'string' && values.has(p.id) ? { ...p, values: [...values.get(p.id)!] } : p));
}

export interface RebuildOptions {
  /** The derived document's uuid. */
  uuid: string;
  /** The derived document's metadata (title, version, last-modified, oscal-version, …). */
  metadata: Record<string, unknown>;
  /** Set as the params' `values` (a workspace's statement of applicability). */
  parameterValues?: ParameterValues;
}

/** The catalog again: members as imported, nesting from the stored tree. */
export function rebuildOscalCatalog(
  stored: Pick<OscalCatalogStructure, 'params' | 'backMatter'>,
  nodes: readonly StoredOscalNode[],
  options: RebuildOptions,
): { catalog: Record<string, unknown> } {
  const built = nodes.map((n) => {
    const out: Record<string, unknown> = { ...n.structure };
    if (out.params !== undefined) out.params = withValues(out.params, options.parameterValues);
    return out;
  });
  const top: { controls: unknown[]; groups: unknown[] } = { controls: [], groups: [] };
  nodes.forEach((n, i) => {
    const parent = n.parentIndex === null ? top : (built[n.parentIndex] as { controls?: unknown[]; groups?: unknown[] });
    const key = n.kind === 'group' ? 'groups' : 'controls';
    (parent[key] ??= []).push(built[i]);
  });
  const catalog: Record<string, unknown> = { uuid: options.uuid, metadata: options.metadata };
  if (stored.params) catalog.params = withValues(stored.params, options.parameterValues);
  if (top.controls.length) catalog.controls = top.controls;
  if (top.groups.length) catalog.groups = top.groups;
  if (stored.backMatter) catalog['back-matter'] = stored.backMatter;
  return { catalog };
}

/** Every param of the catalog by id, with organization-defined values applied. */
export function parameterIndex(
  catalogParams: readonly unknown[] | null,
  nodes: readonly Pick<StoredOscalNode, 'structure'>[],
  values?: ParameterValues,
): Map<string, OscalParam> {
  const index = new Map<string, OscalParam>();
  const add = (params: unknown): void => {
    for (const p of withValues(params, values) as unknown[]) if (isRecord(p) && typeof p.id === 'string') index.set(p.id, p as unknown as OscalParam);
  };
  if (catalogParams) add(catalogParams);
  for (const n of nodes) if (Array.isArray(n.structure.params)) add(n.structure.params);
  return index;
}

/** The statement as people read it: items on their lines, parameters inserted (values, else choices or the label). */
export function renderControlStatement(structure: OscalNodeStructure, params: ReadonlyMap<string, OscalParam>): string | null {
  const parts = Array.isArray(structure.parts) ? structure.parts.filter(isRecord) : [];
  const statement = parts.find((p) => p.name === 'statement');
  return statement ? renderStatement(statement, params) || null : null;
}
