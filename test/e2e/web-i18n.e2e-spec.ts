import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatCalendarDate, LOCALES, type Locale } from '@attesta/i18n';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/devstack.js';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../../scripts/seed/demo-seed.js';
import { buildPortal, launchBrowser } from '../setup/browser.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- the callbacks below run in the browser; this project compiles without the DOM library. */
declare const window: any;
declare const document: any;
declare const NodeFilter: any;
declare const getComputedStyle: any;
type Element = any;
type HTMLElement = any;

/**
 * The portal in every language it speaks, in a real browser against the demo seed:
 * - each of the six languages walks the main screens with no missing message and no problem;
 * - the pseudo-locale (every catalog message accented and bracketed) finds no visible text
 *   that came neither from a catalog nor from the API's data;
 * - Thai and Vietnamese walk at phone width (390 px) and overflow nowhere;
 * - a validity date is the same calendar day in UTC, Ho Chi Minh City and Bangkok.
 */
describe('Web portal languages (browser)', () => {
  let t: TestApp;
  let browser: Browser;
  let webDir: string;
  let base: string;
  let workspaceId: string;
  let serial: string;
  let validUntil: string;
  let attestationId: string;
  let requirementId: string;
  let evidenceId: string;
  let submissionNumber: number;
  let tenderId: string;
  let bidId: string;

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'attesta-portal-i18n-'));
    await buildPortal(webDir);
    const port = await freePort();
    base = `http://localhost:${port}`;
    t = await createTestApp({ env: { WEB_DIR: webDir, PORT: String(port), PUBLIC_BASE_URL: base, API_RUN_PROCESSORS: 'true' } });
    await seedDemoIfEmpty(t.app);
    browser = await launchBrowser();

    const tokenOf = async (email: string) => {
      const login = await fetch(`${base}/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: DEMO_PASSWORD }),
      });
      return { authorization: `Bearer ${((await login.json()) as { accessToken: string }).accessToken}` };
    };
    const read = async <T>(path: string, headers: Record<string, string>) => (await (await fetch(`${base}${path}`, { headers })).json()) as T;
    const auth = await tokenOf('lan@hpm.demo');
    const workspaces = (await (await fetch(`${base}/v1/workspaces`, { headers: auth })).json()) as { data: { id: string; name: string }[] };
    workspaceId = workspaces.data.find((w) => w.name.includes('VMC-850'))!.id;
    const attestations = (await (await fetch(`${base}/v1/workspaces/${workspaceId}/attestations`, { headers: auth })).json()) as {
      data: { id: string; serial: string; validUntil: string; status: string }[];
    };
    const current = attestations.data.find((a) => a.status === 'active') ?? attestations.data[0]!;
    serial = current.serial;
    validUntil = current.validUntil;
    attestationId = current.id;
    requirementId = (await read<{ rows: { requirementId: string }[] }>(`/v1/workspaces/${workspaceId}/gap-analysis`, auth)).rows[0]!.requirementId;
    evidenceId = (await read<{ data: { id: string }[] }>(`/v1/workspaces/${workspaceId}/evidence`, auth)).data[0]!.id;
    submissionNumber = (await read<{ data: { number: number }[] }>(`/v1/workspaces/${workspaceId}/submissions`, auth)).data[0]!.number;
    const procurer = await tokenOf('anong@tiepo.demo');
    tenderId = (await read<{ data: { id: string }[] }>('/v1/tenders', procurer)).data[0]!.id;
    bidId = (await read<{ data: { id: string }[] }>(`/v1/tenders/${tenderId}/bids`, procurer)).data[0]!.id;
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  interface Walker {
    context: BrowserContext;
    page: Page;
    /** Every string value of every API JSON answer seen so far: the data a screen may show as is. */
    data: Set<string>;
    /** Bodies still being read: the scan waits for them, so no data counts as a literal. */
    pending: Promise<unknown>[];
  }

  function collectData(value: unknown, into: Set<string>): void {
    if (typeof value === 'string') {
      // A lower-case code (`not_satisfied`, `owner`) shown as is is an untranslated enum, not data.
      if (value.length >= 2 && !/^[a-z][a-z_]*$/.test(value)) into.add(value);
    } else if (Array.isArray(value)) {
      for (const v of value) collectData(v, into);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k.length >= 2 && /^[A-Z]/.test(k)) into.add(k);
        collectData(v, into);
      }
    }
  }

  async function open(options: { locale?: string; lang?: string; width?: number; timezoneId?: string } = {}): Promise<Walker> {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1366, height: 900 },
      locale: options.locale ?? 'en-US',
      ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    });
    const page = await context.newPage();
    const data = new Set<string>();
    const pending: Promise<unknown>[] = [];
    // A script error in the page is a failure of its own: print it where the test fails.
    page.on('pageerror', (error) => process.stderr.write(`[page error] ${error.message}\n`));
    page.on('console', (message) => {
      if (message.type() === 'error') process.stderr.write(`[console] ${message.text()} ${message.location().url}\n`);
    });
    page.on('response', (response) => {
      if (!response.url().includes('/v1/') || !(response.headers()['content-type'] ?? '').includes('json')) return;
      pending.push(
        response
          .json()
          .then((body: unknown) => collectData(body, data))
          .catch(() => undefined),
      );
    });
    if (options.lang) {
      await page.goto(`${base}/verify?lang=${options.lang}`);
      await page.waitForSelector('h1');
    }
    return { context, page, data, pending };
  }

  async function signIn(walker: Walker, email: string): Promise<void> {
    const { page } = walker;
    await page.goto(`${base}/sign-in`);
    await page.locator('input[type="email"], input[autocomplete="username"]').first().fill(email);
    await page.locator('input[type="password"]').first().fill(DEMO_PASSWORD);
    await page.locator('button[type="submit"]').first().click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  }

  interface Screen {
    name: string;
    path: string;
    /** Language-independent sign that the screen shows its data. */
    ready: (page: Page) => Promise<boolean>;
  }

  const count = (page: Page, selector: string) => page.locator(selector).count();
  const manufacturerScreens = (): Screen[] => [
    { name: 'workspaces', path: '/workspaces', ready: async (p) => (await count(p, `a[href="/workspaces/${workspaceId}"]`)) > 0 },
    { name: 'workspace overview', path: `/workspaces/${workspaceId}`, ready: async (p) => (await count(p, '[data-testid="requirements-table"]')) > 0 },
    { name: 'evidence list', path: `/workspaces/${workspaceId}/evidence`, ready: async (p) => (await count(p, '[data-testid="evidence-row"]')) > 0 },
    { name: 'participants', path: `/workspaces/${workspaceId}/participants`, ready: async (p) => (await count(p, '[data-testid="participant-row"]')) >= 4 },
    { name: 'submissions', path: `/workspaces/${workspaceId}/submissions`, ready: async (p) => (await count(p, '[data-testid="submission-row"]')) > 0 },
    { name: 'attestations', path: `/workspaces/${workspaceId}/attestations`, ready: async (p) => (await p.getByText(serial).count()) > 0 },
    {
      name: 'requirement',
      path: `/workspaces/${workspaceId}/requirements/${requirementId}`,
      ready: async (p) => (await count(p, '[data-testid="requirement-statement"]')) > 0,
    },
    {
      name: 'evidence item',
      path: `/workspaces/${workspaceId}/evidence/${evidenceId}`,
      ready: async (p) => (await count(p, '[data-testid="version-row"]')) > 0,
    },
    { name: 'attestation', path: `/workspaces/${workspaceId}/attestations/${attestationId}`, ready: async (p) => (await p.getByText(serial).count()) > 0 },
    { name: 'audit log', path: `/workspaces/${workspaceId}/audit`, ready: async (p) => (await count(p, '[data-testid="audit-chain-status"]')) > 0 },
    { name: 'offerings', path: '/offerings', ready: async (p) => (await count(p, 'a[href^="/offerings/"]')) > 0 },
    { name: 'tenders', path: '/tenders', ready: async (p) => (await count(p, 'a[href^="/tenders/"]')) > 0 },
    { name: 'personnel', path: '/personnel', ready: async (p) => (await count(p, 'a[href^="/personnel/"]')) > 0 },
    { name: 'members', path: '/settings/members', ready: async (p) => (await p.getByText('quang@hpm.demo').count()) > 0 },
    { name: 'API keys', path: '/settings/api-keys', ready: async (p) => (await count(p, 'h1')) > 0 },
    { name: 'webhooks', path: '/settings/webhooks', ready: async (p) => (await count(p, 'h1')) > 0 },
    { name: 'public verification', path: `/verify/${serial}`, ready: async (p) => (await count(p, '[data-testid="verification-status"]')) > 0 },
    { name: 'not found', path: '/no-such-page', ready: async (p) => (await count(p, '[data-testid="empty-state"]')) > 0 },
  ];

  /** The assessor's and the procurer's own screens. */
  const assessorScreens = (): Screen[] => [
    { name: 'review queue', path: '/reviews', ready: async (p) => (await count(p, 'h1')) > 0 && (await count(p, '[role="status"]')) === 0 },
    {
      name: 'submission review',
      path: `/workspaces/${workspaceId}/submissions/${submissionNumber}`,
      ready: async (p) => (await count(p, '[data-testid="verdict-row"], [data-testid="entry-row"], table tbody tr')) > 0,
    },
  ];
  const procurerScreens = (): Screen[] => [
    { name: 'tender', path: `/tenders/${tenderId}`, ready: async (p) => (await count(p, `a[href="/bids/${bidId}"]`)) > 0 },
    { name: 'bid', path: `/bids/${bidId}`, ready: async (p) => (await count(p, 'h1')) > 0 && (await count(p, 'table tbody tr')) > 0 },
  ];

  async function visit(walker: Walker, screen: Screen): Promise<void> {
    const { page } = walker;
    await page.goto(`${base}${screen.path}`);
    await expect.poll(() => screen.ready(page), { timeout: 20_000, message: `${screen.name} shows its data` }).toBe(true);
    // Let the screen's remaining queries land before reading it.
    await page.waitForLoadState('networkidle').catch(() => undefined);
    expect(await page.locator('[data-testid="problem"]').count(), `${screen.name} shows an error`).toBe(0);
  }

  async function i18nErrors(page: Page): Promise<string[]> {
    return page.evaluate(() => (window as unknown as { __attestaI18nErrors?: string[] }).__attestaI18nErrors ?? []);
  }

  /** At phone width: the page never scrolls sideways and no heading, button, link, badge or tab is cut. */
  async function overflowAt(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const found: string[] = [];
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth > width + 1) found.push(`page is ${document.documentElement.scrollWidth}px wide`);
      for (const el of Array.from<HTMLElement>(document.querySelectorAll('h1, h2, h3, button, a, label, .mantine-Badge-root, .mantine-Tabs-tab, th'))) {
        if (!el.checkVisibility()) continue;
        const style = getComputedStyle(el);
        const clips = style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis';
        if (clips && el.scrollWidth > el.clientWidth + 1) found.push(`clipped: ${(el.textContent ?? '').trim().slice(0, 60)}`);
        const box = el.getBoundingClientRect();
        if (box.right > width + 1 && !el.closest('[data-scroll-x], .mantine-ScrollArea-viewport, .mantine-Table-scrollContainer, .mantine-ScrollArea-root'))
          found.push(`past the edge: ${(el.textContent ?? '').trim().slice(0, 60)}`);
      }
      return found;
    });
  }

  /** Thai and Vietnamese run longest: their walks happen at phone width and check the layout too. */
  const PHONE: readonly Locale[] = ['th', 'vi'];

  for (const locale of LOCALES) {
    const phone = PHONE.includes(locale);
    it(`walks the main screens in ${locale} with every message found${phone ? ', fitting a 390 px phone' : ''}`, async () => {
      const walker = await open({ locale, ...(phone ? { width: 390 } : {}) });
      await signIn(walker, 'lan@hpm.demo');
      const headings: string[] = [];
      const overflow: string[] = [];
      for (const screen of manufacturerScreens()) {
        await visit(walker, screen);
        if (phone) for (const hit of await overflowAt(walker.page)) overflow.push(`${screen.name} — ${hit}`);
        expect(await walker.page.evaluate(() => document.documentElement.lang), `${screen.name} <html lang>`).toBe(locale);
        headings.push(
          (await walker.page
            .locator('h1')
            .first()
            .textContent({ timeout: 10_000 })
            .catch(() => null)) ?? `(${screen.name} has no heading)`,
        );
      }
      expect(await i18nErrors(walker.page)).toEqual([]);
      expect(headings.filter((h) => h.endsWith('has no heading)'))).toEqual([]);
      expect(overflow).toEqual([]);
      if (locale !== 'en') {
        // The workspaces heading is the catalog's, not English.
        expect(headings[0]).not.toBe('Workspaces');
      }
      await walker.context.close();
    }, 240_000);
  }

  /** Visible text and labels with Latin words that are neither catalog text (marked) nor API data. */
  async function untranslated(walker: Walker): Promise<string[]> {
    await Promise.all(walker.pending);
    return walker.page.evaluate(
      (data: string[]) => {
        const PSEUDO = /[［］áéíóúçñśĝýÁÉÍÓÚÇÑŚ]/;
        const known = data.filter((d) => d.length >= 2).sort((a, b) => b.length - a.length);
        const leftover = (text: string): string | null => {
          // Words, not addresses: a URL or an e-mail address reads the same in every language.
          if (!/[A-Za-z]{2,}/.test(text) || PSEUDO.test(text) || /^\s*(https?:\/\/\S+|[^\s@]+@[^\s@]+)\s*$/.test(text)) return null;
          let rest = text;
          for (const d of known) if (rest.includes(d)) rest = rest.split(d).join(' ');
          return /[A-Za-z]{2,}/.test(rest) ? text.trim() : null;
        };
        const visible = (el: Element | null) => !!el && (el as HTMLElement).checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true }) !== false;
        const found = new Set<string>();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName) || parent.closest('code, pre') || !visible(parent)) continue;
          const hit = leftover(node.textContent ?? '');
          if (hit) found.add(`text: ${hit.slice(0, 80)}`);
        }
        for (const el of Array.from<Element>(document.body.querySelectorAll('[placeholder], [aria-label], [title], img[alt]'))) {
          if (!visible(el)) continue;
          for (const attr of ['placeholder', 'aria-label', 'title', 'alt']) {
            const value = el.getAttribute(attr);
            const hit = value ? leftover(value) : null;
            if (hit) found.add(`${attr}: ${hit.slice(0, 80)}`);
          }
        }
        return [...found];
      },
      [...walker.data],
    );
  }

  it('shows no visible text outside the catalogs (pseudo-locale)', async () => {
    const walker = await open({ lang: 'en-XA' });
    const report: string[] = [];
    for (const [email, screens] of [
      ['lan@hpm.demo', manufacturerScreens()],
      ['somchai@adcs.demo', assessorScreens()],
      ['anong@tiepo.demo', procurerScreens()],
    ] as const) {
      await walker.context.clearCookies();
      await signIn(walker, email);
      for (const screen of screens) {
        await visit(walker, screen);
        for (const hit of await untranslated(walker)) report.push(`${screen.name} — ${hit}`);
      }
    }
    expect(await i18nErrors(walker.page)).toEqual([]);
    expect(report).toEqual([]);
    await walker.context.close();
  }, 300_000);

  it('follows the language on the user profile, and the switcher saves a new choice to it', async () => {
    // quang@hpm.demo chose Vietnamese (demo seed); his browser asks for English.
    const first = await open({ locale: 'en-US' });
    await signIn(first, 'quang@hpm.demo');
    await first.page.goto(`${base}/workspaces`);
    await expect.poll(() => first.page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await expect.poll(async () => (await first.page.locator('h1').first().textContent()) ?? '').toBe('Không gian đánh giá');

    // A native select, as on the light public pages.
    const saved = first.page.waitForResponse((r) => r.url().endsWith('/v1/auth/me') && r.request().method() === 'PATCH');
    await first.page.getByTestId('locale-switcher').first().selectOption({ label: 'ไทย' });
    expect((await saved).status()).toBe(200);
    await expect.poll(() => first.page.evaluate(() => document.documentElement.lang)).toBe('th');
    await first.context.close();

    // Another device (a fresh browser asking for Indonesian) opens in the saved language.
    const second = await open({ locale: 'id-ID' });
    await signIn(second, 'quang@hpm.demo');
    await second.page.goto(`${base}/workspaces`);
    await expect.poll(() => second.page.evaluate(() => document.documentElement.lang)).toBe('th');
    await second.context.close();
  }, 120_000);

  it('asks the API in the portal language: a problem comes back translated', async () => {
    const walker = await open({ locale: 'vi-VN' });
    await walker.page.goto(`${base}/sign-in`);
    await walker.page.locator('input[type="email"]').first().fill('lan@hpm.demo');
    await walker.page.locator('input[type="password"]').first().fill('not the password, surely');
    await walker.page.locator('button[type="submit"]').first().click();
    await expect.poll(async () => (await walker.page.locator('[data-testid="problem"]').textContent()) ?? '').not.toBe('');
    const text = (await walker.page.locator('[data-testid="problem"]').textContent()) ?? '';
    expect(text).not.toMatch(/Unauthorized|credentials/i);
    expect(text).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịọỏốồổỗộớờởỡợụủứừửữự]/i);
    await walker.context.close();
  }, 60_000);

  for (const timezoneId of ['UTC', 'Asia/Ho_Chi_Minh', 'Asia/Bangkok']) {
    it(`shows the validity as the same calendar day with the browser in ${timezoneId}`, async () => {
      const walker = await open({ locale: 'en-US', timezoneId });
      expect(['UTC', 'Asia/Ho_Chi_Minh', 'Asia/Saigon', 'Asia/Bangkok']).toContain(
        await walker.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone),
      );
      expect(await walker.page.evaluate(() => new Date('2026-01-01T00:00:00Z').getTimezoneOffset())).toBe(timezoneId === 'UTC' ? 0 : -420);
      const expected = formatCalendarDate(validUntil, 'en');
      const nextDay = formatCalendarDate(new Date(new Date(validUntil).getTime() + 86_400_000).toISOString(), 'en');
      await walker.page.goto(`${base}/verify/${serial}`);
      await walker.page.waitForSelector('[data-testid="verification-result"]');
      const text = (await walker.page.locator('[data-testid="verification-result"]').first().textContent()) ?? '';
      expect(text).toContain(expected);
      expect(text).not.toContain(nextDay);

      await signIn(walker, 'lan@hpm.demo');
      await walker.page.goto(`${base}/workspaces/${workspaceId}/attestations`);
      await walker.page.getByText(serial).first().click();
      await walker.page.waitForURL(/\/attestations\/[0-9a-f-]{36}$/);
      await expect.poll(async () => (await walker.page.locator('main').textContent()) ?? '').toContain(expected);
      expect((await walker.page.locator('main').textContent()) ?? '').not.toContain(nextDay);
      if (timezoneId === 'UTC') {
        // The printable certificate downloads as a PDF with the session's token.
        const [download] = await Promise.all([walker.page.waitForEvent('download'), walker.page.getByTestId('print-certificate').click()]);
        expect(download.suggestedFilename()).toMatch(/\.pdf$/);
        const { readFile } = await import('node:fs/promises');
        expect((await readFile((await download.path())!)).subarray(0, 5).toString()).toBe('%PDF-');
      }
      await walker.context.close();
    }, 120_000);
  }
});
