import { OrganizationKind } from '@attesta/core';
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryRunner } from 'typeorm';
import { BidServiceLevelRelied1795694000000 } from '../../migrations/1795694000000-BidServiceLevelRelied.js';
import { sqlOf } from '../setup/database.js';
import { fewestStatements } from '../setup/query-count.js';
import { client, expectProblem, type Client, type Credentials } from '../setup/http.js';
import { assessmentCast, decidedSubmission, isoDay, issuedAttestation, openTender, placedBid, submitted, type AssessmentCast } from '../setup/scenario.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { builtInFrameworks } from '../setup/workspace-factories.js';

interface RequirementMatch {
  requirementId: string;
  result: string;
  margin: number | null;
  marginUnit: string | null;
  source: string | null;
  atRisk: { measured: number; periodStart: string } | null;
  reasons: { code: string }[];
}
interface SlReport {
  result: string;
  atRisk: boolean;
  criteria: {
    criterionId: string;
    result: string;
    metByGroup: string | null;
    groups: { groupId: string; result: string; requirements: RequirementMatch[] }[];
  }[];
}
interface Bid {
  id: string;
  compliance: { overall: string; serviceLevels?: SlReport | null };
}

const DAY = 86_400_000;
/** The start of the UTC day `d` days ago. */
const day = (d: number) => new Date(Math.floor(Date.now() / DAY) * DAY - d * DAY).toISOString();
const LAYER = 'predictive_maintenance';
/** Two requirement groups on the SaaS layer (the hosted service as offered, or an unrealistic availability), and residency demanding an attested value. */
const CRITERIA = [
  {
    id: 'pm-saas',
    title: 'Predictive-maintenance SaaS service levels',
    requirementGroups: [
      {
        id: 'hosted',
        requirements: [
          { id: 'availability', metric: 'availability', serviceLayer: LAYER, minValue: 99.5, observationPeriod: 'P1M' },
          { id: 'restore', metric: 'time_to_restore', serviceLayer: LAYER, maxValue: 8, unit: 'HUR' },
        ],
      },
      { id: 'five-nines', requirements: [{ id: 'availability-high', metric: 'availability', serviceLayer: LAYER, minValue: 99.999 }] },
    ],
  },
  {
    id: 'residency',
    requirementGroups: [
      {
        id: 'th',
        requirements: [
          {
            id: 'asean-residency',
            metric: 'data_residency',
            serviceLayer: LAYER,
            expectedValues: ['TH', 'VN', 'SG', 'MY'],
            setOperator: 'in',
            attestedOnly: true,
          },
        ],
      },
    ],
  },
];

