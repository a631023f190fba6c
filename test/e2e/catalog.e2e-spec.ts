import { MemberRole, OrganizationKind } from '@attesta/core';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories, type TestOrg } from '../setup/factories.js';
import { tenantQuery } from '../setup/database.js';
import { countStatements } from '../setup/query-count.js';
import { client, expectProblem, type Client, type Credentials } from '../setup/http.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

const OSCAL_DIR = new URL('../../../shared/data/oscal/', import.meta.url);
const NIST_FILE = 'NIST_SP-800-53_rev5_MODERATE-baseline-resolved-profile_catalog-min.json';
const readText = (name: string): string => readFileSync(new URL(name, OSCAL_DIR), 'utf8');

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

function catalogValidator(): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readText('oscal_catalog_schema.json')) as object);
}

/** Controls (with enhancements) anywhere in an OSCAL catalog, counted independently of the parser. */
function countControls(node: unknown): number {
  if (!node || typeof node !== 'object') return 0;
  const n = node as { controls?: unknown[]; groups?: unknown[] };
  return (n.controls ?? []).reduce<number>((sum, c) => sum + 1 + countControls(c), 0) + (n.groups ?? []).reduce<number>((sum, g) => sum + countControls(g), 0);
}

interface FrameworkBody {
  id: string;
  code: string;
  version: string;
  key: string;
  source: string;
  organizationId: string | null;
  requirementCount: number;
}
interface RequirementBody {
  id: string;
  ref: string;
  kind: string;
  parentId: string | null;
  sortOrder: number;
  depth: number;
  statement: string | null;
}
interface PageBody<T> {
  data: T[];
  nextCursor: string | null;
}

/** A synthetic OSCAL catalog: `groups` groups of `perGroup` controls each. */
function syntheticCatalog(groups: number, perGroup: number) {
  return {
    catalog: {
      uuid: '1c6f9d1e-5b8a-4f3e-9a2d-7e4b3c2a1f00',
      metadata: { title: 'Synthetic scale catalog', 'last-modified': '2026-01-15T00:00:00Z', version: '1', 'oscal-version': '1.1.2' },
      groups: Array.from({ length: groups }, (_, g) => ({
        id: `g${g}`,
        title: `Group ${g}`,
        controls: Array.from({ length: perGroup }, (_, c) => ({
          id: `g${g}-${c}`,
          title: `Control ${g}.${c}`,
          parts: [{ id: `g${g}-${c}_smt`, name: 'statement', prose: `Statement of control ${g}.${c}.` }],
        })),
      })),
    },
  };
}

