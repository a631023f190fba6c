import { API_KEY_SCOPES } from '@attesta/access';
import { MemberRole, newId, OrganizationKind } from '@attesta/core';
import { JobName } from '@attesta/jobs';
import { compactVerify, createLocalJWKSet, type JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery } from '../../scripts/lib/devstack.js';
import { factories, type TestOrg } from '../setup/factories.js';
import { client, expectProblem, type Client, type Credentials } from '../setup/http.js';
import { runJob } from '../setup/queues.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { workspaceFactories, type TestWorkspace } from '../setup/workspace-factories.js';

interface Checkpoint {
  streamType: string;
  streamId: string;
  seq: number;
  hash: string;
  signedAt: string;
  kid: string;
  jws: string;
}

/**
 * Signed audit checkpoints over HTTP: each stream's latest signed head for whoever reads the
 * stream (an organization its own, every participant a workspace's), the public key set to
 * check it offline, and verify reporting a truncated tail against it. Other organizations'
 * users and keys get 404.
 */
describe('Audit checkpoints (signed stream heads)', () => {
  let t: TestApp;
  let http: Client;
  let maker: TestOrg;
  let procurer: TestOrg;
  let outsider: TestOrg;
  let outsiderKey: Credentials;
  let makerKey: Credentials;
  let plainMember: Credentials;
  let ws: TestWorkspace;
  let dbUrl: string;
  const sql = (q: string, p: unknown[] = []) => adminQuery(dbUrl, q, p);

  beforeAll(async () => {
    // The job processors run in-process: the checkpoint job runs as its schedule would run it.
    t = await createTestApp({ env: { API_RUN_PROCESSORS: 'true' } });
    http = client(t.baseUrl);
    dbUrl = t.db.adminUrl.replace(/\/[^/]*$/, `/${t.db.database}`);
    const f = factories(http);
    const w = workspaceFactories(http);
    maker = await w.newOrganization(OrganizationKind.Manufacturer);
    procurer = await w.newOrganization(OrganizationKind.Procurer);
    outsider = await w.newOrganization(OrganizationKind.Manufacturer);
    ws = await w.newWorkspace(maker);
    await w.join(maker, ws, procurer, 'observer');
    // Every scope: what refuses the outsider's key is the tenancy, not a missing scope.
    outsiderKey = (await f.newApiKey(outsider, Object.keys(API_KEY_SCOPES))).as;
    makerKey = (await f.newApiKey(maker, Object.keys(API_KEY_SCOPES))).as;
    plainMember = (await f.newMember(maker, MemberRole.Member)).as;
    // The scheduled job seals every stream at its current head (run through the app's processors).
    expect(await runJob(t, JobName.CheckpointAuditStreams, { eventId: `checkpoint-${newId()}` })).toMatchObject({ checkpointed: expect.any(Number) });
  });
  afterAll(async () => {
    await t?.close();
  });

  const path = (workspaceId = ws.id) => `/v1/workspaces/${workspaceId}/audit-events/checkpoint`;

  it("publishes a workspace stream's signed head to its participants, verifiable offline with the public key set", async () => {
    const res = await http.get<Checkpoint>(path(), maker.owner.as);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const cp = res.body;
    const events = await http.get<{ data: { seq: number; hash: string }[] }>(`/v1/workspaces/${ws.id}/audit-events?limit=200&order=asc`, maker.owner.as);
    const head = events.body.data[events.body.data.length - 1]!;
    expect(cp).toMatchObject({ streamType: 'workspace', streamId: ws.id, seq: head.seq, hash: head.hash });

    const keys = await fetch(`${t.baseUrl}/v1/public/audit/checkpoint-keys.json`, { headers: { origin: 'https://witness.example' } });
    expect(keys.status).toBe(200);
    expect(keys.headers.get('content-type')).toMatch(/^application\/jwk-set\+json/);
    expect(keys.headers.get('access-control-allow-origin')).toBe('*');
    const jwks = (await keys.json()) as JSONWebKeySet;
    expect(jwks.keys.map((k) => k.kid)).toContain(cp.kid);
    expect(JSON.stringify(jwks)).not.toMatch(/"d"/);

    const { payload, protectedHeader } = await compactVerify(cp.jws, createLocalJWKSet(jwks));
    expect(protectedHeader).toMatchObject({ alg: 'EdDSA', typ: 'audit-checkpoint+jws', kid: cp.kid });
    expect(JSON.parse(new TextDecoder().decode(payload))).toEqual({
      format: 'attesta.audit-checkpoint/1',
      log: t.config.PUBLIC_BASE_URL,
      streamType: 'workspace',
      streamId: ws.id,
      seq: cp.seq,
      hash: cp.hash,
      signedAt: cp.signedAt,
    });

    // An observer reads the head too (seq and hash only: no event content).
    const observed = await http.get<Checkpoint>(path(), procurer.owner.as);
    expect(observed.status).toBe(200);
    expect(observed.body).toEqual(cp);
    expect((await http.get<Checkpoint>(path(), makerKey)).body).toEqual(cp);
  });

  it("answers another organization's user and API key with 404, a member without the permission with 403, a bad id with 400", async () => {
    expectProblem(await http.get(path(), outsider.owner.as), 404);
    expectProblem(await http.get(path(), outsiderKey), 404);
    expectProblem(await http.get(path(), plainMember), 403);
    expectProblem(await http.get(path(), undefined), 401);
    const bad = expectProblem(await http.get(path('not-a-uuid'), maker.owner.as), 400);
    expect(JSON.stringify(bad)).toContain('workspaceId');
  });

  it("gives each organization its own stream's head, never another's", async () => {
    const mine = await http.get<Checkpoint>('/v1/organization/audit-events/checkpoint', maker.owner.as);
    expect(mine.status, JSON.stringify(mine.body)).toBe(200);
    expect(mine.body).toMatchObject({ streamType: 'organization', streamId: maker.id });
    const theirs = await http.get<Checkpoint>('/v1/organization/audit-events/checkpoint', outsiderKey);
    expect(theirs.status).toBe(200);
    expect(theirs.body.streamId).toBe(outsider.id);
    expectProblem(await http.get('/v1/organization/audit-events/checkpoint', plainMember), 403);
  });

  it('verify lists a truncated tail against the signed head, and a stream without checkpoints answers 404', async () => {
    const before = await http.get<Record<string, unknown>>(`/v1/workspaces/${ws.id}/audit-events/verify`, maker.owner.as);
    const cp = (await http.get<Checkpoint>(path(), maker.owner.as)).body;
    expect(before.body).toMatchObject({ valid: true, breaks: [], breakCount: 0, checkpoint: { seq: cp.seq, hash: cp.hash, matches: true } });

    await sql(`DELETE FROM audit_events WHERE stream_id = $1 AND seq = $2`, [ws.id, cp.seq]);
    for (const as of [maker.owner.as, procurer.owner.as]) {
      const after = await http.get<Record<string, unknown>>(`/v1/workspaces/${ws.id}/audit-events/verify`, as);
      expect(after.body).toMatchObject({
        valid: false,
        length: cp.seq - 1,
        firstBrokenSeq: cp.seq,
        reason: 'truncated',
        breaks: [{ seq: cp.seq, reason: 'truncated', checkpointSeq: cp.seq }],
        breakCount: 1,
        checkpoint: { seq: cp.seq, matches: false },
      });
    }

    await sql(`DELETE FROM audit_checkpoints WHERE stream_id = $1`, [ws.id]);
    const none = expectProblem(await http.get(path(), maker.owner.as), 404);
    expect(none.code).toBe('audit.checkpoint_not_found');
  });
});
