import { MemberRole, OrganizationKind } from '@attesta/core';
import type { factories, TestOrg } from '../setup/factories.js';
import { authHeaders, type Client } from '../setup/http.js';
import { streamUpload } from '../setup/multipart.js';
import { judgeAll } from '../setup/review-helpers.js';
import { workspaceFactories } from '../setup/workspace-factories.js';
import { OPERATOR } from '../setup/factories.js';
import { startDidWebServer, type TestIssuer } from '../setup/did-web-issuer.js';

export interface MatrixContext {
  http: Client;
  f: ReturnType<typeof factories>;
  /** The organization that owns every object under test. */
  a: TestOrg;
  /** Another organization, free to be invited into A's workspaces. */
  invitee: () => Promise<TestOrg>;
}

let unique = 0;
/** A custom framework of A with two requirements; returns its id and the requirements' ids. */
async function newCustomFramework({ http, a }: MatrixContext): Promise<{ id: string; requirementIds: string[] }> {
  const created = await http.post<{ id: string }>('/v1/frameworks', customFrameworkBody(), a.owner.as);
  const reqs = await http.get<{ data: { id: string }[] }>(`/v1/frameworks/${created.body.id}/requirements`, a.owner.as);
  return { id: created.body.id, requirementIds: reqs.body.data.map((r) => r.id) };
}
function customFrameworkBody() {
  unique += 1;
  return {
    code: `matrix-${Date.now()}-${unique}`,
    title: 'Matrix criteria',
    version: '1',
    requirements: [
      { ref: 'M-1', title: 'One' },
      { ref: 'M-2', title: 'Two' },
    ],
  };
}
function oscalCatalogBody() {
  unique += 1;
  return {
    catalog: {
      uuid: '5f0c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f',
      metadata: { title: `Matrix catalog ${Date.now()} ${unique}`, 'last-modified': '2026-01-15T00:00:00Z', version: '1', 'oscal-version': '1.1.2' },
      controls: [{ id: 'mx-1', title: 'Matrix control' }],
    },
  };
}

/**
 * Evidence with a version, linked to the workspace's first requirement: something to submit.
 * Every other requirement is stated not applicable, so a submission has one entry and the
 * assessor judges it with one verdict before deciding (the matrix stays under the rate limits).
 */
async function prepareSubmittable({ http, a }: MatrixContext, workspaceId: string): Promise<void> {
  const e = await http.post<{ id: string }>(
    `/v1/workspaces/${workspaceId}/evidence`,
    { type: 'policy', title: 'Matrix policy', confidentiality: 'internal', effectiveDate: '2026-01-01' },
    a.owner.as,
  );
  await streamUpload(`${http.baseUrl}/v1/workspaces/${workspaceId}/evidence/${e.body.id}/versions`, authHeaders(a.owner.as), {
    filename: 'm.txt',
    contentType: 'text/plain',
    size: 64,
  });
  const rows = await http.get<{ data: { requirementId: string }[] }>(`/v1/workspaces/${workspaceId}/applicability?limit=200`, a.owner.as);
  const [first, ...rest] = rows.body.data.map((r) => r.requirementId);
  if (rest.length)
    await http.put(
      `/v1/workspaces/${workspaceId}/applicability`,
      { items: rest.map((requirementId) => ({ requirementId, applicable: false, justification: 'Outside the matrix scope.' })) },
      a.owner.as,
    );
  await http.post(`/v1/workspaces/${workspaceId}/evidence/${e.body.id}/links`, { requirementId: first }, a.owner.as);
}
async function newSubmission(ctx: MatrixContext, workspaceId: string): Promise<number> {
  await prepareSubmittable(ctx, workspaceId);
  const res = await ctx.http.post<{ number: number }>(`/v1/workspaces/${workspaceId}/submissions`, {}, ctx.a.owner.as);
  return res.body.number;
}
const assessors = new Map<string, TestOrg>();
/** One assessor organization per matrix run, taken into each workspace that needs it. */
async function assessorIn(ctx: MatrixContext, workspaceId: string): Promise<TestOrg> {
  let org = assessors.get(ctx.a.id);
  if (!org) {
    org = await ctx.f.newOrganization(OrganizationKind.Assessor);
    assessors.set(ctx.a.id, org);
  }
  await ctx.http.post(`/v1/workspaces/${workspaceId}/participants`, { organizationId: org.id, role: 'assessor' }, ctx.a.owner.as);
  await ctx.http.post(`/v1/workspaces/${workspaceId}/invitation`, { answer: 'accept' }, org.owner.as);
  return org;
}
const today = () => new Date().toISOString().slice(0, 10);
const firstEntry = async ({ http, a }: MatrixContext, made: Record<string, string>) =>
  (
    await http.get<{ data: { entry: { requirementId: string; evidence: { versionId: string }[] } }[] }>(
      `/v1/workspaces/${made.workspaceId}/submissions/${made.number}/entries?limit=200`,
      a.owner.as,
    )
  ).body.data.find((e) => e.entry.evidence.length)!.entry;

