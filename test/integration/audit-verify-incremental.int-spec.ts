import { AuditCheckpointsService, AuditService } from '@attesta/audit';
import { Db, MemberRole, newId, OrganizationKind, systemScope, type Actor } from '@attesta/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery } from '../../scripts/lib/devstack.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

/**
 * Verify from the latest signed checkpoint (`incremental`) against the full re-verification:
 * the incremental one examines only the events from the checkpoint on and still finds tampering
 * there; tampering before the checkpoint is what the full one is for.
 */
describe('Audit verify, incremental from the latest checkpoint', () => {
  let t: TestApp;
  let audit: AuditService;
  let checkpoints: AuditCheckpointsService;
  let db: Db;
  let dbUrl: string;
  const sql = (q: string, p: unknown[] = []) => adminQuery(dbUrl, q, p);

  beforeAll(async () => {
    t = await createTestApp();
    audit = t.app.get(AuditService);
    checkpoints = t.app.get(AuditCheckpointsService);
    db = t.app.get(Db);
    dbUrl = t.db.adminUrl.replace(/\/[^/]*$/, `/${t.db.database}`);
  });
  afterAll(async () => {
    await t?.close();
  });

  /** A stream of `n` events as one organization's owner. */
  async function streamOf(actor: Actor, from: number, to: number): Promise<void> {
    for (let i = from; i <= to; i++) {
      await db.tx(
        systemScope('test: appending as the organization', { organizationId: actor.organizationId, userId: (actor as { userId: string }).userId }),
        (em) =>
          audit.record(
            em,
            actor,
            { type: 'organization', id: actor.organizationId },
            { action: `thing.step${i}`, subjectType: 'Thing', subjectId: newId(), payload: { i } },
          ),
      );
    }
  }

  async function newActor(): Promise<Actor> {
    const organizationId = newId();
    await sql(`INSERT INTO organizations (id, name, kind) VALUES ($1, 'Audit Co', 'manufacturer')`, [organizationId]);
    return { kind: 'user', userId: newId(), organizationId, organizationKind: OrganizationKind.Manufacturer, role: MemberRole.Owner };
  }

  it('checks only the events after the checkpoint, finds tampering there, and leaves earlier tampering to the full verification', async () => {
    const actor = await newActor();
    const stream = { type: 'organization' as const, id: actor.organizationId };
    await streamOf(actor, 1, 5);
    // The scheduled job seals the stream at 5; three more events follow.
    expect((await checkpoints.checkpointDue()).checkpointed).toBeGreaterThanOrEqual(1);
    await streamOf(actor, 6, 8);

    expect(await audit.verify(actor, stream, { incremental: true })).toMatchObject({
      valid: true,
      incremental: true,
      from: 5,
      checked: 4,
      length: 8,
      checkpoint: { seq: 5, matches: true },
    });
    expect(await audit.verify(actor, stream)).toMatchObject({ valid: true, incremental: false, from: 1, checked: 8 });

    // An edit before the checkpoint: only the full verification looks there.
    await sql(`UPDATE audit_events SET payload = '{"i": 2, "edited": true}' WHERE stream_id = $1 AND seq = 2`, [actor.organizationId]);
    expect(await audit.verify(actor, stream, { incremental: true })).toMatchObject({ valid: true, checked: 4 });
    expect(await audit.verify(actor, stream)).toMatchObject({ valid: false, breaks: [{ seq: 2, reason: 'hash_mismatch' }], breakCount: 1 });

    // An edit after it: the incremental one finds it.
    await sql(`UPDATE audit_events SET payload = '{"i": 7, "edited": true}' WHERE stream_id = $1 AND seq = 7`, [actor.organizationId]);
    expect(await audit.verify(actor, stream, { incremental: true })).toMatchObject({
      valid: false,
      breaks: [{ seq: 7, reason: 'hash_mismatch' }],
      breakCount: 1,
    });

    // The checkpoint's own event is re-checked too (its content, and its hash against the signed one).
    await sql(`UPDATE audit_events SET payload = '{"i": 5, "edited": true}' WHERE stream_id = $1 AND seq = 5`, [actor.organizationId]);
    const v = await audit.verify(actor, stream, { incremental: true });
    expect(v.breaks.map((b) => `${b.seq}:${b.reason}`)).toEqual(['5:hash_mismatch', '7:hash_mismatch']);
  });

  it('finds a rewritten and re-hashed checkpoint position, and a tail cut before the checkpoint', async () => {
    const actor = await newActor();
    const stream = { type: 'organization' as const, id: actor.organizationId };
    await streamOf(actor, 1, 5);
    await checkpoints.checkpointDue();
    await streamOf(actor, 6, 6);
    // The event at the checkpoint gets another stored hash (and the next one re-linked to it).
    await sql(`UPDATE audit_events SET hash = repeat('0', 64) WHERE stream_id = $1 AND seq = 5`, [actor.organizationId]);
    const rewritten = await audit.verify(actor, stream, { incremental: true });
    expect(rewritten.valid).toBe(false);
    expect(rewritten.breaks.map((b) => b.reason)).toContain('checkpoint_mismatch');

    await sql(`DELETE FROM audit_events WHERE stream_id = $1 AND seq >= 4`, [actor.organizationId]);
    // Nothing left at the checkpoint to start from: the whole chain is verified instead.
    expect(await audit.verify(actor, stream, { incremental: true })).toMatchObject({
      valid: false,
      incremental: false,
      from: 1,
      length: 3,
      breaks: [{ seq: 4, reason: 'truncated', checkpointSeq: 5 }],
    });
  });
});
