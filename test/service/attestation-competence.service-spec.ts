import { MemberRole, OrganizationKind, type Actor } from '@attesta/core';
import { PersonnelService } from '@attesta/personnel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client } from '../setup/http.js';
import { assessmentCast, decidedSubmission, isoDay, issuedAttestation, type AssessmentCast } from '../setup/scenario.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

interface CompetenceSummary {
  type: string[];
  frozenAt: string;
  rosterDigest: string;
  people: number;
  certifiedPeople: number;
  byQualification: { scheme: string; level: string; people: number }[];
  byMarket: { market: string; people: number }[];
}

const subjectOf = (jwt: string) =>
  (JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as { credentialSubject: { competenceSummary?: CompetenceSummary } })
    .credentialSubject;

/**
 * An attestation states the competence of the people serving the offering as counts only: from
 * the roster frozen with the decided submission (the worker's job on `submission.created`, run
 * here by the test), people with a certification active on the freeze day, by scheme/level and
 * by market served, with no name, id or pseudonym.
 */
describe('attestation competence summary', () => {
  let t: TestApp;
  let cast: AssessmentCast;
  let personnel: PersonnelService;
  let maker: Actor;

  beforeAll(async () => {
    t = await createTestApp();
    cast = await assessmentCast(client(t.baseUrl), { join: ['assessor'] });
    personnel = t.app.get(PersonnelService);
    maker = {
      kind: 'user',
      userId: cast.maker.owner.userId,
      organizationId: cast.maker.id,
      organizationKind: OrganizationKind.Manufacturer,
      role: MemberRole.Owner,
    };
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  async function technician(name: string, markets: string[], certifications: { scheme: string; level: string; validUntil: string }[]): Promise<string> {
    const p = await personnel.createPerson(maker, {
      displayName: name,
      internalId: name.replace(/\s/g, '-'),
      email: null,
      markets,
      timeZones: ['Asia/Ho_Chi_Minh'],
      languages: ['en'],
      remotePrivileges: [],
    });
    for (const c of certifications) {
      await personnel.addCertification(maker, p.id, {
        ...c,
        issuingBody: 'VinaCert',
        number: null,
        validFrom: isoDay(-400),
        machineFamilies: [],
        deviceModels: [],
        serviceTypes: ['cloud_om'],
      });
    }
    await personnel.assign(maker, p.id, { offeringId: cast.ws.offeringId, componentId: cast.ws.saasComponentId });
    return p.id;
  }

  /** A decided submission with its roster frozen (as the worker does), then the attestation issued over HTTP. */
  async function attestedWithFrozenRoster() {
    const decided = await decidedSubmission(cast);
    await personnel.freezeForSubmission(cast.maker.id, cast.ws.id, decided.number);
    return { number: decided.number, ...(await issuedAttestation(cast, { decisionId: decided.decisionId, accredited: false })) };
  }

  it('an attestation whose submission froze an empty roster states zero counts', async () => {
    const a = await attestedWithFrozenRoster();
    expect(subjectOf(a.credential).competenceSummary).toMatchObject({ people: 0, certifiedPeople: 0, byQualification: [], byMarket: [] });
    expect((a as unknown as { competenceSummary: unknown }).competenceSummary).toMatchObject({ people: 0, certifiedPeople: 0, byQualification: [] });
  }, 120_000);

  it('an issued attestation carries the counts of the frozen roster, without names, ids or pseudonyms', async () => {
    const ids = [
      await technician(
        'Nguyen Van An',
        ['VN', 'TH'],
        [
          { scheme: 'Cloud O&M engineer', level: 'L2', validUntil: isoDay(300) },
          { scheme: 'Remote diagnosis', level: 'L1', validUntil: isoDay(300) },
        ],
      ),
      await technician(
        'Tran Thi Binh',
        ['VN'],
        [
          { scheme: 'Cloud O&M engineer', level: 'L2', validUntil: isoDay(300) },
          { scheme: 'Cloud O&M engineer', level: 'L3', validUntil: isoDay(-5) }, // expired before the freeze: not counted
        ],
      ),
      await technician('Somchai Lapsiri', ['TH'], [{ scheme: 'Remote diagnosis', level: 'L1', validUntil: isoDay(-1) }]),
    ];
    const a = await attestedWithFrozenRoster();
    const subject = subjectOf(a.credential);
    // The API answer states the same counts.
    expect((a as unknown as { competenceSummary: unknown }).competenceSummary).toMatchObject({
      people: 3,
      certifiedPeople: 2,
      byQualification: subject.competenceSummary!.byQualification,
    });
    expect(subject.competenceSummary).toEqual({
      type: ['CompetenceSummary'],
      frozenAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) as string,
      rosterDigest: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
      hashMethod: 'SHA-256',
      people: 3,
      certifiedPeople: 2,
      byQualification: [
        { scheme: 'Cloud O&M engineer', level: 'L2', people: 2 },
        { scheme: 'Remote diagnosis', level: 'L1', people: 1 },
      ],
      byMarket: [
        { market: 'TH', people: 1 },
        { market: 'VN', people: 2 },
      ],
    });
    // The digest is the one of the roster frozen with this submission.
    const snapshots = await personnel.listRosterSnapshots(maker, cast.ws.id);
    const frozen = snapshots.find((s) => s.submissionNumber === a.number);
    expect(frozen?.digest).toBe(subject.competenceSummary!.rosterDigest);
    // No personal data and no pseudonym anywhere in the credential.
    const payload = Buffer.from(a.credential.split('.')[1]!, 'base64url').toString('utf8');
    for (const s of ['Nguyen', 'Binh', 'Somchai', 'VinaCert', ...ids, ...frozen!.entries.map((e) => e.pseudonym)]) expect(payload).not.toContain(s);
  }, 120_000);
});
