import { OrganizationKind, newId } from '@attesta/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestOrg } from '../setup/factories.js';
import { client, type Client, type Credentials } from '../setup/http.js';
import { attestedSupplier, isoDay } from '../setup/scenario.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { builtInFrameworks, workspaceFactories } from '../setup/workspace-factories.js';

/**
 * Upper bounds on the database round trips of the three hot routes (issue: ≤ 2 per
 * authenticated request). `pg` neither pipelines nor batches: every `Client.query` call
 * sends one request (a simple query, or Parse/Bind/Execute/Sync) and waits for
 * ReadyForQuery before the next, so the calls counted here are the round trips. A
 * multi-statement text sent in one call counts once. Lower a bound when the count drops;
 * a regression (one more round trip) fails. Not timing-based.
 *
 * Where they go: authentication (API key or session membership) is served from the
 * in-process AuthCache once warm (invalidated over Redis pub/sub; no database round trip);
 * the conformity check and the bids send their reads as one `Db.statements` text (begin,
 * settings, the statements, commit: 1); the workspace is one statement in `Db.tx` (begin +
 * settings + statement, then COMMIT: 2).
 */
const BOUNDS = {
  'POST /v1/conformity-checks (API key)': 1,
  'GET /v1/tenders/{id}/bids (API key)': 1,
  'GET /v1/workspaces/{id} (session)': 1,
};

/** Every `pg` request of this process (the booted app's pool included), with its text. */
function recordRoundTrips(): { readonly texts: string[]; restore(): void } {
  const texts: string[] = [];
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const q = args[0];
    texts.push(typeof q === 'string' ? q : String((q as { text?: string } | null)?.text ?? '?'));
    return original.apply(this, args);
  };
  return { texts, restore: () => (proto.query = original) };
}

describe('Hot-path round trips (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let maker: TestOrg;
  let procurerKey: Credentials;
  let workspaceId: string;
  let tenderId: string;
  let checkBody: Record<string, unknown>;

  beforeAll(async () => {
    t = await createTestApp();
    http = client(t.baseUrl);
    const w = workspaceFactories(http);
    const [m, assessor, procurer] = await Promise.all([
      w.newOrganization(OrganizationKind.Manufacturer),
      w.newVerifiedAssessor(),
      w.newOrganization(OrganizationKind.Procurer),
    ]);
    maker = m;
    const dser = (await builtInFrameworks(http, maker.owner.as))['attesta-dser']!;
    procurerKey = (await w.newApiKey(procurer, ['tenders:read', 'tenders:write', 'conformity:read'])).as;
    const { ws, attestation } = await attestedSupplier(http, assessor, {
      maker,
      frameworkCodes: ['attesta-dser'],
      targetMarkets: ['TH', 'VN'],
      decision: { validUntil: isoDay(400) },
      evidence: [{ effectiveDate: isoDay(-30), validUntil: isoDay(300) }],
    });
    workspaceId = ws.id;
    const tender = await http.post<{ id: string }>(
      '/v1/tenders',
      {
        ocid: `ocds-tiepo1-${newId()}`,
        title: 'CNC machining centres with predictive maintenance',
        buyer: 'Thai Industrial Estate Procurement Office',
        deadline: new Date(Date.now() + 14 * 86_400_000).toISOString(),
        requirements: [{ frameworkId: dser, minimumOutcome: 'conformant' }],
        markets: ['TH'],
        maxEvidenceAgeDays: 365,
        accreditedIssuersOnly: true,
      },
      procurerKey,
    );
    expect(tender.status, JSON.stringify(tender.body)).toBe(201);
    tenderId = tender.body.id;
    const bid = await http.post(`/v1/tenders/${tenderId}/bids`, { offeringId: ws.offeringId, attestationIds: [attestation.id] }, maker.owner.as);
    expect(bid.status, JSON.stringify(bid.body)).toBe(201);
    checkBody = { offeringId: ws.offeringId, requirements: [{ frameworkId: dser, minimumOutcome: 'conformant' }], markets: ['TH'] };
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  const routes = (): [keyof typeof BOUNDS, () => Promise<{ status: number; body: unknown }>][] => [
    ['POST /v1/conformity-checks (API key)', () => http.post('/v1/conformity-checks', checkBody, procurerKey)],
    ['GET /v1/tenders/{id}/bids (API key)', () => http.get(`/v1/tenders/${tenderId}/bids`, procurerKey)],
    ['GET /v1/workspaces/{id} (session)', () => http.get(`/v1/workspaces/${workspaceId}`, maker.owner.as)],
  ];

  it.each(Object.keys(BOUNDS) as (keyof typeof BOUNDS)[])(
    '%s stays within its round-trip bound',
    async (name) => {
      const send = routes().find(([n]) => n === name)![1];
      // Warm-up: pool connections opened, caches filled; the steady state is what is bounded.
      for (let i = 0; i < 2; i++) expect((await send()).status).toBe(200);
      const counts: number[] = [];
      for (let i = 0; i < 3; i++) {
        const rec = recordRoundTrips();
        try {
          const res = await send();
          expect(res.status, JSON.stringify(res.body)).toBe(200);
        } finally {
          rec.restore();
        }
        counts.push(rec.texts.length);
        if (i === 0)
          process.stdout.write(`${name}: ${rec.texts.length} round trips\n${rec.texts.map((s) => `  ${s.replace(/\s+/g, ' ').slice(0, 140)}`).join('\n')}\n`);
      }
      // The same request costs the same every time (no hidden per-request drift).
      expect(new Set(counts).size).toBe(1);
      expect(counts[0]).toBeGreaterThan(0);
      expect(counts[0]).toBeLessThanOrEqual(BOUNDS[name]);
    },
    60_000,
  );
});
