import { OrganizationKind } from '@attesta/core';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signupBody } from '../../libs/identity/src/testing/identity.factory.js';
import { factories, type TestOrg } from '../setup/factories.js';
import { client, expectProblem, type Client, type HttpResult } from '../setup/http.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { workspaceFactories, type TestWorkspace } from '../setup/workspace-factories.js';

const cursorOf = (values: unknown[]) => Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');

/** Sends a raw body (or a raw path) the JSON client cannot express. */
function raw(baseUrl: string, method: string, path: string, body: string | undefined, headers: Record<string, string>): Promise<HttpResult> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const h = new Headers();
        for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') h.set(k, v);
        let parsed: unknown = text;
        if (/json/.test(res.headers['content-type'] ?? '') && text) parsed = JSON.parse(text);
        resolve({ status: res.statusCode ?? 0, headers: h, body: parsed });
      });
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const fieldsOf = (problem: { errors?: { field: string }[] }) => (problem.errors ?? []).map((e) => e.field);

describe('Bad input is a 4xx problem naming the field, never a 500 (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let maker: TestOrg;
  let ws: TestWorkspace;

  beforeAll(async () => {
    t = await createTestApp();
    http = client(t.baseUrl);
    maker = await factories(http).newOrganization(OrganizationKind.Manufacturer);
    ws = await workspaceFactories(http).newWorkspace(maker);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses a cursor whose values do not fit the keys of the list (400 naming cursor)', async () => {
    const bad = [['x'], ['not-a-time', 'not-a-uuid'], ['x', 'y', 'z'], [1, true], ['2026-01-01T00:00:00Z', 12], ['a\u0000b', 'c']];
    for (const path of ['/v1/frameworks', '/v1/offerings', '/v1/workspaces', `/v1/workspaces/${ws.id}/submissions`, '/v1/organization/members']) {
      for (const values of bad) {
        const res = await http.get(`${path}?cursor=${cursorOf(values)}`, maker.owner.as);
        expect(fieldsOf(expectProblem(res, 400)), `${path} ${JSON.stringify(values)}`).toContain('cursor');
      }
    }
  });

  it('refuses integers beyond 32 bits in path parameters and If-Match (400 naming the parameter)', async () => {
    for (const n of ['2147483648', '99999999999999999999', '-1']) {
      const res = await http.get(`/v1/workspaces/${ws.id}/submissions/${n}`, maker.owner.as);
      expect(fieldsOf(expectProblem(res, 400))).toContain('number');
    }
    const ok = await http.get(`/v1/workspaces/${ws.id}/submissions/2147483647`, maker.owner.as);
    expectProblem(ok, 404);
    for (const etag of ['"2147483648"', '"99999999999999999999999"']) {
      const res = await http.call('PATCH', `/v1/workspaces/${ws.id}`, { body: { name: 'Renamed' }, as: maker.owner.as, headers: { 'if-match': etag } });
      expect(fieldsOf(expectProblem(res, 400))).toContain('If-Match');
    }
  });

  it('refuses malformed path ids and numbers written other than as plain decimals (400 naming the parameter)', async () => {
    for (const id of ['not-a-uuid', `${ws.id}0`, ws.id.replace(/-/g, '')]) {
      const res = await http.get(`/v1/workspaces/${id}`, maker.owner.as);
      const problem = expectProblem(res, 400) as { errors?: { field: string; message: string }[] };
      expect(problem.errors).toEqual([{ field: 'workspaceId', message: 'must be a UUID' }]);
    }
    // Two ids in one path: the malformed one is named.
    const res = await http.call('DELETE', `/v1/workspaces/${ws.id}/participants/nope`, { as: maker.owner.as });
    expect(fieldsOf(expectProblem(res, 400))).toEqual(['participantId']);
    // Path numbers are read as the text they are: no numeric coercion turns these into submission 1.
    for (const n of ['1e0', '0x1', '1.0', '+1']) {
      const r = await http.get(`/v1/workspaces/${ws.id}/submissions/${encodeURIComponent(n)}`, maker.owner.as);
      expect(fieldsOf(expectProblem(r, 400))).toEqual(['number']);
    }
  });

  it('refuses JSON nested deeper than 64 levels before it reaches validation (400)', async () => {
    const deep = `{"name":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const res = await raw(t.baseUrl, 'POST', '/v1/offerings', deep, {
      'content-type': 'application/json',
      authorization: `Bearer ${(maker.owner.as as { token: string }).token}`,
    });
    expect(expectProblem(res, 400).detail).toMatch(/nest/i);
    const object = `{"name":${'{"a":'.repeat(65)}1${'}'.repeat(65)}}`;
    const res2 = await raw(t.baseUrl, 'PATCH', '/v1/organization', object, {
      'content-type': 'application/json',
      authorization: `Bearer ${(maker.owner.as as { token: string }).token}`,
    });
    expectProblem(res2, 400);
  });

  it('refuses JSON numbers beyond the range of a double (1e999 parses as Infinity) before anything hashes the body (400 naming the field)', async () => {
    const headers = {
      'content-type': 'application/json',
      'idempotency-key': 'a1b2c3d4-infinite-body',
      authorization: `Bearer ${(maker.owner.as as { token: string }).token}`,
    };
    const whole = await raw(t.baseUrl, 'POST', '/v1/offerings', '1e999999', headers);
    expect(fieldsOf(expectProblem(whole, 400))).toContain('body');
    const nested = await raw(t.baseUrl, 'POST', '/v1/offerings', '{"name":"Offering","components":[{"name":"Part","kind":"hardware","version":-1e999}]}', {
      ...headers,
      'idempotency-key': 'a1b2c3d4-infinite-field',
    });
    expect(fieldsOf(expectProblem(nested, 400))).toContain('components.0.version');
  });

  it('refuses NUL characters and lone surrogates in strings (422 naming the field)', async () => {
    const nul = await http.patch('/v1/organization', { name: 'Hanoi\u0000Precision' }, maker.owner.as);
    expect(fieldsOf(expectProblem(nul, 422))).toContain('name');
    // JSON.stringify escapes a lone surrogate as \ud800, which JSON.parse reads back as one.
    const lone = await http.patch('/v1/organization', { name: 'Hanoi \ud800 Precision' }, maker.owner.as);
    expect(fieldsOf(expectProblem(lone, 422))).toContain('name');
    const nested = await http.post('/v1/offerings', { name: 'Offering', components: [{ name: 'Part\u0000', kind: 'hardware', version: '1' }] }, maker.owner.as);
    expect(fieldsOf(expectProblem(nested, 422)).join(' ')).toMatch(/^components\.0\.name|components\[0\]\.name/);
    const signup = signupBody(OrganizationKind.Manufacturer);
    const email = await http.post('/v1/auth/signup', { ...signup, user: { ...signup.user, email: `a\udc00b@example.com` } });
    expect(fieldsOf(expectProblem(email, 422))).toContain('user.email');
    // A well-formed pair (an emoji) is fine.
    const pair = await http.patch('/v1/organization', { name: 'Hanoi Precision 🛠' }, maker.owner.as);
    expect(pair.status, JSON.stringify(pair.body)).toBe(200);
  });

  it('refuses limit=0, null inside arrays, a list for an object and an empty update (400/422 naming the field)', async () => {
    for (const limit of ['0', '-5', '201', '1.5', 'abc']) {
      const res = await http.get(`/v1/organizations/directory?limit=${limit}`, maker.owner.as);
      expect(fieldsOf(expectProblem(res, 400))).toContain('limit');
    }
    const nulls = await http.post('/v1/offerings', { name: 'Offering', components: [null] }, maker.owner.as);
    expect(fieldsOf(expectProblem(nulls, 400)).join(' ')).toMatch(/components/);
    const signup = signupBody(OrganizationKind.Manufacturer);
    const list = await http.post('/v1/auth/signup', { ...signup, organization: [] });
    expect(fieldsOf(expectProblem(list, 400))).toContain('organization');
    const empty = await http.patch('/v1/organization', {}, maker.owner.as);
    expect(fieldsOf(expectProblem(empty, 400))).toContain('body');
  });

  it('refuses null for a field an update may leave out but not empty (400 naming it; it reached the database as a 500 before)', async () => {
    const offering = `/v1/offerings/${ws.offeringId}`;
    const component = `${offering}/components/${ws.hardwareComponentId}`;
    const cases: [string, Record<string, null>, string][] = [
      [component, { name: null }, 'name'],
      [component, { version: null }, 'version'],
      [component, { description: null }, 'description'],
      [offering, { name: null }, 'name'],
      [offering, { description: null }, 'description'],
      [`/v1/workspaces/${ws.id}`, { name: null }, 'name'],
      [`/v1/workspaces/${ws.id}`, { fourEyes: null }, 'fourEyes'],
      [`/v1/workspaces/${ws.id}`, { targetMarkets: null }, 'targetMarkets'],
      ['/v1/organization', { name: null }, 'name'],
    ];
    for (const [path, body, field] of cases) {
      const current = await http.get<{ version?: number }>(path.includes('/components/') ? offering : path, maker.owner.as);
      const res = await http.call('PATCH', path, { body, as: maker.owner.as, headers: { 'if-match': `"${current.body.version ?? 1}"` } });
      expect([path, field, [...new Set(fieldsOf(expectProblem(res, 400)))]]).toEqual([path, field, [field]]);
    }
    // Where null means "clear it", it still does: a component's service category.
    const cleared = await http.call('PATCH', component, { body: { serviceCategory: null }, as: maker.owner.as });
    expect(cleared.status, JSON.stringify(cleared.body)).toBe(200);
  });

  it('refuses two applicability decisions for one requirement in one request (400 naming items; the upsert failed as a 500 before)', async () => {
    const rows = await http.get<{ data: { requirementId: string }[] }>(`/v1/workspaces/${ws.id}/applicability?limit=1`, maker.owner.as);
    const requirementId = rows.body.data[0]!.requirementId;
    const twice = await http.put(
      `/v1/workspaces/${ws.id}/applicability`,
      {
        items: [
          { requirementId, applicable: true },
          { requirementId, applicable: false, justification: 'The offering stores no personal data.' },
        ],
      },
      maker.owner.as,
    );
    expect(fieldsOf(expectProblem(twice, 400))).toContain('items');
    const once = await http.put(`/v1/workspaces/${ws.id}/applicability`, { items: [{ requirementId, applicable: true }] }, maker.owner.as);
    expect(once.status, JSON.stringify(once.body)).toBe(200);
  });

  it('refuses a required nested object that is missing, or no body at all (400 naming the field)', async () => {
    const signup = signupBody(OrganizationKind.Manufacturer);
    const noOrganization = await http.post('/v1/auth/signup', { user: signup.user });
    expect(fieldsOf(expectProblem(noOrganization, 400))).toContain('organization');
    const nullUser = await http.post('/v1/auth/signup', { organization: signup.organization, user: null });
    expect(fieldsOf(expectProblem(nullUser, 400))).toContain('user');
    const noBody = await http.call('POST', '/v1/auth/signup');
    expect(fieldsOf(expectProblem(noBody, 400))).toEqual(expect.arrayContaining(['organization', 'user']));
  });

  it('serializes concurrent changes to one offering: no 500 (a deadlock before), no lost version', async () => {
    const offering = await workspaceFactories(http).newOffering(maker);
    const base = `/v1/offerings/${offering.id}`;
    const before = await http.get<{ version: number }>(base, maker.owner.as);
    const statuses: number[] = [];
    for (let round = 0; round < 5; round++) {
      const results = await Promise.all([
        ...Array.from({ length: 4 }, (_, i) =>
          http.post(`${base}/components`, { name: `Part ${round}-${i}`, kind: 'connectivity', version: '1' }, maker.owner.as),
        ),
        ...Array.from({ length: 4 }, (_, i) =>
          http.patch(`${base}/components/${offering.hardwareComponentId}`, { version: `rev ${round}.${i}` }, maker.owner.as),
        ),
      ]);
      statuses.push(...results.map((r) => r.status));
    }
    expect(new Set(statuses)).toEqual(new Set([200, 201]));
    const after = await http.get<{ version: number }>(base, maker.owner.as);
    expect(after.body.version).toBe(before.body.version + statuses.length);
  });

  it('refuses sign-in credentials of the wrong type before checking them (400 naming the field, not a 503 outage)', async () => {
    const email = maker.owner.email;
    const cases: [Record<string, unknown>, string][] = [
      [{ email: 920020301, password: 'Quiet-Lathe-Harbor-42' }, 'email'],
      [{ email, password: 4242424242 }, 'password'],
      [{ email, password: 'Quiet-Lathe-Harbor-42', organizationId: 42 }, 'organizationId'],
      [{ email, password: 'Quiet-Lathe-Harbor-42', organizationId: 'not-a-uuid' }, 'organizationId'],
    ];
    for (const [body, field] of cases) {
      for (const [path, headers] of [
        ['/v1/auth/login', {}],
        ['/v1/auth/web/login', { 'x-attesta-web': '1' }],
      ] as const) {
        const res = await http.call('POST', path, { body, headers });
        expect(fieldsOf(expectProblem(res, 400)), `${path} ${JSON.stringify(body)}`).toContain(field);
      }
    }
  });

  it('refuses multipart without a boundary (400/415 problem)', async () => {
    const created = await http.post<{ id: string }>(
      `/v1/workspaces/${ws.id}/evidence`,
      { type: 'other', title: 'Policy', confidentiality: 'internal', effectiveDate: '2026-01-01' },
      maker.owner.as,
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const evidenceId = created.body.id;
    const res = await raw(t.baseUrl, 'POST', `/v1/workspaces/${ws.id}/evidence/${evidenceId}/versions`, 'not multipart at all', {
      'content-type': 'multipart/form-data',
      authorization: `Bearer ${(maker.owner.as as { token: string }).token}`,
    });
    expect([400, 415]).toContain(res.status);
    expectProblem(res, res.status);
  });

  it('refuses a multipart body that ends inside the file part, at once (400 naming file)', async () => {
    const created = await http.post<{ id: string }>(
      `/v1/workspaces/${ws.id}/evidence`,
      { type: 'other', title: 'Policy', confidentiality: 'internal', effectiveDate: '2026-01-01' },
      maker.owner.as,
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const boundary = 'attesta-boundary';
    const filePart = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="policy.txt"\r\nContent-Type: text/plain\r\n\r\nThe policy`;
    for (const body of [filePart, `${filePart}\r\n--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nx`]) {
      const res = await Promise.race([
        raw(t.baseUrl, 'POST', `/v1/workspaces/${ws.id}/evidence/${created.body.id}/versions`, body, {
          'content-type': `multipart/form-data; boundary=${boundary}`,
          authorization: `Bearer ${(maker.owner.as as { token: string }).token}`,
        }),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer within 10 s')), 10_000)),
      ]);
      expect(fieldsOf(expectProblem(res, 400))).toContain('file');
    }
  });

  it("answers Fastify's own router errors as problem+json", async () => {
    const badEncoding = await raw(t.baseUrl, 'GET', '/v1/%E0%A4%A', undefined, {});
    expectProblem(badEncoding, 400);
    const badParam = await raw(t.baseUrl, 'GET', `/v1/workspaces/%E0%A4%A/submissions`, undefined, {
      authorization: `Bearer ${(maker.owner.as as { token: string }).token}`,
    });
    expectProblem(badParam, 400);
    const long = await raw(t.baseUrl, 'GET', `/v1/workspaces/${'a'.repeat(200)}/submissions`, undefined, {
      authorization: `Bearer ${(maker.owner.as as { token: string }).token}`,
    });
    expect(long.status).toBeGreaterThanOrEqual(400);
    expect(long.status).toBeLessThan(500);
    expectProblem(long, long.status);
  });

  it("answers the HTTP parser's own errors (a URL or headers over the size limit) as problem+json", async () => {
    const longUrl = await raw(t.baseUrl, 'GET', `/v1/frameworks?q=${'x'.repeat(20_000)}`, undefined, {});
    expectProblem(longUrl, 431);
    const longHeader = await raw(t.baseUrl, 'GET', '/v1/frameworks', undefined, { 'x-filler': 'y'.repeat(20_000) });
    expectProblem(longHeader, 431);
  });
});
