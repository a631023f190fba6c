import { AttestationsService } from '@attesta/attestations';
import { isForeignKeyViolation, MemberRole, OrganizationKind, toProblem, type Actor } from '@attesta/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery } from '../../scripts/lib/devstack.js';
import { client } from '../setup/http.js';
import { recordSyntheticDecision } from '../setup/synthetic-decision.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { workspaceFactories } from '../setup/workspace-factories.js';
import { sampleSnapshot } from '../../libs/attestations/src/testing/attestation.factory.js';

/**
 * `*_id` columns that are not foreign keys, each for a reason. Keep it short: anything else
 * that ends in `_id` and refers to a row gets a FOREIGN KEY in its migration.
 */
const NOT_A_FOREIGN_KEY: Record<string, string> = {
  // Who acted: a user id or an API key id (text); the audit log outlives both.
  'audit_events.actor_id': 'polymorphic actor (user or API key)',
  // What was acted on: any audited object (text), of any table.
  'audit_events.subject_id': 'polymorphic subject',
  // A workspace's or an organization's stream.
  'audit_events.stream_id': 'polymorphic stream (workspace or organization)',
  'audit_checkpoints.stream_id': 'polymorphic stream (workspace or organization), as audit_events.stream_id',
  // An OSCAL control id such as `ac-2.1`, not a row.
  'requirements.oscal_id': 'external identifier',
  // An OSCAL parameter id such as `ac-1_prm_1`, not a row.
  'workspace_parameter_values.param_id': 'external identifier',
  // The `id` of a credential another issuer made (a URI), not a row here.
  'foreign_credentials.credential_id': 'external identifier',
  'foreign_credentials.issued_to_id': 'external identifier: the party a foreign credential names (urn:uuid, DID or URL of another registry)',
  // The fingerprint naming the key-encryption key in the configuration, not a row.
  'signing_keys.kek_id': 'configuration key fingerprint',
  'audit_checkpoint_keys.kek_id': 'configuration key fingerprint',
  'person_keys.kek_id': 'configuration key fingerprint',
  // Groups the rotations of one session's refresh token; no row is the family.
  'refresh_tokens.family_id': 'grouping value',
  // The event a delivery carries: an outbox event's id, or a test ping's own id (it has no outbox row).
  'webhook_deliveries.event_id': 'outbox event or test ping',
  // A service-level objective's id inside a profile's objectives (jsonb), kept across profile versions; no row is the objective.
  'submission_service_levels.objective_id': 'objective inside a jsonb profile',
  'service_level_findings.objective_id': 'objective inside a jsonb profile',
};

describe('foreign keys', () => {
  let t: TestApp;
  let url: string;

  beforeAll(async () => {
    t = await createTestApp();
    url = t.db.adminUrl.replace(/\/[^/]*$/, `/${t.db.database}`);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('every *_id column of every table is a foreign key, or in the commented allowlist', async () => {
    const columns = await adminQuery<{ col: string }>(
      url,
      `SELECT c.table_name || '.' || c.column_name AS col
         FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
        WHERE c.table_schema = 'public' AND c.column_name LIKE '%\\_id' ESCAPE '\\'
          AND NOT EXISTS (
            SELECT 1 FROM information_schema.key_column_usage k
              JOIN information_schema.table_constraints tc ON tc.constraint_schema = k.constraint_schema AND tc.constraint_name = k.constraint_name
             WHERE tc.constraint_type = 'FOREIGN KEY' AND k.table_schema = 'public' AND k.table_name = c.table_name AND k.column_name = c.column_name)
        ORDER BY 1`,
    );
    const missing = columns.map((c) => c.col).filter((c) => !(c in NOT_A_FOREIGN_KEY));
    expect(missing, 'add a FOREIGN KEY in a migration (and @ForeignKey on the entity), or allowlist it with a reason').toEqual([]);
    // The allowlist names only columns that exist and still lack a key.
    expect(Object.keys(NOT_A_FOREIGN_KEY).filter((c) => !columns.some((x) => x.col === c))).toEqual([]);
  });

  it('an attestation issued from a made-up decision id fails with 23503, which the error map turns into a 422 naming decisionId', async () => {
    const http = client(t.baseUrl);
    const w = workspaceFactories(http);
    const maker = await w.newOrganization(OrganizationKind.Manufacturer);
    const assessor = await w.newOrganization(OrganizationKind.Assessor);
    const ws = await w.newWorkspace(maker);
    await w.join(maker, ws, assessor, 'assessor');
    const offering = (
      await http.get<{ name: string; components: { id: string; name: string; kind: string; version: string }[] }>(
        `/v1/offerings/${ws.offeringId}`,
        maker.owner.as,
      )
    ).body;
    const actor: Actor = {
      kind: 'user',
      userId: assessor.owner.userId,
      organizationId: assessor.id,
      organizationKind: OrganizationKind.Assessor,
      role: MemberRole.Owner,
    };
    const snapshot = sampleSnapshot({
      decisionId: crypto.randomUUID(),
      workspaceId: ws.id,
      outcome: 'conformant',
      manufacturer: { id: maker.id, name: 'Maker' },
      offering: {
        id: ws.offeringId,
        name: offering.name,
        components: offering.components.map((c) => ({
          id: c.id,
          name: c.name,
          kind: c.kind,
          version: c.version,
          serviceCategory: null,
          providerOrganizationId: null,
          providerName: null,
        })) as never,
      },
      frameworks: [{ id: ws.frameworkIds[0]!, code: 'attesta-dser', title: 'Digital service export readiness', version: '1.0', publisher: 'Attesta' }],
      markets: ['TH'],
      validUntil: new Date(Date.now() + 365 * 86_400_000),
    });

    const error = await t.app
      .get(AttestationsService)
      .issue(actor, snapshot, { accredited: false })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(isForeignKeyViolation(error), String(error)).toBe(true);
    const { problem, internal } = toProblem(error, '/v1/workspaces/x/attestations', 'cid');
    expect(internal).toBe(false);
    expect(problem).toMatchObject({ status: 422, code: 'core.reference_not_found' });
    expect(problem.errors).toEqual([{ field: 'decisionId', message: 'refers to nothing that exists' }]);

    // The same snapshot with its decision on record is issued.
    const submissionId = await recordSyntheticDecision(t, snapshot, assessor.id);
    const issued = await t.app
      .get(AttestationsService)
      .issue(actor, { ...snapshot, submission: { ...snapshot.submission, id: submissionId } }, { accredited: false });
    expect(issued.id).toBeDefined();
  });
});
