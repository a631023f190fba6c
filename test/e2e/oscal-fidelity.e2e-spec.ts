import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestOrg } from '../setup/factories.js';
import { client, expectProblem, type Client, type Credentials } from '../setup/http.js';
import { judgeAll, submissionEntries } from '../setup/review-helpers.js';
import { assessmentCast, isoDay, submitted, workspaceWithEvidence, type AssessmentCast } from '../setup/scenario.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import type { TestWorkspace } from '../setup/workspace-factories.js';

const OSCAL_DIR = new URL('../../../shared/data/oscal/', import.meta.url);
const MODERATE = 'NIST_SP-800-53_rev5_MODERATE-baseline-resolved-profile_catalog-min.json';
const BASIC = 'basic-catalog.json';
const read = (name: string) => JSON.parse(readFileSync(new URL(name, OSCAL_DIR), 'utf8')) as { catalog: Record<string, unknown> };
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;
function validator(schema: string): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(read(schema) as object);
}

type Json = Record<string, unknown>;
const arr = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);

/** Every `id` in a catalog (controls, groups, params, parts). */
function idsOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => idsOf(v, into));
  else if (value && typeof value === 'object') {
    const o = value as Json;
    if (typeof o.id === 'string') into.add(o.id);
    for (const [k, v] of Object.entries(o)) if (k !== 'metadata') idsOf(v, into);
  }
  return into;
}

interface Imported {
  framework: { id: string };
}

