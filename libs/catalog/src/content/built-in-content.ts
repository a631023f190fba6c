import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findShipped } from '@attesta/core';
import { z } from 'zod';
import { MappingRow, parseMappingsJson, RequirementKind, RequirementNode, splitFrameworkKey } from '../oscal/index.js';
import { COMPONENT_KINDS, ComponentKind, EVIDENCE_TYPES, EvidenceType } from './vocabulary.js';

export interface BuiltInRequirement extends RequirementNode {
  expectedEvidenceTypes: EvidenceType[];
  componentKinds: ComponentKind[];
}

export interface BuiltInFramework {
  code: string;
  version: string;
  title: string;
  publisher: string;
  description: string;
  /** Shown with the framework, e.g. that only a standard's structure is given. */
  note: string | null;
  /** True when refs and titles are given but the standard's text is not (it is not ours to publish). */
  structureOnly: boolean;
  /** Pre-order, parents first, like an OSCAL import. */
  requirements: BuiltInRequirement[];
}

export interface LoadBuiltInContentOptions {
  /** The folder holding `frameworks/` and `mappings/`; found from this module when omitted. */
  dataDir?: string;
}

/** Shipped content failed its own checks: a packaging or editing mistake, never a client's. */
export class BuiltInContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = BuiltInContentError.name;
  }
}

const DATA_PATH = join('libs', 'catalog', 'data');

/**
 * The build copies only compiled `.ts` into `dist/`, so from `dist/libs/catalog/src/content/` (or
 * from a bundle in `dist/bundle/`) the data is not beside the module: the first folder above that
 * holds `libs/catalog/data` is where it is, from the sources and from the build alike.
 */
export function resolveCatalogDataDir(from: string | URL = import.meta.url): string {
  const found = findShipped(DATA_PATH, from, (candidate) => existsSync(join(candidate, 'frameworks')) && statSync(candidate).isDirectory());
  if (!found) throw new BuiltInContentError(`No ${DATA_PATH} folder above ${typeof from === 'string' ? from : fileURLToPath(from)}.`);
  return found;
}

const text = z.string().trim().min(1);

interface RequirementSource {
  ref: string;
  kind?: RequirementKind;
  title: string;
  statement?: string;
  expectedEvidenceTypes?: EvidenceType[];
  componentKinds?: ComponentKind[];
  children?: RequirementSource[];
}

const requirementSchema: z.ZodType<RequirementSource> = z.strictObject({
  ref: text.max(64),
  kind: z.enum(['group', 'control']).optional(),
  title: text.max(200),
  statement: text.max(4000).optional(),
  expectedEvidenceTypes: z.array(z.enum(EVIDENCE_TYPES)).optional(),
  componentKinds: z.array(z.enum(COMPONENT_KINDS)).optional(),
  get children() {
    return z.array(requirementSchema).optional();
  },
});

const frameworkFileSchema = z.strictObject({
  code: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
  version: text.max(32),
  title: text.max(200),
  publisher: text.max(200),
  description: text.max(2000),
  note: text.max(2000).nullable().default(null),
  structureOnly: z.boolean().default(false),
  requirements: z.array(requirementSchema).min(1),
});

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    throw new BuiltInContentError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

function flatten(file: string, sources: readonly RequirementSource[]): BuiltInRequirement[] {
  const out: BuiltInRequirement[] = [];
  const refs = new Set<string>();
  const visit = (list: readonly RequirementSource[], parentIndex: number | null, depth: number): void => {
    list.forEach((source, sortOrder) => {
      if (refs.has(source.ref)) throw new BuiltInContentError(`${file}: ref ${source.ref} appears twice.`);
      refs.add(source.ref);
      const index = out.length;
      out.push({
        kind: source.kind ?? 'control',
        ref: source.ref,
        title: source.title,
        statement: source.statement ?? null,
        guidance: null,
        parentRef: parentIndex === null ? null : out[parentIndex]!.ref,
        parentIndex,
        sortOrder,
        depth,
        expectedEvidenceTypes: [...new Set(source.expectedEvidenceTypes ?? [])],
        componentKinds: [...new Set(source.componentKinds ?? [])],
      });
      visit(source.children ?? [], index, depth + 1);
    });
  };
  visit(sources, null, 0);
  return out;
}

function loadFramework(file: string): BuiltInFramework {
  const result = frameworkFileSchema.safeParse(readJson(file));
  if (!result.success) {
    const first = result.error.issues[0]!;
    throw new BuiltInContentError(`${file}: ${first.path.join('.')}: ${first.message}`);
  }
  const { requirements, ...framework } = result.data;
  return { ...framework, requirements: flatten(file, requirements) };
}

/** Every framework under `data/frameworks/`, in file-name order. Reads the files on each call. */
export function loadBuiltInFrameworks(options: LoadBuiltInContentOptions = {}): BuiltInFramework[] {
  const dataDir = options.dataDir ?? resolveCatalogDataDir();
  const frameworks = jsonFiles(join(dataDir, 'frameworks')).map(loadFramework);
  const keys = new Set<string>();
  for (const f of frameworks) {
    if (keys.has(f.code)) throw new BuiltInContentError(`Framework ${f.code} is defined twice.`);
    keys.add(f.code);
  }
  return frameworks;
}

/** `code@version`, the way built-in crosswalks name frameworks. */
export function frameworkKey(framework: Pick<BuiltInFramework, 'code' | 'version'>): string {
  return `${framework.code}@${framework.version}`;
}

/**
 * Every crosswalk under `data/mappings/`. Frameworks are named `code@version`; each
 * row is checked to point at refs that exist in the built-in frameworks.
 */
export function loadBuiltInMappings(options: LoadBuiltInContentOptions = {}): MappingRow[] {
  const dataDir = options.dataDir ?? resolveCatalogDataDir();
  const frameworks = new Map(loadBuiltInFrameworks({ dataDir }).map((f) => [frameworkKey(f), new Set(f.requirements.map((r) => r.ref))]));
  const rows: MappingRow[] = [];
  for (const file of jsonFiles(join(dataDir, 'mappings'))) {
    let parsed: MappingRow[];
    try {
      parsed = parseMappingsJson(readJson(file));
    } catch (error) {
      const detail = (error as { errors?: { field: string; message: string }[] }).errors?.[0];
      throw new BuiltInContentError(`${file}: ${detail ? `${detail.field}: ${detail.message}` : String(error)}`);
    }
    parsed.forEach((row, i) => {
      for (const [key, ref] of [
        [row.sourceFramework, row.sourceRef],
        [row.targetFramework, row.targetRef],
      ] as const) {
        const refs = frameworks.get(key);
        if (!refs || splitFrameworkKey(key).version === null) throw new BuiltInContentError(`${file}: row ${i}: unknown framework ${key}.`);
        if (!refs.has(ref)) throw new BuiltInContentError(`${file}: row ${i}: ${key} has no requirement ${ref}.`);
      }
    });
    rows.push(...parsed);
  }
  return rows;
}