/** One criterion: the DSER framework and an attested availability of at least 99 % on the predictive-maintenance layer. */
const dserAndAttestedAvailability = (id: string, dser: string) => [
  {
    id,
    requirementGroups: [
      {
        id: 'g',
        requirements: [
          { id: 'dser', frameworkId: dser },
          { id: 'pm-availability', metric: 'availability', serviceLayer: LAYER, minValue: 99, attestedOnly: true },
        ],
      },
    ],
  },
];
const byId = (r: SlReport, id: string) => r.criteria.flatMap((c) => c.groups.flatMap((g) => g.requirements)).find((x) => x.requirementId === id)!;
const jwsPayload = (jws: string) => JSON.parse(Buffer.from(jws.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;

describe('Service levels (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let cast: AssessmentCast;
  let makerKey: Credentials;
  let outsiderKey: Credentials;
  let attestationId: string;
  let submissionNumber: number;
  let tenderId: string;
  let bid: Bid;
  let component: string;

  beforeAll(async () => {
    // The worker runs in the API process: measurements re-evaluate bids through the outbox.
    t = await createTestApp({ env: { API_RUN_PROCESSORS: 'true' } });
    http = client(t.baseUrl);
    cast = await assessmentCast(http);
    component = `/v1/offerings/${cast.ws.offeringId}/components/${cast.ws.saasComponentId}`;
    makerKey = (await cast.factories.newApiKey(cast.maker, ['offerings:write'])).as;
    outsiderKey = (await cast.factories.newApiKey(cast.outsider, ['offerings:write', 'tenders:read'])).as;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('versions a profile per component, refusing bad objectives with the field named and storing nothing', async () => {
    const bad = expectProblem(
      await http.post(
        `${component}/service-level-profiles`,
        {
          objectives: [
            { metric: 'uptime', operator: '>=', target: 99 },
            { metric: 'time_to_restore', operator: '<=', target: 4, unit: 'P1' },
            { metric: 'availability', operator: '>=', target: 99.9, period: 'monthly' },
            { metric: 'api_availability', operator: '>=', target: 150, period: 'P0D' },
            // The month's fastest recovery would meet it however slow the others.
            { metric: 'rto', operator: '<=', target: 4, aggregation: 'min' },
          ],
        },
        cast.maker.owner.as,
      ),
      422,
    );
    expect(bad.errors!.map((e) => e.field)).toEqual([
      'objectives[0].metric',
      'objectives[1].unit',
      'objectives[2].period',
      'objectives[3].target',
      'objectives[3].period',
      'objectives[4].aggregation',
    ]);
    expect((await http.get<{ data: unknown[] }>(`${component}/service-level-profiles`, cast.maker.owner.as)).body.data).toEqual([]);

    const profile = await http.post<{ version: number; objectives: { id: string; metric: string }[] }>(
      `${component}/service-level-profiles`,
      {
        objectives: [
          { metric: 'availability', operator: '>=', target: 99.9, period: 'P1M', aggregation: 'mean', tolerance: 0.2 },
          { metric: 'time_to_restore', operator: '<=', target: 4, period: 'P1M', aggregation: 'max' },
          { metric: 'data_residency', operator: 'in', target: ['VN', 'TH', 'SG'] },
        ],
        slaDocuments: [{ title: 'PredictCare SLA v3', uri: 'https://predictcare.example/sla-v3.pdf' }],
      },
      cast.maker.owner.as,
    );
    expect(profile.status, JSON.stringify(profile.body)).toBe(201);
    expect(profile.body.version).toBe(1);
    // Cross-tenant: another organization's user and API key learn nothing.
    expectProblem(await http.get(`${component}/service-level-profiles`, cast.outsider.owner.as), 404);
    expectProblem(await http.get(`${component}/service-level-profiles`, outsiderKey), 404);
    expectProblem(await http.post(`${component}/service-level-profiles`, { objectives: [{ metric: 'rto', operator: '<=', target: 1 }] }, outsiderKey), 404);
  });

  it('freezes the profile into the submission; the assessor attests objectives and the credential lists them', async () => {
    const decided = await decidedSubmission(cast);
    submissionNumber = decided.number;
    const path = `/v1/workspaces/${cast.ws.id}/submissions/${submissionNumber}/service-levels`;
    const frozen = await http.get<{ data: { objectiveId: string; objective: { metric: string }; verdict: string }[] }>(path, cast.assessor.owner.as);
    expect(frozen.status, JSON.stringify(frozen.body)).toBe(200);
    expect(frozen.body.data.map((o) => [o.objective.metric, o.verdict]).sort()).toEqual([
      ['availability', 'pending'],
      ['data_residency', 'pending'],
      ['time_to_restore', 'pending'],
    ]);
    const idOf = (m: string) => frozen.body.data.find((o) => o.objective.metric === m)!.objectiveId;
    // Only the assessor judges; outsiders see nothing.
    expectProblem(await http.put(`${path}/${idOf('availability')}`, { verdict: 'attested' }, cast.maker.owner.as), 403);
    expectProblem(await http.get(path, cast.outsider.owner.as), 404);
    for (const m of ['availability', 'time_to_restore']) {
      const j = await http.put<{ verdict: string; assessorOrganizationId: string }>(`${path}/${idOf(m)}`, { verdict: 'attested' }, cast.assessor.owner.as);
      expect(j.status, JSON.stringify(j.body)).toBe(200);
      expect(j.body).toMatchObject({ verdict: 'attested', assessorOrganizationId: cast.assessor.id });
    }
    const issued = await issuedAttestation(cast, { decisionId: decided.decisionId, accredited: false });
    attestationId = issued.id;
    const subject = jwsPayload(issued.credential).credentialSubject as {
      assessment: {
        declaredValue?: { metricName: string; metricValue: { value: number; unit: string } }[];
        assessedService: { service: { id: string }; assessedPerformance?: { metricName: string; value: unknown; unit?: string }[] }[];
      }[];
    };
    const saas = subject.assessment[0]!.assessedService.find((s) => s.service.id === `urn:uuid:${cast.ws.saasComponentId}`)!;
    expect(saas.assessedPerformance!.map((p) => [p.metricName, p.value, p.unit]).sort()).toEqual([
      ['availability', 99.9, 'P1'],
      ['time_to_restore', 4, 'HUR'],
    ]);
    expect(subject.assessment[0]!.declaredValue!.map((v) => v.metricValue)).toContainEqual({ type: ['Measure'], value: 99.9, unit: 'P1' });

    // Attested: the verdicts are final, so what bids read as attested stays what the credential says.
    for (const [m, verdict] of [
      ['availability', 'rejected'],
      ['data_residency', 'attested'],
    ] as const) {
      const changed = expectProblem(await http.put(`${path}/${idOf(m)}`, { verdict }, cast.assessor.owner.as), 409);
      expect(changed.code).toBe('service_levels.objective_final');
    }
    const after = await http.get<{ data: { objective: { metric: string }; verdict: string }[] }>(path, cast.assessor.owner.as);
    expect(after.body.data.map((o) => [o.objective.metric, o.verdict]).sort()).toEqual([
      ['availability', 'attested'],
      ['data_residency', 'pending'],
      ['time_to_restore', 'attested'],
    ]);
  });

  it('a tender with two requirement groups: the bid is answered from the attested profile with margins; a declared-only value is marked declared and fails an attested-only requirement', async () => {
    const fw = await builtInFrameworks(http, cast.procurer.owner.as);
    const badTender = expectProblem(
      await http.post(
        '/v1/tenders',
        {
          ocid: `ocds-tiepo1-${crypto.randomUUID()}`,
          title: 'Bad',
          buyer: 'TIEPO',
          deadline: new Date(Date.now() + 14 * DAY).toISOString(),
          requirements: [{ frameworkId: fw['attesta-dser']!, minimumOutcome: 'conformant' }],
          markets: ['TH'],
          criteria: [
            {
              id: 'c',
              requirementGroups: [
                {
                  id: 'g',
                  requirements: [
                    { id: 'r', metric: 'availability', minValue: 99.9, maxValue: 99 },
                    { id: 's', metric: 'availability', minValue: 150, serviceLayer: 'mainframe', observationPeriod: 'P0D' },
                  ],
                },
              ],
            },
          ],
        },
        cast.procurer.owner.as,
      ),
      422,
    );
    expect(badTender.errors!.map((e) => e.field)).toEqual([
      'criteria[0].requirementGroups[0].requirements[0].minValue',
      'criteria[0].requirementGroups[0].requirements[1].serviceLayer',
      'criteria[0].requirementGroups[0].requirements[1].minValue',
      'criteria[0].requirementGroups[0].requirements[1].observationPeriod',
    ]);

    tenderId = await openTender(http, cast.procurer.owner.as, fw['attesta-dser']!, { criteria: CRITERIA, accreditedIssuersOnly: false });
    bid = await placedBid<Bid>(http, tenderId, cast.maker, { offeringId: cast.ws.offeringId, attestationIds: [attestationId] });
    const sl = bid.compliance.serviceLevels!;
    expect(sl.criteria.map((c) => [c.criterionId, c.result, c.metByGroup])).toEqual([
      ['pm-saas', 'met', 'hosted'],
      ['residency', 'not_met', null],
    ]);
    expect(byId(sl, 'availability')).toMatchObject({ result: 'met', margin: 0.4, marginUnit: 'P1', source: 'attested' });
    expect(byId(sl, 'restore')).toMatchObject({ result: 'met', margin: 4, marginUnit: 'HUR', source: 'attested' });
    expect(byId(sl, 'availability-high')).toMatchObject({ result: 'not_met', source: 'attested' });
    expect(byId(sl, 'availability-high').margin).toBeCloseTo(-0.099, 9);
    expect(byId(sl, 'asean-residency')).toMatchObject({ result: 'not_met', source: 'declared' });
    expect(byId(sl, 'asean-residency').reasons.map((r) => r.code)).toEqual(['attested_value_required']);
    expect(bid.compliance.overall).toBe('non_compliant');

    const answer = await http.get<{ requirementResponses: { requirement: { id: string }; value: unknown; source: string }[] }>(
      `/v1/bids/${bid.id}/service-levels`,
      cast.procurer.owner.as,
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.requirementResponses.find((r) => r.requirement.id === 'asean-residency')).toMatchObject({
      value: ['VN', 'TH', 'SG'],
      source: 'declared',
    });
    expectProblem(await http.get(`/v1/bids/${bid.id}/service-levels`, cast.outsider.owner.as), 404);
    expectProblem(await http.get(`/v1/bids/${bid.id}/service-levels`, outsiderKey), 404);

    // The same criteria inline in a conformity check.
    const check = await http.post<{ serviceLevels: SlReport }>(
      '/v1/conformity-checks',
      {
        offeringId: cast.ws.offeringId,
        requirements: [{ frameworkId: fw['attesta-dser']!, minimumOutcome: 'conformant' }],
        markets: ['TH'],
        criteria: CRITERIA,
      },
      cast.maker.owner.as,
    );
    expect(check.status, JSON.stringify(check.body)).toBe(200);
    expect(byId(check.body.serviceLevels, 'restore')).toMatchObject({ result: 'met', margin: 4, source: 'attested' });
  });

  it("a procurer's conformity check of a bid's offering reads the declared values the bid does; an organization without a bid on it reads none", async () => {
    const fw = await builtInFrameworks(http, cast.procurer.owner.as);
    const check = (as: Credentials) =>
      http.post<{ serviceLevels: SlReport }>(
        '/v1/conformity-checks',
        {
          offeringId: cast.ws.offeringId,
          requirements: [{ frameworkId: fw['attesta-dser']!, minimumOutcome: 'conformant' }],
          markets: ['TH'],
          criteria: CRITERIA,
        },
        as,
      );
    const byProcurer = await check(cast.procurer.owner.as);
    expect(byProcurer.status, JSON.stringify(byProcurer.body)).toBe(200);
    expect(byId(byProcurer.body.serviceLevels, 'asean-residency')).toMatchObject({ result: 'not_met', source: 'declared', value: ['VN', 'TH', 'SG'] });
    // The same answer the supplier's own check and the bid give.
    const bySupplier = await check(cast.maker.owner.as);
    expect(byProcurer.body.serviceLevels.criteria).toEqual(bySupplier.body.serviceLevels.criteria);
    // A procurer without a bid on the offering does not read the supplier's declared objectives.
    const stranger = await cast.factories.newOrganization(OrganizationKind.Procurer);
    const byStranger = await check(stranger.owner.as);
    expect(byId(byStranger.body.serviceLevels, 'asean-residency')).toMatchObject({ result: 'not_met', source: null, value: null });
  });

  it('exports the tender as an OCDS release whose criteria validate against the requirements extension and re-import to the same criteria', async () => {
    const release = await http.get<{ ocid: string; tender: { criteria: unknown[] } }>(`/v1/tenders/${tenderId}/ocds`, cast.procurer.owner.as);
    expect(release.status, JSON.stringify(release.body)).toBe(200);
    const ext = JSON.parse(readFileSync(new URL('../../../shared/data/ocds/requirements-extension-release-schema.json', import.meta.url), 'utf8')) as {
      definitions: Record<string, unknown>;
    };
    const period = {
      type: 'object',
      properties: { startDate: { type: 'string' }, endDate: { type: 'string' }, durationInDays: { type: ['integer', 'null'] } },
    };
    const validate = new Ajv({ strict: false, allErrors: true }).compile({ definitions: { ...ext.definitions, Period: period }, $ref: '#/definitions/Tender' });
    expect(validate(release.body.tender), JSON.stringify(validate.errors)).toBe(true);
    const fw = await builtInFrameworks(http, cast.procurer.owner.as);
    const again = await openTender(http, cast.procurer.owner.as, fw['attesta-dser']!, { criteria: release.body.tender.criteria });
    const reexported = await http.get<{ tender: { criteria: unknown[] } }>(`/v1/tenders/${again}/ocds`, cast.procurer.owner.as);
    expect(reexported.body.tender.criteria).toEqual(release.body.tender.criteria);
    expectProblem(await http.get(`/v1/tenders/${tenderId}/ocds`, (await cast.factories.newOrganization(OrganizationKind.Procurer)).owner.as), 404);
  });

  it('a measured breach flags the relying bids at risk and opens a finding draft; windows older than the evidence age do not count', async () => {
    const fw = await builtInFrameworks(http, cast.procurer.owner.as);
    // A second tender only trusting the last 30 days of measurements.
    const recentOnly = await openTender(http, cast.procurer.owner.as, fw['attesta-dser']!, {
      criteria: CRITERIA,
      accreditedIssuersOnly: false,
      maxEvidenceAgeDays: 30,
    });
    const recentBid = await placedBid<Bid>(http, recentOnly, cast.maker, { offeringId: cast.ws.offeringId, attestationIds: [attestationId] });
    expect(recentBid.compliance.serviceLevels!.atRisk).toBe(false);

    const now = Date.now();
    const day = (d: number) => new Date(Math.floor(now / DAY) * DAY - d * DAY).toISOString();
    // The breach: two months ago, a whole-month window at 97 % (objective ≥ 99.9 % monthly, tolerance 0.2).
    const old = new Date(now - 62 * DAY);
    const oldMonthStart = new Date(Date.UTC(old.getUTCFullYear(), old.getUTCMonth(), 1)).toISOString();
    const oldMonthEnd = new Date(Date.UTC(old.getUTCFullYear(), old.getUTCMonth(), 8)).toISOString();
    const path = `${component}/service-levels/availability/measurements`;
    const recent = [3, 2].map((d) => ({ periodStart: day(d), periodEnd: day(d - 1), value: 99.97, sampleCount: 1440, source: 'prometheus' }));
    // Every earlier event handled first (each may re-evaluate the bids): what follows is the measurement's doing.
    await expect
      .poll(async () => (await sqlOf(t)<{ n: number }>('SELECT count(*)::int AS n FROM outbox_events WHERE published_at IS NULL'))[0]!.n, { timeout: 15_000 })
      .toBe(0);
    expect((await http.get<Bid>(`/v1/bids/${bid.id}`, cast.procurer.owner.as)).body.compliance.serviceLevels!.atRisk).toBe(false);
    const pushed = await http.post<{ stored: number; findingsOpened: number; bidsAtRisk: number }>(
      path,
      { measurements: [{ periodStart: oldMonthStart, periodEnd: oldMonthEnd, value: 97, sampleCount: 10080 }, ...recent] },
      makerKey,
    );
    expect(pushed.status, JSON.stringify(pushed.body)).toBe(200);
    expect(pushed.body).toMatchObject({ stored: 3, findingsOpened: 1, bidsAtRisk: 1 });

    const atRisk = await http.get<{ report: SlReport }>(`/v1/bids/${bid.id}/service-levels`, cast.procurer.owner.as);
    expect(byId(atRisk.body.report, 'availability').atRisk).toMatchObject({ measured: 97 });
    expect(byId(atRisk.body.report, 'availability').reasons.map((r) => r.code)).toContain('measured_breach');
    const notCounted = await http.get<{ report: SlReport }>(`/v1/bids/${recentBid.id}/service-levels`, cast.procurer.owner.as);
    expect(notCounted.body.report.atRisk).toBe(false);
    expect(byId(notCounted.body.report, 'availability').atRisk).toBeNull();
    // The bid's compliance report carries the flag too: the measurement announces the bids it turned (only those),
    // and the worker re-evaluates the supplier's bids on it.
    const [announced] = await sqlOf(t)<{ payload: { bidIds: string[]; metric: string } }>(
      `SELECT payload FROM outbox_events WHERE type = 'service_levels.bids_rejudged' ORDER BY created_at DESC, id DESC LIMIT 1`,
    );
    expect(announced?.payload).toMatchObject({ metric: 'availability', bidIds: [bid.id] });
    await expect
      .poll(async () => (await http.get<Bid>(`/v1/bids/${bid.id}`, cast.procurer.owner.as)).body.compliance.serviceLevels!.atRisk, {
        timeout: 15_000,
        interval: 200,
      })
      .toBe(true);

    const drafts = await http.get<{ data: { metric: string; measured: number; status: string; assessorOrganizationId: string }[] }>(
      '/v1/service-level-findings',
      cast.assessor.owner.as,
    );
    expect(drafts.body.data).toEqual([
      expect.objectContaining({ metric: 'availability', measured: 97, status: 'draft', assessorOrganizationId: cast.assessor.id }),
    ]);
    expect((await http.get<{ data: unknown[] }>('/v1/service-level-findings', cast.outsider.owner.as)).body.data).toEqual([]);

    // Idempotent per window; an overlapping window with another value is refused and nothing is stored.
    const again = await http.post<{ stored: number; unchanged: number; findingsOpened: number }>(path, { measurements: recent }, makerKey);
    expect(again.body).toMatchObject({ stored: 0, unchanged: 2, findingsOpened: 0 });
    const clash = expectProblem(
      await http.post(
        path,
        {
          measurements: [
            { periodStart: day(5), periodEnd: day(4), value: 99.5 },
            { ...recent[0]!, periodEnd: day(1), value: 98 },
          ],
        },
        makerKey,
      ),
      422,
    );
    expect(clash.errors!.map((e) => e.field)).toEqual(['measurements[1].periodStart']);
    const csv = await http.post<{ stored: number }>(`${path}/csv`, { csv: `periodStart,periodEnd,value\n${day(5)},${day(4)},99.5\n` }, makerKey);
    expect(csv.body.stored).toBe(1);
    const chart = await http.get<{ windows: unknown[]; periods: { breach: boolean }[] }>(
      `${component}/service-levels/availability/attainment`,
      cast.maker.owner.as,
    );
    expect(chart.body.windows).toHaveLength(4);
    expect(chart.body.periods.some((p) => p.breach)).toBe(true);
    expectProblem(await http.post(`${component}/service-levels/uptime/measurements`, { measurements: recent }, makerKey), 422);
    expectProblem(await http.post(path, { measurements: recent }, outsiderKey), 404);
  });

  it('refuses windows that are empty, end in the future, lie outside 0–100 % or repeat within the call, naming each and storing nothing; another component never clashes', async () => {
    const path = `${component}/service-levels/availability/measurements`;
    const chart = `${component}/service-levels/availability/attainment`;
    const stored = (await http.get<{ windows: unknown[] }>(chart, cast.maker.owner.as)).body.windows.length;
    const refused = expectProblem(
      await http.post(
        path,
        {
          measurements: [
            { periodStart: day(20), periodEnd: day(20), value: 99.9 },
            { periodStart: day(1), periodEnd: new Date(Date.now() + 2 * DAY).toISOString(), value: 99.9 },
            { periodStart: day(21), periodEnd: day(20), value: 100.5 },
            { periodStart: day(22), periodEnd: day(21), value: 99.9 },
            { periodStart: day(22), periodEnd: day(21), value: 99.9 },
            { periodStart: day(800), periodEnd: day(400), value: 99.9 },
          ],
        },
        makerKey,
      ),
      422,
    );
    expect(refused.errors!.map((e) => e.field)).toEqual([
      'measurements[0].periodEnd',
      'measurements[1].periodEnd',
      'measurements[2].value',
      'measurements[5].periodEnd',
      'measurements[4].periodStart',
    ]);
    expect((await http.get<{ windows: unknown[] }>(chart, cast.maker.owner.as)).body.windows).toHaveLength(stored);
    // The hardware component's window of the same period and metric, with another value, is its own.
    const hardware = await http.post<{ stored: number }>(
      `/v1/offerings/${cast.ws.offeringId}/components/${cast.ws.hardwareComponentId}/service-levels/availability/measurements`,
      { measurements: [{ periodStart: day(3), periodEnd: day(2), value: 95 }] },
      makerKey,
    );
    expect(hardware.status, JSON.stringify(hardware.body)).toBe(200);
    expect(hardware.body.stored).toBe(1);
  });

  it("judges a metric's windows against that metric's objective", async () => {
    // Time to restore ≤ 4 h: a 3-hour month is met (against availability ≥ 99.9 % it would be a breach).
    const pushed = await http.post<{ attainment: { value: number; result: string; breach: boolean }[]; findingsOpened: number }>(
      `${component}/service-levels/time_to_restore/measurements`,
      { measurements: [{ periodStart: day(3), periodEnd: day(2), value: 3 }] },
      makerKey,
    );
    expect(pushed.status, JSON.stringify(pushed.body)).toBe(200);
    expect(pushed.body.attainment.map((p) => [p.value, p.result, p.breach])).toEqual([[3, 'met', false]]);
    expect(pushed.body.findingsOpened).toBe(0);
  });

  it("judges windows pushed in the metric's unit against an objective stated in another unit: 10 hours to restore breach ≤ 240 minutes", async () => {
    const offering = await http.post<{ id: string; components: { id: string }[] }>(
      '/v1/offerings',
      { name: 'Unit check', components: [{ name: 'Minutes SaaS', kind: 'saas', version: '1.0.0', serviceCategory: LAYER }] },
      cast.maker.owner.as,
    );
    expect(offering.status, JSON.stringify(offering.body)).toBe(201);
    const path = `/v1/offerings/${offering.body.id}/components/${offering.body.components[0]!.id}`;
    const profile = await http.post(
      `${path}/service-level-profiles`,
      {
        objectives: [
          { metric: 'time_to_restore', operator: '<=', target: 240, unit: 'MIN', aggregation: 'max' },
          { metric: 'availability', operator: '>=', target: 0.999, unit: 'C62' },
        ],
      },
      cast.maker.owner.as,
    );
    expect(profile.status, JSON.stringify(profile.body)).toBe(201);
    // time_to_restore is measured in hours, availability in percent (the metrics' units).
    const restore = await http.post<{ attainment: { value: number; result: string; breach: boolean }[]; findingsOpened: number }>(
      `${path}/service-levels/time_to_restore/measurements`,
      { measurements: [{ periodStart: day(3), periodEnd: day(2), value: 10 }] },
      makerKey,
    );
    expect(restore.status, JSON.stringify(restore.body)).toBe(200);
    expect(restore.body.attainment.map((p) => [p.value, p.result, p.breach])).toEqual([[600, 'not_met', true]]);
    expect(restore.body.findingsOpened).toBe(1);
    const uptime = await http.post<{ attainment: { value: number; result: string; breach: boolean }[] }>(
      `${path}/service-levels/availability/measurements`,
      { measurements: [{ periodStart: day(3), periodEnd: day(2), value: 50 }] },
      makerKey,
    );
    expect(uptime.body.attainment.map((p) => [p.value, p.result, p.breach])).toEqual([[0.5, 'not_met', true]]);
    const chart = await http.get<{ windows: { value: number; unit: string }[]; periods: { value: number }[] }>(
      `${path}/service-levels/time_to_restore/attainment`,
      cast.maker.owner.as,
    );
    expect(chart.body.windows.map((w) => [w.value, w.unit])).toEqual([[10, 'HUR']]);
    expect(chart.body.periods.map((p) => p.value)).toEqual([600]);
  });

  it('refuses a tenant metric named like a built-in one', async () => {
    const shadow = expectProblem(
      await http.post(
        '/v1/service-level-metrics',
        { key: 'availability', name: 'Our availability', definition: 'Uptime share.', valueType: 'number', unit: 'P1' },
        cast.maker.owner.as,
      ),
      422,
    );
    expect(shadow.errors!.map((e) => e.field)).toEqual(['key']);
  });

  it('a bid answers from the latest profile version, whose unchanged objectives keep their ids', async () => {
    const versions = `${component}/service-level-profiles`;
    const [v1] = (await http.get<{ data: { objectives: { id: string; metric: string }[] }[] }>(versions, cast.maker.owner.as)).body.data;
    const v2 = await http.post<{ version: number; objectives: { id: string; metric: string }[] }>(
      versions,
      {
        objectives: [
          { metric: 'availability', operator: '>=', target: 99.9, period: 'P1M', aggregation: 'mean', tolerance: 0.2 },
          { metric: 'time_to_restore', operator: '<=', target: 4, period: 'P1M', aggregation: 'max' },
          { metric: 'data_residency', operator: 'in', target: ['TH'] },
        ],
      },
      cast.maker.owner.as,
    );
    expect(v2.status, JSON.stringify(v2.body)).toBe(201);
    expect(v2.body.version).toBe(2);
    const idOf = (objectives: { id: string; metric: string }[], metric: string) => objectives.find((o) => o.metric === metric)!.id;
    expect(idOf(v2.body.objectives, 'availability')).toBe(idOf(v1!.objectives, 'availability'));
    expect(idOf(v2.body.objectives, 'data_residency')).not.toBe(idOf(v1!.objectives, 'data_residency'));

    const fw = await builtInFrameworks(http, cast.procurer.owner.as);
    const tender = await openTender(http, cast.procurer.owner.as, fw['attesta-dser']!, { criteria: CRITERIA, accreditedIssuersOnly: false });
    const latest = await placedBid<Bid>(http, tender, cast.maker, { offeringId: cast.ws.offeringId, attestationIds: [attestationId] });
    const answer = await http.get<{ requirementResponses: { requirement: { id: string }; value: unknown; source: string }[] }>(
      `/v1/bids/${latest.id}/service-levels`,
      cast.procurer.owner.as,
    );
    expect(answer.body.requirementResponses.find((r) => r.requirement.id === 'asean-residency')).toMatchObject({ value: ['TH'], source: 'declared' });
    expect(answer.body.requirementResponses.find((r) => r.requirement.id === 'availability')).toMatchObject({ value: 99.9, source: 'attested' });
  });

  it('refuses a window overlapping stored ones even when the values agree: its time would count twice and dilute a breach', async () => {
    const path = `${component}/service-levels/availability/measurements`;
    const before = (await http.post<{ attainment: unknown[] }>(path, { measurements: [{ periodStart: day(3), periodEnd: day(2), value: 99.97 }] }, makerKey))
      .body.attainment;
    // Two stored daily windows at 99.97 %; a two-day window over both at the same value, and ten slivers inside them.
    const overlapping = [
      { periodStart: day(3), periodEnd: day(1), value: 99.97 },
      ...Array.from({ length: 10 }, (_, i) => ({ periodStart: new Date(Date.parse(day(3)) + i + 1).toISOString(), periodEnd: day(1), value: 99.97 })),
    ];
    for (const w of overlapping) {
      const refused = expectProblem(await http.post(path, { measurements: [w] }, makerKey), 422);
      expect(refused.errors![0]).toMatchObject({ field: 'measurements[0].periodStart', message: expect.stringContaining('time already measured') });
    }
    const after = (
      await http.post<{ attainment: unknown[]; stored: number }>(path, { measurements: [{ periodStart: day(3), periodEnd: day(2), value: 99.97 }] }, makerKey)
    ).body;
    expect(after).toMatchObject({ stored: 0, attainment: before });
  });

  it("a measurement re-judges only the bids relying on that component's metric: another component's breach counts no bid at risk", async () => {
    // The bid is at risk (the SaaS availability breach above), but it relies on nothing of the hardware.
    expect((await http.get<{ report: SlReport }>(`/v1/bids/${bid.id}/service-levels`, cast.procurer.owner.as)).body.report.atRisk).toBe(true);
    const hardware = await http.post<{ stored: number; bidsAtRisk: number }>(
      `/v1/offerings/${cast.ws.offeringId}/components/${cast.ws.hardwareComponentId}/service-levels/availability/measurements`,
      { measurements: [{ periodStart: day(12), periodEnd: day(11), value: 95 }] },
      makerKey,
    );
    expect(hardware.status, JSON.stringify(hardware.body)).toBe(200);
    expect(hardware.body).toMatchObject({ stored: 1, bidsAtRisk: 0 });
  });

  it('a bid is at risk from the latest breach within the evidence age, a window straddling the cutoff counting', async () => {
    // Time to restore ≤ 4 h (monthly maximum): a 20-hour month about 100 days ago, then a 10-hour window from 35 to 25 days ago.
    const pushed = await http.post<{ stored: number }>(
      `${component}/service-levels/time_to_restore/measurements`,
      {
        measurements: [
          { periodStart: day(100), periodEnd: day(99), value: 20 },
          { periodStart: day(35), periodEnd: day(25), value: 10 },
        ],
      },
      makerKey,
    );
    expect(pushed.status, JSON.stringify(pushed.body)).toBe(200);
    expect(pushed.body.stored).toBe(2);
    // Evidence up to a year old: both breaches count, the latest is reported.
    const relying = await http.get<{ report: SlReport }>(`/v1/bids/${bid.id}/service-levels`, cast.procurer.owner.as);
    expect(byId(relying.body.report, 'restore').atRisk).toMatchObject({ measured: 10 });
    // Evidence up to 30 days old: the window ending 25 days ago reaches into it.
    const fw = await builtInFrameworks(http, cast.procurer.owner.as);
    const recentOnly = await openTender(http, cast.procurer.owner.as, fw['attesta-dser']!, {
      criteria: CRITERIA,
      accreditedIssuersOnly: false,
      maxEvidenceAgeDays: 30,
    });
    const recentBid = await placedBid<Bid>(http, recentOnly, cast.maker, { offeringId: cast.ws.offeringId, attestationIds: [attestationId] });
    expect(byId(recentBid.compliance.serviceLevels!, 'restore').atRisk).toMatchObject({ measured: 10 });
  });

  it('a re-submission freezes the latest profile version; while it awaits judgement, a breach goes to the assessor who attested the objective', async () => {
    const again = await submitted(cast);
    const frozen = await http.get<{ data: { profileVersion: number; objective: { metric: string; target: unknown }; verdict: string }[] }>(
      `/v1/workspaces/${cast.ws.id}/submissions/${again.number}/service-levels`,
      cast.assessor.owner.as,
    );
    expect(frozen.status, JSON.stringify(frozen.body)).toBe(200);
    expect(frozen.body.data.map((o) => [o.objective.metric, o.profileVersion, o.verdict]).sort()).toEqual([
      ['availability', 2, 'pending'],
      ['data_residency', 2, 'pending'],
      ['time_to_restore', 2, 'pending'],
    ]);
    expect(frozen.body.data.find((o) => o.objective.metric === 'data_residency')!.objective.target).toEqual(['TH']);

    // A whole-week window at 95 % five months ago: a breach of that month.
    const old = new Date(Date.now() - 150 * DAY);
    const start = new Date(Date.UTC(old.getUTCFullYear(), old.getUTCMonth(), 1));
    const pushed = await http.post<{ findingsOpened: number }>(
      `${component}/service-levels/availability/measurements`,
      { measurements: [{ periodStart: start.toISOString(), periodEnd: new Date(start.getTime() + 7 * DAY).toISOString(), value: 95 }] },
      makerKey,
    );
    expect(pushed.status, JSON.stringify(pushed.body)).toBe(200);
    expect(pushed.body.findingsOpened).toBe(1);
    const drafts = await http.get<{ data: { measured: number; assessorOrganizationId: string | null }[] }>(
      '/v1/service-level-findings',
      cast.assessor.owner.as,
    );
    expect(drafts.body.data.find((d) => d.measured === 95)).toMatchObject({ assessorOrganizationId: cast.assessor.id });
  });

  it("an attested objective of one component does not hide another component's declared objective for the same metric", async () => {
    const added = await http.post<{ id: string }>(
      `/v1/offerings/${cast.ws.offeringId}/components`,
      { name: 'Cloud operations', kind: 'saas', version: '1.0.0', serviceCategory: 'cloud_om' },
      cast.maker.owner.as,
    );
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const profile = await http.post(
      `/v1/offerings/${cast.ws.offeringId}/components/${added.body.id}/service-level-profiles`,
      { objectives: [{ metric: 'availability', operator: '>=', target: 99.5, period: 'P1M' }] },
      cast.maker.owner.as,
    );
    expect(profile.status, JSON.stringify(profile.body)).toBe(201);
    const fw = await builtInFrameworks(http, cast.procurer.owner.as);
    const check = await http.post<{ serviceLevels: SlReport }>(
      '/v1/conformity-checks',
      {
        offeringId: cast.ws.offeringId,
        requirements: [{ frameworkId: fw['attesta-dser']!, minimumOutcome: 'conformant' }],
        markets: ['TH'],
        criteria: [
          {
            id: 'both-layers',
            requirementGroups: [
              {
                id: 'g',
                requirements: [
                  { id: 'pm-availability', metric: 'availability', serviceLayer: LAYER, minValue: 99 },
                  { id: 'om-availability', metric: 'availability', serviceLayer: 'cloud_om', minValue: 99 },
                ],
              },
            ],
          },
        ],
      },
      cast.maker.owner.as,
    );
    expect(check.status, JSON.stringify(check.body)).toBe(200);
    expect(byId(check.body.serviceLevels, 'pm-availability')).toMatchObject({ result: 'met', source: 'attested' });
    expect(byId(check.body.serviceLevels, 'om-availability')).toMatchObject({ result: 'met', source: 'declared' });
  });

  it('recording measurements re-judges every relying bid in the same number of statements, one bid or many', async () => {
    const fw = await builtInFrameworks(http, cast.procurer.owner.as);
    const path = `${component}/service-levels/availability/measurements`;
    // Windows over a year old: no finding period of the lookback changes, so each post does the same work but the bids.
    const post = async (d: number) => {
      const r = await http.post<{ stored: number }>(path, { measurements: [{ periodStart: day(d + 1), periodEnd: day(d), value: 99.97 }] }, makerKey);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.body.stored).toBe(1);
    };
    // This app runs the job processors, whose work can land in one post's count: the fewest of three.
    const counted = (d: number) => fewestStatements((call) => post(d + 5 * call));
    // Two breached months in one post: two drafts, each naming its period.
    const breached = await http.post<{ findingsOpened: number }>(
      path,
      {
        measurements: [
          { periodStart: day(201), periodEnd: day(200), value: 90 },
          { periodStart: day(261), periodEnd: day(260), value: 91 },
        ],
      },
      makerKey,
    );
    expect(breached.body.findingsOpened).toBe(2);
    const drafts = await http.get<{ data: { measured: number; title: string; periodStart: string }[] }>('/v1/service-level-findings', cast.maker.owner.as);
    for (const [measured, d] of [
      [90, 200],
      [91, 260],
    ] as const) {
      const draft = drafts.body.data.find((f) => f.measured === measured);
      expect(draft?.title).toMatch(new RegExp(`^availability ${measured} .*misses >= 99\\.9 \\(${day(d).slice(0, 7)}`));
    }
    const before = await counted(400);
    const more: Bid[] = [];
    for (let i = 0; i < 3; i++) {
      const tender = await openTender(http, cast.procurer.owner.as, fw['attesta-dser']!, { criteria: CRITERIA, accreditedIssuersOnly: false });
      more.push(await placedBid<Bid>(http, tender, cast.maker, { offeringId: cast.ws.offeringId, attestationIds: [attestationId] }));
    }
    const computedAt = async (b: Bid) =>
      Date.parse((await http.get<{ computedAt: string }>(`/v1/bids/${b.id}/service-levels`, cast.maker.owner.as)).body.computedAt);
    const placedAt = await Promise.all(more.map(computedAt));
    const after = await counted(500);
    expect(after).toBe(before);
    // The three new bids were judged again by the posts.
    expect((await Promise.all(more.map(computedAt))).every((at, i) => at > placedAt[i]!)).toBe(true);
  });

  it('a suspended attestation attests nothing, in a check and in a bid relying on it: its frameworks no longer count and its objectives answer as declared, until it is reinstated', async () => {
    const fw = await builtInFrameworks(http, cast.procurer.owner.as);
    // A bid relying on the attestation, judged again once it is suspended (and again once reinstated).
    const tender = await openTender(http, cast.procurer.owner.as, fw['attesta-dser']!, {
      accreditedIssuersOnly: false,
      criteria: dserAndAttestedAvailability('attested-bid', fw['attesta-dser']!),
    });
    const relying = await placedBid<Bid>(http, tender, cast.maker, { offeringId: cast.ws.offeringId, attestationIds: [attestationId] });
    expect(byId(relying.compliance.serviceLevels!, 'pm-availability')).toMatchObject({ result: 'met', source: 'attested' });
    const bidNow = async () => {
      const listed = await http.get<{ data: Bid[] }>(`/v1/tenders/${tender}/bids`, cast.procurer.owner.as);
      expect(listed.status, JSON.stringify(listed.body)).toBe(200);
      const detail = await http.get<{ report: SlReport }>(`/v1/bids/${relying.id}/service-levels`, cast.procurer.owner.as);
      expect(detail.body.report).toEqual(listed.body.data.find((b) => b.id === relying.id)!.compliance.serviceLevels);
      return detail.body.report;
    };
    const check = () =>
      http.post<{ serviceLevels: SlReport }>(
        '/v1/conformity-checks',
        {
          offeringId: cast.ws.offeringId,
          requirements: [{ frameworkId: fw['attesta-dser']!, minimumOutcome: 'conformant' }],
          markets: ['TH'],
          criteria: [
            {
              id: 'attested',
              requirementGroups: [
                {
                  id: 'g',
                  requirements: [
                    { id: 'dser', frameworkId: fw['attesta-dser']! },
                    { id: 'pm-availability', metric: 'availability', serviceLayer: LAYER, minValue: 99 },
                  ],
                },
              ],
            },
          ],
        },
        cast.maker.owner.as,
      );
    const before = (await check()).body.serviceLevels;
    expect(byId(before, 'dser')).toMatchObject({ result: 'met' });
    expect(byId(before, 'pm-availability')).toMatchObject({ source: 'attested' });

    const suspended = await http.post(
      `/v1/workspaces/${cast.ws.id}/attestations/${attestationId}/suspend`,
      { reason: 'Complaint under investigation' },
      cast.assessor.owner.as,
    );
    expect(suspended.status, JSON.stringify(suspended.body)).toBe(200);
    const after = (await check()).body.serviceLevels;
    expect(byId(after, 'dser')).toMatchObject({ result: 'not_met' });
    expect(byId(after, 'dser').reasons.map((r) => r.code)).toEqual(['framework_not_attested']);
    expect(byId(after, 'pm-availability')).toMatchObject({ result: 'met', source: 'declared' });

    const judged = await bidNow();
    expect(byId(judged, 'dser')).toMatchObject({ result: 'not_met' });
    expect(byId(judged, 'pm-availability')).toMatchObject({ result: 'not_met', source: 'declared' });
    expect(byId(judged, 'pm-availability').reasons.map((r) => r.code)).toContain('attested_value_required');
    const reinstated = await http.post(
      `/v1/workspaces/${cast.ws.id}/attestations/${attestationId}/reinstate`,
      { reason: 'Finding closed after re-audit' },
      cast.assessor.owner.as,
    );
    expect(reinstated.status, JSON.stringify(reinstated.body)).toBe(200);
    const again = await bidNow();
    expect(byId(again, 'dser')).toMatchObject({ result: 'met' });
    expect(byId(again, 'pm-availability')).toMatchObject({ result: 'met', source: 'attested' });

    // Suspended again, then the supplier records measurements: the relying bid's report is
    // re-matched there too, against the attestation as it stands, before any recompute.
    expect(
      (await http.post(`/v1/workspaces/${cast.ws.id}/attestations/${attestationId}/suspend`, { reason: 'Second complaint' }, cast.assessor.owner.as)).status,
    ).toBe(200);
    const measured = await http.post(
      `${component}/service-levels/availability/measurements`,
      { measurements: [{ periodStart: day(8), periodEnd: day(7), value: 99.95, sampleCount: 1440 }] },
      makerKey,
    );
    expect(measured.status, JSON.stringify(measured.body)).toBe(200);
    expect(measured.body).toMatchObject({ stored: 1 });
    const remeasured = (await http.get<{ report: SlReport }>(`/v1/bids/${relying.id}/service-levels`, cast.procurer.owner.as)).body;
    expect(byId(remeasured.report, 'dser')).toMatchObject({ result: 'not_met' });
    expect(byId(remeasured.report, 'pm-availability')).toMatchObject({ result: 'not_met', source: 'declared' });
    expect(byId(remeasured.report, 'pm-availability').reasons.map((r) => r.code)).toContain('attested_value_required');
    expect(await bidNow()).toEqual(remeasured.report);
  });

  it('keeps the relied-on attestations with the bid’s answer; answers stored before they were kept take their bid’s', async () => {
    const sql = sqlOf(t);
    const relied = async () =>
      (await sql<{ ids: string[] }>('SELECT relied_attestation_ids::text[] AS ids FROM bid_service_levels WHERE bid_id = $1', [bid.id]))[0]!.ids;
    expect(await relied()).toEqual([attestationId]);
    // The migration again on this database: the column dropped, then added and filled from the bids.
    const migration = new BidServiceLevelRelied1795694000000();
    const runner = { query: (text: string) => sql(text) } as unknown as QueryRunner;
    await migration.down(runner);
    await migration.up(runner);
    expect(await relied()).toEqual([attestationId]);
  });

  it('an attestation dated ahead attests nothing yet: not its frameworks, not its objectives, in a bid or after new measurements', async () => {
    // A workspace of its own: a profile, a decision valid from five days on, its objective attested.
    const own = await assessmentCast(http);
    const saas = `/v1/offerings/${own.ws.offeringId}/components/${own.ws.saasComponentId}`;
    const profiled = await http.post(
      `${saas}/service-level-profiles`,
      { objectives: [{ metric: 'availability', operator: '>=', target: 99.9, period: 'P1M', aggregation: 'mean' }] },
      own.maker.owner.as,
    );
    expect(profiled.status, JSON.stringify(profiled.body)).toBe(201);
    const fw = await builtInFrameworks(http, own.procurer.owner.as);
    const decided = await decidedSubmission(own, { validFrom: isoDay(5) });
    const path = `/v1/workspaces/${own.ws.id}/submissions/${decided.number}/service-levels`;
    const frozen = await http.get<{ data: { objectiveId: string; objective: { metric: string } }[] }>(path, own.assessor.owner.as);
    const availability = frozen.body.data.find((o) => o.objective.metric === 'availability')!;
    expect((await http.put(`${path}/${availability.objectiveId}`, { verdict: 'attested' }, own.assessor.owner.as)).status).toBe(200);
    const ahead = await issuedAttestation(own, { decisionId: decided.decisionId, accredited: false });
    const tender = await openTender(http, own.procurer.owner.as, fw['attesta-dser']!, {
      accreditedIssuersOnly: false,
      criteria: dserAndAttestedAvailability('ahead', fw['attesta-dser']!),
    });
    const bidOn = await placedBid<Bid>(http, tender, own.maker, { offeringId: own.ws.offeringId, attestationIds: [ahead.id] });
    const judged = (report: SlReport) => {
      expect(byId(report, 'dser')).toMatchObject({ result: 'not_met' });
      expect(byId(report, 'pm-availability')).toMatchObject({ result: 'not_met', source: 'declared' });
      expect(byId(report, 'pm-availability').reasons.map((r) => r.code)).toContain('attested_value_required');
    };
    judged(bidOn.compliance.serviceLevels!);
    const ownKey = (await own.factories.newApiKey(own.maker, ['offerings:write'])).as;
    const measured = await http.post(
      `${saas}/service-levels/availability/measurements`,
      { measurements: [{ periodStart: day(9), periodEnd: day(8), value: 99.96 }] },
      ownKey,
    );
    expect(measured.status, JSON.stringify(measured.body)).toBe(200);
    judged((await http.get<{ report: SlReport }>(`/v1/bids/${bidOn.id}/service-levels`, own.procurer.owner.as)).body.report);
  });
});
