import { API_KEY_SCOPES } from '@attesta/access';
import { MemberRole, OrganizationKind, type Actor } from '@attesta/core';
import { expect } from 'vitest';
import { factories, OPERATOR, type TestOrg } from '../setup/factories.js';
import { authHeaders, type Client, type Credentials } from '../setup/http.js';
import { invite } from '../setup/mailbox.js';
import { streamUpload } from '../setup/multipart.js';
import { judgeAll, submissionEntries } from '../setup/review-helpers.js';
import { assessmentCast } from '../setup/scenario.js';
import { workspaceFactories } from '../setup/workspace-factories.js';

/** Someone the fuzzer sends requests as: credentials and the actor the server will see. */
export interface CastMember {
  name: string;
  as: Credentials;
  /** Null for the platform operator (no tenant actor). */
  actor: Actor | null;
}

export interface FuzzCast {
  members: Record<string, CastMember>;
  /** Real ids (and tokens, serials, credentials) by parameter or field name. */
  pools: Record<string, string[]>;
  /** Objects the fuzzer may delete, revoke or demote without ending the cast's usefulness. */
  sacrificial: Record<string, string[]>;
}

const today = () => new Date().toISOString().slice(0, 10);

function ok(res: { status: number; body: unknown }, what: string) {
  expect(res.status >= 200 && res.status < 300, `${what}: ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`).toBe(true);
}

/**
 * A demo-like world for the fuzzer, built through the API: a manufacturer (owner, admin,
 * member, an API key with every scope) with an offering and a workspace in which a service
 * vendor contributes, a verified assessor reviews and a procurer observes; evidence with a
 * version and a link; a decided submission with an attestation, a second one in review with a
 * finding and a comment; a custom framework with a mapping; a tender with a bid; webhook
 * endpoints with a delivery; an accreditation body linked to the trust list; and spare
 * members, invitations, keys and participants for the operations that remove things.
 */
