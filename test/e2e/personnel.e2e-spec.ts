import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrganizationKind } from '@attesta/core';
import { sqlOf } from '../setup/database.js';
import { authHeaders, client, expectProblem, type Client, type Credentials } from '../setup/http.js';
import { streamUpload } from '../setup/multipart.js';
import { assessmentCast, isoDay, type AssessmentCast } from '../setup/scenario.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { builtInFrameworks } from '../setup/workspace-factories.js';

interface Person {
  id: string;
  status: string;
  displayName: string | null;
  internalId: string | null;
  email: string | null;
  certifications?: { id: string; number: string | null; status: string }[];
}
interface Roster {
  view: 'pseudonymous' | 'counts';
  people: number;
  counts: { scheme: string; level: string; market: string; people: number }[];
  entries?: { pseudonym: string; certifications: { scheme: string }[] }[];
}

const SCHEME = 'Remote diagnostics technician';
const HEADER =
  'internal_id,display_name,email,markets,time_zones,languages,cert_scheme,cert_level,cert_issuing_body,cert_number,cert_valid_from,cert_valid_until,cert_service_types';

function rosterCsv(rows: number, bad: Record<number, string> = {}): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i += 1) {
    lines.push(
      bad[i] ??
        `IMP-${i},Technician ${i},t${i}@cloudops.example,VN;TH,Asia/Ho_Chi_Minh,vi;en,${SCHEME},L2,VinaCert,PC-${i},2025-01-01,2030-12-31,remote_diagnosis`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The roster over HTTP: all-or-nothing CSV import, what each role sees of the people serving a
 * workspace's offering (employer: everything; assessor: pseudonyms; procurer: counts), tenant
 * isolation for users and API keys, competence rules in conformity checks, and erasure.
 */
describe('Personnel (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let cast: AssessmentCast;
  let makerKey: Credentials;
  let procurerKey: Credentials;
  let outsiderKey: Credentials;
  let personId: string;
  let sql: ReturnType<typeof sqlOf>;

  beforeAll(async () => {
    t = await createTestApp();
    http = client(t.baseUrl);
    sql = sqlOf(t);
    cast = await assessmentCast(http);
    makerKey = (await cast.factories.newApiKey(cast.maker, ['personnel:read', 'personnel:write'])).as;
    procurerKey = (await cast.factories.newApiKey(cast.procurer, ['workspaces:read', 'conformity:read'])).as;
    outsiderKey = (await cast.factories.newApiKey(cast.outsider, ['personnel:read', 'personnel:write', 'workspaces:read'])).as;
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('refuses a 500-row file with 3 bad rows as a whole, naming the rows and fields; the clean file imports', async () => {
    const bad = {
      41: `IMP-41,Technician 41,t41@cloudops.example,Vietnam,Asia/Ho_Chi_Minh,vi,${SCHEME},L2,VinaCert,PC-41,2025-01-01,2030-12-31,remote_diagnosis`,
      222: `IMP-222,,t222@cloudops.example,VN,Asia/Ho_Chi_Minh,vi,${SCHEME},L2,VinaCert,PC-222,2025-01-01,2030-12-31,remote_diagnosis`,
      498: `IMP-498,Technician 498,t498@cloudops.example,VN,Mars/Olympus,vi,${SCHEME},L2,VinaCert,PC-498,2025-02-30,2030-12-31,remote_diagnosis`,
    };
    const started = performance.now();
    const refused = expectProblem(await http.post('/v1/personnel/people/import', { csv: rosterCsv(500, bad) }, makerKey), 422);
    const refusedMs = performance.now() - started;
    expect(refused.code ?? refused.type).toMatch(/import_rejected/);
    // Data rows 41, 222 and 498 are lines 43, 224 and 500 (the header is line 1).
    expect(refused.rejectedLines).toEqual([43, 224, 500]);
    const fields = refused.errors!.map((e) => e.field).sort();
    expect(fields).toEqual(['rows[224].display_name', 'rows[43].markets', 'rows[500].cert_valid_from', 'rows[500].time_zones'].sort());
    const stored = await sql<{ n: string }>('SELECT count(*) AS n FROM people WHERE organization_id = $1', [cast.maker.id]);
    expect(Number(stored[0]!.n)).toBe(0);

    const started2 = performance.now();
    const ok = await http.post<{ imported: number; certifications: number }>('/v1/personnel/people/import', { csv: rosterCsv(500) }, makerKey);
    const importMs = performance.now() - started2;
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body).toEqual({ imported: 500, certifications: 500 });
    const list = await http.get<{ data: Person[]; nextCursor: string | null }>('/v1/personnel/people?limit=5', makerKey);
    expect(list.body.data).toHaveLength(5);
    expect(list.body.data[0]!.displayName).toMatch(/^Technician \d+$/);
    // Personal fields are sealed at rest: no name in the table.
    const plain = await sql<{ n: string }>(`SELECT count(*) AS n FROM people WHERE personal_data LIKE '%Technician%'`);
    expect(Number(plain[0]!.n)).toBe(0);
    // The same file again: every internal id is taken, nothing new is stored.
    const again = expectProblem(await http.post('/v1/personnel/people/import', { csv: rosterCsv(3) }, makerKey), 422);
    expect(again.rejectedLines).toEqual([2, 3, 4]);
    console.info(`personnel import: 500 rows refused in ${refusedMs.toFixed(0)} ms, imported in ${importMs.toFixed(0)} ms`);
  });

  it('shows the employer everything, the assessor pseudonyms, the procurer counts only; other tenants get 404', async () => {
    const created = await http.post<Person>(
      '/v1/personnel/people',
      { displayName: 'Nguyen Van An', internalId: 'CO-0042', email: 'an@cloudops.example', markets: ['VN'], timeZones: ['Asia/Ho_Chi_Minh'] },
      cast.maker.owner.as,
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    personId = created.body.id;
    // The certificate itself is evidence of the workspace, uploaded through the evidence path.
    const evidence = await http.post<{ id: string }>(
      `/v1/workspaces/${cast.ws.id}/evidence`,
      { type: 'certificate', title: 'Remote diagnostics certificate, An', confidentiality: 'confidential', effectiveDate: isoDay(-300) },
      cast.maker.owner.as,
    );
    expect(evidence.status, JSON.stringify(evidence.body)).toBe(201);
    const uploaded = await streamUpload(`${t.baseUrl}/v1/workspaces/${cast.ws.id}/evidence/${evidence.body.id}/versions`, authHeaders(cast.maker.owner.as), {
      filename: 'certificate.txt',
      contentType: 'text/plain',
      size: 2048,
    });
    expect(uploaded.status).toBe(201);
    const cert = await http.post<{ id: string; status: string; evidenceId: string; evidenceWorkspaceId: string }>(
      `/v1/personnel/people/${personId}/certifications`,
      {
        evidenceId: evidence.body.id,
        scheme: SCHEME,
        level: 'L3',
        issuingBody: 'VinaCert',
        number: 'PC-2025-00917',
        validFrom: isoDay(-300),
        validUntil: isoDay(20),
        serviceTypes: ['remote_diagnosis'],
      },
      cast.maker.owner.as,
    );
    expect(cert.status, JSON.stringify(cert.body)).toBe(201);
    expect(cert.body.status).toBe('active');
    expect(cert.body).toMatchObject({ evidenceId: evidence.body.id, evidenceWorkspaceId: cast.ws.id });
    const assigned = await http.post(
      `/v1/personnel/people/${personId}/assignments`,
      { offeringId: cast.ws.offeringId, componentId: cast.ws.saasComponentId },
      cast.maker.owner.as,
    );
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(201);

    const mine = await http.get<Person>(`/v1/personnel/people/${personId}`, cast.maker.owner.as);
    expect(mine.body).toMatchObject({ displayName: 'Nguyen Van An', internalId: 'CO-0042', email: 'an@cloudops.example' });
    expect(mine.body.certifications![0]!.number).toBe('PC-2025-00917');

    const assessorView = await http.get<Roster>(`/v1/workspaces/${cast.ws.id}/roster`, cast.assessor.owner.as);
    expect(assessorView.status, JSON.stringify(assessorView.body)).toBe(200);
    expect(assessorView.body.view).toBe('pseudonymous');
    expect(assessorView.body.entries).toHaveLength(1);
    expect(assessorView.body.entries![0]!.pseudonym).toMatch(/^psn_[0-9a-f]{20}$/);
    const assessorText = JSON.stringify(assessorView.body);
    for (const secret of [personId, 'Nguyen', 'CO-0042', 'an@cloudops', 'PC-2025']) expect(assessorText).not.toContain(secret);

    for (const as of [cast.procurer.owner.as, procurerKey]) {
      const procurerView = await http.get<Roster>(`/v1/workspaces/${cast.ws.id}/roster`, as);
      expect(procurerView.status, JSON.stringify(procurerView.body)).toBe(200);
      expect(procurerView.body).toEqual({
        workspaceId: cast.ws.id,
        view: 'counts',
        people: 1,
        counts: [{ scheme: SCHEME, level: 'L3', market: 'VN', people: 1 }],
      });
      const text = JSON.stringify(procurerView.body);
      for (const secret of [personId, 'Nguyen', 'CO-0042', 'psn_']) expect(text).not.toContain(secret);
    }

    // Other tenants, as a user and as an API key: the person and the workspace roster do not exist.
    for (const as of [cast.outsider.owner.as, outsiderKey]) {
      expectProblem(await http.get(`/v1/personnel/people/${personId}`, as), 404);
      expectProblem(
        await http.post(`/v1/personnel/people/${personId}/certifications`, { scheme: 'x', level: 'x', issuingBody: 'x', validFrom: '2025-01-01' }, as),
        404,
      );
      expectProblem(await http.get(`/v1/workspaces/${cast.ws.id}/roster`, as), 404);
      const theirs = await http.get<{ data: Person[] }>('/v1/personnel/people', as);
      expect(theirs.body.data.map((p) => p.id)).not.toContain(personId);
    }
    // The outsider cannot attach its people to the maker's offering either.
    const outsiderPerson = await http.post<Person>('/v1/personnel/people', { displayName: 'X', internalId: 'X-1', markets: ['VN'] }, outsiderKey);
    expectProblem(
      await http.post(
        `/v1/personnel/people/${outsiderPerson.body.id}/assignments`,
        { offeringId: cast.ws.offeringId, componentId: cast.ws.saasComponentId },
        outsiderKey,
      ),
      422,
    );
    // Nor point a certification at the maker's evidence.
    const [evidenceId] = assessorText.match(/"evidenceId":"([^"]+)"/)!.slice(1);
    const foreignEvidence = expectProblem(
      await http.post(
        `/v1/personnel/people/${outsiderPerson.body.id}/certifications`,
        { scheme: 'x', level: 'x', issuingBody: 'x', validFrom: '2025-01-01', evidenceId },
        outsiderKey,
      ),
      422,
    );
    expect(foreignEvidence.errors![0]!.field).toBe('evidenceId');

    // Frozen for the assessor.
    const frozen = await http.post<{ digest: string; entries: unknown[] }>(`/v1/workspaces/${cast.ws.id}/roster/snapshots`, {}, cast.maker.owner.as);
    expect(frozen.status, JSON.stringify(frozen.body)).toBe(201);
    const seen = await http.get<{ digest: string }[]>(`/v1/workspaces/${cast.ws.id}/roster/snapshots`, cast.assessor.owner.as);
    expect(seen.body.map((s) => s.digest)).toEqual([frozen.body.digest]);
    // The procurer observes the workspace but not its frozen rosters.
    const procurerSnapshots = await http.get<unknown[]>(`/v1/workspaces/${cast.ws.id}/roster/snapshots`, cast.procurer.owner.as);
    expect(procurerSnapshots.body).toEqual([]);
  });

  it('evaluates competence rules in conformity checks with counts and structured reasons, no names or ids', async () => {
    const dser = (await builtInFrameworks(http, cast.maker.owner.as))['attesta-dser']!;
    const check = (minPeople: number) =>
      http.post<{ competence: { result: string; qualifiedPeople: number; reasons: { code: string; expected?: number; actual?: number }[] }[] }>(
        '/v1/conformity-checks',
        {
          offeringId: cast.ws.offeringId,
          requirements: [{ frameworkId: dser, minimumOutcome: 'conformant' }],
          markets: ['VN'],
          competenceRules: [{ minPeople, scheme: SCHEME, levels: ['L3'], serviceTypes: ['remote_diagnosis'], market: 'VN', timeZone: 'Asia/Ho_Chi_Minh' }],
        },
        procurerKey,
      );
    const met = await check(1);
    expect(met.status, JSON.stringify(met.body)).toBe(200);
    // The one certification ends in 20 days: met, with a warning.
    expect(met.body.competence[0]).toMatchObject({ result: 'expiring', qualifiedPeople: 1 });
    expect(met.body.competence[0]!.reasons.map((r) => r.code)).toEqual(['competence_expiring']);
    const short = await check(2);
    expect(short.body.competence[0]).toMatchObject({ result: 'not_met', qualifiedPeople: 1 });
    expect(short.body.competence[0]!.reasons[0]).toMatchObject({ code: 'competence_insufficient', expected: 2, actual: 1 });
    expect(JSON.stringify(short.body)).not.toContain(personId);

    // A procurer with no part in the offering (no bid on its tenders, not in its workspace) cannot map the roster.
    const stranger = await cast.factories.newOrganization(OrganizationKind.Procurer);
    const strangerKey = (await cast.factories.newApiKey(stranger, ['conformity:read'])).as;
    const body = {
      offeringId: cast.ws.offeringId,
      requirements: [{ frameworkId: dser, minimumOutcome: 'conformant' }],
      markets: ['VN'],
      competenceRules: [{ minPeople: 1, scheme: SCHEME, market: 'VN' }],
    };
    const refused = expectProblem(await http.post('/v1/conformity-checks', body, strangerKey), 404);
    expect(refused).toMatchObject({ code: 'procurement.unknown_offering', errors: [{ field: 'competenceRules' }] });
    expect(JSON.stringify(refused)).not.toContain('qualifiedPeople');
    // The attestation part stays public.
    const { competenceRules: _rules, ...withoutRules } = body;
    expect((await http.post('/v1/conformity-checks', withoutRules, strangerKey)).status).toBe(200);
  });

  it('erases a person: personal fields unreadable, counts unchanged, the audit chain verifies', async () => {
    const before = (await http.get<Roster>(`/v1/workspaces/${cast.ws.id}/roster`, procurerKey)).body;
    const erased = await http.del<Person>(`/v1/personnel/people/${personId}`, cast.maker.owner.as);
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    expect(erased.body).toMatchObject({ status: 'erased', displayName: null, internalId: null, email: null });
    const read = await http.get<Person>(`/v1/personnel/people/${personId}`, cast.maker.owner.as);
    expect(read.body).toMatchObject({ displayName: null, internalId: null, email: null });
    expect(read.body.certifications).toHaveLength(1);
    expect(read.body.certifications![0]!.number).toBeNull();
    // The data key is gone; the ciphertext alone opens under no key.
    const keys = await sql<{ n: string }>('SELECT count(*) AS n FROM person_keys WHERE person_id = $1', [personId]);
    expect(Number(keys[0]!.n)).toBe(0);
    const after = (await http.get<Roster>(`/v1/workspaces/${cast.ws.id}/roster`, procurerKey)).body;
    expect(after).toEqual(before);
    expectProblem(await http.del(`/v1/personnel/people/${personId}`, cast.maker.owner.as), 409);
    expectProblem(
      await http.post(
        `/v1/personnel/people/${personId}/certifications`,
        { scheme: SCHEME, level: 'L3', issuingBody: 'VinaCert', validFrom: isoDay(-1) },
        cast.maker.owner.as,
      ),
      409,
    );
    const verified = await http.get<{ valid: boolean; breakCount: number; checked: number }>('/v1/organization/audit-events/verify', cast.maker.owner.as);
    expect(verified.status, JSON.stringify(verified.body)).toBe(200);
    expect(verified.body).toMatchObject({ valid: true, breakCount: 0 });
    const events = await sql<{ action: string; payload: unknown }>(
      `SELECT action, payload FROM audit_events WHERE stream_id = $1 AND subject_id = $2 ORDER BY seq`,
      [cast.maker.id, personId],
    );
    expect(events.map((e) => e.action)).toEqual(['person.created', 'certification.added', 'person.assigned', 'person.erased']);
    expect(JSON.stringify(events)).not.toContain('Nguyen');
  });
  it('counts a technician entered twice once, and an erased person not at all, against a competence rule', async () => {
    const offering = await http.post<{ id: string; components: { id: string }[] }>(
      '/v1/offerings',
      { name: 'Roster rule check', components: [{ name: 'Remote service', kind: 'saas', version: '1.0.0', serviceCategory: 'predictive_maintenance' }] },
      cast.maker.owner.as,
    );
    expect(offering.status, JSON.stringify(offering.body)).toBe(201);
    const technician = async (internalId: string, number: string) => {
      const person = await http.post<Person>('/v1/personnel/people', { displayName: `Technician ${internalId}`, internalId, markets: ['TH'] }, makerKey);
      expect(person.status, JSON.stringify(person.body)).toBe(201);
      const cert = await http.post(
        `/v1/personnel/people/${person.body.id}/certifications`,
        { scheme: SCHEME, level: 'L2', issuingBody: 'VinaCert', number, validFrom: isoDay(-100), validUntil: isoDay(400) },
        makerKey,
      );
      expect(cert.status, JSON.stringify(cert.body)).toBe(201);
      const assigned = await http.post(
        `/v1/personnel/people/${person.body.id}/assignments`,
        { offeringId: offering.body.id, componentId: offering.body.components[0]!.id },
        makerKey,
      );
      expect(assigned.status, JSON.stringify(assigned.body)).toBe(201);
      return person.body.id;
    };
    // The same certificate under two internal ids (its number typed differently), and a third technician.
    await technician('DUP-1', 'VC-7001');
    await technician('DUP-2', 'vc 7001');
    const other = await technician('OTHER-1', 'VC-7002');
    const dser = (await builtInFrameworks(http, cast.maker.owner.as))['attesta-dser']!;
    const qualified = async () => {
      const res = await http.post<{ competence: { result: string; qualifiedPeople: number }[] }>(
        '/v1/conformity-checks',
        {
          offeringId: offering.body.id,
          requirements: [{ frameworkId: dser, minimumOutcome: 'conformant' }],
          markets: ['TH'],
          competenceRules: [{ minPeople: 3, scheme: SCHEME, market: 'TH' }],
        },
        cast.maker.owner.as,
      );
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body.competence[0]!;
    };
    expect(await qualified()).toMatchObject({ result: 'not_met', qualifiedPeople: 2 });
    expect((await http.del(`/v1/personnel/people/${other}`, cast.maker.owner.as)).status).toBe(200);
    expect(await qualified()).toMatchObject({ result: 'not_met', qualifiedPeople: 1 });
  });
});
