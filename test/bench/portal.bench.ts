import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pg from 'pg';
import type { Browser } from 'playwright-core';
import { loadConfig } from '@attesta/core';
import { withScratchDatabase } from '../../scripts/lib/scratch-db.js';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../../scripts/seed/demo-seed.js';
import { buildPortal, launchBrowser } from '../setup/browser.js';
import { envInt, line, load, repoRoot, summary } from './db-bench.js';

/**
 * Lighthouse's "slow 4G" as DevTools applies it (request-level throttling): 150 ms RTT × 3.75,
 * 1.6 Mbit/s × 0.9 down, 750 kbit/s × 0.9 up; and a mid-range phone's CPU as 4× slowdown.
 */
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };
const CPU_SLOWDOWN = 4;

interface Visit {
  /** First contentful paint (ms from navigation start). */
  fcp: number;
  /** The screen's own content drawn (its data-bearing element visible), ms from navigation start. */
  content: number;
  /** JavaScript bytes over the wire (transfer size of every script). */
  scriptKb: number;
}

/** A copy of the built portal without its `.br`/`.gz` twins: the API then serves every asset uncompressed. */
function uncompressedCopy(webDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'attesta-portal-plain-'));
  cpSync(webDir, dir, { recursive: true, filter: (src) => !/\.(br|gz)$/.test(src) });
  return dir;
}

/**
 * First contentful paint of the workspace overview (signed in) and of `/verify/<serial>` (anonymous)
 * on emulated slow 4G with 4× CPU slowdown, cold cache, served by the API from the built portal: once
 * with the precompressed twins (as shipped) and once from a copy without them (the uncompressed
 * figure beside it). Both APIs run on one demo-seeded throwaway database; variants are measured in
 * interleaved rounds (BENCH_ROUNDS, default 3), each visit in a fresh browser context.
 */
export async function runPortalBench(): Promise<void> {
  const rounds = envInt('BENCH_ROUNDS', 3);
  const built = join(repoRoot, 'dist', 'web');
  let webDir = process.env.WEB_DIR ?? built;
  let ownBuild: string | undefined;
  if (!existsSync(join(webDir, 'index.html'))) {
    ownBuild = mkdtempSync(join(tmpdir(), 'attesta-portal-bench-'));
    line(`no built portal in ${webDir}: building into ${ownBuild}`);
    await buildPortal(ownBuild);
    webDir = ownBuild;
  }
  if (!readdirSync(join(webDir, 'assets')).some((f) => f.endsWith('.br'))) throw new Error(`${webDir} has no precompressed twins`);
  const plainDir = uncompressedCopy(webDir);
  const sink = new Writable({ write: (_c, _e, done) => done() });
  const env: Record<string, string | undefined> = {
    ...process.env,
    LOG_LEVEL: 'warn',
    QUEUE_PREFIX: `bench-portal-${process.pid}`,
    METRICS_ENABLED: 'false',
    RATE_LIMIT_USER_PER_MINUTE: '1000000',
    RATE_LIMIT_PUBLIC_PER_IP_PER_MINUTE: '1000000',
  };
  let browser: Browser | undefined;
  try {
    await withScratchDatabase(env, async (scratch) => {
      const { createAllInOneApp } = await import('../../apps/all-in-one/src/all-in-one.js');
      const { createApiApp } = await import('../../apps/api/src/bootstrap.js');
      const base = { ...env, DATABASE_URL: scratch.DATABASE_URL, DATABASE_MIGRATION_URL: scratch.DATABASE_MIGRATION_URL, REDIS_URL: scratch.REDIS_URL };
      const shipped = await createAllInOneApp(loadConfig({ ...base, WEB_DIR: webDir, API_RUN_PROCESSORS: 'true' }), { logDestination: sink as never });
      const plain = await createApiApp(loadConfig({ ...base, WEB_DIR: plainDir }), { logDestination: sink as never });
      try {
        await seedDemoIfEmpty(shipped);
        const urls: Record<'compressed' | 'uncompressed', string> = { compressed: '', uncompressed: '' };
        for (const [name, app] of [
          ['compressed', shipped],
          ['uncompressed', plain],
        ] as const) {
          await app.listen({ port: 0, host: '127.0.0.1' });
          const address = app.getHttpServer().address();
          // localhost, as a user opens it: the session cookies are Secure, which browsers keep from http://localhost.
          urls[name] = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
        }
        const { workspaceId, serial } = await demoTargets(scratch.DATABASE_MIGRATION_URL);
        browser = await launchBrowser();
        const screens = [
          { name: 'workspace overview', path: `/workspaces/${workspaceId}`, signIn: 'lan@hpm.demo', content: '[data-testid="requirements-table"]' },
          { name: '/verify/<serial>', path: `/verify/${serial}`, signIn: undefined, content: '[data-testid="verification-status"]' },
        ];
        const results = new Map<string, Visit[]>();
        line(`portal first paint: slow 4G (${SLOW_4G.latency} ms latency, 1.47 Mbit/s down) + ${CPU_SLOWDOWN}x CPU, cold cache, ${rounds} rounds`);
        for (let r = 0; r < rounds; r++) {
          line(`round ${r + 1}: ${load()}`);
          // Alternate which variant goes first, so neither always meets a warmer machine.
          const order = r % 2 === 0 ? (['compressed', 'uncompressed'] as const) : (['uncompressed', 'compressed'] as const);
          for (const screen of screens) {
            for (const variant of order) {
              const visit = await measure(browser, urls[variant], screen.path, screen.content, screen.signIn);
              const key = `${screen.name} | ${variant}`;
              results.set(key, [...(results.get(key) ?? []), visit]);
              line(`  ${key}: FCP ${visit.fcp.toFixed(0)} ms, content ${visit.content.toFixed(0)} ms, scripts ${visit.scriptKb.toFixed(1)} KB`);
            }
          }
        }
        line('');
        line('screen | variant: FCP ms (min / median / max) · content drawn ms · script KB over the wire (target: FCP <= 3000 ms compressed)');
        for (const [key, visits] of results) {
          line(
            `${key}: FCP ${summary(visits.map((v) => v.fcp))} · content ${summary(visits.map((v) => v.content))} · scripts ${summary(visits.map((v) => v.scriptKb))}`,
          );
        }
      } finally {
        await browser?.close();
        await plain.close();
        await shipped.close();
      }
    });
  } finally {
    rmSync(plainDir, { recursive: true, force: true });
    if (ownBuild) rmSync(ownBuild, { recursive: true, force: true });
  }
}

