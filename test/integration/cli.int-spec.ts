import { JobQueue, QueueName } from '@attesta/jobs';
import { newId } from '@attesta/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery } from '../../scripts/lib/devstack.js';
import { runCli } from '../../scripts/cli/program.js';
import { createCliContext } from '../../scripts/cli/cli.module.js';
import { strongPassword, uniqueEmail } from '../../libs/identity/src/testing/identity.factory.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-env.js';

/** The CLI end to end in-process: argument parsing, the Nest context, the services, against a real database. */
describe('Operator CLI', () => {
  let db: TestDatabase;
  let dbUrl: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    dbUrl = db.adminUrl.replace(/\/[^/]*$/, `/${db.database}`);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  async function cli(...args: string[]): Promise<{ code: number; out: string; err: string; json: Record<string, unknown> }> {
    let out = '';
    let err = '';
    const code = await runCli(['node', 'cli', ...args], { config: () => db.config, out: (t) => (out += t), err: (t) => (err += t) });
    let json: Record<string, unknown> = {};
    try {
      json = JSON.parse(out) as Record<string, unknown>;
    } catch {
      // help or error text
    }
    return { code, out, err, json };
  }

  let organizationId: string;

  it('create-organization: creates the organization and its owner, printing a generated password once', async () => {
    const email = uniqueEmail('cli');
    const res = await cli('create-organization', '--kind', 'manufacturer', '--name', 'Shenzhen CNC Works', '--owner-email', email, '--owner-name', 'Li Wei');
    expect(res.code, res.err).toBe(0);
    expect(res.json).toMatchObject({ kind: 'manufacturer', name: 'Shenzhen CNC Works', ownerEmail: email });
    expect(String(res.json.initialPassword)).toMatch(/^[A-Za-z0-9_-]{24}$/);
    organizationId = String(res.json.organizationId);
    const [row] = await adminQuery<{ name: string; role: string }>(
      dbUrl,
      `SELECT o.name, m.role FROM organizations o JOIN memberships m ON m.organization_id = o.id JOIN users u ON u.id = m.user_id WHERE o.id = $1 AND u.email = $2`,
      [organizationId, email],
    );
    expect(row).toEqual({ name: 'Shenzhen CNC Works', role: 'owner' });
  });

  it('create-organization: takes --password (not printed) and refuses bad input with exit 2', async () => {
    const ok = await cli('create-organization', '--kind', 'procurer', '--name', 'Tender Office', '--owner-email', uniqueEmail('cli'), '--owner-name', 'Buyer', '--password', strongPassword());
    expect(ok.code, ok.err).toBe(0);
    expect(ok.json.initialPassword).toBeUndefined();
    expect((await cli('create-organization', '--kind', 'pirate', '--name', 'X', '--owner-email', 'a@example.com', '--owner-name', 'A')).code).toBe(2);
    expect((await cli('create-organization', '--kind', 'manufacturer', '--name', 'X')).code).toBe(2);
    const weak = await cli('create-organization', '--kind', 'manufacturer', '--name', 'X', '--owner-email', uniqueEmail('cli'), '--owner-name', 'A', '--password', 'password');
    expect(weak.code).toBe(2);
    expect(weak.err).toMatch(/password/i);
  });

  it('verify-audit: exit 0 for an intact chain, exit 1 with the broken position after tampering', async () => {
    const intact = await cli('verify-audit', '--organization', organizationId);
    expect(intact.code, intact.err).toBe(0);
    expect(intact.json).toMatchObject({ valid: true, checked: 2, length: 2, stream: { type: 'organization', id: organizationId } });

    await adminQuery(dbUrl, `UPDATE audit_events SET payload = '{"name": "Someone Else"}' WHERE stream_id = $1 AND seq = 1`, [organizationId]);
    const broken = await cli('verify-audit', '--organization', organizationId);
    expect(broken.code).toBe(1);
    expect(broken.json).toMatchObject({ valid: false, firstBrokenSeq: 1, reason: 'hash_mismatch' });

    expect((await cli('verify-audit', '--organization', 'not-a-uuid')).code).toBe(2);
    const missing = await cli('verify-audit', '--organization', newId());
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/not found/);
  });

  it('redrive-outbox: relays pending events to the queue and prints how many', async () => {
    // Events committed while no worker ran (the relay is down, or Redis was lost).
    for (let i = 0; i < 3; i++) {
      await adminQuery(
        dbUrl,
        `INSERT INTO outbox_events (id, organization_id, type, payload, created_at) VALUES ($1, $2, 'test.happened', '{}', now() - interval '30 seconds')`,
        [newId(), organizationId],
      );
    }
    const [{ n }] = await adminQuery<{ n: string }>(dbUrl, 'SELECT count(*) AS n FROM outbox_events WHERE published_at IS NULL');
    expect(Number(n)).toBeGreaterThanOrEqual(3);
    const res = await cli('redrive-outbox');
    expect(res.code, res.err).toBe(0);
    expect(res.json).toMatchObject({ relayed: Number(n), lagSecondsAfter: 0 });
    expect(Number(res.json.lagSecondsBefore)).toBeGreaterThanOrEqual(29);
    const [{ left }] = await adminQuery<{ left: string }>(dbUrl, 'SELECT count(*) AS left FROM outbox_events WHERE published_at IS NULL');
    expect(Number(left)).toBe(0);
    const app = await createCliContext(db.config);
    try {
      expect(await app.get(JobQueue).queue(QueueName.Events).getJobCountByTypes('waiting', 'delayed', 'active')).toBeGreaterThanOrEqual(Number(n));
    } finally {
      await app.close();
    }
    expect((await cli('redrive-outbox')).json).toMatchObject({ relayed: 0 });
  });

  it('rotate-signing-key-encryption: says there is nothing to re-encrypt yet', async () => {
    const res = await cli('rotate-signing-key-encryption');
    expect(res.code).toBe(0);
    expect(res.json).toMatchObject({ rewrapped: 0 });
    expect(String(res.json.message)).toMatch(/no signing keys/i);
  });

  it('prints help', async () => {
    const res = await cli('--help');
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/create-organization[\s\S]*verify-audit[\s\S]*redrive-outbox[\s\S]*rotate-signing-key-encryption/);
  });
});
