import type { FieldIssue } from '@attesta/core';
import { RecognitionError, RecognitionErrorCode } from '../recognition.errors.js';

/**
 * The OSCAL 1.2 Control Mapping model (`mapping-collection`, metaschema
 * `oscal_mapping_metaschema.xml` / `oscal_mapping-common_metaschema.xml`, schema version
 * 1.2.2) as Attesta reads and writes it. The normalized shape below is what the database
 * keeps; `parseMappingCollection` and `buildMappingCollection` are inverse on it, which
 * is what makes export → import lossless.
 */
export const OSCAL_MAPPING_VERSION = '1.2.2';
/** Namespace of Attesta's own props (framework code and version of a mapped resource). */
export const ATTESTA_NS = 'https://attesta.example/ns/oscal';

export const RELATIONSHIPS = ['equivalent-to', 'equal-to', 'subset-of', 'superset-of', 'intersects-with', 'no-relationship'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];
export const MATCHING_RATIONALES = ['syntactic', 'semantic', 'functional'] as const;
export type MatchingRationale = (typeof MATCHING_RATIONALES)[number];
export const MAPPING_METHODS = ['human', 'automation', 'hybrid'] as const;
export type MappingMethod = (typeof MAPPING_METHODS)[number];
export const MAPPING_STATUSES = ['complete', 'not-complete', 'draft', 'deprecated', 'superseded'] as const;
export type MappingStatus = (typeof MAPPING_STATUSES)[number];
export const ITEM_TYPES = ['control', 'statement'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];
const QUALIFIER_SUBJECTS = ['source', 'target', 'both'] as const;
const QUALIFIER_PREDICATES = ['has-requirement', 'has-incompatibility'] as const;
const QUALIFIER_CATEGORIES = ['restricted', 'addressable', 'blocked'] as const;

/** Relationships under which the source's evidence meets the whole target (source ⊇ target). */
export const COVERING_RELATIONSHIPS: readonly Relationship[] = ['equal-to', 'equivalent-to', 'superset-of'];
/** Relationships under which it meets part of the target. */
export const PARTIAL_RELATIONSHIPS: readonly Relationship[] = ['subset-of', 'intersects-with'];

/** A confidence score: a category (`high`, `medium`, `low`, `unspecified` or other) or a percentage. */
export type Confidence = { category: string } | { percentage: number };
export interface Coverage {
  targetCoverage: number;
  generationMethod: string | null;
}
export interface Qualifier {
  subject: (typeof QUALIFIER_SUBJECTS)[number];
  predicate: (typeof QUALIFIER_PREDICATES)[number];
  category: (typeof QUALIFIER_CATEGORIES)[number];
  description: string;
}
export interface GapSummary {
  uuid: string;
  /** Refs of the requirements left unmapped. */
  unmappedRefs: string[];
}
export interface FrameworkKey {
  code: string;
  version: string;
}

/** One `map`: one source requirement, one target requirement. */
export interface MapEntry {
  uuid: string;
  relationship: Relationship;
  matchingRationale: MatchingRationale | null;
  sourceType: ItemType;
  sourceRef: string;
  targetType: ItemType;
  targetRef: string;
  confidence: Confidence | null;
  coverage: Coverage | null;
  qualifiers: Qualifier[];
  /** Why the two relate (Attesta's crosswalk rationale). */
  remarks: string | null;
}

/** One `mapping`: a source framework version to a target framework version. */
export interface FrameworkMapping {
  uuid: string;
  source: FrameworkKey;
  target: FrameworkKey;
  method: MappingMethod | null;
  matchingRationale: MatchingRationale | null;
  status: MappingStatus | null;
  description: string | null;
  remarks: string | null;
  confidence: Confidence | null;
  coverage: Coverage | null;
  sourceGapSummary: GapSummary | null;
  targetGapSummary: GapSummary | null;
  maps: MapEntry[];
}

export interface Provenance {
  method: MappingMethod;
  matchingRationale: MatchingRationale;
  status: MappingStatus;
  description: string;
  confidence: Confidence | null;
  coverage: Coverage | null;
  /** Who mapped (a party name) and when (ISO date-time). */
  mappedBy: string | null;
  mappedAt: string | null;
  remarks: string | null;
}

