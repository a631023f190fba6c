import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { entitiesDeclared, findCrossLibReads, functionsDefined, ownership, scanSource, tablesNamed, type Ownership } from './cross-lib-reads.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const owners = ownership(root);

describe('cross-lib reads', () => {
  it('knows the owner of every table from the @Entity decorators', () => {
    expect(owners.tables.get('frameworks')).toBe('catalog');
    expect(owners.tables.get('evidence_versions')).toBe('evidence');
    expect(owners.tables.get('workspace_applicability')).toBe('workspaces');
    expect(owners.tables.get('submission_entries')).toBe('reviews');
    expect(owners.entities.get('OrganizationEntity')).toBe('identity');
    expect(owners.entities.get('RequirementEntity')).toBe('catalog');
    expect(owners.tables.get('attestations')).toBe('attestations');
    expect(owners.tables.size).toBeGreaterThanOrEqual(40);
  });

  it('reads @Entity with other decorators and comments between it and the class', () => {
    const source =
      "@Entity('x_rows')\n@Index('ix', ['a'])\n// why the next index\n@Index('iy', ['b'], { where: `b IN ('c', 'd')` })\nexport class XRowEntity {}\n";
    expect(entitiesDeclared(source)).toEqual([{ className: 'XRowEntity', table: 'x_rows' }]);
  });

  it('finds the tables a statement names (FROM, JOIN, INTO, UPDATE, FROM lists)', () => {
    expect(tablesNamed('SELECT 1 FROM evidence_links l JOIN evidence e ON e.id = l.evidence_id').sort()).toEqual(['evidence', 'evidence_links']);
    expect(tablesNamed('SELECT * FROM workspaces w, offering_components c WHERE c.offering_id = w.offering_id').sort()).toEqual([
      'offering_components',
      'workspaces',
    ]);
    expect(tablesNamed('UPDATE "public"."bids" SET x = 1')).toEqual(['bids']);
    expect(tablesNamed('INSERT INTO decisions (id) VALUES ($1)')).toEqual(['decisions']);
  });

  it('flags another lib’s entity class and SQL naming another lib’s table, and not the lib’s own', () => {
    const foreign = [
      "import { FrameworkEntity } from '@attesta/catalog';",
      'const f = await em.getRepository(FrameworkEntity).find();',
      'const rows = await em.query(`SELECT v.id\n  FROM evidence_versions v\n WHERE v.workspace_id = $1`, [ws]);',
    ].join('\n');
    expect(scanSource('reviews', 'libs/reviews/src/x.ts', foreign, owners)).toEqual([
      { file: 'libs/reviews/src/x.ts', line: 1, kind: 'entity', name: 'FrameworkEntity', owner: 'catalog' },
      { file: 'libs/reviews/src/x.ts', line: 2, kind: 'entity', name: 'FrameworkEntity', owner: 'catalog' },
      { file: 'libs/reviews/src/x.ts', line: 3, kind: 'table', name: 'evidence_versions', owner: 'evidence' },
    ]);
    const own = "const v = await em.getRepository(EvidenceVersionEntity).find();\nawait em.query('SELECT id FROM evidence_versions WHERE id = $1', [id]);\n";
    expect(scanSource('evidence', 'libs/evidence/src/x.ts', own, owners)).toEqual([]);
  });

  it('ignores comments, messages and foreign-key declarations', () => {
    const source = [
      '// Reads the FrameworkEntity through the catalog read model; SELECT * FROM frameworks is not ours.',
      "@ForeignKey('frameworks', ['frameworkId'] as const, ['id'], { name: 'fk_x', onDelete: 'RESTRICT' })",
      "throw new Error('Not evidence versions of this workspace you can see.');",
    ].join('\n');
    expect(scanSource('workspaces', 'libs/workspaces/src/x.ts', source, owners)).toEqual([]);
  });

  it('gives a SQL function to the libs whose tables it reads, not those it only writes', () => {
    const migration = [
      'async up(q) {',
      '  await q.query(`CREATE FUNCTION x_scan(p uuid) RETURNS void LANGUAGE sql ${definer} AS $$',
      '    INSERT INTO outbox_events (id) SELECT f.id FROM findings f JOIN workspaces w ON w.id = f.workspace_id $$`);',
      '}',
      'async down(q) { await q.query(`CREATE FUNCTION y_old() RETURNS int AS $$ SELECT 1 FROM bids $$`); }',
    ].join('\n');
    const [fn] = functionsDefined(migration);
    expect(functionsDefined(migration)).toHaveLength(1);
    expect(fn!.name).toBe('x_scan');
    expect(tablesNamed(fn!.body, true).sort()).toEqual(['findings', 'workspaces']);
    expect(owners.functions.get('org_public_profiles')).toEqual(['identity']);
    expect(owners.functions.get('bids_stale')).toContain('procurement');
  });

  it('flags a call of another lib’s SQL function unless one of its owners declares it as read model', () => {
    const withFn = (declared: boolean): Ownership => ({
      ...owners,
      functions: new Map([['x_rows_of', ['evidence']]]),
      readModels: new Map(declared ? [['x_rows_of', 'evidence']] : []),
    });
    const source = "const rows = await em.query('SELECT * FROM x_rows_of($1)', [ws]);\n";
    expect(scanSource('reviews', 'libs/reviews/src/x.ts', source, withFn(false))).toEqual([
      { file: 'libs/reviews/src/x.ts', line: 1, kind: 'function', name: 'x_rows_of', owner: 'evidence' },
    ]);
    expect(scanSource('reviews', 'libs/reviews/src/x.ts', source, withFn(true))).toEqual([]);
    expect(scanSource('evidence', 'libs/evidence/src/x.ts', source, withFn(false))).toEqual([]);
  });

  it('lets a lib declare as read model only SQL functions that read its own tables', () => {
    const misdeclared = [...owners.readModels].filter(([fn, lib]) => !owners.functions.get(fn)?.includes(lib));
    expect(misdeclared).toEqual([]);
    expect(owners.readModels.get('org_public_profiles')).toBe('identity');
  });

  it('no lib reads another lib’s tables (libs/schema lists the entities and is exempt)', () => {
    const found = findCrossLibReads(root, owners).map((r) => `${r.file}:${r.line} ${r.kind} ${r.name} (owned by ${r.owner})`);
    expect(found).toEqual([]);
  });
});
