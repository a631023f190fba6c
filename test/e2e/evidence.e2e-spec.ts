import { createHash } from 'node:crypto';
import { readdirSync, existsSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestOrg } from '../setup/factories.js';
import { authHeaders, client, expectProblem, type Client } from '../setup/http.js';
import { streamUpload } from '../setup/multipart.js';
import { sqlOf } from '../setup/database.js';
import { assessmentCast } from '../setup/scenario.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import type { TestWorkspace } from '../setup/workspace-factories.js';
import { within } from '../setup/within.js';

const PDF_HEAD = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

describe('Evidence (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let maker: TestOrg;
  let vendor: TestOrg;
  let procurer: TestOrg;
  let outsider: TestOrg;
  let ws: TestWorkspace;
  let sql: ReturnType<typeof sqlOf>;
  const base = () => `/v1/workspaces/${ws.id}`;

  beforeAll(async () => {
    t = await createTestApp({ env: { API_RUN_PROCESSORS: 'true', EVIDENCE_MAX_BYTES: String(300 * 1024 * 1024) } });
    sql = sqlOf(t);
    http = client(t.baseUrl);
    // No assessor takes part: the vendor contributes, the procurer observes.
    ({ maker, vendor, procurer, outsider, ws } = await assessmentCast(http, { join: ['vendor', 'procurer'] }));
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  async function newEvidence(org: TestOrg, body: Record<string, unknown> = {}) {
    const res = await http.post<{ id: string; version: number }>(
      `${base()}/evidence`,
      { type: 'sla_definition', title: 'SaaS SLA', confidentiality: 'confidential', effectiveDate: '2026-01-01', componentId: ws.saasComponentId, ...body },
      org.owner.as,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }
  const upload = (org: TestOrg, evidenceId: string, file: Parameters<typeof streamUpload>[2], opts?: Parameters<typeof streamUpload>[3]) =>
    streamUpload(`${t.baseUrl}${base()}/evidence/${evidenceId}/versions`, authHeaders(org.owner.as), file, opts);
  const gap = async (org: TestOrg) =>
    (
      await http.get<{
        frameworks: { frameworkId: string; covered: number; inherited: number; gaps: number; coveredPercent: number }[];
        rows: { requirementId: string; status: string }[];
      }>(`${base()}/gap-analysis`, org.owner.as)
    ).body;

  it('vendor uploads a 200 MB file and a 1 KB file, links them, and coverage rises', async () => {
    const before = await gap(vendor);
    const covered0 = before.frameworks.reduce((n, f) => n + f.covered, 0);
    const big = await newEvidence(vendor, { type: 'validation_report', title: 'Model validation report' });
    const small = await newEvidence(vendor, { type: 'sla_definition', title: 'SLA v3' });

    const bigUp = await upload(vendor, big.id, { filename: 'validation.pdf', contentType: 'application/pdf', size: 200 * 1024 * 1024, head: PDF_HEAD });
    expect(bigUp.status, JSON.stringify(bigUp.body)).toBe(201);
    expect(bigUp.body).toMatchObject({ number: 1, size: 200 * 1024 * 1024, sha256: bigUp.sha256, mediaType: 'application/pdf' });
    const smallUp = await upload(vendor, small.id, { filename: '../../SLA<v3>.txt', contentType: 'text/plain', size: 1024, fields: { sha256: '' } });
    expect(smallUp.status, JSON.stringify(smallUp.body)).toBe(201);
    expect(smallUp.body.filename).toBe('SLA_v3_.txt');

    const rows = before.rows.filter((r) => r.status === 'gap').slice(0, 2);
    for (const [e, r] of [
      [big, rows[0]!],
      [small, rows[1]!],
    ] as const) {
      const link = await http.post(`${base()}/evidence/${e.id}/links`, { requirementId: r.requirementId, note: 'covers it' }, vendor.owner.as);
      expect(link.status, JSON.stringify(link.body)).toBe(201);
    }
    const after = await gap(vendor);
    expect(after.frameworks.reduce((n, f) => n + f.covered, 0)).toBe(covered0 + 2);
    expect(after.rows.find((r) => r.requirementId === rows[0]!.requirementId)!.status).toBe('covered');

    // Download: whole file, a range, and the ETag is the SHA-256.
    const whole = await fetch(`${t.baseUrl}${base()}/evidence/${small.id}/versions/${smallUp.body.id}/content`, { headers: authHeaders(vendor.owner.as) });
    expect(whole.status).toBe(200);
    expect(whole.headers.get('etag')).toBe(`"${smallUp.sha256}"`);
    expect(whole.headers.get('content-disposition')).toMatch(/^attachment; filename="?SLA_v3_.txt"?$/);
    expect((await whole.arrayBuffer()).byteLength).toBe(1024);
    const part = await fetch(`${t.baseUrl}${base()}/evidence/${big.id}/versions/${bigUp.body.id}/content`, {
      headers: { ...authHeaders(maker.owner.as), range: 'bytes=0-7' },
    });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 0-7/${200 * 1024 * 1024}`);
    expect(Buffer.from(await part.arrayBuffer()).toString('latin1')).toBe('%PDF-1.7');
    const notModified = await fetch(`${t.baseUrl}${base()}/evidence/${small.id}/versions/${smallUp.body.id}/content`, {
      headers: { ...authHeaders(vendor.owner.as), 'if-none-match': `"${smallUp.sha256}"` },
    });
    expect(notModified.status).toBe(304);

    // The observer sees the outcome but never the file.
    expect((await http.get(`${base()}/gap-analysis`, procurer.owner.as)).status).toBe(200);
    expectProblem(await http.get(`${base()}/evidence/${small.id}/versions/${smallUp.body.id}/content`, procurer.owner.as), 404);
    expectProblem(await http.get(`${base()}/evidence/${small.id}`, procurer.owner.as), 404);

    // The worker re-reads and re-hashes each stored version.
    for (let i = 0; i < 100; i++) {
      const checks = await sql<{ ok: boolean }>(`SELECT ok FROM evidence_integrity_checks WHERE version_id = $1`, [bigUp.body.id]);
      if (checks.length) {
        expect(checks[0]!.ok).toBe(true);
        break;
      }
      if (i === 99) expect.unreachable('no integrity check was recorded');
      await new Promise((r) => setTimeout(r, 200));
    }
  }, 120_000);

  /**
   * An upload over a raw socket with `Expect: 100-continue`, as curl sends large ones: the headers,
   * then the body only once the API answers `100 Continue`. Whether the body was asked for, and the
   * final answer.
   */
  async function uploadExpectingContinue(org: TestOrg | null, evidenceId: string, content: string) {
    const boundary = 'attesta-continue';
    const body = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="sla.txt"\r\nContent-Type: text/plain\r\n\r\n${content}\r\n--${boundary}--\r\n`,
    );
    const socket = connect(Number(new URL(t.baseUrl).port), '127.0.0.1');
    socket.on('error', () => undefined);
    let text = '';
    let continued = false;
    const answered = new Promise<{ status: number; body: Record<string, unknown> } | undefined>((resolve) => {
      socket.on('close', () => resolve(undefined));
      socket.on('data', (d: Buffer) => {
        text += d.toString('latin1');
        if (!continued && text.startsWith('HTTP/1.1 100 Continue\r\n\r\n')) {
          continued = true;
          socket.write(body);
        }
        const final = text.replace(/^HTTP\/1\.1 100 Continue\r\n\r\n/, '');
        const head = /^HTTP\/1\.1 (\d{3})[^]*?\r\ncontent-length: (\d+)[^]*?\r\n\r\n/i.exec(final);
        if (head && Buffer.byteLength(final.slice(head[0].length), 'latin1') >= Number(head[2])) {
          resolve({ status: Number(head[1]), body: JSON.parse(final.slice(head[0].length)) as Record<string, unknown> });
        }
      });
    });
    const credentials = org ? Object.entries(authHeaders(org.owner.as)).map(([k, v]) => `${k}: ${v}\r\n`) : [];
    socket.write(
      `POST ${base()}/evidence/${evidenceId}/versions HTTP/1.1\r\nHost: 127.0.0.1\r\n${credentials.join('')}` +
        `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${body.length}\r\nExpect: 100-continue\r\n\r\n`,
    );
    const answer = await within(answered, 10_000);
    socket.destroy();
    return { continued, answer };
  }

  it('asks a client that expects 100-continue for the file only once the upload is allowed', async () => {
    const e = await newEvidence(vendor, { type: 'sla_definition', title: 'SLA sent after 100 Continue' });
    const content = 'Availability 99.9 % monthly; P1 answered within 30 minutes.';
    const allowed = await uploadExpectingContinue(vendor, e.id, content);
    expect(allowed.continued).toBe(true);
    expect(allowed.answer?.status, JSON.stringify(allowed.answer?.body)).toBe(201);
    expect(allowed.answer?.body).toMatchObject({ size: content.length, sha256: createHash('sha256').update(content).digest('hex') });

    // Refused from what the headers say: answered without the body ever being asked for.
    const foreign = await uploadExpectingContinue(outsider, e.id, 'not theirs');
    expect(foreign).toMatchObject({ continued: false, answer: { status: 404 } });
    const anonymous = await uploadExpectingContinue(null, e.id, 'no credentials');
    expect(anonymous).toMatchObject({ continued: false, answer: { status: 401 } });
    const item = await http.get<{ versions: unknown[] }>(`${base()}/evidence/${e.id}`, vendor.owner.as);
    expect(item.body.versions).toHaveLength(1);
  });

  it('keeps a foreign organization out of every evidence endpoint (404)', async () => {
    const e = await newEvidence(maker, { componentId: ws.hardwareComponentId });
    const up = await upload(maker, e.id, { filename: 'a.txt', contentType: 'text/plain', size: 10 });
    const as = outsider.owner.as;
    const results = await Promise.all([
      http.get(`${base()}/evidence`, as),
      http.post(`${base()}/evidence`, { type: 'other', title: 'x', confidentiality: 'internal', effectiveDate: '2026-01-01' }, as),
      http.get(`${base()}/evidence/${e.id}`, as),
      http.call('PATCH', `${base()}/evidence/${e.id}`, { body: { title: 'x' }, as, headers: { 'if-match': '"1"' } }),
      http.get(`${base()}/evidence/${e.id}/versions/${up.body.id}/content`, as),
      http.post(`${base()}/evidence/${e.id}/links`, { requirementId: e.id }, as),
      http.get(`${base()}/gap-analysis`, as),
    ]);
    for (const res of results) expectProblem(res, 404);
    const foreignUpload = await upload(outsider, e.id, { filename: 'x.txt', contentType: 'text/plain', size: 10 });
    expect(foreignUpload.status).toBe(404);
  });

  it('scopes contributors to their components', async () => {
    const denied = expectProblem(
      await http.post(
        `${base()}/evidence`,
        { type: 'other', title: 'x', confidentiality: 'internal', effectiveDate: '2026-01-01', componentId: ws.hardwareComponentId },
        vendor.owner.as,
      ),
      403,
    );
    expect(denied.errors?.[0]?.field).toBe('componentId');
    const makers = await newEvidence(maker, { componentId: ws.hardwareComponentId, title: 'Hardware test report', type: 'test_report' });
    expectProblem(await http.get(`${base()}/evidence/${makers.id}`, vendor.owner.as), 404);
    const vendorList = await http.get<{ data: { componentId: string }[] }>(`${base()}/evidence?limit=200`, vendor.owner.as);
    expect(vendorList.body.data.every((e) => e.componentId === ws.saasComponentId)).toBe(true);
  });

  it('refuses a wrong checksum, a lying media type and an oversize file, keeping nothing', async () => {
    const e = await newEvidence(vendor);
    const objects = join(t.config.DATA_DIR, 'objects');
    const filesBefore = filesUnder(objects).length;
    const versionsBefore = (await sql(`SELECT id FROM evidence_versions`)).length;

    const mismatch = await upload(vendor, e.id, { filename: 's.txt', contentType: 'text/plain', size: 2048, fields: { sha256: 'a'.repeat(64) } });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.code).toBe('evidence.checksum_mismatch');
    const lying = await upload(vendor, e.id, { filename: 'x.pdf', contentType: 'application/pdf', size: 4096 });
    expect(lying.status).toBe(422);
    expect(lying.body.code).toBe('evidence.media_type_mismatch');
    const exe = await upload(vendor, e.id, {
      filename: 'x.exe',
      contentType: 'application/x-msdownload',
      size: 100,
      head: Buffer.from('MZ\x90\x00', 'latin1'),
    });
    expect(exe.status).toBe(415);
    const tooBig = await upload(vendor, e.id, { filename: 'huge.pdf', contentType: 'application/pdf', size: 301 * 1024 * 1024, head: PDF_HEAD });
    expect(tooBig.status).toBe(413);

    expect((await sql(`SELECT id FROM evidence_versions`)).length).toBe(versionsBefore);
    expect(filesUnder(objects).length).toBe(filesBefore);
  }, 60_000);

  it('leaves no row and no file behind when an upload is interrupted', async () => {
    const e = await newEvidence(vendor);
    const objects = join(t.config.DATA_DIR, 'objects');
    const filesBefore = filesUnder(objects).length;
    const res = await upload(
      vendor,
      e.id,
      { filename: 'cut.pdf', contentType: 'application/pdf', size: 50 * 1024 * 1024, head: PDF_HEAD },
      { abortAfter: 8 * 1024 * 1024 },
    );
    expect(res.status).toBe(0);
    // The server notices the disconnect and cleans up.
    for (let i = 0; i < 50 && filesUnder(objects).length !== filesBefore; i++) await new Promise((r) => setTimeout(r, 100));
    expect(filesUnder(objects).length).toBe(filesBefore);
    expect(await sql(`SELECT id FROM evidence_versions WHERE evidence_id = $1`, [e.id])).toEqual([]);
  });

  /** A multipart body with the parts in the order given (the file's bytes as they are). */
  function multipart(parts: { name: string; filename?: string; type?: string; data: Buffer | string }[]) {
    const boundary = 'attesta-parts';
    const chunks = parts.flatMap((p) => [
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ''}\r\n` +
          `${p.type ? `Content-Type: ${p.type}\r\n` : ''}\r\n`,
      ),
      Buffer.isBuffer(p.data) ? p.data : Buffer.from(p.data),
      Buffer.from('\r\n'),
    ]);
    return { body: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]), type: `multipart/form-data; boundary=${boundary}` };
  }
  async function postParts(org: TestOrg, evidenceId: string, parts: Parameters<typeof multipart>[0], headers: Record<string, string> = {}) {
    const { body, type } = multipart(parts);
    const res = await fetch(`${t.baseUrl}${base()}/evidence/${evidenceId}/versions`, {
      method: 'POST',
      headers: { ...authHeaders(org.owner.as), 'content-type': type, ...headers },
      body,
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  it('checks every SHA-256 the client states, before or after the file, in a field or the header', async () => {
    const e = await newEvidence(vendor);
    const objects = join(t.config.DATA_DIR, 'objects');
    const filesBefore = filesUnder(objects).length;
    // Large enough that the parser hands over the file before it reaches a field after it.
    const file = Buffer.alloc(3 * 1024 * 1024, 'Availability 99.9 % monthly\n');
    const sha = createHash('sha256').update(file).digest('hex');
    const part = { name: 'file', filename: 'sla.txt', type: 'text/plain', data: file };

    const after = await postParts(vendor, e.id, [part, { name: 'sha256', data: 'b'.repeat(64) }]);
    expect(after.status, JSON.stringify(after.body)).toBe(422);
    expect(after.body.code).toBe('evidence.checksum_mismatch');
    // Stated twice, once right: the wrong one is not passed over.
    const twice = await postParts(vendor, e.id, [{ name: 'sha256', data: sha }, { name: 'sha256', data: 'c'.repeat(64) }, part]);
    expect(twice.body.code).toBe('evidence.checksum_mismatch');
    // The header and a field that disagree: one of them is wrong.
    const disagree = await postParts(vendor, e.id, [part, { name: 'sha256', data: 'd'.repeat(64) }], { 'x-content-sha256': sha });
    expect(disagree.body.code).toBe('evidence.checksum_mismatch');
    const malformed = await postParts(vendor, e.id, [part, { name: 'sha256', data: 'not-a-hash' }]);
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('evidence.invalid_checksum');
    expect(await sql(`SELECT id FROM evidence_versions WHERE evidence_id = $1`, [e.id])).toEqual([]);
    expect(filesUnder(objects).length).toBe(filesBefore);

    const right = await postParts(vendor, e.id, [part, { name: 'sha256', data: sha.toUpperCase() }], { 'x-content-sha256': sha });
    expect(right.status, JSON.stringify(right.body)).toBe(201);
    expect(right.body).toMatchObject({ number: 1, sha256: sha, size: file.length });
  });

  it('accepts XML with its declaration: file-type names it application/xml, which is no binary signature', async () => {
    const e = await newEvidence(vendor, { type: 'api_documentation', title: 'Service API schema' });
    const xml = '<?xml version="1.0" encoding="UTF-8"?>\n<api version="4.2"><endpoint path="/v1/alerts"/></api>\n';
    const up = await postParts(vendor, e.id, [{ name: 'file', filename: 'api.xml', type: 'application/xml', data: xml }]);
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    expect(up.body).toMatchObject({ mediaType: 'application/xml', size: Buffer.byteLength(xml) });
  });

  it('keeps invisible formatting that disguises a name out of the file name', async () => {
    const e = await newEvidence(vendor, { type: 'test_report', title: 'Load test report' });
    const up = await postParts(vendor, e.id, [{ name: 'file', filename: 'report\u202Etxt.exe', type: 'text/plain', data: 'p95 120 ms' }]);
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    // The right-to-left override showed the name as "reportexe.txt".
    expect(up.body.filename).toBe('report_txt.exe');
  });

  it('stops a download whose stored bytes are no longer the ones hashed on upload', async () => {
    const e = await newEvidence(maker, { componentId: ws.hardwareComponentId, title: 'Calibration log' });
    const up = await upload(maker, e.id, { filename: 'calibration.txt', contentType: 'text/plain', size: 3 * 1024 * 1024 });
    expect(up.status).toBe(201);
    const url = `${t.baseUrl}${base()}/evidence/${e.id}/versions/${String(up.body.id)}/content`;
    expect(
      createHash('sha256')
        .update(Buffer.from(await (await fetch(url, { headers: authHeaders(maker.owner.as) })).arrayBuffer()))
        .digest('hex'),
    ).toBe(up.sha256);
    // The object is changed in the store, same size: the download is cut short, never complete under the recorded hash.
    writeFileSync(join(t.config.DATA_DIR, 'objects', 'evidence', ws.id, String(up.body.id)), Buffer.alloc(3 * 1024 * 1024, 'forged line\n'));
    const res = await fetch(url, { headers: authHeaders(maker.owner.as) });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(`"${up.sha256}"`);
    await expect(res.arrayBuffer()).rejects.toThrow();
    // A range cannot be checked alone and is served as stored.
    const range = await fetch(url, { headers: { ...authHeaders(maker.owner.as), range: 'bytes=0-5' } });
    expect(range.status).toBe(206);
    expect(Buffer.from(await range.arrayBuffer()).toString()).toBe('forged');
  });

  it('links evidence to controls only: a group heading is judged by nothing', async () => {
    const [group] = await sql<{ id: string }>(`SELECT id FROM requirements WHERE framework_id = ANY ($1::uuid[]) AND kind = 'group' LIMIT 1`, [
      ws.frameworkIds,
    ]);
    expect(group, 'the built-in frameworks group their controls').toBeDefined();
    const e = await newEvidence(maker, { componentId: ws.hardwareComponentId, title: 'Operations manual', type: 'policy' });
    const refused = expectProblem(await http.post(`${base()}/evidence/${e.id}/links`, { requirementId: group!.id }, maker.owner.as), 400);
    expect(refused.errors?.[0]).toMatchObject({ field: 'requirementId', message: 'is a group, not a control' });
  });

  it('lets a contributor link its evidence only to requirements the statement of applicability leaves to its component', async () => {
    const mine = await newEvidence(vendor, { title: 'SaaS incident runbook', type: 'failure_response_protocol' });
    const free = (await gap(maker)).rows.filter((r) => r.status === 'gap').slice(-3);
    const [hardwareOnly, saasToo, unstated] = free.map((r) => r.requirementId);
    const soa = await http.put(
      `${base()}/applicability`,
      {
        items: [
          { requirementId: hardwareOnly, applicable: true, componentIds: [ws.hardwareComponentId] },
          { requirementId: saasToo, applicable: true, componentIds: [ws.hardwareComponentId, ws.saasComponentId] },
        ],
      },
      maker.owner.as,
    );
    expect(soa.status, JSON.stringify(soa.body)).toBe(200);
    await upload(vendor, mine.id, { filename: 'runbook.md', contentType: 'text/markdown', size: 300 });

    // The vendor's evidence does not make the hardware's requirement covered (nor the vendor concerned by its findings).
    const outside = expectProblem(await http.post(`${base()}/evidence/${mine.id}/links`, { requirementId: hardwareOnly }, vendor.owner.as), 403);
    expect(outside).toMatchObject({ code: 'evidence.component_out_of_scope', errors: [{ field: 'requirementId' }] });
    expect((await gap(maker)).rows.find((r) => r.requirementId === hardwareOnly)!.status).toBe('gap');
    for (const requirementId of [saasToo, unstated]) {
      const linked = await http.post(`${base()}/evidence/${mine.id}/links`, { requirementId }, vendor.owner.as);
      expect(linked.status, JSON.stringify(linked.body)).toBe(201);
    }
    // The owner, who states the applicability, still links as it sees fit.
    expect((await http.post(`${base()}/evidence/${mine.id}/links`, { requirementId: hardwareOnly }, maker.owner.as)).status).toBe(201);
  });

  it('keeps in the audit event what an edit changed, from what to what', async () => {
    const e = await newEvidence(vendor, { type: 'certificate', title: 'ISO/IEC 27001 certificate', effectiveDate: '2023-03-01', validUntil: '2026-02-28' });
    // An expired certificate given three more years with no new file, the description retouched, the type left as it was.
    const edited = await http.call<{ version: number }>('PATCH', `${base()}/evidence/${e.id}`, {
      body: { validUntil: '2029-02-28', effectiveDate: '2023-03-01', type: 'certificate', description: 'Renewed', confidentiality: 'internal' },
      as: vendor.owner.as,
      headers: { 'if-match': '"1"' },
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    const [event] = await sql<{ payload: Record<string, unknown> }>(
      `SELECT payload FROM audit_events WHERE action = 'evidence.updated' AND subject_id = $1 ORDER BY seq DESC LIMIT 1`,
      [e.id],
    );
    expect({ ...event!.payload, changed: (event!.payload.changed as string[]).toSorted() }).toEqual({
      changed: ['confidentiality', 'description', 'validUntil'],
      from: { validUntil: '2026-02-28', confidentiality: 'confidential' },
      to: { validUntil: '2029-02-28', confidentiality: 'internal' },
    });
  });

  it('refuses a title that is blank once trimmed, on create and on edit', async () => {
    const e = await newEvidence(vendor, { title: 'SLA v4' });
    const edit = await http.call('PATCH', `${base()}/evidence/${e.id}`, { body: { title: '   ' }, as: vendor.owner.as, headers: { 'if-match': '"1"' } });
    expect(expectProblem(edit, 400).errors?.[0]?.field).toBe('title');
    const created = await http.post(
      `${base()}/evidence`,
      { type: 'other', title: ' ', confidentiality: 'internal', effectiveDate: '2026-01-01' },
      maker.owner.as,
    );
    expect(expectProblem(created, 400).errors?.[0]?.field).toBe('title');
    expect((await http.get<{ title: string }>(`${base()}/evidence/${e.id}`, vendor.owner.as)).body.title).toBe('SLA v4');
  });

  it('stops counting expired evidence as coverage, and flags it', async () => {
    const e = await newEvidence(vendor, {
      type: 'training_record',
      title: 'Remote technician training 2025',
      effectiveDate: '2025-01-01',
      validUntil: '2099-12-31',
    });
    await upload(vendor, e.id, { filename: 'training.csv', contentType: 'text/csv', size: 300 });
    const target = (await gap(vendor)).rows.find((r) => r.status === 'gap')!;
    await http.post(`${base()}/evidence/${e.id}/links`, { requirementId: target.requirementId }, vendor.owner.as);
    expect((await gap(vendor)).rows.find((r) => r.requirementId === target.requirementId)!.status).toBe('covered');

    const current = await http.get<{ version: number }>(`${base()}/evidence/${e.id}`, vendor.owner.as);
    expectProblem(
      await http.call('PATCH', `${base()}/evidence/${e.id}`, { body: { validUntil: '2025-06-30' }, as: vendor.owner.as, headers: { 'if-match': '"999"' } }),
      412,
    );
    const expired = await http.call<{ freshness: string }>('PATCH', `${base()}/evidence/${e.id}`, {
      body: { validUntil: '2025-06-30' },
      as: vendor.owner.as,
      headers: { 'if-match': `"${current.body.version}"` },
    });
    expect(expired.status).toBe(200);
    expect(expired.body.freshness).toBe('expired');
    expect((await gap(vendor)).rows.find((r) => r.requirementId === target.requirementId)!.status).toBe('gap');

    // The daily scan that announces it: test/service/evidence.service-spec.ts.
  });

  it('carries coverage over the crosswalk to the other framework, naming the source', async () => {
    // The organization's own crosswalk, "equal", between two requirements no crosswalk names yet (the
    // built-in one states no equal pair, and an intersecting one lends no coverage: see below).
    const free = (frameworkId: string) =>
      sql<{ id: string; ref: string }>(
        `SELECT r.id, r.ref FROM requirements r
          WHERE r.framework_id = $1 AND r.kind = 'control'
            AND NOT EXISTS (SELECT 1 FROM requirement_mappings m WHERE r.id IN (m.source_requirement_id, m.target_requirement_id))
            AND NOT EXISTS (SELECT 1 FROM evidence_links l WHERE l.requirement_id = r.id)
          ORDER BY r.sort_order DESC LIMIT 1`,
        [frameworkId],
      );
    const [[source], [target]] = [await free(ws.frameworkIds[0]!), await free(ws.frameworkIds[1]!)];
    const own = await http.post('/v1/mappings', { sourceRequirementId: source!.id, targetRequirementId: target!.id, relation: 'equal' }, maker.owner.as);
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    const pair = source && target ? { source_id: source.id, source_ref: source.ref, target_id: target.id } : undefined;
    expect(pair, 'the built-in crosswalk maps the baseline to ISO/IEC 27001').toBeDefined();
    const before = (await gap(maker)).rows.find((r) => r.requirementId === pair!.target_id)!;
    expect(before.status).toBe('gap');
    const e = await newEvidence(maker, { componentId: ws.hardwareComponentId, type: 'policy', title: 'Logging policy' });
    await upload(maker, e.id, { filename: 'policy.md', contentType: 'text/markdown', size: 200 });
    await http.post(`${base()}/evidence/${e.id}/links`, { requirementId: pair!.source_id }, maker.owner.as);
    const after = (await gap(maker)).rows.find((r) => r.requirementId === pair!.target_id) as unknown as {
      status: string;
      inheritedFrom: { ref: string; relation: string };
    };
    expect(after.status).toBe('inherited');
    expect(after.inheritedFrom).toMatchObject({ ref: pair!.source_ref, relation: 'equal' });
  });

  describe('what counts as coverage', () => {
    type Row = { frameworkId: string; requirementId: string; status: string; applicable: boolean; inheritedFrom: { ref: string; relation: string } | null };
    type Analysis = {
      frameworks: { frameworkId: string; applicable: number; covered: number; inherited: number; gaps: number; coveredPercent: number }[];
      rows: Row[];
    };
    const analysis = async () => (await http.get<Analysis>(`${base()}/gap-analysis`, maker.owner.as)).body;
    const statusOf = async (requirementId: string) => (await analysis()).rows.find((r) => r.requirementId === requirementId)!;
    /** The maker's evidence on the hardware, with one uploaded file unless `file` is false, linked to the requirement. */
    async function linkedEvidence(requirementId: string, body: Record<string, unknown> = {}, file = true) {
      const e = await newEvidence(maker, { componentId: ws.hardwareComponentId, type: 'policy', title: `Policy ${crypto.randomUUID()}`, ...body });
      if (file) expect((await upload(maker, e.id, { filename: 'policy.md', contentType: 'text/markdown', size: 120 })).status).toBe(201);
      expect((await http.post(`${base()}/evidence/${e.id}/links`, { requirementId }, maker.owner.as)).status).toBe(201);
    }
    /** Built-in crosswalk pairs from the baseline to ISO/IEC 27001 with the relation, neither requirement linked to evidence. */
    const builtInPairs = (relation: string) =>
      sql<{ source_id: string; target_id: string }>(
        `SELECT m.source_requirement_id AS source_id, m.target_requirement_id AS target_id
           FROM requirement_mappings m
           JOIN requirements s ON s.id = m.source_requirement_id AND s.framework_id = $1
           JOIN requirements t ON t.id = m.target_requirement_id AND t.framework_id = $2
          WHERE m.organization_id IS NULL AND m.relation = $3
            AND NOT EXISTS (SELECT 1 FROM evidence_links l WHERE l.requirement_id IN (s.id, t.id))
          ORDER BY s.sort_order, t.sort_order`,
        [ws.frameworkIds[0], ws.frameworkIds[1], relation],
      );
    /** Controls of the framework that no crosswalk names and no evidence covers. */
    const uncrosswalked = (frameworkId: string) =>
      sql<{ id: string }>(
        `SELECT r.id FROM requirements r
          WHERE r.framework_id = $1 AND r.kind = 'control'
            AND NOT EXISTS (SELECT 1 FROM requirement_mappings m WHERE r.id IN (m.source_requirement_id, m.target_requirement_id))
            AND NOT EXISTS (SELECT 1 FROM evidence_links l WHERE l.requirement_id = r.id)
          ORDER BY r.sort_order`,
        [frameworkId],
      );

    it('counts only evidence with an uploaded file that is in effect today: from its effective date until its validUntil', async () => {
      const [noFile, today, ahead] = (await analysis()).rows.filter((r) => r.status === 'gap');
      await linkedEvidence(noFile!.requirementId, {}, false);
      expect((await statusOf(noFile!.requirementId)).status).toBe('gap');
      const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
      await linkedEvidence(today!.requirementId, { effectiveDate: day(0), validUntil: day(0) });
      expect((await statusOf(today!.requirementId)).status).toBe('covered');
      // A policy that takes effect tomorrow covers nothing yet.
      await linkedEvidence(ahead!.requirementId, { effectiveDate: day(1) });
      expect(await statusOf(ahead!.requirementId)).toMatchObject({ status: 'gap', evidenceCount: 0 });
    });

    it("inherits across a crosswalk only where the covered requirement's evidence meets the other: not from a subset, nor back from a superset", async () => {
      const [forward, backward] = await builtInPairs('subset');
      expect(backward, 'the built-in crosswalk has two subset pairs to ISO/IEC 27001').toBeDefined();
      // "source is subset of target": the source's evidence does not meet the target ...
      await linkedEvidence(forward!.source_id);
      expect((await statusOf(forward!.target_id)).status).toBe('gap');
      // ... the target's meets the source.
      await linkedEvidence(backward!.target_id);
      expect(await statusOf(backward!.source_id)).toMatchObject({ status: 'inherited', inheritedFrom: { relation: 'superset' } });
      // The same read from the other side: the organization's own "source is superset of target" lends nothing back to the source.
      const [source] = await uncrosswalked(ws.frameworkIds[0]!);
      const [target] = await uncrosswalked(ws.frameworkIds[1]!);
      const own = await http.post('/v1/mappings', { sourceRequirementId: source!.id, targetRequirementId: target!.id, relation: 'superset' }, maker.owner.as);
      expect(own.status, JSON.stringify(own.body)).toBe(201);
      await linkedEvidence(target!.id);
      expect((await statusOf(source!.id)).status).toBe('gap');
    });

    it('lends no coverage through a crosswalk that only intersects: the requirement shares part of it, the rest stays a gap', async () => {
      const pairs = await builtInPairs('intersects');
      // A pair whose target no equal or superset mapping reaches (that one would lend coverage on its own).
      const [pair] = (
        await Promise.all(
          pairs.map(async (p) => ({
            p,
            others: await sql(
              `SELECT 1 FROM requirement_mappings m WHERE m.relation IN ('equal', 'superset', 'subset') AND $1 IN (m.source_requirement_id, m.target_requirement_id)`,
              [p.target_id],
            ),
          })),
        )
      )
        .filter((x) => !x.others.length)
        .map((x) => x.p);
      expect(pair, 'the built-in crosswalk has an intersects-only pair to ISO/IEC 27001').toBeDefined();
      await linkedEvidence(pair!.source_id);
      expect((await statusOf(pair!.source_id)).status).toBe('covered');
      // The row names the related requirement as a start, and stays a gap.
      expect(await statusOf(pair!.target_id)).toMatchObject({ status: 'gap', inheritedFrom: { relation: 'intersects' } });
      const summary = (await analysis()).frameworks.find((f) => f.frameworkId === ws.frameworkIds[1])!;
      const rows = (await analysis()).rows.filter((r) => r.frameworkId === ws.frameworkIds[1] && r.applicable);
      expect(summary.gaps).toBe(rows.filter((r) => r.status === 'gap').length);
      expect(summary.inherited).toBe(rows.filter((r) => r.status === 'inherited').length);
    });

    it("lends no coverage from a requirement stated not applicable, nor through another organization's crosswalk", async () => {
      const [pair] = await builtInPairs('intersects');
      const soa = await http.put(
        `${base()}/applicability`,
        { items: [{ requirementId: pair!.source_id, applicable: false, justification: 'No remote access to the machine.' }] },
        maker.owner.as,
      );
      expect(soa.status, JSON.stringify(soa.body)).toBe(200);
      await linkedEvidence(pair!.source_id);
      expect((await statusOf(pair!.source_id)).status).toBe('not_applicable');
      expect((await statusOf(pair!.target_id)).status).toBe('gap');

      const [, source] = await uncrosswalked(ws.frameworkIds[0]!);
      const [, target] = await uncrosswalked(ws.frameworkIds[1]!);
      const theirs = await http.post(
        '/v1/mappings',
        { sourceRequirementId: source!.id, targetRequirementId: target!.id, relation: 'equal' },
        outsider.owner.as,
      );
      expect(theirs.status, JSON.stringify(theirs.body)).toBe(201);
      await linkedEvidence(source!.id);
      expect((await statusOf(target!.id)).status).toBe('gap');
      // The workspace owner's own crosswalk does count.
      expect(
        (await http.post('/v1/mappings', { sourceRequirementId: source!.id, targetRequirementId: target!.id, relation: 'equal' }, maker.owner.as)).status,
      ).toBe(201);
      expect(await statusOf(target!.id)).toMatchObject({ status: 'inherited', inheritedFrom: { relation: 'equal' } });
    });

    it('sums per framework: gaps are the applicable rows with no coverage; the covered share counts inherited coverage', async () => {
      const a = await analysis();
      expect(a.frameworks.reduce((n, f) => n + f.inherited, 0)).toBeGreaterThan(0);
      for (const f of a.frameworks) {
        const applicable = a.rows.filter((r) => r.frameworkId === f.frameworkId && r.applicable);
        expect(f.gaps).toBe(applicable.filter((r) => r.status === 'gap').length);
        expect(f.coveredPercent).toBe(Math.round(((f.covered + f.inherited) / applicable.length) * 1000) / 10);
      }
    });
  });

  it('exports the gap analysis as CSV', async () => {
    const res = await fetch(`${t.baseUrl}${base()}/gap-analysis?format=csv`, { headers: authHeaders(maker.owner.as) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const text = await res.text();
    expect(text.split('\r\n')[0]).toBe('framework,ref,title,applicable,status,evidence_count,inherited_from,accepted,open_findings');
    expect(text).toMatch(/,covered,/);
  });
});