/**
 * How to make, as organization A, the object a path parameter names. Every path
 * parameter of every operation needs an entry: the matrix fails on one it cannot fill.
 * `made` holds the parameters already filled for the same path (left to right), so a
 * nested object is made inside its parent.
 */
export const RESOURCE_FACTORIES: Record<string, (ctx: MatrixContext, made: Record<string, string>) => Promise<string>> = {
  membershipId: async ({ f, a }) => (await f.newMember(a, MemberRole.Member)).membershipId,
  invitationId: async ({ http, a }) => {
    const res = await http.post<{ invitation: { id: string } }>(
      '/v1/organization/invitations',
      { email: `m${Date.now()}${Math.random()}@example.test`, role: 'member' },
      a.owner.as,
    );
    return res.body.invitation.id;
  },
  apiKeyId: async ({ f, a }) => (await f.newApiKey(a, ['audit:read'])).id,
  // A language, not an object: any of the six (the framework in the path is what is A's).
  locale: async () => 'zh-CN',
  offeringId: async ({ http, a }) => (await workspaceFactories(http).newOffering(a)).id,
  componentId: async ({ http, a }, made) => {
    const res = await http.post<{ id: string }>(
      `/v1/offerings/${made.offeringId}/components`,
      { name: 'Gateway firmware', kind: 'firmware', version: '1.0.0' },
      a.owner.as,
    );
    return res.body.id;
  },
  workspaceId: async ({ http, a }) => (await workspaceFactories(http).newWorkspace(a)).id,
  evidenceId: async ({ http, a }, made) => {
    const res = await http.post<{ id: string }>(
      `/v1/workspaces/${made.workspaceId}/evidence`,
      { type: 'policy', title: 'Matrix policy', confidentiality: 'internal', effectiveDate: '2026-01-01' },
      a.owner.as,
    );
    return res.body.id;
  },
  versionId: async (ctx, made) => {
    const { http, a } = ctx;
    if (made.number) return (await firstEntry(ctx, made)).evidence[0]!.versionId;
    const res = await streamUpload(`${http.baseUrl}/v1/workspaces/${made.workspaceId}/evidence/${made.evidenceId}/versions`, authHeaders(a.owner.as), {
      filename: 'm.txt',
      contentType: 'text/plain',
      size: 64,
    });
    return String(res.body.id);
  },
  linkId: async ({ http, a }, made) => {
    const rows = await http.get<{ data: { requirementId: string }[] }>(`/v1/workspaces/${made.workspaceId}/applicability?limit=1`, a.owner.as);
    const res = await http.post<{ id: string }>(
      `/v1/workspaces/${made.workspaceId}/evidence/${made.evidenceId}/links`,
      { requirementId: rows.body.data[0]!.requirementId },
      a.owner.as,
    );
    return res.body.id;
  },
  participantId: async (ctx, made) => {
    const org = await ctx.invitee();
    const res = await ctx.http.post<{ id: string }>(
      `/v1/workspaces/${made.workspaceId}/participants`,
      { organizationId: org.id, role: 'observer' },
      ctx.a.owner.as,
    );
    return res.body.id;
  },
  // Inside a workspace: one of its target frameworks; elsewhere a custom framework of A.
  frameworkId: async (ctx, made) =>
    made.workspaceId
      ? (await ctx.http.get<{ frameworkIds: string[] }>(`/v1/workspaces/${made.workspaceId}`, ctx.a.owner.as)).body.frameworkIds[0]!
      : (await newCustomFramework(ctx)).id,
  requirementId: async (ctx, made) => {
    const { http, a } = ctx;
    if (made.number) return (await firstEntry(ctx, made)).requirementId;
    // A workspace's requirement without a framework in the path: one of its target requirements.
    if (made.workspaceId && !made.frameworkId) {
      const rows = await http.get<{ data: { requirementId: string }[] }>(`/v1/workspaces/${made.workspaceId}/applicability?limit=1`, a.owner.as);
      return rows.body.data[0]!.requirementId;
    }
    const res = await http.get<{ data: { id: string }[] }>(`/v1/frameworks/${made.frameworkId}/requirements?limit=1`, a.owner.as);
    return res.body.data[0]!.id;
  },
  // A submission with a final decision (every review operation is refused to the owner before its state matters).
  // The assessor judges every applicable requirement first: a positive decision rests on verdicts. Other
  // tenants get 404 on every path under it, the decision readiness (reviews_readiness) included.
  number: async (ctx, made) => {
    const n = await newSubmission(ctx, made.workspaceId!);
    const assessor = await assessorIn(ctx, made.workspaceId!);
    await judgeAll(ctx.http, made.workspaceId!, n, assessor.owner.as);
    await ctx.http.post(
      `/v1/workspaces/${made.workspaceId}/submissions/${n}/decision`,
      { outcome: 'conformant', scopeStatement: 'Matrix', validFrom: today(), validUntil: '2099-12-31' },
      assessor.owner.as,
    );
    return String(n);
  },
  // An open finding on a fresh submission.
  findingId: async (ctx, made) => {
    const n = await newSubmission(ctx, made.workspaceId!);
    const assessor = await assessorIn(ctx, made.workspaceId!);
    const entry = await firstEntry(ctx, { ...made, number: String(n) });
    const res = await ctx.http.post<{ id: string }>(
      `/v1/workspaces/${made.workspaceId}/submissions/${n}/findings`,
      { requirementId: entry.requirementId, severity: 'minor_nonconformity', title: 'Matrix finding' },
      assessor.owner.as,
    );
    return res.body.id;
  },
  // An attestation issued by A's workspace assessor from a final decision (A, the owner, reads it).
  attestationId: async (ctx, made) => {
    const n = await newSubmission(ctx, made.workspaceId!);
    const assessor = await assessorIn(ctx, made.workspaceId!);
    await judgeAll(ctx.http, made.workspaceId!, n, assessor.owner.as);
    const d = await ctx.http.post<{ id: string }>(
      `/v1/workspaces/${made.workspaceId}/submissions/${n}/decision`,
      { outcome: 'conformant', scopeStatement: 'Matrix', validFrom: today(), validUntil: '2099-12-31' },
      assessor.owner.as,
    );
    // Accreditation is beside the point here: issued explicitly as non-accredited.
    const res = await ctx.http.post<{ id: string }>(
      `/v1/workspaces/${made.workspaceId}/attestations`,
      { decisionId: d.body.id, accredited: false },
      assessor.owner.as,
    );
    return res.body.id;
  },
  mappingId: async (ctx) => {
    const { requirementIds } = await newCustomFramework(ctx);
    const res = await ctx.http.post<{ id: string }>(
      '/v1/mappings',
      { sourceRequirementId: requirementIds[0], targetRequirementId: requirementIds[1], relation: 'subset' },
      ctx.a.owner.as,
    );
    return res.body.id;
  },
};

