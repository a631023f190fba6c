import { Db, MemberRole, OrganizationKind, scopeOf, systemScope, type Actor } from '@attesta/core';
import { forgetWorkspaceContext, loadWorkspaceContext } from '@attesta/workspaces';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestOrg } from '../setup/factories.js';
import { authHeaders, client, type Client } from '../setup/http.js';
import { streamUpload } from '../setup/multipart.js';
import { countQueries } from '../setup/query-count.js';
import { judgeAll, submissionEntries } from '../setup/review-helpers.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { workspaceFactories, type TestWorkspace } from '../setup/workspace-factories.js';

/**
 * The workspace context (the workspace and the acting organization's participation) is
 * loaded once per transaction, in one statement. Before the per-transaction cache, recording
 * a verdict took 18 statements (the context in 2) and issuing an attestation 54 (the context
 * loaded three times, 6 statements): the budgets below are the counts with the cache.
 */

/** Statements that read the acting organization's participation (the workspace context). */
const contextLoads = (statements: readonly string[]) => statements.filter((s) => /FROM "workspace_participants"|JOIN "workspace_participants"/.test(s)).length;

describe('workspace context per transaction', () => {
  let t: TestApp;
  let http: Client;
  let queries: ReturnType<typeof countQueries>;
  let maker: TestOrg;
  let assessor: TestOrg;
  let ws: TestWorkspace;
  let number: number;

  beforeAll(async () => {
    t = await createTestApp();
    http = client(t.baseUrl);
    queries = countQueries(t.app.get(DataSource));
    const w = workspaceFactories(http);
    const vendor = await w.newOrganization(OrganizationKind.ServiceVendor);
    maker = await w.newOrganization(OrganizationKind.Manufacturer);
    assessor = await w.newVerifiedAssessor();
    ws = await w.newWorkspace(maker, vendor.id);
    await w.join(maker, ws, vendor, 'contributor');
    await w.join(maker, ws, assessor, 'assessor');
    const wsBase = `/v1/workspaces/${ws.id}`;
    const rows = await http.get<{ data: { requirementId: string }[] }>(`${wsBase}/applicability?limit=1`, maker.owner.as);
    const e = await http.post<{ id: string }>(
      `${wsBase}/evidence`,
      { type: 'test_report', title: 'Machine test report', confidentiality: 'internal', effectiveDate: '2026-01-01', componentId: ws.hardwareComponentId },
      maker.owner.as,
    );
    expect(e.status, JSON.stringify(e.body)).toBe(201);
    const up = await streamUpload(`${t.baseUrl}${wsBase}/evidence/${e.body.id}/versions`, authHeaders(maker.owner.as), {
      filename: 'report.txt',
      contentType: 'text/plain',
      size: 256,
    });
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    expect((await http.post(`${wsBase}/evidence/${e.body.id}/links`, { requirementId: rows.body.data[0]!.requirementId }, maker.owner.as)).status).toBe(201);
    const sub = await http.post<{ number: number }>(`${wsBase}/submissions`, { note: 'For attestation' }, maker.owner.as);
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
    number = sub.body.number;
  }, 120_000);

  afterAll(async () => {
    queries?.restore();
    await t?.close();
  });

  it('recording a verdict loads the workspace context once, in one statement', async () => {
    const [first, second] = await submissionEntries(http, ws.id, number, assessor.owner.as);
    const put = (requirementId: string) =>
      http.put(
        `/v1/workspaces/${ws.id}/submissions/${number}/verdicts/${requirementId}`,
        { outcome: 'satisfied', comment: 'Seen on site.' },
        assessor.owner.as,
      );
    // The first verdict starts the review; the second is the steady state measured.
    expect((await put(first!.requirementId)).status).toBe(200);
    queries.reset();
    const res = await put(second!.requirementId);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(contextLoads(queries.statements)).toBe(1);
    expect(queries.count).toBeLessThanOrEqual(17);
  });

  it('issuing an attestation loads the workspace context once for its three checks', async () => {
    const wsBase = `/v1/workspaces/${ws.id}`;
    await judgeAll(http, ws.id, number, assessor.owner.as);
    const today = new Date().toISOString().slice(0, 10);
    const until = new Date(Date.now() + 730 * 86_400_000).toISOString().slice(0, 10);
    const d = await http.post<{ id: string }>(
      `${wsBase}/submissions/${number}/decision`,
      { outcome: 'conformant', scopeStatement: 'VMC-850 rev C with the predictive-maintenance SaaS 4.2.0', validFrom: today, validUntil: until },
      assessor.owner.as,
    );
    expect(d.status, JSON.stringify(d.body)).toBe(201);
    queries.reset();
    const issued = await http.post<{ id: string }>(`${wsBase}/attestations`, { decisionId: d.body.id, accredited: false }, assessor.owner.as);
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    // issueFromDecision, the reviews lib's decision read model and issue() each check it.
    expect(contextLoads(queries.statements)).toBe(1);
    expect(queries.count).toBeLessThanOrEqual(49);
  });

  it('the cache lives as long as its transaction, follows a nested scope, and forgets on request', async () => {
    const db = t.app.get(Db);
    const actor: Actor = {
      kind: 'user',
      userId: maker.owner.userId,
      organizationId: maker.id,
      organizationKind: OrganizationKind.Manufacturer,
      role: MemberRole.Owner,
    };
    queries.reset();
    const seen = await db.tx(scopeOf(actor), async (em) => {
      const first = await loadWorkspaceContext(em, actor, ws.id);
      const again = await loadWorkspaceContext(em, actor, ws.id);
      const loadsBefore = contextLoads(queries.statements);
      // Another scope on the same connection sees what its own settings allow, not the cached rows.
      const nested = await db.tx(systemScope('test: workspace context under no organization'), (inner) =>
        loadWorkspaceContext(inner, actor, ws.id).then(
          () => 'loaded',
          (e: { code?: string }) => e.code,
        ),
      );
      const afterNested = await loadWorkspaceContext(em, actor, ws.id);
      forgetWorkspaceContext(em, ws.id);
      await loadWorkspaceContext(em, actor, ws.id);
      return { same: first === again && again === afterNested, role: first.role, loadsBefore, nested, loads: contextLoads(queries.statements) };
    });
    expect(seen).toEqual({ same: true, role: 'owner', loadsBefore: 1, nested: 'workspaces.workspace_not_found', loads: 3 });
    // A new transaction loads afresh.
    await db.tx(scopeOf(actor), (em) => loadWorkspaceContext(em, actor, ws.id));
    expect(contextLoads(queries.statements)).toBe(4);
  });
});
