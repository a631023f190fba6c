import { MemberRole, OrganizationKind } from '@attesta/core';
import type { QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForeignCredentialHolder1795698000000 } from '../../migrations/1795698000000-ForeignCredentialHolder.js';
import { ForeignConformanceOnly1795700900000 } from '../../migrations/1795700900000-ForeignConformanceOnly.js';
import { ForeignAssessedItems1795701100000 } from '../../migrations/1795701100000-ForeignAssessedItems.js';
import { startDidWebServer, type DidWebServer, type TestIssuer } from '../setup/did-web-issuer.js';
import { factories, OPERATOR, type TestOrg } from '../setup/factories.js';
import { client, expectProblem, type Client, type Credentials } from '../setup/http.js';
import { sqlOf } from '../setup/database.js';
import { openTender, placedBid } from '../setup/scenario.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { builtInFrameworks, workspaceFactories } from '../setup/workspace-factories.js';

interface ForeignCredentialBody {
  id: string;
  status: string;
  counts: boolean;
  reason: { code: string; message: string } | null;
  issuer: { did: string; name: string | null };
  trustListBody: { id: string; name: string | null } | null;
  frameworks: { code: string | null; version: string | null }[];
  assessedItems: { kind: string; id: string | null; name: string | null; version: string | null }[];
  markets: string[];
  issuedTo: { id: string | null; name: string | null } | null;
  statusEntries: { purpose: string; index: number; set: boolean }[];
  sourceUrl: string | null;
}

interface Bid {
  id: string;
  compliance: {
    overall: string;
    requirements: {
      result: string;
      reasons: { code: string; message: string }[];
      path?: { kind: string; foreignCredential: { id: string } | null } | null;
    }[];
  };
}