describe('Catalog (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let f: ReturnType<typeof factories>;
  let a: TestOrg;
  let b: TestOrg;
  let bKey: Credentials;
  let nist: FrameworkBody;

  async function all<T>(path: string, as: Credentials, limit = 200): Promise<T[]> {
    const out: T[] = [];
    let cursor: string | null = null;
    do {
      const sep = path.includes('?') ? '&' : '?';
      const res: { status: number; body: PageBody<T> } = await http.get<PageBody<T>>(
        `${path}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        as,
      );
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      out.push(...res.body.data);
      cursor = res.body.nextCursor;
    } while (cursor);
    return out;
  }

  const importOscal = (body: unknown, as: Credentials, query = '') =>
    http.call<{ framework: FrameworkBody; counts: { groups: number; controls: number; requirements: number } }>('POST', `/v1/frameworks/import/oscal${query}`, {
      body,
      as,
    });

  beforeAll(async () => {
    t = await createTestApp();
    http = client(t.baseUrl);
    f = factories(http);
    a = await f.newOrganization(OrganizationKind.Manufacturer);
    b = await f.newOrganization(OrganizationKind.Assessor);
    bKey = (await f.newApiKey(b, ['catalog:read', 'catalog:write'])).as;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('ships the built-in frameworks and crosswalks to every organization', async () => {
    for (const org of [a, b]) {
      const builtIns = await all<FrameworkBody>('/v1/frameworks?source=built_in', org.owner.as);
      expect(builtIns.map((x) => x.key).sort()).toEqual(['attesta-dser@1.0', 'iso-iec-20000-1@2018', 'iso-iec-27001@2022', 'iso-iec-42001@2023']);
      expect(builtIns.every((x) => x.organizationId === null && x.requirementCount > 0)).toBe(true);
    }
    const builtIns = await all<FrameworkBody>('/v1/frameworks?source=built_in', a.owner.as);
    const dser = builtIns.find((x) => x.code === 'attesta-dser')!;
    const requirements = await all<RequirementBody & { expectedEvidenceTypes: string[] }>(`/v1/frameworks/${dser.id}/requirements`, b.owner.as);
    expect(requirements).toHaveLength(dser.requirementCount);
    expect(requirements.some((r) => r.expectedEvidenceTypes.includes('sla_definition'))).toBe(true);
    const crosswalk = await http.get<{ mappings: unknown[] }>(`/v1/frameworks/${dser.id}/mappings/export`, bKey);
    expect(crosswalk.status).toBe(200);
    expect(crosswalk.body.mappings).toHaveLength(60);
  });

  it('imports the NIST SP 800-53 rev5 moderate baseline over HTTP with every control, and exports a schema-valid catalog', async () => {
    const text = readText(NIST_FILE);
    const expectedControls = countControls((JSON.parse(text) as { catalog: unknown }).catalog);
    expect(expectedControls).toBe(287);
    expect(Buffer.byteLength(text)).toBeGreaterThan(t.config.BODY_LIMIT_BYTES); // only this route takes it

    const started = performance.now();
    const res = await http.call<{ framework: FrameworkBody; counts: { controls: number; requirements: number } }>(
      'POST',
      '/v1/frameworks/import/oscal?code=nist-800-53-moderate',
      {
        as: a.owner.as,
        headers: { 'content-type': 'application/json' },
        body: JSON.parse(text),
      },
    );
    const elapsed = performance.now() - started;
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    console.info(`NIST moderate import over HTTP: ${elapsed.toFixed(0)} ms`);
    nist = res.body.framework;
    expect(nist).toMatchObject({ code: 'nist-800-53-moderate', source: 'imported', organizationId: a.id });
    expect(res.body.counts.controls).toBe(expectedControls);

    const requirements = await all<RequirementBody>(`/v1/frameworks/${nist.id}/requirements`, a.owner.as);
    expect(requirements).toHaveLength(nist.requirementCount);
    expect(requirements.filter((r) => r.kind === 'control')).toHaveLength(expectedControls);
    // Reading order: every parent comes before its children.
    const seen = new Set<string>();
    for (const r of requirements) {
      if (r.parentId) expect(seen.has(r.parentId)).toBe(true);
      seen.add(r.id);
    }
    const ac2 = requirements.find((r) => r.ref === 'AC-2')!;
    expect(ac2.statement).toBeTruthy();
    const one = await http.get<RequirementBody>(`/v1/frameworks/${nist.id}/requirements/${ac2.id}`, a.owner.as);
    expect(one.body.ref).toBe('AC-2');

    const exported = await http.get<{ catalog: { uuid: string } }>(`/v1/frameworks/${nist.id}/export/oscal`, a.owner.as);
    expect(exported.status).toBe(200);
    const validate = catalogValidator();
    expect(validate(exported.body), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    expect(countControls(exported.body.catalog)).toBe(expectedControls);

    const audit = await http.get<PageBody<{ action: string; subjectId: string }>>('/v1/organization/audit-events?action=framework.imported', a.owner.as);
    expect(audit.body.data.map((e) => e.subjectId)).toContain(nist.id);

    // The same code and version again is a conflict, and adds nothing.
    expectProblem(await importOscal(JSON.parse(text), a.owner.as, '?code=nist-800-53-moderate'), 409);
  });

  it('refuses invalid JSON, non-OSCAL, malformed catalogs and oversized bodies with a clear 4xx, changing nothing', async () => {
    const before = (await all<FrameworkBody>('/v1/frameworks', a.owner.as)).length;
    // Counted as organization A sees them (its row-level-security settings).
    const countRows = () =>
      tenantQuery(t, { organizationId: a.id }, `SELECT (SELECT count(*) FROM requirements)::int AS r, (SELECT count(*) FROM frameworks)::int AS f`);
    const rowsBefore: unknown = await countRows();

    const badJson = await http.call('POST', '/v1/frameworks/import/oscal', {
      as: a.owner.as,
      headers: { 'content-type': 'application/json' },
      body: undefined,
    });
    expect(badJson.status).toBe(400);
    const truncated = await fetch(`${t.baseUrl}/v1/frameworks/import/oscal`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${(a.owner.as as { token: string }).token}` },
      body: '{"catalog": {"uuid": ',
    });
    expect(truncated.status).toBe(400);
    expect(((await truncated.json()) as { detail: string }).detail).toMatch(/JSON/);

    const notOscal = expectProblem(await importOscal({ hello: 'world' }, a.owner.as), 422);
    expect(notOscal.code).toBe('not_oscal');

    // Valid up to the last control, which has no title: nothing of it may be stored.
    const broken = syntheticCatalog(3, 5);
    delete (broken.catalog.groups[2]!.controls[4] as { title?: string }).title;
    const malformed = expectProblem(await importOscal(broken, a.owner.as, '?code=broken'), 422);
    expect(malformed.errors?.some((e) => e.field.startsWith('catalog.groups.2.controls.4'))).toBe(true);

    // A parameter id given twice, a control id given twice, parts nested 17 deep: each a 422 naming where, nothing stored.
    const twoParams = syntheticCatalog(2, 2) as ReturnType<typeof syntheticCatalog> & { catalog: { params?: unknown[] } };
    twoParams.catalog.params = [{ id: 'freq', label: 'frequency' }];
    Object.assign(twoParams.catalog.groups[1]!.controls[0]!, { params: [{ id: 'freq', label: 'another frequency' }] });
    const duplicateParam = expectProblem(await importOscal(twoParams, a.owner.as, '?code=dup-param'), 422);
    expect(duplicateParam.errors).toEqual([{ field: 'catalog.groups.1.controls.0.params.0.id', message: 'duplicate parameter id "freq"' }]);
    const twoControls = syntheticCatalog(2, 2);
    twoControls.catalog.groups[1]!.controls[1]!.id = 'g0-0';
    const duplicateControl = expectProblem(await importOscal(twoControls, a.owner.as, '?code=dup-control'), 422);
    expect(duplicateControl.errors).toEqual([{ field: 'catalog.groups.1.controls.1.id', message: 'duplicate id "g0-0"' }]);
    const deep = syntheticCatalog(1, 1);
    let part: Record<string, unknown> = { id: 'p17', name: 'item', prose: 'seventeenth level' };
    for (let level = 16; level >= 2; level--) part = { id: `p${level}`, name: 'item', prose: `level ${level}`, parts: [part] };
    Object.assign(deep.catalog.groups[0]!.controls[0]!.parts[0]!, { parts: [part] });
    const tooDeep = expectProblem(await importOscal(deep, a.owner.as, '?code=deep-parts'), 422);
    expect(tooDeep.errors?.[0]?.message).toBe('parts nested deeper than 16 levels are not supported');

    const csv = await fetch(`${t.baseUrl}/v1/frameworks/import/oscal`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${(a.owner.as as { token: string }).token}` },
      body: 'a,b\n1,2\n',
    });
    expect(csv.status).toBe(422); // a string is not an OSCAL document

    expect((await all<FrameworkBody>('/v1/frameworks', a.owner.as)).length).toBe(before);
    expect(await countRows()).toEqual(rowsBefore);
  });

  it('creates custom frameworks and mappings, and round-trips crosswalks through CSV and JSON', async () => {
    const created = await http.post<FrameworkBody>(
      '/v1/frameworks',
      {
        code: 'acme-tender',
        title: 'ACME tender criteria',
        version: '2026.1',
        requirements: [
          {
            ref: 'T-1.1',
            parentRef: 'T-1',
            title: 'Remote sessions are logged',
            statement: 'Every remote session is logged.',
            expectedEvidenceTypes: ['audit_log'],
          },
          { ref: 'T-1', title: 'Remote operations' },
          { ref: 'T-2', title: 'SLA published', statement: 'The SLA is published.' },
        ],
      },
      a.owner.as,
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ source: 'custom', organizationId: a.id, requirementCount: 3 });
    const reqs = await all<RequirementBody>(`/v1/frameworks/${created.body.id}/requirements`, a.owner.as);
    expect(reqs.map((r) => [r.ref, r.kind, r.depth])).toEqual([
      ['T-1', 'group', 0],
      ['T-1.1', 'control', 1],
      ['T-2', 'control', 0],
    ]);
    const cycle = expectProblem(
      await http.post(
        '/v1/frameworks',
        {
          code: 'cyc',
          title: 'x',
          version: '1',
          requirements: [
            { ref: 'A', parentRef: 'B', title: 'a' },
            { ref: 'B', parentRef: 'A', title: 'b' },
          ],
        },
        a.owner.as,
      ),
      400,
    );
    expect(cycle.errors?.[0]?.field).toMatch(/^requirements\.\d\.parentRef$/);

    const csv =
      'source_framework,source_ref,target_framework,target_ref,relation,rationale\r\n' +
      'acme-tender@2026.1,T-1.1,iso-iec-27001@2022,A.8.15,subset,"Logs, narrower scope"\r\n' +
      'acme-tender@2026.1,T-2,attesta-dser@1.0,DSER-2.1,equal,\r\n';
    const imported = await fetch(`${t.baseUrl}/v1/mappings/import`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${(a.owner.as as { token: string }).token}` },
      body: csv,
    });
    expect(imported.status, await imported.clone().text()).toBe(201);
    expect(await imported.json()).toEqual({ rows: 2, written: 2 });

    const exportedCsv = await http.get<string>(`/v1/frameworks/${created.body.id}/mappings/export?format=csv`, a.owner.as);
    expect(exportedCsv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(exportedCsv.body.replace(/\r\n/g, '\n').trim()).toBe(csv.replace(/\r\n/g, '\n').trim());

    const exportedJson = await http.get<{ mappings: { sourceRef: string; relation: string; rationale: string | null }[] }>(
      `/v1/frameworks/${created.body.id}/mappings/export`,
      a.owner.as,
    );
    expect(exportedJson.body.mappings).toHaveLength(2);
    // JSON back in, with one relation changed: the same two mappings, updated.
    exportedJson.body.mappings[1]!.relation = 'intersects';
    const reimported = await http.post<{ rows: number; written: number }>('/v1/mappings/import', exportedJson.body, a.owner.as);
    expect(reimported.status, JSON.stringify(reimported.body)).toBe(201);
    const listed = await all<{ id: string; relation: string; source: { ref: string }; target: { framework: string; ref: string } }>(
      `/v1/frameworks/${created.body.id}/mappings`,
      a.owner.as,
    );
    expect(listed.map((m) => [m.source.ref, m.target.framework, m.target.ref, m.relation]).sort()).toEqual([
      ['T-1.1', 'iso-iec-27001@2022', 'A.8.15', 'subset'],
      ['T-2', 'attesta-dser@1.0', 'DSER-2.1', 'intersects'],
    ]);
    const csvAgain = await http.get<string>(`/v1/frameworks/${created.body.id}/mappings/export?format=csv`, a.owner.as);
    expect(csvAgain.body).toContain('T-2,attesta-dser@1.0,DSER-2.1,intersects');

    // A row that does not resolve refuses the whole file.
    const unresolved = expectProblem(
      await http.post(
        '/v1/mappings/import',
        {
          mappings: [
            { sourceFramework: 'acme-tender@2026.1', sourceRef: 'T-9', targetFramework: 'iso-iec-27001@2022', targetRef: 'A.8.15', relation: 'equal' },
          ],
        },
        a.owner.as,
      ),
      422,
    );
    expect(unresolved.errors?.[0]?.field).toBe('rows.0.sourceRef');

    // One mapping by ids; twice is a conflict.
    const t2 = reqs.find((r) => r.ref === 'T-2')!;
    const ac2 = (await all<RequirementBody>(`/v1/frameworks/${nist.id}/requirements`, a.owner.as)).find((r) => r.ref === 'AC-2')!;
    const mapping = await http.post<{ id: string; relation: string; source: { ref: string }; target: { ref: string } }>(
      '/v1/mappings',
      { sourceRequirementId: t2.id, targetRequirementId: ac2.id, relation: 'intersects', rationale: 'Accounts' },
      a.owner.as,
    );
    expect(mapping.status, JSON.stringify(mapping.body)).toBe(201);
    expect((await http.get<{ id: string }>(`/v1/mappings/${mapping.body.id}`, a.owner.as)).body.id).toBe(mapping.body.id);
    expectProblem(await http.post('/v1/mappings', { sourceRequirementId: t2.id, targetRequirementId: ac2.id, relation: 'equal' }, a.owner.as), 409);

    // B cannot point a mapping at A's requirements (no existence oracle through ids either).
    expectProblem(await http.post('/v1/mappings', { sourceRequirementId: t2.id, targetRequirementId: ac2.id, relation: 'equal' }, b.owner.as), 404);
  });

  it('lists 10,000 requirements with a bounded number of queries per page', async () => {
    const started = performance.now();
    const res = await importOscal(syntheticCatalog(100, 99), a.owner.as, '?code=scale-10k');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    console.info(`10,000-requirement OSCAL import over HTTP: ${(performance.now() - started).toFixed(0)} ms`);
    expect(res.body.counts.requirements).toBe(10_000);
    const id = res.body.framework.id;

    const counter = countStatements();
    const perPage: number[] = [];
    const refs: string[] = [];
    try {
      let cursor: string | null = null;
      do {
        counter.reset();
        const page: { status: number; body: PageBody<RequirementBody> } = await http.get<PageBody<RequirementBody>>(
          `/v1/frameworks/${id}/requirements?limit=200${cursor ? `&cursor=${cursor}` : ''}`,
          a.owner.as,
        );
        expect(page.status).toBe(200);
        perPage.push(counter.count);
        refs.push(...page.body.data.map((r) => r.ref));
        cursor = page.body.nextCursor;
      } while (cursor);
    } finally {
      counter.restore();
    }
    expect(refs).toHaveLength(10_000);
    expect(new Set(refs).size).toBe(10_000);
    expect(perPage).toHaveLength(50);
    // Every page costs the same few statements, whatever its position: the framework and the
    // page in the scope's transaction, plus authentication's look-up when the short-lived
    // authentication cache has none (so two costs at most, never one that grows with depth).
    expect(new Set(perPage).size).toBeLessThanOrEqual(2);
    expect(Math.max(...perPage)).toBeLessThanOrEqual(10);
    console.info(`10,000 requirements: ${perPage.length} pages, ${Math.min(...perPage)}–${Math.max(...perPage)} statements each`);
  });

  it("hides one organization's frameworks from another (user and API key: 404), while built-ins stay visible", async () => {
    const reqs = await all<RequirementBody>(`/v1/frameworks/${nist.id}/requirements`, a.owner.as, 10);
    const mine = [
      `/v1/frameworks/${nist.id}`,
      `/v1/frameworks/${nist.id}/requirements`,
      `/v1/frameworks/${nist.id}/requirements/${reqs[0]!.id}`,
      `/v1/frameworks/${nist.id}/export/oscal`,
      `/v1/frameworks/${nist.id}/mappings`,
      `/v1/frameworks/${nist.id}/mappings/export?format=csv`,
    ];
    for (const path of mine) {
      expectProblem(await http.get(path, b.owner.as), 404);
      expectProblem(await http.get(path, bKey), 404);
      expect((await http.get(path, a.owner.as)).status, path).toBe(200);
    }
    const bSees = await all<FrameworkBody>('/v1/frameworks', b.owner.as);
    expect(bSees.some((x) => x.organizationId === a.id)).toBe(false);
    expect(bSees.filter((x) => x.source === 'built_in')).toHaveLength(4);

    // B imports the same catalog under the same code: its own copy, no conflict with A's.
    const bImport = await importOscal(JSON.parse(readText(NIST_FILE)), bKey, '?code=nist-800-53-moderate');
    expect(bImport.status, JSON.stringify(bImport.body)).toBe(201);
    expect(bImport.body.framework.organizationId).toBe(b.id);
  });

  it('lets members and catalog:read keys read, and only owners, admins and catalog:write keys create', async () => {
    const member = await f.newMember(a, MemberRole.Member);
    const admin = await f.newMember(a, MemberRole.Admin);
    const readKey = (await f.newApiKey(a, ['catalog:read'])).as;
    const basic = JSON.parse(readText('basic-catalog.json')) as unknown;
    expect((await http.get(`/v1/frameworks/${nist.id}`, member.as)).status).toBe(200);
    expect((await http.get(`/v1/frameworks/${nist.id}`, readKey)).status).toBe(200);
    expectProblem(await importOscal(basic, member.as), 403);
    expectProblem(await importOscal(basic, readKey), 403);
    const byAdmin = await importOscal(basic, admin.as, '?code=basic-by-admin');
    expect(byAdmin.status, JSON.stringify(byAdmin.body)).toBe(201);
    expect(byAdmin.body.counts.controls).toBe(countControls((basic as { catalog: unknown }).catalog));
  });
});

