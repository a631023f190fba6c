import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/devstack.js';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../../scripts/seed/demo-seed.js';
import { buildPortal, expectAccessible, launchBrowser, screenshotDir } from '../setup/browser.js';
import { client } from '../setup/http.js';
import { judgeAll } from '../setup/review-helpers.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

/**
 * The portal in a real browser (Debian's Chromium driven by playwright-core) against the
 * booted demo: the same seed `npm run demo` shows a newcomer, the portal built as
 * `npm run build:web` builds it, served by the API at `/`.
 */
/** The evidence page's words for an item without a file (features/evidence/messages/en.ts). */
const EMPTY_VERSIONS = 'No file uploaded yet';

describe('Web portal (browser)', () => {
  let t: TestApp;
  let browser: Browser;
  let webDir: string;
  let base: string;
  const shots = screenshotDir();

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'attesta-portal-'));
    await buildPortal(webDir);
    const port = await freePort();
    // localhost, as a user opens it: browsers keep Secure cookies from http://localhost.
    base = `http://localhost:${port}`;
    t = await createTestApp({ env: { WEB_DIR: webDir, PORT: String(port), PUBLIC_BASE_URL: base, API_RUN_PROCESSORS: 'true' } });
    await seedDemoIfEmpty(t.app);
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  async function signIn(email: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.waitForURL(/\/sign-in/);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    return { context, page };
  }

  it('signs in, stays signed in across a reload, and signs out', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.waitForURL(/\/sign-in/);
    await expectAccessible(page, 'sign-in');
    await page.screenshot({ path: join(shots, '01-sign-in.png') });

    // A wrong password shows the API's problem title, not a blank page.
    await page.getByLabel('E-mail').fill('wei@cloudops.demo');
    await page.getByLabel(/^Password/).fill('wrong password, surely');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByTestId('problem').textContent()).toMatch(/credential|password/i);

    await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/workspaces/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Workspaces');
    // The refresh token is httpOnly: scripts cannot read it.
    expect(await page.evaluate('document.cookie')).not.toContain('attesta_session');
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'attesta_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: true });

    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Workspaces');
    expect(page.url()).not.toContain('/sign-in');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
    await page.goto(`${base}/workspaces`);
    await page.waitForURL(/\/sign-in/);
    await context.close();
  }, 120_000);

  it('ships compressed twins of every script and stylesheet, and no source maps', () => {
    const assets = readdirSync(join(webDir, 'assets'));
    const code = assets.filter((f) => /\.(js|css)$/.test(f));
    expect(code.length).toBeGreaterThan(0);
    expect(assets.filter((f) => f.endsWith('.map'))).toEqual([]);
    // Files under 1 KiB are not worth a twin (the vite plugin skips them).
    for (const file of code.filter((f) => f.endsWith('.js') && statSync(join(webDir, 'assets', f)).size >= 1024)) {
      expect(assets, file).toContain(`${file}.br`);
      expect(assets, file).toContain(`${file}.gz`);
      // A twin holds exactly the file's bytes (written after every plugin has finished the chunk).
      const original = readFileSync(join(webDir, 'assets', file));
      expect(gunzipSync(readFileSync(join(webDir, 'assets', `${file}.gz`))).equals(original), `${file}.gz`).toBe(true);
      expect(brotliDecompressSync(readFileSync(join(webDir, 'assets', `${file}.br`))).equals(original), `${file}.br`).toBe(true);
    }
  });

  it('serves the public verification page without a session, and without a refresh call', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const sessionCalls: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/v1/auth/web/')) sessionCalls.push(r.url());
    });
    await page.goto(`${base}/verify`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/verify/i);
    expect(sessionCalls).toEqual([]);
    await expectAccessible(page, 'public verification');
    await context.close();
  }, 60_000);

  /** The demo workspace from the workspaces list. */
  async function openDemoWorkspace(page: Page): Promise<string> {
    await page.goto(`${base}/workspaces`);
    await page
      .getByRole('link', { name: /VMC-850 \+ PredictCare/ })
      .first()
      .click();
    await page.waitForURL(/\/workspaces\/[0-9a-f-]{36}$/);
    return new URL(page.url()).pathname.split('/')[2]!;
  }

  it('a vendor uploads evidence: the progress bar climbs to 100 % and the stored SHA-256 is shown', async () => {
    const { context, page } = await signIn('wei@cloudops.demo');
    await openDemoWorkspace(page);
    await page.getByRole('navigation', { name: 'Workspace sections' }).getByRole('link', { name: 'Evidence' }).click();
    await page.waitForURL(/\/evidence$/);
    await expect.poll(() => page.getByTestId('evidence-row').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'evidence list');
    await page.screenshot({ path: join(shots, '04-evidence.png') });

    await page.getByRole('button', { name: 'New evidence' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Type/).click();
    await page.getByRole('option', { name: 'Failure-response protocol' }).click();
    await dialog.getByLabel(/^Title/).fill('PredictCare failure-response protocol v2');
    await dialog.getByLabel(/^Effective date/).fill('2026-11-01');
    await dialog.getByRole('button', { name: 'Create and continue to upload' }).click();

    // 12 MiB through a throttled link (8 MiB/s), so the bar is seen on its way up.
    const content = Buffer.alloc(12 * 1024 * 1024, 'Failure-response protocol: P1 incidents are answered within 30 minutes, 24/7.\n');
    const file = join(webDir, 'failure-response-protocol-v2.txt');
    writeFileSync(file, content);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 8 * 1024 * 1024 });
    await dialog.getByLabel('File to upload').setInputFiles(file);
    const progress = page.getByTestId('upload-progress');
    const seen = new Set<number>();
    for (const started = Date.now(); Date.now() - started < 60_000;) {
      const value = Number(await progress.getAttribute('aria-valuenow').catch(() => null));
      if (Number.isFinite(value)) seen.add(value);
      if (value === 100 && (await page.getByTestId('upload-sha256').count())) break;
      await page.waitForTimeout(50);
    }
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    expect(Math.max(...seen)).toBe(100);
    expect(
      [...seen].some((v) => v > 0 && v < 100),
      `progress values seen: ${[...seen].join(', ')}`,
    ).toBe(true);
    expect((await page.getByTestId('upload-sha256').textContent())?.trim()).toBe(createHash('sha256').update(content).digest('hex'));
    await expectAccessible(page, 'evidence upload');
    await page.screenshot({ path: join(shots, '05-evidence-upload.png') });
    await context.close();
  }, 180_000);

  it('an upload the API refuses from its headers is answered within seconds, not after the whole file has gone up', async () => {
    // 64 MiB through a throttled link (8 MiB/s): kept alive, the connection would read all of it
    // (8 s) before Chromium showed the refusal; closed in stages it ends ~2 s after the answer.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/health/live`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 8 * 1024 * 1024 });
    const answer = await page.evaluate(async () => {
      const body = new FormData();
      body.append('file', new Blob([new Uint8Array(64 * 1024 * 1024)]), 'large.bin');
      const started = performance.now();
      const res = await fetch('/v1/workspaces/00000000-0000-7000-8000-000000000000/evidence/00000000-0000-7000-8000-000000000001/versions', {
        method: 'POST',
        body,
      });
      return { status: res.status, type: ((await res.json()) as { type?: string }).type, ms: performance.now() - started };
    });
    await context.close();
    expect(answer.status).toBe(401);
    expect(answer.type).toMatch(/identity-invalid-access-token$/);
    expect(answer.ms, 'the refusal reached the browser only after the whole file').toBeLessThan(5000);
  }, 60_000);

  it('the manufacturer submits; an assessor reviews with the keyboard, decides, and issues a signed attestation anyone can verify', async () => {
    // The manufacturer freezes the current evidence into a new submission.
    const maker = await signIn('lan@hpm.demo');
    const workspaceId = await openDemoWorkspace(maker.page);
    await expect.poll(() => maker.page.getByTestId('gap-chart').count()).toBeGreaterThan(0);
    await expectAccessible(maker.page, 'workspace overview');
    await maker.page.screenshot({ path: join(shots, '02-workspace-overview.png'), fullPage: true });
    await maker.page.getByRole('navigation', { name: 'Workspace sections' }).getByRole('link', { name: 'Submissions' }).click();
    await maker.page.getByRole('button', { name: 'Submit for review' }).first().click();
    await maker.page
      .getByRole('dialog')
      .getByLabel(/^Note to the assessors/)
      .fill('Adds the failure-response protocol.');
    await maker.page.getByRole('dialog').getByRole('button', { name: 'Submit', exact: true }).click();
    await maker.page.waitForURL(/\/submissions\/\d+$/);
    const number = Number(maker.page.url().split('/').pop());
    expect(number).toBeGreaterThan(2);
    await maker.context.close();

    // The assessor finds it in the review queue and reviews it.
    const assessor = await signIn('somchai@adcs.demo');
    const page = assessor.page;
    await page.waitForURL(/\/reviews$/);
    await expect.poll(() => page.getByTestId('queue-row').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'review queue');
    await page.screenshot({ path: join(shots, '06-review-queue.png') });
    await page
      .getByRole('link', { name: new RegExp(`Submission ${number}\\b|#${number}\\b|^${number}$`) })
      .first()
      .click();
    await page.waitForURL(new RegExp(`/workspaces/${workspaceId}/submissions/${number}$`));
    await page.getByRole('button', { name: 'Start review' }).click();
    await expect.poll(() => page.getByTestId('submission-status').first().textContent()).toMatch(/in review/i);

    // Verdicts from the keyboard: focus the first row, "c" to note what the verdict rests on
    // (a requirement without frozen evidence needs it), Escape, "s" (satisfied), "j" (next row).
    const rows = page.getByTestId('verdict-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(3);
    await rows.first().focus();
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('c');
      await page.keyboard.type('Checked on the frozen evidence and in the remote demonstration.');
      await page.keyboard.press('Escape');
      await page.keyboard.press('s');
      await expect.poll(() => rows.nth(i).getAttribute('data-outcome')).toBe('satisfied');
      await page.keyboard.press('j');
    }
    await page.keyboard.press('n');
    await expect.poll(() => rows.nth(3).getAttribute('data-outcome')).toBe('not_satisfied');
    await expectAccessible(page, 'submission review');
    await page.screenshot({ path: join(shots, '07-submission-review.png') });
    // The preview pane shows a frozen file in the page; Escape closes it.
    await page
      .getByRole('button', { name: /^Preview / })
      .first()
      .click();
    const pane = page.getByRole('region', { name: /^Evidence preview: / });
    await expect.poll(() => pane.locator('iframe, img, pre, table, [data-testid="preview-none"]').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => pane.count()).toBe(0);

    // Decision readiness: most requirements are unjudged and one is not satisfied, so a conformant decision is refused.
    const readiness = page.getByTestId('decision-readiness');
    await expect.poll(() => readiness.getAttribute('data-ready')).toBe('false');
    await expect.poll(() => page.getByTestId('readiness-not-satisfied').textContent()).toMatch(/Not satisfied: 1/);
    const decision = page.getByRole('form', { name: 'Record the decision' });
    await decision.getByRole('radio', { name: 'Conformant', exact: true }).check();
    await decision
      .getByLabel(/^Scope statement/)
      .fill('VMC-850 rev C with PredictCare 4.2.0 including its failure-response protocol, for Viet Nam, Thailand and Malaysia.');
    await decision.getByRole('button', { name: 'Record decision' }).click();
    await expect.poll(() => decision.getByTestId('problem').textContent()).toMatch(/verdict/i);

    // The assessor judges every remaining requirement (here through the API, as a review tool would) and the panel turns ready.
    const api = client(base);
    const login = await api.post<{ accessToken: string }>('/v1/auth/login', { email: 'somchai@adcs.demo', password: DEMO_PASSWORD });
    expect(login.status, JSON.stringify(login.body)).toBe(200);
    await judgeAll(api, workspaceId, number, { token: login.body.accessToken });
    await page.reload();
    await expect.poll(() => page.getByTestId('decision-readiness').getAttribute('data-ready')).toBe('true');
    const ready = page.getByRole('form', { name: 'Record the decision' });
    await ready.getByRole('radio', { name: 'Conformant', exact: true }).check();
    await ready
      .getByLabel(/^Scope statement/)
      .fill('VMC-850 rev C with PredictCare 4.2.0 including its failure-response protocol, for Viet Nam, Thailand and Malaysia.');
    await ready.getByRole('button', { name: 'Record decision' }).click();
    await expect.poll(() => page.getByTestId('decision-outcome').textContent()).toMatch(/conformant/i);
    await expect.poll(() => page.getByTestId('decision-scope').textContent()).toMatch(/Thailand/);

    // The attestation: issued from the decision, signed, with a QR code of its public page.
    await page.goto(`${base}/workspaces/${workspaceId}/attestations`);
    await page.getByRole('button', { name: 'Issue attestation' }).click();
    await page.waitForURL(/\/attestations\/[0-9a-f-]{36}$/);
    const qr = page.getByTestId('attestation-qr');
    await expect.poll(() => qr.locator('svg, path').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('attestation-status').textContent()).toMatch(/active/i);
    // Same assessor, same offering, an overlapping scope: it supersedes the seeded attestation, and says so.
    await expect.poll(() => page.getByTestId('supersedes').count()).toBeGreaterThan(0);
    const attestationId = page.url().split('/').pop()!;
    const verifyUrl = (await qr.getAttribute('data-url'))!;
    expect(verifyUrl).toMatch(new RegExp(`^${base}/verify/[A-Za-z0-9-]+$`));
    await expectAccessible(page, 'attestation');
    await page.screenshot({ path: join(shots, '08-attestation.png'), fullPage: true });
    await assessor.context.close();

    // Anyone with the QR code's URL, signed in or not, sees it active.
    const visitor = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    const publicPage = await visitor.newPage();
    await publicPage.goto(verifyUrl);
    await expect.poll(() => publicPage.getByTestId('verification-status').textContent()).toMatch(/^\s*active\s*$/i);
    await expectAccessible(publicPage, 'public verification result');
    await publicPage.screenshot({ path: join(shots, '09-public-verification.png'), fullPage: true });
    // The superseded one says so and links the newer one.
    await publicPage.getByTestId('supersedes').getByRole('link').first().click();
    await expect.poll(() => publicPage.getByTestId('verification-status').textContent()).toMatch(/^\s*superseded\s*$/i);
    await expect.poll(() => publicPage.getByTestId('superseded-by').getByRole('link').count()).toBe(1);
    await visitor.close();

    // The supplier's bid relied on the superseded attestation: it bids again with the new one
    // (through the API, as its bidding system would), withdrawing the old bid.
    const supplier = await api.post<{ accessToken: string }>('/v1/auth/login', { email: 'lan@hpm.demo', password: DEMO_PASSWORD });
    expect(supplier.status, JSON.stringify(supplier.body)).toBe(200);
    const as = { token: supplier.body.accessToken };
    const tenders = await api.get<{ data: { id: string; title: string }[] }>('/v1/tenders?limit=50', as);
    const tender = tenders.body.data.find((x) => /CNC machining centres/.test(x.title))!;
    const [old] = (await api.get<{ data: { id: string; offeringId: string; status: string }[] }>(`/v1/tenders/${tender.id}/bids`, as)).body.data.filter(
      (b) => b.status === 'submitted',
    );
    expect((await api.post(`/v1/bids/${old!.id}/withdraw`, {}, as)).status).toBe(200);
    const rebid = await api.post(`/v1/tenders/${tender.id}/bids`, { offeringId: old!.offeringId, attestationIds: [attestationId] }, as);
    expect(rebid.status, JSON.stringify(rebid.body)).toBe(201);
  }, 420_000);

  it('the procurer sees the tender and the bid compliant, with its report', async () => {
    const { context, page } = await signIn('anong@tiepo.demo');
    await page.waitForURL(/\/tenders$/);
    await page.getByRole('link', { name: /CNC machining centres with predictive maintenance/ }).click();
    await page.waitForURL(/\/tenders\/[0-9a-f-]{36}$/);
    await expectAccessible(page, 'tender');
    await page.screenshot({ path: join(shots, '11-tender.png'), fullPage: true });
    // The current bid (the one relying on the superseded attestation was withdrawn) is the latest.
    await page.getByRole('link', { name: 'Open the report' }).last().click();
    await page.waitForURL(/\/bids\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('bid-compliance').textContent()).toMatch(/result:\s*compliant/i);
    expect(await page.getByTestId('bid-compliance').textContent()).not.toMatch(/non-compliant/i);
    await expectAccessible(page, 'bid compliance report');
    await page.screenshot({ path: join(shots, '10-bid-compliance.png'), fullPage: true });

    // The procurer's read-only key for its e-tendering system is listed; its secret is not.
    await page.goto(`${base}/settings/api-keys`);
    await expect.poll(() => page.getByText('e-Tendering system (read-only)').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'API keys');
    await page.screenshot({ path: join(shots, '13-api-keys.png') });
    await context.close();
  }, 120_000);

  it('every other main screen renders its data with no serious accessibility violation', async () => {
    const { context, page } = await signIn('lan@hpm.demo');
    const workspaceId = await openDemoWorkspace(page);
    // API requests per screen visit (the busy screens read their read models, not one request per row).
    let calls: string[] = [];
    const inFlight = new Set<unknown>();
    const callsPerScreen = new Map<string, string[]>();
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!url.pathname.startsWith('/v1/')) return;
      calls.push(`${r.method()} ${url.pathname}${url.search}`);
      inFlight.add(r);
    });
    page.on('requestfinished', (r) => inFlight.delete(r));
    page.on('requestfailed', (r) => inFlight.delete(r));
    const settled = async () => {
      // Quiet for half a second: the sections that load after the first paint have asked too.
      for (let quiet = 0; quiet < 2;) {
        await page.waitForTimeout(250);
        quiet = inFlight.size === 0 ? quiet + 1 : 0;
      }
    };
    const visit = async (go: string | (() => Promise<unknown>), name: string, ready: () => Promise<unknown>, shot?: string) => {
      await settled();
      calls = [];
      if (typeof go === 'string') await page.goto(`${base}${go}`);
      else await go();
      await expect.poll(ready, { timeout: 20_000 }).toBeTruthy();
      await settled();
      callsPerScreen.set(name, calls);
      expect(await page.getByTestId('problem').count(), `${name} shows an error`).toBe(0);
      await expectAccessible(page, name);
      if (shot) await page.screenshot({ path: join(shots, shot), fullPage: true });
    };

    await visit(`/workspaces/${workspaceId}`, 'workspace overview', async () => (await page.getByTestId('requirements-table').count()) > 0);
    await visit(
      () => page.getByTestId('requirements-table').getByRole('link').first().click(),
      'requirement',
      async () => (await page.getByTestId('requirement-statement').count()) > 0,
      '03-requirement.png',
    );
    await visit(`/workspaces/${workspaceId}/evidence`, 'evidence list', async () => (await page.getByTestId('evidence-row').count()) > 0);
    await visit(
      () => page.getByTestId('evidence-row').first().getByRole('link').first().click(),
      'evidence item',
      async () => (await page.getByTestId('version-row').count()) > 0,
    );
    await visit(`/workspaces/${workspaceId}/participants`, 'participants', async () => (await page.getByTestId('participant-row').count()) >= 4);
    await visit(`/workspaces/${workspaceId}/submissions`, 'submissions', async () => (await page.getByTestId('submission-row').count()) > 0);
    await visit(
      () => page.getByTestId('submission-row').last().getByRole('link').first().click(),
      'submission',
      async () => (await page.getByTestId('review-counter').count()) > 0 && (await page.getByRole('row').count()) > 1,
    );
    await visit(`/workspaces/${workspaceId}/attestations`, 'attestations', async () => (await page.getByRole('link', { name: /^AT-/ }).count()) > 0);
    await visit(
      () => page.getByRole('link', { name: /^AT-/ }).first().click(),
      'attestation',
      async () => (await page.getByTestId('attestation-status').count()) > 0 && (await page.getByTestId('attestation-qr').count()) > 0,
    );
    await visit(
      `/workspaces/${workspaceId}/audit`,
      'workspace audit log',
      async () => /chain verified/.test((await page.getByTestId('audit-chain-status').textContent()) ?? ''),
      '12-audit-log.png',
    );
    await visit('/workspaces', 'workspaces', async () => (await page.getByRole('link', { name: /VMC-850 \+ PredictCare/ }).count()) > 0);
    await visit(
      '/action-items',
      'action items',
      async () => (await page.getByTestId('action-gap').count()) > 0 && (await page.getByTestId('action-finding').count()) > 0,
    );
    await visit('/offerings', 'offerings', async () => (await page.getByRole('link', { name: /VMC-850 machining centre/ }).count()) > 0);
    await visit(
      () =>
        page
          .getByRole('link', { name: /VMC-850 machining centre/ })
          .first()
          .click(),
      'offering',
      async () => (await page.getByTestId('components-table').count()) > 0,
    );
    await visit('/tenders', 'tenders (supplier)', async () => (await page.getByRole('link', { name: /CNC machining centres/ }).count()) > 0);
    await visit('/settings/members', 'members', async () => (await page.getByText('quang@hpm.demo').count()) > 0, '14-members.png');
    await visit('/settings/webhooks', 'webhooks', async () => (await page.getByRole('heading', { level: 1 }).count()) > 0);
    await visit('/no-such-page', 'not found', async () => (await page.getByText('This page does not exist').count()) > 0);
    const report = (label: string) =>
      console.info(`API requests per screen (${label}): ${[...callsPerScreen].map(([name, c]) => `${name} ${c.length}`).join(', ')}`);
    const expectAtMost = (budget: number, names: string[]) => {
      for (const name of names) {
        const made = callsPerScreen.get(name);
        expect(made, `${name} was visited`).toBeDefined();
        expect(made!.length, `${name} made ${made!.length} API requests (budget ${budget}):\n${made!.join('\n')}`).toBeLessThanOrEqual(budget);
      }
    };
    report('seeded data');
    // A full load counts the session refresh and /v1/auth/me too; a click counts only what the screen adds.
    expectAtMost(6, [...callsPerScreen.keys()]);

    // 200 more evidence items in the workspace, all linked to one requirement and half of them
    // expiring: the screens that show evidence read them in pages and read models, not one by one.
    const api = client(base);
    const login = await api.post<{ accessToken: string }>('/v1/auth/login', { email: 'lan@hpm.demo', password: DEMO_PASSWORD });
    expect(login.status, JSON.stringify(login.body)).toBe(200);
    const as = { token: login.body.accessToken };
    const requirement = await api.get<{ data: { requirementId: string }[] }>(`/v1/workspaces/${workspaceId}/applicability?limit=1`, as);
    const requirementId = requirement.body.data[0]!.requirementId;
    const soon = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    for (let i = 0; i < 200; i += 10) {
      await Promise.all(
        Array.from({ length: 10 }, async (_, k) => {
          const n = i + k;
          const made = await api.post<{ id: string }>(
            `/v1/workspaces/${workspaceId}/evidence`,
            {
              type: 'audit_log',
              title: `Remote session log ${n + 1}`,
              confidentiality: 'internal',
              effectiveDate: '2026-01-01',
              ...(n % 2 ? { validUntil: soon } : {}),
            },
            as,
          );
          expect(made.status, JSON.stringify(made.body)).toBe(201);
          const linked = await api.post(`/v1/workspaces/${workspaceId}/evidence/${made.body.id}/links`, { requirementId }, as);
          expect(linked.status, JSON.stringify(linked.body)).toBe(201);
        }),
      );
    }
    callsPerScreen.clear();
    await visit(`/workspaces/${workspaceId}`, 'workspace overview (200 more items)', async () => (await page.getByTestId('requirements-table').count()) > 0);
    await visit(
      `/workspaces/${workspaceId}/requirements/${requirementId}`,
      'requirement (200 more items)',
      async () => (await page.getByTestId('requirement-statement').count()) > 0,
    );
    await visit(`/workspaces/${workspaceId}/evidence`, 'evidence list (200 more items)', async () => (await page.getByTestId('evidence-row').count()) > 0);
    await visit(
      () => page.getByTestId('evidence-row').first().getByRole('link').first().click(),
      'evidence item (200 more items)',
      // The newest items have no file yet: the page is drawn when its versions (or their absence) are.
      async () => (await page.getByTestId('version-row').count()) > 0 || (await page.getByText(EMPTY_VERSIONS).count()) > 0,
    );
    await visit(`/workspaces/${workspaceId}/submissions`, 'submissions (200 more items)', async () => (await page.getByTestId('submission-row').count()) > 0);
    report('200 more evidence items');
    expectAtMost(8, [...callsPerScreen.keys()]);
    await context.close();
  }, 480_000);
});
