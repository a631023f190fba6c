import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OscalImportError } from './oscal.errors.js';
import { importOscalCatalogText, parseOscalCatalog, parseOscalJsonText } from './oscal-catalog.parser.js';

// The shared test data sits beside the repository and is read, never copied in.
const OSCAL_DIR = fileURLToPath(new URL('../../../../../shared/data/oscal/', import.meta.url));
const NIST_FILE = 'NIST_SP-800-53_rev5_MODERATE-baseline-resolved-profile_catalog-min.json';

function readOscal(name: string): unknown {
  return JSON.parse(readFileSync(`${OSCAL_DIR}${name}`, 'utf8'));
}

/** Counts groups and controls by walking the raw JSON, independently of the parser. */
function countRaw(document: unknown): { groups: number; controls: number; enhancements: number } {
  const counts = { groups: 0, controls: 0, enhancements: 0 };
  type Node = { controls?: Node[]; groups?: Node[] };
  const control = (node: Node, depth: number): void => {
    counts.controls += 1;
    if (depth > 0) counts.enhancements += 1;
    for (const child of node.controls ?? []) control(child, depth + 1);
  };
  const group = (node: Node): void => {
    counts.groups += 1;
    for (const child of node.controls ?? []) control(child, 0);
    for (const child of node.groups ?? []) group(child);
  };
  const catalog = (document as { catalog: Node }).catalog;
  for (const child of catalog.controls ?? []) control(child, 0);
  for (const child of catalog.groups ?? []) group(child);
  return counts;
}

function minimalCatalog(body: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    catalog: {
      uuid: '0f6a3c1e-8d1b-4c5e-9a7f-2b3c4d5e6f70',
      metadata: { title: 'Tiny', 'last-modified': '2024-01-01T00:00:00Z', version: '1', 'oscal-version': '1.1.2' },
      groups: [{ id: 'g1', title: 'Group one', controls: [{ id: 'c1', title: 'Control one' }] }],
      ...body,
    },
  };
}

function refusal(run: () => unknown): OscalImportError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(OscalImportError);
    return error as OscalImportError;
  }
  throw new Error('expected an OscalImportError');
}

