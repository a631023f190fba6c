import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { frameworkKey, loadBuiltInFrameworks } from '../content/index.js';
import { exportOscalCatalog, nameBasedUuid } from './oscal-catalog.exporter.js';
import { parseOscalCatalog } from './oscal-catalog.parser.js';

const OSCAL_DIR = new URL('../../../../../shared/data/oscal/', import.meta.url);
const readJson = (name: string): unknown => JSON.parse(readFileSync(new URL(name, OSCAL_DIR), 'utf8'));

// ajv-formats ships CommonJS; under ESM its function may sit on `default`.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

function catalogValidator(): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(readJson('oscal_catalog_schema.json') as object);
}

const NOW = new Date('2026-01-15T10:00:00.000Z');

describe('exportOscalCatalog', () => {
  const validate = catalogValidator();
  const expectValid = (document: unknown): void => {
    const valid = validate(document);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  };

  it('round-trips the NIST moderate baseline into a schema-valid catalog', () => {
    const imported = parseOscalCatalog(readJson('NIST_SP-800-53_rev5_MODERATE-baseline-resolved-profile_catalog-min.json'));
    const exported = exportOscalCatalog(imported.framework, imported.requirements, { now: NOW });
    expectValid(exported);
    expect(exported.catalog.uuid).toBe(imported.framework.oscalUuid);
    expect(exported.catalog.metadata).toMatchObject({
      title: imported.framework.title,
      version: '5.1.1+u4',
      'oscal-version': '1.1.2',
      'last-modified': '2024-02-13T17:43:48.399Z',
    });

    const again = parseOscalCatalog(exported);
    expect(again.counts).toEqual({ groups: 18, controls: 287 });
    expect(again.counts).toEqual(imported.counts);
    expect(again.framework.publisher).toBe(imported.framework.publisher);
    // Refs, OSCAL ids, tree shape and text all survive.
    const shape = (r: (typeof imported.requirements)[number]): unknown[] => [
      r.kind,
      r.ref,
      r.oscalId,
      r.parentRef,
      r.sortOrder,
      r.title,
      r.statement,
      r.guidance,
    ];
    expect(again.requirements.map(shape)).toEqual(imported.requirements.map(shape));
  });

  it('exports the built-in frameworks as schema-valid catalogs with statement parts', () => {
    for (const framework of loadBuiltInFrameworks()) {
      const exported = exportOscalCatalog({ ...framework, remarks: framework.note }, framework.requirements, { now: NOW });
      expectValid(exported);
      const again = parseOscalCatalog(exported);
      expect(again.requirements.map((r) => [r.ref, r.parentRef, r.kind])).toEqual(framework.requirements.map((r) => [r.ref, r.parentRef, r.kind]));
      expect(exported.catalog.uuid).toBe(nameBasedUuid(`catalog:${frameworkKey(framework)}`));
    }
    const dser = loadBuiltInFrameworks().find((f) => f.code === 'attesta-dser')!;
    const document = exportOscalCatalog(dser, dser.requirements, { now: NOW });
    const group = document.catalog.groups!.find((g) => g.props[0]!.value === 'DSER-3')!;
    expect(group.id).toBe('dser-3');
    expect(group.controls!.map((c) => c.id)).toEqual(['dser-3.1', 'dser-3.2', 'dser-3.3', 'dser-3.4']);
    expect(group.controls![1]!.parts).toEqual([
      { id: 'dser-3.2_smt', name: 'statement', prose: dser.requirements.find((r) => r.ref === 'DSER-3.2')!.statement },
    ]);
    expect(document.catalog.metadata['last-modified']).toBe(NOW.toISOString());
  });

  it('derives valid OSCAL ids from clause numbers and keeps them unique', () => {
    const document = exportOscalCatalog({ code: 'clauses', title: 'Clauses', version: '1' }, [
      { kind: 'group', ref: '4', title: 'Context' },
      { ref: '4.1', title: 'First', parentRef: '4', statement: 'Do the first thing.' },
      { ref: '4 1', title: 'Clash', parentRef: '4' },
      { ref: '4.1.1', title: 'Nested', parentRef: '4.1', oscalId: 'not a token' },
      { ref: 'loose', title: 'At the top', oscalId: 'x-1' },
    ]);
    expectValid(document);
    expect(document.catalog.controls!.map((c) => c.id)).toEqual(['x-1']);
    const group = document.catalog.groups![0]!;
    expect(group.id).toBe('g-4');
    expect(group.controls!.map((c) => c.id)).toEqual(['c-4.1', 'c-4-1']);
    expect(group.controls![0]!.controls![0]!.id).toBe('c-4.1.1');
  });

  it('exports a group under a control as a control and survives a parent cycle', () => {
    const document = exportOscalCatalog({ code: 'odd', title: 'Odd', version: '1' }, [
      { ref: 'A', title: 'A', parentRef: 'B' },
      { ref: 'B', title: 'B', parentRef: 'A' },
      { kind: 'group', ref: 'G', title: 'G', parentRef: 'A' },
    ]);
    expectValid(document);
    expect(parseOscalCatalog(document).counts).toEqual({ groups: 0, controls: 3 });
  });

  it('makes name-based UUIDs that are stable and schema-shaped', () => {
    expect(nameBasedUuid('x')).toBe(nameBasedUuid('x'));
    expect(nameBasedUuid('x')).not.toBe(nameBasedUuid('y'));
    expect(nameBasedUuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
