import { SigningKeysService } from '@attesta/attestations';
import { JobQueue, QueueName } from '@attesta/jobs';
import { KeyRing, newId, OrganizationKind, type AppConfig } from '@attesta/core';
import { randomBytes } from 'node:crypto';
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
    return cliWith(db.config, ...args);
  }
  async function cliWith(config: AppConfig, ...args: string[]): Promise<{ code: number; out: string; err: string; json: Record<string, unknown> }> {
    let out = '';
    let err = '';
    const code = await runCli(['node', 'cli', ...args], { config: () => config, out: (t) => (out += t), err: (t) => (err += t) });
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
    const ok = await cli(
      'create-organization',
      '--kind',
      'procurer',
      '--name',
      'Tender Office',
      '--owner-email',
      uniqueEmail('cli'),
      '--owner-name',
      'Buyer',
      '--password',
      strongPassword(),
    );
    expect(ok.code, ok.err).toBe(0);
    expect(ok.json.initialPassword).toBeUndefined();
    expect((await cli('create-organization', '--kind', 'pirate', '--name', 'X', '--owner-email', 'a@example.com', '--owner-name', 'A')).code).toBe(2);
    expect((await cli('create-organization', '--kind', 'manufacturer', '--name', 'X')).code).toBe(2);
    const weak = await cli(
      'create-organization',
      '--kind',
      'manufacturer',
      '--name',
      'X',
      '--owner-email',
      uniqueEmail('cli'),
      '--owner-name',
      'A',
      '--password',
      'password',
    );
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

  it('redrive-outbox: queues every unpublished event and prints how many; they stay unpublished until fanned out', async () => {
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
    expect(res.json).toMatchObject({ relayed: Number(n), requeued: 0 });
    expect(Number(res.json.lagSecondsBefore)).toBeGreaterThanOrEqual(29);
    // Published only once a worker has fanned them out (none runs here): the lag stays.
    expect(Number(res.json.lagSecondsAfter)).toBeGreaterThanOrEqual(29);
    const [{ left }] = await adminQuery<{ left: string }>(
      dbUrl,
      'SELECT count(*) AS left FROM outbox_events WHERE published_at IS NULL AND relay_attempts = 1',
    );
    expect(Number(left)).toBe(Number(n));
    const app = await createCliContext(db.config);
    try {
      expect(await (await app.get(JobQueue).queue(QueueName.Events)).getJobCountByTypes('waiting', 'delayed', 'active')).toBeGreaterThanOrEqual(Number(n));
    } finally {
      await app.close();
    }
    // A second redrive queues them again (their jobs still wait, so the queue holds each once).
    expect((await cli('redrive-outbox')).json).toMatchObject({ relayed: Number(n), requeued: Number(n) });
  });

  it('trust-list and accreditations: the operator lists, adds, links bodies and confirms an accreditation naming the evidence', async () => {
    const listed = await cli('trust-list', 'list');
    expect(listed.code, listed.err).toBe(0);
    // The illustrative list from the seed step is there.
    expect((JSON.parse(listed.out) as { code: string }[]).map((b) => b.code)).toEqual(expect.arrayContaining(['boa-vn', 'dsm-my']));
    const key = JSON.stringify({ kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo', kid: 'cli-1' });
    const added = await cli(
      'trust-list',
      'add',
      '--code',
      'cli-body',
      '--name',
      'CLI Accreditation Body',
      '--country',
      'th',
      '--arrangement',
      'GAC MRA',
      '--arrangement',
      'ASEAN MRA EE',
      '--did',
      'did:web:cli.example',
      '--identifier',
      'website=https://cli.example',
      '--keys',
      key,
    );
    expect(added.code, added.err).toBe(0);
    expect(added.json).toMatchObject({
      code: 'cli-body',
      country: 'TH',
      arrangements: ['GAC MRA', 'ASEAN MRA EE'],
      publicKeys: [{ kid: 'cli-1' }],
      listed: true,
    });
    const bodyId = String(added.json.id);
    expect((await cli('trust-list', 'add', '--code', 'cli-body', '--name', 'Again', '--country', 'TH')).code).toBe(2);
    expect((await cli('trust-list', 'add', '--code', 'bad-arrangement', '--name', 'X', '--country', 'TH', '--arrangement', 'Handshake')).err).toMatch(
      /arrangements\.0/,
    );

    const body = await cli(
      'create-organization',
      '--kind',
      'accreditation_body',
      '--name',
      'CLI Body Tenant',
      '--owner-email',
      uniqueEmail('body'),
      '--owner-name',
      'Body',
    );
    expect(body.code, body.err).toBe(0);
    const linked = await cli('trust-list', 'link', '--body', bodyId, '--organization', String(body.json.organizationId));
    expect(linked.code, linked.err).toBe(0);
    expect(linked.json.organizationId).toBe(body.json.organizationId);
    // A manufacturer cannot be linked.
    expect((await cli('trust-list', 'link', '--body', bodyId, '--organization', organizationId)).code).toBe(2);

    // An assessor's declared accreditation, confirmed by the operator with the evidence named.
    const assessor = await cli('create-organization', '--kind', 'assessor', '--name', 'CLI CAB', '--owner-email', uniqueEmail('cab'), '--owner-name', 'CAB');
    const accreditationId = newId();
    await adminQuery(
      dbUrl,
      `INSERT INTO accreditations (id, organization_id, body_id, number, standard, scope, valid_from, valid_until, status, verification, version, created_at, updated_at)
       VALUES ($1, $2, $3, 'CLI-1', 'ISO/IEC 17065', '{"frameworkCodes":["attesta-dser"],"markets":["TH"],"serviceCategories":[]}', '2025-01-01', '2030-01-01', 'active', 'declared', 1, now(), now())`,
      [accreditationId, assessor.json.organizationId, bodyId],
    );
    expect((await cli('accreditations', 'confirm', '--accreditation', accreditationId, '--evidence', '   ')).code).toBe(2);
    const confirmed = await cli('accreditations', 'confirm', '--accreditation', accreditationId, '--evidence', 'CLI register entry checked 2026-03-02');
    expect(confirmed.code, confirmed.err).toBe(0);
    expect(confirmed.json).toMatchObject({
      verified: true,
      counts: true,
      accreditation: { verification: 'operator', verificationEvidence: 'CLI register entry checked 2026-03-02' },
    });
    const suspended = await cli('accreditations', 'status', '--accreditation', accreditationId, '--action', 'suspend', '--reason', 'CLI test');
    expect(suspended.json).toMatchObject({ effectiveStatus: 'suspended', counts: false });
    const all = await cli('accreditations', 'list', '--organization', String(assessor.json.organizationId));
    expect((JSON.parse(all.out) as { accreditation: { id: string } }[]).map((a) => a.accreditation.id)).toEqual([accreditationId]);
    const [event] = await adminQuery<{ n: string }>(
      dbUrl,
      `SELECT count(*)::text AS n FROM outbox_events WHERE type = 'accreditation.status_changed' AND payload->>'accreditationId' = $1`,
      [accreditationId],
    );
    expect(event!.n).toBe('1');
  });

  it('rotate-signing-key-encryption: re-wraps every signing key under the new KEK; the keys themselves do not change', async () => {
    // Two assessors with signing keys under the current KEK.
    const orgs: string[] = [];
    for (const name of ['CAB One', 'CAB Two']) {
      const created = await cli(
        'create-organization',
        '--kind',
        'assessor',
        '--name',
        name,
        '--owner-email',
        uniqueEmail('cab'),
        '--owner-name',
        'Assessor',
        '--accreditation-body',
        'DAkkS',
        '--accreditation-number',
        `D-${name}`,
      );
      orgs.push(String(created.json.organizationId));
    }
    const app = await createCliContext(db.config);
    try {
      for (const id of orgs)
        await app.get(SigningKeysService).rotate({ kind: 'system', reason: 'test', organizationId: id, organizationKind: OrganizationKind.Assessor });
    } finally {
      await app.close();
    }
    type Row = { id: string; organization_id: string; kek_id: string; wrapped_dek: string; encrypted_private_key: string };
    const rows = () =>
      adminQuery<Row>(
        dbUrl,
        'SELECT id, organization_id, kek_id, wrapped_dek, encrypted_private_key FROM signing_keys WHERE organization_id = ANY($1::uuid[]) ORDER BY id',
        [orgs],
      );
    const before = await rows();
    expect(before).toHaveLength(2);
    const unwrap = (ring: KeyRing, r: Row) =>
      ring.unwrap({ kekId: r.kek_id, wrappedDek: r.wrapped_dek, ciphertext: r.encrypted_private_key }, `signing-key:${r.organization_id}:${r.id}`);
    const secrets = before.map((r) => unwrap(KeyRing.fromConfig(db.config), r));

    const newKek = randomBytes(32).toString('base64');
    // Without the old KEK nothing can be unwrapped: exit 2, nothing changed.
    const refused = await cliWith({ ...db.config, SIGNING_KEY_ENCRYPTION_KEY: newKek }, 'rotate-signing-key-encryption');
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/SIGNING_KEY_ENCRYPTION_KEY_PREVIOUS/);
    expect(await rows()).toEqual(before);

    const rotating = { ...db.config, SIGNING_KEY_ENCRYPTION_KEY: newKek, SIGNING_KEY_ENCRYPTION_KEY_PREVIOUS: [db.config.SIGNING_KEY_ENCRYPTION_KEY] };
    const res = await cliWith(rotating, 'rotate-signing-key-encryption');
    expect(res.code, res.err).toBe(0);
    expect(res.json.rewrapped).toBeGreaterThanOrEqual(2);
    const after = await rows();
    const onlyNew = KeyRing.fromConfig({ SIGNING_KEY_ENCRYPTION_KEY: newKek, SIGNING_KEY_ENCRYPTION_KEY_PREVIOUS: [] });
    after.forEach((r, i) => {
      expect(r.kek_id).toBe(onlyNew.currentId);
      expect(r.kek_id).not.toBe(before[i]!.kek_id);
      expect(r.encrypted_private_key).toBe(before[i]!.encrypted_private_key);
      expect(unwrap(onlyNew, r).equals(secrets[i]!)).toBe(true);
      expect(() => unwrap(KeyRing.fromConfig(db.config), r)).toThrow();
    });
    expect((await cliWith(rotating, 'rotate-signing-key-encryption')).json).toMatchObject({ rewrapped: 0 });
  });

  it('prints help', async () => {
    const res = await cli('--help');
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/create-organization[\s\S]*verify-audit[\s\S]*redrive-outbox[\s\S]*rotate-signing-key-encryption/);
  });
});
