import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, mkdirSync } from 'node:fs';
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

/** Builds the portal exactly as `npm run build:web` does, into the given folder. */
export async function buildPortal(outDir: string): Promise<void> {
  await build({ configFile: 'apps/web/vite.config.ts', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

/** An axe-core pass over the page as it is now: no serious or critical violation. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const severe = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)} ${n.failureSummary ?? ''}`)
          .join(' | ')}`,
    );
  expect(severe, `accessibility of ${screen}`).toEqual([]);
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