/** A tender published by another (procurer) organization, open to bids. */
async function openTender(ctx: MatrixContext): Promise<string> {
  const procurer = await ctx.invitee();
  const frameworks = await ctx.http.get<{ data: { id: string; source: string }[] }>('/v1/frameworks?limit=200', procurer.owner.as);
  const res = await ctx.http.post<{ id: string }>(
    '/v1/tenders',
    {
      ocid: `ocds-matrix-${Date.now()}${Math.floor(Math.random() * 1e6)}`,
      title: 'Matrix tender',
      buyer: 'Matrix buyer',
      deadline: new Date(Date.now() + 7 * 86400_000).toISOString(),
      requirements: [{ frameworkId: frameworks.body.data.find((f) => f.source === 'built_in')!.id, minimumOutcome: 'conformant' }],
      markets: ['TH'],
    },
    procurer.owner.as,
  );
  return res.body.id;
}

RESOURCE_FACTORIES.tenderId = async (ctx) => openTender(ctx);
// Service levels (service-levels.e2e-spec.ts): a built-in metric key; an objective id frozen in no submission (the judge answers 404).
RESOURCE_FACTORIES.metric = async () => 'availability';
RESOURCE_FACTORIES.objectiveId = async () => '01970000-0000-7000-8000-0000000000aa';
RESOURCE_FACTORIES.bidId = async (ctx) => {
  const tenderId = await openTender(ctx);
  const offering = await workspaceFactories(ctx.http).newOffering(ctx.a);
  const res = await ctx.http.post<{ id: string }>(`/v1/tenders/${tenderId}/bids`, { offeringId: offering.id, attestationIds: [] }, ctx.a.owner.as);
  return res.body.id;
};

/**
 * What another organization sees of an object that is deliberately shared: an open
 * tender is a public call to every supplier (a competing procurer still gets 404, see
 * procurement.e2e-spec.ts), and its bid list shows each supplier only its own bids.
 */
export const EXPECTED_FOR_OUTSIDERS: Record<string, number> = {
  procurement_getTender: 200,
  serviceLevels_ocds: 200,
  procurement_listBids: 200,
};

/** Headers an operation needs besides credentials (by operationId). */
export const REQUEST_HEADERS: Record<string, Record<string, string>> = {
  offerings_update: { 'if-match': '"1"' },
  workspaces_update: { 'if-match': '"1"' },
  evidence_update: { 'if-match': '"1"' },
  webSession_switchOrganization: { 'x-attesta-web': '1' },
};

