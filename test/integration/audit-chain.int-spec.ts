import { AuditCheckpointsService, AuditService, auditEventHash, type HashedAuditFields } from '@attesta/audit';
import { Db, MemberRole, newId, OrganizationKind, systemScope, type Actor } from '@attesta/core';
import { calculateJwkThumbprint, CompactSign } from 'jose';
import canonicalize from 'canonicalize';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adminQuery } from '../../scripts/lib/devstack.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

describe(AuditService.name, () => {
  let t: TestApp;
  let audit: AuditService;
  let checkpoints: AuditCheckpointsService;
  let db: Db;
  let dbUrl: string;
  let actor: Actor;
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

  /** A fresh stream of five events per test. */
  beforeEach(async () => {
    const organizationId = newId();
    const userId = newId();
    actor = { kind: 'user', userId, organizationId, organizationKind: OrganizationKind.Manufacturer, role: MemberRole.Owner };
    await sql(`INSERT INTO organizations (id, name, kind) VALUES ($1, 'Audit Co', 'manufacturer')`, [organizationId]);
    for (let i = 1; i <= 5; i++) {
      await db.tx(systemScope('test: appending as the organization', { organizationId, userId }), (em) =>
        audit.record(
          em,
          actor,
          { type: 'organization', id: organizationId },
          { action: `thing.step${i}`, subjectType: 'Thing', subjectId: newId(), payload: { i } },
        ),
      );
    }
  });

  const stream = () => ({ type: 'organization' as const, id: actor.organizationId });

  it('numbers events without gaps and verifies an untouched chain', async () => {
    const page = await audit.list(actor, stream(), { order: 'asc' });
    expect(page.data.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(page.data[1]!.prevHash).toBe(page.data[0]!.hash);
    expect(await audit.verify(actor, stream())).toEqual({
      valid: true,
      incremental: false,
      from: 1,
      checked: 5,
      length: 5,
      firstBrokenSeq: null,
      reason: null,
      breaks: [],
      breakCount: 0,
      // The first event of a stream is sealed on append.
      checkpoint: expect.objectContaining({ seq: 1, hash: page.data[0]!.hash, matches: true }),
    });
  });

  it('keeps one chain under concurrent writers', async () => {
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        db.tx(systemScope('test: concurrent appends', { organizationId: actor.organizationId }), (em) =>
          audit.record(em, actor, stream(), { action: `concurrent.${i}`, subjectType: 'Thing' }),
        ),
      ),
    );
    expect(await audit.verify(actor, stream())).toMatchObject({ valid: true, checked: 15 });
  });

  it('detects an edited event at its position', async () => {
    await sql(`UPDATE audit_events SET payload = '{"i": 99}' WHERE stream_id = $1 AND seq = 3`, [actor.organizationId]);
    expect(await audit.verify(actor, stream())).toMatchObject({
      valid: false,
      firstBrokenSeq: 3,
      reason: 'hash_mismatch',
      checked: 5,
      breaks: [{ seq: 3, reason: 'hash_mismatch' }],
    });
  });

  it('detects a deleted event at its position', async () => {
    await sql(`DELETE FROM audit_events WHERE stream_id = $1 AND seq = 3`, [actor.organizationId]);
    expect(await audit.verify(actor, stream())).toMatchObject({
      valid: false,
      firstBrokenSeq: 3,
      reason: 'sequence_gap',
      breaks: [{ seq: 3, reason: 'sequence_gap' }],
    });
  });

  it('detects an inserted event, even one renumbered into the middle', async () => {
    await sql(`UPDATE audit_events SET seq = seq + 100 WHERE stream_id = $1 AND seq >= 3`, [actor.organizationId]);
    await sql(`UPDATE audit_events SET seq = seq - 99 WHERE stream_id = $1 AND seq >= 103`, [actor.organizationId]);
    const [third] = (await sql(`SELECT hash FROM audit_events WHERE stream_id = $1 AND seq = 2`, [actor.organizationId])) as { hash: string }[];
    await sql(
      `INSERT INTO audit_events (id, stream_type, stream_id, seq, organization_id, actor_type, actor_id, action, subject_type, payload, occurred_at, prev_hash, hash)
       VALUES ($1, 'organization', $2, 3, $2, 'user', 'forger', 'thing.forged', 'Thing', '{}', now(), $3, 'deadbeef')`,
      [newId(), actor.organizationId, third!.hash],
    );
    expect(await audit.verify(actor, stream())).toMatchObject({
      valid: false,
      firstBrokenSeq: 3,
      reason: 'hash_mismatch',
      length: 6,
      // The forged event; the original third event, linked to a hash that is not its predecessor's; and every
      // renumbered event (the position is hashed).
      breaks: [
        { seq: 3, reason: 'hash_mismatch' },
        { seq: 4, reason: 'chain_broken' },
        { seq: 4, reason: 'hash_mismatch' },
        { seq: 5, reason: 'hash_mismatch' },
        { seq: 6, reason: 'hash_mismatch' },
      ],
    });
  });

  it('detects an event appended with a forged hash', async () => {
    await sql(
      `INSERT INTO audit_events (id, stream_type, stream_id, seq, organization_id, actor_type, actor_id, action, subject_type, payload, occurred_at, prev_hash, hash)
       SELECT $1, 'organization', $2, 6, $2, 'user', 'forger', 'thing.forged', 'Thing', '{}', now(), hash, 'deadbeef' FROM audit_events WHERE stream_id = $2 AND seq = 5`,
      [newId(), actor.organizationId],
    );
    expect(await audit.verify(actor, stream())).toMatchObject({ valid: false, firstBrokenSeq: 6, reason: 'hash_mismatch', checked: 6, breakCount: 1 });
  });

  it('lists every break, not only the first', async () => {
    await sql(`UPDATE audit_events SET payload = '{"i": 99}' WHERE stream_id = $1 AND seq IN (2, 4)`, [actor.organizationId]);
    await sql(`DELETE FROM audit_events WHERE stream_id = $1 AND seq = 3`, [actor.organizationId]);
    expect(await audit.verify(actor, stream())).toMatchObject({
      valid: false,
      firstBrokenSeq: 2,
      reason: 'hash_mismatch',
      breakCount: 3,
      breaks: [
        { seq: 2, reason: 'hash_mismatch' },
        { seq: 3, reason: 'sequence_gap' },
        { seq: 4, reason: 'hash_mismatch' },
      ],
    });
  });

  it('detects an edit of a timestamp by one microsecond', async () => {
    await sql(`UPDATE audit_events SET occurred_at = occurred_at + interval '1 microsecond' WHERE stream_id = $1 AND seq = 2`, [actor.organizationId]);
    expect(await audit.verify(actor, stream())).toMatchObject({ valid: false, breaks: [{ seq: 2, reason: 'hash_mismatch' }], breakCount: 1 });
  });

  it('detects a truncated tail against the latest checkpoint', async () => {
    // The scheduled job seals every stream with events after its last checkpoint.
    expect((await checkpoints.checkpointDue()).checkpointed).toBeGreaterThanOrEqual(1);
    expect(await audit.verify(actor, stream())).toMatchObject({ valid: true, checkpoint: { seq: 5, matches: true } });
    // A superuser (or the owning role) deletes the last two events: the chain that is left is consistent.
    await sql(`DELETE FROM audit_events WHERE stream_id = $1 AND seq >= 4`, [actor.organizationId]);
    expect(await audit.verify(actor, stream())).toMatchObject({
      valid: false,
      length: 3,
      breaks: [{ seq: 4, reason: 'truncated', checkpointSeq: 5 }],
      checkpoint: { seq: 5, matches: false },
    });
  });

  it('detects a rewrite that re-hashed the whole chain, against the checkpoint', async () => {
    await checkpoints.checkpointDue();
    await rehashFrom(1, (e) => (e.seq === 1 ? { ...e, payload: { i: 1, rewritten: true } } : e));
    const v = await audit.verify(actor, stream());
    // The chain alone is consistent again; only the signed checkpoints (seq 1 and 5) tell.
    expect(v.breaks.filter((b) => !b.reason.startsWith('checkpoint_'))).toEqual([]);
    expect(v).toMatchObject({
      valid: false,
      breaks: [
        { seq: 1, reason: 'checkpoint_mismatch' },
        { seq: 5, reason: 'checkpoint_mismatch' },
      ],
    });
  });

  it('refuses a checkpoint rewritten to match, or signed by a key the platform did not make', async () => {
    await checkpoints.checkpointDue();
    await rehashFrom(2, (e) => (e.seq === 3 ? { ...e, action: 'thing.rewritten' } : e));
    // The rewriter adjusts the stored checkpoint to the new head: its signature no longer covers it.
    await sql(`UPDATE audit_checkpoints SET hash = (SELECT hash FROM audit_events WHERE stream_id = $1 AND seq = 5) WHERE stream_id = $1 AND seq = 5`, [
      actor.organizationId,
    ]);
    expect(await audit.verify(actor, stream())).toMatchObject({ valid: false, breaks: [{ seq: 5, reason: 'checkpoint_signature_invalid' }] });

    // Or signs one with a key of its own, slipped into the key table (no KEK: the private half is garbage).
    const { privateKey } = generateKeyPairSync('ed25519');
    const jwk = createPublicKey(privateKey).export({ format: 'jwk' }) as { kty: string; crv: string; x: string };
    const kid = await calculateJwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x: jwk.x });
    const keyId = newId();
    await sql(
      `INSERT INTO audit_checkpoint_keys (id, kid, public_jwk, kek_id, wrapped_dek, encrypted_private_key, status, created_at)
       VALUES ($1, $2, $3, 'forged', 'a.b.c', 'a.b.c', 'retired', now())`,
      [keyId, kid, { kty: 'OKP', crv: 'Ed25519', x: jwk.x }],
    );
    const [head] = (await sql(`SELECT hash FROM audit_events WHERE stream_id = $1 AND seq = 5`, [actor.organizationId])) as { hash: string }[];
    const signedAt = new Date();
    const statement = {
      format: 'attesta.audit-checkpoint/1',
      log: t.config.PUBLIC_BASE_URL,
      streamType: 'organization',
      streamId: actor.organizationId,
      seq: 5,
      hash: head!.hash,
      signedAt: signedAt.toISOString(),
    };
    const jws = await new CompactSign(Buffer.from(canonicalize(statement)!, 'utf8'))
      .setProtectedHeader({ alg: 'EdDSA', typ: 'audit-checkpoint+jws', kid })
      .sign(privateKey);
    await sql(`UPDATE audit_checkpoints SET key_id = $2, jws = $3, signed_at = $4 WHERE stream_id = $1 AND seq = 5`, [
      actor.organizationId,
      keyId,
      jws,
      signedAt,
    ]);
    expect(await audit.verify(actor, stream())).toMatchObject({ valid: false, breaks: [{ seq: 5, reason: 'checkpoint_signature_invalid' }] });
  });

  it('the scheduled job finds the streams whose head moved past their last checkpoint, in stream order, a page at a time', async () => {
    const due = (after: string, limit: number) =>
      db.tx(systemScope('test: streams due for a checkpoint'), (em) =>
        em.query('SELECT stream_id, seq::int AS seq FROM audit_checkpoints_due($1, $2)', [after, limit]),
      ) as Promise<{ stream_id: string; seq: number }[]>;
    const nil = '00000000-0000-0000-0000-000000000000';
    await checkpoints.checkpointDue();
    expect(await due(nil, 1000)).toEqual([]);
    // Two more streams move on: an organization's and a second one's.
    const other = newId();
    await sql(`INSERT INTO organizations (id, name, kind) VALUES ($1, 'Other Co', 'manufacturer')`, [other]);
    for (const id of [actor.organizationId, other]) {
      await db.tx(systemScope('test: appending', { organizationId: id }), (em) =>
        audit.record(em, { ...actor, organizationId: id }, { type: 'organization', id }, { action: 'thing.more', subjectType: 'Thing' }),
      );
    }
    // The other organization's first event was sealed on append; ours moved from 5 to 6.
    expect(await due(nil, 1000)).toEqual([{ stream_id: actor.organizationId, seq: 6 }]);
    await sql(`DELETE FROM audit_checkpoints WHERE stream_id = $1`, [other]);
    const all = await due(nil, 1000);
    expect(all.map((r) => r.stream_id)).toEqual([actor.organizationId, other].sort());
    const [first] = await due(nil, 1);
    expect(first).toEqual(all[0]);
    expect(await due(first!.stream_id, 1)).toEqual([all[1]]);
  });

  it('keeps verifying events hashed in version 1 (milliseconds), and sees a sub-millisecond edit of one', async () => {
    // Events written before version 2: the hash covers the timestamp in milliseconds, without a version field.
    await sql(`DELETE FROM audit_checkpoints WHERE stream_id = $1`, [actor.organizationId]);
    await sql(`UPDATE audit_events SET hash_version = 1 WHERE stream_id = $1`, [actor.organizationId]);
    await rehashFrom(1, (e) => e);
    const [first] = (await sql(`SELECT hash, to_char(occurred_at AT TIME ZONE 'UTC', 'US') AS us FROM audit_events WHERE stream_id = $1 AND seq = 1`, [
      actor.organizationId,
    ])) as { hash: string; us: string }[];
    expect(first!.us.endsWith('000')).toBe(true);
    expect(await audit.verify(actor, stream())).toMatchObject({ valid: true, checked: 5, checkpoint: null });

    await sql(`UPDATE audit_events SET occurred_at = occurred_at + interval '1 microsecond' WHERE stream_id = $1 AND seq = 4`, [actor.organizationId]);
    expect(await audit.verify(actor, stream())).toMatchObject({ valid: false, breaks: [{ seq: 4, reason: 'hash_mismatch' }] });
  });

  it('labels the version inside the hash: a version 2 event relabelled as version 1 does not verify', async () => {
    await sql(`UPDATE audit_events SET hash_version = 1 WHERE stream_id = $1 AND seq = 3`, [actor.organizationId]);
    expect(await audit.verify(actor, stream())).toMatchObject({ valid: false, breaks: [{ seq: 3, reason: 'hash_mismatch' }] });
  });

  /**
   * What a database superuser can do: rewrite events from `fromSeq` on and recompute every hash
   * after them with the published algorithm, so the chain is consistent again.
   */
  async function rehashFrom(fromSeq: number, rewrite: (e: HashedAuditFields) => HashedAuditFields): Promise<void> {
    const rows = (await sql(
      `SELECT id, stream_type, stream_id, seq, organization_id, actor_type, actor_id, action, subject_type, subject_id, payload, occurred_at,
              to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS precise, hash_version, prev_hash, hash
         FROM audit_events WHERE stream_id = $1 ORDER BY seq`,
      [actor.organizationId],
    )) as Record<string, unknown>[];
    let prevHash: string | null = null;
    for (const r of rows) {
      const seq = Number(r.seq);
      if (seq < fromSeq) {
        prevHash = r.hash as string;
        continue;
      }
      const e = rewrite({
        streamType: r.stream_type as string,
        streamId: r.stream_id as string,
        seq,
        organizationId: r.organization_id as string,
        actorType: r.actor_type as string,
        actorId: r.actor_id as string,
        action: r.action as string,
        subjectType: r.subject_type as string,
        subjectId: r.subject_id as string | null,
        payload: r.payload as Record<string, unknown>,
        occurredAt: r.occurred_at as Date,
        occurredAtPrecise: r.precise as string,
        hashVersion: Number(r.hash_version),
        prevHash,
      });
      const hash = auditEventHash(e)!;
      await sql(`UPDATE audit_events SET action = $2, payload = $3, prev_hash = $4, hash = $5 WHERE id = $1`, [r.id, e.action, e.payload, prevHash, hash]);
      prevHash = hash;
    }
  }

  it('exports the stream in order', async () => {
    const seqs: number[] = [];
    for await (const e of audit.exportStream(actor, stream())) seqs.push(e.seq);
    expect(seqs).toEqual([1, 2, 3, 4, 5]);
  });
});
