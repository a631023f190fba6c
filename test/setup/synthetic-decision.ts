import { AttestationsService, type DecisionSnapshot } from '@attesta/attestations';
import { newId, type Actor } from '@attesta/core';
import { adminQuery } from '../../scripts/lib/devstack.js';
import { sqlOf } from './database.js';
import type { TestOrg } from './factories.js';
import { client } from './http.js';
import type { TestApp } from './test-app.js';
import type { TestWorkspace } from './workspace-factories.js';

/**
 * Tests that issue attestations from a hand-made decision snapshot (instead of walking the
 * review workflow) record the submission and decision rows the snapshot names first, so the
 * attestation's foreign keys refer to real rows. Recording the same decision twice is a no-op.
 * Returns the submission id the decision rests on: the snapshot's, unless another decision
 * already rests on it (fixed sample ids), then a fresh one.
 */
export async function recordSyntheticDecision(t: TestApp, snapshot: DecisionSnapshot, issuerOrganizationId: string): Promise<string> {
  const url = t.db.adminUrl.replace(/\/[^/]*$/, `/${t.db.database}`);
  const [recorded] = await adminQuery<{ submission_id: string }>(url, 'SELECT submission_id FROM decisions WHERE id = $1', [snapshot.decisionId]);
  if (recorded) return recorded.submission_id;
  const [taken] = await adminQuery(url, 'SELECT 1 FROM decisions WHERE submission_id = $1', [snapshot.submission.id]);
  const submissionId = taken ? newId() : snapshot.submission.id;
  const day = (d: Date) => d.toISOString().slice(0, 10);
  // A number far from the workflow's 1, 2, 3 … of the same workspace.
  const number = 100_000 + Math.floor(Math.random() * 1_000_000);
  await adminQuery(
    url,
    `INSERT INTO submissions (id, workspace_id, organization_id, number, status, submitted_by, created_at, updated_at)
     SELECT $1, w.id, w.organization_id, $3, 'decided', 'synthetic-test-decision', now(), now() FROM workspaces w WHERE w.id = $2
     ON CONFLICT (id) DO NOTHING`,
    [submissionId, snapshot.workspaceId, number],
  );
  await adminQuery(
    url,
    `INSERT INTO decisions (id, workspace_id, submission_id, organization_id, outcome, scope_statement, valid_from, valid_until, status, decided_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'final', 'synthetic-test-decision', $9)`,
    [
      snapshot.decisionId,
      snapshot.workspaceId,
      submissionId,
      issuerOrganizationId,
      snapshot.outcome,
      snapshot.scope,
      day(snapshot.validFrom ?? snapshot.decidedAt),
      day(snapshot.validUntil),
      snapshot.decidedAt,
    ],
  );
  return submissionId;
}

/** `AttestationsService.issue` from a hand-made snapshot whose decision rows are recorded first. */
export async function issueSynthetic(t: TestApp, actor: Actor, snapshot: DecisionSnapshot, ...rest: unknown[]): ReturnType<AttestationsService['issue']> {
  const submissionId = await recordSyntheticDecision(t, snapshot, actor.organizationId);
  const recorded = { ...snapshot, submission: { ...snapshot.submission, id: submissionId } };
  return (t.app.get(AttestationsService).issue as (...args: unknown[]) => ReturnType<AttestationsService['issue']>)(actor, recorded, ...rest);
}

/**
 * A decision read model (the reviews lib's shape) for a workspace, as `ReviewsService`
 * would hand it to `AttestationsService.issue`: the live offering (read over the API as its
 * manufacturer), the workspace's frameworks, a conformant outcome valid three years, for VN and
 * TH unless overridden. Nothing is recorded: issueSynthetic records the decision rows.
 */
export async function decisionSnapshot(
  t: TestApp,
  parties: { maker: TestOrg; ws: TestWorkspace },
  overrides: Partial<DecisionSnapshot> = {},
): Promise<DecisionSnapshot> {
  const { maker, ws } = parties;
  const offering = (
    await client(t.baseUrl).get<{
      name: string;
      components: { id: string; name: string; kind: string; version: string; serviceCategory: string | null; providerOrganizationId: string | null }[];
    }>(`/v1/offerings/${ws.offeringId}`, maker.owner.as)
  ).body;
  const frameworks = await sqlOf(t)<{ id: string; code: string; title: string; version: string; publisher: string | null }>(
    'SELECT id, code, title, version, publisher FROM frameworks WHERE id = ANY($1::uuid[]) ORDER BY code',
    [ws.frameworkIds],
  );
  return {
    decisionId: crypto.randomUUID(),
    workspaceId: ws.id,
    outcome: 'conformant',
    decidedAt: new Date(),
    scope: 'VMC-850 rev C with the predictive-maintenance SaaS 4.2.0',
    conditions: [],
    validUntil: new Date(Date.now() + 3 * 365 * 86_400_000),
    manufacturer: { id: maker.id, name: 'Manufacturer' },
    submission: { id: crypto.randomUUID(), number: 1, digest: 'ab'.repeat(32) },
    offering: {
      id: ws.offeringId,
      name: offering.name,
      components: offering.components.map((c) => ({
        id: c.id,
        name: c.name,
        kind: c.kind,
        version: c.version,
        serviceCategory: c.serviceCategory,
        providerOrganizationId: c.providerOrganizationId,
        providerName: c.providerOrganizationId ? 'Vendor' : null,
      })),
    },
    frameworks,
    markets: ['VN', 'TH'],
    ...overrides,
  };
}
