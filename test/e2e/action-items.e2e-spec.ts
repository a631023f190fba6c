import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, expectProblem, type Client, type Credentials } from '../setup/http.js';
import { fewestStatements } from '../setup/query-count.js';
import { judgeAll } from '../setup/review-helpers.js';
import { assessmentCast, assessmentWorkspace, isoDay, submitted, workspaceWithEvidence, type AssessmentCast } from '../setup/scenario.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import type { TestWorkspace } from '../setup/workspace-factories.js';

interface Named {
  id: string;
  name: string;
}
interface ActionItems {
  verdicts: {
    verdictId: string;
    workspace: Named;
    submissionNumber: number;
    requirement: { id: string; ref: string; title: string };
    outcome: string;
    comment: string;
    assessor: Named;
    decidedAt: string;
  }[];
  findings: {
    id: string;
    workspace: Named;
    submissionNumber: number;
    requirement: { id: string; ref: string };
    title: string;
    severity: string;
    dueDate: string | null;
    overdue: boolean;
  }[];
  evidence: { id: string; workspace: Named; title: string; validUntil: string; freshness: string }[];
  totals: { verdicts: number; findings: number; evidence: number };
  expiryWarningDays: number;
}

const empty = { verdicts: [], findings: [], evidence: [], totals: { verdicts: 0, findings: 0, evidence: 0 } };

