import { AuditService, ChainVerifyWorkers } from '@attesta/audit';
import { Db, scopeOf, type Actor } from '@attesta/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminSql,
  appendEvents,
  newAuditActor as newActor,
  TAMPERED_STREAM_FINDINGS,
  verificationRuns as runs,
  verifyTamperedStream,
} from '../setup/audit-streams.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { builtVerifyWorker } from '../setup/verify-worker.js';

/**
 * A full verification's walk in the verifier worker (chain-verify.worker.ts, a thread with a
 * bounded heap and a connection of its own): it finds what the walk in the process finds, under
 * the caller's row-level security, on the request transaction's snapshot. (A worker that fails:
 * audit-verify-worker-fallback.int-spec.ts.)
 */

describe('Audit verify in the verifier worker', () => {
  let t: TestApp;
  let audit: AuditService;

  beforeAll(async () => {
    t = await createTestApp({
      env: { METRICS_ENABLED: 'true', AUDIT_CHECKPOINT_EVERY: '10', AUDIT_VERIFY_WORKER_MIN_EVENTS: '5', AUDIT_VERIFY_WORKER_SCRIPT: builtVerifyWorker() },
    });
    audit = t.app.get(AuditService);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('walks a long stream in the worker and a short one in the process, with the same answer', async () => {
    const actor = await newActor(t);
    const stream = { type: 'organization' as const, id: actor.organizationId };
    await appendEvents(t, actor, 1, 4);
    let before = runs();
    expect(await audit.verify(actor, stream)).toMatchObject({ valid: true, checked: 4, length: 4, breakCount: 0, checkpoint: { seq: 1, matches: true } });
    expect(runs()).toEqual({ worker: before.worker, inProcess: before.inProcess + 1 });

    await appendEvents(t, actor, 5, 30);
    before = runs();
    // The worker read every event: with no tenant settings, row-level security would have shown it none.
    expect(await audit.verify(actor, stream)).toEqual({
      valid: true,
      incremental: false,
      from: 1,
      checked: 30,
      length: 30,
      firstBrokenSeq: null,
      reason: null,
      breaks: [],
      breakCount: 0,
      checkpoint: expect.objectContaining({ seq: 30, matches: true }) as unknown,
    });
    expect(runs()).toEqual({ worker: before.worker + 1, inProcess: before.inProcess });
    // And as operators see it.
    const metrics = await (await fetch(`${t.baseUrl}/metrics`)).text();
    expect(metrics).toContain(`attesta_audit_verifications_total{where="worker"} ${runs().worker}`);
    expect(metrics).toContain(`attesta_audit_verifications_total{where="in_process"} ${runs().inProcess}`);
  });

  it('finds an edited event, a deleted one and a cut tail', async () => {
    const before = runs();
    expect(await verifyTamperedStream(t)).toMatchObject(TAMPERED_STREAM_FINDINGS);
    expect(runs().worker).toBe(before.worker + 1);
  });

  it('starts an incremental walk at the anchoring checkpoint in the worker, and walks it all when that event is gone', async () => {
    const actor = await newActor(t);
    const stream = { type: 'organization' as const, id: actor.organizationId };
    const sql = adminSql(t);
    await appendEvents(t, actor, 1, 46);
    let before = runs();
    // From the checkpoint at 40: 7 events, at least the threshold (5).
    expect(await audit.verify(actor, stream, { incremental: true })).toMatchObject({
      valid: true,
      incremental: true,
      from: 40,
      checked: 7,
      length: 46,
      checkpoint: { seq: 40, matches: true },
    });
    expect(runs().worker).toBe(before.worker + 1);

    await sql(`UPDATE audit_events SET payload = '{"edited": true}' WHERE stream_id = $1 AND seq IN (3, 44)`, [actor.organizationId]);
    expect(await audit.verify(actor, stream, { incremental: true })).toMatchObject({
      valid: false,
      from: 40,
      checked: 7,
      breaks: [{ seq: 44, reason: 'hash_mismatch' }],
      breakCount: 1,
    });

    // The anchor's own event deleted: nothing to start from, so the whole chain is walked.
    await sql(`DELETE FROM audit_events WHERE stream_id = $1 AND seq = 40`, [actor.organizationId]);
    before = runs();
    expect(await audit.verify(actor, stream, { incremental: true })).toMatchObject({
      valid: false,
      incremental: false,
      from: 1,
      checked: 45,
      breaks: [
        { seq: 3, reason: 'hash_mismatch' },
        { seq: 40, reason: 'sequence_gap' },
        // The checkpoint at 40 signed a hash the chain no longer holds there.
        { seq: 40, reason: 'checkpoint_mismatch' },
        { seq: 44, reason: 'hash_mismatch' },
      ],
    });
    expect(runs().worker).toBe(before.worker + 2);
  });

  it("reads as the app's role under the handing transaction's tenant settings: another organization's stream shows it no event", async () => {
    const owner = await newActor(t);
    await appendEvents(t, owner, 1, 25);
    const outsider = await newActor(t);
    const db = t.app.get(Db);
    const workers = t.app.get(ChainVerifyWorkers);
    const walkAs = (actor: Actor) =>
      db.tx(scopeOf(actor), async (em) =>
        workers.walk({ ...(await db.handOff(em, 'attesta-test')), streamId: owner.organizationId, start: { from: 1, anchorSeq: null, signedSeqs: [] } }),
      );
    expect(await walkAs(owner)).toMatchObject({ checked: 25, length: 25, breakCount: 0 });
    expect(await walkAs(outsider)).toMatchObject({ checked: 0, length: 0 });
  });
});
