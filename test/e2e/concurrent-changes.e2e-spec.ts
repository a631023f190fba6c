import { MemberRole, OrganizationKind } from '@attesta/core';
import type { QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OneLiveParticipation1795700100000 } from '../../migrations/1795700100000-OneLiveParticipation.js';
import { client, type Client } from '../setup/http.js';
import { sqlOf } from '../setup/database.js';
import { openTender, placedBid } from '../setup/scenario.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { builtInFrameworks, workspaceFactories } from '../setup/workspace-factories.js';

/**
 * The same change sent many times at once, as a double click, a retrying client or two people at
 * their desks do: the answer is what sending it twice in a row gives (one success, then a 409 or
 * 404), never two successes that leave the data in a state no single request could.
 */
describe('Concurrent changes (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let w: ReturnType<typeof workspaceFactories>;
  let sql: ReturnType<typeof sqlOf>;
  const statuses = (rs: { status: number }[]) => rs.map((r) => r.status).sort((a, b) => a - b);

  beforeAll(async () => {
    t = await createTestApp();
    http = client(t.baseUrl);
    w = workspaceFactories(http);
    sql = sqlOf(t);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('invites an organization once, lets it answer once, and never as assessor and observer at the same time', async () => {
    const [maker, assessor] = await Promise.all([w.newOrganization(OrganizationKind.Manufacturer), w.newOrganization(OrganizationKind.Assessor)]);
    const ws = await w.newWorkspace(maker);
    const inviteAs = (role: string) => http.post(`/v1/workspaces/${ws.id}/participants`, { organizationId: assessor.id, role }, maker.owner.as);

    const invites = await Promise.all(Array.from({ length: 10 }, () => inviteAs('assessor')));
    expect(statuses(invites)).toEqual([201, ...Array(9).fill(409)]);
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => http.post(`/v1/workspaces/${ws.id}/invitation`, { answer: 'accept' }, assessor.owner.as)),
    );
    expect(statuses(answers)).toEqual([200, ...Array(5).fill(404)]);
    const live = await sql<{ role: string; status: string }>(
      `SELECT role, status FROM workspace_participants WHERE workspace_id = $1 AND organization_id = $2 AND status IN ('invited', 'accepted')`,
      [ws.id, assessor.id],
    );
    expect(live).toEqual([{ role: 'assessor', status: 'accepted' }]);
    expect(
      (
        await sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM audit_events WHERE action = 'participant.accepted' AND payload->>'role' = 'assessor' AND stream_id = $1`,
          [ws.id],
        )
      )[0]!.n,
    ).toBe(1);

    // Assessor and observer invitations at once: one of them, never both (impartiality).
    const other = await w.newWorkspace(maker);
    const mixed = await Promise.all(
      ['assessor', 'observer', 'assessor', 'observer', 'assessor', 'observer'].map((role) =>
        http.post(`/v1/workspaces/${other.id}/participants`, { organizationId: assessor.id, role }, maker.owner.as),
      ),
    );
    expect(statuses(mixed)).toEqual([201, 409, 409, 409, 409, 409]);
  });

  it('keeps an owner when two owners demote each other at the same moment', async () => {
    const org = await w.newOrganization(OrganizationKind.Manufacturer);
    const second = await w.newMember(org, MemberRole.Member);
    const members = await http.get<{ data: { id: string; userId: string }[] }>('/v1/organization/members?limit=200', org.owner.as);
    const firstMembership = members.body.data.find((m) => m.userId === org.owner.userId)!.id;
    expect((await http.call('PATCH', `/v1/organization/members/${second.membershipId}`, { body: { role: 'owner' }, as: org.owner.as })).status).toBe(200);
    const demotions = await Promise.all([
      http.call('PATCH', `/v1/organization/members/${second.membershipId}`, { body: { role: 'admin' }, as: org.owner.as }),
      http.call('PATCH', `/v1/organization/members/${firstMembership}`, { body: { role: 'admin' }, as: second.as }),
    ]);
    // One goes through; the other would leave no owner (or comes from someone no longer an owner).
    expect(statuses(demotions)[0]).toBe(200);
    expect(statuses(demotions)[1]).toBeGreaterThanOrEqual(400);
    const owners = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM memberships WHERE organization_id = $1 AND role = 'owner'`, [org.id]);
    expect(owners[0]!.n).toBe(1);
  });

  it('withdraws a bid once', async () => {
    const [maker, procurer] = await Promise.all([w.newOrganization(OrganizationKind.Manufacturer), w.newOrganization(OrganizationKind.Procurer)]);
    const offering = await w.newOffering(maker);
    const fw = await builtInFrameworks(http, procurer.owner.as);
    const tenderId = await openTender(http, procurer.owner.as, fw['attesta-dser']!);
    const bid = await placedBid<{ id: string }>(http, tenderId, maker, { offeringId: offering.id, attestationIds: [] });
    const withdrawals = await Promise.all(Array.from({ length: 8 }, () => http.post(`/v1/bids/${bid.id}/withdraw`, {}, maker.owner.as)));
    expect(statuses(withdrawals)).toEqual([200, ...Array(7).fill(409)]);
    const audit = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'bid.withdrawn' AND subject_id = $1`, [bid.id]);
    expect(audit[0]!.n).toBe(1);
  });

  it('migration OneLiveParticipation keeps one live participation of duplicates: the accepted one, else the first', async () => {
    const [maker, assessor, procurer] = await Promise.all([
      w.newOrganization(OrganizationKind.Manufacturer),
      w.newOrganization(OrganizationKind.Assessor),
      w.newOrganization(OrganizationKind.Procurer),
    ]);
    const ws = await w.newWorkspace(maker);
    const migration = new OneLiveParticipation1795700100000();
    const runner = { query: (text: string) => sql(text) } as unknown as QueryRunner;
    await migration.down(runner);
    // Duplicates as racing invitations left them: an assessor invited then accepted as observer, a procurer invited twice.
    const insert = (organizationId: string, role: string, status: string, minutesAgo: number) =>
      sql<{ id: string }>(
        `INSERT INTO workspace_participants (id, workspace_id, organization_id, role, status, component_ids, invited_by_organization_id, created_at)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, '{}', $5, now() - make_interval(mins => $6)) RETURNING id`,
        [ws.id, organizationId, role, status, maker.id, minutesAgo],
      ).then((r) => r[0]!.id);
    const assessorInvited = await insert(assessor.id, 'assessor', 'invited', 10);
    const observerAccepted = await insert(assessor.id, 'observer', 'accepted', 5);
    const procurerFirst = await insert(procurer.id, 'observer', 'invited', 10);
    const procurerSecond = await insert(procurer.id, 'observer', 'invited', 5);
    await migration.up(runner);
    const rows = await sql<{ id: string; status: string }>(`SELECT id, status FROM workspace_participants WHERE id = ANY ($1::uuid[])`, [
      [assessorInvited, observerAccepted, procurerFirst, procurerSecond],
    ]);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({
      [assessorInvited]: 'removed',
      [observerAccepted]: 'accepted',
      [procurerFirst]: 'invited',
      [procurerSecond]: 'removed',
    });
    // And the index holds from now on.
    await expect(insert(procurer.id, 'observer', 'invited', 0)).rejects.toThrow(/ux_workspace_participants_live/);
  });
});
