import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '@attesta/i18n';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPortal } from '../setup/browser.js';
import { gzipSync } from 'node:zlib';
import { describeWeight, kb, readManifest, routeWeight, type RouteWeight } from '../setup/bundle-budget.js';

/** What a phone that scanned a QR code may download in script before the page draws, gzipped. */
const BUDGET = 60 * 1024;

/** The light public pages: their HTML entry and the catalogs (namespaces) they load in the reader's language. */
const PAGES = [
  { route: '/verify/<serial>', entry: 'verify.html', namespaces: ['src/features/public/messages', 'src/features/attestations/messages', 'src/i18n/common'] },
  { route: '/trust/<organization>', entry: 'trust.html', namespaces: ['src/features/trust/messages', 'src/features/attestations/messages', 'src/i18n/common'] },
];

/**
 * A page's scripts in one language: its entry with everything it preloads, and its catalogs in
 * that language. A catalog the portal's first bundle also imports (common English) sits in a chunk
 * of its own that is no lazy module of the build: such chunks count too, whatever the language.
 */
function pageWeight(outDir: string, page: (typeof PAGES)[number], locale: string): RouteWeight {
  const manifest = readManifest(outDir);
  const catalogs = page.namespaces.map((folder) => `${folder}/${locale}.ts`);
  const weight = routeWeight(outDir, { entry: page.entry, lazy: catalogs.filter((module) => manifest[module]?.isDynamicEntry) });
  const counted = new Set(weight.files.map((f) => f.file));
  for (const key of manifest[page.entry]!.dynamicImports ?? []) {
    const file = manifest[key]!.file;
    if (!key.startsWith('_') || counted.has(file)) continue;
    const bytes = readFileSync(join(outDir, file));
    const gzip = gzipSync(bytes, { level: 9 }).length;
    weight.files.push({ file, bytes: bytes.length, gzip });
    weight.bytes += bytes.length;
    weight.gzip += gzip;
  }
  return weight;
}

/** Markers only React DOM and Mantine put in a bundle. */
const PORTAL_LIBRARIES = /__reactFiber|__reactContainer|mantine-/;

/**
 * The pages a QR code opens (/verify, /trust) are light entries of their own, built as
 * `npm run build:web` builds them: every script their HTML loads plus one language's catalogs
 * stays within 60 KB gzip, and none of it is React DOM or Mantine.
 */
describe('Light public pages (script budget)', () => {
  let outDir: string;

  beforeAll(async () => {
    outDir = await builtPortal();
  }, 300_000);

  for (const page of PAGES) {
    it(`${page.route} loads at most ${kb(BUDGET)} gzip of script in any language, without React DOM or Mantine`, () => {
      const weights: [string, RouteWeight][] = LOCALES.map((locale) => [locale, pageWeight(outDir, page, locale)]);
      const [locale, heaviest] = weights.sort((a, b) => b[1].gzip - a[1].gzip)[0]!;
      process.stdout.write(`${describeWeight(`${page.route} (${locale})`, heaviest)}\n`);
      expect(heaviest.gzip, describeWeight(page.route, heaviest)).toBeLessThanOrEqual(BUDGET);

      const portal = routeWeight(outDir, { entry: 'index.html', lazy: [] });
      for (const { file } of heaviest.files) expect(readFileSync(join(outDir, file), 'utf8'), file).not.toMatch(PORTAL_LIBRARIES);
      expect(
        portal.files.some(({ file }) => PORTAL_LIBRARIES.test(readFileSync(join(outDir, file), 'utf8'))),
        'the markers find React in the portal',
      ).toBe(true);
    });
  }

  it('serves each light page from its own HTML, with no script of the portal’s entry', () => {
    const portal = new Set(routeWeight(outDir, { entry: 'index.html', lazy: [] }).files.map((f) => f.file));
    for (const page of PAGES) {
      const html = readFileSync(join(outDir, page.entry), 'utf8');
      const scripts = [...html.matchAll(/<script[^>]+src="\/([^"]+)"/g)].map((m) => m[1]!);
      expect(scripts, page.entry).toHaveLength(1);
      expect(portal.has(scripts[0]!), `${page.entry} loads the portal's entry script`).toBe(false);
      // The frame shows before any script runs.
      expect(html, page.entry).toMatch(/<div id="root">\s*<div class="frame-header"/);
    }
  });
});
