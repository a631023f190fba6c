import { beforeAll, describe, expect, it } from 'vitest';
import { builtPortal } from '../setup/browser.js';
import { describeWeight, kb, portalRoute, routeWeight, type RouteLoad } from '../setup/bundle-budget.js';

/**
 * What a first visit downloads before a screen draws, from the build the browser tests use (built
 * once per set of inputs): the entry with its static imports (modulepreloaded), the screens' lazy
 * chunks with theirs, and the message catalogs each screen waits for, gzip level 9 as the
 * build's `.gz` twins. English, the catalog bundled with the frame.
 */
const FIRST_ROUTES: { route: string; load: RouteLoad; budgetKb: number }[] = [
  { route: '/sign-in', load: portalRoute(['src/features/auth/SignInPage.tsx']), budgetKb: 150 },
  { route: '/ (home)', load: portalRoute(['src/features/home/HomePage.tsx']), budgetKb: 150 },
  {
    route: '/workspaces/:id (overview)',
    load: portalRoute(['src/features/workspaces/WorkspaceLayout.tsx', 'src/features/workspaces/WorkspaceOverview.tsx']),
    budgetKb: 150,
  },
  // The pages a QR code opens on a phone (light entries, 60 KB in every language): web-public-budget.int-spec.ts.
];

describe('Portal script budget (first route, gzip)', () => {
  let webDir: string;

  beforeAll(async () => {
    webDir = await builtPortal();
  }, 300_000);

  it.each(FIRST_ROUTES)('$route stays within $budgetKb KB', ({ route, load, budgetKb }) => {
    const weight = routeWeight(webDir, load);
    console.info(`${describeWeight(route, weight)}\n  budget ${budgetKb} KB, ${kb(budgetKb * 1024 - weight.gzip)} left`);
    expect(weight.files.length).toBeGreaterThan(1);
    expect(weight.gzip, `${route}: ${kb(weight.gzip)} gzip`).toBeLessThanOrEqual(budgetKb * 1024);
  });

  it('counts what a screen waits for: a screen with its catalog weighs more than the frame alone', () => {
    const frame = routeWeight(webDir, { entry: 'index.html', lazy: [] });
    const overview = routeWeight(webDir, FIRST_ROUTES[2]!.load);
    expect(overview.gzip).toBeGreaterThan(frame.gzip);
    expect(overview.files.some((f) => /\/en-[\w-]+\.js$/.test(f.file))).toBe(true);
  });
});
