import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

const alias = [
  { find: /^@attesta\/migrations$/, replacement: `${root}migrations/index.ts` },
  { find: /^@attesta\/([a-z0-9-]+)$/, replacement: `${root}libs/$1/src/index.ts` },
];

/** What the service, integration and e2e files share: a migrated template database, cloned per file. */
function integrationHarness(groupOrder: number) {
  return {
    globalSetup: ['test/setup/global-setup.ts'],
    // A pg deprecation warning (e.g. overlapping queries on one client) fails the test.
    setupFiles: ['test/setup/pg-warnings.ts'],
    pool: 'forks' as const,
    // Each file gets its own database and queue prefix, so files run in parallel.
    fileParallelism: true,
    maxWorkers: 2,
    // Groups run one after another, so two groups of database files never share the two cores.
    sequence: { groupOrder },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll waits for a page or a queue; one second (the default) is too short on a
    // loaded two-core runner, and a poll that succeeds returns as soon as it does.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  };
}

export default defineConfig({
  resolve: { alias },
  test: {
    reporters: process.env.CI ? ['default', 'junit'] : ['default'],
    outputFile: { junit: 'test-results/junit.xml' },
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['libs/**/*.spec.ts', 'apps/**/*.spec.ts', 'migrations/**/*.spec.ts', 'scripts/**/*.spec.ts'],
          exclude: ['apps/web/**', 'node_modules/**'],
          // Importing the Nest graph dominates; unit files share one module graph.
          isolate: false,
          pool: 'threads',
          sequence: { groupOrder: 0 },
        },
      },
      {
        plugins: [react()],
        resolve: { alias },
        test: {
          name: 'web',
          include: ['apps/web/src/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['apps/web/src/test/setup.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        resolve: { alias },
        test: {
          // Services against real PostgreSQL and Redis, no HTTP under test: a job's scan, a read
          // model, a concurrency rule. The same database-per-file harness as the integration tier.
          name: 'service',
          include: ['test/service/**/*.service-spec.ts'],
          ...integrationHarness(2),
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['test/**/*.int-spec.ts', 'test/**/*.e2e-spec.ts'],
          ...integrationHarness(1),
        },
      },
    ],
  },
});
