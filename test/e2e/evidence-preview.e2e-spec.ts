import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, client, expectProblem, type Client, type Credentials } from '../setup/http.js';
import { streamUpload } from '../setup/multipart.js';
import { assessmentCast, submitted, type AssessmentCast } from '../setup/scenario.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

/** A valid 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const TEXT_LIMIT = 256 * 1024;

interface Sample {
  filename: string;
  contentType: string;
  head: Buffer;
  size: number;
}

const SAMPLES: Record<string, Sample> = {
  pdf: { filename: 'run-in report.pdf', contentType: 'application/pdf', head: Buffer.from('%PDF-1.4\n'), size: 4096 },
  png: { filename: 'spindle.png', contentType: 'image/png', head: PNG, size: PNG.length },
  text: { filename: 'log.txt', contentType: 'text/plain', head: Buffer.from('Spindle run-in log\n'), size: 2048 },
  markdown: { filename: 'protocol.md', contentType: 'text/markdown', head: Buffer.from('# Failure response\n\n<script>alert(1)</script>\n'), size: 1024 },
  // Larger than a text preview: only its first 256 KiB are sent.
  csv: { filename: 'deviations.csv', contentType: 'text/csv', head: Buffer.from('date,axis,deviation_um\n2026-01-12,X,2.1\n'), size: TEXT_LIMIT + 40_000 },
  // Legacy Word (Compound File Binary): accepted evidence, never previewed.
  word: { filename: 'manual.doc', contentType: 'application/msword', head: Buffer.from('d0cf11e0a1b11ae1', 'hex'), size: 4096 },
};

describe('Evidence preview (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let cast: AssessmentCast;
  let number: number;
  let assessorKey: Credentials;
  let outsiderKey: Credentials;
  const versions: Record<string, string> = {};
  const requirements: string[] = [];
  const base = () => `/v1/workspaces/${cast.ws.id}/submissions/${number}`;
  const preview = (kind: string) => `${base()}/evidence/${versions[kind]}/preview`;

  beforeAll(async () => {
    t = await createTestApp();
    http = client(t.baseUrl);
    cast = await assessmentCast(http);
    const ws = `/v1/workspaces/${cast.ws.id}`;
    const rows = await http.get<{ data: { requirementId: string }[] }>(`${ws}/applicability?limit=3`, cast.maker.owner.as);
    requirements.push(...rows.body.data.map((r) => r.requirementId));
    let i = 0;
    for (const [kind, sample] of Object.entries(SAMPLES)) {
      const e = await http.post<{ id: string }>(
        `${ws}/evidence`,
        { type: 'test_report', title: `Sample ${kind}`, confidentiality: 'internal', effectiveDate: '2026-01-01', componentId: cast.ws.hardwareComponentId },
        cast.maker.owner.as,
      );
      expect(e.status, JSON.stringify(e.body)).toBe(201);
      const up = await streamUpload(`${t.baseUrl}${ws}/evidence/${e.body.id}/versions`, authHeaders(cast.maker.owner.as), sample);
      expect(up.status, JSON.stringify(up.body)).toBe(201);
      versions[kind] = String(up.body.id);
      const linked = await http.post(`${ws}/evidence/${e.body.id}/links`, { requirementId: requirements[i++ % 2]! }, cast.maker.owner.as);
      expect(linked.status, JSON.stringify(linked.body)).toBe(201);
    }
    ({ number } = await submitted(cast));
    assessorKey = (await cast.factories.newApiKey(cast.assessor, ['reviews:read'])).as;
    outsiderKey = (await cast.factories.newApiKey(cast.outsider, ['reviews:read', 'evidence:read', 'workspaces:read'])).as;
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  function expectPreviewHeaders(res: { headers: Headers }, contentType: string, sandboxed: boolean) {
    expect(res.headers.get('content-type')).toBe(contentType);
    expect(res.headers.get('content-disposition')).toMatch(/^inline; filename=/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
    if (sandboxed) expect(csp.split(';').map((d) => d.trim())).toContain('sandbox');
    else expect(csp).not.toContain('sandbox');
  }

  it('shows a PDF inline, unsandboxed for the browser’s viewer but with nothing else allowed', async () => {
    const res = await http.get<string>(preview('pdf'), cast.assessor.owner.as);
    expect(res.status).toBe(200);
    expectPreviewHeaders(res, 'application/pdf', false);
    expect(res.headers.get('content-security-policy')).toContain("object-src 'self'");
    expect(res.headers.get('content-disposition')).toContain('run-in report.pdf');
    expect(res.headers.get('x-preview-kind')).toBe('pdf');
    expect(res.body.startsWith('%PDF-1.4')).toBe(true);
    expect(Number(res.headers.get('content-length'))).toBe(SAMPLES.pdf!.size);
  });

  it('shows an image whole and sandboxed', async () => {
    const res = await fetch(`${t.baseUrl}${preview('png')}`, { headers: authHeaders(cast.assessor.owner.as) });
    expect(res.status).toBe(200);
    expectPreviewHeaders(res, 'image/png', true);
    expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('shows text and Markdown as UTF-8 text, sandboxed, the bytes as stored (the portal escapes them)', async () => {
    const text = await http.get<string>(preview('text'), cast.assessor.owner.as);
    expect(text.status).toBe(200);
    expectPreviewHeaders(text, 'text/plain; charset=utf-8', true);
    expect(text.headers.get('x-preview-truncated')).toBe('false');
    expect(text.body.startsWith('Spindle run-in log\n')).toBe(true);
    expect(text.body).toHaveLength(SAMPLES.text!.size);

    const md = await http.get<string>(preview('markdown'), cast.assessor.owner.as);
    expect(md.status).toBe(200);
    expectPreviewHeaders(md, 'text/markdown; charset=utf-8', true);
    expect(md.headers.get('x-preview-kind')).toBe('markdown');
    expect(md.body).toContain('<script>alert(1)</script>');
  });

  it('sends only the first 256 KiB of a long CSV and says so', async () => {
    const res = await http.get<string>(preview('csv'), cast.assessor.owner.as);
    expect(res.status).toBe(200);
    expectPreviewHeaders(res, 'text/csv; charset=utf-8', true);
    expect(res.headers.get('x-preview-truncated')).toBe('true');
    expect(Number(res.headers.get('content-length'))).toBe(TEXT_LIMIT);
    expect(Buffer.byteLength(res.body)).toBe(TEXT_LIMIT);
    expect(res.body.startsWith('date,axis,deviation_um\n')).toBe(true);
  });

  it('refuses types outside the allow-list with 415 (download instead)', async () => {
    const problem = expectProblem(await http.get(preview('word'), cast.assessor.owner.as), 415);
    expect(problem.code).toBe('reviews.preview_unavailable');
    expect(problem.reason).toBe('media_type');
    const link = expectProblem(await http.get(`${preview('word')}-link`, cast.assessor.owner.as), 415);
    expect(link.code).toBe('reviews.preview_unavailable');
  });

  it('serves the workspace’s parties as the download does, an assessor’s API key too', async () => {
    expect((await http.get(preview('text'), cast.maker.owner.as)).status).toBe(200);
    const byKey = await http.get<string>(preview('text'), assessorKey);
    expect(byKey.status).toBe(200);
    expect(byKey.headers.get('content-disposition')).toMatch(/^inline/);
  });

  it('a preview link opens without credentials, for that version only, and an altered one is 404', async () => {
    const link = await http.get<{ url: string; expiresAt: string; kind: string; mediaType: string; truncated: boolean; size: number }>(
      `${preview('pdf')}-link`,
      cast.assessor.owner.as,
    );
    expect(link.status, JSON.stringify(link.body)).toBe(200);
    expect(link.body).toMatchObject({ kind: 'pdf', mediaType: 'application/pdf', truncated: false, size: SAMPLES.pdf!.size });
    expect(link.body.url).toMatch(/^\/v1\/evidence-preview\?ticket=[\w-]+\.[\w-]+\.[\w-]+$/);
    const expiresIn = Date.parse(link.body.expiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(60_000);
    expect(expiresIn).toBeLessThanOrEqual(121_000);

    const opened = await http.get<string>(link.body.url);
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);
    expectPreviewHeaders(opened, 'application/pdf', false);
    expect(opened.body.startsWith('%PDF-1.4')).toBe(true);

    const csvLink = await http.get<{ url: string; truncated: boolean }>(`${preview('csv')}-link`, cast.assessor.owner.as);
    expect(csvLink.body.truncated).toBe(true);
    expect((await http.get(csvLink.body.url)).headers.get('x-preview-truncated')).toBe('true');

    const [header, payload, signature] = link.body.url.split('ticket=').pop()!.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, versionId: versions.text })).toString('base64url');
    expect(expectProblem(await http.get(`/v1/evidence-preview?ticket=${header}.${forged}.${signature}`), 404).code).toBe('reviews.preview_link_invalid');
    expectProblem(await http.get('/v1/evidence-preview?ticket=not-a-ticket'), 404);
    expectProblem(await http.get('/v1/evidence-preview'), 404);
  });

  it('a link an API key asked for dies with the key: revoked, it opens nothing', async () => {
    const key = await cast.factories.newApiKey(cast.assessor, ['reviews:read']);
    const link = await http.get<{ url: string }>(`${preview('text')}-link`, key.as);
    expect(link.status, JSON.stringify(link.body)).toBe(200);
    expect((await http.get(link.body.url)).status).toBe(200);
    expect((await http.del(`/v1/organization/api-keys/${key.id}`, cast.assessor.owner.as)).status).toBe(200);
    expect(expectProblem(await http.get(link.body.url), 404).code).toBe('reviews.preview_link_invalid');
    // A link a user asked for still opens (the membership is taken on trust for its two minutes).
    expect((await http.get((await http.get<{ url: string }>(`${preview('text')}-link`, cast.assessor.owner.as)).body.url)).status).toBe(200);
  });

  it('another organization’s user and API key get 404 for the preview and the link; an outsider’s own link is never issued', async () => {
    for (const as of [cast.outsider.owner.as, outsiderKey]) {
      expectProblem(await http.get(preview('pdf'), as), 404);
      expectProblem(await http.get(`${preview('pdf')}-link`, as), 404);
      expectProblem(await http.get(`${base()}/entries?judged=false`, as), 404);
    }
    // A version of this workspace that the submission did not freeze is not previewed through it either.
    expectProblem(await http.get(`${base()}/evidence/${cast.ws.hardwareComponentId}/preview`, cast.assessor.owner.as), 404);
  });

  it('entries filter by judged: false leaves out what has a verdict, in leaf order; bad values are 400 naming the field', async () => {
    const all = await http.get<{ data: { position: number; entry: { requirementId: string } }[] }>(`${base()}/entries?limit=200`, cast.assessor.owner.as);
    expect(all.status).toBe(200);
    const judged = requirements[0]!;
    const put = await http.put(`${base()}/verdicts/${judged}`, { outcome: 'satisfied', comment: 'Checked on the frozen evidence.' }, cast.assessor.owner.as);
    expect(put.status, JSON.stringify(put.body)).toBe(200);

    const open = await http.get<{ data: { position: number; entry: { requirementId: string } }[] }>(
      `${base()}/entries?limit=200&judged=false`,
      cast.assessor.owner.as,
    );
    expect(open.status).toBe(200);
    expect(open.body.data.map((e) => e.entry.requirementId)).toEqual(all.body.data.map((e) => e.entry.requirementId).filter((id) => id !== judged));
    const positions = open.body.data.map((e) => e.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));

    const done = await http.get<{ data: { entry: { requirementId: string } }[] }>(`${base()}/entries?judged=true`, assessorKey);
    expect(done.body.data.map((e) => e.entry.requirementId)).toEqual([judged]);

    // Keyset pages of the filtered list: one at a time, nothing repeated or skipped.
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { data: { entry: { requirementId: string } }[]; nextCursor: string | null } } = await http.get(
        `${base()}/entries?limit=1&judged=false${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        cast.assessor.owner.as,
      );
      paged.push(...page.body.data.map((e) => e.entry.requirementId));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(paged).toEqual(open.body.data.map((e) => e.entry.requirementId));

    const bad = expectProblem(await http.get(`${base()}/entries?judged=maybe`, cast.assessor.owner.as), 400);
    expect(bad.errors?.map((e) => e.field)).toContain('judged');
  });
});
