import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, expectProblem, type Client, type Credentials } from '../setup/http.js';
import { sqlOf } from '../setup/database.js';
import { oscalMappingCollectionSchema } from '../setup/oscal-mapping-schema.js';
import { assessmentCast, isoDay, issuedAttestation, openTender, placedBid, type AssessmentCast } from '../setup/scenario.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { builtInFrameworks } from '../setup/workspace-factories.js';

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => void;
const DATA_DIR = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

type Doc = { 'mapping-collection': Record<string, unknown> & { mappings: Mapping[]; metadata: Record<string, unknown> } };
type Mapping = Record<string, unknown> & { maps: Record<string, unknown>[]; 'target-resource': { href: string }; 'source-resource': { href: string } };
interface Collection {
  id: string;
  code: string;
  version: string;
  approvalStatus: string;
  entryCount: number;
}
interface Requirement {
  frameworkCode: string;
  result: string;
  reasons: { code: string; severity: string }[];
  attestation: { serial: string } | null;
  path?: {
    kind: string;
    market: string;
    rule: { id: string } | null;
    mappingCollection: { id: string } | null;
    sourceFrameworkCode: string;
    residualGaps: { ref: string; status: string }[];
  } | null;
}
interface Bid {
  compliance: { overall: string; requirements: Requirement[] };
}
interface Pathways {
  market: string;
  frameworks: {
    framework: { code: string };
    outcome: string;
    path: string | null;
    attestation: { serial: string } | null;
    rule: { id: string; illustrative: boolean } | null;
    coverage: { covered: number; partial: number; unmapped: number; total: number } | null;
    residualGaps: { ref: string; status: string; closeWith: string; expectedEvidenceTypes: string[] }[];
    reasons: string[];
  }[];
}

/**
 * Crosswalks as OSCAL 1.2 mapping collections, recognition rules, pathways and tenders that accept
 * "framework T or a recognised equivalent in market M". One app; one attested workspace (attesta-dser,
 * VN and TH) whose attestation is recognised for ISO/IEC 20000-1 in TH through a procurer's rule.
 */
