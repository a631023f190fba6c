import { createHash } from 'node:crypto';
import type { RequirementKind } from './catalog.types.js';

export const OSCAL_VERSION = '1.1.2';

/** What an export needs of a framework; a stored framework entity satisfies it. */
export interface ExportableFramework {
  code: string;
  title: string;
  version: string;
  publisher?: string | null;
  /** Kept from the import so a round trip names the same catalog. */
  oscalUuid?: string | null;
  lastModified?: Date | string | null;
  published?: Date | string | null;
  remarks?: string | null;
}

/** What an export needs of a requirement; `RequirementNode` and stored rows satisfy it. */
export interface ExportableRequirement {
  kind?: RequirementKind;
  ref: string;
  title: string;
  statement?: string | null;
  guidance?: string | null;
  parentRef?: string | null;
  sortOrder?: number;
  oscalId?: string | null;
}

export interface ExportOscalCatalogOptions {
  /** Used as last-modified when the framework carries none. */
  now?: Date;
}

/** The document shape; loose on purpose, its contract is the NIST schema checked in tests. */
export interface OscalCatalogDocument {
  catalog: {
    uuid: string;
    metadata: Record<string, unknown>;
    controls?: OscalControlJson[];
    groups?: OscalGroupJson[];
  };
}

interface OscalPartJson {
  id: string;
  name: string;
  prose: string;
}

export interface OscalControlJson {
  id: string;
  title: string;
  props: { name: string; value: string }[];
  parts?: OscalPartJson[];
  controls?: OscalControlJson[];
}

export interface OscalGroupJson {
  id: string;
  title: string;
  props: { name: string; value: string }[];
  parts?: OscalPartJson[];
  controls?: OscalControlJson[];
  groups?: OscalGroupJson[];
}

const UUID_4_OR_5 = /^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
/** OSCAL's token datatype. */
const TOKEN = /^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$/u;
/** Our namespace for name-based (v5) UUIDs of exported catalogs and parties. */
const ATTESTA_NAMESPACE = '6f1c6f0e-4a2b-5d7e-9c3a-2b8e0d4f7a61';

