import { randomUUID } from 'node:crypto';
import { Db, MemberRole, OrganizationKind, type Actor } from '@attesta/core';
import { NotificationsService } from '@attesta/notifications';
import { PersonnelService } from '@attesta/personnel';
import { ProcurementService } from '@attesta/procurement';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sqlOf } from '../setup/database.js';
import type { TestOrg } from '../setup/factories.js';
import { client } from '../setup/http.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { builtInFrameworks, workspaceFactories, type TestWorkspace } from '../setup/workspace-factories.js';

const DAY = 86_400_000;
const SCHEME = 'Cloud O&M engineer';

/**
 * Time-dependent personnel rules, with the clock controlled by the test: a competence rule met
 * today is not met once the clock passes the certification's last day, and the daily scan
 * announces 90/60/30-day and expired notices once each.
 */
describe(PersonnelService.name, () => {
  let t: TestApp;
  let personnel: PersonnelService;
  let procurement: ProcurementService;
  let maker: TestOrg;
  let procurer: TestOrg;
  let makerActor: Actor;
  let procurerActor: Actor;
  let ws: TestWorkspace;
  let dser: string;
  let sql: ReturnType<typeof sqlOf>;
  const day = (offset: number, from = Date.now()) => new Date(from + offset * DAY).toISOString().slice(0, 10);

  beforeAll(async () => {
    t = await createTestApp();
    sql = sqlOf(t);
    const http = client(t.baseUrl);
    const w = workspaceFactories(http);
    [maker, procurer] = await Promise.all([w.newOrganization(OrganizationKind.Manufacturer), w.newOrganization(OrganizationKind.Procurer)]);
    ws = await w.newWorkspace(maker);
    // The procurer observes the workspace: a party to the offering, so it may check its roster.
    await w.join(maker, ws, procurer, 'observer');
    dser = (await builtInFrameworks(http, maker.owner.as))['attesta-dser']!;
    personnel = t.app.get(PersonnelService);
    procurement = t.app.get(ProcurementService);
    const user = (org: TestOrg, kind: OrganizationKind): Actor => ({
      kind: 'user',
      userId: org.owner.userId,
      organizationId: org.id,
      organizationKind: kind,
      role: MemberRole.Owner,
    });
    makerActor = user(maker, OrganizationKind.Manufacturer);
    procurerActor = user(procurer, OrganizationKind.Procurer);
  }, 120_000);
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(async () => {
    await t?.close();
  });

  async function technician(
    internalId: string,
    validUntil: string,
    options: { scheme?: string; validFrom?: string; assigned?: boolean } = {},
  ): Promise<string> {
    const p = await personnel.createPerson(makerActor, {
      displayName: `Technician ${internalId}`,
      internalId,
      email: `${internalId.toLowerCase()}@cloudops.example`,
      markets: ['VN'],
      timeZones: ['Asia/Ho_Chi_Minh'],
      languages: ['vi'],
      remotePrivileges: [],
    });
    await personnel.addCertification(makerActor, p.id, {
      scheme: options.scheme ?? SCHEME,
      level: 'L2',
      issuingBody: 'VinaCert',
      number: null,
      validFrom: options.validFrom ?? day(-100),
      validUntil,
      machineFamilies: [],
      deviceModels: [],
      serviceTypes: ['cloud_om'],
    });
    if (options.assigned !== false) await personnel.assign(makerActor, p.id, { offeringId: ws.offeringId, componentId: ws.saasComponentId });
    return p.id;
  }

  it('a competence rule flips from met to not met when the clock passes an expiry, with a structured reason', async () => {
    const start = Date.now();
    await technician('T-1', day(10, start));
    await technician('T-2', day(200, start));
    const check = () =>
      procurement.checkConformity(procurerActor, {
        offeringId: ws.offeringId,
        requirements: [{ frameworkId: dser, minimumOutcome: 'conformant' }],
        markets: ['VN'],
        competenceRules: [{ minPeople: 2, scheme: SCHEME, serviceTypes: ['cloud_om'], market: 'VN' }],
      });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(start);
    const before = await check();
    // Met, but one of the two people counted ends within 30 days.
    expect(before.competence).toEqual([expect.objectContaining({ result: 'expiring', qualifiedPeople: 2, expiredPeople: 0 })]);

    vi.setSystemTime(start + 11 * DAY);
    const after = await check();
    expect(after.overall).toBe('non_compliant');
    expect(after.competence).toEqual([
      expect.objectContaining({
        result: 'not_met',
        qualifiedPeople: 1,
        expiredPeople: 1,
        reasons: [
          expect.objectContaining({ code: 'competence_insufficient', severity: 'blocking', expected: 2, actual: 1 }),
          expect.objectContaining({ code: 'competence_certifications_expired', severity: 'info', actual: 1 }),
        ],
      }),
    ]);
    expect(JSON.stringify(after)).not.toContain('Technician');
  });

  it('freezes the roster with a submission once (the worker handles submission.created), pseudonymous and digested', async () => {
    await technician('T-FROZEN', day(300));
    const first = await personnel.freezeForSubmission(maker.id, ws.id, 1);
    expect(first).toMatchObject({ workspaceId: ws.id, submissionNumber: 1 });
    expect(first!.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(first!.entries.length).toBeGreaterThan(0);
    expect(JSON.stringify(first)).not.toContain('Technician');
    // The event again (at-least-once delivery): nothing new.
    expect(await personnel.freezeForSubmission(maker.id, ws.id, 1)).toBeNull();
    const stored = await sql<{ n: string }>('SELECT count(*) AS n FROM roster_snapshots WHERE workspace_id = $1 AND submission_number = 1', [ws.id]);
    expect(Number(stored[0]!.n)).toBe(1);
  });

  it('the daily scan sends each notice once: 90, 60, 30 days ahead, then expired', async () => {
    const start = Date.now();
    const id = await technician('T-SCAN', day(85, start));
    const events = async () =>
      sql<{ type: string; notice: string; mail: string | null }>(
        `SELECT type, payload->>'notice' AS notice, payload->>'mailTo' AS mail FROM outbox_events
          WHERE payload->>'personId' = $1 ORDER BY id`,
        [id],
      );
    await personnel.expiryScan(new Date(start));
    expect((await events()).map((e) => e.notice)).toEqual(['d90']);
    await personnel.expiryScan(new Date(start)); // again the same day: nothing new
    await personnel.expiryScan(new Date(start + 30 * DAY));
    await personnel.expiryScan(new Date(start + 60 * DAY));
    await personnel.expiryScan(new Date(start + 86 * DAY));
    await personnel.expiryScan(new Date(start + 90 * DAY));
    const sent = await events();
    expect(sent.map((e) => `${e.type}:${e.notice}`)).toEqual([
      'personnel.certification_expiring:d90',
      'personnel.certification_expiring:d60',
      'personnel.certification_expiring:d30',
      'personnel.certification_expired:expired',
    ]);
    expect(sent[0]!.mail).toBe('t-scan@cloudops.example');
    // Erased: the address leaves the stored events too; erasures sent at once take turns (one wins),
    // and an erased person serves no one again.
    const erasures = await Promise.allSettled([0, 1, 2].map(() => personnel.erasePerson(makerActor, id)));
    expect(erasures.filter((e) => e.status === 'fulfilled')).toHaveLength(1);
    for (const e of erasures.filter((x): x is PromiseRejectedResult => x.status === 'rejected'))
      expect(e.reason).toMatchObject({ code: 'personnel.person_erased' });
    expect((await events()).map((e) => e.mail)).toEqual([null, null, null, null]);
    const erased = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'person.erased' AND subject_id = $1`, [id]);
    expect(erased[0]!.n).toBe(1);
    await expect(personnel.assign(makerActor, id, { offeringId: ws.offeringId, componentId: ws.saasComponentId })).rejects.toMatchObject({
      code: 'personnel.person_erased',
    });
  });

  it('mails no certification notice to a person erased after it was queued (the queued event still carries the address)', async () => {
    const start = Date.now();
    const id = await technician('T-GONE', day(20, start), { assigned: false });
    await personnel.expiryScan(new Date(start));
    const [queued] = await sql<{ id: string; type: string; payload: Record<string, unknown> }>(
      `SELECT id, type, payload FROM outbox_events WHERE payload->>'personId' = $1`,
      [id],
    );
    // What the worker's job holds: the event as it was relayed, address included.
    const event = { eventId: randomUUID(), organizationId: maker.id, workspaceId: null, type: queued!.type, payload: queued!.payload };
    // The worker's mail sender (this app runs no processors), on the app's database.
    const notifications = new NotificationsService(t.app.get(Db));
    expect((await notifications.deliver(event)).map((m) => m.to)).toEqual(['t-gone@cloudops.example']);
    await personnel.erasePerson(makerActor, id);
    expect(await notifications.deliver(event)).toEqual([]);
  });

  it('lists certifications ending within the given days, ended ones included, soonest first', async () => {
    const start = Date.now();
    const ended = await technician('T-ENDED', day(-3, start), { scheme: 'Spindle repair' });
    const soon = await technician('T-SOON', day(20, start), { scheme: 'Spindle repair' });
    const later = await technician('T-LATER', day(45, start), { scheme: 'Spindle repair' });
    const listed = (await personnel.listExpiring(makerActor, 30, new Date(start))).filter((c) => [ended, soon, later].includes(c.personId));
    expect(listed.map((c) => [c.personId, c.daysLeft, c.status])).toEqual([
      [ended, -3, 'expired'],
      [soon, 20, 'active'],
    ]);
  });

  it('counts only active certifications in the workspace roster, and a certification not valid yet is shown as such', async () => {
    const scheme = 'Coolant systems';
    await technician('T-COOL-1', day(100), { scheme });
    await technician('T-COOL-2', day(-1), { scheme });
    const early = await technician('T-COOL-3', day(400), { scheme, validFrom: day(5) });
    const roster = await personnel.workspaceRoster(makerActor, ws.id);
    expect(roster.counts.filter((c) => c.scheme === scheme)).toEqual([{ scheme, level: 'L2', market: 'VN', people: 1 }]);
    expect((await personnel.getPerson(makerActor, early)).certifications.map((c) => c.status)).toEqual(['not_yet_valid']);
  });

  it("counts for a competence rule only the people assigned to the offering's components", async () => {
    const scheme = 'Hydraulics technician';
    const unassigned = await technician('T-HYD', day(300), { scheme, assigned: false });
    const check = () =>
      procurement.checkConformity(procurerActor, {
        offeringId: ws.offeringId,
        requirements: [{ frameworkId: dser, minimumOutcome: 'conformant' }],
        markets: ['VN'],
        competenceRules: [{ minPeople: 1, scheme, market: 'VN' }],
      });
    expect((await check()).competence).toEqual([expect.objectContaining({ result: 'not_met', qualifiedPeople: 0 })]);
    await personnel.assign(makerActor, unassigned, { offeringId: ws.offeringId, componentId: ws.saasComponentId });
    expect((await check()).competence).toEqual([expect.objectContaining({ result: 'met', qualifiedPeople: 1 })]);
  });
});