export async function buildFuzzCast(http: Client): Promise<FuzzCast> {
  const f = factories(http);
  const w = workspaceFactories(http);
  const pools: Record<string, string[]> = {};
  const sacrificial: Record<string, string[]> = {};
  const add = (key: string, ...ids: (string | undefined | null)[]) => {
    const pool = (pools[key] ??= []);
    for (const id of ids) if (id && !pool.includes(id)) pool.push(id);
  };
  const spare = (key: string, ...ids: string[]) => (sacrificial[key] ??= []).push(...ids);

  // The cast of an assessment: workspace W, where the vendor contributes the SaaS component, the
  // (operator-verified) assessor reviews and the procurer observes; and an outsider.
  const { maker, vendor, procurer, assessor, outsider, ws } = await assessmentCast(http, { accreditedAssessor: true });
  const admin = await f.newMember(maker, MemberRole.Admin);
  const member = await f.newMember(maker, MemberRole.Member);
  const key = await f.newApiKey(maker, Object.keys(API_KEY_SCOPES));
  const assessorMember = await f.newMember(assessor, MemberRole.Member);
  add('organizationId', maker.id, vendor.id, procurer.id, assessor.id);
  add('accreditationId', assessor.accreditationId);
  add('email', `fuzz-nobody-${Date.now()}@example.com`);

  const ws2 = await w.newWorkspace(maker);
  add('workspaceId', ws.id, ws2.id);
  add('offeringId', ws.offeringId, ws2.offeringId);
  add('componentId', ws.saasComponentId, ws.hardwareComponentId);
  add('frameworkId', ...ws.frameworkIds);
  for (let i = 0; i < 3; i++) {
    const extra = await f.newOrganization(OrganizationKind.Procurer);
    const invited = await http.post<{ id: string }>(`/v1/workspaces/${ws.id}/participants`, { organizationId: extra.id, role: 'observer' }, maker.owner.as);
    ok(invited, 'spare participant');
    spare('participantId', invited.body.id);
  }

  // Evidence with a version, linked to the first applicable requirement; everything else not applicable.
  const evidence: string[] = [];
  for (const title of ['Predictive maintenance SLA', 'Remote access policy']) {
    const e = await http.post<{ id: string }>(
      `/v1/workspaces/${ws.id}/evidence`,
      { type: 'policy', title, confidentiality: 'internal', effectiveDate: '2026-01-01', componentId: ws.saasComponentId },
      maker.owner.as,
    );
    ok(e, 'evidence');
    evidence.push(e.body.id);
    const version = await streamUpload(`${http.baseUrl}/v1/workspaces/${ws.id}/evidence/${e.body.id}/versions`, authHeaders(maker.owner.as), {
      filename: 'policy.txt',
      contentType: 'text/plain',
      size: 256,
    });
    ok(version, 'evidence version');
    add('versionId', String(version.body.id));
  }
  add('evidenceId', ...evidence);
  const rows = await http.get<{ data: { requirementId: string }[] }>(`/v1/workspaces/${ws.id}/applicability?limit=200`, maker.owner.as);
  const [first, second, ...rest] = rows.body.data.map((r) => r.requirementId);
  add('requirementId', first, second);
  ok(
    await http.put(
      `/v1/workspaces/${ws.id}/applicability`,
      { items: rest.map((requirementId) => ({ requirementId, applicable: false, justification: 'Outside the fuzzed scope.' })) },
      maker.owner.as,
    ),
    'applicability',
  );
  for (const requirementId of [first, second]) {
    const link = await http.post<{ id: string }>(`/v1/workspaces/${ws.id}/evidence/${evidence[0]}/links`, { requirementId }, maker.owner.as);
    ok(link, 'link');
    add('linkId', link.body.id);
  }

  // Submission 1: judged, decided, attested. Submission 2: in review, with a finding and a comment.
  const submit = async () => {
    const res = await http.post<{ number: number }>(`/v1/workspaces/${ws.id}/submissions`, { note: 'Fuzz submission' }, maker.owner.as);
    ok(res, 'submission');
    return res.body.number;
  };
  const n1 = await submit();
  await judgeAll(http, ws.id, n1, assessor.owner.as);
  const decision = await http.post<{ id: string }>(
    `/v1/workspaces/${ws.id}/submissions/${n1}/decision`,
    { outcome: 'conformant', scopeStatement: 'Fuzz', validFrom: today(), validUntil: '2099-12-31' },
    assessor.owner.as,
  );
  ok(decision, 'decision');
  add('decisionId', decision.body.id);
  const attestation = await http.post<{ id: string; serial: string; credential: string }>(
    `/v1/workspaces/${ws.id}/attestations`,
    { decisionId: decision.body.id, accredited: false },
    assessor.owner.as,
  );
  ok(attestation, 'attestation');
  add('attestationId', attestation.body.id);
  add('serial', attestation.body.serial);
  add('credential', attestation.body.credential);
  const n2 = await submit();
  add('number', String(n1), String(n2));
  const entries = await submissionEntries(http, ws.id, n2, assessor.owner.as);
  add('requirementId', ...entries.map((e) => e.requirementId));
  const finding = await http.post<{ id: string }>(
    `/v1/workspaces/${ws.id}/submissions/${n2}/findings`,
    { requirementId: entries[0]!.requirementId, severity: 'minor_nonconformity', title: 'Fuzz finding' },
    assessor.owner.as,
  );
  ok(finding, 'finding');
  add('findingId', finding.body.id);
  ok(
    await http.post(`/v1/workspaces/${ws.id}/submissions/${n2}/requirements/${entries[0]!.requirementId}/comments`, { body: 'Fuzz comment' }, maker.owner.as),
    'comment',
  );

  // A custom framework of the maker and a mapping between its requirements.
  const framework = await http.post<{ id: string }>(
    '/v1/frameworks',
    {
      code: `fuzz-${Date.now()}`,
      title: 'Fuzz criteria',
      version: '1',
      requirements: [
        { ref: 'F-1', title: 'One' },
        { ref: 'F-2', title: 'Two' },
      ],
    },
    maker.owner.as,
  );
  ok(framework, 'framework');
  add('frameworkId', framework.body.id);
  const reqs = await http.get<{ data: { id: string }[] }>(`/v1/frameworks/${framework.body.id}/requirements`, maker.owner.as);
  add('requirementId', ...reqs.body.data.map((r) => r.id));
  const mapping = await http.post<{ id: string }>(
    '/v1/mappings',
    { sourceRequirementId: reqs.body.data[0]!.id, targetRequirementId: reqs.body.data[1]!.id, relation: 'subset' },
    maker.owner.as,
  );
  ok(mapping, 'mapping');
  add('mappingId', mapping.body.id);

  // A tender of the procurer and the maker's bid on it.
  const tender = await http.post<{ id: string }>(
    '/v1/tenders',
    {
      ocid: `ocds-fuzz01-${Date.now()}`,
      title: 'Fuzz tender',
      buyer: 'Fuzz buyer',
      deadline: new Date(Date.now() + 7 * 86400_000).toISOString(),
      requirements: [{ frameworkId: ws.frameworkIds[0], minimumOutcome: 'conformant' }],
      markets: ['TH'],
    },
    procurer.owner.as,
  );
  ok(tender, 'tender');
  add('tenderId', tender.body.id);
  const bid = await http.post<{ id: string }>(
    `/v1/tenders/${tender.body.id}/bids`,
    { offeringId: ws.offeringId, attestationIds: [attestation.body.id] },
    maker.owner.as,
  );
  ok(bid, 'bid');
  add('bidId', bid.body.id);

  // Webhook endpoints (a loopback port nobody listens on) and a test delivery.
  for (let i = 0; i < 3; i++) {
    const ep = await http.post<{ endpoint: { id: string } }>(
      '/v1/webhooks/endpoints',
      { url: `http://127.0.0.1:9/fuzz-${i}`, eventTypes: ['attestation.suspended'] },
      maker.owner.as,
    );
    ok(ep, 'webhook endpoint');
    if (i === 0) add('webhookEndpointId', ep.body.endpoint.id);
    else spare('webhookEndpointId', ep.body.endpoint.id);
  }
  const delivery = await http.post<{ id: string }>(`/v1/webhooks/endpoints/${pools.webhookEndpointId![0]}/test`, undefined, maker.owner.as);
  ok(delivery, 'webhook delivery');
  add('deliveryId', delivery.body.id);

  // An accreditation body on the trust list, linked to its organization, with an assessor's accreditation to act on.
  const bodyOrg = await f.newOrganization(OrganizationKind.AccreditationBody);
  const trustBody = await http.post<{ id: string }>(
    '/v1/operator/accreditation-bodies',
    { code: `fuzz-body-${Date.now()}`, name: 'Fuzz Accreditation Service', country: 'VN', arrangements: ['GAC MRA'] },
    OPERATOR,
  );
  ok(trustBody, 'trust-list body');
  ok(await http.post(`/v1/operator/accreditation-bodies/${trustBody.body.id}/link`, { organizationId: bodyOrg.id }, OPERATOR), 'link body');
  add('bodyId', trustBody.body.id, (await f.testAccreditationBody()).id);
  const declared = await f.declareAccreditation(assessor, {}, trustBody.body.id);
  add('accreditationId', declared);

  // Recognition: the maker's own copy of the built-in DSER → ISO/IEC 20000-1 crosswalk (a draft) and a rule on it.
  const crosswalks = await http.get<{ 'mapping-collection': Record<string, unknown> & { mappings: { 'target-resource': { href: string } }[] } }>(
    `/v1/frameworks/${ws.frameworkIds[0]}/mapping-collection`,
    maker.owner.as,
  );
  const mc = crosswalks.body['mapping-collection'];
  const pairs = mc.mappings.filter((m) => m['target-resource'].href.includes('iso-iec-20000-1'));
  if (pairs.length) {
    const collection = await http.post<{ id: string; frameworkPairs: { sourceFrameworkId: string; targetFrameworkId: string }[] }>(
      '/v1/mapping-collections',
      { 'mapping-collection': { ...mc, uuid: crypto.randomUUID(), mappings: pairs } },
      maker.owner.as,
    );
    ok(collection, 'import mapping collection');
    add('mappingCollectionId', collection.body.id);
    const pair = collection.body.frameworkPairs[0]!;
    for (let i = 0; i < 3; i++) {
      const rule = await http.post<{ id: string }>(
        '/v1/recognition-rules',
        {
          market: 'TH',
          sourceFrameworkId: pair.sourceFrameworkId,
          targetFrameworkId: pair.targetFrameworkId,
          mappingCollectionId: collection.body.id,
          title: `Fuzz rule ${i}`,
        },
        maker.owner.as,
      );
      ok(rule, 'recognition rule');
      if (i === 0) add('recognitionRuleId', rule.body.id);
      else spare('recognitionRuleId', rule.body.id);
    }
  }

  // Spares: members, invitations, API keys, and a session whose refresh token may be spent.
  for (let i = 0; i < 3; i++) spare('membershipId', (await f.newMember(maker, MemberRole.Member)).membershipId);
  add('membershipId', admin.membershipId, member.membershipId);
  for (let i = 0; i < 3; i++) {
    const inv = await invite(http, maker.owner.as, { email: `fuzz-invitee-${Date.now()}-${i}@example.com`, role: 'member' });
    spare('invitationId', inv.id);
    if (i === 0) add('token', inv.token);
  }
  for (let i = 0; i < 3; i++) spare('apiKeyId', (await f.newApiKey(maker, ['audit:read'])).id);
  add('apiKeyId', key.id);
  const spent = await f.newMember(maker, MemberRole.Member);
  add('refreshToken', spent.refreshToken);

  const user = (name: string, org: TestOrg, role: MemberRole, userId: string, as: Credentials): CastMember => ({
    name,
    as,
    actor: { kind: 'user', userId, organizationId: org.id, organizationKind: org.kind, role },
  });
  const members: Record<string, CastMember> = {
    makerOwner: user('maker owner', maker, MemberRole.Owner, maker.owner.userId, maker.owner.as),
    makerAdmin: user('maker admin', maker, MemberRole.Admin, admin.userId, admin.as),
    makerMember: user('maker member', maker, MemberRole.Member, member.userId, member.as),
    makerKey: {
      name: 'maker API key (every scope)',
      as: key.as,
      actor: {
        kind: 'api_key',
        apiKeyId: key.id,
        organizationId: maker.id,
        organizationKind: OrganizationKind.Manufacturer,
        scopes: Object.keys(API_KEY_SCOPES),
      },
    },
    vendorOwner: user('vendor owner (contributor)', vendor, MemberRole.Owner, vendor.owner.userId, vendor.owner.as),
    assessorOwner: user('assessor owner', assessor, MemberRole.Owner, assessor.owner.userId, assessor.owner.as),
    assessorMember: user('assessor member', assessor, MemberRole.Member, assessorMember.userId, assessorMember.as),
    procurerOwner: user('procurer owner (observer)', procurer, MemberRole.Owner, procurer.owner.userId, procurer.owner.as),
    bodyOwner: user('accreditation body owner', bodyOrg, MemberRole.Owner, bodyOrg.owner.userId, bodyOrg.owner.as),
    outsiderOwner: user('outsider owner (no part in the workspace)', outsider, MemberRole.Owner, outsider.owner.userId, outsider.owner.as),
    operator: { name: 'platform operator', as: OPERATOR, actor: null },
    anonymous: { name: 'nobody', as: undefined, actor: null },
  };
  return { members, pools, sacrificial };
}
