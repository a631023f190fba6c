import { OrganizationKind } from '@attesta/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories, type TestOrg } from '../setup/factories.js';
import { client, expectProblem, type Client, type Credentials } from '../setup/http.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { builtInFrameworks } from '../setup/workspace-factories.js';

describe('Idempotency keys and rate limits (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let procurer: TestOrg;
  let key: Credentials;
  let dser: string;

  beforeAll(async () => {
    t = await createTestApp({ env: { RATE_LIMIT_API_KEY_PER_MINUTE: '12' } });
    http = client(t.baseUrl);
    const f = factories(http);
    procurer = await f.newOrganization(OrganizationKind.Procurer);
    key = (await f.newApiKey(procurer, ['tenders:read', 'tenders:write', 'conformity:read'])).as;
    dser = (await builtInFrameworks(http, procurer.owner.as))['attesta-dser']!;
  });
  afterAll(async () => {
    await t?.close();
  });

  const tender = (ocid: string, title = 'Lot 1') => ({
    ocid,
    title,
    buyer: 'Buyer',
    deadline: new Date(Date.now() + 86400_000).toISOString(),
    requirements: [{ frameworkId: dser, minimumOutcome: 'conformant' }],
    markets: ['TH'],
  });

  it('replays the first result to a retry with the same key, and refuses the key with another body', async () => {
    const headers = { 'idempotency-key': 'tender-create-0001' };
    const body = tender('ocds-abc123-0001');
    const first = await http.call<{ id: string }>('POST', '/v1/tenders', { body, as: procurer.owner.as, headers });
    expect(first.status).toBe(201);
    const retry = await http.call<{ id: string }>('POST', '/v1/tenders', { body, as: procurer.owner.as, headers });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body.id).toBe(first.body.id);
    const tenders = await http.get<{ data: { id: string }[] }>('/v1/tenders', procurer.owner.as);
    expect(tenders.body.data.filter((x) => x.id === first.body.id)).toHaveLength(1);
    const other = await http.call('POST', '/v1/tenders', { body: tender('ocds-abc123-0002', 'Lot 2'), as: procurer.owner.as, headers });
    expect(expectProblem(other, 422).errors?.[0]?.field).toBe('Idempotency-Key');
    // A failed attempt is forgotten: the corrected retry runs.
    const bad = await http.call('POST', '/v1/tenders', {
      body: { ...tender('ocds-abc123-0003'), deadline: '2001-01-01T00:00:00Z' },
      as: procurer.owner.as,
      headers: { 'idempotency-key': 'tender-create-0003' },
    });
    expectProblem(bad, 400);
    const fixed = await http.call('POST', '/v1/tenders', {
      body: tender('ocds-abc123-0003'),
      as: procurer.owner.as,
      headers: { 'idempotency-key': 'tender-create-0003' },
    });
    expect(fixed.status).toBe(201);
    expectProblem(
      await http.call('POST', '/v1/tenders', { body: tender('ocds-abc123-0004'), as: procurer.owner.as, headers: { 'idempotency-key': 'bad key!' } }),
      400,
    );
  });

  it("replays an API key's retry with the first answer exactly, and keeps each organization's keys its own", async () => {
    const headers = { 'idempotency-key': 'tender-create-key-0001' };
    const body = tender('ocds-abc123-0101');
    const first = await http.call<Record<string, unknown>>('POST', '/v1/tenders', { body, as: key, headers });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const retry = await http.call<Record<string, unknown>>('POST', '/v1/tenders', { body, as: key, headers });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.headers.get('content-type')).toMatch(/^application\/json/);
    expect(retry.body).toEqual(first.body);
    // The same key string from another organization (another tender: OCIDs are unique) is that organization's own request: it runs.
    const other = await factories(http).newOrganization(OrganizationKind.Procurer);
    const theirs = await http.call<{ id: string }>('POST', '/v1/tenders', { body: { ...body, ocid: 'ocds-abc123-0102' }, as: other.owner.as, headers });
    expect(theirs.status).toBe(201);
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
    expect(theirs.body.id).not.toBe(first.body.id);
  });

  it('limits each API key with RateLimit headers and Retry-After', async () => {
    const seen: number[] = [];
    let last: Awaited<ReturnType<Client['get']>> | undefined;
    for (let i = 0; i < 14; i++) {
      last = await http.get('/v1/tenders', key);
      seen.push(last.status);
      if (last.status === 429) break;
      expect(last.headers.get('ratelimit-limit')).toBe('12');
      expect(Number(last.headers.get('ratelimit-remaining'))).toBeGreaterThanOrEqual(0);
    }
    expect(seen.filter((s) => s === 200).length).toBeGreaterThan(0);
    expect(seen.at(-1)).toBe(429);
    expectProblem(last!, 429);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another caller's budget is its own.
    expect((await http.get('/v1/tenders', procurer.owner.as)).status).toBe(200);
  });
});