describe('Recognition (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let cast: AssessmentCast;
  let attestationId: string;
  let fw: Record<string, string>;
  let builtInExport: Doc;
  let collection: Collection;
  let ruleId: string;
  let outsiderKey: Credentials;

  const collections = async (as: Credentials) => (await http.get<{ data: Collection[] }>('/v1/mapping-collections?limit=200', as)).body.data;
  /** The workspace's pathways in `market`, by framework code. */
  const pathways = async (market: string, as: Credentials = cast.maker.owner.as) => {
    const res = await http.get<Pathways>(`/v1/workspaces/${cast.ws.id}/recognition-pathways?market=${market}`, as);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return new Map(res.body.frameworks.map((f) => [f.framework.code, f]));
  };
  const newRule = async (as: Credentials, body: Record<string, unknown>) => {
    const res = await http.post<{ id: string }>('/v1/recognition-rules', { title: `Rule ${crypto.randomUUID()}`, ...body }, as);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id;
  };
  /** `doc` imported as `as`'s own collection and approved by it. */
  const approvedCollection = async (as: Credentials, doc: Doc, code: string) => {
    const imported = await http.post<Collection>(`/v1/mapping-collections?code=${code}`, doc, as);
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    expect((await http.post(`/v1/mapping-collections/${imported.body.id}/approval`, { approved: true }, as)).status).toBe(200);
    return imported.body;
  };
  /** The built-in export's DSER pairs to the given target codes, as a new collection document. */
  const builtInPairs = (targets: string[]): Doc => {
    const doc = structuredClone(builtInExport);
    const mc = doc['mapping-collection'];
    mc.uuid = crypto.randomUUID();
    mc.metadata = { ...mc.metadata, title: `DSER to ${targets.join(', ')}`, version: '1' };
    mc.mappings = mc.mappings.filter((m) => targets.some((t) => m['target-resource'].href.includes(`:${t}@`)));
    expect(mc.mappings).toHaveLength(targets.length);
    return doc;
  };
  const controlRefs = async (frameworkId: string) => {
    const res = await http.get<{ data: { kind: string; ref: string }[]; nextCursor: string | null }>(
      `/v1/frameworks/${frameworkId}/requirements?limit=200`,
      cast.maker.owner.as,
    );
    expect(res.body.nextCursor).toBeNull();
    return res.body.data.filter((r) => r.kind === 'control').map((r) => r.ref);
  };
  /** An OSCAL 1.2 map: source `<relationship>` target, one control each. */
  const oscalMap = (relationship: string, source: string, target: string) => ({
    uuid: crypto.randomUUID(),
    relationship,
    sources: [{ type: 'control', 'id-ref': source }],
    targets: [{ type: 'control', 'id-ref': target }],
  });
  /** A mapping between two frameworks named `code@version`, with its maps (and any other members). */
  const oscalMapping = (source: string, target: string, maps: unknown[], more: Record<string, unknown> = {}) => ({
    uuid: crypto.randomUUID(),
    'source-resource': { type: 'catalog', href: `urn:attesta:framework:${source}` },
    'target-resource': { type: 'catalog', href: `urn:attesta:framework:${target}` },
    maps,
    ...more,
  });
  /** A mapping-collection document of these mappings, made by a person. */
  const collectionDoc = (title: string, description: string, mappings: unknown[]): Doc =>
    ({
      'mapping-collection': {
        uuid: crypto.randomUUID(),
        metadata: { title, version: '1', 'last-modified': '2026-12-01T00:00:00Z', 'oscal-version': '1.2.2' },
        provenance: { method: 'human', 'matching-rationale': 'semantic', status: 'complete', 'mapping-description': description },
        mappings,
      },
    }) as unknown as Doc;
  /** The DSER → ISO/IEC 20000-1 pair of the built-in export, enriched with every optional member of the model. */
  function richCollection(version: string): Doc {
    const doc = structuredClone(builtInExport);
    const mc = doc['mapping-collection'];
    mc.uuid = crypto.randomUUID();
    mc.metadata = { ...mc.metadata, title: 'DSER to ISO/IEC 20000-1 (procurer review)', version };
    mc.provenance = {
      ...(mc.provenance as object),
      'confidence-score': { category: 'medium' },
      coverage: { 'generation-method': 'arbitrary', 'target-coverage': 0.6 },
    };
    const pair = mc.mappings.find((m) => m['target-resource'].href.includes('iso-iec-20000-1'))!;
    pair.maps[0] = { ...pair.maps[0], 'matching-rationale': 'functional', 'confidence-score': { percentage: 80 }, coverage: { 'target-coverage': 0.5 } };
    pair.maps[1] = {
      ...pair.maps[1],
      qualifiers: [
        { subject: 'target', predicate: 'has-requirement', category: 'addressable', description: 'The target also covers services outside the offering.' },
      ],
    };
    pair['source-gap-summary'] = { uuid: crypto.randomUUID(), 'unmapped-controls': [{ 'with-ids': ['DSER-5.1'] }] };
    // Control ids are OSCAL tokens: a ref that starts with a digit carries a leading underscore.
    pair['target-gap-summary'] = { uuid: crypto.randomUUID(), 'unmapped-controls': [{ 'with-ids': ['_10.1'] }] };
    pair['confidence-score'] = { category: 'high' };
    mc.mappings = [pair];
    return doc;
  }

  beforeAll(async () => {
    t = await createTestApp();
    http = client(t.baseUrl);
    cast = await assessmentCast(http, { accreditedAssessor: true });
    fw = await builtInFrameworks(http, cast.maker.owner.as);
    // The cast's workspace targets attesta-dser and iso-iec-27001 in VN and TH; the decision covers it all.
    attestationId = (
      await issuedAttestation(cast, { decision: { validUntil: isoDay(400) }, evidence: [{ effectiveDate: isoDay(-30), validUntil: isoDay(300) }] })
    ).id;
    const res = await http.get<Doc>(`/v1/frameworks/${fw['attesta-dser']}/mapping-collection`, cast.procurer.owner.as);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    builtInExport = res.body;
    outsiderKey = (await cast.factories.newApiKey(cast.outsider, ['catalog:write', 'evidence:read'])).as;
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('exports the built-in crosswalks as an OSCAL 1.2 mapping collection valid against the mapping model', async () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(oscalMappingCollectionSchema(DATA_DIR));
    expect(validate(builtInExport), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    const mc = builtInExport['mapping-collection'];
    expect(mc.mappings.map((m) => m['target-resource'].href).sort()).toEqual([
      'urn:attesta:framework:iso-iec-20000-1@2018',
      'urn:attesta:framework:iso-iec-27001@2022',
      'urn:attesta:framework:iso-iec-42001@2023',
    ]);
    const pair = mc.mappings.find((m) => m['target-resource'].href.endsWith('iso-iec-20000-1@2018'))!;
    expect(pair.maps.length).toBeGreaterThanOrEqual(20);
    expect(pair.maps[0]).toMatchObject({
      relationship: 'intersects-with',
      sources: [{ type: 'control', 'id-ref': 'DSER-1.1' }],
      targets: [{ 'id-ref': '8.2.4' }],
    });
    // The same content exports identically (name-based ids).
    const again = await http.get<Doc>(`/v1/frameworks/${fw['attesta-dser']}/mapping-collection`, cast.maker.owner.as);
    expect(again.body).toEqual(builtInExport);
  });

  it('imports a collection and exports it back losslessly; the export validates against the model', async () => {
    const doc = richCollection('2026-1');
    const imported = await http.post<Collection>('/v1/mapping-collections?code=dser-to-iso-20000-1', doc, cast.procurer.owner.as);
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    collection = imported.body;
    expect(collection).toMatchObject({ code: 'dser-to-iso-20000-1', version: '2026-1', approvalStatus: 'draft' });
    const exported = await http.get<Doc>(`/v1/mapping-collections/${collection.id}/oscal`, cast.procurer.owner.as);
    expect(exported.status).toBe(200);
    // Mappings, relationships, rationale, confidence, coverage, qualifiers and gap summaries: all of it.
    expect(exported.body).toEqual(doc);
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    expect(ajv.validate(oscalMappingCollectionSchema(DATA_DIR), exported.body), JSON.stringify(ajv.errors?.slice(0, 5))).toBe(true);
    // The same version again is a conflict; a new version imports beside it.
    expectProblem(await http.post('/v1/mapping-collections?code=dser-to-iso-20000-1', doc, cast.procurer.owner.as), 409);
  });

  it('refuses bad input naming the field, and stores nothing', async () => {
    const before = (await collections(cast.procurer.owner.as)).length;
    const bad = (mutate: (d: Doc) => void) => {
      const d = richCollection(`bad-${crypto.randomUUID()}`);
      mutate(d);
      return http.post('/v1/mapping-collections', d, cast.procurer.owner.as);
    };
    const relationship = expectProblem(await bad((d) => (d['mapping-collection'].mappings[0]!.maps[2]!.relationship = 'same-as')), 422);
    expect(relationship.errors).toContainEqual(expect.objectContaining({ field: 'mapping-collection.mappings.0.maps.2.relationship' }));
    const ref = expectProblem(
      await bad((d) => ((d['mapping-collection'].mappings[0]!.maps[3]!.targets as { 'id-ref': string }[])[0]!['id-ref'] = '99.9')),
      422,
    );
    expect(ref.errors).toEqual([
      expect.objectContaining({ field: 'mapping-collection.mappings.0.maps.3.targets.0.id-ref', message: expect.stringContaining('iso-iec-20000-1@2018') }),
    ]);
    const version = expectProblem(
      await bad((d) => (d['mapping-collection'].mappings[0]!['target-resource'].href = 'urn:attesta:framework:iso-iec-20000-1@2011')),
      422,
    );
    expect(version.errors).toContainEqual(expect.objectContaining({ field: 'mapping-collection.mappings.0.target-resource.href' }));
    const gap = expectProblem(
      await bad(
        (d) =>
          (d['mapping-collection'].mappings[0]!['target-gap-summary'] = { uuid: crypto.randomUUID(), 'unmapped-controls': [{ 'with-ids': ['DSER-1.1'] }] }),
      ),
      422,
    );
    expect(gap.errors).toContainEqual(expect.objectContaining({ field: 'mapping-collection.mappings.0.target-gap-summary.unmapped-controls' }));
    expectProblem(await http.post('/v1/mapping-collections', { catalog: {} }, cast.procurer.owner.as), 422);
    expect((await collections(cast.procurer.owner.as)).length).toBe(before);
  });

  it('imports a collection as its scheme owner only for an organization owning a framework it maps', async () => {
    // ISO/IEC 20000-1 and DSER are built in: the procurer owns neither scheme.
    const claimed = expectProblem(
      await http.post('/v1/mapping-collections?code=not-my-scheme&ownerKind=scheme_owner', richCollection('scheme-1'), cast.procurer.owner.as),
      422,
    );
    expect(claimed.errors).toEqual([expect.objectContaining({ field: 'ownerKind' })]);
    // Its own scheme (a catalog it imported), mapped from DSER: it is the scheme owner.
    const basic = JSON.parse(readFileSync(`${DATA_DIR}oscal/basic-catalog.json`, 'utf8')) as unknown;
    const own = await http.post<{ framework: { id: string; code: string; version: string } }>(
      '/v1/frameworks/import/oscal?code=procurer-scheme&version=1',
      basic,
      cast.procurer.owner.as,
    );
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    const dser = await controlRefs(fw['attesta-dser']!);
    const mine = (
      await http.get<{ data: { kind: string; ref: string }[] }>(`/v1/frameworks/${own.body.framework.id}/requirements?limit=200`, cast.procurer.owner.as)
    ).body.data
      .filter((r) => r.kind === 'control')
      .map((r) => r.ref);
    const doc = collectionDoc('DSER to the procurer scheme', 'By the scheme owner', [
      oscalMapping('attesta-dser@1.0', 'procurer-scheme@1', [oscalMap('intersects-with', dser[0]!, mine[0]!)]),
    ]);
    const owned = await http.post<Collection & { ownerKind: string }>(
      '/v1/mapping-collections?code=procurer-scheme&ownerKind=scheme_owner',
      doc,
      cast.procurer.owner.as,
    );
    expect(owned.status, JSON.stringify(owned.body)).toBe(201);
    expect(owned.body.ownerKind).toBe('scheme_owner');
  });

  it('a tender for ISO/IEC 20000-1 "or a recognised equivalent in TH" accepts the DSER attestation only through an approved mapping, listing the residual gaps', async () => {
    const rule = await http.post<{ id: string }>(
      '/v1/recognition-rules',
      {
        market: 'TH',
        sourceFrameworkId: fw['attesta-dser'],
        targetFrameworkId: fw['iso-iec-20000-1'],
        mappingCollectionId: collection.id,
        title: 'TH accepts DSER attestations as ISO/IEC 20000-1 (test)',
        residualRequirements: 'A Thai-language service description.',
      },
      cast.procurer.owner.as,
    );
    expect(rule.status, JSON.stringify(rule.body)).toBe(201);
    ruleId = rule.body.id;
    const requirement = { frameworkId: fw['iso-iec-20000-1'], minimumOutcome: 'conformant', orRecognisedIn: 'TH' };
    const offer = { offeringId: cast.ws.offeringId, attestationIds: [attestationId] };
    const tenderBid = async () =>
      (await placedBid<Bid>(http, await openTender(http, cast.procurer.owner.as, fw['iso-iec-20000-1']!, { requirements: [requirement] }), cast.maker, offer))
        .compliance;

    // The collection is a draft: nothing recognises DSER for 20000-1 yet.
    const draft = await tenderBid();
    expect(draft.overall).toBe('non_compliant');
    expect(draft.requirements[0]!.reasons.map((r) => r.code)).toEqual(['no_attestation', 'no_recognised_equivalent']);
    expect(draft.requirements[0]!.path).toBeNull();

    const approved = await http.post<Collection>(`/v1/mapping-collections/${collection.id}/approval`, { approved: true }, cast.procurer.owner.as);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.approvalStatus).toBe('approved');
    const met = await tenderBid();
    expect(met.overall, JSON.stringify(met)).toBe('compliant');
    const r = met.requirements[0]!;
    expect(r).toMatchObject({ frameworkCode: 'iso-iec-20000-1@2018', result: 'met' });
    expect(r.attestation).not.toBeNull();
    expect(r.path).toMatchObject({
      kind: 'mapping',
      market: 'TH',
      rule: { id: ruleId },
      mappingCollection: { id: collection.id },
      sourceFrameworkCode: 'attesta-dser@1.0',
    });
    expect(r.reasons.map((x) => x.code)).toContain('recognised_equivalent');
    const gaps = r.path!.residualGaps;
    expect(gaps.length).toBeGreaterThan(0);
    // The mapper's target gap summary names 10.1: it is a residual gap whatever maps say; 8.3.3 is only partly mapped (subset-of).
    expect(gaps).toContainEqual(expect.objectContaining({ ref: '10.1', status: 'unmapped' }));
    expect(gaps).toContainEqual(expect.objectContaining({ ref: '8.3.3', status: 'partial' }));

    // Approval withdrawn: the path is gone again.
    expect((await http.post(`/v1/mapping-collections/${collection.id}/approval`, { approved: false }, cast.procurer.owner.as)).status).toBe(200);
    const withdrawn = await tenderBid();
    expect(withdrawn.overall).toBe('non_compliant');
    expect((await http.post(`/v1/mapping-collections/${collection.id}/approval`, { approved: true }, cast.procurer.owner.as)).status).toBe(200);
    expectProblem(await http.post(`/v1/mapping-collections/${collection.id}/approval`, { approved: true }, cast.procurer.owner.as), 409);
  });

  it('a conformity check asks for "or a recognised equivalent in TH" as a tender does: the rules of the operator and of the caller count, not another organization\'s', async () => {
    const check = (requirement: Record<string, unknown>) => ({ offeringId: cast.ws.offeringId, requirements: [requirement], markets: ['VN'] });
    const equivalent = { frameworkId: fw['iso-iec-20000-1'], minimumOutcome: 'conformant', orRecognisedIn: 'th' };
    const procurerKey = (await cast.factories.newApiKey(cast.procurer, ['conformity:read'])).as;
    const outsiderCheckKey = (await cast.factories.newApiKey(cast.outsider, ['conformity:read'])).as;
    type Report = { overall: string; requirements: Requirement[] };

    // Without orRecognisedIn the DSER attestation does not meet ISO/IEC 20000-1.
    const direct = await http.post<Report>('/v1/conformity-checks', check({ frameworkId: fw['iso-iec-20000-1'], minimumOutcome: 'conformant' }), procurerKey);
    expect(direct.status, JSON.stringify(direct.body)).toBe(200);
    expect(direct.body.overall).toBe('non_compliant');
    expect(direct.body.requirements[0]!.path).toBeUndefined();

    // The procurer's rule (the tender test above) recognises it in TH: met through the mapping, residual gaps listed, as the bid's report says.
    for (const as of [procurerKey, cast.procurer.owner.as]) {
      const met = await http.post<Report>('/v1/conformity-checks', check(equivalent), as);
      expect(met.status, JSON.stringify(met.body)).toBe(200);
      expect(met.body.overall, JSON.stringify(met.body)).toBe('compliant');
      expect(met.body.requirements[0]).toMatchObject({ frameworkCode: 'iso-iec-20000-1@2018', result: 'met' });
      expect(met.body.requirements[0]!.path).toMatchObject({ kind: 'mapping', market: 'TH', rule: { id: ruleId }, sourceFrameworkCode: 'attesta-dser@1.0' });
      expect(met.body.requirements[0]!.path!.residualGaps).toContainEqual(expect.objectContaining({ ref: '10.1', status: 'unmapped' }));
    }

    // Another organization checking the same offering: the procurer's rule is not its rule.
    const other = await http.post<Report>('/v1/conformity-checks', check(equivalent), outsiderCheckKey);
    expect(other.status, JSON.stringify(other.body)).toBe(200);
    expect(other.body.overall).toBe('non_compliant');
    expect(other.body.requirements[0]!.reasons.map((r) => r.code)).toEqual(['no_attestation', 'no_recognised_equivalent']);
    expect(other.body.requirements[0]!.path).toBeNull();

    // A market that is not a country code is refused, naming the field.
    const refused = expectProblem(await http.post('/v1/conformity-checks', check({ ...equivalent, orRecognisedIn: 'T1' }), procurerKey), 400);
    expect(refused.errors?.map((e) => e.field)).toContain('requirements.0.orRecognisedIn');
  });

  it('shows the pathway of the workspace for TH (JSON and CSV): DSER directly, ISO/IEC 20000-1 with residual gaps', async () => {
    const res = await http.get<Pathways>(`/v1/workspaces/${cast.ws.id}/recognition-pathways?market=th`, cast.maker.owner.as);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.market).toBe('TH');
    const byCode = new Map(res.body.frameworks.map((f) => [f.framework.code, f]));
    expect(byCode.get('attesta-dser')).toMatchObject({ outcome: 'accept', path: 'direct' });
    const iso = byCode.get('iso-iec-20000-1')!;
    expect(iso).toMatchObject({ outcome: 'accept_with_residual_gaps', path: 'mapping', rule: { id: ruleId, illustrative: false } });
    expect(iso.residualGaps).toContainEqual(expect.objectContaining({ ref: '10.1', status: 'unmapped' }));
    expect(iso.residualGaps.every((g) => g.closeWith.length > 0)).toBe(true);
    // The observer (the procurer) reads it too.
    expect((await http.get(`/v1/workspaces/${cast.ws.id}/recognition-pathways?market=TH`, cast.procurer.owner.as)).status).toBe(200);

    const csv = await http.get<string>(`/v1/workspaces/${cast.ws.id}/recognition-pathways?market=TH&format=csv`, cast.maker.owner.as);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toBe('framework,outcome,path,attestation,rule,illustrative,mapping_collection,gap_ref,gap_status,gap_title,expected_evidence,close_with');
    expect(lines.filter((l) => l.startsWith('iso-iec-20000-1@2018,accept_with_residual_gaps,mapping,')).length).toBe(iso.residualGaps.length);
    expectProblem(await http.get(`/v1/workspaces/${cast.ws.id}/recognition-pathways?market=THA`, cast.maker.owner.as), 400);
    // Two letters that name no country: refused as rules refuse them, not answered "reassess" for a market that does not exist.
    const unknown = expectProblem(await http.get(`/v1/workspaces/${cast.ws.id}/recognition-pathways?market=ZZ`, cast.maker.owner.as), 422);
    expect(unknown.errors).toEqual([expect.objectContaining({ field: 'market' })]);
  });

  it('keeps other organizations out: drafts, approvals, rules and pathways (users and API keys)', async () => {
    const draft = await http.post<Collection>('/v1/mapping-collections', richCollection('draft-1'), cast.procurer.owner.as);
    expect(draft.status).toBe(201);
    for (const as of [cast.outsider.owner.as, outsiderKey]) {
      expectProblem(await http.get(`/v1/mapping-collections/${draft.body.id}`, as), 404);
      expectProblem(await http.get(`/v1/mapping-collections/${draft.body.id}/oscal`, as), 404);
      expectProblem(await http.post(`/v1/mapping-collections/${draft.body.id}/approval`, { approved: true }, as), 404);
      // An approved collection is published: readable, but only its owner changes its approval.
      expect((await http.get(`/v1/mapping-collections/${collection.id}/oscal`, as)).status).toBe(200);
      expectProblem(await http.post(`/v1/mapping-collections/${collection.id}/approval`, { approved: false }, as), 403);
      // Rules are public statements; only their owner deletes them.
      expect((await http.get(`/v1/recognition-rules/${ruleId}`, as)).status).toBe(200);
      expectProblem(await http.del(`/v1/recognition-rules/${ruleId}`, as), 403);
      expectProblem(await http.get(`/v1/workspaces/${cast.ws.id}/recognition-pathways?market=TH`, as), 404);
      // A rule naming someone else's draft: the collection is not there for it.
      const rule = expectProblem(
        await http.post(
          '/v1/recognition-rules',
          { market: 'TH', sourceFrameworkId: fw['attesta-dser'], targetFrameworkId: fw['iso-iec-20000-1'], mappingCollectionId: draft.body.id, title: 'x' },
          as,
        ),
        422,
      );
      expect(rule.errors).toContainEqual(expect.objectContaining({ field: 'mappingCollectionId' }));
    }
    expect((await collections(cast.outsider.owner.as)).some((c) => c.id === draft.body.id)).toBe(false);
    expect((await collections(cast.outsider.owner.as)).some((c) => c.id === collection.id)).toBe(true);
    // A member without catalog rights (the maker's vendor has no part in the procurer's data anyway) cannot approve.
    expectProblem(await http.post(`/v1/mapping-collections/${draft.body.id}/approval`, { approved: true }, cast.maker.owner.as), 404);
  });

  it('refuses a rule from a framework to itself, through a collection that does not map the pair, or under an unknown arrangement; and a gap summary naming a requirement of another framework', async () => {
    const base = {
      market: 'TH',
      sourceFrameworkId: fw['attesta-dser'],
      targetFrameworkId: fw['iso-iec-20000-1'],
      mappingCollectionId: collection.id,
      title: 'x',
    };
    const field = async (body: Record<string, unknown>) =>
      expectProblem(await http.post('/v1/recognition-rules', { ...base, ...body }, cast.procurer.owner.as), 422).errors?.map((e) => e.field);
    expect(await field({ targetFrameworkId: fw['attesta-dser'] })).toContain('targetFrameworkId');
    expect(await field({ targetFrameworkId: fw['iso-iec-27001'] })).toEqual(['mappingCollectionId']);
    expect(await field({ arrangements: ['GAC MRA', 'Handshake MRA'] })).toEqual(['arrangements.1']);
    // Reports and pathways name the rule by its title: a blank one is refused, not stored empty.
    expect(await field({ title: '   ' })).toEqual(['title']);

    const doc = richCollection('bad-source-gap');
    doc['mapping-collection'].mappings[0]!['source-gap-summary'] = { uuid: crypto.randomUUID(), 'unmapped-controls': [{ 'with-ids': ['_10.1'] }] };
    const gap = expectProblem(await http.post('/v1/mapping-collections', doc, cast.procurer.owner.as), 422);
    expect(gap.errors).toEqual([
      expect.objectContaining({
        field: 'mapping-collection.mappings.0.source-gap-summary.unmapped-controls',
        message: expect.stringContaining('attesta-dser@1.0'),
      }),
    ]);
  });

  it("counts only the rules of the market asked and of the workspace's participants; a direct acceptance needs the attestation to cover the market", async () => {
    // An outsider's rules in MY (through its own approved collection) are public, but not this workspace's.
    const outsiders = await approvedCollection(cast.outsider.owner.as, builtInPairs(['iso-iec-27001', 'iso-iec-42001']), 'outsider-dser');
    for (const target of ['iso-iec-27001', 'iso-iec-42001'])
      await newRule(cast.outsider.owner.as, {
        market: 'MY',
        sourceFrameworkId: fw['attesta-dser'],
        targetFrameworkId: fw[target],
        mappingCollectionId: outsiders.id,
      });
    // The procurer (an observer of the workspace) recognises DSER for ISO/IEC 27001 in SG only.
    const procurers = await approvedCollection(cast.procurer.owner.as, builtInPairs(['iso-iec-27001']), 'procurer-dser-27001');
    const sgRule = await newRule(cast.procurer.owner.as, {
      market: 'SG',
      sourceFrameworkId: fw['attesta-dser'],
      targetFrameworkId: fw['iso-iec-27001'],
      mappingCollectionId: procurers.id,
    });
    const listed = await http.get<{ data: { market: string }[] }>('/v1/recognition-rules?market=my&limit=200', cast.maker.owner.as);
    expect(listed.body.data.map((r) => r.market)).toEqual(['MY', 'MY']);

    // The attestation covers VN and TH: in MY nothing is accepted, and neither the outsider's rules nor the SG rule lead anywhere.
    const my = await pathways('MY');
    expect([...my.keys()].sort()).toEqual(['attesta-dser', 'iso-iec-27001']);
    for (const f of my.values()) expect([f.framework.code, f.outcome, f.path, f.rule]).toEqual([f.framework.code, 'reassess', null, null]);
    const sg = (await pathways('SG')).get('iso-iec-27001')!;
    expect(sg).toMatchObject({ path: 'mapping', rule: { id: sgRule }, attestation: { serial: expect.any(String) } });
  });

  it("leads to reassessment under a rule that refuses residual gaps, asks for an arrangement the issuer's body is not under, or recognises a framework the offering holds no attestation for", async () => {
    const rule = { sourceFrameworkId: fw['attesta-dser'], targetFrameworkId: fw['iso-iec-20000-1'], mappingCollectionId: collection.id };
    await newRule(cast.procurer.owner.as, { ...rule, market: 'ID', acceptsResidualGaps: false });
    await newRule(cast.procurer.owner.as, { ...rule, market: 'PH', arrangements: ['APAC MRA'] });
    // The issuer's body (the harness's test body) is a GAC MRA signatory.
    await newRule(cast.procurer.owner.as, { ...rule, market: 'KH', arrangements: ['GAC MRA'] });

    const noGaps = (await pathways('ID')).get('iso-iec-20000-1')!;
    expect(noGaps).toMatchObject({ outcome: 'reassess', path: null, attestation: { serial: expect.any(String) } });
    expect(noGaps.residualGaps.length).toBeGreaterThan(0);
    const arrangement = (await pathways('PH')).get('iso-iec-20000-1')!;
    expect(arrangement).toMatchObject({ outcome: 'reassess', path: null, attestation: null });
    expect(arrangement.reasons[0]).toContain('not accredited under APAC MRA');
    expect((await pathways('KH')).get('iso-iec-20000-1')).toMatchObject({ outcome: 'accept_with_residual_gaps', path: 'mapping' });
    // The arrangement holds only while the issuer's accreditation counts: suspended, the rule no longer recognises it.
    const sql = sqlOf(t);
    await sql(`UPDATE accreditations SET status = 'suspended' WHERE organization_id = $1`, [cast.assessor.id]);
    try {
      const lapsed = (await pathways('KH')).get('iso-iec-20000-1')!;
      expect(lapsed).toMatchObject({ outcome: 'reassess', path: null, attestation: null });
      expect(lapsed.reasons[0]).toContain('not accredited under GAC MRA');
    } finally {
      await sql(`UPDATE accreditations SET status = 'active' WHERE organization_id = $1`, [cast.assessor.id]);
    }
    expect((await pathways('KH')).get('iso-iec-20000-1')).toMatchObject({ outcome: 'accept_with_residual_gaps', path: 'mapping' });
  });

  it("counts no rule of the supplier side or the assessor, whoever reads the pathways: only the operator's and the observers'", async () => {
    const [dser, iso42001] = await Promise.all(['attesta-dser', 'iso-iec-42001'].map((c) => controlRefs(fw[c]!)));
    // One DSER control "equivalent to" every control of ISO/IEC 42001, approved by its author.
    const selfServing = (): Doc =>
      collectionDoc('DSER is ISO/IEC 42001', 'Everything is DSER-1', [
        oscalMapping(
          'attesta-dser@1.0',
          'iso-iec-42001@2023',
          iso42001.map((ref) => oscalMap('equivalent-to', dser[0]!, ref)),
        ),
      ]);
    const rule = { market: 'TL', sourceFrameworkId: fw['attesta-dser'], targetFrameworkId: fw['iso-iec-42001'] };
    for (const [who, org] of [
      ['maker', cast.maker],
      ['vendor', cast.vendor],
      ['assessor', cast.assessor],
    ] as const) {
      const own = await approvedCollection(org.owner.as, selfServing(), `self-${who}`);
      await newRule(org.owner.as, { ...rule, mappingCollectionId: own.id });
    }
    for (const reader of [cast.maker.owner.as, cast.vendor.owner.as, cast.procurer.owner.as])
      expect((await pathways('TL', reader)).has('iso-iec-42001')).toBe(false);
    // The observer (the procurer relying on the offering) answers for what it accepts: its rule counts.
    const procurers = await approvedCollection(cast.procurer.owner.as, selfServing(), 'procurer-self');
    const procurerRule = await newRule(cast.procurer.owner.as, { ...rule, mappingCollectionId: procurers.id });
    expect((await pathways('TL')).get('iso-iec-42001')).toMatchObject({ outcome: 'accept', path: 'mapping', rule: { id: procurerRule } });
  });

  it('of several rules for a framework, follows one whose residual gaps it accepts over one that refuses them', async () => {
    const rule = { market: 'BT', sourceFrameworkId: fw['attesta-dser'], targetFrameworkId: fw['iso-iec-20000-1'], mappingCollectionId: collection.id };
    await newRule(cast.procurer.owner.as, { ...rule, acceptsResidualGaps: false });
    const accepting = await newRule(cast.procurer.owner.as, { ...rule, acceptsResidualGaps: true });
    expect((await pathways('BT')).get('iso-iec-20000-1')).toMatchObject({ outcome: 'accept_with_residual_gaps', path: 'mapping', rule: { id: accepting } });
  });

  it('never counts a draft collection, not even for its owner', async () => {
    const draft = await http.post<Collection>('/v1/mapping-collections?code=dser-to-iso-20000-1-draft', richCollection('bn-draft'), cast.procurer.owner.as);
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const rule = await newRule(cast.procurer.owner.as, {
      market: 'BN',
      sourceFrameworkId: fw['attesta-dser'],
      targetFrameworkId: fw['iso-iec-20000-1'],
      mappingCollectionId: draft.body.id,
    });
    expect((await http.get<{ id: string }>(`/v1/recognition-rules/${rule}`, cast.procurer.owner.as)).status).toBe(200);
    // The procurer reads the pathways as the workspace's observer, and reads its own draft too: it still leads nowhere.
    expect((await pathways('BN', cast.procurer.owner.as)).get('iso-iec-20000-1')).toMatchObject({ outcome: 'reassess', path: null, rule: null });
  });

  it("carries over only the maps from the rule's own source framework, assesses controls only, and leaves what the mapper's gap summary lists unmapped", async () => {
    const [dser, iso42001, iso20000] = await Promise.all(['attesta-dser', 'iso-iec-42001', 'iso-iec-20000-1'].map((c) => controlRefs(fw[c]!)));
    const [t1, t2, t3] = iso20000 as [string, string, string];
    const doc = collectionDoc('DSER and ISO/IEC 42001 to ISO/IEC 20000-1', 'Two sources, one target', [
      oscalMapping('attesta-dser@1.0', 'iso-iec-20000-1@2018', [oscalMap('subset-of', dser[0]!, t1), oscalMap('equal-to', dser[1]!, t3)], {
        // The mapper says t3 is not carried over after all: the equal-to map above does not cover it.
        'target-gap-summary': { uuid: crypto.randomUUID(), 'unmapped-controls': [{ 'with-ids': [/^\d/.test(t3) ? `_${t3}` : t3] }] },
      }),
      oscalMapping('iso-iec-42001@2023', 'iso-iec-20000-1@2018', [oscalMap('equal-to', iso42001[0]!, t2)]),
    ]);
    const mixed = await approvedCollection(cast.procurer.owner.as, doc, 'dser-and-42001-to-20000-1');
    const target = { targetFrameworkId: fw['iso-iec-20000-1'], mappingCollectionId: mixed.id };
    await newRule(cast.procurer.owner.as, { ...target, market: 'LA', sourceFrameworkId: fw['attesta-dser'] });
    await newRule(cast.procurer.owner.as, { ...target, market: 'MM', sourceFrameworkId: fw['iso-iec-42001'] });

    const viaDser = (await pathways('LA')).get('iso-iec-20000-1')!;
    expect(viaDser).toMatchObject({ outcome: 'accept_with_residual_gaps', path: 'mapping' });
    expect(viaDser.coverage).toEqual({ covered: 0, partial: 1, unmapped: iso20000.length - 1, total: iso20000.length });
    const status = new Map(viaDser.residualGaps.map((g) => [g.ref, g.status]));
    expect([status.get(t1), status.get(t2), status.get(t3)]).toEqual(['partial', 'unmapped', 'unmapped']);
    // Nothing of the offering is attested against ISO/IEC 42001: its rule leads nowhere, whatever else is attested.
    const via42001 = (await pathways('MM')).get('iso-iec-20000-1')!;
    expect(via42001).toMatchObject({ outcome: 'reassess', path: null, attestation: null });
    expect(via42001.reasons[0]).toContain('No current attestation covers iso-iec-42001@2023');
  });

  it('leaves unmapped what the gap summary of any mapping of the pair lists, when a collection holds the pair twice', async () => {
    const [dser, iso20000] = await Promise.all(['attesta-dser', 'iso-iec-20000-1'].map((c) => controlRefs(fw[c]!)));
    const [t1, t2] = iso20000 as [string, string];
    const token = (ref: string) => (/^\d/.test(ref) ? `_${ref}` : ref);
    const mapping = (source: string, target: string, gap?: string) =>
      oscalMapping(
        'attesta-dser@1.0',
        'iso-iec-20000-1@2018',
        [oscalMap('equal-to', source, target)],
        gap ? { 'target-gap-summary': { uuid: crypto.randomUUID(), 'unmapped-controls': [{ 'with-ids': [token(gap)] }] } } : {},
      );
    // The first part maps t1 as equal; the second says t1 is not carried over after all.
    const doc = collectionDoc('DSER to ISO/IEC 20000-1 in two parts', 'Two parts', [mapping(dser[0]!, t1), mapping(dser[1]!, t2, t1)]);
    const twice = await approvedCollection(cast.procurer.owner.as, doc, 'dser-to-20000-1-in-two-parts');
    await newRule(cast.procurer.owner.as, {
      market: 'NP',
      sourceFrameworkId: fw['attesta-dser'],
      targetFrameworkId: fw['iso-iec-20000-1'],
      mappingCollectionId: twice.id,
    });
    const np = (await pathways('NP')).get('iso-iec-20000-1')!;
    expect(np.coverage).toEqual({ covered: 1, partial: 0, unmapped: iso20000.length - 1, total: iso20000.length });
    expect(np.residualGaps).toContainEqual(expect.objectContaining({ ref: t1, status: 'unmapped' }));
    expect(np.residualGaps.map((g) => g.ref)).not.toContain(t2);
  });

  it('exports the crosswalks to a framework too, and only the built-in ones unless asked for all', async () => {
    const to20000 = await http.get<Doc>(`/v1/frameworks/${fw['iso-iec-20000-1']}/mapping-collection`, cast.procurer.owner.as);
    expect(to20000.status, JSON.stringify(to20000.body)).toBe(200);
    expect(to20000.body['mapping-collection'].mappings.map((m) => [m['source-resource'].href, m['target-resource'].href])).toEqual([
      ['urn:attesta:framework:attesta-dser@1.0', 'urn:attesta:framework:iso-iec-20000-1@2018'],
    ]);
    // The procurer's own crosswalk stays out of the built-in export.
    const [dser, iso42001] = await Promise.all(['attesta-dser', 'iso-iec-42001'].map((c) => controlRefs(fw[c]!)));
    const ids = async (frameworkId: string, ref: string) =>
      (await http.get<{ data: { id: string; ref: string }[] }>(`/v1/frameworks/${frameworkId}/requirements?limit=200`, cast.procurer.owner.as)).body.data.find(
        (r) => r.ref === ref,
      )!.id;
    const own = await http.post(
      '/v1/mappings',
      {
        sourceRequirementId: await ids(fw['attesta-dser']!, dser.at(-1)!),
        targetRequirementId: await ids(fw['iso-iec-42001']!, iso42001.at(-1)!),
        relation: 'intersects',
      },
      cast.procurer.owner.as,
    );
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    expect((await http.get<Doc>(`/v1/frameworks/${fw['attesta-dser']}/mapping-collection`, cast.procurer.owner.as)).body).toEqual(builtInExport);
    const all = await http.get<Doc>(`/v1/frameworks/${fw['attesta-dser']}/mapping-collection?include=all`, cast.procurer.owner.as);
    const count = (d: Doc) => d['mapping-collection'].mappings.reduce((n, m) => n + m.maps.length, 0);
    expect(count(all.body)).toBe(count(builtInExport) + 1);
  });

  it('accepts an attestation only within its validity, directly or through a mapping, even before the expiry job marks it', async () => {
    const sql = sqlOf(t);
    const [stored] = await sql<{ valid_from: Date; valid_until: Date; status: string }>(
      'SELECT valid_from, valid_until, status FROM attestations WHERE id = $1',
      [attestationId],
    );
    expect(stored!.status).toBe('active');
    const reassessed = async () => {
      const th = await pathways('TH');
      expect(th.get('attesta-dser')).toMatchObject({ outcome: 'reassess', path: null });
      expect(th.get('iso-iec-20000-1')).toMatchObject({ outcome: 'reassess', path: null, attestation: null });
    };
    try {
      // Ended yesterday, still marked active.
      await sql(`UPDATE attestations SET valid_from = now() - interval '400 days', valid_until = now() - interval '1 day' WHERE id = $1`, [attestationId]);
      await reassessed();
      // Not valid until tomorrow.
      await sql(`UPDATE attestations SET valid_from = now() + interval '1 day', valid_until = $2 WHERE id = $1`, [attestationId, stored!.valid_until]);
      await reassessed();
    } finally {
      await sql('UPDATE attestations SET valid_from = $2, valid_until = $3 WHERE id = $1', [attestationId, stored!.valid_from, stored!.valid_until]);
    }
    expect((await pathways('TH')).get('attesta-dser')).toMatchObject({ outcome: 'accept', path: 'direct' });
  });

  it('stops accepting, directly or through a mapping, once the attestation is suspended', async () => {
    const suspended = await http.post(`/v1/workspaces/${cast.ws.id}/attestations/${attestationId}/suspend`, { reason: 'Under review' }, cast.assessor.owner.as);
    expect(suspended.status, JSON.stringify(suspended.body)).toBe(200);
    const th = await pathways('TH');
    expect(th.get('attesta-dser')).toMatchObject({ outcome: 'reassess', path: null });
    expect(th.get('iso-iec-20000-1')).toMatchObject({ outcome: 'reassess', path: null, attestation: null });
  });
});