export interface MappingCollectionModel {
  uuid: string;
  title: string;
  version: string;
  lastModified: string;
  provenance: Provenance;
  mappings: FrameworkMapping[];
}

export const MAX_MAPS = 20_000;
const UUID_RE = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$/;
const URN_PREFIX = 'urn:attesta:framework:';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads and checks a whole document; every problem is reported with its JSON path, nothing is partially accepted. */
export function parseMappingCollection(document: unknown): MappingCollectionModel {
  const issues: FieldIssue[] = [];
  const bad = (field: string, message: string): null => {
    issues.push({ field, message });
    return null;
  };
  const root = isObj(document) && isObj(document['mapping-collection']) ? document['mapping-collection'] : null;
  if (!root) {
    throw new RecognitionError(RecognitionErrorCode.InvalidDocument, 'Not an OSCAL mapping collection: expected { "mapping-collection": { ... } }.', {
      errors: [{ field: 'mapping-collection', message: 'is required' }],
    });
  }
  const P = 'mapping-collection';
  const str = (o: Json, key: string, path: string, required: boolean, max = 4000): string | null => {
    const v = o[key];
    if (v === undefined || v === null) return required ? bad(`${path}.${key}`, 'is required') : null;
    if (typeof v !== 'string' || v.trim() === '') return bad(`${path}.${key}`, 'must be a non-empty string');
    if (v.length > max) return bad(`${path}.${key}`, `must be at most ${max} characters`);
    return v;
  };
  const uuid = (o: Json, path: string): string | null => {
    const v = str(o, 'uuid', path, true, 36);
    if (v !== null && !UUID_RE.test(v)) return bad(`${path}.uuid`, 'must be a UUID (RFC 4122 version 4 or 5)');
    return v;
  };
  const oneOf = <T extends string>(o: Json, key: string, path: string, allowed: readonly T[], required: boolean): T | null => {
    const v = str(o, key, path, required, 64);
    if (v === null) return null;
    if (!(allowed as readonly string[]).includes(v)) return bad(`${path}.${key}`, `must be one of ${allowed.join(', ')}`);
    return v as T;
  };
  const confidence = (o: Json, path: string): Confidence | null => {
    const c = o['confidence-score'];
    if (c === undefined) return null;
    const p = `${path}.confidence-score`;
    if (!isObj(c)) return bad(p, 'must be an object');
    const hasCat = c.category !== undefined;
    const hasPct = c.percentage !== undefined;
    if (hasCat === hasPct) return bad(p, 'must have exactly one of category, percentage');
    if (hasCat) {
      const cat = str(c, 'category', p, true, 64);
      return cat === null ? null : { category: cat };
    }
    if (typeof c.percentage !== 'number' || !Number.isFinite(c.percentage) || c.percentage < 0 || c.percentage > 100)
      return bad(`${p}.percentage`, 'must be a number from 0 to 100');
    return { percentage: c.percentage };
  };
  const coverage = (o: Json, path: string): Coverage | null => {
    const c = o.coverage;
    if (c === undefined) return null;
    const p = `${path}.coverage`;
    if (!isObj(c)) return bad(p, 'must be an object with target-coverage');
    const t = c['target-coverage'];
    if (typeof t !== 'number' || !Number.isFinite(t) || t < 0 || t > 1) return bad(`${p}.target-coverage`, 'must be a number from 0 to 1');
    return { targetCoverage: t, generationMethod: str(c, 'generation-method', p, false, 64) };
  };
  const gap = (o: Json, key: string, path: string): GapSummary | null => {
    const g = o[key];
    if (g === undefined) return null;
    const p = `${path}.${key}`;
    if (!isObj(g)) return bad(p, 'must be an object');
    const id = uuid(g, p);
    const sel = g['unmapped-controls'];
    if (!Array.isArray(sel) || sel.length === 0) return bad(`${p}.unmapped-controls`, 'must be a non-empty array');
    const refs: string[] = [];
    sel.forEach((s, i) => {
      const ids = isObj(s) ? s['with-ids'] : undefined;
      if (!Array.isArray(ids) || ids.some((x) => typeof x !== 'string' || !x)) bad(`${p}.unmapped-controls.${i}.with-ids`, 'must be an array of control ids');
      else refs.push(...(ids as string[]).map(tokenToRef));
    });
    return id === null ? null : { uuid: id, unmappedRefs: refs };
  };
  const frameworkOf = (o: Json, key: string, path: string): FrameworkKey | null => {
    const r = o[key];
    const p = `${path}.${key}`;
    if (!isObj(r)) return bad(p, 'is required');
    const href = str(r, 'href', p, true, 300);
    str(r, 'type', p, true, 64);
    if (href === null) return null;
    const key2 = href.startsWith(URN_PREFIX) ? href.slice(URN_PREFIX.length) : null;
    const at = key2 ? key2.lastIndexOf('@') : -1;
    if (!key2 || at <= 0 || at === key2.length - 1) return bad(`${p}.href`, `must name a framework version as ${URN_PREFIX}<code>@<version>`);
    return { code: key2.slice(0, at), version: key2.slice(at + 1) };
  };

  const uuidRoot = uuid(root, P);
  const metadata = isObj(root.metadata) ? root.metadata : (bad(`${P}.metadata`, 'is required') ?? {});
  const title = str(metadata, 'title', `${P}.metadata`, true, 300);
  const version = str(metadata, 'version', `${P}.metadata`, true, 64);
  const lastModified = str(metadata, 'last-modified', `${P}.metadata`, true, 64);
  if (lastModified && Number.isNaN(Date.parse(lastModified))) bad(`${P}.metadata.last-modified`, 'must be a date-time');

  const prov = isObj(root.provenance) ? root.provenance : (bad(`${P}.provenance`, 'is required') ?? {});
  const PP = `${P}.provenance`;
  const provProps = Array.isArray(prov.props) ? (prov.props as unknown[]).filter(isObj) : [];
  const prop = (name: string) => {
    const p = provProps.find((x) => x.name === name && x.ns === ATTESTA_NS);
    return typeof p?.value === 'string' ? p.value : null;
  };
  const provenance = {
    method: oneOf(prov, 'method', PP, MAPPING_METHODS, true),
    matchingRationale: oneOf(prov, 'matching-rationale', PP, MATCHING_RATIONALES, true),
    status: oneOf(prov, 'status', PP, MAPPING_STATUSES, true),
    description: str(prov, 'mapping-description', PP, true),
    confidence: confidence(prov, PP),
    coverage: coverage(prov, PP),
    mappedBy: prop('mapped-by'),
    mappedAt: prop('mapped-at'),
    remarks: str(prov, 'remarks', PP, false),
  };

  const mappingsRaw = root.mappings;
  const mappings: FrameworkMapping[] = [];
  let mapCount = 0;
  if (!Array.isArray(mappingsRaw) || mappingsRaw.length === 0) bad(`${P}.mappings`, 'must be a non-empty array');
  else
    mappingsRaw.forEach((m, i) => {
      const MP = `${P}.mappings.${i}`;
      if (!isObj(m)) return void bad(MP, 'must be an object');
      const maps: MapEntry[] = [];
      const rawMaps = m.maps;
      if (!Array.isArray(rawMaps) || rawMaps.length === 0) bad(`${MP}.maps`, 'must be a non-empty array');
      else {
        mapCount += rawMaps.length;
        if (mapCount > MAX_MAPS) return void bad(`${MP}.maps`, `at most ${MAX_MAPS} maps are accepted in one collection`);
        rawMaps.forEach((e, j) => {
          const EP = `${MP}.maps.${j}`;
          if (!isObj(e)) return void bad(EP, 'must be an object');
          const item = (key: 'sources' | 'targets'): { type: ItemType; ref: string } | null => {
            const list = e[key];
            if (!Array.isArray(list) || list.length !== 1 || !isObj(list[0]))
              return bad(`${EP}.${key}`, 'must hold exactly one item (one requirement per side of a map)');
            const it = list[0];
            const type = oneOf(it, 'type', `${EP}.${key}.0`, ITEM_TYPES, true);
            const ref = str(it, 'id-ref', `${EP}.${key}.0`, true, 200);
            return type && ref ? { type, ref } : null;
          };
          const id = uuid(e, EP);
          const relationship = oneOf(e, 'relationship', EP, RELATIONSHIPS, true);
          const s = item('sources');
          const t = item('targets');
          const qualifiers: Qualifier[] = [];
          if (e.qualifiers !== undefined) {
            if (!Array.isArray(e.qualifiers)) bad(`${EP}.qualifiers`, 'must be an array');
            else
              e.qualifiers.forEach((q, k) => {
                const QP = `${EP}.qualifiers.${k}`;
                if (!isObj(q)) return void bad(QP, 'must be an object');
                const subject = oneOf(q, 'subject', QP, QUALIFIER_SUBJECTS, true);
                const predicate = oneOf(q, 'predicate', QP, QUALIFIER_PREDICATES, true);
                const category = oneOf(q, 'category', QP, QUALIFIER_CATEGORIES, true);
                const description = str(q, 'description', QP, true);
                if (subject && predicate && category && description) qualifiers.push({ subject, predicate, category, description });
              });
          }
          const entry = {
            uuid: id,
            relationship,
            matchingRationale: oneOf(e, 'matching-rationale', EP, MATCHING_RATIONALES, false),
            confidence: confidence(e, EP),
            coverage: coverage(e, EP),
            remarks: str(e, 'remarks', EP, false),
          };
          if (id && relationship && s && t)
            maps.push({ ...entry, uuid: id, relationship, sourceType: s.type, sourceRef: s.ref, targetType: t.type, targetRef: t.ref, qualifiers });
        });
      }
      const source = frameworkOf(m, 'source-resource', MP);
      const target = frameworkOf(m, 'target-resource', MP);
      const id = uuid(m, MP);
      const fm = {
        method: oneOf(m, 'method', MP, MAPPING_METHODS, false),
        matchingRationale: oneOf(m, 'matching-rationale', MP, MATCHING_RATIONALES, false),
        status: oneOf(m, 'status', MP, MAPPING_STATUSES, false),
        description: str(m, 'mapping-description', MP, false),
        remarks: str(m, 'remarks', MP, false),
        confidence: confidence(m, MP),
        coverage: coverage(m, MP),
        sourceGapSummary: gap(m, 'source-gap-summary', MP),
        targetGapSummary: gap(m, 'target-gap-summary', MP),
      };
      if (source && target && id) {
        if (source.code === target.code && source.version === target.version)
          bad(`${MP}.target-resource.href`, 'must name another framework version than the source');
        mappings.push({ uuid: id, source, target, ...fm, maps });
      }
    });

  if (issues.length || !uuidRoot || !title || !version || !lastModified) {
    throw new RecognitionError(
      RecognitionErrorCode.InvalidDocument,
      `${issues.length} problem${issues.length === 1 ? '' : 's'} in the mapping collection; first: ${issues[0]?.field} ${issues[0]?.message}.`,
      { errors: issues },
    );
  }
  return {
    uuid: uuidRoot,
    title,
    version,
    lastModified: new Date(lastModified).toISOString(),
    provenance: provenance as Provenance,
    mappings,
  };
}

