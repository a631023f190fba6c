import { OrganizationKind } from '@attesta/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestOrg } from '../setup/factories.js';
import { client, expectProblem, type Client, type Credentials } from '../setup/http.js';
import { fewestStatements } from '../setup/query-count.js';
import {
  assessmentCast,
  assessmentWorkspace,
  attestedSupplier,
  openTender,
  placedBid,
  submitted,
  workspaceWithEvidence,
  type AssessmentCast,
  type UploadedEvidence,
} from '../setup/scenario.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { builtInFrameworks, type TestWorkspace } from '../setup/workspace-factories.js';

interface Named {
  id: string;
  name: string;
}
interface Progress {
  judged: number;
  total: number;
  verdicts: Record<string, number>;
  openFindings: number;
}
interface QueueItem {
  submissionId: string;
  number: number;
  status: string;
  submittedAt: string;
  workspace: Named;
  offering: Named | null;
  manufacturer: Named | null;
  progress: Progress;
}
interface Page<T> {
  data: T[];
  nextCursor: string | null;
}
interface VersionBody {
  id: string;
  number: number;
  filename: string;
  size: number;
  sha256: string;
  createdAt: string;
}
interface RequirementViewBody {
  workspaceId: string;
  requirement: { id: string; ref: string; title: string; statement: string | null };
  framework: { id: string; code: string; title: string; version: string };
  gap: { status: string; applicable: boolean; evidenceCount: number };
  evidence: { link: { id: string; note: string }; evidence: { id: string; title: string; freshness: string }; currentVersion: VersionBody | null }[];
  verdicts: {
    submissionNumber: number;
    submissionStatus: string;
    inSubmission: boolean;
    commentCount: number;
    verdict: { outcome: string; comment: string; assessor: { id: string; name: string | null }; decidedAt: string } | null;
  }[];
}

/** Counts the statements one request sends (the app's pool included), after a warm-up. */
function statementsOf(send: () => Promise<{ status: number; body: unknown }>): Promise<number> {
  return fewestStatements(async () => {
    const res = await send();
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });
}

async function orgName(http: Client, org: TestOrg): Promise<string> {
  const res = await http.get<{ name: string }>('/v1/organization', org.owner.as);
  expect(res.status).toBe(200);
  return res.body.name;
}