/** The demo's manufacturer workspace and one active attestation's serial. */
async function demoTargets(ownerUrl: string): Promise<{ workspaceId: string; serial: string }> {
  const c = new pg.Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    const ws = await c.query<{ id: string }>(`SELECT id FROM workspaces WHERE name LIKE 'VMC-850 + PredictCare%' ORDER BY created_at LIMIT 1`);
    const at = await c.query<{ serial: string }>(`SELECT serial FROM attestations WHERE status = 'active' ORDER BY issued_at DESC LIMIT 1`);
    if (!ws.rows[0] || !at.rows[0]) throw new Error('the demo seed has no workspace or active attestation to open');
    return { workspaceId: ws.rows[0].id, serial: at.rows[0].serial };
  } finally {
    await c.end();
  }
}

async function measure(browser: Browser, base: string, path: string, contentSelector: string, email: string | undefined): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  try {
    if (email) {
      // Signed in through the API (unthrottled): the measured load then renews the session from its cookie, as a returning user's does.
      const res = await context.request.post(`${base}/v1/auth/web/login`, { headers: { 'x-attesta-web': '1' }, data: { email, password: DEMO_PASSWORD } });
      if (!res.ok()) throw new Error(`sign-in as ${email}: ${res.status()} ${await res.text()}`);
    }
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(`${base}${path}`, { waitUntil: 'commit', timeout: 120_000 });
    await page.waitForSelector(contentSelector, { timeout: 120_000 });
    const content = await page.evaluate(() => performance.now());
    // Page-side code as text: this file is compiled without the DOM's types.
    const fcp = await page.evaluate<number>(`new Promise((resolve) => {
      new PerformanceObserver((list) => {
        const entry = list.getEntries().find((e) => e.name === 'first-contentful-paint');
        if (entry) resolve(entry.startTime);
      }).observe({ type: 'paint', buffered: true });
    })`);
    const scriptBytes = await page.evaluate<number>(
      `performance.getEntriesByType('resource').filter((e) => /\\.js(\\?|$)/.test(e.name)).reduce((sum, e) => sum + e.transferSize, 0)`,
    );
    return { fcp, content, scriptKb: scriptBytes / 1024 };
  } finally {
    await context.close();
  }
}