/** A valid body for each operation that takes one (by operationId). */
export const REQUEST_BODIES: Record<string, (ctx: MatrixContext, made: Record<string, string>) => unknown> = {
  serviceLevels_createMetric: () => ({ key: `matrix_${Date.now()}_${++unique}`, name: 'Matrix metric', definition: 'x', valueType: 'number', unit: 'SEC' }),
  serviceLevels_createProfile: () => ({ objectives: [{ metric: 'availability', operator: '>=', target: 99.9 }] }),
  serviceLevels_record: () => ({ measurements: [{ periodStart: '2026-01-01T00:00:00Z', periodEnd: '2026-01-02T00:00:00Z', value: 99.9 }] }),
  serviceLevels_recordCsv: () => ({ csv: 'periodStart,periodEnd,value\n2026-01-02T00:00:00Z,2026-01-03T00:00:00Z,99.9\n' }),
  serviceLevels_judge: () => ({ verdict: 'attested' }),
  procurement_createTender: () => ({
    ocid: `ocds-matrix-${Date.now()}`,
    title: 'x',
    buyer: 'x',
    deadline: new Date(Date.now() + 86400_000).toISOString(),
    requirements: [{ frameworkId: '01970000-0000-7000-8000-000000000000', minimumOutcome: 'conformant' }],
    markets: ['TH'],
  }),
  procurement_submitBid: async ({ http, a }) => ({ offeringId: (await workspaceFactories(http).newOffering(a)).id, attestationIds: [] }),
  procurement_check: async ({ http, a }) => {
    const frameworks = await http.get<{ data: { id: string; source: string }[] }>('/v1/frameworks?limit=200', a.owner.as);
    return {
      offeringId: (await workspaceFactories(http).newOffering(a)).id,
      requirements: [{ frameworkId: frameworks.body.data.find((f) => f.source === 'built_in')!.id, minimumOutcome: 'conformant' }],
      markets: ['TH'],
    };
  },
  organization_update: () => ({ name: 'Renamed by the matrix' }),
  organization_changeRole: () => ({ role: 'admin' }),
  organization_invite: () => ({ email: `matrix${Date.now()}${Math.random()}@example.test`, role: 'member' }),
  organization_createApiKey: () => ({ name: 'matrix key', scopes: ['audit:read'] }),
  auth_changePassword: () => ({ currentPassword: 'not-the-password', newPassword: 'Another-Long-Passphrase-2026' }),
  auth_switchOrganization: ({ a }) => ({ organizationId: a.id }),
  auth_updateMe: () => ({ locale: 'ms' }),
  webSession_switchOrganization: ({ a }) => ({ organizationId: a.id }),
  offerings_create: () => ({ name: 'Matrix offering', components: [{ name: 'Controller', kind: 'hardware', version: '1' }] }),
  offerings_update: () => ({ name: 'Matrix offering, renamed' }),
  offerings_addComponent: () => ({ name: 'Edge gateway', kind: 'connectivity', version: '2.1' }),
  offerings_updateComponent: () => ({ version: '1.0.1' }),
  workspaces_create: async ({ http, a }) => {
    const offering = await workspaceFactories(http).newOffering(a);
    const frameworks = await http.get<{ data: { id: string; source: string }[] }>('/v1/frameworks?limit=200', a.owner.as);
    return {
      offeringId: offering.id,
      name: 'Matrix workspace',
      frameworkIds: [frameworks.body.data.find((f) => f.source === 'built_in')!.id],
      targetMarkets: ['SG'],
    };
  },
  workspaces_update: () => ({ name: 'Matrix workspace, renamed' }),
  evidence_create: () => ({ type: 'policy', title: 'Matrix evidence', confidentiality: 'internal', effectiveDate: '2026-01-01' }),
  evidence_update: () => ({ title: 'Matrix evidence, renamed' }),
  evidence_upload: () => ({ not: 'multipart' }),
  evidence_link: async ({ http, a }, made) => {
    const rows = await http.get<{ data: { requirementId: string }[] }>(`/v1/workspaces/${made.workspaceId}/applicability?limit=1`, a.owner.as);
    return { requirementId: rows.body.data[0]!.requirementId };
  },
  reviews_submit: async (ctx, made) => {
    await prepareSubmittable(ctx, made.workspaceId!);
    return { note: 'Matrix submission' };
  },
  reviews_transition: () => ({ status: 'changes_requested' }),
  reviews_verdict: () => ({ outcome: 'satisfied', comment: 'Matrix' }),
  reviews_raise: async (ctx, made) => ({ requirementId: (await firstEntry(ctx, made)).requirementId, severity: 'observation', title: 'Matrix observation' }),
  reviews_respond: () => ({ text: 'Matrix corrective action' }),
  reviews_reviewFinding: () => ({ decision: 'accept' }),
  reviews_comment: () => ({ body: 'Matrix comment' }),
  reviews_decide: () => ({ outcome: 'conformant', scopeStatement: 'Matrix', validFrom: today(), validUntil: '2099-12-31' }),
  // Every actor but the deciding assessor is refused before the decision is looked up.
  attestations_issue: () => ({ decisionId: crypto.randomUUID() }),
  attestations_suspend: () => ({ reason: 'Matrix' }),
  attestations_reinstate: () => ({ reason: 'Finding closed after re-audit' }),
  attestations_withdraw: () => ({ reason: 'Matrix' }),
  attestations_reduceScope: () => ({ scope: 'Matrix, narrower' }),
  workspaces_invite: async (ctx) => ({ organizationId: (await ctx.invitee()).id, role: 'observer' }),
  workspaces_respond: () => ({ answer: 'accept' }),
  workspaces_setApplicability: async ({ http, a }, made) => {
    const rows = await http.get<{ data: { requirementId: string }[] }>(`/v1/workspaces/${made.workspaceId}/applicability?limit=1`, a.owner.as);
    return { items: [{ requirementId: rows.body.data[0]!.requirementId, applicable: true }] };
  },
  frameworks_create: () => customFrameworkBody(),
  // A's custom framework has the refs M-1 and M-2.
  frameworks_putTranslations: () => ({ title: '矩阵准则', requirements: [{ ref: 'M-1', title: '一' }] }),
  frameworks_importOscal: () => oscalCatalogBody(),
  // A's custom framework exported as OSCAL has its refs as control ids (m-1, m-2).
  oscalProfile_importProfile: () => {
    unique += 1;
    return {
      profile: {
        uuid: crypto.randomUUID(),
        metadata: { title: `Matrix tailoring ${Date.now()} ${unique}`, 'last-modified': '2026-01-15T00:00:00Z', version: '1', 'oscal-version': '1.1.2' },
        imports: [{ href: '#catalog', 'include-controls': [{ 'with-ids': ['m-1'] }] }],
      },
    };
  },
  workspaceOscal_set: () => ({ parameters: [] }),
  mappings_create: async (ctx) => {
    const { requirementIds } = await newCustomFramework(ctx);
    return { sourceRequirementId: requirementIds[0], targetRequirementId: requirementIds[1], relation: 'intersects', rationale: 'Matrix' };
  },
  mappings_import: () => ({
    mappings: [
      {
        sourceFramework: 'attesta-dser@1.0',
        sourceRef: 'DSER-1.1',
        targetFramework: 'attesta-dser@1.0',
        targetRef: 'DSER-1.2',
        relation: 'intersects',
        rationale: 'Matrix',
      },
    ],
  }),
};

