import type { Plugin } from 'vite';

const SCROLL_AREA = /\/@mantine\/core\/esm\/components\/ScrollArea\/ScrollArea\.mjs$/;
const MERGE_REFS = '\0attesta:scroll-area-merge-refs';

/**
 * Mantine's ScrollArea (and so every `Table`, whose `Table.ScrollContainer` draws one) takes a
 * single hook from `@floating-ui/react`, `useMergeRefs`; the bundler cannot split that module,
 * so each screen with a table carried the whole floating-UI library (about 13 KB gzip) although
 * only popovers and tooltips position anything with it. This hands ScrollArea the same hook
 * built on Mantine's own `useMergedRef`; popovers, tooltips and menus keep floating UI.
 */
export function mantineSlim(): Plugin {
  return {
    name: 'attesta-mantine-slim',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '@floating-ui/react' && importer && SCROLL_AREA.test(importer)) return MERGE_REFS;
      return null;
    },
    load(id) {
      if (id !== MERGE_REFS) return null;
      return [
        "import { useMergedRef } from '@mantine/hooks';",
        '/** Floating UI’s `useMergeRefs(refs)`: one callback ref that sets every ref given. */',
        'export function useMergeRefs(refs) { return useMergedRef(...refs); }',
      ].join('\n');
    },
  };
}
