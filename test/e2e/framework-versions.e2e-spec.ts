import { API_KEY_SCOPES } from '@attesta/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, expectProblem, type Client, type Credentials } from '../setup/http.js';
import { assessmentCast, issuedAttestation, workspaceWithEvidence, type AssessmentCast, type IssuedAttestation } from '../setup/scenario.js';
import { factories } from '../setup/factories.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

interface Req {
  id: string;
  parentId: string | null;
  kind: 'group' | 'control';
  ref: string;
  title: string;
  statement: string | null;
}
interface DiffBody {
  added: { ref: string }[];
  removed: { ref: string }[];
  changed: { from: { ref: string }; to: { ref: string }; relationship: string }[];
  unchangedCount: number;
}

describe('Framework versions (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let cast: AssessmentCast;
  let attestation: IssuedAttestation;
  let baselineId: string;
  let v2Id: string;
  let mappingId: string;
  let keep: Req, changed: Req, removed: Req, notApplicable: Req;
  let keptEvidenceId: string;
  let outsiderKey: Credentials;

  beforeAll(async () => {
    t = await createTestApp();
    http = client(t.baseUrl);
    cast = await assessmentCast(http, { join: ['assessor'] });
    baselineId = cast.ws.frameworkIds[0]!;
    const reqs = (await http.get<{ data: Req[] }>(`/v1/frameworks/${baselineId}/requirements?limit=200`, cast.maker.owner.as)).body.data;
    const controls = reqs.filter((r) => r.kind === 'control');
    [keep, changed, removed, notApplicable] = controls as [Req, Req, Req, Req];
    const soa = await http.put(
      `/v1/workspaces/${cast.ws.id}/applicability`,
      { items: [{ requirementId: notApplicable.id, applicable: false, justification: 'No end-user data is stored.' }] },
      cast.maker.owner.as,
    );
    expect(soa.status, JSON.stringify(soa.body)).toBe(200);
    attestation = await issuedAttestation(cast, {
      accredited: false,
      evidence: [
        { requirementId: keep.id, title: 'Kept evidence' },
        { requirementId: removed.id, title: 'Orphaned evidence' },
      ],
    });
    const ev = await http.get<{ data: { id: string; title: string }[] }>(`/v1/workspaces/${cast.ws.id}/evidence?limit=50`, cast.maker.owner.as);
    keptEvidenceId = ev.body.data.find((e) => e.title === 'Kept evidence')!.id;

    // Version 2.0 of the baseline, beside 1.x: one requirement's text changed, one removed, one added.
    const byId = new Map(reqs.map((r) => [r.id, r]));
    const v2 = await http.post<{ id: string }>(
      '/v1/frameworks',
      {
        code: 'attesta-dser',
        title: 'Digital Service Export Readiness (2.0 draft)',
        version: '2.0',
        requirements: [
          ...reqs
            .filter((r) => r.id !== removed.id)
            .map((r) => ({
              ref: r.ref,
              title: r.title,
              kind: r.kind,
              parentRef: r.parentId ? byId.get(r.parentId)!.ref : null,
              statement: r.id === changed.id ? `${r.statement ?? ''} Records are kept for five years.` : r.statement,
            })),
          {
            ref: 'DSER-NEW-1',
            title: 'Software bill of materials',
            kind: 'control',
            parentRef: keep.parentId ? byId.get(keep.parentId)!.ref : null,
            statement: 'An SBOM is kept.',
          },
        ],
      },
      cast.maker.owner.as,
    );
    expect(v2.status, JSON.stringify(v2.body)).toBe(201);
    v2Id = v2.body.id;
    outsiderKey = (await factories(http).newApiKey(cast.outsider, Object.keys(API_KEY_SCOPES))).as;
  });
  afterAll(async () => {
    await t?.close();
  });

  /** A new workspace of the maker's on the given frameworks. */
  const workspaceOn = async (frameworkIds: string[]) => {
    const offering = await cast.factories.newOffering(cast.maker);
    const res = await http.post<{ id: string }>(
      '/v1/workspaces',
      { offeringId: offering.id, name: 'Moving', frameworkIds, targetMarkets: ['VN'] },
      cast.maker.owner.as,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id;
  };

  it('a version mapping with a bad ref or relationship is refused naming the entry, and nothing is stored', async () => {
    const post = (entries: unknown[], to = v2Id) =>
      http.post('/v1/framework-version-mappings', { fromFrameworkId: baselineId, toFrameworkId: to, entries }, cast.maker.owner.as);
    const bad = expectProblem(await post([{ sourceRef: 'NOPE-9', targetRef: keep.ref, relationship: 'equal-to' }]), 422);
    expect(bad.errors).toEqual([{ field: 'entries.0.sourceRef', message: 'names no requirement of the old version' }]);
    const relation = expectProblem(await post([{ sourceRef: keep.ref, targetRef: keep.ref, relationship: 'same-as' }]), 400);
    expect(relation.errors?.[0]?.field).toBe('entries.0.relationship');
    const builtIn = expectProblem(await post([], baselineId), 422);
    expect(builtIn.errors?.map((e) => e.field)).toContain('toFrameworkId');
  });

  it('imports the mapping and reports exactly the changed, added and removed requirements, the orphaned evidence and the citing attestation', async () => {
    const created = await http.post<{ id: string; diff: DiffBody }>(
      '/v1/framework-version-mappings',
      {
        fromFrameworkId: baselineId,
        toFrameworkId: v2Id,
        entries: [
          { sourceRef: changed.ref, targetRef: changed.ref, relationship: 'subset-of', rationale: 'adds a retention period' },
          { sourceRef: removed.ref, relationship: 'no-relationship' },
        ],
      },
      cast.maker.owner.as,
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    mappingId = created.body.id;
    const report = await http.get<{
      requirements: DiffBody;
      workspaces: { workspaceId: string; evidenceNoLongerCovering: { title: string; refs: string[] }[]; attestationsCitingOldVersion: { id: string }[] }[];
    }>(`/v1/framework-version-mappings/${mappingId}/impact`, cast.maker.owner.as);
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    const r = report.body.requirements;
    expect(r.added.map((x) => x.ref)).toEqual(['DSER-NEW-1']);
    expect(r.removed.map((x) => x.ref)).toEqual([removed.ref]);
    expect(r.changed.map((x) => [x.from.ref, x.to.ref, x.relationship])).toEqual([[changed.ref, changed.ref, 'subset-of']]);
    const ws = report.body.workspaces.find((w) => w.workspaceId === cast.ws.id)!;
    expect(ws.evidenceNoLongerCovering).toEqual([{ evidenceId: expect.any(String), title: 'Orphaned evidence', refs: [removed.ref] }]);
    expect(ws.attestationsCitingOldVersion.map((a) => a.id)).toEqual([attestation.id]);
    expectProblem(
      await http.post('/v1/framework-version-mappings', { fromFrameworkId: baselineId, toFrameworkId: v2Id, entries: [] }, cast.maker.owner.as),
      409,
    );
  });

  it('moves the workspace when its owner chooses: links, applicability and verdicts carry for unchanged requirements; the attestation keeps its version', async () => {
    expectProblem(await http.post(`/v1/workspaces/${cast.ws.id}/framework-moves`, { mappingId }, cast.assessor.owner.as), 403);
    const moved = await http.post<{ carried: { evidenceLinks: number; applicability: number; verdicts: { ref: string; fromRef: string; outcome: string }[] } }>(
      `/v1/workspaces/${cast.ws.id}/framework-moves`,
      { mappingId },
      cast.maker.owner.as,
    );
    expect(moved.status, JSON.stringify(moved.body)).toBe(201);
    expect(moved.body.carried.evidenceLinks).toBe(1);
    expect(moved.body.carried.applicability).toBe(1);
    const carriedRefs = moved.body.carried.verdicts.map((v) => v.fromRef);
    expect(carriedRefs).toContain(keep.ref);
    expect(carriedRefs).not.toContain(changed.ref);
    expect(carriedRefs).not.toContain(removed.ref);
    expect(moved.body.carried.verdicts.find((v) => v.fromRef === keep.ref)).toMatchObject({ ref: keep.ref, outcome: 'satisfied' });

    const ws = await http.get<{ frameworkIds: string[] }>(`/v1/workspaces/${cast.ws.id}`, cast.maker.owner.as);
    expect(ws.body.frameworkIds).toContain(v2Id);
    expect(ws.body.frameworkIds).not.toContain(baselineId);
    const v2Reqs = (await http.get<{ data: Req[] }>(`/v1/frameworks/${v2Id}/requirements?limit=200`, cast.maker.owner.as)).body.data;
    const newKeep = v2Reqs.find((r) => r.ref === keep.ref)!;
    const ev = await http.get<{ links: { requirementId: string }[] }>(`/v1/workspaces/${cast.ws.id}/evidence/${keptEvidenceId}`, cast.maker.owner.as);
    expect(ev.body.links.map((l) => l.requirementId)).toEqual(expect.arrayContaining([keep.id, newKeep.id]));
    const soa = await http.get<{ data: { requirementId: string; applicable: boolean }[] }>(
      `/v1/workspaces/${cast.ws.id}/applicability?frameworkId=${v2Id}&limit=200`,
      cast.maker.owner.as,
    );
    expect(soa.body.data.find((x) => x.requirementId === v2Reqs.find((r) => r.ref === notApplicable.ref)!.id)?.applicable).toBe(false);
    const att = await http.get<{ frameworks: string[] }>(`/v1/workspaces/${cast.ws.id}/attestations/${attestation.id}`, cast.maker.owner.as);
    expect(JSON.stringify(att.body)).toContain(baselineId);
    const moves = await http.get<unknown[]>(`/v1/workspaces/${cast.ws.id}/framework-moves`, cast.assessor.owner.as);
    expect(moves.body).toHaveLength(1);
    expectProblem(await http.post(`/v1/workspaces/${cast.ws.id}/framework-moves`, { mappingId }, cast.maker.owner.as), 409);
  });

  it('edits metadata of own frameworks, refuses to delete a cited one, retires it, deletes an uncited one', async () => {
    const patched = await http.patch<{ title: string; note: string }>(
      `/v1/frameworks/${v2Id}`,
      { title: 'Digital Service Export Readiness 2.0', note: 'Final text' },
      cast.maker.owner.as,
    );
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body).toMatchObject({ title: 'Digital Service Export Readiness 2.0', note: 'Final text' });
    expectProblem(await http.patch(`/v1/frameworks/${baselineId}`, { title: 'Mine now' }, cast.maker.owner.as), 403);
    const cited = expectProblem(await http.del(`/v1/frameworks/${v2Id}`, cast.maker.owner.as), 409);
    expect(cited.citedBy).toMatchObject({ workspaces: 1, versionMappings: 1 });
    const retired = await http.post<{ retiredAt: string | null }>(`/v1/frameworks/${v2Id}/retire`, { reason: 'superseded by 2.1' }, cast.maker.owner.as);
    expect(retired.status, JSON.stringify(retired.body)).toBe(200);
    expect(retired.body.retiredAt).toEqual(expect.any(String));
    expect((await http.get(`/v1/frameworks/${v2Id}`, cast.maker.owner.as)).status).toBe(200);
    const spare = await http.post<{ id: string }>(
      '/v1/frameworks',
      { code: 'spare', title: 'Spare', version: '1', requirements: [{ ref: 'S-1', title: 'One' }] },
      cast.maker.owner.as,
    );
    expect((await http.del(`/v1/frameworks/${spare.body.id}`, cast.maker.owner.as)).status).toBe(204);
    expectProblem(await http.get(`/v1/frameworks/${spare.body.id}`, cast.maker.owner.as), 404);
  });

  it('takes the version mapping as an OSCAL 1.2 mapping collection, refusing a bad one by its path', async () => {
    const make = (version: string, reqs: { ref: string; title: string; statement: string }[]) =>
      http.post<{ id: string }>('/v1/frameworks', { code: 'oscal-versions', title: 'Versioned criteria', version, requirements: reqs }, cast.maker.owner.as);
    expect(
      (
        await make('1', [
          { ref: 'X-1', title: 'One', statement: 'one' },
          { ref: 'X-2', title: 'Two', statement: 'two' },
          { ref: 'X-3', title: 'Three', statement: 'three' },
        ])
      ).status,
    ).toBe(201);
    expect(
      (
        await make('2', [
          { ref: 'X-1', title: 'One', statement: 'one' },
          { ref: 'X-2', title: 'Two', statement: 'two, kept for five years' },
          { ref: 'X-4', title: 'Four', statement: 'four' },
        ])
      ).status,
    ).toBe(201);
    const doc = (relationship: string, target = 'oscal-versions@2') => ({
      'mapping-collection': {
        uuid: '7d0c6a2e-6f3a-4d4b-9a35-1f2e3d4c5b6a',
        metadata: { title: 'Versioned criteria 1 to 2', version: '1', 'last-modified': '2026-12-01T00:00:00Z', 'oscal-version': '1.2.2' },
        provenance: { method: 'human', 'matching-rationale': 'semantic', status: 'complete', 'mapping-description': 'Version 1 to version 2' },
        mappings: [
          {
            uuid: '5f1e2d3c-4b5a-4978-8e6d-5c4b3a291807',
            'source-resource': { type: 'catalog', href: 'urn:attesta:framework:oscal-versions@1' },
            'target-resource': { type: 'catalog', href: `urn:attesta:framework:${target}` },
            maps: [
              {
                uuid: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
                relationship,
                sources: [{ type: 'control', 'id-ref': 'X-2' }],
                targets: [{ type: 'control', 'id-ref': 'X-2' }],
                remarks: 'adds a retention period',
              },
            ],
          },
        ],
      },
    });
    const bad = expectProblem(await http.post('/v1/framework-version-mappings/import/oscal', doc('same-as'), cast.maker.owner.as), 422);
    expect(bad.errors?.[0]?.field).toMatch(/^mapping-collection\.mappings\.0\.maps\.0\.relationship$/);
    const unknown = expectProblem(
      await http.post('/v1/framework-version-mappings/import/oscal', doc('subset-of', 'oscal-versions@9'), cast.maker.owner.as),
      404,
    );
    expect(unknown.errors?.[0]?.field).toBe('mapping-collection.mappings.0.target-resource');
    // Another organization (user or API key) cannot name these versions: they are not its own (404).
    expectProblem(await http.post('/v1/framework-version-mappings/import/oscal', doc('subset-of'), cast.outsider.owner.as), 404);
    expectProblem(await http.post('/v1/framework-version-mappings/import/oscal', doc('subset-of'), outsiderKey), 404);
    const res = await http.post<{ diff: DiffBody; entries: { sourceRef: string; rationale?: string }[] }>(
      '/v1/framework-version-mappings/import/oscal',
      doc('subset-of'),
      cast.maker.owner.as,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.diff.added.map((r) => r.ref)).toEqual(['X-4']);
    expect(res.body.diff.removed.map((r) => r.ref)).toEqual(['X-3']);
    expect(res.body.diff.changed.map((c) => [c.from.ref, c.relationship])).toEqual([['X-2', 'subset-of']]);
    expect(res.body.entries).toEqual([{ sourceRef: 'X-2', targetRef: 'X-2', relationship: 'subset-of', rationale: 'adds a retention period' }]);
  });

  it('reports as no longer covering only evidence whose every link is to a requirement that does not carry', async () => {
    // A second workspace still on the old version: one item linked to the removed requirement only, one also to ISO/IEC 27001.
    const ws = await cast.factories.newWorkspace(cast.maker, cast.vendor.id);
    const [, alsoIso] = await workspaceWithEvidence({ http, maker: cast.maker, assessor: cast.assessor, ws }, [
      { requirementId: removed.id, title: 'Removed only' },
      { requirementId: removed.id, title: 'Also ISO/IEC 27001' },
    ]);
    const iso = (await http.get<{ data: Req[] }>(`/v1/frameworks/${ws.frameworkIds[1]}/requirements?limit=200`, cast.maker.owner.as)).body.data;
    const isoControl = iso.find((r) => r.kind === 'control')!;
    expect(
      (await http.post(`/v1/workspaces/${ws.id}/evidence/${alsoIso!.evidenceId}/links`, { requirementId: isoControl.id }, cast.maker.owner.as)).status,
    ).toBe(201);
    const report = await http.get<{ workspaces: { workspaceId: string; evidenceNoLongerCovering: { title: string; refs: string[] }[] }[] }>(
      `/v1/framework-version-mappings/${mappingId}/impact`,
      cast.maker.owner.as,
    );
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    const impact = report.body.workspaces.find((w) => w.workspaceId === ws.id)!;
    expect(impact.evidenceNoLongerCovering.map((e) => [e.title, e.refs])).toEqual([['Removed only', [removed.ref]]]);
  });

  it("maps only to the organization's own, unretired versions, from one OSCAL mapping; moves no workspace already on the new version, nor to a retired one", async () => {
    const version = async (v: string, refs: string[]) => {
      const res = await http.post<{ id: string }>(
        '/v1/frameworks',
        { code: 'moving-criteria', title: 'Moving criteria', version: v, requirements: refs.map((ref) => ({ ref, title: ref, statement: `${ref} text` })) },
        cast.maker.owner.as,
      );
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.id;
    };
    const [m1, m2, m3] = [await version('1', ['M-1', 'M-2', 'M-3']), await version('2', ['M-1', 'M-2']), await version('3', ['M-1'])];
    const mapping = (n: number, to: string) => ({
      uuid: crypto.randomUUID(),
      'source-resource': { type: 'catalog', href: 'urn:attesta:framework:moving-criteria@1' },
      'target-resource': { type: 'catalog', href: `urn:attesta:framework:moving-criteria@${to}` },
      maps: [
        {
          uuid: crypto.randomUUID(),
          relationship: 'no-relationship',
          sources: [{ type: 'control', 'id-ref': `M-${n}` }],
          // OSCAL wants a target on every map; with no-relationship it names none of the new version.
          targets: [{ type: 'control', 'id-ref': `M-${n}` }],
        },
      ],
    });
    const doc = (...mappings: ReturnType<typeof mapping>[]) => ({
      'mapping-collection': {
        uuid: crypto.randomUUID(),
        metadata: { title: 'Moving criteria', version: '1', 'last-modified': '2026-12-01T00:00:00Z', 'oscal-version': '1.2.2' },
        provenance: { method: 'human', 'matching-rationale': 'semantic', status: 'complete', 'mapping-description': 'Versions' },
        mappings,
      },
    });
    const several = expectProblem(
      await http.post('/v1/framework-version-mappings/import/oscal', doc(mapping(3, '2'), mapping(3, '3')), cast.maker.owner.as),
      422,
    );
    expect(several.errors?.map((e) => e.field)).toEqual(['mapping-collection.mappings']);
    const imported = await http.post<{ id: string; diff: DiffBody; entries: unknown[] }>(
      '/v1/framework-version-mappings/import/oscal',
      doc(mapping(3, '2')),
      cast.maker.owner.as,
    );
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    expect(imported.body.diff.removed.map((r) => r.ref)).toEqual(['M-3']);
    expect(imported.body.entries).toEqual([{ sourceRef: 'M-3', targetRef: null, relationship: 'no-relationship' }]);

    const notOwn = expectProblem(
      await http.post(
        '/v1/framework-version-mappings',
        { fromFrameworkId: baselineId, toFrameworkId: cast.ws.frameworkIds[1], entries: [] },
        cast.maker.owner.as,
      ),
      422,
    );
    expect(notOwn.errors).toContainEqual({ field: 'toFrameworkId', message: expect.stringContaining('own framework') });

    // A mapping relates two versions of one framework: not the old version to another framework of one's own.
    const other = await http.post<{ id: string }>(
      '/v1/frameworks',
      { code: 'other-criteria', title: 'Other criteria', version: '2', requirements: [{ ref: 'M-1', title: 'M-1', statement: 'M-1 text' }] },
      cast.maker.owner.as,
    );
    expect(other.status, JSON.stringify(other.body)).toBe(201);
    const anotherFramework = expectProblem(
      await http.post(
        '/v1/framework-version-mappings',
        { fromFrameworkId: m1, toFrameworkId: other.body.id, entries: [{ sourceRef: 'M-1', targetRef: 'M-1', relationship: 'equal-to' }] },
        cast.maker.owner.as,
      ),
      422,
    );
    expect(anotherFramework.errors).toEqual([{ field: 'toFrameworkId', message: 'must be a version of moving-criteria (it is other-criteria)' }]);

    const onBoth = await workspaceOn([m1, m2]);
    const already = expectProblem(await http.post(`/v1/workspaces/${onBoth}/framework-moves`, { mappingId: imported.body.id }, cast.maker.owner.as), 409);
    expect(already.errors).toEqual([{ field: 'mappingId', message: 'the workspace is already on the new version' }]);

    const onOld = await workspaceOn([m1]);
    expect((await http.post(`/v1/frameworks/${m2}/retire`, { reason: 'superseded by 3' }, cast.maker.owner.as)).status).toBe(200);
    const retired = expectProblem(await http.post(`/v1/workspaces/${onOld}/framework-moves`, { mappingId: imported.body.id }, cast.maker.owner.as), 409);
    expect(retired.errors).toEqual([{ field: 'mappingId', message: 'maps to a retired framework' }]);
    expect((await http.get<{ frameworkIds: string[] }>(`/v1/workspaces/${onOld}`, cast.maker.owner.as)).body.frameworkIds).toEqual([m1]);
    const toRetired = expectProblem(
      await http.post('/v1/framework-version-mappings', { fromFrameworkId: m3, toFrameworkId: m2, entries: [] }, cast.maker.owner.as),
      422,
    );
    expect(toRetired.errors).toEqual([{ field: 'toFrameworkId', message: 'is retired' }]);
  });

  it('carries the parameter values of unchanged controls on a move, not those of a changed control', async () => {
    const catalog = (version: string, c2: string) => ({
      catalog: {
        uuid: crypto.randomUUID(),
        metadata: { title: 'Session criteria', 'last-modified': '2026-12-01T00:00:00Z', version, 'oscal-version': '1.1.2' },
        controls: ['c-1', 'c-2'].map((id) => ({
          id,
          title: `Session rule ${id}`,
          params: [{ id: `${id}_prm_1`, label: 'a duration' }],
          parts: [{ id: `${id}_smt`, name: 'statement', prose: `Sessions lock after {{ insert: param, ${id}_prm_1 }}${id === 'c-2' ? c2 : ''}.` }],
        })),
      },
    });
    const [v1, v2] = await Promise.all(
      [catalog('1', ''), catalog('2', ' of inactivity, or at once on request')].map(async (doc) => {
        const res = await http.post<{ framework: { id: string } }>('/v1/frameworks/import/oscal?code=session-criteria', doc, cast.maker.owner.as);
        expect(res.status, JSON.stringify(res.body)).toBe(201);
        return res.body.framework.id;
      }),
    );
    const ws = await workspaceOn([v1!]);
    const set = await http.put(
      `/v1/workspaces/${ws}/frameworks/${v1}/oscal/parameters`,
      {
        parameters: [
          { paramId: 'c-1_prm_1', values: ['15 minutes'] },
          { paramId: 'c-2_prm_1', values: ['5 minutes'] },
        ],
      },
      cast.maker.owner.as,
    );
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    const mapping = await http.post<{ id: string; diff: DiffBody }>(
      '/v1/framework-version-mappings',
      { fromFrameworkId: v1, toFrameworkId: v2, entries: [] },
      cast.maker.owner.as,
    );
    expect(mapping.status, JSON.stringify(mapping.body)).toBe(201);
    expect(mapping.body.diff.changed).toHaveLength(1);
    const moved = await http.post<{ carried: { parameterValues: number } }>(
      `/v1/workspaces/${ws}/framework-moves`,
      { mappingId: mapping.body.id },
      cast.maker.owner.as,
    );
    expect(moved.status, JSON.stringify(moved.body)).toBe(201);
    expect(moved.body.carried.parameterValues).toBe(1);
    const params = await http.get<{ paramId: string; values: string[] }[]>(`/v1/workspaces/${ws}/frameworks/${v2}/oscal/parameters`, cast.maker.owner.as);
    expect(params.status, JSON.stringify(params.body)).toBe(200);
    expect(params.body.map((p) => [p.paramId, p.values])).toEqual([['c-1_prm_1', ['15 minutes']]]);
  });

  it("another organization's user and API key get 404 or 403 on every route", async () => {
    for (const as of [cast.outsider.owner.as, outsiderKey]) {
      for (const res of [
        await http.get(`/v1/framework-version-mappings/${mappingId}`, as),
        await http.get(`/v1/framework-version-mappings/${mappingId}/impact`, as),
        await http.get(`/v1/workspaces/${cast.ws.id}/framework-moves`, as),
        await http.post(`/v1/workspaces/${cast.ws.id}/framework-moves`, { mappingId }, as),
        await http.patch(`/v1/frameworks/${v2Id}`, { title: 'Hijacked' }, as),
        await http.post(`/v1/frameworks/${v2Id}/retire`, {}, as),
        await http.del(`/v1/frameworks/${v2Id}`, as),
        await http.post('/v1/framework-version-mappings', { fromFrameworkId: baselineId, toFrameworkId: v2Id, entries: [] }, as),
      ]) {
        expect([403, 404]).toContain(res.status);
        expectProblem(res, res.status);
      }
    }
    // The user (who may read frameworks and write mappings in its own organization) gets 404, never someone else's data.
    expectProblem(await http.get(`/v1/framework-version-mappings/${mappingId}`, cast.outsider.owner.as), 404);
    expectProblem(await http.patch(`/v1/frameworks/${v2Id}`, { title: 'Hijacked' }, cast.outsider.owner.as), 404);
    // So do the workspace's other participants, though the workspace cites it: it is the maker's to change, and none of theirs.
    for (const org of [cast.procurer, cast.assessor, cast.vendor]) {
      expectProblem(await http.patch(`/v1/frameworks/${v2Id}`, { title: 'Hijacked' }, org.owner.as), 404);
      expectProblem(await http.post(`/v1/frameworks/${v2Id}/retire`, {}, org.owner.as), 404);
      expectProblem(await http.del(`/v1/frameworks/${v2Id}`, org.owner.as), 404);
    }
    expect((await http.get<{ title: string }>(`/v1/frameworks/${v2Id}`, cast.maker.owner.as)).body.title).toBe('Digital Service Export Readiness 2.0');
  });
});
