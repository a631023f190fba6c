import { OrganizationKind } from '@attesta/core';
import { expect } from 'vitest';
import type { TestOrg } from './factories.js';
import { authHeaders, type Client, type Credentials } from './http.js';
import { streamUpload } from './multipart.js';
import { judgeAll } from './review-helpers.js';
import { builtInFrameworks, workspaceFactories, type TestWorkspace } from './workspace-factories.js';

/**
 * Scenarios built only on the public HTTP API, the way customers reach these states: the cast
 * of an assessment, a workspace with evidence, a decided submission, an issued attestation.
 * No service of the app is resolved and no row is written behind the API (the operator API
 * verifies accreditations; invitation tokens are read from the outbox mail, as a mailbox would).
 */

const DAY = 86_400_000;
/** `YYYY-MM-DD`, `days` from today (negative: in the past). */
export const isoDay = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

export interface AssessmentCast {
  http: Client;
  /** The manufacturer who owns the offering and the workspace. */
  maker: TestOrg;
  /** The service vendor providing the SaaS component (a contributor for it). */
  vendor: TestOrg;
  /** The assessor of the workspace; `accreditationId` when accredited (operator-verified). */
  assessor: TestOrg & { accreditationId?: string };
  /** A procurer observing the workspace. */
  procurer: TestOrg;
  /** An organization with no part in the workspace. */
  outsider: TestOrg;
  ws: TestWorkspace;
  factories: ReturnType<typeof workspaceFactories>;
}

export interface AssessmentCastOptions {
  /** The assessor holds an operator-verified accreditation (issuing an accredited attestation needs one). Default false. */
  accreditedAssessor?: boolean;
  /** The outsider's kind. Default manufacturer. */
  outsiderKind?: OrganizationKind;
  /** Which participants join the workspace (vendor as contributor, assessor, procurer as observer). Default all. */
  join?: ('vendor' | 'assessor' | 'procurer')[];
}

/**
 * Manufacturer, service vendor, assessor, procurer and an outsider, each with its owner's
 * session; the manufacturer's workspace (hardware + the vendor's SaaS, two frameworks, VN and
 * TH) with the others joined in their roles.
 */
export async function assessmentCast(http: Client, options: AssessmentCastOptions = {}): Promise<AssessmentCast> {
  const w = workspaceFactories(http);
  const [maker, vendor, assessor, procurer, outsider] = await Promise.all([
    w.newOrganization(OrganizationKind.Manufacturer),
    w.newOrganization(OrganizationKind.ServiceVendor),
    options.accreditedAssessor ? w.newVerifiedAssessor() : w.newOrganization(OrganizationKind.Assessor),
    w.newOrganization(OrganizationKind.Procurer),
    w.newOrganization(options.outsiderKind ?? OrganizationKind.Manufacturer),
  ]);
  const ws = await w.newWorkspace(maker, vendor.id);
  const join = options.join ?? ['vendor', 'assessor', 'procurer'];
  if (join.includes('vendor')) await w.join(maker, ws, vendor, 'contributor');
  if (join.includes('assessor')) await w.join(maker, ws, assessor, 'assessor');
  if (join.includes('procurer')) await w.join(maker, ws, procurer, 'observer');
  return { http, maker, vendor, assessor, procurer, outsider, ws, factories: w };
}

/** The parts of a cast the workflow below needs (a cast, or a workspace of one's own). */
export interface WorkspaceParties {
  http: Client;
  maker: TestOrg;
  assessor: TestOrg;
  ws: TestWorkspace;
}

export interface EvidenceInput {
  /** Who uploads (the maker by default; a contributor for its own component). */
  by?: TestOrg;
  component?: 'hardware' | 'saas';
  /** Linked to this requirement (the first applicable one by default). */
  requirementId?: string;
  title?: string;
  type?: string;
  effectiveDate?: string;
  validUntil?: string;
  size?: number;
}

export interface UploadedEvidence {
  evidenceId: string;
  versionId: string;
  requirementId: string;
}

