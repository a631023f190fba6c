import { OrganizationKind } from '@attesta/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery } from '../../scripts/lib/devstack.js';
import { strongPassword, uniqueEmail } from '../../libs/identity/src/testing/identity.factory.js';
import type { TestOrg } from '../setup/factories.js';
import { authHeaders, client, expectProblem, type Client, type HttpResult } from '../setup/http.js';
import { invite } from '../setup/mailbox.js';
import { streamUpload } from '../setup/multipart.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { workspaceFactories } from '../setup/workspace-factories.js';

/**
 * Requests that race for the same thing, sent at once over real sockets: one wins, the
 * others get a 409 problem, never a 500 (a unique violation leaking out as an internal error).
 */
describe('Concurrent requests for one thing (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let w: ReturnType<typeof workspaceFactories>;
  let dbUrl: string;
  const sql = <T = Record<string, unknown>>(q: string, p: unknown[] = []) => adminQuery<T>(dbUrl, q, p);

  beforeAll(async () => {
    t = await createTestApp();
    dbUrl = t.db.adminUrl.replace(/\/[^/]*$/, `/${t.db.database}`);
    http = client(t.baseUrl);
    w = workspaceFactories(http);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  /** Exactly one answer with `winner`; every other one a problem+json with `loser` (409 unless the thing is gone). */
  function oneWins(answers: HttpResult[], winner: number, loser = 409) {
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses, JSON.stringify(answers.map((a) => a.body))).toEqual([winner, ...Array<number>(answers.length - 1).fill(loser)].sort());
    return answers.filter((a) => a.status === loser).map((a) => expectProblem(a, loser));
  }

  // A single-use token that another request has just used is spent: the losers get what any later
  // acceptance gets, 410 identity.invitation_used (a retry cannot succeed, so not a 409).
  describe('accepting one invitation four times at once', () => {
    it('as a new person: one account, one membership, one session; the other three 410 identity.invitation_used', async () => {
      const org = await w.newOrganization();
      const email = uniqueEmail('racer');
      const { token } = await invite(http, org.owner.as, { email, role: 'member' });
      const password = strongPassword();
      const answers = await Promise.all(Array.from({ length: 4 }, () => http.post('/v1/invitations/accept', { token, name: 'Racing Person', password })));
      for (const p of oneWins(answers, 200, 410)) expect(p.code).toBe('identity.invitation_used');
      const users = await sql<{ n: string }>(`SELECT count(*) AS n FROM users WHERE email = $1`, [email]);
      expect(Number(users[0]!.n)).toBe(1);
      const members = await sql<{ n: string }>(`SELECT count(*) AS n FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1`, [email]);
      expect(Number(members[0]!.n)).toBe(1);
      expect((await http.post('/v1/auth/login', { email, password })).status).toBe(200);
    });

    it('with an existing account: one membership, one session; the other three 410 identity.invitation_used', async () => {
      const inviter = await w.newOrganization(OrganizationKind.ServiceVendor);
      const invitee = await w.newOrganization();
      const { token } = await invite(http, inviter.owner.as, { email: invitee.owner.email, role: 'member' });
      const answers = await Promise.all(Array.from({ length: 4 }, () => http.post('/v1/invitations/accept', { token, password: invitee.owner.password })));
      for (const p of oneWins(answers, 200, 410)) expect(p.code).toBe('identity.invitation_used');
      const members = await sql<{ n: string }>(`SELECT count(*) AS n FROM memberships WHERE organization_id = $1 AND user_id = $2`, [
        inviter.id,
        invitee.owner.userId,
      ]);
      expect(Number(members[0]!.n)).toBe(1);
    });

    it('two invitations to one new address, accepted at once: one account; the other 409 identity.account_created_concurrently, then joins with that password', async () => {
      const [a, b] = await Promise.all([w.newOrganization(), w.newOrganization(OrganizationKind.ServiceVendor)]);
      const password = strongPassword();
      // Both look for the account, hash the password and then insert: the hashing makes them overlap. Should a
      // loaded machine run them one after the other, the second joins the account (200) and the round is repeated.
      for (let round = 0; round < 3; round++) {
        const email = uniqueEmail('twice');
        const tokens = [(await invite(http, a.owner.as, { email, role: 'member' })).token, (await invite(http, b.owner.as, { email, role: 'member' })).token];
        const answers = await Promise.all(tokens.map((token) => http.post('/v1/invitations/accept', { token, name: 'Twice Invited', password })));
        const users = await sql<{ n: string }>(`SELECT count(*) AS n FROM users WHERE email = $1`, [email]);
        expect(Number(users[0]!.n)).toBe(1);
        if (answers.every((x) => x.status === 200)) continue;
        const [p] = oneWins(answers, 200);
        expect(p!.code).toBe('identity.account_created_concurrently');
        const lost = tokens[answers.findIndex((x) => x.status === 409)]!;
        const retried = await http.post('/v1/invitations/accept', { token: lost, password });
        expect(retried.status, JSON.stringify(retried.body)).toBe(200);
        return;
      }
      expect.fail('the two acceptances never overlapped');
    });
  });

  describe('an Idempotency-Key whose request never answered', () => {
    it('is taken over by a retry with the same body once its lease is over (not refused until the key expires); a fresh claim still answers 409', async () => {
      const maker = await w.newOrganization();
      const body = { name: 'VMC-850 with predictive maintenance', components: [{ name: 'VMC-850 machining centre', kind: 'hardware', version: 'rev C' }] };
      const create = (key: string, b: unknown = body) =>
        http.call<{ id: string }>('POST', '/v1/offerings', { body: b, as: maker.owner.as, headers: { 'idempotency-key': key } });
      const first = await create(`dead-claim-${maker.id}`);
      expect(first.status).toBe(201);
      // The row as a process that died after claiming the key leaves it: no answer stored. Just claimed: still running.
      const orphan = (age: string) =>
        sql(`UPDATE idempotency_keys SET status_code = NULL, response = NULL, created_at = now() - $2::interval WHERE organization_id = $1`, [maker.id, age]);
      await orphan('5 seconds');
      expect(expectProblem(await create(`dead-claim-${maker.id}`), 409).code).toBe('http.idempotency_in_progress');
      // Past the lease (IDEMPOTENCY_CLAIM_LEASE_MS, 2 minutes): the retry runs and its answer is kept for the next retry.
      await orphan('10 minutes');
      expect(expectProblem(await create(`dead-claim-${maker.id}`, { ...body, name: 'another offering' }), 422).code).toBe('http.idempotency_key_reused');
      const retried = await create(`dead-claim-${maker.id}`);
      expect(retried.status).toBe(201);
      const replayed = await create(`dead-claim-${maker.id}`);
      expect(replayed.status).toBe(201);
      expect(replayed.headers.get('idempotent-replayed')).toBe('true');
      expect(replayed.body.id).toBe(retried.body.id);
    });
  });

  describe('submitting one workspace four times at once', () => {
    async function linkedEvidence(owner: TestOrg, wsId: string, componentId: string) {
      const [row] = (await http.get<{ data: { requirementId: string }[] }>(`/v1/workspaces/${wsId}/applicability?limit=1`, owner.owner.as)).body.data;
      const e = await http.post<{ id: string }>(
        `/v1/workspaces/${wsId}/evidence`,
        { type: 'sla_definition', title: 'Machine test report', confidentiality: 'confidential', effectiveDate: '2026-01-01', componentId },
        owner.owner.as,
      );
      expect(e.status, JSON.stringify(e.body)).toBe(201);
      const v = await streamUpload(`${t.baseUrl}/v1/workspaces/${wsId}/evidence/${e.body.id}/versions`, authHeaders(owner.owner.as), {
        filename: 'report.txt',
        contentType: 'text/plain',
        size: 800,
      });
      expect(v.status, JSON.stringify(v.body)).toBe(201);
      const link = await http.post(`/v1/workspaces/${wsId}/evidence/${e.body.id}/links`, { requirementId: row!.requirementId }, owner.owner.as);
      expect(link.status, JSON.stringify(link.body)).toBe(201);
    }

    it('one submission (number 1, one manifest, one event); the others 409 reviews.under_review naming it; a later round again gets one number', async () => {
      const maker = await w.newOrganization(OrganizationKind.Manufacturer);
      const assessor = await w.newOrganization(OrganizationKind.Assessor);
      const ws = await w.newWorkspace(maker);
      await w.join(maker, ws, assessor, 'assessor');
      await linkedEvidence(maker, ws.id, ws.hardwareComponentId);
      const submitAll = () =>
        Promise.all(
          Array.from({ length: 4 }, (_, i) => http.post<{ number: number }>(`/v1/workspaces/${ws.id}/submissions`, { note: `racer ${i}` }, maker.owner.as)),
        );

      const first = await submitAll();
      for (const p of oneWins(first, 201)) {
        expect(p.code).toBe('reviews.under_review');
        expect(p.submission).toBe(1);
      }
      expect(first.find((a) => a.status === 201)!.body.number).toBe(1);

      // After the assessors ask for changes, the next concurrent round makes exactly submission 2.
      expect((await http.post(`/v1/workspaces/${ws.id}/submissions/1/status`, { status: 'in_review' }, assessor.owner.as)).status).toBe(200);
      expect((await http.post(`/v1/workspaces/${ws.id}/submissions/1/status`, { status: 'changes_requested' }, assessor.owner.as)).status).toBe(200);
      const second = await submitAll();
      oneWins(second, 201);
      expect(second.find((a) => a.status === 201)!.body.number).toBe(2);

      // Retries of one request (one Idempotency-Key) sent at once: one runs, the others wait for its answer or are told it is still running.
      expect((await http.post(`/v1/workspaces/${ws.id}/submissions/2/status`, { status: 'in_review' }, assessor.owner.as)).status).toBe(200);
      expect((await http.post(`/v1/workspaces/${ws.id}/submissions/2/status`, { status: 'changes_requested' }, assessor.owner.as)).status).toBe(200);
      const retried = await Promise.all(
        Array.from({ length: 4 }, () =>
          http.call<{ number: number }>('POST', `/v1/workspaces/${ws.id}/submissions`, {
            body: { note: 'one request, retried' },
            as: maker.owner.as,
            headers: { 'idempotency-key': `retry-${ws.id}` },
          }),
        ),
      );
      for (const a of retried.filter((r) => r.status !== 201)) expect(expectProblem(a, 409).code).toBe('http.idempotency_in_progress');
      expect(new Set(retried.filter((r) => r.status === 201).map((r) => r.body.number))).toEqual(new Set([3]));

      const numbers = await sql<{ number: number }>(`SELECT number FROM submissions WHERE workspace_id = $1 ORDER BY number`, [ws.id]);
      expect(numbers.map((r) => r.number)).toEqual([1, 2, 3]);
      const events = await sql<{ n: string }>(`SELECT count(*) AS n FROM outbox_events WHERE workspace_id = $1 AND type = 'submission.created'`, [ws.id]);
      expect(Number(events[0]!.n)).toBe(3);
    });
  });
});