describe('Portal read models', () => {
  let t: TestApp;
  let http: Client;
  let cast: AssessmentCast;
  let second: TestWorkspace;
  let evidence: UploadedEvidence[];
  let requirementId: string;
  let firstNumber: number;
  let otherAssessor: TestOrg;
  let outsiderKey: Credentials;

  beforeAll(async () => {
    t = await createTestApp();
    http = client(t.baseUrl);
    cast = await assessmentCast(http);
    evidence = await workspaceWithEvidence(cast, [{ title: 'Spindle load test' }, { title: 'Vibration test' }]);
    requirementId = evidence[0]!.requirementId;
    firstNumber = (await submitted(cast)).number;
    // A second workspace of the same maker, assessed by the same assessor, submitted later.
    second = await assessmentWorkspace(http, cast.maker);
    await cast.factories.join(cast.maker, second, cast.assessor, 'assessor');
    await workspaceWithEvidence({ ...cast, ws: second });
    await submitted({ ...cast, ws: second });
    otherAssessor = await cast.factories.newOrganization(OrganizationKind.Assessor);
    outsiderKey = (await cast.factories.newApiKey(cast.outsider, ['reviews:read', 'evidence:read', 'workspaces:read'])).as;
  }, 240_000);
  afterAll(async () => {
    await t?.close();
  });

  describe('GET /v1/review-queue', () => {
    it('lists what awaits the assessor across its workspaces, newest first, with names and progress', async () => {
      const res = await http.get<Page<QueueItem>>('/v1/review-queue', cast.assessor.owner.as);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const mine = res.body.data.filter((i) => i.workspace.id === cast.ws.id || i.workspace.id === second.id);
      expect(mine.map((i) => i.workspace.id)).toEqual([second.id, cast.ws.id]);
      const first = mine[1]!;
      const submission = await http.get<{ id: string; manifest: { entryCount: number; submittedAt: string } }>(
        `/v1/workspaces/${cast.ws.id}/submissions/${firstNumber}`,
        cast.assessor.owner.as,
      );
      const ws = await http.get<{ name: string }>(`/v1/workspaces/${cast.ws.id}`, cast.assessor.owner.as);
      const offering = await http.get<{ name: string }>(`/v1/offerings/${cast.ws.offeringId}`, cast.maker.owner.as);
      expect(first).toMatchObject({
        submissionId: submission.body.id,
        number: firstNumber,
        status: 'submitted',
        submittedAt: submission.body.manifest.submittedAt,
        workspace: { id: cast.ws.id, name: ws.body.name },
        offering: { id: cast.ws.offeringId, name: offering.body.name },
        manufacturer: { id: cast.maker.id, name: await orgName(http, cast.maker) },
        progress: { judged: 0, total: submission.body.manifest.entryCount, verdicts: {}, openFindings: 0 },
      });
      expect(first.progress.total).toBeGreaterThan(0);
    });

    it('pages with a keyset cursor', async () => {
      const one = await http.get<Page<QueueItem>>('/v1/review-queue?limit=1', cast.assessor.owner.as);
      expect(one.status).toBe(200);
      expect(one.body.data).toHaveLength(1);
      expect(one.body.data[0]!.workspace.id).toBe(second.id);
      expect(one.body.nextCursor).toEqual(expect.any(String));
      const two = await http.get<Page<QueueItem>>(`/v1/review-queue?limit=1&cursor=${one.body.nextCursor}`, cast.assessor.owner.as);
      expect(two.status).toBe(200);
      expect(two.body.data.map((i) => i.workspace.id)).toEqual([cast.ws.id]);
      expect(two.body.nextCursor).toBeNull();
    });

    it('shows nothing of it to other organizations, whatever their role elsewhere', async () => {
      for (const as of [otherAssessor.owner.as, cast.maker.owner.as, cast.procurer.owner.as, cast.vendor.owner.as, outsiderKey]) {
        const res = await http.get<Page<QueueItem>>('/v1/review-queue', as);
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        expect(res.body.data).toEqual([]);
      }
    });

    it('refuses a key without reviews:read and a bad cursor or limit, as problem+json', async () => {
      const key = (await cast.factories.newApiKey(cast.assessor, ['workspaces:read'])).as;
      expectProblem(await http.get('/v1/review-queue', key), 403);
      const cursor = expectProblem(await http.get('/v1/review-queue?cursor=bm90LWEtY3Vyc29y', cast.assessor.owner.as), 400);
      expect(cursor.errors?.map((e) => e.field)).toContain('cursor');
      const uuidCursor = Buffer.from(JSON.stringify(['x'])).toString('base64url');
      expect(expectProblem(await http.get(`/v1/review-queue?cursor=${uuidCursor}`, cast.assessor.owner.as), 400).errors?.map((e) => e.field)).toContain(
        'cursor',
      );
      const limit = expectProblem(await http.get('/v1/review-queue?limit=0', cast.assessor.owner.as), 400);
      expect(limit.errors?.map((e) => e.field)).toContain('limit');
    });

    it('costs the same number of statements for one workspace or many', async () => {
      const small = await statementsOf(() => http.get('/v1/review-queue?limit=1', cast.assessor.owner.as));
      const large = await statementsOf(() => http.get('/v1/review-queue?limit=50', cast.assessor.owner.as));
      expect(large).toBe(small);
      // Transaction start with settings + page, workspaces, offerings, manufacturers + commit.
      expect(large).toBeLessThanOrEqual(6);
    });
  });

  describe('PUT …/verdicts/{requirementId} answers with the progress', () => {
    it('returns the submission’s status and counters after the save, equal to a fresh read', async () => {
      const entries = await http.get<{ data: { requirementId: string; content: { evidence: unknown[] } }[] }>(
        `/v1/workspaces/${cast.ws.id}/submissions/${firstNumber}/entries?limit=200`,
        cast.assessor.owner.as,
      );
      expect(entries.status).toBe(200);
      const res = await http.put<{ id: string; outcome: string; progress: Progress & { number: number; status: string; version: number } }>(
        `/v1/workspaces/${cast.ws.id}/submissions/${firstNumber}/verdicts/${requirementId}`,
        { outcome: 'satisfied', comment: 'Both test reports cover the requirement.' },
        cast.assessor.owner.as,
      );
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.outcome).toBe('satisfied');
      const fresh = await http.get<{
        status: string;
        version: number;
        verdicts: Record<string, number>;
        openFindings: number;
        manifest: { entryCount: number };
      }>(`/v1/workspaces/${cast.ws.id}/submissions/${firstNumber}`, cast.assessor.owner.as);
      expect(res.body.progress).toEqual({
        number: firstNumber,
        status: 'in_review',
        version: fresh.body.version,
        judged: 1,
        total: fresh.body.manifest.entryCount,
        verdicts: { satisfied: 1 },
        openFindings: fresh.body.openFindings,
      });
      expect(fresh.body.status).toBe('in_review');
      expect(fresh.body.verdicts).toEqual(res.body.progress.verdicts);

      const queue = await http.get<Page<QueueItem>>('/v1/review-queue', cast.assessor.owner.as);
      const item = queue.body.data.find((i) => i.workspace.id === cast.ws.id)!;
      expect(item.status).toBe('in_review');
      expect(item.progress).toMatchObject({ judged: 1, verdicts: { satisfied: 1 } });
    });

    it('keeps the refusals of a verdict save (other organizations, unknown submission)', async () => {
      const path = `/v1/workspaces/${cast.ws.id}/submissions/${firstNumber}/verdicts/${requirementId}`;
      expectProblem(await http.put(path, { outcome: 'satisfied', comment: 'x' }, otherAssessor.owner.as), 404);
      expectProblem(
        await http.put(`/v1/workspaces/${cast.ws.id}/submissions/99/verdicts/${requirementId}`, { outcome: 'satisfied' }, cast.assessor.owner.as),
        404,
      );
      const bad = expectProblem(await http.put(path, { outcome: 'perfect' }, cast.assessor.owner.as), 400);
      expect(bad.errors?.map((e) => e.field)).toContain('outcome');
    });
  });

  describe('GET /v1/workspaces/{id}/requirements/{requirementId}', () => {
    it('gives the requirement, its gap status, its evidence with current versions and its verdict history', async () => {
      const comment = await http.post(
        `/v1/workspaces/${cast.ws.id}/submissions/${firstNumber}/requirements/${requirementId}/comments`,
        { body: 'Which spindle speeds were tested?' },
        cast.assessor.owner.as,
      );
      expect(comment.status, JSON.stringify(comment.body)).toBe(201);
      const res = await http.get<RequirementViewBody>(`/v1/workspaces/${cast.ws.id}/requirements/${requirementId}`, cast.maker.owner.as);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const gaps = await http.get<{ rows: { requirementId: string; status: string; ref: string; title: string; frameworkId: string }[] }>(
        `/v1/workspaces/${cast.ws.id}/gap-analysis`,
        cast.maker.owner.as,
      );
      const row = gaps.body.rows.find((r) => r.requirementId === requirementId)!;
      const catalog = await http.get<{ statement: string | null }>(`/v1/frameworks/${row.frameworkId}/requirements/${requirementId}`, cast.maker.owner.as);
      expect(res.body.requirement).toMatchObject({ id: requirementId, ref: row.ref, title: row.title, statement: catalog.body.statement });
      expect(res.body.framework.id).toBe(row.frameworkId);
      expect(res.body.framework.code).toEqual(expect.any(String));
      expect(res.body.framework.title).toEqual(expect.any(String));
      expect(res.body.gap).toMatchObject({ status: row.status, applicable: true, evidenceCount: 2 });
      expect(res.body.evidence.map((e) => e.evidence.title)).toEqual(['Spindle load test', 'Vibration test']);
      for (const [i, e] of res.body.evidence.entries()) {
        const detail = await http.get<{ versions: VersionBody[] }>(`/v1/workspaces/${cast.ws.id}/evidence/${evidence[i]!.evidenceId}`, cast.maker.owner.as);
        expect(e.currentVersion).toEqual(detail.body.versions[0]);
        expect(e.currentVersion!.id).toBe(evidence[i]!.versionId);
      }
      expect(res.body.verdicts).toEqual([
        {
          submissionNumber: firstNumber,
          submissionStatus: 'in_review',
          inSubmission: true,
          commentCount: 1,
          verdict: expect.objectContaining({
            outcome: 'satisfied',
            comment: 'Both test reports cover the requirement.',
            assessor: { id: cast.assessor.id, name: await orgName(http, cast.assessor) },
            decidedAt: expect.any(String),
          }),
        },
      ]);
    });

    it('shows each role what it may see: assessors no evidence items, observers no verdicts', async () => {
      const assessor = await http.get<RequirementViewBody>(`/v1/workspaces/${cast.ws.id}/requirements/${requirementId}`, cast.assessor.owner.as);
      expect(assessor.status).toBe(200);
      expect(assessor.body.evidence).toEqual([]);
      expect(assessor.body.verdicts).toHaveLength(1);
      const observer = await http.get<RequirementViewBody>(`/v1/workspaces/${cast.ws.id}/requirements/${requirementId}`, cast.procurer.owner.as);
      expect(observer.status).toBe(200);
      expect(observer.body.evidence).toEqual([]);
      expect(observer.body.verdicts).toEqual([]);
      expect(observer.body.gap.status).toBe(assessor.body.gap.status);
    });

    it('is 404 for other organizations and unknown requirements, 400 for a malformed id, 403 for a key without evidence:read', async () => {
      const path = `/v1/workspaces/${cast.ws.id}/requirements/${requirementId}`;
      expectProblem(await http.get(path, cast.outsider.owner.as), 404);
      expectProblem(await http.get(path, outsiderKey), 404);
      expectProblem(await http.get(path, otherAssessor.owner.as), 404);
      const unknown = expectProblem(await http.get(`/v1/workspaces/${cast.ws.id}/requirements/${crypto.randomUUID()}`, cast.maker.owner.as), 404);
      expect(unknown.code).toBe('reviews.requirement_not_found');
      const bad = expectProblem(await http.get(`/v1/workspaces/${cast.ws.id}/requirements/not-a-uuid`, cast.maker.owner.as), 400);
      expect(JSON.stringify(bad)).toContain('requirementId');
      const key = (await cast.factories.newApiKey(cast.maker, ['workspaces:read'])).as;
      expectProblem(await http.get(path, key), 403);
    });

    it('costs the same number of statements however much evidence is linked', async () => {
      const send = () => http.get(`/v1/workspaces/${cast.ws.id}/requirements/${requirementId}`, cast.maker.owner.as);
      const before = await statementsOf(send);
      await workspaceWithEvidence(cast, [{ title: 'Coolant test' }, { title: 'Noise test' }, { title: 'Safety test' }]);
      const after = await statementsOf(send);
      const res = await http.get<RequirementViewBody>(`/v1/workspaces/${cast.ws.id}/requirements/${requirementId}`, cast.maker.owner.as);
      expect(res.body.evidence).toHaveLength(5);
      expect(after).toBe(before);
      expect(after).toBeLessThanOrEqual(8);
    });
  });

  describe('GET /v1/workspaces/{id}/evidence (current version inline, requirementId filter)', () => {
    it('carries each item’s current version and keeps only the requirement’s evidence when asked', async () => {
      const all = await http.get<Page<{ id: string; title: string; currentVersionId: string | null; currentVersion: VersionBody | null }>>(
        `/v1/workspaces/${cast.ws.id}/evidence?limit=200`,
        cast.maker.owner.as,
      );
      expect(all.status).toBe(200);
      for (const e of all.body.data) {
        expect(e.currentVersion?.id).toBe(e.currentVersionId);
        expect(e.currentVersion).toMatchObject({ number: 1, sha256: expect.stringMatching(/^[0-9a-f]{64}$/), size: 256 });
      }
      const linked = await http.get<Page<{ id: string; currentVersion: VersionBody | null }>>(
        `/v1/workspaces/${cast.ws.id}/evidence?requirementId=${requirementId}&limit=200`,
        cast.maker.owner.as,
      );
      expect(linked.status).toBe(200);
      const view = await http.get<RequirementViewBody>(`/v1/workspaces/${cast.ws.id}/requirements/${requirementId}`, cast.maker.owner.as);
      expect(linked.body.data.map((e) => e.id).sort()).toEqual(view.body.evidence.map((e) => e.evidence.id).sort());
      const none = await http.get<Page<unknown>>(`/v1/workspaces/${cast.ws.id}/evidence?requirementId=${crypto.randomUUID()}`, cast.maker.owner.as);
      expect(none.status).toBe(200);
      expect(none.body.data).toEqual([]);
    });

    it('names a malformed requirementId, and is 404 to other organizations', async () => {
      const bad = expectProblem(await http.get(`/v1/workspaces/${cast.ws.id}/evidence?requirementId=nope`, cast.maker.owner.as), 400);
      expect(bad.errors?.map((e) => e.field)).toContain('requirementId');
      expectProblem(await http.get(`/v1/workspaces/${cast.ws.id}/evidence?requirementId=${requirementId}`, cast.outsider.owner.as), 404);
      expectProblem(await http.get(`/v1/workspaces/${cast.ws.id}/evidence?requirementId=${requirementId}`, outsiderKey), 404);
    });

    it('costs the same number of statements for a page of 1 or of every item', async () => {
      const one = await statementsOf(() => http.get(`/v1/workspaces/${cast.ws.id}/evidence?limit=1`, cast.maker.owner.as));
      const many = await statementsOf(() => http.get(`/v1/workspaces/${cast.ws.id}/evidence?limit=200`, cast.maker.owner.as));
      expect(many).toBe(one);
    });
  });

  describe('Bids name what they show', () => {
    interface BidBody {
      id: string;
      offeringId: string;
      offeringName: string | null;
      compliance: {
        requirements: {
          frameworkId: string;
          frameworkCode: string;
          frameworkTitle?: string | null;
          attestation: { id: string; status: string; statusReason?: string | null } | null;
        }[];
      };
    }

    it('gives the offering’s name, each framework’s title and a suspended attestation’s reason to the procurer and the supplier', async () => {
      const assessor = await cast.factories.newVerifiedAssessor();
      const { maker, ws, attestation } = await attestedSupplier(http, assessor, { frameworkCodes: ['attesta-dser'], targetMarkets: ['TH', 'VN'] });
      const dser = (await builtInFrameworks(http, maker.owner.as))['attesta-dser']!;
      const framework = await http.get<{ title: string }>(`/v1/frameworks/${dser}`, maker.owner.as);
      const offering = await http.get<{ name: string }>(`/v1/offerings/${ws.offeringId}`, maker.owner.as);
      const tenderId = await openTender(http, cast.procurer.owner.as, dser);
      const placed = await placedBid<BidBody>(http, tenderId, maker, { offeringId: ws.offeringId, attestationIds: [attestation.id] });
      expect(placed.offeringName).toBe(offering.body.name);

      // The procurer cannot read the offering itself, yet the bid names it.
      expectProblem(await http.get(`/v1/offerings/${ws.offeringId}`, cast.procurer.owner.as), 404);
      const read = await http.get<BidBody>(`/v1/bids/${placed.id}`, cast.procurer.owner.as);
      expect(read.status, JSON.stringify(read.body)).toBe(200);
      expect(read.body.offeringName).toBe(offering.body.name);
      expect(read.body.compliance.requirements[0]).toMatchObject({ frameworkId: dser, frameworkTitle: framework.body.title });
      expect(read.body.compliance.requirements[0]!.attestation).toMatchObject({ id: attestation.id, status: 'active', statusReason: null });

      const reason = 'Surveillance audit: the availability target is no longer measured.';
      const suspended = await http.post(`/v1/workspaces/${ws.id}/attestations/${attestation.id}/suspend`, { reason }, assessor.owner.as);
      expect(suspended.status, JSON.stringify(suspended.body)).toBe(200);
      for (const as of [cast.procurer.owner.as, maker.owner.as]) {
        const after = await http.get<BidBody>(`/v1/bids/${placed.id}`, as);
        expect(after.status).toBe(200);
        expect(after.body.compliance.requirements[0]!.attestation).toMatchObject({ id: attestation.id, status: 'suspended', statusReason: reason });
      }
      const list = await http.get<Page<BidBody>>(`/v1/tenders/${tenderId}/bids`, cast.procurer.owner.as);
      expect(list.status).toBe(200);
      expect(list.body.data[0]).toMatchObject({ id: placed.id, offeringName: offering.body.name });
      expect(list.body.data[0]!.compliance.requirements[0]!.attestation?.statusReason).toBe(reason);

      // Other organizations learn nothing, names included.
      expectProblem(await http.get(`/v1/bids/${placed.id}`, cast.outsider.owner.as), 404);
      expectProblem(await http.get(`/v1/bids/${placed.id}`, otherAssessor.owner.as), 404);
      const otherList = await http.get<Page<BidBody>>(`/v1/tenders/${tenderId}/bids`, cast.outsider.owner.as);
      expect([200, 404]).toContain(otherList.status);
      if (otherList.status === 200) expect(otherList.body.data).toEqual([]);
    }, 120_000);
  });
});