/**
 * Operations that need no credentials, on purpose. A new public operation fails the
 * matrix until it is listed here.
 */
export const PUBLIC_OPERATIONS = new Set([
  'health_live',
  'health_ready',
  'auth_signup',
  'auth_confirmSignup',
  'auth_login',
  'auth_refresh',
  'auth_logout',
  'webSession_login',
  'webSession_refresh',
  'webSession_logout',
  'invitationAcceptance_accept',
  'publicAttestations_verify',
  'publicAttestations_summary',
  'publicAttestations_did',
  'publicAttestations_jwks',
  'publicAttestations_statusList',
  'publicTrust_certificate',
  'publicTrust_badge',
  'publicTrust_trustPage',
  'publicTrustList_list',
  'publicAudit_keys',
  // The preview link is its own credential (a signed ticket); without one it is 404.
  'evidencePreview_open',
]);

/**
 * Operations whose success for the allowed actor is not a 2xx by design, with the
 * status expected instead (e.g. a wrong current password is the body the matrix sends).
 */
export const EXPECTED_FOR_ALLOWED: Record<string, number> = {
  // A (a manufacturer, the workspace owner) does not judge service-level objectives; assessors do (service-levels.e2e-spec.ts).
  serviceLevels_judge: 403,
  // The matrix's bid is on a tender without service-level criteria: there is no service-level answer.
  serviceLevels_bidServiceLevels: 404,
  // Organization A is a manufacturer: procurers publish tenders (procurement.e2e-spec.ts).
  procurement_createTender: 403,
  auth_changePassword: 401,
  // The owner has no invitation of its own to answer; acceptance is covered in workspaces.e2e-spec.ts.
  workspaces_respond: 404,
  // The matrix sends JSON; real multipart uploads are exercised in evidence.e2e-spec.ts.
  evidence_upload: 400,
  // The owner (a manufacturer) submits and answers; assessors review and decide: reviews.e2e-spec.ts
  // runs those as assessors. Here the owner must be refused.
  reviews_transition: 403,
  reviews_verdict: 403,
  reviews_raise: 403,
  reviews_reviewFinding: 403,
  reviews_decide: 403,
  reviews_confirm: 403,
  // Attestations are issued and changed by their issuer (an assessor) only, signing keys are
  // an assessor's: the owner (a manufacturer) is refused. attestations.e2e-spec.ts runs them as assessors.
  attestations_issue: 403,
  attestations_suspend: 403,
  attestations_reinstate: 403,
  attestations_withdraw: 403,
  attestations_reduceScope: 403,
  signingKeys_list: 403,
  signingKeys_rotate: 403,
  // A's fresh workspace has no open findings: nothing to plan (the POA&M itself: attestations.e2e-spec.ts).
  oscalExport_poam: 409,
};

