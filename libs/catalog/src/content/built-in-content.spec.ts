import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAPPING_RELATIONS, splitFrameworkKey } from '../oscal/index.js';
import { BuiltInContentError, frameworkKey, loadBuiltInFrameworks, loadBuiltInMappings, resolveCatalogDataDir } from './built-in-content.js';
import { COMPONENT_KINDS, EVIDENCE_TYPES } from './vocabulary.js';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const DATA_DIR = join(REPO_ROOT, 'libs', 'catalog', 'data');

describe('built-in catalog content', () => {
  const frameworks = loadBuiltInFrameworks();
  const mappings = loadBuiltInMappings();
  const byKey = new Map(frameworks.map((f) => [frameworkKey(f), f]));

  it('finds the data folder from the sources, the compiled modules and the bundles', () => {
    expect(resolveCatalogDataDir()).toBe(DATA_DIR);
    const compiled = pathToFileURL(join(REPO_ROOT, 'dist', 'libs', 'catalog', 'src', 'content', 'built-in-content.js'));
    expect(resolveCatalogDataDir(compiled)).toBe(DATA_DIR);
    expect(resolveCatalogDataDir(join(REPO_ROOT, 'dist', 'libs', 'catalog', 'src', 'content', 'index.js'))).toBe(DATA_DIR);
    expect(resolveCatalogDataDir(pathToFileURL(join(REPO_ROOT, 'dist', 'bundle', 'api.js')))).toBe(DATA_DIR);
    expect(() => resolveCatalogDataDir(join(tmpdir(), 'attesta-nowhere', 'api.js'))).toThrow(BuiltInContentError);
  });

  it('loads every framework file', () => {
    expect([...byKey.keys()].sort()).toEqual(['attesta-dser@1.0', 'iso-iec-20000-1@2018', 'iso-iec-27001@2022', 'iso-iec-42001@2023']);
  });

  it('gives each framework unique refs in pre-order with consistent parent links', () => {
    for (const framework of frameworks) {
      const refs = framework.requirements.map((r) => r.ref);
      expect(new Set(refs).size, framework.code).toBe(refs.length);
      framework.requirements.forEach((r, index) => {
        if (r.parentIndex === null) return expect(r.parentRef).toBeNull();
        expect(r.parentIndex).toBeLessThan(index);
        expect(framework.requirements[r.parentIndex]!.ref).toBe(r.parentRef);
      });
    }
  });

  it('uses only the allowed evidence types and component kinds', () => {
    for (const framework of frameworks) {
      for (const r of framework.requirements) {
        for (const type of r.expectedEvidenceTypes) expect(EVIDENCE_TYPES).toContain(type);
        for (const kind of r.componentKinds) expect(COMPONENT_KINDS).toContain(kind);
      }
    }
  });

  it('states the DSER baseline in full: ten groups of two to five requirements, each with evidence and components', () => {
    const dser = byKey.get('attesta-dser@1.0')!;
    expect(dser).toMatchObject({ publisher: 'Attesta', structureOnly: false });
    const groups = dser.requirements.filter((r) => r.kind === 'group');
    expect(groups).toHaveLength(10);
    for (const group of groups) {
      const children = dser.requirements.filter((r) => r.parentRef === group.ref);
      expect(children.length).toBeGreaterThanOrEqual(2);
      expect(children.length).toBeLessThanOrEqual(5);
      for (const child of children) {
        expect(child.kind).toBe('control');
        expect(child.ref).toMatch(new RegExp(`^${group.ref}\\.\\d+$`));
        expect(child.statement!.length).toBeGreaterThan(40);
        expect(child.expectedEvidenceTypes.length).toBeGreaterThan(0);
        expect(child.componentKinds.length).toBeGreaterThan(0);
      }
    }
    // Every evidence type the design names is asked for somewhere.
    const asked = new Set(dser.requirements.flatMap((r) => r.expectedEvidenceTypes));
    for (const type of EVIDENCE_TYPES.filter((t) => t !== 'other')) expect(asked, type).toContain(type);
  });

  it('gives the ISO/IEC frameworks their structure only, with a note saying so', () => {
    const expectedControls: Record<string, number> = { 'iso-iec-27001@2022': 93, 'iso-iec-42001@2023': 38 };
    for (const key of ['iso-iec-20000-1@2018', 'iso-iec-27001@2022', 'iso-iec-42001@2023']) {
      const framework = byKey.get(key)!;
      expect(framework.publisher).toBe('ISO/IEC');
      expect(framework.structureOnly).toBe(true);
      expect(framework.note).toMatch(/Only the structure is given/);
      for (const r of framework.requirements) {
        expect(r.statement).toBeNull();
        expect(r.title.split(/\s+/).length).toBeLessThanOrEqual(8);
      }
      const controls = framework.requirements.filter((r) => r.kind === 'control').length;
      if (expectedControls[key] !== undefined) expect(controls, key).toBe(expectedControls[key]);
    }
    const annexA = byKey.get('iso-iec-27001@2022')!;
    const count = (theme: string): number => annexA.requirements.filter((r) => r.parentRef === theme).length;
    expect([count('A.5'), count('A.6'), count('A.7'), count('A.8')]).toEqual([37, 8, 14, 34]);
    const clauses = byKey
      .get('iso-iec-20000-1@2018')!
      .requirements.filter((r) => r.depth === 0)
      .map((r) => r.ref);
    expect(clauses).toEqual(['4', '5', '6', '7', '8', '9', '10']);
  });

  it('has crosswalks whose every row points at requirements that exist', () => {
    expect(mappings.length).toBeGreaterThanOrEqual(30);
    expect(mappings.length).toBeLessThanOrEqual(60);
    for (const row of mappings) {
      const source = byKey.get(row.sourceFramework);
      const target = byKey.get(row.targetFramework);
      expect(source, row.sourceFramework).toBeDefined();
      expect(target, row.targetFramework).toBeDefined();
      expect(splitFrameworkKey(row.sourceFramework).code).toBe('attesta-dser');
      const sourceRef = source!.requirements.find((r) => r.ref === row.sourceRef);
      const targetRef = target!.requirements.find((r) => r.ref === row.targetRef);
      expect(sourceRef?.kind, `${row.sourceFramework} ${row.sourceRef}`).toBe('control');
      expect(targetRef?.kind, `${row.targetFramework} ${row.targetRef}`).toBe('control');
      expect(MAPPING_RELATIONS).toContain(row.relation);
      expect(row.rationale).toMatch(/^[A-Z].{20,}\.$/);
    }
    for (const target of ['iso-iec-20000-1@2018', 'iso-iec-27001@2022', 'iso-iec-42001@2023']) {
      expect(mappings.filter((m) => m.targetFramework === target).length, target).toBeGreaterThanOrEqual(10);
    }
  });

  it('refuses broken content with a message naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'attesta-catalog-'));
    mkdirSync(join(dir, 'frameworks'));
    mkdirSync(join(dir, 'mappings'));
    const framework = {
      code: 'tiny',
      version: '1',
      title: 'Tiny',
      publisher: 'Us',
      description: 'A test framework.',
      requirements: [{ ref: 'T-1', title: 'One', expectedEvidenceTypes: ['selfie'] }],
    };
    writeFileSync(join(dir, 'frameworks', 'tiny.json'), JSON.stringify(framework));
    expect(() => loadBuiltInFrameworks({ dataDir: dir })).toThrow(/tiny\.json: requirements\.0\.expectedEvidenceTypes\.0/);

    framework.requirements = [
      { ref: 'T-1', title: 'One', expectedEvidenceTypes: [] },
      { ref: 'T-1', title: 'Two', expectedEvidenceTypes: [] },
    ];
    writeFileSync(join(dir, 'frameworks', 'tiny.json'), JSON.stringify(framework));
    expect(() => loadBuiltInFrameworks({ dataDir: dir })).toThrow(BuiltInContentError);

    framework.requirements = [
      { ref: 'T-1', title: 'One', expectedEvidenceTypes: [] },
      { ref: 'T-2', title: 'Two', expectedEvidenceTypes: [] },
    ];
    writeFileSync(join(dir, 'frameworks', 'tiny.json'), JSON.stringify(framework));
    const crosswalk = { sourceFramework: 'tiny@1', targetFramework: 'tiny@1', mappings: [{ sourceRef: 'T-1', targetRef: 'T-3', relation: 'equal' }] };
    writeFileSync(join(dir, 'mappings', 'self.json'), JSON.stringify(crosswalk));
    expect(() => loadBuiltInMappings({ dataDir: dir })).toThrow(/self\.json: row 0: tiny@1 has no requirement T-3/);
    rmSync(dir, { recursive: true, force: true });
  });
});