describe('Foreign credentials (HTTP + a second issuer on did:web)', () => {
  let t: TestApp;
  let http: Client;
  let didServer: DidWebServer;
  let trusted: TestIssuer;
  let stranger: TestIssuer;
  let m: TestOrg;
  let other: TestOrg;
  let otherKey: Credentials;
  let recognisedId: string;
  let unrecognisedId: string;
  /** m's bid that meets its tender through the recognised credential (set by the bid test). */
  let heldBidId: string;
  /** The offering-scoped case (set by its test): the credential, and m's bids on offerings A (assessed) and B (not). */
  let scoped: { credentialId: string; tenderId: string; bidA: string; bidB: string };

  beforeAll(async () => {
    didServer = await startDidWebServer();
    // The worker polls the status lists every second here (production: every 15 minutes).
    t = await createTestApp({ env: { API_RUN_PROCESSORS: 'true', FOREIGN_CREDENTIALS_POLL_INTERVAL_MS: '1000' } });
    http = client(t.baseUrl);
    const f = factories(http);
    trusted = await didServer.issuer('cab-th', 'Siam Certification Body');
    stranger = await didServer.issuer('unlisted', 'Unlisted Certifier');
    const body = await http.post(
      '/v1/operator/accreditation-bodies',
      { code: 'foreign-test-ab', name: 'Foreign Test Accreditation Body', country: 'TH', arrangements: ['GAC MRA'], dids: [trusted.did] },
      OPERATOR,
    );
    expect(body.status, JSON.stringify(body.body)).toBe(201);
    m = await f.newOrganization(OrganizationKind.Manufacturer);
    other = await f.newOrganization(OrganizationKind.Manufacturer);
    otherKey = (await f.newApiKey(other, ['foreign-credentials:write'])).as;
  });
  afterAll(async () => {
    await t?.close();
    await didServer?.close();
  });

  it('accepts an upload whose issuer a listed trust-list entry names, and keeps one from an unlisted issuer with the reason', async () => {
    // Issued elsewhere to m by name (another deployment's ids mean nothing here): case and spacing aside.
    const c1 = await trusted.credential({ markets: ['TH', 'VN'], issuedTo: { id: 'did:web:registry.example:party:42', name: ` ${m.name.toUpperCase()}  ` } });
    const res = await http.post<ForeignCredentialBody>('/v1/foreign-credentials', { credential: c1.jwt }, m.owner.as);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      status: 'recognised',
      counts: true,
      reason: null,
      issuer: { did: trusted.did, name: 'Siam Certification Body' },
      trustListBody: { name: 'Foreign Test Accreditation Body' },
      frameworks: [{ code: 'attesta-dser', version: '1.0' }],
      markets: ['TH', 'VN'],
      issuedTo: { id: 'did:web:registry.example:party:42', name: ` ${m.name.toUpperCase()}  ` },
      sourceUrl: null,
    });
    expect(res.body.statusEntries.map((e) => [e.purpose, e.set])).toEqual([
      ['revocation', false],
      ['suspension', false],
    ]);
    recognisedId = res.body.id;

    // By URL, from an issuer no trust-list entry names: kept, not counted, with the reason.
    const c2 = await stranger.credential({ issuedTo: { id: `urn:uuid:${m.id}` } });
    const byUrl = await http.post<ForeignCredentialBody>('/v1/foreign-credentials', { url: c2.url }, m.owner.as);
    expect(byUrl.status, JSON.stringify(byUrl.body)).toBe(201);
    expect(byUrl.body).toMatchObject({ status: 'unrecognised', counts: false, trustListBody: null, sourceUrl: c2.url });
    expect(byUrl.body.reason?.code).toBe('issuer_not_on_trust_list');
    unrecognisedId = byUrl.body.id;

    // The same credential twice: 409.
    expectProblem(await http.post('/v1/foreign-credentials', { credential: c1.jwt }, m.owner.as), 409);
  });

  it('stops counting when the status list marks it suspended (polled with If-None-Match), and counts again when cleared', async () => {
    const before = didServer.notModified();
    // Unchanged list: the explicit check gets 304 and keeps the result.
    const same = await http.post<ForeignCredentialBody>(`/v1/foreign-credentials/${recognisedId}/check`, undefined, m.owner.as);
    expect(same.status, JSON.stringify(same.body)).toBe(200);
    expect(same.body.status).toBe('recognised');
    expect(didServer.notModified()).toBeGreaterThan(before);

    const index = same.body.statusEntries.find((e) => e.purpose === 'suspension')!.index;
    await trusted.mark(index, true);
    // The worker's poll notices the new list (new ETag) without anyone asking.
    await expect
      .poll(async () => (await http.get<ForeignCredentialBody>(`/v1/foreign-credentials/${recognisedId}`, m.owner.as)).body.status, {
        timeout: 15_000,
        interval: 300,
      })
      .toBe('suspended');
    const suspended = await http.get<ForeignCredentialBody>(`/v1/foreign-credentials/${recognisedId}`, m.owner.as);
    expect(suspended.body).toMatchObject({ counts: false, reason: { code: 'suspended' } });

    await trusted.mark(index, false);
    const cleared = await http.post<ForeignCredentialBody>(`/v1/foreign-credentials/${recognisedId}/check`, undefined, m.owner.as);
    expect(cleared.body).toMatchObject({ status: 'recognised', counts: true });

    const listed = await http.get<{ data: ForeignCredentialBody[] }>('/v1/foreign-credentials?status=recognised', m.owner.as);
    expect(listed.body.data.map((c) => c.id)).toEqual([recognisedId]);
  });

  it('refuses bad input with problem+json naming the field or reason, storing nothing', async () => {
    const post = (body: unknown) => http.post('/v1/foreign-credentials', body, m.owner.as);
    const fieldOf = (p: { errors?: { field: string }[] }) => p.errors?.map((e) => e.field);

    expect(fieldOf(expectProblem(await post({ credential: 'not a credential' }), 422))).toEqual(['credential']);
    expect(fieldOf(expectProblem(await post({}), 400))).toEqual(['url']);
    // A credential of another party (the party another organization is), or of no named party: not m's to hold.
    for (const issuedTo of [{ id: `urn:uuid:${other.id}`, name: other.name }, { name: `${m.name} Holdings` }, null]) {
      const notMine = expectProblem(await post({ credential: (await trusted.credential({ issuedTo })).jwt }), 422);
      expect(notMine).toMatchObject({ code: 'foreign_credentials.not_issued_to_you', errors: [{ field: 'credential.credentialSubject.issuedToParty' }] });
    }
    // A well-formed credential whose issuer DID does not resolve (404 at its did.json).
    const c = await trusted.credential({ issuedTo: { id: `urn:uuid:${m.id}` } });
    const [h, p, s] = c.jwt.split('.');
    const payload = JSON.parse(Buffer.from(p!, 'base64url').toString());
    payload.validUntil = '2099-01-01T00:00:00Z';
    const tampered = `${h}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${s}`;
    const bad = expectProblem(await post({ credential: tampered }), 422);
    expect(bad.detail).toMatch(/signature does not verify/);
    const ghost = `did:web:127.0.0.1%3A${didServer.port}:issuers:ghost`;
    const header = Buffer.from(JSON.stringify({ alg: 'EdDSA', typ: 'vc+jwt', kid: `${ghost}#key-1` })).toString('base64url');
    const body = Buffer.from(JSON.stringify({ ...payload, issuer: { id: ghost } })).toString('base64url');
    const unresolved = expectProblem(await post({ credential: `${header}.${body}.${s}` }), 422);
    expect(unresolved.errors?.[0]?.field).toBe('credential.issuer');
    expect(unresolved.detail).toMatch(/does not resolve/);
    // Private-network and loopback URLs not allowed by configuration.
    for (const url of ['https://10.20.30.40/credential.jwt', `https://localhost:${didServer.port}/issuers/cab-th/did.json`, 'https://[::1]/c.jwt']) {
      const refused = expectProblem(await post({ url }), 422);
      expect(refused.errors?.[0]).toMatchObject({ field: 'url' });
      expect(refused.errors?.[0]?.message).toMatch(/non-public address/);
    }
    expect(fieldOf(expectProblem(await post({ url: 'http://certifier.example/c.jwt' }), 400))).toEqual(['url']);

    const all = await http.get<{ data: { id: string }[] }>('/v1/foreign-credentials', m.owner.as);
    expect(all.body.data.map((x) => x.id).sort()).toEqual([recognisedId, unrecognisedId].sort());
  });

  it("another organization's user and API key get 404 for every route, and see none in their list", async () => {
    for (const as of [other.owner.as, otherKey]) {
      expectProblem(await http.get(`/v1/foreign-credentials/${recognisedId}`, as), 404);
      expectProblem(await http.post(`/v1/foreign-credentials/${recognisedId}/check`, undefined, as), 404);
      expectProblem(await http.del(`/v1/foreign-credentials/${recognisedId}`, as), 404);
      expect((await http.get<{ data: unknown[] }>('/v1/foreign-credentials', as)).body.data).toEqual([]);
    }
    // Importing speaks for the organization: a plain member is refused; a key needs the scope.
    const member = await factories(http).newMember(m, MemberRole.Member);
    const mine = { issuedTo: { id: `urn:uuid:${m.id}` } };
    expectProblem(await http.post('/v1/foreign-credentials', { credential: (await trusted.credential(mine)).jwt }, member.as), 403);
    expect((await http.get(`/v1/foreign-credentials/${recognisedId}`, member.as)).status).toBe(200);
    const readKey = (await factories(http).newApiKey(m, ['foreign-credentials:read'])).as;
    expectProblem(await http.post('/v1/foreign-credentials', { credential: (await trusted.credential(mine)).jwt }, readKey), 403);
    // m's credential is not the other organization's to hold, by key or by user: nothing is stored.
    const ofM = await trusted.credential(mine);
    for (const as of [otherKey, other.owner.as]) {
      expect(expectProblem(await http.post('/v1/foreign-credentials', { credential: ofM.jwt }, as), 422).code).toBe('foreign_credentials.not_issued_to_you');
    }
    expect((await http.get<{ data: unknown[] }>('/v1/foreign-credentials', otherKey)).body.data).toEqual([]);
    // Its own credential it imports.
    const c = await trusted.credential({ issuedTo: { name: other.name } });
    expect((await http.post('/v1/foreign-credentials', { credential: c.jwt }, otherKey)).status).toBe(201);

    expect((await http.del(`/v1/foreign-credentials/${unrecognisedId}`, m.owner.as)).status).toBe(204);
    expectProblem(await http.get(`/v1/foreign-credentials/${unrecognisedId}`, m.owner.as), 404);
  });

  it("meets a tender's recognised equivalent for its holder's bid only: recomputing several suppliers' bids together lends it to no one else", async () => {
    const w = workspaceFactories(http);
    const [procurer, newcomer] = await Promise.all([w.newOrganization(OrganizationKind.Procurer), w.newOrganization(OrganizationKind.Manufacturer)]);
    const dser = (await builtInFrameworks(http, m.owner.as))['attesta-dser']!;
    const tenderId = await openTender(http, procurer.owner.as, dser, {
      requirements: [{ frameworkId: dser, minimumOutcome: 'conformant', orRecognisedIn: 'TH' }],
      accreditedIssuersOnly: false,
    });
    // Neither relies on an attestation: only m holds a recognised DSER credential for TH.
    const held = await placedBid<Bid>(http, tenderId, m, { offeringId: (await w.newOffering(m)).id, attestationIds: [] });
    const lacking = await placedBid<Bid>(http, tenderId, newcomer, { offeringId: (await w.newOffering(newcomer)).id, attestationIds: [] });
    expect(held.compliance.overall).toBe('compliant');
    expect(held.compliance.requirements[0]!.path).toMatchObject({ kind: 'foreign_credential', foreignCredential: { id: recognisedId } });
    heldBidId = held.id;
    // The credential states TH and VN: a tender naming both markets is met by it, one naming SG as well is not.
    for (const [markets, overall] of [
      [['TH', 'VN'], 'compliant'],
      [['TH', 'VN', 'SG'], 'non_compliant'],
    ] as const) {
      const wider = await openTender(http, procurer.owner.as, dser, {
        requirements: [{ frameworkId: dser, minimumOutcome: 'conformant', orRecognisedIn: 'TH' }],
        markets,
        accreditedIssuersOnly: false,
      });
      const bid = await placedBid<Bid>(http, wider, m, { offeringId: (await w.newOffering(m)).id, attestationIds: [] });
      expect(bid.compliance.overall, JSON.stringify(markets)).toBe(overall);
    }
    expect(lacking.compliance.overall).toBe('non_compliant');

    // Both reports are stale (as after a change they depend on): the procurer's read recomputes them in one go.
    await sqlOf(t)(`UPDATE bids SET computed_at = to_timestamp(0) WHERE tender_id = $1`, [tenderId]);
    const listed = await http.get<{ data: Bid[] }>(`/v1/tenders/${tenderId}/bids`, procurer.owner.as);
    expect(listed.status, JSON.stringify(listed.body)).toBe(200);
    const byId = new Map(listed.body.data.map((b) => [b.id, b.compliance]));
    expect(byId.get(held.id)!.overall).toBe('compliant');
    expect(byId.get(lacking.id)!.overall).toBe('non_compliant');
    expect(byId.get(lacking.id)!.requirements[0]!.reasons.map((r) => r.code)).toEqual(['no_attestation', 'no_recognised_equivalent']);
    expect((await http.get<Bid>(`/v1/bids/${lacking.id}`, newcomer.owner.as)).body.compliance.overall).toBe('non_compliant');
  });

  it("through a recognition rule naming arrangements, counts only when the credential's trust-list body is a signatory of one", async () => {
    const w = workspaceFactories(http);
    const fw = await builtInFrameworks(http, m.owner.as);
    const [dser, iso20000] = [fw['attesta-dser']!, fw['iso-iec-20000-1']!];
    const offeringId = (await w.newOffering(m)).id;
    const bidUnder = async (arrangements: string[], market: string) => {
      const procurer = await w.newOrganization(OrganizationKind.Procurer);
      const crosswalk = await http.get<unknown>(`/v1/frameworks/${iso20000}/mapping-collection`, procurer.owner.as);
      expect(crosswalk.status).toBe(200);
      const collection = await http.post<{ id: string }>('/v1/mapping-collections?code=dser-to-20000', crosswalk.body, procurer.owner.as);
      expect(collection.status, JSON.stringify(collection.body)).toBe(201);
      expect((await http.post(`/v1/mapping-collections/${collection.body.id}/approval`, { approved: true }, procurer.owner.as)).status).toBe(200);
      const rule = await http.post(
        '/v1/recognition-rules',
        { market, sourceFrameworkId: dser, targetFrameworkId: iso20000, mappingCollectionId: collection.body.id, arrangements, title: `${market} rule` },
        procurer.owner.as,
      );
      expect(rule.status, JSON.stringify(rule.body)).toBe(201);
      const tenderId = await openTender(http, procurer.owner.as, iso20000, {
        requirements: [{ frameworkId: iso20000, minimumOutcome: 'conformant', orRecognisedIn: market }],
        markets: [market],
        accreditedIssuersOnly: false,
      });
      return (await placedBid<Bid>(http, tenderId, m, { offeringId, attestationIds: [] })).compliance;
    };
    // m's DSER credential comes from an issuer the Foreign Test Accreditation Body (GAC MRA) lists.
    const outside = await bidUnder(['APAC MRA'], 'MY');
    expect(outside.overall).toBe('non_compliant');
    expect(outside.requirements[0]).toMatchObject({ result: 'not_met', path: null });
    const signatory = await bidUnder(['GAC MRA'], 'TH');
    expect(signatory.overall, JSON.stringify(signatory)).toBe('compliant');
    expect(signatory.requirements[0]!.path).toMatchObject({ kind: 'foreign_credential', foreignCredential: { id: recognisedId } });
  });

  it('counts a credential that assessed one offering for a bid on that offering only, and gives what it assessed', async () => {
    const procurer = await factories(http).newOrganization(OrganizationKind.Procurer);
    const frameworks = await http.get<{ data: { id: string; code: string; version: string; source: string }[] }>('/v1/frameworks?limit=200', m.owner.as);
    const iso = frameworks.body.data.find((f) => f.code === 'iso-iec-27001' && f.source === 'built_in')!;
    const offering = async (name: string, components: { name: string; kind: string; version: string }[]) => {
      const res = await http.post<{ id: string; components: { id: string; name: string; version: string }[] }>(
        '/v1/offerings',
        { name, components },
        m.owner.as,
      );
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body;
    };
    // The manufacturer's CNC line (assessed abroad) and its unrelated AI-inspection SaaS.
    const a = await offering('VMC-850 machining line', [
      { name: 'VMC-850 machining centre', kind: 'hardware', version: 'rev C' },
      { name: 'VMC controller firmware', kind: 'firmware', version: '7.1' },
    ]);
    const b = await offering('VisionQC AI inspection', [{ name: 'VisionQC inspection model', kind: 'saas', version: '3.2.0' }]);
    // In Attesta's layout: the hardware as assessedProduct, the offering with its components beside.
    const c = await trusted.credential({
      issuedTo: { id: `urn:uuid:${m.id}` },
      frameworkCode: iso.code,
      frameworkVersion: iso.version,
      assessed: {
        assessedProduct: a.components.map((x) => ({
          type: ['ProductVerification'],
          product: { id: `urn:uuid:${x.id}`, name: x.name, modelVersion: x.version },
        })),
        assessedFacility: [{ facility: { id: 'urn:uuid:0190d0c4-0000-7000-8000-00000000fac1', name: 'Bang Na plant' } }],
      },
      subject: {
        assessedOffering: {
          id: `urn:uuid:${a.id}`,
          name: 'VMC-850 machining line',
          components: a.components.map((x, i) => ({ id: `urn:uuid:${x.id}`, name: x.name, componentKind: ['hardware', 'firmware'][i], version: x.version })),
        },
      },
    });
    const imported = await http.post<ForeignCredentialBody>('/v1/foreign-credentials', { credential: c.jwt }, m.owner.as);
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    const assessedItems = [
      ...a.components.map((x) => ({ kind: 'product', id: `urn:uuid:${x.id}`, name: x.name, version: x.version })),
      { kind: 'facility', id: 'urn:uuid:0190d0c4-0000-7000-8000-00000000fac1', name: 'Bang Na plant', version: null },
      { kind: 'offering', id: `urn:uuid:${a.id}`, name: 'VMC-850 machining line', version: null },
    ];
    expect(imported.body).toMatchObject({ status: 'recognised', frameworks: [{ code: iso.code, version: iso.version }], assessedItems });
    expect((await http.get<ForeignCredentialBody>(`/v1/foreign-credentials/${imported.body.id}`, m.owner.as)).body.assessedItems).toEqual(assessedItems);

    const tenderId = await openTender(http, procurer.owner.as, iso.id, {
      requirements: [{ frameworkId: iso.id, minimumOutcome: 'conformant', orRecognisedIn: 'TH' }],
      accreditedIssuersOnly: false,
    });
    const bidA = await placedBid<Bid>(http, tenderId, m, { offeringId: a.id, attestationIds: [] });
    const bidB = await placedBid<Bid>(http, tenderId, m, { offeringId: b.id, attestationIds: [] });
    expect(bidA.compliance.overall).toBe('compliant');
    expect(bidA.compliance.requirements[0]!.path).toMatchObject({ kind: 'foreign_credential', foreignCredential: { id: imported.body.id } });
    expect(bidB.compliance.overall).toBe('non_compliant');
    const [requirementB] = bidB.compliance.requirements;
    expect(requirementB).toMatchObject({ result: 'not_met', path: null });
    expect(requirementB!.reasons.find((r) => r.code === 'no_recognised_equivalent')!.message).toBe(
      `a foreign credential from Siam Certification Body covers ${iso.code}@${iso.version} in TH but not this offering (it assessed: VMC-850 machining centre rev C, VMC controller firmware 7.1, VMC-850 machining line; not assessed: VisionQC inspection model 3.2.0)`,
    );

    // Recomputed on the procurer's read (stale, as after a change they depend on): the same answers, the offerings' names read for it.
    await sqlOf(t)(`UPDATE bids SET computed_at = to_timestamp(0) WHERE tender_id = $1`, [tenderId]);
    const listed = await http.get<{ data: Bid[] }>(`/v1/tenders/${tenderId}/bids`, procurer.owner.as);
    expect(listed.status, JSON.stringify(listed.body)).toBe(200);
    expect(Object.fromEntries(listed.body.data.map((x) => [x.id, x.compliance.overall]))).toEqual({ [bidA.id]: 'compliant', [bidB.id]: 'non_compliant' });
    scoped = { credentialId: imported.body.id, tenderId, bidA: bidA.id, bidB: bidB.id };

    // A conformity check with the same requirement answers as the bids do, for the procurer (a party through the bids) and
    // the holder; an organization with no part in the unattested offering is not told its holder, so no credential counts.
    const check = (offeringId: string, as: Credentials) =>
      http.post<Bid['compliance']>(
        '/v1/conformity-checks',
        { offeringId, requirements: [{ frameworkId: iso.id, minimumOutcome: 'conformant', orRecognisedIn: 'TH' }], markets: ['TH'] },
        as,
      );
    for (const as of [procurer.owner.as, m.owner.as]) {
      const onA = await check(a.id, as);
      expect(onA.status, JSON.stringify(onA.body)).toBe(200);
      expect(onA.body.overall).toBe('compliant');
      expect(onA.body.requirements[0]!.path).toMatchObject({ kind: 'foreign_credential', foreignCredential: { id: imported.body.id } });
      const onB = await check(b.id, as);
      expect(onB.body.overall).toBe('non_compliant');
      expect(onB.body.requirements[0]!.reasons.find((r) => r.code === 'no_recognised_equivalent')!.message).toBe(
        requirementB!.reasons.find((r) => r.code === 'no_recognised_equivalent')!.message,
      );
    }
    // A tender (or check) naming VN as well: the credential states TH only, so it shows nothing for VN, as an
    // attestation covering TH only would not; the reason says which market it lacks.
    const twoMarkets = await openTender(http, procurer.owner.as, iso.id, {
      requirements: [{ frameworkId: iso.id, minimumOutcome: 'conformant', orRecognisedIn: 'TH' }],
      markets: ['TH', 'VN'],
      accreditedIssuersOnly: false,
    });
    const shortBid = await placedBid<Bid>(http, twoMarkets, m, { offeringId: a.id, attestationIds: [] });
    const shortCheck = await http.post<Bid['compliance']>(
      '/v1/conformity-checks',
      { offeringId: a.id, requirements: [{ frameworkId: iso.id, minimumOutcome: 'conformant', orRecognisedIn: 'TH' }], markets: ['TH', 'VN'] },
      m.owner.as,
    );
    for (const report of [shortBid.compliance, shortCheck.body]) {
      expect(report.overall).toBe('non_compliant');
      expect(report.requirements[0]).toMatchObject({ result: 'not_met', path: null });
      expect(report.requirements[0]!.reasons.find((r) => r.code === 'no_recognised_equivalent')!.message).toBe(
        `a foreign credential from Siam Certification Body covers ${iso.code}@${iso.version} in TH for this offering but does not state the market(s) VN asked for (it states: TH)`,
      );
    }
    const bystander = await factories(http).newOrganization(OrganizationKind.Procurer);
    const unseen = await check(a.id, bystander.owner.as);
    expect(unseen.status, JSON.stringify(unseen.body)).toBe(200);
    expect(unseen.body.overall).toBe('non_compliant');
    expect(unseen.body.requirements[0]!.reasons.map((r) => r.code)).toEqual(['no_attestation', 'no_recognised_equivalent']);
  });

  it('stops counting a credential bound by name once the holder is renamed, and counts again under the name it names', async () => {
    const rename = async (name: string) => {
      const res = await http.patch('/v1/organization', { name }, m.owner.as);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    };
    /** The bid as stored: the worker re-evaluates it on the credential's event, no read recomputes it. */
    const heldBid = () =>
      expect.poll(async () => (await sqlOf(t)<{ overall: string }>('SELECT overall FROM bids WHERE id = $1', [heldBidId]))[0]!.overall, {
        timeout: 15_000,
        interval: 200,
      });
    await rename(`${m.name} (renamed)`);
    const checked = await http.post<ForeignCredentialBody>(`/v1/foreign-credentials/${recognisedId}/check`, undefined, m.owner.as);
    expect(checked.status, JSON.stringify(checked.body)).toBe(200);
    expect(checked.body).toMatchObject({ status: 'unrecognised', counts: false, reason: { code: 'not_issued_to_holder' } });
    // The bid that met its tender through the credential stops being compliant at once (not at the next reconciliation).
    await heldBid().toBe('non_compliant');
    const [announced] = await sqlOf(t)<{ payload: { trigger: string; to: string } }>(
      `SELECT payload FROM outbox_events WHERE type = 'bid.compliance_changed' AND payload->>'bidId' = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
      [heldBidId],
    );
    expect(announced?.payload).toMatchObject({ trigger: 'foreign_credential_event', to: 'non_compliant' });
    await rename(m.name);
    expect((await http.post<ForeignCredentialBody>(`/v1/foreign-credentials/${recognisedId}/check`, undefined, m.owner.as)).body).toMatchObject({
      status: 'recognised',
      counts: true,
    });
    await heldBid().toBe('compliant');
  });

  it('the migration keeps the party of credentials imported before, and stops counting those issued to someone else', async () => {
    const sql = sqlOf(t);
    // A row as an import without the holder check could store it: m holding a credential issued to another party.
    const foreign = await trusted.credential({ issuedTo: { name: 'Somebody Else Co' } });
    const [row] = await sql<{ id: string }>(
      `INSERT INTO foreign_credentials (id, organization_id, jwt, jwt_sha256, issuer_did, kid, status, checked_at, imported_by, created_at, updated_at)
       SELECT gen_random_uuid(), organization_id, $1, md5($1), issuer_did, kid, 'recognised', now(), imported_by, now(), now() FROM foreign_credentials WHERE id = $2
       RETURNING id`,
      [foreign.jwt, recognisedId],
    );
    const migration = new ForeignCredentialHolder1795698000000();
    const runner = { query: (text: string) => sql(text) } as unknown as QueryRunner;
    await migration.down(runner);
    await migration.up(runner);
    const rows = await sql<{ id: string; status: string; reason_code: string | null; issued_to_name: string | null }>(
      'SELECT id, status, reason_code, issued_to_name FROM foreign_credentials WHERE id = ANY ($1::uuid[]) ORDER BY id',
      [[row!.id, recognisedId]],
    );
    expect(Object.fromEntries(rows.map((r) => [r.id, [r.status, r.reason_code, r.issued_to_name]]))).toEqual({
      [recognisedId]: ['recognised', null, ` ${m.name.toUpperCase()}  `],
      [row!.id]: ['unrecognised', 'not_issued_to_holder', 'Somebody Else Co'],
    });
  });

  it('counts only the standards a credential states conformance to: one stating nonconformance (or nothing) is refused, and stored ones lose those frameworks', async () => {
    for (const conformance of [false, null]) {
      const stated = await trusted.credential({ issuedTo: { id: `urn:uuid:${m.id}` }, conformance });
      const refused = await http.post('/v1/foreign-credentials', { credential: stated.jwt }, m.owner.as);
      expect(expectProblem(refused, 422)).toMatchObject({
        code: 'foreign_credentials.no_conformity',
        errors: [{ field: 'credential.credentialSubject.assessment' }],
      });
    }
    // Stored before the rule: a row holding a nonconformant credential with the framework it names.
    const sql = sqlOf(t);
    const nonconformant = await trusted.credential({ issuedTo: { id: `urn:uuid:${m.id}` }, conformance: false });
    const [row] = await sql<{ id: string }>(
      `INSERT INTO foreign_credentials (id, organization_id, jwt, jwt_sha256, issuer_did, kid, frameworks, markets, status, checked_at, imported_by, created_at, updated_at)
       SELECT gen_random_uuid(), organization_id, $1, md5($1), issuer_did, kid, frameworks, markets, 'recognised', now(), imported_by, now(), now() FROM foreign_credentials WHERE id = $2
       RETURNING id`,
      [nonconformant.jwt, recognisedId],
    );
    const runner = { query: (text: string) => sql(text) } as unknown as QueryRunner;
    await new ForeignConformanceOnly1795700900000().up(runner);
    const rows = await sql<{ id: string; frameworks: unknown[] }>('SELECT id, frameworks FROM foreign_credentials WHERE id = ANY ($1::uuid[])', [
      [row!.id, recognisedId],
    ]);
    expect(rows.find((r) => r.id === row!.id)!.frameworks).toEqual([]);
    expect(rows.find((r) => r.id === recognisedId)!.frameworks.length).toBeGreaterThan(0);
  });

  it('the migration keeps what stored credentials assessed (read from the JWS) and judges again the bids that met a requirement through one', async () => {
    const sql = sqlOf(t);
    const stored = async () =>
      (await sql<{ assessed_items: unknown[] }>('SELECT assessed_items FROM foreign_credentials WHERE id = $1', [scoped.credentialId]))[0]!.assessed_items;
    const imported = await stored();
    expect(imported.length).toBeGreaterThan(0);
    // A credential naming things in every shape the import reads: a single entry, entries naming nothing, duplicates, a full-width name.
    const varied = await trusted.credential({
      issuedTo: { id: `urn:uuid:${m.id}` },
      frameworkVersion: '0.9',
      assessed: {
        assessedProduct: { product: { id: 'urn:uuid:p1', name: 'Press', modelVersion: 'A' } },
        assessedService: [{ service: { id: 'urn:uuid:s1', name: 'Ｍｏｎｉｔｏｒ', version: '1.0' } }, { service: { version: '2' } }, { service: 'none' }],
        assessedFacility: [{ facility: { name: 'Plant' } }],
      },
      subject: {
        assessedOffering: {
          id: 'urn:uuid:o1',
          name: 'Line',
          components: [
            { id: 'urn:uuid:p1', name: 'Press', version: 'A', componentKind: 'hardware' },
            { name: 'Dashboard', version: '' },
            { id: 'urn:uuid:s1', name: 'Ｍｏｎｉｔｏｒ', version: '1.0', componentKind: 'saas' },
          ],
        },
      },
    });
    const variedBody = await http.post<ForeignCredentialBody>('/v1/foreign-credentials', { credential: varied.jwt }, m.owner.as);
    expect(variedBody.status, JSON.stringify(variedBody.body)).toBe(201);
    const variedItems = [
      { kind: 'product', id: 'urn:uuid:p1', name: 'Press', version: 'A' },
      { kind: 'service', id: 'urn:uuid:s1', name: 'Ｍｏｎｉｔｏｒ', version: '1.0' },
      { kind: 'facility', id: null, name: 'Plant', version: null },
      { kind: 'offering', id: 'urn:uuid:o1', name: 'Line', version: null },
      { kind: 'service', id: null, name: 'Dashboard', version: null },
    ];
    expect(variedBody.body.assessedItems).toEqual(variedItems);
    const bidOf = (id: string) => http.get<Bid>(`/v1/bids/${id}`, m.owner.as);
    // A's report as read now (the migration test before this one left m's reports stale).
    expect((await bidOf(scoped.bidA)).body.compliance.overall).toBe('compliant');
    const [{ compliance: reportA }] = await sql<{ compliance: { basis?: unknown } }>('SELECT compliance FROM bids WHERE id = $1', [scoped.bidA]);
    expect(reportA!.basis).toBeDefined();
    const hasBasis = async (id: string) => (await sql<{ b: boolean }>(`SELECT compliance ? 'basis' AS b FROM bids WHERE id = $1`, [id]))[0]!.b;

    const migration = new ForeignAssessedItems1795701100000();
    const runner = { query: (text: string) => sql(text) } as unknown as QueryRunner;
    await migration.down(runner);
    expect(await sql("SELECT 1 FROM information_schema.columns WHERE table_name = 'foreign_credentials' AND column_name = 'assessed_items'")).toEqual([]);
    // Down: the credential counts for any offering of m again, so m's open bids are judged again.
    expect(await hasBasis(scoped.bidA)).toBe(false);
    // B's bid as stored before the rule: met through the credential, as A's, and fresh.
    await sql(`UPDATE bids SET compliance = $2::jsonb, overall = 'compliant', announced_overall = 'compliant', computed_at = now() WHERE id = $1`, [
      scoped.bidB,
      JSON.stringify(reportA),
    ]);
    expect(await hasBasis(scoped.bidB)).toBe(true);
    await migration.up(runner);
    // Read from the stored JWS as the import read it.
    expect(await stored()).toEqual(imported);
    expect(
      (await sql<{ assessed_items: unknown[] }>('SELECT assessed_items FROM foreign_credentials WHERE id = $1', [variedBody.body.id]))[0]!.assessed_items,
    ).toEqual(variedItems);
    // An organization-level credential names nothing.
    expect(
      (await sql<{ assessed_items: unknown[] }>('SELECT assessed_items FROM foreign_credentials WHERE id = $1', [recognisedId]))[0]!.assessed_items,
    ).toEqual([]);
    // The bids that met the requirement through the credential are judged again at their next read: B's offering is not what it assessed, A's is.
    expect(await hasBasis(scoped.bidB)).toBe(false);
    const b = (await bidOf(scoped.bidB)).body;
    expect(b.compliance.overall).toBe('non_compliant');
    expect(b.compliance.requirements[0]!.reasons.find((r) => r.code === 'no_recognised_equivalent')!.message).toMatch(/but not this offering/);
    expect((await bidOf(scoped.bidA)).body.compliance.overall).toBe('compliant');
    // The app role keeps its grant on the redefined read model (the reads above went through it).
    const [{ granted }] = await sql<{ granted: boolean }>(
      `SELECT has_function_privilege($1, 'foreign_credentials_recognised(uuid[], timestamptz)', 'EXECUTE') AS granted`,
      [new URL(t.config.DATABASE_URL).username],
    );
    expect(granted).toBe(true);
  });
});
