import type { FieldIssue } from '@attesta/core';
import { nameBasedUuid, OSCAL_VERSION } from './oscal-catalog.exporter.js';
import { OscalImportError } from './oscal.errors.js';
import { isRecord } from './oscal-prose.js';

/**
 * Resolves an OSCAL profile against a catalog the organization already imported, the way a
 * tenant tailors a baseline: `imports[].include-all` / `include-controls` (`with-ids`,
 * `with-child-controls`) minus `exclude-controls`; `modify.set-parameters` (values, select,
 * label replace; props, links, constraints, guidelines append); `modify.alters` (removes by
 * id, name, class or item name; adds at `starting` / `ending` of a control or `before` /
 * `after` / `starting` / `ending` of a part named by `by-id`). The catalog's grouping is kept
 * (as `merge.as-is` does); groups left without controls are dropped, and a selected control
 * whose parent control is not selected moves up to the parent's place. Every control, parameter
 * and part the profile names must exist (422 naming the profile's JSON path otherwise).
 */

type Json = Record<string, unknown>;

const array = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const records = (v: unknown): Json[] => array(v).filter(isRecord);
const clone = <T>(v: T): T => structuredClone(v);

function fail(message: string, issues: FieldIssue[]): never {
  throw new OscalImportError('invalid_structure', `${message}: ${issues[0]!.field}: ${issues[0]!.message}.`, issues);
}

/** Every control of the catalog by id, with its parent control (if any). */
function indexControls(catalog: Json): Map<string, { control: Json; parentControl: string | null }> {
  const out = new Map<string, { control: Json; parentControl: string | null }>();
  const walk = (holder: Json, parentControl: string | null): void => {
    for (const c of records(holder.controls)) {
      if (typeof c.id === 'string') out.set(c.id, { control: c, parentControl });
      walk(c, typeof c.id === 'string' ? c.id : parentControl);
    }
    for (const g of records(holder.groups)) walk(g, parentControl);
  };
  walk(catalog, null);
  return out;
}

function allIds(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => allIds(v, into));
  else if (isRecord(value)) {
    if (typeof value.id === 'string') into.add(value.id);
    for (const [k, v] of Object.entries(value)) if (k !== 'metadata') allIds(v, into);
  }
  return into;
}

export interface ResolveProfileOptions {
  now?: Date;
}

