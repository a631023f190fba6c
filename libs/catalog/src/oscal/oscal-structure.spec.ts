import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOscalCatalog } from './oscal-catalog.parser.js';
import { resolveOscalProfile } from './oscal-profile.js';
import { extractOscalStructure, parameterIndex, rebuildOscalCatalog, renderControlStatement } from './oscal-structure.js';
import { OscalImportError } from './oscal.errors.js';

const DATA = new URL('../../../../../shared/data/oscal/', import.meta.url);
const load = (name: string) => JSON.parse(readFileSync(new URL(name, DATA), 'utf8')) as { catalog: Record<string, unknown> };

function roundTrip(doc: unknown) {
  const parsed = parseOscalCatalog(doc);
  const structure = extractOscalStructure(doc, parsed);
  const nodes = parsed.requirements.map((r, i) => ({ kind: r.kind, parentIndex: r.parentIndex, structure: structure.nodes[i]! }));
  return { parsed, structure, nodes, rebuilt: rebuildOscalCatalog(structure, nodes, { uuid: 'x', metadata: {} }) };
}

function issuesOf(fn: () => unknown): { field: string; message: string }[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(OscalImportError);
    return [...(e as OscalImportError).issues];
  }
  throw new Error('expected a refusal');
}

describe('lossless OSCAL structure', () => {
  for (const name of ['NIST_SP-800-53_rev5_MODERATE-baseline-resolved-profile_catalog-min.json', 'basic-catalog.json']) {
    it(`rebuilds ${name} member for member`, () => {
      const source = load(name);
      const { rebuilt } = roundTrip(source);
      for (const key of ['groups', 'controls', 'params', 'back-matter']) expect(rebuilt.catalog[key]).toEqual(source.catalog[key]);
    });
  }

  it('renders statements with parameter insertion, organization-defined values first', () => {
    const { structure, nodes } = roundTrip(load('basic-catalog.json'));
    const control = nodes.find((n) => n.structure.id === 's1.1.1')!.structure;
    const plain = renderControlStatement(control, parameterIndex(structure.params, nodes));
    expect(plain).toContain('[Selection (one or more): initiating a device lock after [Assignment: a duration] of inactivity');
    const valued = renderControlStatement(control, parameterIndex(structure.params, nodes, new Map([['s1.1.1-prm_2', ['15 minutes']]])));
    expect(valued).toContain('initiating a device lock after 15 minutes of inactivity');
  });

  it('refuses duplicate part ids and dangling parameter references, naming the JSON path', () => {
    const doc = load('basic-catalog.json');
    const control = (doc.catalog.groups as never[])[0]!['groups'][0]['controls'][0] as Record<string, never[]>;
    (control.parts as Record<string, unknown>[])[1]!.id = 's1.1_smt';
    (control.parts as Record<string, unknown>[])[1]!.prose = 'Uses {{ insert: param, nowhere }}.';
    const issues = issuesOf(() => extractOscalStructure(doc, parseOscalCatalog(doc)));
    expect(issues.map((i) => i.field)).toEqual(
      expect.arrayContaining(['catalog.groups.0.groups.0.controls.0.parts.1.id', 'catalog.groups.0.groups.0.controls.0.parts.1.prose']),
    );
  });
});

describe('profile resolution', () => {
  const profile = (modify: Record<string, unknown>, ids = ['s1.1.1', 's2.1.2']) => ({
    profile: {
      uuid: '1e2a5a3c-6d0a-4a51-8d5b-6f2f2e1d9c01',
      metadata: { title: 'Tailored basic', 'last-modified': '2026-01-01T00:00:00Z', version: '1.0', 'oscal-version': '1.1.2' },
      imports: [{ href: '#basic', 'include-controls': [{ 'with-ids': ids }] }],
      modify,
    },
  });

  it('selects controls, sets parameters and alters, keeping the grouping', () => {
    const resolved = resolveOscalProfile(
      profile({
        'set-parameters': [{ 'param-id': 's1.1.1-prm_2', values: ['15 minutes'] }],
        alters: [{ 'control-id': 's2.1.2', adds: [{ position: 'ending', props: [{ name: 'priority', value: 'high' }] }] }],
      }),
      load('basic-catalog.json'),
    );
    const { nodes } = roundTrip(resolved);
    expect(nodes.filter((n) => n.kind === 'control').map((n) => n.structure.id)).toEqual(['s1.1.1', 's2.1.2']);
    const s111 = nodes.find((n) => n.structure.id === 's1.1.1')!.structure;
    expect((s111.params as { id: string; values?: string[] }[]).find((p) => p.id === 's1.1.1-prm_2')!.values).toEqual(['15 minutes']);
    expect(nodes.find((n) => n.structure.id === 's2.1.2')!.structure.props).toContainEqual({ name: 'priority', value: 'high' });
  });

  it('names the profile path of a missing control or parameter', () => {
    const issues = issuesOf(() =>
      resolveOscalProfile(profile({ 'set-parameters': [{ 'param-id': 'nope', values: ['x'] }] }, ['s1.1.1', 'zz-9']), load('basic-catalog.json')),
    );
    expect(issues.map((i) => i.field)).toEqual(['profile.imports.0.include-controls.0.with-ids.1', 'profile.modify.set-parameters.0.param-id']);
  });

  it('names a selection it cannot read, or one that selects nothing, in the profile (not as an empty catalog)', () => {
    const basic = load('basic-catalog.json');
    const withImports = (imports: unknown[], modify?: Record<string, unknown>) => {
      const p = profile(modify ?? {}, []);
      p.profile.imports = imports as typeof p.profile.imports;
      return p;
    };
    const fields = (imports: unknown[], modify?: Record<string, unknown>) =>
      issuesOf(() => resolveOscalProfile(withImports(imports, modify), basic)).map((i) => i.field);
    expect(fields([{ href: '#basic', 'include-controls': [{ 'with-ids': 's1.1.1' }] }])).toEqual(['profile.imports.0.include-controls.0.with-ids']);
    expect(fields([{ href: '#basic', 'include-controls': [{ matching: [{ pattern: 's1.*' }] }] }])).toEqual(['profile.imports.0.include-controls.0.with-ids']);
    expect(fields([{ href: '#basic', 'include-controls': { 'with-ids': ['s1.1.1'] } }])).toEqual(['profile.imports.0.include-controls']);
    expect(fields([{ href: '#basic', 'include-all': {}, 'exclude-controls': [{ 'with-ids': 's1.1.1' }] }])).toEqual([
      'profile.imports.0.exclude-controls.0.with-ids',
    ]);
    // Everything included, everything excluded: nothing left.
    const all = [
      ...roundTrip(basic)
        .nodes.filter((n) => n.kind === 'control')
        .map((n) => String(n.structure.id)),
    ];
    expect(fields([{ href: '#basic', 'include-all': {}, 'exclude-controls': [{ 'with-ids': all }] }])).toEqual(['profile.imports']);
    expect(fields([{ href: '#basic', 'include-all': {} }], { 'set-parameters': [{ 'param-id': null, values: ['x'] }] })).toEqual([
      'profile.modify.set-parameters.0.param-id',
    ]);
  });
});
