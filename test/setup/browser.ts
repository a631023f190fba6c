import { AxeBuilder } from '@axe-core/playwright';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { expect } from 'vitest';

/** Debian's Chromium (`apt-get install chromium`; .ci/run installs it). Never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (.ci/run does).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // The machine has no internet: without these Chromium keeps trying to reach Google's services.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** What a portal build reads besides node_modules: a change to any of these makes a new build. */
const PORTAL_INPUTS = ['apps/web', 'libs/i18n', 'libs/api-client', 'package-lock.json'];
const BUILD_CACHE = join(tmpdir(), 'attesta-portal-builds');
/** How builtPortal builds (bump when that changes: the cache key includes it). */
const BUILD_RECIPE = 'production-manifest-2';
/** A lock older than this belongs to a build that died (a build takes about a minute on a loaded runner). */
const STALE_LOCK_MS = 5 * 60_000;
const STALE_BUILD_MS = 6 * 60 * 60_000;

function filesUnder(path: string, into: string[] = []): string[] {
  if (!statSync(path).isDirectory()) {
    into.push(path);
    return into;
  }
  for (const name of readdirSync(path).sort()) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    filesUnder(join(path, name), into);
  }
  return into;
}

/** A hash of the portal's sources, its build configuration and the locked dependency versions. */
function portalInputsHash(): string {
  const hash = createHash('sha256');
  hash.update(`${BUILD_RECIPE}\0sourcemap=${process.env.ATTESTA_WEB_SOURCEMAP ?? ''}\0`);
  for (const file of PORTAL_INPUTS.flatMap((input) => filesUnder(input))) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The built portal (as `npm run build:web` builds it, plus Vite's manifest in `.vite/manifest.json`),
 * built once for its inputs and shared by every test file and run that asks for the same inputs.
 * Parallel files wait for one builder (a mkdir lock); the build goes to a scratch folder and is
 * renamed into place, so a reader never sees half a build. Read-only: copy it to change files.
 */
export async function builtPortal(): Promise<string> {
  const key = portalInputsHash();
  const dir = join(BUILD_CACHE, key);
  const lock = `${dir}.lock`;
  mkdirSync(BUILD_CACHE, { recursive: true });
  for (;;) {
    if (existsSync(join(dir, 'index.html'))) return dir;
    try {
      mkdirSync(lock);
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      else await sleep(500);
      continue;
    }
    try {
      if (existsSync(join(dir, 'index.html'))) return dir;
      const scratch = mkdtempSync(`${dir}.building-`);
      // As `npm run build:web` builds: under vitest NODE_ENV is `test`, which Vite would build
      // into the bundle (React's development build, the development JSX runtime).
      const nodeEnv = process.env.NODE_ENV;
      process.env.NODE_ENV = 'production';
      try {
        await build({
          configFile: 'apps/web/vite.config.ts',
          logLevel: 'warn',
          mode: 'production',
          build: { outDir: scratch, emptyOutDir: true, manifest: true },
        });
      } finally {
        process.env.NODE_ENV = nodeEnv;
      }
      rmSync(dir, { recursive: true, force: true });
      renameSync(scratch, dir);
      // Builds of other inputs, once nobody can still be reading them, are of no further use.
      for (const name of readdirSync(BUILD_CACHE)) {
        const old = join(BUILD_CACHE, name);
        if (!name.startsWith(key) && Date.now() - statSync(old).mtimeMs > STALE_BUILD_MS) rmSync(old, { recursive: true, force: true });
      }
      return dir;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

/** The built portal (see builtPortal) copied into the given folder, which the caller owns. */
export async function buildPortal(outDir: string): Promise<void> {
  const built = await builtPortal();
  rmSync(outDir, { recursive: true, force: true });
  cpSync(built, outDir, { recursive: true });
}

/** A phone's width (an iPhone 12–15 in portrait): every screen is checked there too. */
export const PHONE_VIEWPORT = { width: 390, height: 844 };

async function severeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)} ${n.failureSummary ?? ''}`)
          .join(' | ')}`,
    );
}

// The page's globals the at-rest pass reads, typed as far as it uses them (no DOM lib here).
declare const document: {
  getAnimations(): { playState: string; effect: { getComputedTiming(): { iterations?: number } } | null }[];
  addEventListener(type: string, listener: () => void, capture: boolean): void;
};
declare const window: object;

/** How long a screen may keep moving before it is checked as it is. */
const SETTLE_MS = 3_000;
/** Passes taken before the last one is reported as it is, though something moved during it. */
const PASSES = 3;

/**
 * The serious violations of the page at rest. A screen mid-transition is not what a reader
 * reads: a notification fading in or out is half transparent, and its text fails contrast
 * for those 200 ms. So the pass waits until no finite animation or transition runs (a
 * spinner's endless one is part of the screen), and is taken again when one started during
 * it (a notification's timer closing it, say). A violation of the screen at rest shows in
 * every pass.
 */
async function violationsAtRest(page: Page): Promise<string[]> {
  let violations: string[] = [];
  for (let pass = 1; pass <= PASSES; pass++) {
    await page
      .waitForFunction(
        () => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Number.POSITIVE_INFINITY),
        undefined,
        { timeout: SETTLE_MS, polling: 50 },
      )
      // Still moving after that long: checked as it is; a pass it spoils is taken again.
      .catch(() => undefined);
    const before = await motionCount(page);
    violations = await severeViolations(page);
    if (violations.length === 0 || (await motionCount(page)) === before) return violations;
  }
  return violations;
}

/** Transitions and animations started on the page so far (counted from the first call). */
function motionCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as { attestaMotion?: number };
    if (w.attestaMotion === undefined) {
      w.attestaMotion = 0;
      const count = () => void (w.attestaMotion = (w.attestaMotion ?? 0) + 1);
      document.addEventListener('transitionrun', count, true);
      document.addEventListener('animationstart', count, true);
    }
    return w.attestaMotion;
  });
}

/**
 * An axe-core pass over the page at rest, at its width and (when wider) again at a phone's
 * 390 px, where the navigation folds away and tables scroll: no serious or critical violation.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const wide = await violationsAtRest(page);
  expect(wide, `accessibility of ${screen}: ${wide.join(' ¦ ')}`).toEqual([]);
  const viewport = page.viewportSize();
  if (!viewport || viewport.width <= PHONE_VIEWPORT.width) return;
  await page.setViewportSize(PHONE_VIEWPORT);
  try {
    // Layout by media queries and resize observers: two frames before the navigation's
    // transition has started, which the pass then waits out.
    await page.waitForTimeout(100);
    const phone = await violationsAtRest(page);
    expect(phone, `accessibility of ${screen} at ${PHONE_VIEWPORT.width} px: ${phone.join(' ¦ ')}`).toEqual([]);
  } finally {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(100);
  }
}

/**
 * Screenshots of the main screens: under test-results/screenshots, or docs/screenshots
 * when ATTESTA_SCREENSHOTS=docs (`npm run screenshots` refreshes the README's pictures).
 */
export function screenshotDir(): string {
  const dir = process.env.ATTESTA_SCREENSHOTS === 'docs' ? 'docs/screenshots' : join('test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}
