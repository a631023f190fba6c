import { AuditService } from '@attesta/audit';
import { Db, MemberRole, newId, OrganizationKind, systemScope, type Actor } from '@attesta/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adminQuery } from '../../scripts/lib/devstack.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

describe(AuditService.name, () => {
  let t: TestApp;
  let audit: AuditService;
  let db: Db;
  let dbUrl: string;
  let actor: Actor;
  const sql = (q: string, p: unknown[] = []) => adminQuery(dbUrl, q, p);

  beforeAll(async () => {
    t = await createTestApp();
    audit = t.app.get(AuditService);
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
    const page = await audit.list(actor, stream(), {});
    expect(page.data.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(page.data[1]!.prevHash).toBe(page.data[0]!.hash);
    expect(await audit.verify(actor, stream())).toEqual({ valid: true, checked: 5, length: 5, firstBrokenSeq: null, reason: null });
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
    expect(await audit.verify(actor, stream())).toMatchObject({ valid: false, firstBrokenSeq: 3, reason: 'hash_mismatch', checked: 2 });
  });

  it('detects a deleted event at its position', async () => {
    await sql(`DELETE FROM audit_events WHERE stream_id = $1 AND seq = 3`, [actor.organizationId]);
    expect(await audit.verify(actor, stream())).toMatchObject({ valid: false, firstBrokenSeq: 3, reason: 'sequence_gap' });
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
    expect(await audit.verify(actor, stream())).toMatchObject({ valid: false, firstBrokenSeq: 3, reason: 'hash_mismatch', length: 6 });
  });

  it('detects an event appended with a forged hash', async () => {
    await sql(
      `INSERT INTO audit_events (id, stream_type, stream_id, seq, organization_id, actor_type, actor_id, action, subject_type, payload, occurred_at, prev_hash, hash)
       SELECT $1, 'organization', $2, 6, $2, 'user', 'forger', 'thing.forged', 'Thing', '{}', now(), hash, 'deadbeef' FROM audit_events WHERE stream_id = $2 AND seq = 5`,
      [newId(), actor.organizationId],
    );
    expect(await audit.verify(actor, stream())).toMatchObject({ valid: false, firstBrokenSeq: 6, reason: 'hash_mismatch', checked: 5 });
  });

  it('exports the stream in order', async () => {
    const seqs: number[] = [];
    for await (const e of audit.exportStream(actor, stream())) seqs.push(e.seq);
    expect(seqs).toEqual([1, 2, 3, 4, 5]);
  });
});
