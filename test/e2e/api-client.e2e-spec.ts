import { OrganizationKind } from '@attesta/core';
import { createAttestaClient } from '@attesta/api-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../setup/factories.js';
import { client } from '../setup/http.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { builtInFrameworks, workspaceFactories } from '../setup/workspace-factories.js';

/** What a procurement system does with the typed client (docs/procurement-integration.md). */
describe('Typed API client', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('authenticates with an API key, lists tenders and runs a conformity check with typed calls', async () => {
    const http = client(t.baseUrl);
    const f = factories(http);
    const procurer = await f.newOrganization(OrganizationKind.Procurer);
    const maker = await f.newOrganization(OrganizationKind.Manufacturer);
    const offering = await workspaceFactories(http).newOffering(maker);
    const dser = (await builtInFrameworks(http, procurer.owner.as))['attesta-dser']!;
    const { key } = await f.newApiKey(procurer, ['tenders:read', 'conformity:read']);

    const attesta = createAttestaClient({ baseUrl: t.baseUrl, apiKey: key });
    const tenders = await attesta.GET('/v1/tenders', { params: { query: { limit: 10 } } });
    expect(tenders.response.status).toBe(200);
    expect(tenders.data?.data).toEqual([]);

    const check = await attesta.POST('/v1/conformity-checks', {
      body: { offeringId: offering.id, requirements: [{ frameworkId: dser, minimumOutcome: 'conformant' }], markets: ['TH'] },
    });
    expect(check.response.status).toBe(200);
    expect(check.data?.overall).toBe('non_compliant');
    expect(check.data?.requirements[0]?.reasons).toEqual([
      { code: 'no_attestation', severity: 'blocking', message: 'no attestation covers attesta-dser@1.0', expected: 'attesta-dser@1.0', actual: null },
    ]);

    const refused = await attesta.POST('/v1/tenders', {
      body: {
        ocid: 'ocds-abcdef-1',
        title: 't',
        buyer: 'b',
        deadline: new Date(Date.now() + 86400_000).toISOString(),
        requirements: [{ frameworkId: dser, minimumOutcome: 'conformant' }],
        markets: ['TH'],
      },
    });
    expect(refused.response.status).toBe(403);
    expect(refused.error).toMatchObject({ status: 403, code: 'access.forbidden' });
  });
});
