import { AccreditationsService } from '@attesta/accreditation';
import { AttestationsService } from '@attesta/attestations';
import { newId, OrganizationKind } from '@attesta/core';
import { JobName, QueueName } from '@attesta/jobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerActor } from '../setup/actors.js';
import { factories, type TestOrg } from '../setup/factories.js';
import { client, type Client } from '../setup/http.js';
import { platformQueue } from '../setup/queues.js';
import { decisionSnapshot, issueSynthetic } from '../setup/synthetic-decision.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { builtInFrameworks, workspaceFactories } from '../setup/workspace-factories.js';

/**
 * Accreditation rules the services apply on their own: the daily expiry scan, and the
 * accreditation scope an attestation's markets must fall in (checked in
 * `AttestationsService.issue`, whatever the caller).
 */
describe(AccreditationsService.name, () => {
  let t: TestApp;
  let http: Client;

  beforeAll(async () => {
    // The job processors run in-process: they register the daily schedules.
    t = await createTestApp({ env: { API_RUN_PROCESSORS: 'true' } });
    http = client(t.baseUrl);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  /** A direct issue by the assessor (decision rows recorded first), in a fresh workspace it assesses, on attesta-dser for the markets given. */
  async function issueAs(assessor: TestOrg, markets: string[]) {
    const w = workspaceFactories(http);
    const maker = await w.newOrganization(OrganizationKind.Manufacturer);
    const ws = await w.newWorkspace(maker);
    await w.join(maker, ws, assessor, 'assessor');
    const dser = (await builtInFrameworks(http, maker.owner.as))['attesta-dser']!;
    return issueSynthetic(
      t,
      ownerActor(assessor),
      await decisionSnapshot(t, { maker, ws }, { frameworks: [{ id: dser, code: 'attesta-dser', title: 'x', version: '1.0', publisher: null }], markets }),
    );
  }

  it('issue refuses an attestation for a market the verified accreditation does not cover, naming it', async () => {
    const assessor = await factories(http).newVerifiedAssessor({ frameworkCodes: ['attesta-dser', 'iso-iec-27001'], markets: ['TH', 'VN', 'MY'] });
    const outOfScope = await issueAs(assessor, ['SG']).then(
      () => null,
      (e: unknown) => e as { code: string; extensions: { missing: { markets: string[] } } },
    );
    expect(outOfScope?.code).toBe('accreditation.not_accredited');
    expect(outOfScope?.extensions.missing.markets).toEqual(['SG']);
  });

  it('suspends attestations automatically on a lapse only: an accreditation active again suspends nothing', async () => {
    const assessor = await factories(http).newVerifiedAssessor();
    expect((await http.put('/v1/organization/accreditation-settings', { autoSuspendOnAccreditationLapse: true }, assessor.owner.as)).status).toBe(200);
    const a = await issueAs(assessor, ['TH']);
    const attestations = t.app.get(AttestationsService);
    const event = { accreditationId: assessor.accreditationId, organizationId: assessor.id, bodyId: newId(), reason: 'Surveillance audit passed' };
    expect(await attestations.onAccreditationStatusChanged({ ...event, status: 'active', previousStatus: 'suspended' })).toEqual({
      suspended: [],
      skipped: 'not_lapsed',
    });
    const statusOf = async () => (await http.get<{ status: string }>(`/v1/workspaces/${a.workspaceId}/attestations/${a.id}`, assessor.owner.as)).body.status;
    expect(await statusOf()).toBe('active');
    // A lapse does suspend it (the setting is on).
    expect(await attestations.onAccreditationStatusChanged({ ...event, status: 'suspended', previousStatus: 'active' })).toEqual({
      suspended: [a.serial],
      skipped: null,
    });
    expect(await statusOf()).toBe('suspended');
  });

  it('expiryScan expires accreditations past validUntil (registered like the other daily scans)', async () => {
    // Registered like the other daily scans (02:15 UTC on the system queue).
    const system = platformQueue(t, QueueName.System);
    try {
      const schedulers = await system.getJobSchedulers();
      expect(schedulers.find((s) => s.key === 'accreditation-expiry')).toMatchObject({ name: JobName.ScanAccreditationExpiry, pattern: '15 2 * * *' });
    } finally {
      await system.close();
    }
    const assessor = await factories(http).newVerifiedAssessor();
    const { expired } = await t.app.get(AccreditationsService).expiryScan(new Date('2100-06-01T00:00:00Z'));
    expect(expired).toBeGreaterThan(0);
    const got = await http.get<{ status: string; history: { action: string }[] }>(
      `/v1/organization/accreditations/${assessor.accreditationId}`,
      assessor.owner.as,
    );
    expect(got.body.status).toBe('expired');
    expect(got.body.history.at(-1)!.action).toBe('expired');
  });
});
