import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser } from '../setup/browser.js';

/**
 * The accessibility check every portal screen goes through (expectAccessible) reads the
 * screen at rest. A notification fading out is half transparent for ~150 ms; a pass that
 * met it there failed a portal run on contrast. Here the fade is stretched to 1.5 s so a
 * pass begun as it starts always meets it, and a screen that is low-contrast at rest must
 * still fail.
 */
describe('accessibility check (browser)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // A notice in dark text on white (21:1) that fades out over `fade` when told to.
  const screen = (fade: string, restingOpacity = 1) => `<!doctype html><html lang="en"><head><title>Notice</title>
    <style>
      body { background: #fff; margin: 0; }
      #notice { color: #111; background: #fff; opacity: ${restingOpacity}; transition: opacity ${fade} linear; }
      #notice.closing { opacity: 0; }
    </style></head>
    <body><main><h1>Workspace</h1><div id="notice" role="status">Evidence created: PredictCare failure-response protocol v2</div></main></body></html>`;

  it('waits out a notification fading away instead of reading its half-transparent text', async () => {
    await page.setContent(screen('1500ms'));
    await page.evaluate("requestAnimationFrame(() => document.getElementById('notice').classList.add('closing'))");
    await page.waitForFunction('document.getAnimations().length > 0');
    await expectAccessible(page, 'a notice closing');
    // The check returned once the fade had ended, not while it ran.
    expect(await page.evaluate('document.getAnimations().length')).toBe(0);
  });

  it('takes the pass again when something starts moving during it', async () => {
    await page.setContent(screen('1500ms'));
    // The notification's own timer closes it just after the pass has begun.
    await page.evaluate("setTimeout(() => document.getElementById('notice').classList.add('closing'), 30)");
    await expectAccessible(page, 'a notice closed by its timer');
  });

  it('still fails a screen whose text is low-contrast at rest', async () => {
    await page.setContent(screen('150ms', 0.3));
    await expect(expectAccessible(page, 'a faded notice at rest')).rejects.toThrow(/color-contrast/);
  });
});