// Webhooks: endpoints point at a loopback receiver that is never there (tests allow
// private http targets); a test message makes a delivery without the worker.
RESOURCE_FACTORIES.webhookEndpointId = async ({ http, a }) => {
  const res = await http.post<{ endpoint: { id: string } }>(
    '/v1/webhooks/endpoints',
    { url: 'http://127.0.0.1:9/matrix', eventTypes: ['attestation.suspended'] },
    a.owner.as,
  );
  return res.body.endpoint.id;
};
RESOURCE_FACTORIES.deliveryId = async ({ http, a }, made) => {
  const res = await http.post<{ id: string }>(`/v1/webhooks/endpoints/${made.webhookEndpointId}/test`, undefined, a.owner.as);
  return res.body.id;
};
REQUEST_BODIES.webhooks_create = () => ({ url: 'http://127.0.0.1:9/matrix', eventTypes: ['attestation.issued', 'attestation.suspended'] });
REQUEST_BODIES.webhooks_update = () => ({ eventTypes: ['attestation.withdrawn'] });
REQUEST_HEADERS.webhooks_update = { 'if-match': '"1"' };

// Accreditations. An accreditation belongs to an assessor organization (A is a manufacturer),
// so the factory makes it as a fresh assessor: A's owner, B and B's key all get 404 for it
// (a member of A without the permission gets 403 first). accreditation.e2e-spec.ts runs every
// operation as the owning assessor, the linked body and the operator.
RESOURCE_FACTORIES.accreditationId = async ({ f }) => f.declareAccreditation(await f.newOrganization(OrganizationKind.Assessor));
// A trust-list entry, put on the list by the operator (operator routes: see OPERATOR_OPERATIONS).
RESOURCE_FACTORIES.bodyId = async ({ http }) => {
  unique += 1;
  const res = await http.post<{ id: string }>(
    '/v1/operator/accreditation-bodies',
    { code: `matrix-${Date.now()}-${unique}`, name: 'Matrix Accreditation Body', country: 'VN' },
    OPERATOR,
  );
  return res.body.id;
};
REQUEST_BODIES.accreditations_declare = async ({ f }) => ({
  bodyId: (await f.trustListBody()).id,
  number: `M-${Date.now()}`,
  standard: 'ISO/IEC 17065',
  scope: { frameworkCodes: ['attesta-dser'], markets: ['TH'] },
  validFrom: '2025-01-01',
  validUntil: '2030-01-01',
});
REQUEST_BODIES.accreditations_presentCredential = () => ({ credential: 'eyJhbGciOiJFZERTQSJ9.e30.c2ln' });
REQUEST_BODIES.accreditationSettings_update = () => ({ autoSuspendOnAccreditationLapse: false });
REQUEST_BODIES.accreditationBody_confirm = () => ({ note: 'Matrix' });
REQUEST_BODIES.accreditationBody_suspend = () => ({ reason: 'Matrix' });
REQUEST_BODIES.accreditationBody_withdraw = () => ({ reason: 'Matrix' });
REQUEST_BODIES.accreditationBody_reinstate = () => ({});
REQUEST_BODIES.operatorAccreditation_addBody = () => {
  unique += 1;
  return { code: `matrix-op-${Date.now()}-${unique}`, name: 'Matrix Body', country: 'TH' };
};
REQUEST_BODIES.operatorAccreditation_updateBody = () => ({ name: 'Matrix Body, renamed' });
REQUEST_BODIES.operatorAccreditation_linkBody = async ({ f }) => ({ organizationId: (await f.newOrganization(OrganizationKind.AccreditationBody)).id });
REQUEST_BODIES.operatorAccreditation_confirm = () => ({ evidence: 'Matrix: register entry checked' });
REQUEST_BODIES.operatorAccreditation_status = () => ({ action: 'suspend', reason: 'Matrix' });
Object.assign(EXPECTED_FOR_ALLOWED, {
  // A (a manufacturer) holds no accreditations: declaring and the settings change are for assessors.
  accreditations_declare: 403,
  accreditationSettings_update: 403,
  // The accreditation was made by another (assessor) organization: A's owner does not see it.
  accreditations_get: 404,
  accreditations_presentCredential: 404,
  // Accreditation-body routes are for organizations of kind accreditation_body linked by the operator.
  accreditationBody_list: 403,
  accreditationBody_confirm: 404,
  accreditationBody_suspend: 404,
  accreditationBody_withdraw: 404,
  accreditationBody_reinstate: 404,
});

