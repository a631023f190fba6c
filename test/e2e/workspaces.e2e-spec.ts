import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestOrg } from '../setup/factories.js';
import { client, expectProblem, type Client } from '../setup/http.js';
import { assessmentCast, type AssessmentCast } from '../setup/scenario.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { workspaceFactories, type TestWorkspace } from '../setup/workspace-factories.js';

describe('Offerings and workspaces (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let w: AssessmentCast['factories'];
  let maker: TestOrg;
  let vendor: TestOrg;
  let assessor: TestOrg;
  let procurer: TestOrg;
  let outsider: TestOrg;
  let ws: TestWorkspace;

  beforeAll(async () => {
    t = await createTestApp();
    http = client(t.baseUrl);
    // Nobody joins yet: the tests below invite and accept.
    ({ maker, vendor, assessor, procurer, outsider, ws, factories: w } = await assessmentCast(http, { join: [] }));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('creates a workspace for two frameworks and the markets VN and TH', async () => {
    const res = await http.get<{ targetMarkets: string[]; frameworkIds: string[]; myRole: string }>(`/v1/workspaces/${ws.id}`, maker.owner.as);
    expect(res.body).toMatchObject({ targetMarkets: ['TH', 'VN'], myRole: 'owner' });
    expect(res.body.frameworkIds).toHaveLength(2);
  });

  it('invites vendor (contributor for the SaaS component), assessor and procurer; each accepts and sees what its role allows', async () => {
    // Before accepting, an invited organization sees the workspace but nothing inside.
    await http.post(
      `/v1/workspaces/${ws.id}/participants`,
      { organizationId: vendor.id, role: 'contributor', componentIds: [ws.saasComponentId] },
      maker.owner.as,
    );
    expect((await http.get<{ myRole: string }>(`/v1/workspaces/${ws.id}`, vendor.owner.as)).body.myRole).toBe('invited');
    expectProblem(await http.get(`/v1/workspaces/${ws.id}/participants`, vendor.owner.as), 404);
    expect((await http.post(`/v1/workspaces/${ws.id}/invitation`, { answer: 'accept' }, vendor.owner.as)).status).toBe(200);
    await w.join(maker, ws, assessor, 'assessor');
    await w.join(maker, ws, procurer, 'observer');

    const participants = await http.get<{ data: { organizationId: string; role: string; status: string; componentIds: string[] }[] }>(
      `/v1/workspaces/${ws.id}/participants`,
      vendor.owner.as,
    );
    expect(participants.body.data.map((p) => `${p.role}:${p.status}`).sort()).toEqual([
      'assessor:accepted',
      'contributor:accepted',
      'observer:accepted',
      'owner:accepted',
    ]);
    expect(participants.body.data.find((p) => p.role === 'contributor')!.componentIds).toEqual([ws.saasComponentId]);

    for (const [org, role] of [
      [vendor, 'contributor'],
      [assessor, 'assessor'],
      [procurer, 'observer'],
    ] as const) {
      expect((await http.get<{ myRole: string }>(`/v1/workspaces/${ws.id}`, org.owner.as)).body.myRole).toBe(role);
      const offering = await http.get<{ components: unknown[] }>(`/v1/offerings/${ws.offeringId}`, org.owner.as);
      expect(offering.status).toBe(200);
      expect(offering.body.components).toHaveLength(2);
      const audit = await http.get<{ data: { action: string }[] }>(`/v1/workspaces/${ws.id}/participants`, org.owner.as);
      expect(audit.status).toBe(200);
    }
    // The statement of applicability: contributors and assessors read it, observers don't; only the owner edits it.
    expect((await http.get(`/v1/workspaces/${ws.id}/applicability`, vendor.owner.as)).status).toBe(200);
    expect((await http.get(`/v1/workspaces/${ws.id}/applicability`, assessor.owner.as)).status).toBe(200);
    expectProblem(await http.get(`/v1/workspaces/${ws.id}/applicability`, procurer.owner.as), 403);
    const first = (await http.get<{ data: { requirementId: string }[] }>(`/v1/workspaces/${ws.id}/applicability?limit=2`, maker.owner.as)).body.data[0]!;
    expectProblem(
      await http.put(
        `/v1/workspaces/${ws.id}/applicability`,
        { items: [{ requirementId: first.requirementId, applicable: false, justification: 'x' }] },
        vendor.owner.as,
      ),
      403,
    );
    // Vendors cannot change the manufacturer's offering.
    expectProblem(
      await http.call('PATCH', `/v1/offerings/${ws.offeringId}`, { body: { name: 'hijacked' }, as: vendor.owner.as, headers: { 'if-match': '"1"' } }),
      403,
    );
  });

  it('lets an invited organization decline; its answer is chained into the workspace audit log', async () => {
    const other = await w.newWorkspace(maker, vendor.id);
    await http.post(`/v1/workspaces/${other.id}/participants`, { organizationId: assessor.id, role: 'assessor' }, maker.owner.as);
    const declined = await http.post<{ status: string }>(`/v1/workspaces/${other.id}/invitation`, { answer: 'decline' }, assessor.owner.as);
    expect(declined.status, JSON.stringify(declined.body)).toBe(200);
    expect(declined.body.status).toBe('declined');
    expectProblem(await http.get(`/v1/workspaces/${other.id}`, assessor.owner.as), 404);
    expectProblem(await http.post(`/v1/workspaces/${other.id}/invitation`, { answer: 'accept' }, assessor.owner.as), 404);
    const participants = await http.get<{ data: { organizationId: string; status: string }[] }>(
      `/v1/workspaces/${other.id}/participants?limit=200`,
      maker.owner.as,
    );
    expect(participants.body.data.find((p) => p.organizationId === assessor.id)?.status).toBe('declined');
    const audit = await http.get<{ data: { action: string; seq: number }[] }>(`/v1/workspaces/${other.id}/audit-events?limit=200`, maker.owner.as);
    expect(audit.status, JSON.stringify(audit.body)).toBe(200);
    expect(audit.body.data.map((e) => e.action)).toContain('participant.declined');
    const verified = await http.get<{ valid: boolean }>(`/v1/workspaces/${other.id}/audit-events/verify`, maker.owner.as);
    expect(verified.body.valid).toBe(true);
  });

  it('keeps a fifth organization out of every workspace endpoint (404)', async () => {
    const as = outsider.owner.as;
    const participantId = (await http.get<{ data: { id: string; role: string }[] }>(`/v1/workspaces/${ws.id}/participants`, maker.owner.as)).body.data.find(
      (p) => p.role === 'contributor',
    )!.id;
    const calls = [
      http.get(`/v1/workspaces/${ws.id}`, as),
      http.call('PATCH', `/v1/workspaces/${ws.id}`, { body: { name: 'x' }, as, headers: { 'if-match': '"1"' } }),
      http.get(`/v1/workspaces/${ws.id}/participants`, as),
      http.post(`/v1/workspaces/${ws.id}/participants`, { organizationId: outsider.id, role: 'observer' }, as),
      http.del(`/v1/workspaces/${ws.id}/participants/${participantId}`, as),
      http.post(`/v1/workspaces/${ws.id}/invitation`, { answer: 'accept' }, as),
      http.get(`/v1/workspaces/${ws.id}/applicability`, as),
      http.put(`/v1/workspaces/${ws.id}/applicability`, { items: [{ requirementId: participantId, applicable: true }] }, as),
      http.get(`/v1/offerings/${ws.offeringId}`, as),
      http.get(`/v1/workspaces/${ws.id}/audit-events`, as),
      http.get(`/v1/workspaces/${ws.id}/audit-events/verify`, as),
      http.get(`/v1/workspaces/${ws.id}/audit-events/export`, as),
    ];
    for (const res of await Promise.all(calls)) expectProblem(res, 404);
    // Nor does an API key of that organization read the workspace's audit stream.
    const key = await w.newApiKey(outsider, ['audit:read', 'workspaces:read']);
    expectProblem(await http.get(`/v1/workspaces/${ws.id}/audit-events`, { apiKey: key.key }), 404);
    expectProblem(await http.get(`/v1/workspaces/${ws.id}/audit-events/verify`, { apiKey: key.key }), 404);
    const list = await http.get<{ data: unknown[] }>('/v1/workspaces', as);
    expect(list.body.data).toEqual([]);
  });

  it('refuses an assessor as contributor, and a second role for an assessor (impartiality)', async () => {
    const other = await w.newWorkspace(maker);
    const wrongKind = expectProblem(
      await http.post(
        `/v1/workspaces/${other.id}/participants`,
        { organizationId: assessor.id, role: 'contributor', componentIds: [other.saasComponentId] },
        maker.owner.as,
      ),
      422,
    );
    expect(wrongKind.errors?.[0]?.field).toBe('role');
    await w.join(maker, other, assessor, 'assessor');
    expectProblem(await http.post(`/v1/workspaces/${other.id}/participants`, { organizationId: assessor.id, role: 'observer' }, maker.owner.as), 409);
  });

  it('validates markets, frameworks and the statement of applicability', async () => {
    const offering = await w.newOffering(maker);
    const bad = expectProblem(
      await http.post(
        '/v1/workspaces',
        { offeringId: offering.id, name: 'x', frameworkIds: ws.frameworkIds, targetMarkets: ['VN', 'XX', 'THA'] },
        maker.owner.as,
      ),
      400,
    );
    expect(bad.code).toBe('workspaces.invalid_market');
    expect(bad.detail).toMatch(/XX/);
    expectProblem(
      await http.post('/v1/workspaces', { offeringId: offering.id, name: 'x', frameworkIds: [offering.id], targetMarkets: ['VN'] }, maker.owner.as),
      400,
    );

    const rows = (
      await http.get<{ data: { requirementId: string; applicable: boolean; stated: boolean }[]; nextCursor: string | null }>(
        `/v1/workspaces/${ws.id}/applicability?limit=3`,
        maker.owner.as,
      )
    ).body;
    expect(rows.data.every((r) => r.applicable && !r.stated)).toBe(true);
    expect(rows.nextCursor).not.toBeNull();
    const noWhy = expectProblem(
      await http.put(`/v1/workspaces/${ws.id}/applicability`, { items: [{ requirementId: rows.data[0]!.requirementId, applicable: false }] }, maker.owner.as),
      400,
    );
    expect(noWhy.errors?.[0]?.field).toBe('items.0.justification');
    const set = await http.put<{ updated: number }>(
      `/v1/workspaces/${ws.id}/applicability`,
      {
        items: [
          { requirementId: rows.data[0]!.requirementId, applicable: false, justification: 'No end-user data is processed.' },
          { requirementId: rows.data[1]!.requirementId, applicable: true, componentIds: [ws.saasComponentId] },
        ],
      },
      maker.owner.as,
    );
    expect(set.body.updated).toBe(2);
    const after = (
      await http.get<{ data: { requirementId: string; applicable: boolean; stated: boolean; componentIds: string[] }[] }>(
        `/v1/workspaces/${ws.id}/applicability?limit=3`,
        maker.owner.as,
      )
    ).body.data;
    expect(after[0]).toMatchObject({ applicable: false, stated: true });
    expect(after[1]).toMatchObject({ applicable: true, stated: true, componentIds: [ws.saasComponentId] });
  });

  it('uses ETag / If-Match for workspace updates', async () => {
    const current = await http.get<{ version: number }>(`/v1/workspaces/${ws.id}`, maker.owner.as);
    expect(current.headers.get('etag')).toBe(`"${current.body.version}"`);
    expectProblem(await http.patch(`/v1/workspaces/${ws.id}`, { name: 'renamed' }, maker.owner.as), 428);
    // `*` names no version: it would overwrite whatever is there.
    expectProblem(await http.call('PATCH', `/v1/workspaces/${ws.id}`, { body: { name: 'renamed' }, as: maker.owner.as, headers: { 'if-match': '*' } }), 428);
    const ok = await http.call<{ version: number; name: string }>('PATCH', `/v1/workspaces/${ws.id}`, {
      body: { name: 'renamed' },
      as: maker.owner.as,
      headers: { 'if-match': `"${current.body.version}"` },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.version).toBe(current.body.version + 1);
    expectProblem(
      await http.call('PATCH', `/v1/workspaces/${ws.id}`, {
        body: { name: 'stale' },
        as: maker.owner.as,
        headers: { 'if-match': `"${current.body.version}"` },
      }),
      412,
    );
  });

  it("takes the offering's ETag as If-Match on a component change when sent: a stale one changes nothing", async () => {
    const offering = await workspaceFactories(http).newOffering(maker);
    const path = `/v1/offerings/${offering.id}/components/${offering.saasComponentId}`;
    const read = await http.get<{ version: number }>(`/v1/offerings/${offering.id}`, maker.owner.as);
    expect(read.headers.get('etag')).toBe(`"${read.body.version}"`);
    const change = (version: string, ifMatch: number) =>
      http.call<{ version: string }>('PATCH', path, { body: { version }, as: maker.owner.as, headers: { 'if-match': `"${ifMatch}"` } });
    const ok = await change('4.3.0', read.body.version);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    // The same read again: someone (this caller) changed it since.
    expect(expectProblem(await change('9.9.9', read.body.version), 412)).toMatchObject({ currentVersion: read.body.version + 1 });
    const after = await http.get<{ version: number; components: { id: string; version: string }[] }>(`/v1/offerings/${offering.id}`, maker.owner.as);
    expect(after.body.version).toBe(read.body.version + 1);
    expect(after.body.components.find((c) => c.id === offering.saasComponentId)!.version).toBe('4.3.0');
  });

  it('records the workspace history in its own hash-chained stream', async () => {
    const events = await http.get<{ data: { action: string }[] }>(`/v1/workspaces/${ws.id}/audit-events?limit=200`, maker.owner.as);
    expect(events.status, JSON.stringify(events.body)).toBe(200);
    expect(events.body.data.map((e) => e.action)).toEqual(
      expect.arrayContaining(['workspace.created', 'participant.invited', 'participant.accepted', 'applicability.updated']),
    );
    const verified = await http.get<{ valid: boolean; checked: number }>(`/v1/workspaces/${ws.id}/audit-events/verify`, maker.owner.as);
    expect(verified.body).toMatchObject({ valid: true, checked: events.body.data.length });
  });
});
