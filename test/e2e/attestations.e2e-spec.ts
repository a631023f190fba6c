import type { DecisionSnapshot } from '@attesta/attestations';
import { KeyRing, MemberRole, OrganizationKind, type Actor } from '@attesta/core';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { CompactSign, compactVerify, createLocalJWKSet, decodeProtectedHeader, type JSONWebKeySet } from 'jose';
import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery } from '../../scripts/lib/devstack.js';
import type { TestOrg } from '../setup/factories.js';
import { authHeaders, client, expectProblem, type Client, type HttpResult } from '../setup/http.js';
import { streamUpload } from '../setup/multipart.js';
import { judgeAll, submissionEntries } from '../setup/review-helpers.js';
import { decisionSnapshot, issueSynthetic } from '../setup/synthetic-decision.js';
import { assessmentCast, type AssessmentCast } from '../setup/scenario.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import type { TestWorkspace } from '../setup/workspace-factories.js';

// Read from ../shared/data at test time (test input only, not part of the repository).
const dccSchema = JSON.parse(readFileSync(new URL('../../../shared/data/untp/untp-dcc-schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const addFormats7 = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => void;
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => void;

interface AttestationBody {
  id: string;
  serial: string;
  status: string;
  credential: string;
  statusIndex: number;
  issuerDid: string;
  publicUrl: string;
}
interface Verification {
  valid: boolean;
  signatureValid: boolean;
  status: string;
  issuer: { known: boolean; name: string | null; accreditation: { body: string | null; number: string | null } | null };
  subject: { offering: string | null; components: { name: string; version: string }[]; markets: string[] } | null;
  reasons: { code: string }[];
}

describe('Attestations (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let w: AssessmentCast['factories'];
  let maker: TestOrg;
  let vendor: TestOrg;
  let assessor: TestOrg;
  let procurer: TestOrg;
  let outsider: TestOrg;
  let ws: TestWorkspace;
  let dbUrl: string;
  const responses: string[] = [];
  const logLines: string[] = [];
  const logSink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const sql = <T = Record<string, unknown>>(q: string, p: unknown[] = []) => adminQuery<T>(dbUrl, q, p);
  const base = () => `/v1/workspaces/${ws.id}/attestations`;
  /** The credential's URLs name the configured public base URL; fetch them from the test server. */
  const local = (url: string) => url.replace(t.config.PUBLIC_BASE_URL, t.baseUrl);
  const assessorActor = (): Actor => ({
    kind: 'user',
    userId: assessor.owner.userId,
    organizationId: assessor.id,
    organizationKind: OrganizationKind.Assessor,
    role: MemberRole.Owner,
  });

  beforeAll(async () => {
    t = await createTestApp({ logDestination: logSink, env: { LOG_LEVEL: 'debug' } });
    dbUrl = t.db.adminUrl.replace(/\/[^/]*$/, `/${t.db.database}`);
    const raw = client(t.baseUrl);
    const record = async <T>(p: Promise<HttpResult<T>>) => {
      const r = await p;
      responses.push(typeof r.body === 'string' ? r.body : JSON.stringify(r.body));
      return r;
    };
    http = {
      ...raw,
      call: (m, p, o) => record(raw.call(m, p, o)),
      get: (p, as) => record(raw.get(p, as)),
      post: (p, b, as) => record(raw.post(p, b, as)),
    } as Client;
    // The issuer holds a verified accreditation (operator-confirmed): issuing needs one.
    ({
      maker,
      vendor,
      assessor,
      procurer,
      outsider,
      ws,
      factories: w,
    } = await assessmentCast(http, {
      accreditedAssessor: true,
      outsiderKind: OrganizationKind.Assessor,
    }));
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  /** The decision read model, as the reviews lib provides it, for the workspace built above. */
  const snapshot = (overrides: Partial<DecisionSnapshot> = {}) => decisionSnapshot(t, { maker, ws }, overrides);

  async function issue(overrides: Partial<DecisionSnapshot> = {}): Promise<AttestationBody> {
    const a = await issueSynthetic(t, assessorActor(), await snapshot(overrides));
    const res = await http.get<AttestationBody>(`${base()}/${a.id}`, assessor.owner.as);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }

  /** A real decision through the review workflow: evidence, submission, the assessor's decision. */
  async function decideViaHttp(): Promise<string> {
    return (await submitAndDecide()).decisionId;
  }
  let lastSubmission = 0;
  async function submit(): Promise<number> {
    const wsBase = `/v1/workspaces/${ws.id}`;
    const rows = await http.get<{ data: { requirementId: string }[] }>(`${wsBase}/applicability?limit=1`, maker.owner.as);
    const e = await http.post<{ id: string }>(
      `${wsBase}/evidence`,
      { type: 'test_report', title: 'Machine test report', confidentiality: 'internal', effectiveDate: '2026-01-01', componentId: ws.hardwareComponentId },
      maker.owner.as,
    );
    expect(e.status, JSON.stringify(e.body)).toBe(201);
    const up = await streamUpload(`${t.baseUrl}${wsBase}/evidence/${e.body.id}/versions`, authHeaders(maker.owner.as), {
      filename: 'report.txt',
      contentType: 'text/plain',
      size: 256,
    });
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    expect((await http.post(`${wsBase}/evidence/${e.body.id}/links`, { requirementId: rows.body.data[0]!.requirementId }, maker.owner.as)).status).toBe(201);
    const sub = await http.post<{ number: number }>(`${wsBase}/submissions`, { note: 'For attestation' }, maker.owner.as);
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
    lastSubmission = sub.body.number;
    return sub.body.number;
  }
  async function submitAndDecide(): Promise<{ decisionId: string; number: number }> {
    const wsBase = `/v1/workspaces/${ws.id}`;
    const number = await submit();
    const today = new Date().toISOString().slice(0, 10);
    const until = new Date(Date.now() + 730 * 86_400_000).toISOString().slice(0, 10);
    // The assessor judges every applicable requirement; the condition rests on a finding.
    await judgeAll(http, ws.id, number, assessor.owner.as);
    const [entry] = await submissionEntries(http, ws.id, number, assessor.owner.as);
    const finding = await http.post<{ id: string }>(
      `${wsBase}/submissions/${number}/findings`,
      { requirementId: entry!.requirementId, severity: 'observation', title: 'Training records due for renewal' },
      assessor.owner.as,
    );
    expect(finding.status, JSON.stringify(finding.body)).toBe(201);
    const due = new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10);
    const d = await http.post<{ id: string; status: string }>(
      `${wsBase}/submissions/${number}/decision`,
      {
        outcome: 'conformant_with_conditions',
        scopeStatement: 'VMC-850 rev C with the predictive-maintenance SaaS 4.2.0',
        validFrom: today,
        validUntil: until,
        conditions: [{ text: 'Renew technician training records by 2026-09-30', dueDate: due, findingId: finding.body.id }],
      },
      assessor.owner.as,
    );
    expect(d.status, JSON.stringify(d.body)).toBe(201);
    expect(d.body.status).toBe('final');
    // The supplier meets the condition; the assessor closes its finding (no open findings remain).
    expect((await http.post(`${wsBase}/findings/${finding.body.id}/responses`, { text: 'Renewed training records uploaded.' }, maker.owner.as)).status).toBe(
      201,
    );
    expect((await http.post(`${wsBase}/findings/${finding.body.id}/review`, { decision: 'accept' }, assessor.owner.as)).status).toBe(200);
    return { decisionId: d.body.id, number };
  }

  const verify = async (credential: unknown) => {
    const res = await http.post<Verification>('/v1/public/verify', { credential });
    expect(
      res.status,
      JSON.stringify(res.body) +
        logLines
          .filter((l) => l.includes('"err'))
          .slice(-2)
          .join('\n'),
    ).toBe(200);
    return res.body;
  };

  /** Verification with nothing but jose, node:zlib and HTTP: the issuer's JWKS and status lists. */
  async function independentlyVerify(jwt: string): Promise<{ payload: Record<string, unknown>; revoked: boolean; suspended: boolean }> {
    const header = decodeProtectedHeader(jwt);
    expect(header).toMatchObject({ alg: 'EdDSA', typ: 'vc+jwt' });
    const did = String(header.kid).split('#')[0]!;
    // did:web:<host%3Aport>:<path...> → https://<host:port>/<path>/did.json (served from the test server)
    const didPath = did.split(':').slice(3).join('/');
    const didDoc = (await (await fetch(`${t.baseUrl}/${didPath}/did.json`)).json()) as { id: string; service: { serviceEndpoint: string }[] };
    expect(didDoc.id).toBe(did);
    const jwks = (await (await fetch(local(didDoc.service[0]!.serviceEndpoint))).json()) as JSONWebKeySet;
    const keys = createLocalJWKSet(jwks);
    const { payload: bytes } = await compactVerify(jwt, keys);
    const payload = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown> & {
      credentialStatus: { statusPurpose: string; statusListIndex: string; statusListCredential: string }[];
    };
    const flags: Record<string, boolean> = {};
    for (const entry of payload.credentialStatus) {
      const listJwt = await (await fetch(local(entry.statusListCredential))).text();
      const list = JSON.parse(new TextDecoder().decode((await compactVerify(listJwt, keys)).payload)) as {
        credentialSubject: { statusPurpose: string; encodedList: string };
      };
      expect(list.credentialSubject.statusPurpose).toBe(entry.statusPurpose);
      const bits = gunzipSync(Buffer.from(list.credentialSubject.encodedList.slice(1), 'base64url'));
      expect(bits.length * 8).toBeGreaterThanOrEqual(131_072);
      const i = Number(entry.statusListIndex);
      flags[entry.statusPurpose] = ((bits[i >> 3]! >> (7 - (i & 7))) & 1) === 1;
    }
    return { payload, revoked: flags.revocation!, suspended: flags.suspension! };
  }

  const flipOneByte = (jwt: string, part: 1 | 2) => {
    const parts = jwt.split('.');
    const bytes = Buffer.from(parts[part]!, 'base64url');
    bytes[Math.floor(bytes.length / 2)] = bytes[Math.floor(bytes.length / 2)]! ^ 0x01;
    parts[part] = bytes.toString('base64url');
    return parts.join('.');
  };

  it('issues a signed VC (vc+jwt) whose payload validates against the UNTP DCC schema, and verifies it without project code', async () => {
    const a = await issue();
    expect(a.serial).toMatch(/^AT-\d{4}-[0-9A-Z]{10}$/);
    const { payload, revoked, suspended } = await independentlyVerify(a.credential);
    expect({ revoked, suspended }).toEqual({ revoked: false, suspended: false });
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(dccSchema);
    expect(validate(payload), JSON.stringify(validate.errors)).toBe(true);
    expect(payload).toMatchObject({ type: ['VerifiableCredential', 'DigitalConformityCredential'], issuer: { id: a.issuerDid } });
    expect(a.issuerDid).toBe(`did:web:localhost%3A3000:v1:public:issuers:${assessor.id}`);

    // One changed byte in the payload or in the signature breaks it.
    await expect(
      compactVerify(flipOneByte(a.credential, 1), createLocalJWKSet((await http.get<JSONWebKeySet>(`/v1/public/issuers/${assessor.id}/jwks.json`)).body)),
    ).rejects.toThrow();
    await expect(
      compactVerify(flipOneByte(a.credential, 2), createLocalJWKSet((await http.get<JSONWebKeySet>(`/v1/public/issuers/${assessor.id}/jwks.json`)).body)),
    ).rejects.toThrow();

    const summary = await http.get<{ status: string; issuer: { accreditation: { body: string } }; frameworks: unknown[]; markets: string[] }>(
      `/v1/public/attestations/${a.serial}`,
    );
    expect(summary.status).toBe(200);
    expect(summary.body).toMatchObject({ status: 'active', markets: ['VN', 'TH'], issuer: { accreditation: { body: 'Test Accreditation Body' } } });
    expectProblem(await http.get('/v1/public/attestations/AT-2026-NOPE000000'), 404);
  });

  it('decision → issue → verify (valid) → suspend → verify (suspended) → reinstate → withdraw → verify (withdrawn)', async () => {
    const decisionId = await decideViaHttp();
    expectProblem(await http.post(base(), { decisionId }, maker.owner.as), 403);
    expectProblem(await http.post(base(), { decisionId }, outsider.owner.as), 404);
    const issued = await http.post<AttestationBody & { decisionId: string; conditions: string[]; validUntil: string }>(
      base(),
      { decisionId },
      assessor.owner.as,
    );
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    expect(issued.body).toMatchObject({ decisionId, status: 'active', conditions: ['Renew technician training records by 2026-09-30'] });
    expect(expectProblem(await http.post(base(), { decisionId }, assessor.owner.as), 409).code).toBe('attestation.already_issued');
    const a = issued.body;
    expect((await http.get<{ data: { id: string }[] }>(base(), procurer.owner.as)).body.data.map((x) => x.id)).toContain(a.id);
    let v = await verify(a.credential);
    expect(v).toMatchObject({
      valid: true,
      signatureValid: true,
      status: 'active',
      reasons: [],
      issuer: { known: true, accreditation: { body: 'Test Accreditation Body' } },
    });
    expect(v.subject?.components.map((c) => c.version)).toEqual(['rev C', '4.2.0']);
    // Also as JSON (an EnvelopedVerifiableCredential).
    expect(
      (
        await verify({
          '@context': ['https://www.w3.org/ns/credentials/v2'],
          type: ['EnvelopedVerifiableCredential'],
          id: `data:application/vc+jwt,${a.credential}`,
        })
      ).valid,
    ).toBe(true);

    const listUrl = `/v1/public/issuers/${assessor.id}/status/suspension`;
    const before = await http.get(listUrl);
    expect(before.headers.get('content-type')).toMatch(/^application\/vc\+jwt/);
    const etag = before.headers.get('etag')!;
    expect((await http.call('GET', listUrl, { headers: { 'if-none-match': etag } })).status).toBe(304);

    const suspended = await http.post<AttestationBody>(`${base()}/${a.id}/suspend`, { reason: 'Surveillance audit pending' }, assessor.owner.as);
    expect(suspended.status, JSON.stringify(suspended.body)).toBe(200);
    expect(suspended.body.status).toBe('suspended');
    v = await verify(a.credential);
    expect(v).toMatchObject({ valid: false, signatureValid: true, status: 'suspended' });
    expect(v.reasons.map((r) => r.code)).toEqual(['suspended']);
    expect((await independentlyVerify(a.credential)).suspended).toBe(true);
    const after = await http.call('GET', listUrl, { headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expectProblem(await http.post(`${base()}/${a.id}/suspend`, { reason: 'Again' }, assessor.owner.as), 422);
    // A suspension says why: without a reason (or a blank one) it is refused, naming the field.
    for (const body of [{}, { reason: '   ' }])
      expect(expectProblem(await http.post(`${base()}/${a.id}/suspend`, body, assessor.owner.as), 400).errors?.[0]?.field).toBe('reason');

    // So does lifting it: the status log and verifiers see why it counts again.
    for (const body of [{}, { reason: '   ' }])
      expect(expectProblem(await http.post(`${base()}/${a.id}/reinstate`, body, assessor.owner.as), 400).errors?.[0]?.field).toBe('reason');
    const back = await http.post<AttestationBody & { statusReason: string | null }>(
      `${base()}/${a.id}/reinstate`,
      { reason: 'Finding closed after re-audit' },
      assessor.owner.as,
    );
    expect(back.body).toMatchObject({ status: 'active', statusReason: 'Finding closed after re-audit' });
    expect((await verify(a.credential)).valid).toBe(true);
    expect((await independentlyVerify(a.credential)).suspended).toBe(false);

    const withdrawn = await http.post<AttestationBody>(`${base()}/${a.id}/withdraw`, { reason: 'Scheme requirements no longer met' }, assessor.owner.as);
    expect(withdrawn.body.status).toBe('withdrawn');
    v = await verify(a.credential);
    expect(v).toMatchObject({ valid: false, signatureValid: true, status: 'withdrawn' });
    expect(v.reasons.map((r) => r.code)).toEqual(['withdrawn']);
    expect((await independentlyVerify(a.credential)).revoked).toBe(true);
    expectProblem(await http.post(`${base()}/${a.id}/reinstate`, { reason: 'Finding closed after re-audit' }, assessor.owner.as), 422);
    expect((await http.get<{ status: string }>(`/v1/public/attestations/${a.serial}`)).body.status).toBe('withdrawn');

    const events = await sql<{ type: string }>(`SELECT type FROM outbox_events WHERE payload->>'attestationId' = $1 ORDER BY id`, [a.id]);
    expect(events.map((e) => e.type)).toEqual(['attestation.issued', 'attestation.suspended', 'attestation.reinstated', 'attestation.withdrawn']);
    const audit = await sql<{ action: string; stream_type: string }>(`SELECT action, stream_type FROM audit_events WHERE subject_id = $1 ORDER BY seq`, [a.id]);
    expect(audit.map((e) => e.action)).toEqual(['attestation.issued', 'attestation.suspended', 'attestation.reinstated', 'attestation.withdrawn']);
    expect(audit.every((e) => e.stream_type === 'workspace')).toBe(true);
  });

  it('reports an unknown issuer, a tampered credential and an expired one, each with its reason', async () => {
    const a = await issue();
    const payload = JSON.parse(Buffer.from(a.credential.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;

    // Signed by someone else, under a DID this portal does not know.
    const { privateKey } = generateKeyPairSync('ed25519');
    const foreignDid = 'did:web:certs.example.org:issuers:acme';
    const forged = await new CompactSign(
      Buffer.from(JSON.stringify({ ...payload, issuer: { type: ['CredentialIssuer'], id: foreignDid, name: 'ACME Certs' } })),
    )
      .setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', kid: `${foreignDid}#k1` })
      .sign(privateKey);
    let v = await verify(forged);
    expect(v).toMatchObject({ valid: false, signatureValid: false, issuer: { known: false } });
    expect(v.reasons.map((r) => r.code)).toEqual(['unknown_issuer']);
    // Our DID shape, but no such issuer.
    const ghost = await new CompactSign(Buffer.from(JSON.stringify(payload)))
      .setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', kid: `did:web:localhost%3A3000:v1:public:issuers:${crypto.randomUUID()}#k1` })
      .sign(privateKey);
    expect((await verify(ghost)).reasons.map((r) => r.code)).toEqual(['unknown_issuer']);

    // One changed byte.
    v = await verify(flipOneByte(a.credential, 1));
    expect(v).toMatchObject({ valid: false, signatureValid: false });
    expect(v.reasons.map((r) => r.code)).toEqual(['invalid_signature']);
    // Signed with the issuer's kid but by another key.
    const impostor = await new CompactSign(Buffer.from(JSON.stringify(payload)))
      .setProtectedHeader(decodeProtectedHeader(a.credential) as { alg: string })
      .sign(privateKey);
    expect((await verify(impostor)).reasons.map((r) => r.code)).toEqual(['invalid_signature']);
    // Unsigned JSON is never valid.
    expect((await verify(payload)).reasons.map((r) => r.code)).toContain('unsecured');
    expectProblem(await http.post('/v1/public/verify', {}), 400);
    expect((await verify('not-a-jws')).reasons.map((r) => r.code)).toEqual(['malformed']);
    // Under the issuer's own kid, a header of another algorithm or another type is refused as such,
    // before any key is looked at (the issued credential's payload and signature kept).
    const [, body, signature] = a.credential.split('.');
    const headed = (header: Record<string, unknown>) => `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${body}.${signature}`;
    const issued = decodeProtectedHeader(a.credential);
    for (const header of [
      { ...issued, typ: 'JWT' },
      { ...issued, alg: 'ES256' },
    ]) {
      v = await verify(headed(header));
      expect(v, JSON.stringify(header)).toMatchObject({ valid: false, signatureValid: false });
      expect(v.reasons.map((r) => r.code)).toEqual(['unsupported_algorithm']);
    }

    // Expired: validUntil passes, verification says so at once (the daily job that marks it:
    // test/service/attestations.service-spec.ts).
    // (Markets of their own: an overlapping scope would supersede the earlier one.)
    const shortLived = await issue({ validUntil: new Date(Date.now() + 1500), markets: ['MY'] });
    await new Promise((r) => setTimeout(r, 1800));
    v = await verify(shortLived.credential);
    expect(v).toMatchObject({ valid: false, signatureValid: true, status: 'expired' });
    expect(v.reasons.map((r) => r.code)).toEqual(['expired']);
  });

  it('does not call a credential valid before its validity begins, though it is signed and active', async () => {
    // (A market of its own: an overlapping scope would supersede an earlier one.)
    const early = await issue({ validFrom: new Date(Date.now() + 10 * 86_400_000), markets: ['SG'] });
    const v = await verify(early.credential);
    expect(v).toMatchObject({ valid: false, signatureValid: true });
    expect(v.reasons.map((r) => r.code)).toEqual(['not_yet_valid']);
  });

  it('does not reinstate a suspended attestation whose validity ended meanwhile', async () => {
    // (A market of its own: an overlapping scope would supersede an earlier one.)
    // Valid for 4 s: long enough to be issued and suspended on a loaded runner, then waited out.
    const until = Date.now() + 4000;
    const a = await issue({ validUntil: new Date(until), markets: ['KH'] });
    expect((await http.post(`${base()}/${a.id}/suspend`, { reason: 'Surveillance audit pending' }, assessor.owner.as)).status).toBe(200);
    await new Promise((r) => setTimeout(r, Math.max(0, until + 300 - Date.now())));
    expect(expectProblem(await http.post(`${base()}/${a.id}/reinstate`, { reason: 'Finding closed after re-audit' }, assessor.owner.as), 422).code).toBe(
      'attestation.invalid_transition',
    );
    expect((await http.get<{ status: string }>(`${base()}/${a.id}`, assessor.owner.as)).body.status).toBe('suspended');
    expect((await verify(a.credential)).valid).toBe(false);
  });

  /** Signs with the assessor's own active key (unwrapped as the portal does): what a dishonest issuer could send. */
  async function signedByAssessor(payload: Record<string, unknown>): Promise<string> {
    const [row] = await sql<{ id: string; organization_id: string; kid: string; kek_id: string; wrapped_dek: string; encrypted_private_key: string }>(
      `SELECT * FROM signing_keys WHERE organization_id = $1 AND status = 'active'`,
      [assessor.id],
    );
    const pkcs8 = KeyRing.fromConfig(t.config).unwrap(
      { kekId: row!.kek_id, wrappedDek: row!.wrapped_dek, ciphertext: row!.encrypted_private_key },
      `signing-key:${row!.organization_id}:${row!.id}`,
    );
    return new CompactSign(Buffer.from(JSON.stringify(payload)))
      .setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', kid: row!.kid })
      .sign(createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }));
  }

  it("does not accept an issuer's signature on a credential that names another issuer, or another issuer's status list", async () => {
    const a = await issue({ markets: ['PH'] });
    const payload = JSON.parse(Buffer.from(a.credential.split('.')[1]!, 'base64url').toString('utf8')) as {
      issuer: { id: string };
      credentialStatus: { statusListCredential: string }[];
    };
    expect((await verify(await signedByAssessor(payload))).valid).toBe(true);
    const otherDid = payload.issuer.id.replace(assessor.id, outsider.id);
    let v = await verify(await signedByAssessor({ ...payload, issuer: { ...payload.issuer, id: otherDid } }));
    expect(v).toMatchObject({ valid: false, signatureValid: false });
    expect(v.reasons.map((r) => r.code)).toEqual(['issuer_mismatch']);
    // Its status said to live in another issuer's lists: its own lists say nothing about it.
    const elsewhere = payload.credentialStatus.map((e) => ({ ...e, statusListCredential: e.statusListCredential.replace(assessor.id, outsider.id) }));
    v = await verify(await signedByAssessor({ ...payload, credentialStatus: elsewhere }));
    expect(v).toMatchObject({ valid: false, signatureValid: true, status: 'unknown' });
    expect(v.reasons.map((r) => r.code)).toEqual(['unknown_status']);
  });

  it('rotates the signing key: new credentials use the new key, old ones keep verifying', async () => {
    const old = await issue();
    const rotated = await http.post<{ kid: string; status: string }>('/v1/organization/signing-keys/rotate', {}, assessor.owner.as);
    expect(rotated.status, JSON.stringify(rotated.body)).toBe(201);
    // Another market: an overlapping scope would supersede the old one (and revoke it).
    const fresh = await issue({ markets: ['ID'] });
    expect(decodeProtectedHeader(fresh.credential).kid).toBe(rotated.body.kid);
    expect(decodeProtectedHeader(old.credential).kid).not.toBe(rotated.body.kid);
    const keys = await http.get<{ data: { status: string }[] }>('/v1/organization/signing-keys', assessor.owner.as);
    expect(keys.body.data.map((k) => k.status).sort()).toEqual(['active', 'retired']);
    expect((await http.get<JSONWebKeySet>(`/v1/public/issuers/${assessor.id}/jwks.json`)).body.keys).toHaveLength(2);
    expect((await verify(old.credential)).valid).toBe(true);
    await independentlyVerify(old.credential);
    await independentlyVerify(fresh.credential);
    expectProblem(await http.post('/v1/organization/signing-keys/rotate', {}, maker.owner.as), 403);
  });

  it('a scope reduction re-issues a new attestation and withdraws the old one', async () => {
    const a = await issue();
    const res = await http.post<{ issued: AttestationBody & { markets: string[]; replacesId: string }; withdrawn: AttestationBody & { replacedById: string } }>(
      `${base()}/${a.id}/reduce-scope`,
      { scope: 'VMC-850 rev C with the SaaS, Vietnam only', markets: ['vn'], reason: 'Thai market out of scope' },
      assessor.owner.as,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.issued).toMatchObject({ status: 'active', markets: ['VN'], replacesId: a.id });
    expect(res.body.withdrawn).toMatchObject({ status: 'withdrawn', replacedById: res.body.issued.id });
    expect(await verify(a.credential)).toMatchObject({ status: 'withdrawn', replacedBy: { serial: res.body.issued.serial } });
    expect((await verify(res.body.issued.credential)).valid).toBe(true);
    expect((await http.get<{ replacedBy: string }>(`/v1/public/attestations/${a.serial}`)).body.replacedBy).toBe(res.body.issued.serial);
    expectProblem(await http.post(`${base()}/${res.body.issued.id}/reduce-scope`, { scope: 'x', markets: ['DE'] }, assessor.owner.as), 400);
  });

  it('a scope reduction neither lifts a suspension nor brings the validity forward', async () => {
    // Suspended, then re-scoped: the narrower attestation is suspended too, with the same reason.
    const suspendedOne = await issue({ markets: ['LA'] });
    const suspended = await http.post(`${base()}/${suspendedOne.id}/suspend`, { reason: 'Customer complaint under investigation' }, assessor.owner.as);
    expect(suspended.status, JSON.stringify(suspended.body)).toBe(200);
    const reduced = await http.post<{ issued: AttestationBody & { statusReason: string | null } }>(
      `${base()}/${suspendedOne.id}/reduce-scope`,
      { scope: 'VMC-850 rev C with the SaaS, Laos only, re-worded' },
      assessor.owner.as,
    );
    expect(reduced.status, JSON.stringify(reduced.body)).toBe(201);
    expect(reduced.body.issued).toMatchObject({ status: 'suspended', statusReason: 'Customer complaint under investigation' });
    expect(await verify(reduced.body.issued.credential)).toMatchObject({ valid: false, status: 'suspended' });
    expect((await http.post(`${base()}/${reduced.body.issued.id}/reinstate`, { reason: 'Finding closed after re-audit' }, assessor.owner.as)).status).toBe(200);

    // Valid from a day still to come: the narrower credential is valid from that day too, not from now.
    const ahead = new Date(Date.now() + 13 * 86_400_000);
    const dated = await issue({ markets: ['MM'], validFrom: ahead });
    const narrowed = await http.post<{ issued: AttestationBody & { validFrom: string } }>(
      `${base()}/${dated.id}/reduce-scope`,
      { scope: 'VMC-850 rev C with the SaaS, Myanmar only, re-worded' },
      assessor.owner.as,
    );
    expect(narrowed.status, JSON.stringify(narrowed.body)).toBe(201);
    expect(Date.parse(narrowed.body.issued.validFrom)).toBeGreaterThanOrEqual(ahead.getTime() - 1000);
    const v = await verify(narrowed.body.issued.credential);
    expect(v.valid).toBe(false);
    expect(v.reasons.map((r) => r.code)).toContain('not_yet_valid');
  });

  it('a scope reduction keeps the decision’s conditions: it may not drop, add or reword one', async () => {
    const conditions = ['Renew technician training records by 2027-03-31', 'Publish the failure-response protocol v2 by 2027-06-30'];
    // A market of its own: an overlapping scope would supersede an earlier one.
    const conditional = await issue({ outcome: 'conformant_with_conditions', conditions, markets: ['KH'] });
    const reduce = (id: string, body: Record<string, unknown>) =>
      http.post<{ issued: AttestationBody & { conditions: string[]; outcome: string } }>(
        `${base()}/${id}/reduce-scope`,
        { scope: 'Narrower', ...body },
        assessor.owner.as,
      );
    const fields = async (id: string, body: Record<string, unknown>) => expectProblem(await reduce(id, body), 400).errors?.map((e) => e.field);
    expect(await fields(conditional.id, { conditions: [] })).toEqual(['conditions']);
    expect(await fields(conditional.id, { conditions: [conditions[1]] })).toEqual(['conditions']);
    expect(await fields(conditional.id, { conditions: [...conditions, 'A brand new condition'] })).toEqual(['conditions[2]']);
    expect(await fields(conditional.id, { conditions: [conditions[0], `${conditions[1]} (reworded)`] })).toEqual(['conditions[1]', 'conditions']);
    const plain = await issue({ markets: ['LA'] });
    expect(await fields(plain.id, { conditions: ['A condition resting on no finding'] })).toEqual(['conditions[0]']);
    // Refused ones changed nothing.
    for (const a of [conditional, plain]) expect((await http.get<AttestationBody>(`${base()}/${a.id}`, assessor.owner.as)).body.status).toBe('active');

    // The same conditions (in any order), or none given: all kept.
    const kept = await reduce(conditional.id, { conditions: [conditions[1], conditions[0]] });
    expect(kept.status, JSON.stringify(kept.body)).toBe(201);
    expect(kept.body.issued).toMatchObject({ outcome: 'conformant_with_conditions', conditions });
    const subject = JSON.parse(Buffer.from(kept.body.issued.credential.split('.')[1]!, 'base64url').toString('utf8')) as {
      credentialSubject: { conditions: string[] };
    };
    expect(subject.credentialSubject.conditions).toEqual(conditions);
    const all = await reduce(plain.id, {});
    expect(all.body.issued.conditions).toEqual([]);
  });

  it('hides every non-public endpoint from other tenants and lets only the issuer change an attestation', async () => {
    const a = await issue();
    const paths: [string, string, unknown?][] = [
      ['GET', base()],
      ['GET', `${base()}/${a.id}`],
      ['POST', `${base()}/${a.id}/suspend`, { reason: 'x' }],
      ['POST', `${base()}/${a.id}/reinstate`, { reason: 'Finding closed after re-audit' }],
      ['POST', `${base()}/${a.id}/withdraw`, { reason: 'x' }],
      ['POST', `${base()}/${a.id}/reduce-scope`, { scope: 'x' }],
    ];
    for (const [method, path, body] of paths) {
      expectProblem(await http.call(method, path, { as: outsider.owner.as, body }), 404);
      expectProblem(await http.call(method, path, { as: (await w.newApiKey(outsider, ['attestations:write'])).as, body }), 404);
    }
    // Participants see it (observers too); only the issuer may change it.
    for (const org of [maker, vendor, procurer]) expect((await http.get(`${base()}/${a.id}`, org.owner.as)).status).toBe(200);
    expectProblem(await http.post(`${base()}/${a.id}/suspend`, { reason: 'x' }, maker.owner.as), 403);
    expectProblem(await http.post(`${base()}/${a.id}/withdraw`, { reason: 'x' }, procurer.owner.as), 403);
    // Another assessor's keys are its own.
    expect((await http.get<{ data: unknown[] }>('/v1/organization/signing-keys', outsider.owner.as)).body.data).toEqual([]);
    expectProblem(await http.get('/v1/organization/signing-keys', maker.owner.as), 403);
  });

  it('never shows the private key: not in responses, logs, audit events or outbox events', async () => {
    await issue();
    const [row] = await sql<{ id: string; organization_id: string; kek_id: string; wrapped_dek: string; encrypted_private_key: string }>(
      `SELECT * FROM signing_keys WHERE organization_id = $1 AND status = 'active'`,
      [assessor.id],
    );
    const pkcs8 = KeyRing.fromConfig(t.config).unwrap(
      { kekId: row!.kek_id, wrappedDek: row!.wrapped_dek, ciphertext: row!.encrypted_private_key },
      `signing-key:${row!.organization_id}:${row!.id}`,
    );
    const d = (createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }).export({ format: 'jwk' }) as { d: string }).d;
    expect(d.length).toBeGreaterThan(40);
    const hex = Buffer.from(d, 'base64url').toString('hex');
    const b64 = Buffer.from(d, 'base64url').toString('base64');
    const leaks = (text: string) => text.includes(d) || text.includes(hex) || text.includes(b64);
    expect(responses.length).toBeGreaterThan(20);
    expect(responses.filter(leaks)).toEqual([]);
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.filter(leaks)).toEqual([]);
    const audit = await sql<{ payload: unknown }>('SELECT payload FROM audit_events');
    const outbox = await sql<{ payload: unknown }>('SELECT payload FROM outbox_events');
    expect([...audit, ...outbox].map((r) => JSON.stringify(r.payload)).filter(leaks)).toEqual([]);
    expect(row!.encrypted_private_key.includes(d) || row!.wrapped_dek.includes(d)).toBe(false);
    // And the published key set never holds one.
    const jwks = await http.get<JSONWebKeySet>(`/v1/public/issuers/${assessor.id}/jwks.json`);
    expect(jwks.body.keys.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(jwks.body)).not.toMatch(/"d"/);
  });

  it('exports a decided submission as OSCAL assessment results and open findings as a POA&M (valid against the NIST schemas)', async () => {
    const oscal = (name: string) => {
      const ajv = new Ajv({ strict: false, allErrors: true });
      addFormats7(ajv);
      return ajv.compile(JSON.parse(readFileSync(new URL(`../../../shared/data/oscal/${name}`, import.meta.url), 'utf8')) as object);
    };
    const { number } = await submitAndDecide();
    const wsBase = `/v1/workspaces/${ws.id}`;
    const ar = await http.get<Record<string, unknown>>(`${wsBase}/submissions/${number}/oscal/assessment-results`, assessor.owner.as);
    expect(ar.status, JSON.stringify(ar.body)).toBe(200);
    const validateAr = oscal('oscal_assessment-results_schema.json');
    expect(validateAr(ar.body), JSON.stringify(validateAr.errors?.slice(0, 5))).toBe(true);
    expect((await http.get(`${wsBase}/submissions/${number}/oscal/assessment-results`, maker.owner.as)).status).toBe(200);
    expectProblem(await http.get(`${wsBase}/submissions/${number}/oscal/assessment-results`, outsider.owner.as), 404);
    expectProblem(await http.get(`${wsBase}/submissions/${number}/oscal/assessment-results`, procurer.owner.as), 403);

    // An open finding on a new submission → a POA&M item.
    expectProblem(await http.get(`${wsBase}/oscal/poam`, maker.owner.as), 409);
    const n2 = await submit();
    const entries = await http.get<{ data: { entry: { requirementId: string } }[] }>(`${wsBase}/submissions/${n2}/entries?limit=1`, assessor.owner.as);
    const raised = await http.post(
      `${wsBase}/submissions/${n2}/findings`,
      {
        requirementId: entries.body.data[0]!.entry.requirementId,
        severity: 'minor_nonconformity',
        title: 'SLA lacks a P1 escalation time',
        dueDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
      },
      assessor.owner.as,
    );
    expect(raised.status, JSON.stringify(raised.body)).toBe(201);
    const poam = await http.get<{ 'plan-of-action-and-milestones': { 'poam-items': { title: string }[] } }>(`${wsBase}/oscal/poam`, maker.owner.as);
    expect(poam.status, JSON.stringify(poam.body)).toBe(200);
    const validatePoam = oscal('oscal_poam_schema.json');
    expect(validatePoam(poam.body), JSON.stringify(validatePoam.errors?.slice(0, 5))).toBe(true);
    expect(poam.body['plan-of-action-and-milestones']['poam-items'].map((i) => i.title)).toEqual(['SLA lacks a P1 escalation time']);
    expect(lastSubmission).toBe(n2);
  });
});