/**
 * Platform-operator operations (x-access operator): every tenant credential, and none, is a
 * 403; only the OPERATOR_TOKEN succeeds. A new operator operation fails the matrix until listed.
 */
export const OPERATOR_OPERATIONS = new Set([
  'operatorAccreditation_listBodies',
  'operatorAccreditation_addBody',
  'operatorAccreditation_updateBody',
  'operatorAccreditation_linkBody',
  'operatorAccreditation_listAccreditations',
  'operatorAccreditation_confirm',
  'operatorAccreditation_status',
]);

// Foreign credentials: a second issuer on a loopback did:web server (tests allow 127.0.0.1 over
// http), signing a fresh credential for each import. The full behaviour: foreign-credentials.e2e-spec.ts.
let matrixIssuer: Promise<TestIssuer> | undefined;
const foreignIssuer = () => (matrixIssuer ??= startDidWebServer().then((s) => s.issuer('matrix', 'Matrix Certifier')));
/** A fresh credential issued to the organization (the import refuses one issued to anyone else). */
const importBody = async (holder: TestOrg) => ({ credential: (await (await foreignIssuer()).credential({ issuedTo: { id: `urn:uuid:${holder.id}` } })).jwt });
RESOURCE_FACTORIES.foreignCredentialId = async ({ http, a }) => {
  const res = await http.post<{ id: string }>('/v1/foreign-credentials', await importBody(a), a.owner.as);
  return res.body.id;
};
REQUEST_BODIES.foreignCredentials_import = ({ a }) => importBody(a);

// Personnel: A's roster (personnel.e2e-spec.ts runs the import, the role projections and erasure).
function matrixPerson() {
  unique += 1;
  return { displayName: 'Matrix Technician', internalId: `MX-${Date.now()}-${unique}`, markets: ['VN'] };
}
async function matrixComponent({ http, a }: MatrixContext): Promise<{ offeringId: string; componentId: string }> {
  const offering = await workspaceFactories(http).newOffering(a);
  return { offeringId: offering.id, componentId: offering.saasComponentId };
}
RESOURCE_FACTORIES.personId = async ({ http, a }) => (await http.post<{ id: string }>('/v1/personnel/people', matrixPerson(), a.owner.as)).body.id;
RESOURCE_FACTORIES.assignmentId = async (ctx, made) => {
  const res = await ctx.http.post<{ id: string }>(`/v1/personnel/people/${made.personId}/assignments`, await matrixComponent(ctx), ctx.a.owner.as);
  return res.body.id;
};
REQUEST_BODIES.personnel_create = () => matrixPerson();
REQUEST_BODIES.personnel_import = () => {
  unique += 1;
  return { csv: `internal_id,display_name,markets\nMXI-${Date.now()}-${unique},Matrix Import,VN\n` };
};
REQUEST_BODIES.personnel_addCertification = () => ({
  scheme: 'Matrix scheme',
  level: 'L1',
  issuingBody: 'Matrix body',
  validFrom: '2025-01-01',
  validUntil: '2030-01-01',
});
REQUEST_BODIES.personnel_assign = (ctx) => matrixComponent(ctx);

// Framework versions: a mapping from the built-in baseline (the workspaces' framework) to a new
// own version with one requirement; every baseline control counts as removed. Full behaviour:
// framework-versions.e2e-spec.ts.
/** A mapping's body: from the built-in baseline to a new own version of its code (a mapping relates two versions of one framework). */
async function baselineToNewVersion({ http, a }: MatrixContext): Promise<{ fromFrameworkId: string; toFrameworkId: string; entries: [] }> {
  const frameworks = await http.get<{ data: { id: string; code: string; source: string }[] }>('/v1/frameworks?limit=200', a.owner.as);
  const baseline = frameworks.body.data.find((f) => f.source === 'built_in' && f.code === 'attesta-dser')!.id;
  unique += 1;
  const next = await http.post<{ id: string }>(
    '/v1/frameworks',
    { code: 'attesta-dser', title: 'Baseline, next version', version: `2-matrix-${Date.now()}-${unique}`, requirements: [{ ref: 'N-1', title: 'New' }] },
    a.owner.as,
  );
  return { fromFrameworkId: baseline, toFrameworkId: next.body.id, entries: [] };
}
async function newVersionMapping(ctx: MatrixContext): Promise<string> {
  const res = await ctx.http.post<{ id: string }>('/v1/framework-version-mappings', await baselineToNewVersion(ctx), ctx.a.owner.as);
  return res.body.id;
}
RESOURCE_FACTORIES.versionMappingId = async (ctx) => newVersionMapping(ctx);
REQUEST_BODIES.frameworkVersions_create = (ctx) => baselineToNewVersion(ctx);
REQUEST_BODIES.frameworkVersions_move = async (ctx) => ({ mappingId: await newVersionMapping(ctx) });
REQUEST_BODIES.frameworkVersions_update = () => ({ note: 'Edited by the matrix' });
REQUEST_BODIES.frameworkVersions_retire = () => ({ reason: 'Retired by the matrix' });