const confidenceJson = (c: Confidence | null) => (c ? { 'confidence-score': 'category' in c ? { category: c.category } : { percentage: c.percentage } } : {});
const coverageJson = (c: Coverage | null) =>
  c ? { coverage: { ...(c.generationMethod !== null ? { 'generation-method': c.generationMethod } : {}), 'target-coverage': c.targetCoverage } } : {};
const gapJson = (key: string, g: GapSummary | null) =>
  g ? { [key]: { uuid: g.uuid, 'unmapped-controls': [{ 'with-ids': g.unmappedRefs.map(refToToken) }] } } : {};
const opt = (key: string, v: string | null) => (v !== null ? { [key]: v } : {});
const resource = (f: FrameworkKey) => ({
  type: 'catalog',
  href: `${URN_PREFIX}${f.code}@${f.version}`,
  props: [
    { name: 'framework-code', ns: ATTESTA_NS, value: f.code },
    { name: 'framework-version', ns: ATTESTA_NS, value: f.version },
  ],
});

/** The OSCAL JSON document (`{ "mapping-collection": ... }`) for a collection. */
export function buildMappingCollection(m: MappingCollectionModel): { 'mapping-collection': Json } {
  const p = m.provenance;
  const props = [
    ...(p.mappedBy !== null ? [{ name: 'mapped-by', ns: ATTESTA_NS, value: p.mappedBy }] : []),
    ...(p.mappedAt !== null ? [{ name: 'mapped-at', ns: ATTESTA_NS, value: p.mappedAt }] : []),
  ];
  return {
    'mapping-collection': {
      uuid: m.uuid,
      metadata: { title: m.title, 'last-modified': m.lastModified, version: m.version, 'oscal-version': OSCAL_MAPPING_VERSION },
      provenance: {
        method: p.method,
        'matching-rationale': p.matchingRationale,
        status: p.status,
        ...confidenceJson(p.confidence),
        ...coverageJson(p.coverage),
        'mapping-description': p.description,
        ...(props.length ? { props } : {}),
        ...opt('remarks', p.remarks),
      },
      mappings: m.mappings.map((fm) => ({
        uuid: fm.uuid,
        ...opt('method', fm.method),
        ...opt('matching-rationale', fm.matchingRationale),
        ...opt('status', fm.status),
        'source-resource': resource(fm.source),
        'target-resource': resource(fm.target),
        maps: fm.maps.map((e) => ({
          uuid: e.uuid,
          ...opt('matching-rationale', e.matchingRationale),
          relationship: e.relationship,
          sources: [{ type: e.sourceType, 'id-ref': e.sourceRef }],
          targets: [{ type: e.targetType, 'id-ref': e.targetRef }],
          ...(e.qualifiers.length ? { qualifiers: e.qualifiers.map((q) => ({ ...q })) } : {}),
          ...confidenceJson(e.confidence),
          ...coverageJson(e.coverage),
          ...opt('remarks', e.remarks),
        })),
        ...opt('remarks', fm.remarks),
        ...opt('mapping-description', fm.description),
        ...gapJson('source-gap-summary', fm.sourceGapSummary),
        ...gapJson('target-gap-summary', fm.targetGapSummary),
        ...confidenceJson(fm.confidence),
        ...coverageJson(fm.coverage),
      })),
    },
  };
}