/** Evidence items with one uploaded version each, linked to a requirement. */
export async function workspaceWithEvidence(p: WorkspaceParties, items: EvidenceInput[] = [{}]): Promise<UploadedEvidence[]> {
  const base = `/v1/workspaces/${p.ws.id}`;
  const rows = await p.http.get<{ data: { requirementId: string }[] }>(`${base}/applicability?limit=1`, p.maker.owner.as);
  expect(rows.status, JSON.stringify(rows.body)).toBe(200);
  const out: UploadedEvidence[] = [];
  for (const item of items) {
    const by = item.by ?? p.maker;
    const title = item.title ?? 'Machine test report';
    const e = await p.http.post<{ id: string }>(
      `${base}/evidence`,
      {
        type: item.type ?? 'test_report',
        title,
        confidentiality: 'internal',
        effectiveDate: item.effectiveDate ?? '2026-01-01',
        ...(item.validUntil ? { validUntil: item.validUntil } : {}),
        componentId: item.component === 'saas' ? p.ws.saasComponentId : p.ws.hardwareComponentId,
      },
      by.owner.as,
    );
    expect(e.status, JSON.stringify(e.body)).toBe(201);
    const up = await streamUpload(`${p.http.baseUrl}${base}/evidence/${e.body.id}/versions`, authHeaders(by.owner.as), {
      filename: `${title}.txt`,
      contentType: 'text/plain',
      size: item.size ?? 256,
    });
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    const requirementId = item.requirementId ?? rows.body.data[0]!.requirementId;
    const linked = await p.http.post(`${base}/evidence/${e.body.id}/links`, { requirementId }, by.owner.as);
    expect(linked.status, JSON.stringify(linked.body)).toBe(201);
    out.push({ evidenceId: e.body.id, versionId: String(up.body.id), requirementId });
  }
  return out;
}

/** The maker submits the workspace as it stands; returns the submission number. */
export async function submitted(p: WorkspaceParties): Promise<{ number: number; digest: string }> {
  const sub = await p.http.post<{ number: number; manifest: { digest: string } }>(
    `/v1/workspaces/${p.ws.id}/submissions`,
    { note: 'For review' },
    p.maker.owner.as,
  );
  expect(sub.status, JSON.stringify(sub.body)).toBe(201);
  return { number: sub.body.number, digest: sub.body.manifest.digest };
}

export interface DecisionInput {
  outcome?: 'conformant' | 'conformant_with_conditions';
  scopeStatement?: string;
  validFrom?: string;
  validUntil?: string;
  /** e.g. `{ markets: ['TH'] }`: narrower than the workspace's targets. */
  scope?: { markets?: string[]; frameworkIds?: string[] };
  compatibleRanges?: { componentId: string; range: string }[];
  /** conformant_with_conditions: the condition's text; it rests on an observation finding raised for it. */
  condition?: string;
}

export interface DecidedSubmission {
  number: number;
  digest: string;
  decisionId: string;
  /** The finding a condition rests on (conformant_with_conditions). */
  findingId: string | null;
}

/**
 * A submission (of the evidence given, or one default item) that the assessor reviewed in
 * full (a `satisfied` verdict on every applicable requirement) and decided positively.
 */
export async function decidedSubmission(p: WorkspaceParties, decision: DecisionInput = {}, evidence: EvidenceInput[] = [{}]): Promise<DecidedSubmission> {
  const base = `/v1/workspaces/${p.ws.id}`;
  if (evidence.length) await workspaceWithEvidence(p, evidence);
  const { number, digest } = await submitted(p);
  await judgeAll(p.http, p.ws.id, number, p.assessor.owner.as);
  const outcome = decision.outcome ?? (decision.condition ? 'conformant_with_conditions' : 'conformant');
  let findingId: string | null = null;
  if (outcome === 'conformant_with_conditions') {
    const entries = await p.http.get<{ data: { entry: { requirementId: string } }[] }>(`${base}/submissions/${number}/entries?limit=1`, p.assessor.owner.as);
    const finding = await p.http.post<{ id: string }>(
      `${base}/submissions/${number}/findings`,
      { requirementId: entries.body.data[0]!.entry.requirementId, severity: 'observation', title: 'Training records due for renewal' },
      p.assessor.owner.as,
    );
    expect(finding.status, JSON.stringify(finding.body)).toBe(201);
    findingId = finding.body.id;
  }
  const d = await p.http.post<{ id: string; status: string }>(
    `${base}/submissions/${number}/decision`,
    {
      outcome,
      scopeStatement: decision.scopeStatement ?? 'VMC-850 rev C with the predictive-maintenance SaaS 4.2.0',
      validFrom: decision.validFrom ?? isoDay(0),
      validUntil: decision.validUntil ?? isoDay(730),
      ...(decision.scope ? { scope: decision.scope } : {}),
      ...(decision.compatibleRanges ? { compatibleRanges: decision.compatibleRanges } : {}),
      ...(findingId ? { conditions: [{ text: decision.condition ?? 'Renew technician training records', dueDate: isoDay(120), findingId }] } : {}),
    },
    p.assessor.owner.as,
  );
  expect(d.status, JSON.stringify(d.body)).toBe(201);
  expect(d.body.status).toBe('final');
  return { number, digest, decisionId: d.body.id, findingId };
}

