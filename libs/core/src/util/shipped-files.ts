import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where a path the repository ships beside the code (e.g. `libs/catalog/data`) is: the first
 * folder, from `from`'s own folder upwards, that holds `relative` (and passes `accept`); null when
 * none does. The same walk finds it from the sources (`libs/…/src/`), from the compiled modules
 * (`dist/libs/…/src/`), from the bundles (`dist/bundle/`) and in the container image, which keeps
 * the shipped folders beside `dist/`.
 */
export function findShipped(relative: string, from: string | URL, accept: (path: string) => boolean = existsSync): string | null {
  let dir = dirname(typeof from === 'string' && !from.startsWith('file:') ? from : fileURLToPath(from));
  for (;;) {
    const candidate = join(dir, relative);
    if (accept(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
