import { OrganizationKind } from '@attesta/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories, type TestOrg } from '../setup/factories.js';
import { client, expectProblem, type Client } from '../setup/http.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { workspaceFactories, type TestWorkspace } from '../setup/workspace-factories.js';

const cursorOf = (values: unknown[]) => Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');

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
});