describe('GET /v1/action-items', () => {
  let t: TestApp;
  let http: Client;
  let cast: AssessmentCast;
  let second: TestWorkspace;
  let requirementIds: string[];
  let outsiderKey: Credentials;
  let makerKey: Credentials;
  let evidenceIds: { expired: string; expiring: string; fresh: string };

  beforeAll(async () => {
    t = await createTestApp();
    http = client(t.baseUrl);
    cast = await assessmentCast(http);
    const rows = await http.get<{ data: { requirementId: string; applicable: boolean }[] }>(
      `/v1/workspaces/${cast.ws.id}/applicability?limit=4`,
      cast.maker.owner.as,
    );
    requirementIds = rows.body.data.map((r) => r.requirementId);
    const [expiring, expired, fresh] = await workspaceWithEvidence(cast, [
      { title: 'Spindle load test', validUntil: isoDay(10), requirementId: requirementIds[0] },
      { title: 'ISO 9001 certificate', validUntil: isoDay(-3), requirementId: requirementIds[1] },
      { title: 'Vibration test', validUntil: isoDay(400), requirementId: requirementIds[2] },
    ]);
    evidenceIds = { expiring: expiring!.evidenceId, expired: expired!.evidenceId, fresh: fresh!.evidenceId };

    // Submission 1: a not-satisfied verdict that the resubmission below replaces.
    const base = `/v1/workspaces/${cast.ws.id}/submissions`;
    const as = cast.assessor.owner.as;
    const put = (n: number, requirementId: string, outcome: string, comment: string) =>
      http.call('PUT', `${base}/${n}/verdicts/${requirementId}`, { body: { outcome, comment }, as });
    const first = (await submitted(cast)).number;
    expect((await put(first, requirementIds[3]!, 'not_satisfied', 'Superseded by the next submission')).status).toBe(200);
    const changes = await http.post(`${base}/${first}/status`, { status: 'changes_requested' }, as);
    expect(changes.status, JSON.stringify(changes.body)).toBe(200);
    // Submission 2 (the latest): one of each outcome.
    const latest = (await submitted(cast)).number;
    for (const [i, outcome, comment] of [
      [0, 'needs_information', 'State how availability is measured.'],
      [1, 'not_satisfied', 'The certificate has expired.'],
      [2, 'satisfied', 'Vibration test covers it.'],
    ] as const) {
      const res = await put(latest, requirementIds[i]!, outcome, comment);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    for (const [title, dueDate] of [
      ['Due later', isoDay(20)],
      ['Overdue', isoDay(-2)],
      ['No due date', null],
    ] as const) {
      const res = await http.post(`${base}/${latest}/findings`, { requirementId: requirementIds[1], severity: 'minor_nonconformity', title, dueDate }, as);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    // A second workspace of the same maker with expiring evidence only.
    second = await assessmentWorkspace(http, cast.maker);
    await workspaceWithEvidence({ ...cast, ws: second }, [{ title: 'Second workspace SLA', validUntil: isoDay(5) }]);
    outsiderKey = (await cast.factories.newApiKey(cast.outsider, ['reviews:read', 'evidence:read', 'workspaces:read'])).as;
    makerKey = (await cast.factories.newApiKey(cast.maker, ['workspaces:read', 'evidence:read'])).as;
  }, 240_000);
  afterAll(async () => {
    await t?.close();
  });

  it("lists the latest submission's gaps, open findings (overdue first) and evidence to renew, with names and links' ids", async () => {
    const res = await http.get<ActionItems>('/v1/action-items', cast.maker.owner.as);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const a = res.body;
    expect(a.expiryWarningDays).toBeGreaterThan(0);
    // Not satisfied first; the satisfied verdict and the earlier submission's verdict are not listed.
    expect(a.verdicts.map((v) => [v.requirement.id, v.outcome, v.comment, v.submissionNumber])).toEqual([
      [requirementIds[1], 'not_satisfied', 'The certificate has expired.', 2],
      [requirementIds[0], 'needs_information', 'State how availability is measured.', 2],
    ]);
    const assessorName = (await http.get<{ name: string }>('/v1/organization', cast.assessor.owner.as)).body.name;
    expect(a.verdicts[0]).toMatchObject({ workspace: { id: cast.ws.id, name: expect.any(String) }, assessor: { id: cast.assessor.id, name: assessorName } });
    expect(a.verdicts[0]!.requirement.ref).not.toBe('');
    expect(a.findings.map((f) => [f.title, f.overdue])).toEqual([
      ['Overdue', true],
      ['Due later', false],
      ['No due date', false],
    ]);
    expect(a.findings[0]).toMatchObject({
      workspace: { id: cast.ws.id },
      submissionNumber: 2,
      requirement: { id: requirementIds[1] },
      severity: 'minor_nonconformity',
    });
    expect(a.evidence.map((e) => [e.title, e.freshness])).toEqual([
      ['ISO 9001 certificate', 'expired'],
      ['Second workspace SLA', 'expiring'],
      ['Spindle load test', 'expiring'],
    ]);
    expect(a.evidence.map((e) => e.id)).not.toContain(evidenceIds.fresh);
    expect(a.evidence[0]).toMatchObject({ id: evidenceIds.expired, workspace: { id: cast.ws.id }, validUntil: isoDay(-3) });
    expect(a.totals).toEqual({ verdicts: 2, findings: 3, evidence: 3 });
  });

  it('narrows to one workspace and bounds each list, counting all in totals', async () => {
    const one = await http.get<ActionItems>(`/v1/action-items?workspaceId=${second.id}`, cast.maker.owner.as);
    expect(one.status, JSON.stringify(one.body)).toBe(200);
    expect(one.body).toMatchObject({ verdicts: [], findings: [], totals: { verdicts: 0, findings: 0, evidence: 1 } });
    expect(one.body.evidence.map((e) => e.title)).toEqual(['Second workspace SLA']);
    const bounded = await http.get<ActionItems>('/v1/action-items?limit=1', cast.maker.owner.as);
    expect(bounded.body.findings.map((f) => f.title)).toEqual(['Overdue']);
    expect(bounded.body.evidence).toHaveLength(1);
    expect(bounded.body.totals).toEqual({ verdicts: 2, findings: 3, evidence: 3 });
  });

  it("titles the requirements in the reader's language, as the catalog does", async () => {
    const inChinese = await http.call<ActionItems>('GET', '/v1/action-items', { as: cast.maker.owner.as, headers: { 'accept-language': 'zh-CN' } });
    expect(inChinese.status).toBe(200);
    expect(inChinese.headers.get('vary')).toMatch(/accept-language/i);
    let translated = 0;
    for (const v of inChinese.body.verdicts) {
      const catalog = await Promise.all(
        cast.ws.frameworkIds.map((fw) =>
          http.call<{ title: string; titleLanguage: string }>('GET', `/v1/frameworks/${fw}/requirements/${v.requirement.id}`, {
            as: cast.maker.owner.as,
            headers: { 'accept-language': 'zh-CN' },
          }),
        ),
      );
      const entry = catalog.find((c) => c.status === 200)!.body;
      expect(v.requirement.title).toBe(entry.title);
      if (entry.titleLanguage === 'zh-CN') translated++;
    }
    expect(translated).toBeGreaterThan(0);
  });

  it('runs the same number of statements for one workspace as for all of them (one query per list)', async () => {
    const count = (path: string) => fewestStatements(async () => expect((await http.get(path, cast.maker.owner.as)).status).toBe(200));
    const all = await count('/v1/action-items');
    expect(all).toBeLessThanOrEqual(12);
    expect(await count(`/v1/action-items?workspaceId=${cast.ws.id}`)).toBeLessThanOrEqual(all + 1);
  });

  it('gives participants that are not the owner and keys without reviews:read only what is theirs', async () => {
    for (const org of [cast.assessor, cast.vendor, cast.procurer]) {
      const res = await http.get<ActionItems>('/v1/action-items', org.owner.as);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toMatchObject(empty);
      const one = await http.get<ActionItems>(`/v1/action-items?workspaceId=${cast.ws.id}`, org.owner.as);
      expect(one.status, JSON.stringify(one.body)).toBe(200);
      expect(one.body).toMatchObject(empty);
    }
    const key = await http.get<ActionItems>('/v1/action-items', makerKey);
    expect(key.status, JSON.stringify(key.body)).toBe(200);
    expect(key.body).toMatchObject({ verdicts: [], findings: [], totals: { verdicts: 0, findings: 0, evidence: 3 } });
  });

  it("keeps another organization's user and API key out: empty lists, 404 for the workspace", async () => {
    for (const as of [cast.outsider.owner.as, outsiderKey]) {
      const res = await http.get<ActionItems>('/v1/action-items', as);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toMatchObject(empty);
      expectProblem(await http.get(`/v1/action-items?workspaceId=${cast.ws.id}`, as), 404);
    }
    expectProblem(await http.get('/v1/action-items'), 401);
  });

  it('answers bad input with 400 naming the field', async () => {
    for (const [query, field] of [
      ['workspaceId=not-a-uuid', 'workspaceId'],
      ['limit=0', 'limit'],
      ['limit=abc', 'limit'],
      ['limit=100000', 'limit'],
    ]) {
      const problem = expectProblem(await http.get(`/v1/action-items?${query}`, cast.maker.owner.as), 400);
      expect(JSON.stringify(problem), query).toContain(field);
    }
  });
  it('drops a gap a positive decision accepted under a condition once the finding it rests on is closed (the condition met)', async () => {
    const ws = await assessmentWorkspace(http, cast.maker);
    await cast.factories.join(cast.maker, ws, cast.assessor, 'assessor');
    const p = { ...cast, ws };
    await workspaceWithEvidence(p, [{ title: 'Escalation plan' }]);
    const { number } = await submitted(p);
    const base = `/v1/workspaces/${ws.id}/submissions/${number}`;
    const as = cast.assessor.owner.as;
    const entries = await http.get<{ data: { entry: { requirementId: string } }[] }>(`${base}/entries?limit=1`, as);
    expect(entries.status, JSON.stringify(entries.body)).toBe(200);
    const gap = entries.body.data[0]!.entry.requirementId;
    expect((await http.call('PUT', `${base}/verdicts/${gap}`, { body: { outcome: 'needs_information', comment: 'Who is on call?' }, as })).status).toBe(200);
    await judgeAll(http, ws.id, number, as, { except: [gap] });
    const finding = await http.post<{ id: string }>(
      `${base}/findings`,
      { requirementId: gap, severity: 'minor_nonconformity', title: 'No on-call contact' },
      as,
    );
    expect(finding.status, JSON.stringify(finding.body)).toBe(201);
    const decision = await http.post(
      `${base}/decision`,
      {
        outcome: 'conformant_with_conditions',
        scopeStatement: 'VMC-850 rev C with the predictive-maintenance SaaS 4.2.0',
        validFrom: isoDay(0),
        validUntil: isoDay(730),
        conditions: [{ text: 'Name the on-call contact', dueDate: isoDay(60), findingId: finding.body.id }],
      },
      as,
    );
    expect(decision.status, JSON.stringify(decision.body)).toBe(201);
    const items = async () => (await http.get<ActionItems>(`/v1/action-items?workspaceId=${ws.id}`, cast.maker.owner.as)).body;
    // While the condition's finding is open: the gap and the finding are to do.
    expect((await items()).verdicts.map((v) => [v.requirement.id, v.outcome])).toEqual([[gap, 'needs_information']]);
    expect((await items()).findings.map((f) => f.id)).toEqual([finding.body.id]);

    const findingBase = `/v1/workspaces/${ws.id}/findings/${finding.body.id}`;
    expect((await http.post(`${findingBase}/responses`, { text: 'Named in section 3 of the plan.' }, cast.maker.owner.as)).status).toBe(201);
    expect((await http.post(`${findingBase}/review`, { decision: 'accept', comment: 'Condition met.' }, as)).status).toBe(200);
    // The condition is met: nothing is left for the owner (the decided submission stays the latest).
    expect(await items()).toMatchObject({ verdicts: [], findings: [], totals: { verdicts: 0, findings: 0 } });
  });
});
