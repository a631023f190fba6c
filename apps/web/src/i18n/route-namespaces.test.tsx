import { describe, expect, it } from 'vitest';
import { FRAME_NAMESPACES } from './catalogs';

/**
 * Screens load their messages with their code (`lazyScreen(namespaces, load)` in app.tsx), and
 * the frame draws with FRAME_NAMESPACES alone. A screen that names an id of a namespace it does
 * not load would show the id instead of the words; this reads the source to prove that none does.
 */
const sources = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>(['../**/*.ts', '../**/*.tsx', '!../**/*.test.tsx', '!../**/messages/*.ts'], { eager: true, query: '?raw', import: 'default' }),
  ).filter(([path]) => !/(^\.\/|\/i18n\/)/.test(path)), // the machinery, whose comments show ids by way of example
);
const app = import.meta.glob<string>('../app.tsx', { eager: true, query: '?raw', import: 'default' })['../app.tsx']!;
const english = import.meta.glob<Record<string, Record<string, string>>>(['../features/*/messages/en.ts', './common/en.ts'], { eager: true });
const ids = Object.values(english).flatMap((module) => Object.keys(Object.values(module)[0]!));

/** `../features/x/Y` from `../app.tsx` → the key of that file in `sources`. */
function resolve(from: string, specifier: string): string | undefined {
  const parts = from.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  const base = parts.join('/');
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((candidate) => candidate in sources);
}

/** `lazyScreen([...], () => import('…'))`: a screen (or a section of one) that loads its own namespaces. */
const LAZY_SCREEN = /lazyScreen\(\s*\[([^\]]*)\],\s*\(\)\s*=>\s*import\('([^']+)'\)/g;

/**
 * The files a module pulls in: its static imports, and with `dynamic` its `import()`s, transitively;
 * a nested `lazyScreen` is not followed (it loads its namespaces itself and is checked on its own).
 */
function closure(start: string, dynamic: boolean): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const nested = new Set([...sources[file]!.matchAll(LAZY_SCREEN)].map(([, , specifier]) => specifier!));
    const pattern = dynamic ? /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)'(\.[^']+)'/g : /(?:\bfrom\s+|\bimport\s+)'(\.[^']+)'/g;
    for (const [, specifier] of sources[file]!.matchAll(pattern)) {
      if (nested.has(specifier!)) continue;
      const target = resolve(file, specifier!);
      if (target) visit(target);
    }
  };
  visit(start);
  return seen;
}

/** The namespaces of the message ids a set of files names: whole ids, and prefixes of built ids (`` `x.status.${s}` ``, `'x.status.' + s`). */
function namespacesNamed(files: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const file of files) {
    for (const [, text, end] of sources[file]!.matchAll(/['"`]([a-z][A-Za-z]*\.[A-Za-z0-9_.-]*)(['"`]|\$\{)/g)) {
      const built = end === '${' || text!.endsWith('.');
      if (built ? ids.some((id) => id.startsWith(text!)) : ids.includes(text!)) found.add(text!.split('.')[0]!);
    }
  }
  return [...found].sort();
}

/** Every lazy screen: those of app.tsx and sections of screens that load their own namespaces, by the file that declares them. */
const screens = [['../app.tsx', app] as const, ...Object.entries(sources).filter(([path]) => path !== '../app.tsx')].flatMap(([from, text]) =>
  [...text.matchAll(LAZY_SCREEN)].map(([, list, specifier]) => ({
    from,
    specifier: specifier!,
    declared: [...list!.matchAll(/'([^']+)'/g)].map((m) => m[1]!).sort(),
  })),
);

describe('namespaces loaded with each screen', () => {
  it('finds the screens of app.tsx', () => {
    expect(screens.length).toBeGreaterThan(20);
  });

  it('the frame (main.tsx without its lazy screens) names only ids of the frame namespaces', () => {
    const frame = namespacesNamed(closure('../main.tsx', false));
    expect(frame.filter((ns) => !FRAME_NAMESPACES.includes(ns as never))).toEqual([]);
  });

  it.each(screens)('$specifier loads exactly the namespaces its code names (beyond the frame)', ({ from, specifier, declared }) => {
    const file = resolve(from, specifier);
    expect(file, specifier).toBeDefined();
    const named = namespacesNamed(closure(file!, true)).filter((ns) => !FRAME_NAMESPACES.includes(ns as never));
    expect(declared).toEqual(named);
  });
});