describe('parseOscalCatalog', () => {
  it('finds the shared OSCAL data beside the repository', () => {
    expect(existsSync(`${OSCAL_DIR}${NIST_FILE}`)).toBe(true);
  });

  describe('NIST SP 800-53 rev5 moderate baseline (resolved profile catalog)', () => {
    const raw = readOscal(NIST_FILE);
    const parsed = parseOscalCatalog(raw);
    const expected = countRaw(raw);

    it('imports every group, control and enhancement', () => {
      expect(expected).toEqual({ groups: 18, controls: 287, enhancements: 110 });
      expect(parsed.counts).toEqual({ groups: expected.groups, controls: expected.controls });
      expect(parsed.requirements.filter((r) => r.kind === 'control')).toHaveLength(expected.controls);
      expect(parsed.requirements.filter((r) => r.kind === 'group')).toHaveLength(expected.groups);
      expect(parsed.requirements.filter((r) => r.kind === 'control' && r.depth > 1)).toHaveLength(expected.enhancements);
    });

    it('reads the framework from the metadata', () => {
      expect(parsed.framework).toMatchObject({
        title: 'NIST Special Publication 800-53 Revision 5.1.1 MODERATE IMPACT BASELINE',
        version: '5.1.1+u4',
        oscalVersion: '1.1.2',
        publisher: 'Joint Task Force, Transformation Initiative',
        code: 'nist-special-publication-800-53-revision-5-1-1-moderate-impact',
      });
      expect(parsed.framework.code.length).toBeLessThanOrEqual(64);
      expect(parsed.framework.oscalUuid).toBe((raw as { catalog: { uuid: string } }).catalog.uuid);
      expect(parsed.framework.metadata).toHaveProperty('parties');
    });

    it('lists parents before their children, with consistent parent links', () => {
      const refs = new Set<string>();
      parsed.requirements.forEach((r, index) => {
        expect(refs.has(r.ref)).toBe(false);
        refs.add(r.ref);
        if (r.parentIndex === null) {
          expect(r.parentRef).toBeNull();
          expect(r.depth).toBe(0);
        } else {
          expect(r.parentIndex).toBeLessThan(index);
          const parent = parsed.requirements[r.parentIndex]!;
          expect(parent.ref).toBe(r.parentRef);
          expect(r.depth).toBe(parent.depth + 1);
        }
      });
    });

    it('keeps the familiar label as ref and the OSCAL id beside it', () => {
      const ac2 = parsed.requirements.find((r) => r.oscalId === 'ac-2')!;
      const ac21 = parsed.requirements.find((r) => r.oscalId === 'ac-2.1')!;
      const family = parsed.requirements.find((r) => r.oscalId === 'ac')!;
      expect(family).toMatchObject({ kind: 'group', ref: 'ac', title: 'Access Control', parentIndex: null, sortOrder: 0 });
      expect(ac2).toMatchObject({ kind: 'control', ref: 'AC-2', title: 'Account Management', parentRef: 'ac', oscalClass: 'SP800-53' });
      expect(ac21).toMatchObject({ ref: 'AC-2(1)', parentRef: 'AC-2', oscalClass: 'SP800-53-enhancement', sortOrder: 0 });
      const siblings = parsed.requirements.filter((r) => r.parentRef === 'ac').map((r) => r.sortOrder);
      expect(siblings).toEqual(siblings.map((_, i) => i));
    });

    it('renders statements as plain text with items and parameters', () => {
      const ac2 = parsed.requirements.find((r) => r.oscalId === 'ac-2')!;
      expect(ac2.statement).toContain('a. Define and document the types of accounts allowed');
      expect(ac2.statement).toContain('c. Require [Assignment: prerequisites and criteria] for group and role membership;');
      expect(ac2.statement).toMatch(/\nd\. Specify:\n {3}1\. Authorized users of the system;/);
      expect(ac2.guidance).toMatch(/^Examples of system account types include/);
      // A parameter label holding a markdown link stays inside its brackets.
      const au2 = parsed.requirements.find((r) => r.oscalId === 'au-2')!;
      expect(au2.statement).toContain('c. Specify the following event types for logging within the system: [Assignment: ');
      expect(au2.statement).toContain('defined in AU-2a.)');
      const ac1 = parsed.requirements.find((r) => r.oscalId === 'ac-1')!;
      expect(ac1.statement).toContain('[Selection (one or more): organization-level; mission/business process-level; system-level]');
      // A choice that itself inserts a parameter is rendered too.
      const ac7 = parsed.requirements.find((r) => r.oscalId === 'ac-7')!;
      expect(ac7.statement).toContain('lock the account or node for [Assignment: time period]');
      for (const r of parsed.requirements) {
        expect(r.statement ?? '').not.toContain('{{');
        if (r.kind === 'control') expect(r.statement).toBeTruthy();
      }
    });
  });

  it('imports the basic example catalog with nested groups', () => {
    const raw = readOscal('basic-catalog.json');
    const parsed = parseOscalCatalog(raw);
    const expected = countRaw(raw);
    expect(parsed.counts).toEqual({ groups: expected.groups, controls: expected.controls });
    const control = parsed.requirements.find((r) => r.oscalId === 's1.1.1')!;
    expect(control).toMatchObject({ ref: '1.1.1', parentRef: 's1.1', depth: 2 });
    expect(control.statement).toContain(
      'A value has been assigned to [Selection (one or more): initiating a device lock after [Assignment: a duration] of inactivity;',
    );
    expect(parsed.framework.title).toBe('Sample Security Catalog for Demonstration and Testing');
    // Markdown links keep their text only.
    expect(control.statement).toContain('a choppy syntax: (choppy).');
    expect(control.guidance).toContain('Individuals with allocated information security responsibilities may delegate');
  });

  it('refuses a document that is not a catalog', () => {
    expect(refusal(() => parseOscalCatalog({ hello: 'world' }))).toMatchObject({ code: 'not_oscal', kind: 'unprocessable' });
    expect(refusal(() => parseOscalCatalog([1, 2]))).toMatchObject({ code: 'not_oscal' });
    const profile = refusal(() => parseOscalCatalog({ profile: { uuid: 'x' } }));
    expect(profile.message).toMatch(/profile; resolve it/);
    const headless = refusal(() => parseOscalCatalog({ catalog: { uuid: 'nope', metadata: {} } }));
    expect(headless.code).toBe('not_oscal');
    expect(headless.errors.map((e) => e.field)).toEqual(['catalog.uuid', 'catalog.metadata.title']);
  });

  it('refuses a control without an id, naming its path', () => {
    const input = minimalCatalog({
      groups: [{ id: 'g1', title: 'G', controls: [{ id: 'c1', title: 'ok' }, { title: 'no id' }] }],
    });
    const error = refusal(() => parseOscalCatalog(input));
    expect(error.code).toBe('invalid_structure');
    expect(error.errors).toContainEqual({ field: 'catalog.groups.0.controls.1.id', message: 'a control needs an id' });
  });

  it('reports every structural problem at once', () => {
    const input = minimalCatalog({
      groups: [
        {
          id: 'g1',
          controls: [
            { id: 'c1', title: 'A' },
            { id: 'c1', title: 'B', controls: 'oops' },
          ],
        },
      ],
    });
    const error = refusal(() => parseOscalCatalog(input));
    expect(error.errors.map((e) => e.field)).toEqual(['catalog.groups.0.title', 'catalog.groups.0.controls.1.id', 'catalog.groups.0.controls.1.controls']);
  });

  it('refuses a catalog over the requirement limit', () => {
    const controls = Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, title: `Control ${i}` }));
    const input = minimalCatalog({ groups: [{ id: 'g', title: 'G', controls }] });
    expect(parseOscalCatalog(input, { maxRequirements: 31 }).counts).toEqual({ groups: 1, controls: 30 });
    expect(refusal(() => parseOscalCatalog(input, { maxRequirements: 30 }))).toMatchObject({ code: 'too_large', kind: 'payload_too_large' });
  });

  it('refuses a parameter id given twice, naming the second, wherever it sits', () => {
    const param = (label: string) => ({ id: 'ac-1_prm_1', label });
    const input = minimalCatalog({
      params: [param('frequency')],
      groups: [
        {
          id: 'g1',
          title: 'G',
          controls: [
            { id: 'c1', title: 'A', params: [{ id: 'c1_prm_1' }] },
            { id: 'c2', title: 'B', params: [{ id: 'c2_prm_1' }, param('another frequency')] },
          ],
        },
      ],
    });
    const error = refusal(() => parseOscalCatalog(input));
    expect(error).toMatchObject({ code: 'invalid_structure', kind: 'unprocessable' });
    expect(error.errors).toEqual([{ field: 'catalog.groups.0.controls.1.params.1.id', message: 'duplicate parameter id "ac-1_prm_1"' }]);
  });

  it('refuses props and parameter selections its export would give back outside the OSCAL schema, naming each path', () => {
    const input = minimalCatalog({
      groups: [
        {
          id: 'g1',
          title: 'G',
          props: [{ name: 'label', value: '' }],
          controls: [
            {
              id: 'c1',
              title: 'A',
              props: [{ name: 'has space', value: 'x' }],
              params: [
                { id: 'c1_prm_1', select: { 'how-many': 'several', choice: 5 } },
                { id: 'c1_prm_2', values: [1] },
              ],
            },
          ],
        },
      ],
    });
    expect(refusal(() => parseOscalCatalog(input)).errors.map((e) => e.field)).toEqual([
      'catalog.groups.0.props.0.value',
      'catalog.groups.0.controls.0.props.0.name',
      'catalog.groups.0.controls.0.params.0.select.choice',
      'catalog.groups.0.controls.0.params.0.select.how-many',
      'catalog.groups.0.controls.0.params.1.values',
    ]);
  });

  it('refuses a control id given twice, naming the second', () => {
    const input = minimalCatalog({
      groups: [{ id: 'g1', title: 'G', controls: [{ id: 'ac-1', title: 'A', controls: [{ id: 'ac-1', title: 'Again' }] }] }],
    });
    expect(refusal(() => parseOscalCatalog(input)).errors).toEqual([{ field: 'catalog.groups.0.controls.0.controls.0.id', message: 'duplicate id "ac-1"' }]);
  });

  it('imports parts nested 16 levels deep with every level of text, and refuses a 17th level instead of dropping it', () => {
    const nested = (levels: number): Record<string, unknown> => {
      let part: Record<string, unknown> = { id: `p${levels}`, name: 'item', prose: `level ${levels}` };
      for (let level = levels - 1; level >= 1; level--) {
        part = { id: `p${level}`, name: level === 1 ? 'statement' : 'item', prose: `level ${level}`, parts: [part] };
      }
      return part;
    };
    const withParts = (levels: number) => minimalCatalog({ groups: [{ id: 'g1', title: 'G', controls: [{ id: 'c1', title: 'C', parts: [nested(levels)] }] }] });

    const accepted = parseOscalCatalog(withParts(16)).requirements.find((r) => r.oscalId === 'c1')!;
    for (let level = 1; level <= 16; level++) expect(accepted.statement).toContain(`level ${level}`);

    const error = refusal(() => parseOscalCatalog(withParts(17)));
    expect(error).toMatchObject({ code: 'invalid_structure', kind: 'unprocessable' });
    expect(error.errors).toEqual([
      { field: `catalog.groups.0.controls.0${'.parts.0'.repeat(16)}.parts`, message: 'parts nested deeper than 16 levels are not supported' },
    ]);
  });

  it('refuses nesting deep enough to exhaust the stack', () => {
    let control: Record<string, unknown> = { id: 'leaf', title: 'Leaf' };
    for (let i = 0; i < 100; i++) control = { id: `c${i}`, title: `C${i}`, controls: [control] };
    const error = refusal(() => parseOscalCatalog(minimalCatalog({ groups: undefined, controls: [control] })));
    expect(error.code).toBe('invalid_structure');
    expect(error.errors[0]!.message).toMatch(/nesting deeper than/);
  });
});