describe('OSCAL fidelity (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let cast: AssessmentCast;
  let maker: TestOrg;
  let outsiderKey: Credentials;
  let basicId: string;

  const importCatalog = (doc: unknown, as: Credentials, code: string) => http.post<Imported>(`/v1/frameworks/import/oscal?code=${code}`, doc, as);

  beforeAll(async () => {
    t = await createTestApp();
    http = client(t.baseUrl);
    cast = await assessmentCast(http);
    maker = cast.maker;
    outsiderKey = (await cast.factories.newApiKey(cast.outsider, ['catalog:read', 'catalog:write', 'workspaces:read', 'reviews:read'])).as;
    const basic = await importCatalog(read(BASIC), maker.owner.as, 'basic');
    expect(basic.status, JSON.stringify(basic.body)).toBe(201);
    basicId = basic.body.framework.id;
  }, 120_000);
  afterAll(async () => t?.close());

  it('exports imported catalogs deep-equal to their source (NIST moderate baseline and the basic catalog), as derived, schema-valid documents', async () => {
    const started = performance.now();
    const moderate = await importCatalog(read(MODERATE), maker.owner.as, 'nist-moderate');
    expect(moderate.status, JSON.stringify(moderate.body)).toBe(201);
    const imported = performance.now();
    await http.get(`/v1/frameworks/${moderate.body.framework.id}/export/oscal`, maker.owner.as);
    console.info(
      `NIST moderate baseline over HTTP: import ${(imported - started).toFixed(0)} ms, lossless export ${(performance.now() - imported).toFixed(0)} ms`,
    );
    const validate = validator('oscal_catalog_schema.json');
    for (const [id, name] of [
      [moderate.body.framework.id, MODERATE],
      [basicId, BASIC],
    ] as const) {
      const source = read(name).catalog;
      const exported = await http.get<{ catalog: Json }>(`/v1/frameworks/${id}/export/oscal`, maker.owner.as);
      expect(exported.status).toBe(200);
      const catalog = exported.body.catalog;
      for (const key of ['groups', 'controls', 'params', 'back-matter']) expect(catalog[key], `${name} ${key}`).toEqual(source[key]);
      // A derived document: its own uuid, the source named, metadata otherwise as imported.
      expect(catalog.uuid).not.toBe(source.uuid);
      const metadata = catalog.metadata as Json;
      expect(metadata['oscal-version']).toBe('1.1.2');
      expect(metadata.links).toContainEqual({ href: `urn:uuid:${String(source.uuid)}`, rel: 'source' });
      expect(metadata.title).toBe((source.metadata as Json).title);
      expect(validate(exported.body), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    }
  }, 120_000);

  it('refuses duplicate ids and dangling parameter or control references with the JSON path, storing nothing', async () => {
    const before = (await http.get<{ data: unknown[] }>('/v1/frameworks?limit=200', maker.owner.as)).body.data.length;
    const dupPart = read(BASIC);
    const control = (dupPart.catalog.groups as Json[])[0]!.groups as Json[];
    const c111 = (control[0]!.controls as Json[])[0]!;
    (c111.parts as Json[])[1]!.id = 's1.1_smt';
    const dup = expectProblem(await importCatalog(dupPart, maker.owner.as, 'dup-part'), 422);
    expect(dup.errors).toContainEqual({
      field: 'catalog.groups.0.groups.0.controls.0.parts.1.id',
      message: expect.stringContaining('duplicate id "s1.1_smt"'),
    });

    const dangling = read(BASIC);
    const d111 = ((dangling.catalog.groups as Json[])[0]!.groups as Json[])[0]!.controls as Json[];
    (d111[0]!.parts as Json[])[1]!.prose = 'Set to {{ insert: param, no-such-param }}.';
    d111[1]!.links = [{ href: '#s9.9.9', rel: 'required' }];
    const bad = expectProblem(await importCatalog(dangling, maker.owner.as, 'dangling'), 422);
    expect(bad.errors!.map((e) => e.field)).toEqual([
      'catalog.groups.0.groups.0.controls.0.parts.1.prose',
      'catalog.groups.0.groups.0.controls.1.links.0.href',
    ]);
    expect((await http.get<{ data: unknown[] }>('/v1/frameworks?limit=200', maker.owner.as)).body.data.length).toBe(before);
  });

  it('tailors the basic catalog with a profile (selection, parameters, alters) and exports the resolved catalog', async () => {
    const profile = (ids: string[], paramId = 's1.1.1-prm_2') => ({
      profile: {
        uuid: '5b0a9c2e-3f41-4d7a-9e6b-1c2d3e4f5a6b',
        metadata: { title: 'Basic, tailored', 'last-modified': '2026-01-15T00:00:00Z', version: '2026.1', 'oscal-version': '1.1.2' },
        imports: [{ href: '#basic', 'include-controls': [{ 'with-ids': ids }] }],
        modify: {
          'set-parameters': [{ 'param-id': paramId, values: ['15 minutes'] }],
          alters: [
            { 'control-id': 's2.1.2', adds: [{ position: 'ending', props: [{ name: 'priority', value: 'P1' }] }] },
            { 'control-id': 's1.1.1', removes: [{ 'by-name': 'overview' }] },
          ],
        },
      },
    });
    const path = `/v1/frameworks/${basicId}/import/oscal-profile?code=basic-tailored`;
    const missing = expectProblem(await http.post(path, profile(['s1.1.1', 's7.7'], 'nope'), maker.owner.as), 422);
    expect(missing.errors!.map((e) => e.field)).toEqual([
      'profile.imports.0.include-controls.0.with-ids.1',
      'profile.modify.set-parameters.0.param-id',
      'profile.modify.alters.0.control-id', // s2.1.2 is not selected
    ]);
    // Another organization cannot tailor (or see) this catalog, with a session or an API key.
    expectProblem(await http.post(path, profile(['s1.1.1', 's2.1.2']), cast.outsider.owner.as), 404);
    expectProblem(await http.post(path, profile(['s1.1.1', 's2.1.2']), outsiderKey), 404);

    const created = await http.post<Imported & { counts: { controls: number } }>(path, profile(['s1.1.1', 's2.1.2']), maker.owner.as);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.counts.controls).toBe(2);
    const exported = await http.get<{ catalog: Json }>(`/v1/frameworks/${created.body.framework.id}/export/oscal`, maker.owner.as);
    const groups = arr(exported.body.catalog.groups);
    const controls = groups.flatMap((g) => arr(g.groups).flatMap((s) => arr(s.controls)));
    expect(controls.map((c) => c.id)).toEqual(['s1.1.1', 's2.1.2']);
    expect(arr(controls[0]!.params).find((p) => p.id === 's1.1.1-prm_2')!.values).toEqual(['15 minutes']);
    expect(arr(controls[0]!.parts).map((p) => p.name)).not.toContain('overview');
    expect(controls[1]!.props).toContainEqual({ name: 'priority', value: 'P1' });
    expect(validator('oscal_catalog_schema.json')(exported.body)).toBe(true);
  });

  describe('a workspace on the imported catalog', () => {
    let ws: TestWorkspace;
    let refs: Record<string, string>;
    const wsPath = () => `/v1/workspaces/${ws.id}`;

    beforeAll(async () => {
      const w = cast.factories;
      const offering = await w.newOffering(maker, cast.vendor.id);
      const res = await http.post<{ id: string }>(
        '/v1/workspaces',
        { offeringId: offering.id, name: 'Basic catalog readiness', frameworkIds: [basicId], targetMarkets: ['VN'] },
        maker.owner.as,
      );
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      ws = {
        id: res.body.id,
        offeringId: offering.id,
        saasComponentId: offering.saasComponentId,
        hardwareComponentId: offering.hardwareComponentId,
        frameworkIds: [basicId],
      };
      await w.join(maker, ws, cast.vendor, 'contributor');
      await w.join(maker, ws, cast.assessor, 'assessor');
      await w.join(maker, ws, cast.procurer, 'observer');
      const reqs = await http.get<{ data: { id: string; ref: string }[] }>(`/v1/frameworks/${basicId}/requirements?limit=50`, maker.owner.as);
      refs = Object.fromEntries(reqs.body.data.map((r) => [r.ref, r.id]));
    }, 60_000);

    it('sets organization-defined parameter values that show in statements and in the workspace catalog; others get 403/404', async () => {
      const params = `${wsPath()}/frameworks/${basicId}/oscal/parameters`;
      const unknown = expectProblem(await http.put(params, { parameters: [{ paramId: 'nope', values: ['x'] }] }, maker.owner.as), 422);
      expect(unknown.errors).toEqual([expect.objectContaining({ field: 'parameters.0.paramId' })]);
      const set = await http.put<{ paramId: string; values: string[] }[]>(
        params,
        { parameters: [{ paramId: 's1.1.1-prm_2', values: ['15 minutes'] }] },
        maker.owner.as,
      );
      expect(set.status, JSON.stringify(set.body)).toBe(200);
      expect(set.body.map((p) => [p.paramId, p.values])).toEqual([['s1.1.1-prm_2', ['15 minutes']]]);
      // A blank value is refused, naming it, and removes nothing (an empty list is how to remove).
      const blank = expectProblem(await http.put(params, { parameters: [{ paramId: 's1.1.1-prm_2', values: ['  '] }] }, maker.owner.as), 400);
      expect(blank.errors?.map((e) => e.field)).toEqual(['parameters.0.values']);
      expect((await http.get<{ paramId: string; values: string[] }[]>(params, maker.owner.as)).body.map((p) => p.values)).toEqual([['15 minutes']]);

      const view = await http.get<{ statement: string; params: { id: string; organizationValues: string[] | null }[] }>(
        `${wsPath()}/frameworks/${basicId}/requirements/${refs['1.1.1']}/oscal`,
        cast.assessor.owner.as,
      );
      expect(view.status, JSON.stringify(view.body)).toBe(200);
      expect(view.body.statement).toContain('initiating a device lock after 15 minutes of inactivity');
      expect(view.body.params.find((p) => p.id === 's1.1.1-prm_2')!.organizationValues).toEqual(['15 minutes']);

      const catalog = await http.get<{ catalog: Json }>(`${wsPath()}/frameworks/${basicId}/oscal/catalog`, maker.owner.as);
      const c111 = arr(arr(arr(catalog.body.catalog.groups)[0]!.groups)[0]!.controls)[0]!;
      expect(arr(c111.params).find((p) => p.id === 's1.1.1-prm_2')!.values).toEqual(['15 minutes']);
      expect(validator('oscal_catalog_schema.json')(catalog.body)).toBe(true);

      // Only the owner sets values; observers do not read the statement of applicability; outsiders see nothing.
      expectProblem(await http.put(params, { parameters: [] }, cast.vendor.owner.as), 403);
      expectProblem(await http.get(params, cast.procurer.owner.as), 403);
      expectProblem(await http.get(params, cast.outsider.owner.as), 404);
      expectProblem(await http.get(params, outsiderKey), 404);
      expectProblem(await http.get(`${wsPath()}/frameworks/${basicId}/oscal/catalog`, outsiderKey), 404);
    });

    it('links plan, results, catalog and POA&M the way OSCAL tools follow them', async () => {
      const p = { http, maker, assessor: cast.assessor, ws };
      const evidence = await workspaceWithEvidence(p, [
        { requirementId: refs['1.1.1'], title: 'Device lock policy', type: 'policy' },
        { requirementId: refs['1.1.2'], title: 'Lock test report', type: 'test_report', component: 'saas' },
      ]);
      const { number } = await submitted(p);
      const base = wsPath();
      // A nonconformity on 1.1.1, answered and accepted (closed) before the decision.
      const raised = await http.post<{ id: string }>(
        `${base}/submissions/${number}/findings`,
        { requirementId: refs['1.1.1'], severity: 'minor_nonconformity', title: 'Lock time not stated', dueDate: isoDay(30) },
        cast.assessor.owner.as,
      );
      expect(raised.status, JSON.stringify(raised.body)).toBe(201);
      expect((await http.post(`${base}/findings/${raised.body.id}/responses`, { text: 'Lock after 15 minutes added.' }, maker.owner.as)).status).toBe(201);
      expect((await http.post(`${base}/findings/${raised.body.id}/review`, { decision: 'accept' }, cast.assessor.owner.as)).status).toBe(200);
      await judgeAll(http, ws.id, number, cast.assessor.owner.as);
      const decision = await http.post<{ id: string }>(
        `${base}/submissions/${number}/decision`,
        { outcome: 'conformant', scopeStatement: 'Basic catalog controls', validFrom: isoDay(0), validUntil: isoDay(365) },
        cast.assessor.owner.as,
      );
      expect(decision.status, JSON.stringify(decision.body)).toBe(201);
      const attestation = await http.post<{ serial: string }>(
        `${base}/attestations`,
        { decisionId: decision.body.id, accredited: false },
        cast.assessor.owner.as,
      );
      expect(attestation.status, JSON.stringify(attestation.body)).toBe(201);

      const catalog = await http.get<{ catalog: Json }>(`/v1/frameworks/${basicId}/export/oscal`, maker.owner.as);
      const catalogIds = idsOf(catalog.body.catalog);

      const ar = await http.get<{ 'assessment-results': Json }>(`${base}/submissions/${number}/oscal/assessment-results`, cast.assessor.owner.as);
      expect(ar.status, JSON.stringify(ar.body)).toBe(200);
      const validateAr = validator('oscal_assessment-results_schema.json');
      expect(validateAr(ar.body), JSON.stringify(validateAr.errors?.slice(0, 3))).toBe(true);
      const doc = ar.body['assessment-results'];
      const result = arr(doc.results)[0]!;
      const controlIds = arr(arr((result['reviewed-controls'] as Json)['control-selections'])[0]!['include-controls']).map((c) => String(c['control-id']));
      expect(controlIds.sort()).toEqual(['s1.1.1', 's1.1.2', 's2.1.1', 's2.1.2']);
      for (const id of controlIds) expect(catalogIds.has(id), id).toBe(true);
      const findings = arr(result.findings);
      for (const f of findings) expect(catalogIds.has(String((f.target as Json)['target-id']))).toBe(true);
      // Every verdict is satisfied and the nonconformity on 1.1.1 is closed: every target is satisfied.
      expect(findings).toHaveLength(4);
      expect(findings.map((f) => ((f.target as Json).status as Json).state)).toEqual(['satisfied', 'satisfied', 'satisfied', 'satisfied']);
      expect(result.props).toContainEqual(expect.objectContaining({ name: 'attestation-serial', value: attestation.body.serial }));
      expect(result.props).toContainEqual(expect.objectContaining({ name: 'decision-uuid', value: decision.body.id }));

      // One observation per evidence item, its relevant evidence a back-matter resource with the SHA-256.
      const resources = arr((doc['back-matter'] as Json).resources);
      const frozen = new Map(
        (await submissionEntries(http, ws.id, number, cast.assessor.owner.as)).flatMap((e) =>
          (e.evidence as { versionId: string; sha256: string }[]).map((v) => [v.versionId, v.sha256]),
        ),
      );
      expect(frozen.size).toBe(evidence.length);
      const observations = arr(result.observations);
      expect(observations).toHaveLength(evidence.length);
      for (const o of observations) {
        expect(o.subjects).toBeDefined();
        const href = String(arr(o['relevant-evidence'])[0]!.href);
        const resource = resources.find((r) => `#${String(r.uuid)}` === href)!;
        const rlink = arr(resource.rlinks)[0]!;
        expect(arr(rlink.hashes)[0]).toEqual({ algorithm: 'SHA-256', value: expect.stringMatching(/^[0-9a-f]{64}$/) });
        // The href is the assessor's download route of that frozen version; the hash is the manifest's.
        const versionId = /\/submissions\/\d+\/evidence\/([0-9a-f-]+)\/content$/.exec(new URL(String(rlink.href)).pathname)![1]!;
        expect(arr(rlink.hashes)[0]!.value).toBe(frozen.get(versionId));
      }
      expect(observations.map((o) => o.methods)).toEqual(expect.arrayContaining([['EXAMINE'], ['TEST']]));

      // import-ap resolves to the exported plan.
      const apRef = String((doc['import-ap'] as Json).href);
      const apResource = resources.find((r) => `#${String(r.uuid)}` === apRef)!;
      const apUrl = new URL(String(arr(apResource.rlinks)[0]!.href));
      const ap = await http.get<{ 'assessment-plan': Json }>(apUrl.pathname, cast.assessor.owner.as);
      expect(ap.status, JSON.stringify(ap.body)).toBe(200);
      expect(ap.body['assessment-plan'].uuid).toBe(arr(apResource.props).find((x) => x.name === 'document-uuid')!.value);
      const plan = ap.body['assessment-plan'];
      expect((plan.metadata as Json)['oscal-version']).toBe('1.1.2');
      expect(arr(arr((plan['reviewed-controls'] as Json)['control-selections'])[0]!['include-controls']).map((c) => c['control-id'])).toEqual(
        expect.arrayContaining(['s1.1.1', 's1.1.2']),
      );
      expect(arr(arr(plan['assessment-subjects'])[0]!['include-subjects'])).toHaveLength(2);
      expectProblem(await http.get(apUrl.pathname, cast.outsider.owner.as), 404);
      expectProblem(await http.get(apUrl.pathname, outsiderKey), 404);
      expectProblem(await http.get(apUrl.pathname, cast.procurer.owner.as), 403);

      // A new submission with an open nonconformity and a corrective action: the POA&M.
      const n2 = (await submitted(p)).number;
      const open = await http.post<{ id: string }>(
        `${base}/submissions/${n2}/findings`,
        { requirementId: refs['1.1.2'], severity: 'major_nonconformity', title: 'No lock on the SaaS console', dueDate: '2027-03-31' },
        cast.assessor.owner.as,
      );
      expect(open.status, JSON.stringify(open.body)).toBe(201);
      expect((await http.post(`${base}/findings/${open.body.id}/responses`, { text: 'Console lock rolled out in 4.2.1.' }, maker.owner.as)).status).toBe(201);
      const first = await fetch(`${t.baseUrl}${base}/oscal/poam`, { headers: { authorization: `Bearer ${(maker.owner.as as { token: string }).token}` } });
      const second = await fetch(`${t.baseUrl}${base}/oscal/poam`, { headers: { authorization: `Bearer ${(maker.owner.as as { token: string }).token}` } });
      expect(first.status).toBe(200);
      const text = await first.text();
      expect(await second.text()).toBe(text);
      const poamDoc = JSON.parse(text) as { 'plan-of-action-and-milestones': Json };
      const validatePoam = validator('oscal_poam_schema.json');
      expect(validatePoam(poamDoc), JSON.stringify(validatePoam.errors?.slice(0, 3))).toBe(true);
      const poam = poamDoc['plan-of-action-and-milestones'];
      const risk = arr(poam.risks)[0]!;
      expect(risk.status).toBe('remediating');
      const remediation = arr(risk.remediations)[0]!;
      expect(remediation.description).toBe('Console lock rolled out in 4.2.1.');
      expect(arr(remediation.tasks)[0]).toMatchObject({ type: 'milestone', timing: { 'on-date': { date: '2027-03-31T23:59:59Z' } } });
      const item = arr(poam['poam-items'])[0]!;
      expect(item['related-risks']).toEqual([{ 'risk-uuid': risk.uuid }]);
      const controlId = arr(item.props).find((x) => x.name === 'control-id')!.value;
      expect(controlId).toBe('s1.1.2');
      expect(catalogIds.has(String(arr(item.props).find((x) => x.name === 'statement-id')!.value))).toBe(true);
      const catalogLink = String(arr(item.links)[0]!.href);
      expect(arr((poam['back-matter'] as Json).resources).some((r) => `#${String(r.uuid)}` === catalogLink)).toBe(true);
      const ssp = String((poam['import-ssp'] as Json).href);
      expect(arr((poam['back-matter'] as Json).resources).some((r) => `#${String(r.uuid)}` === ssp)).toBe(true);

      // The offering's component definition: service components with what their evidence implements.
      const cdef = await http.get<{ 'component-definition': Json }>(`${base}/oscal/component-definition`, cast.assessor.owner.as);
      expect(cdef.status, JSON.stringify(cdef.body)).toBe(200);
      const components = arr(cdef.body['component-definition'].components);
      expect(components.map((c) => c.type).sort()).toEqual(['hardware', 'service']);
      const implemented = components.flatMap((c) => arr(c['control-implementations']).flatMap((ci) => arr(ci['implemented-requirements'])));
      expect(implemented.map((r) => r['control-id']).sort()).toEqual(['s1.1.1', 's1.1.2']);

      // The vendor contributes the SaaS component only: the maker's hardware evidence (title, file,
      // hash, download route) stays out of what it exports, as it does from the manifest it reads.
      const vendorAr = await http.get<{ 'assessment-results': Json }>(`${base}/submissions/${number}/oscal/assessment-results`, cast.vendor.owner.as);
      expect(vendorAr.status, JSON.stringify(vendorAr.body)).toBe(200);
      expect(validateAr(vendorAr.body), JSON.stringify(validateAr.errors?.slice(0, 3))).toBe(true);
      const vendorText = JSON.stringify(vendorAr.body);
      expect(vendorText).not.toContain('Device lock policy');
      expect(vendorText).not.toContain(evidence[0]!.versionId);
      expect(vendorText).toContain(evidence[1]!.versionId);
      expect(arr(arr(vendorAr.body['assessment-results'].results)[0]!.observations).map((o) => o.title)).toEqual(['Lock test report']);
      const vendorCdef = await http.get<{ 'component-definition': Json }>(`${base}/oscal/component-definition`, cast.vendor.owner.as);
      expect(vendorCdef.status).toBe(200);
      expect(JSON.stringify(vendorCdef.body)).not.toContain('Device lock policy');
      const vendorImplemented = arr(vendorCdef.body['component-definition'].components).flatMap((c) =>
        arr(c['control-implementations']).flatMap((ci) => arr(ci['implemented-requirements'])),
      );
      expect(vendorImplemented.map((r) => r['control-id'])).toEqual(['s1.1.2']);
      expectProblem(await http.get(`${base}/oscal/component-definition`, cast.outsider.owner.as), 404);
      expectProblem(await http.get(`${base}/oscal/component-definition`, outsiderKey), 404);
    }, 120_000);
  });
});
