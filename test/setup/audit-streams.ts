import { AuditService, auditVerificationRuns, type ChainVerification } from '@attesta/audit';
import { Db, MemberRole, newId, OrganizationKind, systemScope, type Actor } from '@attesta/core';
import { adminQuery } from '../../scripts/lib/devstack.js';
import type { TestApp } from './test-app.js';

/** Appends events `from`..`to` to the actor's organization stream, as the app does. */
export async function appendEvents(t: TestApp, actor: Actor, from: number, to: number): Promise<void> {
  const audit = t.app.get(AuditService);
  for (let i = from; i <= to; i++) {
    await t.app
      .get(Db)
      .tx(systemScope('test: appending as the organization', { organizationId: actor.organizationId, userId: (actor as { userId: string }).userId }), (em) =>
        audit.record(
          em,
          actor,
          { type: 'organization', id: actor.organizationId },
          { action: `thing.step${i}`, subjectType: 'Thing', subjectId: newId(), payload: { i, note: 'ünïcode ✓' } },
        ),
      );
  }
}

/** SQL as the database's owner (no row-level security): for tampering with a stream. */
export function adminSql(t: TestApp) {
  const url = t.db.adminUrl.replace(/\/[^/]*$/, `/${t.db.database}`);
  return (q: string, p: unknown[] = []) => adminQuery(url, q, p);
}

/** The owner of a new organization (no user row: the audit log needs only the ids). */
export async function newAuditActor(t: TestApp): Promise<Actor> {
  const organizationId = newId();
  await adminSql(t)(`INSERT INTO organizations (id, name, kind) VALUES ($1, 'Audit Co', 'manufacturer')`, [organizationId]);
  return { kind: 'user', userId: newId(), organizationId, organizationKind: OrganizationKind.Manufacturer, role: MemberRole.Owner };
}

/**
 * 40 events on a new organization's stream, sealed every 10 (AUDIT_CHECKPOINT_EVERY=10); then seq 7
 * edited, seq 15 deleted and everything after 36 cut off; verified in full.
 */
export async function verifyTamperedStream(t: TestApp): Promise<ChainVerification> {
  const actor = await newAuditActor(t);
  const sql = adminSql(t);
  await appendEvents(t, actor, 1, 40);
  await sql(`UPDATE audit_events SET payload = '{"i": 7, "edited": true}' WHERE stream_id = $1 AND seq = 7`, [actor.organizationId]);
  await sql(`DELETE FROM audit_events WHERE stream_id = $1 AND seq = 15`, [actor.organizationId]);
  await sql(`DELETE FROM audit_events WHERE stream_id = $1 AND seq > 36`, [actor.organizationId]);
  return t.app.get(AuditService).verify(actor, { type: 'organization', id: actor.organizationId });
}

/** What `verifyTamperedStream` must find, wherever the walk ran. */
export const TAMPERED_STREAM_FINDINGS = {
  valid: false,
  incremental: false,
  from: 1,
  checked: 35,
  length: 36,
  firstBrokenSeq: 7,
  reason: 'hash_mismatch',
  breaks: [
    { seq: 7, reason: 'hash_mismatch' },
    { seq: 15, reason: 'sequence_gap' },
    { seq: 37, reason: 'truncated', checkpointSeq: 40 },
  ],
  breakCount: 3,
  checkpoint: { seq: 40, matches: false },
} as const;

/** Verifications so far by where their walk ran (this process's counters). */
export function verificationRuns(): { worker: number; inProcess: number } {
  return { worker: auditVerificationRuns().get('worker')!, inProcess: auditVerificationRuns().get('in_process')! };
}