/** RFC 9562 version 5: the same name always gives the same UUID, so re-exports are stable. */
export function nameBasedUuid(name: string, namespace = ATTESTA_NAMESPACE): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function isoDateTime(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function tokenFrom(ref: string, kind: RequirementKind): string {
  const cleaned = ref
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  if (TOKEN.test(cleaned)) return cleaned;
  // Clause numbers such as `4.1` start with a digit, which a token may not.
  return `${kind === 'group' ? 'g' : 'c'}-${cleaned || 'x'}`;
}

interface TreeNode {
  requirement: ExportableRequirement;
  kind: RequirementKind;
  id: string;
  children: TreeNode[];
  position: number;
}

/**
 * Writes a framework as an OSCAL 1.1.2 catalog. Each node keeps its ref as the
 * `label` prop (so a re-import gives the same refs) and its OSCAL id when it has a
 * valid, unused one; otherwise an id is derived from the ref. A group whose parent
 * is a control cannot exist in OSCAL, so it is written as a control.
 */
export function exportOscalCatalog(
  framework: ExportableFramework,
  requirements: readonly ExportableRequirement[],
  options: ExportOscalCatalogOptions = {},
): OscalCatalogDocument {
  const usedIds = new Set<string>();
  const uniqueId = (preferred: string | null | undefined, ref: string, kind: RequirementKind): string => {
    if (preferred && TOKEN.test(preferred) && !usedIds.has(preferred)) {
      usedIds.add(preferred);
      return preferred;
    }
    const base = tokenFrom(ref, kind);
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    return id;
  };

  const byRef = new Map<string, TreeNode>();
  const nodes = requirements.map((requirement, position) => {
    const node: TreeNode = {
      requirement,
      kind: requirement.kind ?? 'control',
      id: '',
      children: [],
      position,
    };
    if (!byRef.has(requirement.ref)) byRef.set(requirement.ref, node);
    return node;
  });
  // Ids are handed out in input order so OSCAL ids kept from an import win over derived ones.
  for (const node of nodes) node.id = uniqueId(node.requirement.oscalId, node.requirement.ref, node.kind);

  const parentOf = (node: TreeNode): TreeNode | undefined => {
    const parentRef = node.requirement.parentRef;
    return parentRef ? byRef.get(parentRef) : undefined;
  };
  // Stored rows may come in any order and, if corrupted, in a cycle; a node on a cycle becomes a root.
  const onCycle = (node: TreeNode): boolean => {
    let current = parentOf(node);
    for (let steps = 0; current && steps <= nodes.length; steps++) {
      if (current === node) return true;
      current = parentOf(current);
    }
    return false;
  };
  const roots: TreeNode[] = [];
  for (const node of nodes) {
    const parent = parentOf(node);
    if (parent && !onCycle(node)) parent.children.push(node);
    else roots.push(node);
  }
  const order = (a: TreeNode, b: TreeNode): number =>
    (a.requirement.sortOrder ?? a.position) - (b.requirement.sortOrder ?? b.position) || a.position - b.position;

  const partsOf = (node: TreeNode): OscalPartJson[] | undefined => {
    const parts: OscalPartJson[] = [];
    const statement = node.requirement.statement?.trim();
    if (statement) parts.push({ id: `${node.id}_smt`, name: 'statement', prose: statement });
    const guidance = node.requirement.guidance?.trim();
    if (guidance) parts.push({ id: `${node.id}_gdn`, name: 'guidance', prose: guidance });
    return parts.length ? parts : undefined;
  };
  const props = (node: TreeNode): { name: string; value: string }[] => [{ name: 'label', value: node.requirement.ref }];

  const toControl = (node: TreeNode): OscalControlJson => {
    const children = [...node.children].sort(order);
    const control: OscalControlJson = { id: node.id, title: node.requirement.title, props: props(node) };
    const parts = partsOf(node);
    if (parts) control.parts = parts;
    if (children.length) control.controls = children.map(toControl);
    return control;
  };
  const toGroup = (node: TreeNode): OscalGroupJson => {
    const children = [...node.children].sort(order);
    const group: OscalGroupJson = { id: node.id, title: node.requirement.title, props: props(node) };
    const parts = partsOf(node);
    if (parts) group.parts = parts;
    const controls = children.filter((c) => c.kind === 'control').map(toControl);
    const groups = children.filter((c) => c.kind === 'group').map(toGroup);
    if (controls.length) group.controls = controls;
    if (groups.length) group.groups = groups;
    return group;
  };

  const sortedRoots = roots.sort(order);
  const controls = sortedRoots.filter((n) => n.kind === 'control').map(toControl);
  const groups = sortedRoots.filter((n) => n.kind === 'group').map(toGroup);

  const frameworkKey = `${framework.code}@${framework.version}`;
  const metadata: Record<string, unknown> = {
    title: framework.title,
    ...(isoDateTime(framework.published) ? { published: isoDateTime(framework.published) } : {}),
    'last-modified': isoDateTime(framework.lastModified) ?? (options.now ?? new Date()).toISOString(),
    version: framework.version,
    'oscal-version': OSCAL_VERSION,
    props: [{ name: 'label', value: framework.code }],
  };
  if (framework.publisher?.trim()) {
    const partyUuid = nameBasedUuid(`party:${framework.publisher.trim()}`);
    metadata.roles = [{ id: 'publisher', title: 'Publisher' }];
    metadata.parties = [{ uuid: partyUuid, type: 'organization', name: framework.publisher.trim() }];
    metadata['responsible-parties'] = [{ 'role-id': 'publisher', 'party-uuids': [partyUuid] }];
  }
  if (framework.remarks?.trim()) metadata.remarks = framework.remarks.trim();

  const uuid = framework.oscalUuid && UUID_4_OR_5.test(framework.oscalUuid) ? framework.oscalUuid.toLowerCase() : nameBasedUuid(`catalog:${frameworkKey}`);
  const catalog: OscalCatalogDocument['catalog'] = { uuid, metadata };
  if (controls.length) catalog.controls = controls;
  if (groups.length) catalog.groups = groups;
  return { catalog };
}
