import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

const alias = [
  { find: /^@attesta\/migrations$/, replacement: `${root}migrations/index.ts` },
  { find: /^@attesta\/([a-z0-9-]+)$/, replacement: `${root}libs/$1/src/index.ts` },
];

/**
 * `npm run test:faults`: kills workers and Redis on purpose. Each file starts its own
 * redis-server on a free port and its own child processes, and clones the migrated template
 * database like the integration tier; files run one at a time (they are CPU-hungry).
 */
export default defineConfig({
  resolve: { alias },
  test: {
    name: 'faults',
    include: ['test/faults/**/*.fault-spec.ts'],
    globalSetup: ['test/setup/global-setup.ts'],
    setupFiles: ['test/setup/pg-warnings.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 120_000,
  },
});