describe('parseOscalJsonText', () => {
  it('parses JSON, tolerating a byte order mark', () => {
    expect(parseOscalJsonText('\uFEFF{"a":1}')).toEqual({ a: 1 });
  });

  it('refuses text that is not JSON', () => {
    const error = refusal(() => parseOscalJsonText('{"catalog": '));
    expect(error).toMatchObject({ code: 'invalid_json', kind: 'invalid' });
    expect(error.message).toMatch(/^The document is not valid JSON/);
  });

  it('refuses text over the byte limit before parsing it', () => {
    const text = JSON.stringify(minimalCatalog());
    expect(refusal(() => parseOscalJsonText(text, { maxBytes: text.length - 1 }))).toMatchObject({ code: 'too_large' });
    // The limit counts UTF-8 bytes, not characters.
    expect(refusal(() => parseOscalJsonText('"ééé"', { maxBytes: 6 })).code).toBe('too_large');
  });

  it('imports the NIST catalog from text under the default limits', () => {
    const text = readFileSync(`${OSCAL_DIR}${NIST_FILE}`, 'utf8');
    expect(importOscalCatalogText(text).counts.controls).toBe(287);
    expect(refusal(() => importOscalCatalogText(text, { maxBytes: 1_000_000 })).code).toBe('too_large');
  });
});