export interface IssuedAttestation {
  id: string;
  serial: string;
  status: string;
  credential: string;
  decisionId: string;
  markets: string[];
  accredited: boolean;
  /** The verified accreditation claimed at issue (null: issued as non-accredited). */
  accreditation: { accreditationId: string } | null;
}

/** The assessor issues the attestation of a decision (a decided submission unless one is given). */
export async function issuedAttestation(
  p: WorkspaceParties,
  options: { decisionId?: string; accredited?: boolean; decision?: DecisionInput; evidence?: EvidenceInput[] } = {},
): Promise<IssuedAttestation> {
  const decisionId = options.decisionId ?? (await decidedSubmission(p, options.decision, options.evidence)).decisionId;
  const res = await p.http.post<IssuedAttestation>(
    `/v1/workspaces/${p.ws.id}/attestations`,
    { decisionId, ...(options.accredited === false ? { accredited: false } : {}) },
    p.assessor.owner.as,
  );
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/**
 * A manufacturer's workspace on the given built-in frameworks and target markets (by default
 * the two the workspace factory uses and VN, TH), its offering's SaaS by `vendorId` if given.
 */
export async function assessmentWorkspace(
  http: Client,
  maker: TestOrg,
  options: { vendorId?: string; frameworkCodes?: string[]; targetMarkets?: string[] } = {},
): Promise<TestWorkspace> {
  const w = workspaceFactories(http);
  if (!options.frameworkCodes && !options.targetMarkets) return w.newWorkspace(maker, options.vendorId);
  const offering = await w.newOffering(maker, options.vendorId);
  const fw = await builtInFrameworks(http, maker.owner.as);
  const frameworkIds = (options.frameworkCodes ?? ['attesta-dser', 'iso-iec-27001']).map((code) => fw[code]!);
  expect(frameworkIds.every(Boolean)).toBe(true);
  const res = await http.post<{ id: string }>(
    '/v1/workspaces',
    { offeringId: offering.id, name: 'Export readiness', frameworkIds, targetMarkets: options.targetMarkets ?? ['VN', 'TH'] },
    maker.owner.as,
  );
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return {
    id: res.body.id,
    offeringId: offering.id,
    saasComponentId: offering.saasComponentId,
    hardwareComponentId: offering.hardwareComponentId,
    frameworkIds,
  };
}

/**
 * A new manufacturer's workspace with the assessor joined, attested through the whole
 * workflow (evidence, submission, a verdict on every requirement, a positive decision, the
 * issue): what a procurement or accreditation test needs of a supplier.
 */
export async function attestedSupplier(
  http: Client,
  assessor: TestOrg,
  options: {
    maker?: TestOrg;
    frameworkCodes?: string[];
    targetMarkets?: string[];
    accredited?: boolean;
    decision?: DecisionInput;
    evidence?: EvidenceInput[];
  } = {},
): Promise<{ maker: TestOrg; ws: TestWorkspace; attestation: IssuedAttestation }> {
  const w = workspaceFactories(http);
  const maker = options.maker ?? (await w.newOrganization(OrganizationKind.Manufacturer));
  const ws = await assessmentWorkspace(http, maker, options);
  await w.join(maker, ws, assessor, 'assessor');
  const attestation = await issuedAttestation({ http, maker, assessor, ws }, options);
  return { maker, ws, attestation };
}

/**
 * A procurer's open tender asking for `frameworkId` at conformant in TH, evidence at most a
 * year old and accredited issuers, 14 days before its deadline; `extra` changes any of it.
 */
export async function openTender(http: Client, as: Credentials, frameworkId: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await http.post<{ id: string }>(
    '/v1/tenders',
    {
      ocid: `ocds-tiepo1-${crypto.randomUUID()}`,
      title: 'CNC machining centres with predictive maintenance',
      buyer: 'Thai Industrial Estate Procurement Office',
      deadline: new Date(Date.now() + 14 * DAY).toISOString(),
      requirements: [{ frameworkId, minimumOutcome: 'conformant' }],
      markets: ['TH'],
      maxEvidenceAgeDays: 365,
      accreditedIssuersOnly: true,
      ...extra,
    },
    as,
  );
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

/** A supplier's bid on a tender, offering its attested offering; returns the bid as answered (with its compliance report). */
export async function placedBid<T>(http: Client, tenderId: string, supplier: TestOrg, offer: { offeringId: string; attestationIds: string[] }): Promise<T> {
  const res = await http.post<T>(`/v1/tenders/${tenderId}/bids`, offer, supplier.owner.as);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}
