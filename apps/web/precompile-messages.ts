import { parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

/** A catalog file: `src/i18n/common/<locale>.ts` or `src/features/<feature>/messages/<locale>.ts`. */
const CATALOG = /\/src\/(?:features\/[^/]+\/messages|i18n\/common)\/[^/]+\.ts$/;

/**
 * Builds ship the message catalogs parsed (ICU MessageFormat syntax trees, as `@formatjs/cli
 * compile --ast` writes them), so the browser formats without the ICU parser: the parser is
 * aliased to its `no-parser` entry (react-intl's documented setup). A tree is larger than its
 * string, but gzip shrinks the difference to about 5 %, far less than the parser itself.
 * Development and the component tests keep strings and the parser.
 */
export function precompileMessages(): Plugin {
  return {
    name: 'attesta-precompile-messages',
    apply: 'build',
    config: () => ({
      resolve: { alias: [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' }] },
    }),
    transform(code, id) {
      if (!CATALOG.test(id.split('?')[0]!)) return null;
      // After TypeScript is stripped, a catalog is one `export const <name> = { id: 'message', … };`.
      const exported = [...code.matchAll(/\bexport const (\w+)\s*=/g)];
      if (exported.length !== 1) this.error(`${id}: a catalog exports exactly one constant`);
      const name = exported[0]![1]!;
      const messages = new Function(`"use strict"; ${code.replace(/\bexport const \w+\s*=/, 'return')}`)() as Record<string, string>;
      const trees = Object.fromEntries(Object.entries(messages).map(([key, message]) => [key, parse(message)]));
      return { code: `export const ${name} = ${JSON.stringify(trees)};\n`, map: null };
    },
  };
}
