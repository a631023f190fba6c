import type { FieldIssue } from '@attesta/core';
import type { ParsedFramework, ParsedFrameworkInfo, ParsedRequirement } from './catalog.types.js';
import { OscalImportError } from './oscal.errors.js';
import { isRecord, markdownToPlain, MAX_PART_DEPTH, OscalParam, ParamIndex, renderGuidance, renderStatement } from './oscal-prose.js';

export interface ParseOscalCatalogOptions {
  /** Groups + controls + enhancements together; beyond it the import is refused as `too_large`. */
  maxRequirements?: number;
}

export interface ParseOscalJsonTextOptions {
  /** UTF-8 size limit of the text; beyond it the import is refused as `too_large`. */
  maxBytes?: number;
}

/** The full NIST SP 800-53 catalog has about 1,200 controls; this leaves room for larger schemes. */
export const DEFAULT_MAX_REQUIREMENTS = 10_000;
/** The unminified NIST SP 800-53 rev5 catalog is about 10 MB. */
export const DEFAULT_MAX_OSCAL_BYTES = 32 * 1024 * 1024;
/** Real catalogs nest groups and enhancements two or three deep; this stops stack exhaustion. */
const MAX_TREE_DEPTH = 32;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OTHER_OSCAL_MODELS = [
  'profile',
  'component-definition',
  'system-security-plan',
  'assessment-plan',
  'assessment-results',
  'plan-of-action-and-milestones',
  'mapping-collection',
];

/** JSON.parse with the failures an upload can cause turned into typed errors. */
export function parseOscalJsonText(text: string, options: ParseOscalJsonTextOptions = {}): unknown {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_OSCAL_BYTES;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) {
    throw new OscalImportError('too_large', `The document is ${bytes} bytes; at most ${maxBytes} are accepted.`, [
      { field: '', message: `must be at most ${maxBytes} bytes` },
    ]);
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new OscalImportError('invalid_json', `The document is not valid JSON: ${reason}`, [{ field: '', message: reason }], {
      cause: error,
    });
  }
}

