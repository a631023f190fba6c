/**
 * Runs a TypeScript entry point (e.g. apps/worker/src/main.ts) in this process without a build:
 * Vite's module runner transforms the sources (decorator metadata included) with the same
 * `@attesta/*` aliases as the tests, and node_modules load natively. The fault tests start the
 * worker this way as a child process they can SIGKILL, since `npm run build` writes dist/.
 *   node test/faults/run-ts.mjs apps/worker/src/main.ts
 */
import { fileURLToPath } from 'node:url';
import { createServer, createServerModuleRunner } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entry = process.argv[2];
if (!entry) {
  process.stderr.write('usage: node test/faults/run-ts.mjs <entry.ts>\n');
  process.exit(2);
}

const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
  resolve: {
    alias: [
      { find: /^@attesta\/migrations$/, replacement: `${root}migrations/index.ts` },
      { find: /^@attesta\/([a-z0-9-]+)$/, replacement: `${root}libs/$1/src/index.ts` },
    ],
  },
});
const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
await runner.import(entry);