/** Attesta's crosswalk relation (equal / subset / superset / intersects) in the OSCAL vocabulary. */
export function relationshipOfCrosswalk(relation: string): Relationship {
  switch (relation) {
    case 'equal':
      return 'equal-to';
    case 'subset':
      return 'subset-of';
    case 'superset':
      return 'superset-of';
    default:
      return 'intersects-with';
  }
}

const TOKEN_RE = /^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$/u;

/**
 * A requirement ref as an OSCAL token (gap summaries select controls by token ids): unchanged when
 * it is one; `_` in front when only its first character is not allowed (`10.1` → `_10.1`); other
 * characters outside the token alphabet as `__u<hex>__` (`AC-2(1)` → `_AC-2__u28__1__u29__`).
 * `tokenToRef` reverses it, so gap summaries survive export → import unchanged.
 */
export function refToToken(ref: string): string {
  if (TOKEN_RE.test(ref) && !ref.startsWith('_')) return ref;
  const body = [...ref].map((ch) => (/[\p{L}\p{N}.-]/u.test(ch) ? ch : `__u${ch.codePointAt(0)!.toString(16)}__`)).join('');
  return `_${body}`;
}

export function tokenToRef(token: string): string {
  if (!token.startsWith('_')) return token;
  return token.slice(1).replace(/__u([0-9a-f]+)__/g, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}
