import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const WEB_ROOT = fileURLToPath(new URL('../../apps/web/', import.meta.url));

/** One chunk of Vite's build manifest (`build.manifest: true`, `.vite/manifest.json`). */
interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  /** Static imports: loaded (modulepreloaded) together with the chunk. */
  imports?: string[];
  dynamicImports?: string[];
}

type Manifest = Record<string, ManifestChunk>;

/** What the browser must fetch to draw a route: an HTML entry plus the lazily loaded modules the route waits for. */
export interface RouteLoad {
  /** The HTML entry the route is served from, relative to apps/web (`index.html`). */
  entry: string;
  /**
   * Source modules loaded with `import()` before the route can draw (its screen chunks and the
   * message catalogs it waits for), relative to apps/web, e.g. `src/features/auth/SignInPage.tsx`.
   */
  lazy: string[];
}

export interface RouteWeight {
  /** Every JavaScript file of the route with its size on disk and gzipped (level 9, as the build's `.gz` twins). */
  files: { file: string; bytes: number; gzip: number }[];
  bytes: number;
  gzip: number;
}

export function readManifest(outDir: string): Manifest {
  const path = join(outDir, '.vite', 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: build with build.manifest (test/setup/browser.ts builtPortal does)`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

function gzipSize(outDir: string, file: string): number {
  // The build's own twin where it wrote one (files of 1 KiB and more); the same level otherwise.
  const twin = join(outDir, `${file}.gz`);
  return existsSync(twin) ? readFileSync(twin).length : gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
}

/**
 * The JavaScript a browser fetches before it can draw a route of the built portal: the HTML
 * entry's script with its static imports (Vite modulepreloads them), and each lazily loaded module
 * the route waits for with its static imports. Files shared by several of them count once.
 */
export function routeWeight(outDir: string, load: RouteLoad): RouteWeight {
  const manifest = readManifest(outDir);
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is no chunk of the build (a module bundled into another chunk has no key of its own)`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  const entry = manifest[load.entry];
  if (!entry?.isEntry) throw new Error(`${load.entry} is not an entry of the build`);
  visit(load.entry);
  for (const module of load.lazy) {
    if (!manifest[module]?.isDynamicEntry) throw new Error(`${module} is not loaded lazily in this build`);
    visit(module);
  }
  const sized = [...files]
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, bytes: readFileSync(join(outDir, file)).length, gzip: gzipSize(outDir, file) }))
    .sort((a, b) => b.gzip - a.gzip);
  return { files: sized, bytes: sized.reduce((sum, f) => sum + f.bytes, 0), gzip: sized.reduce((sum, f) => sum + f.gzip, 0) };
}

/** `service-levels` ← `serviceLevels`: where a namespace's catalogs live (apps/web/src/i18n/types.ts). */
function catalogOf(namespace: string, locale: string): string {
  if (namespace === 'common') return `src/i18n/common/${locale}.ts`;
  return `src/features/${namespace.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}/messages/${locale}.ts`;
}

/**
 * A route of the portal (index.html) drawn by the given screens (`src/features/…/X.tsx`, outer
 * layout first), in one language: the screens' chunks plus the catalogs of the namespaces app.tsx
 * loads with each of them (`lazyScreen([...], () => import('./features/…'))`), which the route
 * waits for before it draws. The frame's own `common` catalog is in the entry in English.
 */
export function portalRoute(screens: string[], locale = 'en'): RouteLoad {
  const app = readFileSync(join(WEB_ROOT, 'src/app.tsx'), 'utf8');
  const declared = new Map(
    [...app.matchAll(/lazyScreen\(\s*\[([^\]]*)\],\s*\(\)\s*=>\s*import\('\.\/([^']+)'\)/g)].map(([, list, module]) => [
      `src/${module}.tsx`,
      [...list!.matchAll(/'([^']+)'/g)].map((m) => m[1]!),
    ]),
  );
  const namespaces = new Set<string>();
  for (const screen of screens) {
    const own = declared.get(screen);
    if (!own) throw new Error(`${screen} is not a lazyScreen of apps/web/src/app.tsx`);
    own.forEach((ns) => namespaces.add(ns));
  }
  if (locale !== 'en') namespaces.add('common');
  return { entry: 'index.html', lazy: [...screens, ...[...namespaces].map((ns) => catalogOf(ns, locale))] };
}

/** `1234567` → `1205.6 KB` (KB = 1024 bytes). */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** A route's weight as lines for a test's output: total, then its largest files. */
export function describeWeight(route: string, weight: RouteWeight, top = 6): string {
  return [
    `${route}: ${kb(weight.gzip)} gzip (${kb(weight.bytes)} raw) in ${weight.files.length} scripts`,
    ...weight.files.slice(0, top).map((f) => `  ${kb(f.gzip).padStart(9)}  ${f.file}`),
  ].join('\n');
}