/** Passport strategies are process-wide, so an app with other limits gets its own block. */
describe('Catalog (HTTP) with CATALOG_IMPORT_MAX_BYTES=65536', () => {
  let t: TestApp;
  let http: Client;
  let c: TestOrg;

  beforeAll(async () => {
    t = await createTestApp({ env: { CATALOG_IMPORT_MAX_BYTES: '65536' } });
    http = client(t.baseUrl);
    c = await factories(http).newOrganization(OrganizationKind.Manufacturer);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers 413 for a catalog over the limit and stores nothing; a smaller one imports', async () => {
    const frameworks = async () => (await http.get<PageBody<FrameworkBody>>('/v1/frameworks?limit=200', c.owner.as)).body.data.length;
    const before = await frameworks();
    const big = syntheticCatalog(40, 40);
    expect(Buffer.byteLength(JSON.stringify(big))).toBeGreaterThan(65536);
    const tooLarge = expectProblem(await http.call('POST', '/v1/frameworks/import/oscal', { as: c.owner.as, body: big }), 413);
    expect(tooLarge.detail).toMatch(/too large|larger/i);
    expect(await frameworks()).toBe(before);
    const fits = await http.call('POST', '/v1/frameworks/import/oscal', { as: c.owner.as, body: JSON.parse(readText('basic-catalog.json')) });
    expect(fits.status, JSON.stringify(fits.body)).toBe(201);
    expect(await frameworks()).toBe(before + 1);
  });
});
