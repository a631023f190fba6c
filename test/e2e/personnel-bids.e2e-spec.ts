import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, type Client } from '../setup/http.js';
import { sqlOf } from '../setup/database.js';
import { assessmentCast, isoDay, openTender, placedBid, type AssessmentCast } from '../setup/scenario.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { builtInFrameworks } from '../setup/workspace-factories.js';

const SCHEME = 'Remote diagnostics technician';

interface Bid {
  id: string;
  compliance: { competence?: { result: string; qualifiedPeople: number }[] };
}

/**
 * A tender's competence rules read the roster serving the offering, which no attestation of the
 * bid names: when that roster changes, the bid's report changes with it (through the outbox and
 * the worker), not at the next reconciliation.
 */
describe('Bids and the personnel serving the offering (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let cast: AssessmentCast;
  let sql: ReturnType<typeof sqlOf>;

  beforeAll(async () => {
    // The worker runs in the API process: personnel changes re-evaluate bids through the outbox.
    t = await createTestApp({ env: { API_RUN_PROCESSORS: 'true' } });
    http = client(t.baseUrl);
    sql = sqlOf(t);
    cast = await assessmentCast(http);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const drained = () =>
    expect
      .poll(async () => (await sql<{ n: number }>('SELECT count(*)::int AS n FROM outbox_events WHERE published_at IS NULL'))[0]!.n, { timeout: 15_000 })
      .toBe(0);
  const competenceOf = async (bidId: string) => (await http.get<Bid>(`/v1/bids/${bidId}`, cast.procurer.owner.as)).body.compliance.competence?.[0]?.result;

  it('re-evaluates a bid when the technician it counted is unassigned, and again when one is assigned and certified', async () => {
    const person = await http.post<{ id: string }>(
      '/v1/personnel/people',
      { displayName: 'Tran Thi Binh', internalId: 'CO-0101', markets: ['VN'], timeZones: ['Asia/Ho_Chi_Minh'] },
      cast.maker.owner.as,
    );
    expect(person.status, JSON.stringify(person.body)).toBe(201);
    const certify = (personId: string) =>
      http.post(
        `/v1/personnel/people/${personId}/certifications`,
        { scheme: SCHEME, level: 'L3', issuingBody: 'VinaCert', validFrom: isoDay(-100), validUntil: isoDay(400), serviceTypes: ['remote_diagnosis'] },
        cast.maker.owner.as,
      );
    expect((await certify(person.body.id)).status).toBe(201);
    const assigned = await http.post<{ id: string }>(
      `/v1/personnel/people/${person.body.id}/assignments`,
      { offeringId: cast.ws.offeringId, componentId: cast.ws.saasComponentId },
      cast.maker.owner.as,
    );
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(201);

    const dser = (await builtInFrameworks(http, cast.procurer.owner.as))['attesta-dser']!;
    const tenderId = await openTender(http, cast.procurer.owner.as, dser, {
      markets: ['VN'],
      accreditedIssuersOnly: false,
      competenceRules: [{ minPeople: 1, scheme: SCHEME, levels: ['L3'], market: 'VN' }],
    });
    const bid = await placedBid<Bid>(http, tenderId, cast.maker, { offeringId: cast.ws.offeringId, attestationIds: [] });
    expect(bid.compliance.competence?.[0]).toMatchObject({ result: 'met', qualifiedPeople: 1 });
    await drained();

    // The only qualified technician stops serving the offering: the bid no longer meets the rule.
    const removed = await http.call('DELETE', `/v1/personnel/people/${person.body.id}/assignments/${assigned.body.id}`, { as: cast.maker.owner.as });
    expect(removed.status).toBe(204);
    await expect.poll(() => competenceOf(bid.id), { timeout: 15_000, interval: 200 }).toBe('not_met');
    await drained();

    // Another person, assigned first and certified after: the certification is what makes the bid meet the rule again.
    const other = await http.post<{ id: string }>(
      '/v1/personnel/people',
      { displayName: 'Le Van Cuong', internalId: 'CO-0102', markets: ['VN'] },
      cast.maker.owner.as,
    );
    expect(
      (
        await http.post(
          `/v1/personnel/people/${other.body.id}/assignments`,
          { offeringId: cast.ws.offeringId, componentId: cast.ws.saasComponentId },
          cast.maker.owner.as,
        )
      ).status,
    ).toBe(201);
    await drained();
    expect(await competenceOf(bid.id)).toBe('not_met');
    expect((await certify(other.body.id)).status).toBe(201);
    await expect.poll(() => competenceOf(bid.id), { timeout: 15_000, interval: 200 }).toBe('met');
  });
});