/** Both steps of an upload: text → JSON → framework. */
export function importOscalCatalogText(text: string, options: ParseOscalJsonTextOptions & ParseOscalCatalogOptions = {}): ParsedFramework {
  return parseOscalCatalog(parseOscalJsonText(text, options), options);
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function labelProp(node: Record<string, unknown>): string | null {
  if (!Array.isArray(node.props)) return null;
  const labels = node.props.filter((p): p is Record<string, unknown> => isRecord(p) && p.name === 'label' && nonEmptyString(p.value));
  // NIST gives several labels (zero-padded, SP 800-53A); the unclassed one is the familiar `AC-2(1)`.
  const chosen = labels.find((p) => p.class === undefined) ?? labels[0];
  return chosen ? (chosen.value as string).trim() : null;
}

export function slugify(text: string, maxLength = 64): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug || 'framework';
  // Cut at a word boundary so a long title does not end in a stray letter.
  const cut = slug.slice(0, maxLength + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

function publisherOf(metadata: Record<string, unknown>): string | null {
  const parties = Array.isArray(metadata.parties) ? metadata.parties.filter(isRecord) : [];
  const nameOf = (uuid: unknown): string | null => {
    const party = parties.find((p) => p.uuid === uuid);
    return party && nonEmptyString(party.name) ? party.name.trim() : null;
  };
  const responsible = Array.isArray(metadata['responsible-parties']) ? metadata['responsible-parties'].filter(isRecord) : [];
  for (const role of ['publisher', 'creator', 'author']) {
    const entry = responsible.find((r) => r['role-id'] === role);
    const uuids = entry && Array.isArray(entry['party-uuids']) ? entry['party-uuids'] : [];
    for (const uuid of uuids) {
      const name = nameOf(uuid);
      if (name) return name;
    }
  }
  const organization = parties.find((p) => p.type === 'organization' && nonEmptyString(p.name));
  return organization ? (organization.name as string).trim() : null;
}

function notOscal(input: unknown): OscalImportError | null {
  if (!isRecord(input)) {
    return new OscalImportError('not_oscal', 'The document is not an OSCAL catalog: expected a JSON object.', [
      { field: '', message: 'must be an object with a "catalog" member' },
    ]);
  }
  if (!('catalog' in input)) {
    const other = OTHER_OSCAL_MODELS.find((model) => model in input);
    const message =
      other === 'profile'
        ? 'The document is an OSCAL profile; resolve it into a catalog first.'
        : other
          ? `The document is an OSCAL ${other}, not a catalog.`
          : 'The document is not an OSCAL catalog: it has no "catalog" member.';
    return new OscalImportError('not_oscal', message, [{ field: 'catalog', message: 'is required' }]);
  }
  const catalog = input.catalog;
  if (!isRecord(catalog)) {
    return new OscalImportError('not_oscal', 'The document is not an OSCAL catalog.', [{ field: 'catalog', message: 'must be an object' }]);
  }
  const issues: FieldIssue[] = [];
  if (!nonEmptyString(catalog.uuid) || !UUID.test(catalog.uuid)) issues.push({ field: 'catalog.uuid', message: 'must be a UUID' });
  if (!isRecord(catalog.metadata)) issues.push({ field: 'catalog.metadata', message: 'is required' });
  else if (!nonEmptyString(catalog.metadata.title)) issues.push({ field: 'catalog.metadata.title', message: 'must be a non-empty string' });
  return issues.length ? new OscalImportError('not_oscal', 'The document is not an OSCAL catalog.', issues) : null;
}

interface PendingText {
  index: number;
  statement: Record<string, unknown> | null;
  guidance: Record<string, unknown> | null;
}

/** Walks the catalog once, in pre-order, collecting nodes, parameters and issues. */
class CatalogWalker {
  readonly requirements: ParsedRequirement[] = [];
  readonly issues: FieldIssue[] = [];
  readonly params = new Map<string, OscalParam>();
  readonly pending: PendingText[] = [];
  private readonly refs = new Set<string>();
  private readonly ids = new Set<string>();
  private groupCount = 0;

  constructor(private readonly maxRequirements: number) {}

  collectParams(holder: Record<string, unknown>, path: string): void {
    if (holder.params === undefined) return;
    if (!Array.isArray(holder.params)) {
      this.issues.push({ field: `${path}.params`, message: 'must be an array' });
      return;
    }
    holder.params.forEach((param, i) => {
      if (!isRecord(param) || !nonEmptyString(param.id)) {
        this.issues.push({ field: `${path}.params.${i}.id`, message: 'a parameter needs an id' });
        return;
      }
      // Inserts name a parameter by id across the whole catalog: a second one would silently
      // change what the first one's statements say.
      if (this.params.has(param.id)) {
        this.issues.push({ field: `${path}.params.${i}.id`, message: `duplicate parameter id "${param.id}"` });
        return;
      }
      this.params.set(param.id, param as unknown as OscalParam);
    });
  }

  /** Parts nested deeper than the renderers keep would lose text silently: refused instead. */
  checkPartDepth(parts: readonly unknown[], path: string, level = 1): void {
    parts.forEach((part, i) => {
      if (!isRecord(part) || part.parts === undefined) return;
      const at = `${path}.parts.${i}`;
      if (!Array.isArray(part.parts)) {
        this.issues.push({ field: `${at}.parts`, message: 'must be an array' });
        return;
      }
      if (level >= MAX_PART_DEPTH && part.parts.length > 0) {
        this.issues.push({ field: `${at}.parts`, message: `parts nested deeper than ${MAX_PART_DEPTH} levels are not supported` });
        return;
      }
      this.checkPartDepth(part.parts, at, level + 1);
    });
  }

  children(holder: Record<string, unknown>, key: 'groups' | 'controls', path: string): unknown[] {
    const value = holder[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.issues.push({ field: `${path}.${key}`, message: 'must be an array' });
      return [];
    }
    return value;
  }

  visitContainer(holder: Record<string, unknown>, path: string, parentIndex: number | null, depth: number): void {
    let sortOrder = 0;
    if (depth > MAX_TREE_DEPTH) {
      this.issues.push({ field: path, message: `nesting deeper than ${MAX_TREE_DEPTH} levels is not supported` });
      return;
    }
    // OSCAL puts a group's or control's own controls before its sub-groups.
    this.children(holder, 'controls', path).forEach((control, i) => {
      this.visitNode(control, 'control', `${path}.controls.${i}`, parentIndex, sortOrder++, depth);
    });
    this.children(holder, 'groups', path).forEach((group, i) => {
      this.visitNode(group, 'group', `${path}.groups.${i}`, parentIndex, sortOrder++, depth);
    });
  }

  private visitNode(node: unknown, kind: 'group' | 'control', path: string, parentIndex: number | null, sortOrder: number, depth: number): void {
    if (!isRecord(node)) {
      this.issues.push({ field: path, message: `a ${kind} must be an object` });
      return;
    }
    if (kind === 'control' && !nonEmptyString(node.id)) this.issues.push({ field: `${path}.id`, message: 'a control needs an id' });
    else if (node.id !== undefined && !nonEmptyString(node.id)) this.issues.push({ field: `${path}.id`, message: 'must be a non-empty string' });
    if (!nonEmptyString(node.title)) this.issues.push({ field: `${path}.title`, message: `a ${kind} needs a title` });

    const oscalId = nonEmptyString(node.id) ? node.id.trim() : null;
    const duplicateId = oscalId !== null && this.ids.has(oscalId);
    if (duplicateId) this.issues.push({ field: `${path}.id`, message: `duplicate id "${oscalId}"` });
    if (oscalId !== null) this.ids.add(oscalId);
    if (kind === 'group') this.groupCount += 1;
    const ref = this.uniqueRef(labelProp(node), oscalId, kind === 'group' ? `group-${this.groupCount}` : null, path, !duplicateId);

    if (this.requirements.length >= this.maxRequirements) {
      throw new OscalImportError('too_large', `The catalog has more than ${this.maxRequirements} groups and controls.`, [
        { field: path, message: `at most ${this.maxRequirements} groups and controls are accepted` },
      ]);
    }
    const index = this.requirements.length;
    const parent = parentIndex === null ? null : this.requirements[parentIndex];
    this.requirements.push({
      kind,
      ref,
      oscalId,
      oscalClass: nonEmptyString(node.class) ? node.class : null,
      // OSCAL titles are one line of markdown.
      title: nonEmptyString(node.title) ? markdownToPlain(node.title).trim() : '',
      statement: null,
      guidance: null,
      parentRef: parent?.ref ?? null,
      parentIndex,
      sortOrder,
      depth,
    });

    this.collectParams(node, path);
    const parts = node.parts === undefined ? [] : Array.isArray(node.parts) ? node.parts.filter(isRecord) : null;
    if (parts === null) this.issues.push({ field: `${path}.parts`, message: 'must be an array' });
    else if (Array.isArray(node.parts)) this.checkPartDepth(node.parts, path);
    this.pending.push({
      index,
      statement: parts?.find((p) => p.name === 'statement') ?? null,
      guidance: parts?.find((p) => p.name === 'guidance') ?? null,
    });
    this.visitContainer(node, path, index, depth + 1);
  }

  private uniqueRef(label: string | null, id: string | null, fallback: string | null, path: string, report: boolean): string {
    for (const candidate of [label, id, fallback]) {
      if (candidate !== null && !this.refs.has(candidate)) {
        this.refs.add(candidate);
        return candidate;
      }
    }
    const taken = label ?? id ?? fallback ?? '';
    if (report) this.issues.push({ field: path, message: `reference "${taken}" is used twice` });
    return taken;
  }

  counts(): { groups: number; controls: number } {
    const groups = this.requirements.filter((r) => r.kind === 'group').length;
    return { groups, controls: this.requirements.length - groups };
  }
}

const TOKEN = /^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$/u;
const STRING = /^\S(.*\S)?$/;
const MAX_SHAPE_ISSUES = 50;

/**
 * Members the export gives back as they were imported (props everywhere, parameter selections
 * and values), held to the shapes of the OSCAL catalog schema: a catalog exported from an import
 * must validate, so what would not is refused at the import, naming the path.
 */
function checkMemberShapes(value: unknown, path: string, issues: FieldIssue[]): void {
  const push = (field: string, message: string) => {
    if (issues.length < MAX_SHAPE_ISSUES) issues.push({ field, message });
  };
  const walk = (v: unknown, at: string): void => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${at}.${i}`));
    if (!isRecord(v)) return;
    if (Array.isArray(v.props))
      v.props.forEach((prop, i) => {
        if (!isRecord(prop)) return push(`${at}.props.${i}`, 'must be an object');
        if (typeof prop.name !== 'string' || !TOKEN.test(prop.name)) push(`${at}.props.${i}.name`, 'must be an OSCAL token');
        if (typeof prop.value !== 'string' || !STRING.test(prop.value))
          push(`${at}.props.${i}.value`, 'must be a non-blank string without leading or trailing spaces');
      });
    if (/\.params\.\d+$/.test(at)) {
      if (v.values !== undefined && !(Array.isArray(v.values) && v.values.every((x) => typeof x === 'string')))
        push(`${at}.values`, 'must be an array of strings');
      if (v.select !== undefined) {
        if (!isRecord(v.select)) push(`${at}.select`, 'must be an object');
        else {
          const { choice } = v.select;
          if (choice !== undefined && !(Array.isArray(choice) && choice.every((x) => typeof x === 'string')))
            push(`${at}.select.choice`, 'must be an array of strings');
          if (v.select['how-many'] !== undefined && !['one', 'one-or-more'].includes(v.select['how-many'] as string))
            push(`${at}.select.how-many`, 'must be one or one-or-more');
        }
      }
    }
    for (const [k, x] of Object.entries(v)) if (typeof x === 'object' && x !== null) walk(x, `${at}.${k}`);
  };
  walk(value, path);
}

/**
 * Reads a parsed OSCAL catalog (a resolved profile is a catalog too) into a framework
 * and its requirement tree in pre-order. Throws `OscalImportError` listing every
 * problem found, so an uploader can fix a file in one go.
 */
export function parseOscalCatalog(input: unknown, options: ParseOscalCatalogOptions = {}): ParsedFramework {
  const refusal = notOscal(input);
  if (refusal) throw refusal;
  const catalog = (input as { catalog: Record<string, unknown> }).catalog;
  const metadata = catalog.metadata as Record<string, unknown>;

  const walker = new CatalogWalker(options.maxRequirements ?? DEFAULT_MAX_REQUIREMENTS);
  for (const key of ['last-modified', 'version', 'oscal-version'] as const) {
    if (!nonEmptyString(metadata[key])) walker.issues.push({ field: `catalog.metadata.${key}`, message: 'must be a non-empty string' });
  }
  walker.collectParams(catalog, 'catalog');
  walker.visitContainer(catalog, 'catalog', null, 0);
  checkMemberShapes(catalog, 'catalog', walker.issues);
  if (walker.requirements.length === 0 && walker.issues.length === 0) {
    walker.issues.push({ field: 'catalog', message: 'has no groups or controls' });
  }
  if (walker.issues.length > 0) {
    const count = walker.issues.length;
    throw new OscalImportError(
      'invalid_structure',
      `The catalog is not well-formed: ${count} problem${count === 1 ? '' : 's'}, first at ${walker.issues[0]!.field}: ${walker.issues[0]!.message}.`,
      walker.issues,
    );
  }

  const params: ParamIndex = walker.params;
  for (const { index, statement, guidance } of walker.pending) {
    const requirement = walker.requirements[index]!;
    requirement.statement = statement ? renderStatement(statement, params) || null : null;
    requirement.guidance = guidance ? renderGuidance(guidance, params) || null : null;
  }

  const title = markdownToPlain(metadata.title as string).trim();
  const framework: ParsedFrameworkInfo = {
    code: slugify(title),
    title,
    version: (metadata.version as string).trim(),
    publisher: publisherOf(metadata),
    oscalUuid: (catalog.uuid as string).toLowerCase(),
    oscalVersion: (metadata['oscal-version'] as string).trim(),
    lastModified: metadata['last-modified'] as string,
    published: nonEmptyString(metadata.published) ? metadata.published : null,
    remarks: nonEmptyString(metadata.remarks) ? metadata.remarks : null,
    metadata,
  };
  return { framework, requirements: walker.requirements, counts: walker.counts() };
}
