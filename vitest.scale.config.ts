import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

const alias = [
  { find: /^@attesta\/migrations$/, replacement: `${root}migrations/index.ts` },
  { find: /^@attesta\/([a-z0-9-]+)$/, replacement: `${root}libs/$1/src/index.ts` },
];

/**
 * `npm run test:scale`: the compiled API and worker (dist/, built by the script first) as
 * several processes on one database, Redis and object store. One file, one cluster; it clones
 * the migrated template database like the integration tier.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    name: 'scale',
    include: ['test/scale/**/*.scale-spec.ts'],
    globalSetup: ['test/setup/global-setup.ts'],
    setupFiles: ['test/setup/pg-warnings.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