/** The resolved catalog document; throws `OscalImportError` (422) naming the profile path. */
export function resolveOscalProfile(input: unknown, source: { catalog: Json }, options: ResolveProfileOptions = {}): { catalog: Json } {
  if (!isRecord(input) || !isRecord(input.profile)) {
    fail('The document is not an OSCAL profile', [{ field: 'profile', message: 'is required' }]);
  }
  const profile = input.profile;
  const issues: FieldIssue[] = [];
  if (typeof profile.uuid !== 'string') issues.push({ field: 'profile.uuid', message: 'must be a UUID' });
  if (!isRecord(profile.metadata) || typeof profile.metadata.title !== 'string')
    issues.push({ field: 'profile.metadata.title', message: 'must be a non-empty string' });
  const imports = records(profile.imports);
  if (!imports.length) issues.push({ field: 'profile.imports', message: 'must list at least one import' });

  // Duplicate ids within the profile (adds, and the profile's own params).
  const seen = new Map<string, string>();
  const dupScan = (value: unknown, path: string): void => {
    if (Array.isArray(value)) return value.forEach((v, i) => dupScan(v, `${path}.${i}`));
    if (!isRecord(value)) return;
    if (typeof value.id === 'string') {
      if (seen.has(value.id)) issues.push({ field: `${path}.id`, message: `duplicate id "${value.id}" (first at ${seen.get(value.id)})` });
      else seen.set(value.id, `${path}.id`);
    }
    for (const [k, v] of Object.entries(value)) if (k !== 'metadata') dupScan(v, `${path}.${k}`);
  };
  dupScan(profile, 'profile');
  if (issues.length) fail('The profile is not well-formed', issues);

  const catalog = clone(source.catalog);
  const controls = indexControls(catalog);
  const catalogIds = allIds(catalog);

  // Selection.
  const selected = new Set<string>();
  imports.forEach((imp, i) => {
    const base = `profile.imports.${i}`;
    const withChildren = (id: string, deep: boolean): void => {
      selected.add(id);
      if (!deep) return;
      for (const [childId, c] of controls) if (c.parentControl === id) withChildren(childId, true);
    };
    if (imp['include-all'] !== undefined) for (const id of controls.keys()) selected.add(id);
    // A selector of another shape would select nothing and leave an empty catalog: name it instead.
    for (const key of ['include-controls', 'exclude-controls'] as const) {
      if (imp[key] === undefined) continue;
      if (!Array.isArray(imp[key])) issues.push({ field: `${base}.${key}`, message: 'must be an array of selections' });
      else
        (imp[key] as unknown[]).forEach((sel, j) => {
          if (!isRecord(sel) || !Array.isArray(sel['with-ids']) || !sel['with-ids'].length)
            issues.push({ field: `${base}.${key}.${j}.with-ids`, message: 'must list control ids (the selector supported)' });
        });
    }
    records(imp['include-controls']).forEach((sel, j) => {
      array(sel['with-ids']).forEach((id, k) => {
        if (typeof id !== 'string' || !controls.has(id))
          issues.push({ field: `${base}.include-controls.${j}.with-ids.${k}`, message: `names control "${String(id)}", which the catalog does not have` });
        else withChildren(id, sel['with-child-controls'] === 'yes');
      });
    });
    if (imp['include-all'] === undefined && imp['include-controls'] === undefined)
      issues.push({ field: `${base}`, message: 'needs include-all or include-controls' });
    records(imp['exclude-controls']).forEach((sel, j) => {
      array(sel['with-ids']).forEach((id, k) => {
        if (typeof id !== 'string' || !controls.has(id))
          issues.push({ field: `${base}.exclude-controls.${j}.with-ids.${k}`, message: `names control "${String(id)}", which the catalog does not have` });
        else selected.delete(id);
      });
    });
  });

  if (!issues.length && !selected.size) issues.push({ field: 'profile.imports', message: 'selects no control of the catalog' });

  // Parameters anywhere in the catalog.
  const params = new Map<string, Json>();
  const collectParams = (value: unknown, key = ''): void => {
    if (Array.isArray(value)) return value.forEach((v) => collectParams(v, key));
    if (!isRecord(value)) return;
    if (key === 'params' && typeof value.id === 'string') params.set(value.id, value);
    for (const [k, v] of Object.entries(value)) if (k !== 'metadata') collectParams(v, k);
  };
  collectParams(catalog);

  const modify = isRecord(profile.modify) ? profile.modify : {};
  records(modify['set-parameters']).forEach((set, i) => {
    const path = `profile.modify.set-parameters.${i}`;
    if (typeof set['param-id'] !== 'string') return void issues.push({ field: `${path}.param-id`, message: 'must be a parameter id' });
    const param = params.get(set['param-id']);
    if (!param)
      return void issues.push({ field: `${path}.param-id`, message: `names parameter "${String(set['param-id'])}", which the catalog does not define` });
    for (const key of ['values', 'select', 'label', 'class', 'depends-on']) if (set[key] !== undefined) param[key] = clone(set[key]);
    if (set.values !== undefined) delete param.select;
    for (const key of ['props', 'links', 'constraints', 'guidelines'])
      if (Array.isArray(set[key])) param[key] = [...array(param[key]), ...clone(set[key] as unknown[])];
  });

  records(modify.alters).forEach((alter, i) => {
    const path = `profile.modify.alters.${i}`;
    const id = alter['control-id'];
    const entry = typeof id === 'string' ? controls.get(id) : undefined;
    if (!entry) return void issues.push({ field: `${path}.control-id`, message: `names control "${String(id)}", which the catalog does not have` });
    if (!selected.has(id as string))
      return void issues.push({ field: `${path}.control-id`, message: `alters control "${String(id)}", which the profile does not select` });
    const control = entry.control;
    records(alter.removes).forEach((rm, j) => {
      let removed = 0;
      const matches = (item: Json): boolean =>
        (rm['by-id'] === undefined || item.id === rm['by-id']) &&
        (rm['by-name'] === undefined || item.name === rm['by-name']) &&
        (rm['by-class'] === undefined || item.class === rm['by-class']) &&
        (rm['by-ns'] === undefined || item.ns === rm['by-ns']);
      const prune = (holder: Json): void => {
        const items = rm['by-item-name'] === undefined ? ['parts', 'props', 'links', 'params'] : [String(rm['by-item-name']) + 's'];
        for (const key of ['parts', 'props', 'links', 'params']) {
          if (!Array.isArray(holder[key])) continue;
          const kept = (holder[key] as unknown[]).filter((item) => !(isRecord(item) && items.includes(key) && matches(item)));
          removed += (holder[key] as unknown[]).length - kept.length;
          if (kept.length) holder[key] = kept;
          else delete holder[key];
        }
        for (const part of records(holder.parts)) prune(part);
      };
      prune(control);
      if (removed === 0) issues.push({ field: `${path}.removes.${j}`, message: `matches nothing in control "${String(id)}"` });
    });
    records(alter.adds).forEach((add, j) => {
      const apath = `${path}.adds.${j}`;
      const position = typeof add.position === 'string' ? add.position : 'ending';
      for (const newId of allIds(add))
        if (catalogIds.has(newId)) issues.push({ field: `${apath}`, message: `adds id "${newId}", which the catalog already uses` });
      let target: Json = control;
      if (typeof add['by-id'] === 'string' && add['by-id'] !== id) {
        const find = (holder: Json): Json | null => {
          for (const p of records(holder.parts)) {
            if (p.id === add['by-id']) return p;
            const deeper = find(p);
            if (deeper) return deeper;
          }
          return null;
        };
        const found = find(control);
        if (!found)
          return void issues.push({ field: `${apath}.by-id`, message: `names part "${String(add['by-id'])}", which control "${String(id)}" does not have` });
        target = found;
      }
      if (typeof add.title === 'string') target.title = add.title;
      for (const key of ['params', 'props', 'links', 'parts']) {
        if (!Array.isArray(add[key])) continue;
        const items = clone(add[key] as unknown[]);
        const current = array(target[key]);
        target[key] = position === 'starting' || position === 'before' ? [...items, ...current] : [...current, ...items];
      }
    });
  });
  if (issues.length) fail('The profile does not resolve against the catalog', issues);

  // Keep the selected controls in the catalog's structure.
  const keepControls = (list: unknown): Json[] => {
    const out: Json[] = [];
    for (const c of records(list)) {
      const children = keepControls(c.controls);
      if (typeof c.id === 'string' && selected.has(c.id)) {
        if (children.length) c.controls = children;
        else delete c.controls;
        out.push(c);
      } else out.push(...children);
    }
    return out;
  };
  const keepGroups = (list: unknown): Json[] => {
    const out: Json[] = [];
    for (const g of records(list)) {
      const cs = keepControls(g.controls);
      const gs = keepGroups(g.groups);
      if (!cs.length && !gs.length) continue;
      if (cs.length) g.controls = cs;
      else delete g.controls;
      if (gs.length) g.groups = gs;
      else delete g.groups;
      out.push(g);
    }
    return out;
  };
  const topControls = keepControls(catalog.controls);
  const topGroups = keepGroups(catalog.groups);
  const profileMetadata = profile.metadata as Json;
  const resolved: Json = {
    uuid: nameBasedUuid(`resolved-profile:${String(profile.uuid)}:${String(catalog.uuid)}`),
    metadata: {
      ...clone(profileMetadata),
      'last-modified': typeof profileMetadata['last-modified'] === 'string' ? profileMetadata['last-modified'] : (options.now ?? new Date()).toISOString(),
      version: typeof profileMetadata.version === 'string' ? profileMetadata.version : '1.0',
      'oscal-version': OSCAL_VERSION,
      links: [...array(profileMetadata.links), { href: `urn:uuid:${String(profile.uuid)}`, rel: 'source-profile' }],
    },
  };
  if (Array.isArray(catalog.params)) resolved.params = catalog.params;
  if (topControls.length) resolved.controls = topControls;
  if (topGroups.length) resolved.groups = topGroups;
  if (isRecord(catalog['back-matter'])) resolved['back-matter'] = catalog['back-matter'];
  return { catalog: resolved };
}