// Recognition (recognition.e2e-spec.ts runs the flows). A mapping collection of A: the built-in
// DSER → ISO/IEC 20000-1 crosswalk exported and imported as A's own draft. Rules are public
// statements (B reads them, 200) that only their owner deletes (B gets 403).
async function newMappingCollectionBody({ http, a }: MatrixContext): Promise<{ doc: unknown; dser: string; iso: string }> {
  const frameworks = await http.get<{ data: { id: string; code: string; source: string }[] }>('/v1/frameworks?limit=200', a.owner.as);
  const id = (code: string) => frameworks.body.data.find((f) => f.code === code && f.source === 'built_in')!.id;
  const exported = await http.get<{ 'mapping-collection': { mappings: { 'target-resource': { href: string } }[]; metadata: Record<string, unknown> } }>(
    `/v1/frameworks/${id('attesta-dser')}/mapping-collection`,
    a.owner.as,
  );
  const mc = exported.body['mapping-collection'];
  unique += 1;
  return {
    doc: {
      'mapping-collection': {
        ...mc,
        uuid: crypto.randomUUID(),
        metadata: { ...mc.metadata, version: `matrix-${Date.now()}-${unique}` },
        mappings: mc.mappings.filter((m) => m['target-resource'].href.includes('iso-iec-20000-1')),
      },
    },
    dser: id('attesta-dser'),
    iso: id('iso-iec-20000-1'),
  };
}
async function newMappingCollection(ctx: MatrixContext): Promise<{ id: string; dser: string; iso: string }> {
  const { doc, dser, iso } = await newMappingCollectionBody(ctx);
  const res = await ctx.http.post<{ id: string }>('/v1/mapping-collections', doc, ctx.a.owner.as);
  return { id: res.body.id, dser, iso };
}
async function recognitionRuleBody(ctx: MatrixContext) {
  const c = await newMappingCollection(ctx);
  return { market: 'TH', sourceFrameworkId: c.dser, targetFrameworkId: c.iso, mappingCollectionId: c.id, title: 'Matrix rule' };
}
RESOURCE_FACTORIES.mappingCollectionId = async (ctx) => (await newMappingCollection(ctx)).id;
RESOURCE_FACTORIES.recognitionRuleId = async (ctx) =>
  (await ctx.http.post<{ id: string }>('/v1/recognition-rules', await recognitionRuleBody(ctx), ctx.a.owner.as)).body.id;
REQUEST_BODIES.mappingCollections_import = async (ctx) => (await newMappingCollectionBody(ctx)).doc;
REQUEST_BODIES.mappingCollections_approve = () => ({ approved: true });
REQUEST_BODIES.recognitionRules_create = (ctx) => recognitionRuleBody(ctx);
Object.assign(EXPECTED_FOR_OUTSIDERS, { recognitionRules_get: 200, recognitionRules_remove: 403 });
REQUEST_BODIES.frameworkVersions_importOscal = async ({ http, a }) => {
  unique += 1;
  const code = `matrix-oscal-${Date.now()}-${unique}`;
  for (const version of ['1', '2'])
    await http.post('/v1/frameworks', { code, title: 'Matrix versions', version, requirements: [{ ref: 'M-1', title: 'One' }] }, a.owner.as);
  return {
    'mapping-collection': {
      uuid: '7d0c6a2e-6f3a-4d4b-9a35-1f2e3d4c5b6a',
      metadata: { title: 'Matrix 1 to 2', version: '1', 'last-modified': '2026-12-01T00:00:00Z', 'oscal-version': '1.2.2' },
      provenance: { method: 'human', 'matching-rationale': 'semantic', status: 'complete', 'mapping-description': 'Matrix' },
      mappings: [
        {
          uuid: '5f1e2d3c-4b5a-4978-8e6d-5c4b3a291807',
          'source-resource': { type: 'catalog', href: `urn:attesta:framework:${code}@1` },
          'target-resource': { type: 'catalog', href: `urn:attesta:framework:${code}@2` },
          maps: [
            {
              uuid: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
              relationship: 'equal-to',
              sources: [{ type: 'control', 'id-ref': 'M-1' }],
              targets: [{ type: 'control', 'id-ref': 'M-1' }],
            },
          ],
        },
      ],
    },
  };
};
