import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantQuery } from '../setup/database.js';
import { client, expectProblem, type Client, type Credentials } from '../setup/http.js';
import { fewestStatements } from '../setup/query-count.js';
import { assessmentCast, submitted, workspaceWithEvidence, type AssessmentCast, type UploadedEvidence } from '../setup/scenario.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

interface Names {
  actor: string | null;
  organization: string | null;
  evidence: string | null;
  requirementRef: string | null;
  requirementTitle: string | null;
  finding: string | null;
  participant: string | null;
}
interface Event {
  seq: number;
  action: string;
  actorType: string;
  actorId: string;
  subjectId: string | null;
  occurredAt: string;
  hash: string;
  payload: Record<string, unknown>;
  names: Names;
}
interface Page {
  data: Event[];
  nextCursor: string | null;
}

describe('Workspace audit list: newest first, action and date filters, names', () => {
  let t: TestApp;
  let http: Client;
  let cast: AssessmentCast;
  let evidence: UploadedEvidence[];
  let makerName: string;
  let assessorName: string;
  let outsiderKey: Credentials;
  const path = () => `/v1/workspaces/${cast.ws.id}/audit-events`;

  beforeAll(async () => {
    t = await createTestApp();
    http = client(t.baseUrl);
    cast = await assessmentCast(http);
    evidence = await workspaceWithEvidence(cast, [{ title: 'SLA v2' }, { title: 'Spindle load test' }]);
    const { number } = await submitted(cast);
    const as = cast.assessor.owner.as;
    const base = `/v1/workspaces/${cast.ws.id}/submissions/${number}`;
    expect(
      (await http.call('PUT', `${base}/verdicts/${evidence[0]!.requirementId}`, { body: { outcome: 'needs_information', comment: 'How measured?' }, as }))
        .status,
    ).toBe(200);
    const finding = await http.post(
      `${base}/findings`,
      { requirementId: evidence[0]!.requirementId, severity: 'observation', title: 'Availability not measured' },
      as,
    );
    expect(finding.status, JSON.stringify(finding.body)).toBe(201);
    makerName = (await http.get<{ name: string }>('/v1/organization', cast.maker.owner.as)).body.name;
    assessorName = (await http.get<{ name: string }>('/v1/organization', as)).body.name;
    outsiderKey = (await cast.factories.newApiKey(cast.outsider, ['audit:read', 'workspaces:read'])).as;
  }, 240_000);
  afterAll(async () => {
    await t?.close();
  });

  const list = async (query: string, as: Credentials = cast.maker.owner.as) => {
    const res = await http.get<Page>(`${path()}${query}`, as);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };

  it('lists newest first by default, oldest first with order=asc, and pages by keyset either way', async () => {
    const all = (await list('?limit=200&order=asc')).data.map((e) => e.seq);
    expect(all).toEqual(all.map((_, i) => i + 1));
    const newest = (await list('?limit=200')).data.map((e) => e.seq);
    expect(newest).toEqual([...all].reverse());
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await list(`?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      seen.push(...page.data.map((e) => e.seq));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(newest);
  });

  it('filters by several actions (repeated actions parameter) and by a time range', async () => {
    const some = await list('?limit=200&actions=evidence.created&actions=finding.raised');
    expect(new Set(some.data.map((e) => e.action))).toEqual(new Set(['evidence.created', 'finding.raised']));
    expect(some.data.filter((e) => e.action === 'evidence.created')).toHaveLength(2);
    const one = await list('?limit=200&actions=verdict.recorded');
    expect(one.data.map((e) => e.action)).toEqual(['verdict.recorded']);

    const everything = (await list('?limit=200')).data;
    const middle = everything[Math.floor(everything.length / 2)]!;
    const from = (await list(`?limit=200&from=${encodeURIComponent(middle.occurredAt)}`)).data;
    expect(from.length).toBeGreaterThan(0);
    expect(from.every((e) => e.occurredAt >= middle.occurredAt)).toBe(true);
    const to = (await list(`?limit=200&to=${encodeURIComponent(middle.occurredAt)}`)).data;
    expect(to.every((e) => e.occurredAt < middle.occurredAt)).toBe(true);
    expect(from.length + to.length).toBe(everything.length);
    expect((await list('?from=2999-01-01T00:00:00Z')).data).toEqual([]);
  });

  it('names the actor, the organizations and the objects in the same query', async () => {
    const events = (await list('?limit=200')).data;
    const uploaded = events.find((e) => e.action === 'evidence.version_uploaded' && e.payload.evidenceId === evidence[0]!.evidenceId)!;
    expect(uploaded.names).toMatchObject({ actor: expect.any(String), organization: makerName, evidence: 'SLA v2' });
    expect(uploaded.names.actor).not.toBe('');
    const verdict = events.find((e) => e.action === 'verdict.recorded')!;
    expect(verdict.names).toMatchObject({ organization: assessorName, requirementRef: expect.any(String), requirementTitle: expect.any(String) });
    expect(events.find((e) => e.action === 'finding.raised')!.names).toMatchObject({ finding: 'Availability not measured', organization: assessorName });
    const invited = events.find((e) => e.action === 'participant.invited' && e.payload.organizationId === cast.assessor.id)!;
    expect(invited.names.participant).toBe(assessorName);
    // The assessor reads the maker's people by name too: they share the workspace.
    const theirs = (await list('?limit=200&actions=evidence.version_uploaded', cast.assessor.owner.as)).data;
    expect(theirs.find((e) => e.actorId === uploaded.actorId)!.names.actor).toBe(uploaded.names.actor);
    // The names are not part of the hashed event: the chain still verifies.
    expect((await http.get<{ valid: boolean }>(`${path()}/verify`, cast.maker.owner.as)).body.valid).toBe(true);
  });

  it('reads the names with a fixed number of statements, whatever the page size', async () => {
    const count = (query: string) => fewestStatements(() => list(query));
    expect(await count('?limit=200')).toBe(await count('?limit=2'));
  });

  it('gives people names only to organizations working with them', async () => {
    const ids = [cast.maker.owner.userId, cast.assessor.owner.userId];
    const rows = (scope: string) => tenantQuery<{ id: string }>(t, { organizationId: scope }, 'SELECT id FROM user_display_names($1::uuid[])', [ids]);
    expect((await rows(cast.assessor.id)).map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(await rows(cast.outsider.id)).toEqual([]);
  });

  it("keeps another organization's user and API key out (404)", async () => {
    for (const as of [cast.outsider.owner.as, outsiderKey]) {
      expectProblem(await http.get(`${path()}?actions=evidence.created&order=desc`, as), 404);
    }
  });

  it('answers bad filters with 400 naming the field', async () => {
    for (const [query, field] of [
      ['order=sideways', 'order'],
      ['actions=Not%20an%20action', 'actions'],
      [`${Array.from({ length: 51 }, () => 'actions=evidence.created').join('&')}`, 'actions'],
      ['from=yesterday', 'from'],
      ['to=2026-13-45', 'to'],
      ['from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z', 'to'],
      // Dates JavaScript reads but the database does not store (before 4713 BC): a 400, not a 500.
      [`from=${encodeURIComponent('-004714-01-01T00:00:00Z')}`, 'from'],
      [`to=${encodeURIComponent('-271821-04-20T00:00:00Z')}`, 'to'],
      [`to=${encodeURIComponent('+275760-09-13T00:00:00Z')}`, 'to'],
      ['cursor=bm90LWEtY3Vyc29y', 'cursor'],
    ]) {
      const problem = expectProblem(await http.get(`${path()}?${query}`, cast.maker.owner.as), 400);
      expect(JSON.stringify(problem), query).toContain(`"${field}`);
    }
  });
});
