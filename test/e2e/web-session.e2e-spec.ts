import { OrganizationKind } from '@attesta/core';
import { request } from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories, type TestOrg } from '../setup/factories.js';
import { invite } from '../setup/mailbox.js';
import { client, expectProblem, type Client } from '../setup/http.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

const WEB = { 'x-attesta-web': '1' };

function rawGet(baseUrl: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl}/`, { path }, (res) => {
      let body = '';
      res
        .setEncoding('utf8')
        .on('data', (c: string) => (body += c))
        .on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject).end();
  });
}

/** The raw bytes and headers of a GET (no automatic decompression, unlike fetch). */
function rawBytes(baseUrl: string, path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res
        .on('data', (c: Buffer) => chunks.push(c))
        .on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject).end();
  });
}

/** A cookie's value and attributes from the Set-Cookie headers. */
function cookieNamed(res: Response, name: string): { value: string; attributes: string[] } | undefined {
  const line = res.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
  if (!line) return undefined;
  const [pair, ...attributes] = line.split(';').map((s) => s.trim());
  return { value: pair!.slice(name.length + 1), attributes: attributes.map((a) => a.toLowerCase()) };
}
const sessionCookie = (res: Response) => cookieNamed(res, 'attesta_session');
const markerCookie = (res: Response) => cookieNamed(res, 'attesta_signed_in');
const BUNDLE = `console.log("portal");\n${'export const words = "conformity evidence attestation";\n'.repeat(200)}`;

describe('Portal sessions and serving (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let org: TestOrg;
  let webDir: string;

  const post = (path: string, options: { body?: unknown; cookie?: string; headers?: Record<string, string> } = {}) =>
    fetch(`${t.baseUrl}${path}`, {
      method: 'POST',
      headers: {
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(options.cookie !== undefined ? { cookie: `attesta_session=${options.cookie}` } : {}),
        ...options.headers,
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    });

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'attesta-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(
      join(webDir, 'index.html'),
      '<!doctype html><html lang="en"><title>Attesta</title><div id="root"></div><script type="module" src="/assets/index-abc123.js"></script></html>',
    );
    writeFileSync(join(webDir, 'assets', 'index-abc123.js'), BUNDLE);
    writeFileSync(join(webDir, 'assets', 'index-abc123.js.br'), brotliCompressSync(BUNDLE));
    writeFileSync(join(webDir, 'assets', 'index-abc123.js.gz'), gzipSync(BUNDLE));
    writeFileSync(join(webDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    // The light public pages: HTML entries of their own (apps/web/verify.html, trust.html).
    for (const page of ['verify', 'trust']) {
      writeFileSync(
        join(webDir, `${page}.html`),
        `<!doctype html><html lang="en"><title>Attesta</title><div id="root"></div><script type="module" src="/assets/${page}-abc123.js"></script></html>`,
      );
    }
    t = await createTestApp({ env: { WEB_DIR: webDir } });
    http = client(t.baseUrl);
    org = await factories(http).newOrganization(OrganizationKind.ServiceVendor);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('keeps the refresh token in an httpOnly, Secure, SameSite=Strict cookie and rotates it', async () => {
    const login = await post('/v1/auth/web/login', { body: { email: org.owner.email, password: org.owner.password }, headers: WEB });
    expect(login.status).toBe(200);
    const body = (await login.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ organizationId: org.id, userId: org.owner.userId, role: 'owner', tokenType: 'Bearer' });
    expect(body).not.toHaveProperty('refreshToken');
    const cookie = sessionCookie(login)!;
    expect(cookie.value.length).toBeGreaterThan(40);
    expect(cookie.attributes).toEqual(expect.arrayContaining(['httponly', 'secure', 'samesite=strict', 'path=/v1/auth/web']));
    expect(cookie.attributes.some((a) => a.startsWith('max-age='))).toBe(true);
    // Beside it, a script-readable marker without a secret, so the portal knows a session exists.
    const marker = markerCookie(login)!;
    expect(marker.value).toBe('1');
    expect(marker.attributes).toEqual(expect.arrayContaining(['secure', 'samesite=strict', 'path=/']));
    expect(marker.attributes).not.toContain('httponly');

    // The access token works against the API.
    const me = await http.get<{ id: string }>('/v1/auth/me', { token: body.accessToken as string });
    expect(me.body.id).toBe(org.owner.userId);

    // A reload renews the session from the cookie; the cookie rotates.
    const refreshed = await post('/v1/auth/web/refresh', { cookie: cookie.value, headers: WEB });
    expect(refreshed.status).toBe(200);
    expect(((await refreshed.json()) as { accessToken: string }).accessToken).toEqual(expect.any(String));
    const next = sessionCookie(refreshed)!;
    expect(next.value).not.toBe(cookie.value);

    // A stolen, already used cookie revokes the session and is cleared.
    const reused = await post('/v1/auth/web/refresh', { cookie: cookie.value, headers: WEB });
    expect(reused.status).toBe(401);
    expect(sessionCookie(reused)?.attributes.some((a) => a === 'max-age=0' || a.startsWith('expires=thu, 01 jan 1970'))).toBe(true);
    expect((await post('/v1/auth/web/refresh', { cookie: next.value, headers: WEB })).status).toBe(401);
  });

  it('refuses portal session calls without the anti-CSRF header, and without a cookie', async () => {
    const noHeader = await post('/v1/auth/web/login', { body: { email: org.owner.email, password: org.owner.password } });
    expect(noHeader.status).toBe(403);
    expect(noHeader.headers.get('content-type')).toMatch(/problem\+json/);
    expect(sessionCookie(noHeader)).toBeUndefined();

    const login = await post('/v1/auth/web/login', { body: { email: org.owner.email, password: org.owner.password }, headers: WEB });
    const cookie = sessionCookie(login)!.value;
    expect((await post('/v1/auth/web/refresh', { cookie })).status).toBe(403);
    const noCookie = await post('/v1/auth/web/refresh', { headers: WEB });
    expect(noCookie.status).toBe(401);
    expect(((await noCookie.json()) as { code: string }).code).toBe('identity.invalid_refresh_token');

    const wrong = await post('/v1/auth/web/login', { body: { email: org.owner.email, password: 'not the password at all' }, headers: WEB });
    expect(wrong.status).toBe(401);
    expect(sessionCookie(wrong)).toBeUndefined();
  });

  it('signs out: the cookie is cleared and its session can no longer be renewed', async () => {
    const login = await post('/v1/auth/web/login', { body: { email: org.owner.email, password: org.owner.password }, headers: WEB });
    const cookie = sessionCookie(login)!.value;
    const out = await post('/v1/auth/web/logout', { cookie, headers: WEB });
    expect(out.status).toBe(204);
    expect(sessionCookie(out)?.value).toBe('');
    expect(markerCookie(out)?.value).toBe('');
    expect((await post('/v1/auth/web/refresh', { cookie, headers: WEB })).status).toBe(401);
    // Signing out again (or with a foreign value) is harmless.
    expect((await post('/v1/auth/web/logout', { cookie: 'x.y.z.w', headers: WEB })).status).toBe(204);
  });

  it('switches organization: the new cookie acts for the other organization, the old one is ended', async () => {
    const other = await factories(http).newOrganization(OrganizationKind.Assessor);
    const invited = await invite(http, other.owner.as, { email: org.owner.email, role: 'member' });
    expect((await http.post('/v1/invitations/accept', { token: invited.token, password: org.owner.password })).status).toBe(200);

    const login = await post('/v1/auth/web/login', { body: { email: org.owner.email, password: org.owner.password, organizationId: org.id }, headers: WEB });
    const first = sessionCookie(login)!.value;
    const { accessToken } = (await login.json()) as { accessToken: string };
    const switched = await post('/v1/auth/web/switch-organization', {
      body: { organizationId: other.id },
      cookie: first,
      headers: { ...WEB, authorization: `Bearer ${accessToken}` },
    });
    expect(switched.status).toBe(200);
    const switchedBody = (await switched.json()) as { organizationId: string; role: string; accessToken: string };
    expect(switchedBody).toMatchObject({ organizationId: other.id, role: 'member' });
    const second = sessionCookie(switched)!.value;
    // The ended session's access token ends with it.
    expect((await fetch(`${t.baseUrl}/v1/organization`, { headers: { authorization: `Bearer ${accessToken}` } })).status).toBe(401);
    expect((await post('/v1/auth/web/refresh', { cookie: first, headers: WEB })).status).toBe(401);
    const renewed = await post('/v1/auth/web/refresh', { cookie: second, headers: WEB });
    expect(await renewed.json()).toMatchObject({ organizationId: other.id });

    // An organization the user does not belong to is not found; without a token, 401.
    const stranger = await factories(http).newOrganization();
    const foreign = await post('/v1/auth/web/switch-organization', {
      body: { organizationId: stranger.id },
      headers: { ...WEB, authorization: `Bearer ${switchedBody.accessToken}` },
    });
    expect(foreign.status).toBe(404);
    expect((await post('/v1/auth/web/switch-organization', { body: { organizationId: other.id }, headers: WEB })).status).toBe(401);
  });

  it('serves the portal at / with a strict CSP, index revalidated, fingerprinted assets cached for a year', async () => {
    for (const path of ['/', '/workspaces/0193a5c4-2f7e-7c1a-9d3b-4c2a1e8f9b10/evidence', '/verify/ATT-2026-000001']) {
      const res = await fetch(`${t.baseUrl}${path}`, { headers: { accept: 'text/html,application/xhtml+xml' } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await res.text()).toContain('<div id="root">');
    }
    const asset = await fetch(`${t.baseUrl}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(await asset.text()).toContain('portal');
  });

  it('sends the precompressed twins by Accept-Encoding, with Vary, and serves the favicon', async () => {
    const br = await rawBytes(t.baseUrl, '/assets/index-abc123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(String(br.headers['vary']).toLowerCase()).toContain('accept-encoding');
    expect(br.body.length).toBeLessThan(Buffer.byteLength(BUNDLE) / 4);
    expect(brotliDecompressSync(br.body).toString()).toBe(BUNDLE);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const gz = await rawBytes(t.baseUrl, '/assets/index-abc123.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await rawBytes(t.baseUrl, '/assets/index-abc123.js', { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(BUNDLE);

    for (const path of ['/favicon.svg', '/favicon.ico']) {
      const icon = await fetch(`${t.baseUrl}${path}`);
      expect(icon.status, path).toBe(200);
      expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    }
  });

  it('answers /verify and /trust/<organization> with their light pages, under the same headers as index.html', async () => {
    const pages: [string, string][] = [
      ['/verify', 'verify'],
      ['/verify?lang=th', 'verify'],
      ['/verify/AT-2026-7K3M9QX2TB', 'verify'],
      ['/trust/0197a3c2-5d4e-7b21-9f00-3c1d2e4f5a6b', 'trust'],
      ['/trust', 'index'],
      ['/verifying', 'index'],
      ['/workspaces', 'index'],
    ];
    for (const [path, page] of pages) {
      const res = await fetch(`${t.baseUrl}${path}`, { headers: { accept: 'text/html' } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('no-cache');
      expect(res.headers.get('content-security-policy'), path).toContain("script-src 'self'");
      expect(await res.text(), path).toContain(`src="/assets/${page}-abc123.js"`);
    }
  });

  it('keeps API paths out of the portal: unknown ones still get the problem+json 404', async () => {
    expectProblem(await http.get('/v1/no-such-thing'), 404);
    const html = await fetch(`${t.baseUrl}/v1/no-such-thing`, { headers: { accept: 'text/html' } });
    expect(html.status).toBe(404);
    expect(html.headers.get('content-type')).toMatch(/problem\+json/);
    expect((await fetch(`${t.baseUrl}/assets/missing-file.js`)).status).toBe(404);
    // Sent raw: fetch would resolve the dot segments itself.
    const traversal = await rawGet(t.baseUrl, '/assets/../../../package.json');
    expect([403, 404]).toContain(traversal.status);
    expect(traversal.body).not.toContain('"name": "attesta"');
    // A JSON client asking a portal path gets a 404, not the HTML page.
    expectProblem(await http.get('/workspaces'), 404);
    expect((await http.get('/health/live')).status).toBe(200);
  });
});
