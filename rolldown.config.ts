import { defineConfig } from 'rolldown';

/**
 * The production entry points as ES module bundles (`dist/bundle/`), built from the compiled
 * JavaScript in `dist/` (so TypeScript's decorator metadata is already in it). Start-up is
 * mostly loading modules: one file per entry point and its chunks instead of ~500 files of the
 * app's own, and ~700 of the packages below, is what `npm run bench -- startup` measures.
 *
 * Only the app's code and the packages in BUNDLED go into the bundle; every other package stays
 * in node_modules and is loaded by Node as before. A package may be bundled only when nothing
 * outside the bundle loads it too (a second copy would be loaded beside the bundled one, with
 * classes and registries of its own): the framework packages that other packages require
 * (@nestjs/common and core, the Fastify adapter, @nestjs/typeorm and TypeORM, class-validator
 * and -transformer, Passport, BullMQ, pino) stay out, as do those that read files beside their
 * own modules (BullMQ's Lua scripts, pino's transports, swagger-ui-dist's assets), those with
 * native code (argon2) and those the tracing instruments as they load (pg, ioredis, http).
 */
const BUNDLED = new Set([
  '@nestjs/swagger', // with es-toolkit/compat, 428 modules of its own; see HealthController for @nestjs/terminus's optional require
  'es-toolkit',
  '@nestjs/mapped-types',
  '@nestjs/terminus',
  '@nestjs/bullmq',
  '@nestjs/bull-shared',
  'nestjs-cls',
  'zod',
  'jose',
  'uuid',
  'file-type', // with what only it loads
  'strtok3',
  'token-types',
  '@tokenizer/inflate',
  'uint8array-extras',
  'csv-parse',
  'csv-stringify',
  'intl-messageformat',
]);

const packageOf = (id: string): string => id.split('/', id.startsWith('@') ? 2 : 1).join('/');
const isBare = (id: string): boolean => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !/^[a-z]+:/i.test(id);

export default defineConfig({
  input: {
    api: 'dist/apps/api/src/main.js',
    worker: 'dist/apps/worker/src/main.js',
    'all-in-one': 'dist/apps/all-in-one/src/main.js',
    // Beside the chunk that starts it: ChainVerifyWorkers looks for ./chain-verify.worker.js.
    'chain-verify.worker': 'dist/libs/audit/src/chain-verify.worker.js',
  },
  platform: 'node',
  external: (id) => id.startsWith('node:') || (isBare(id) && !BUNDLED.has(packageOf(id))),
  output: {
    dir: 'dist/bundle',
    format: 'esm',
    entryFileNames: '[name].js',
    // Flat, beside the entries, so that a module's `import.meta.url` names a file in dist/bundle/.
    chunkFileNames: '[name]-[hash].js',
    // Nest's injection, Swagger's schema names, CASL's subject types and the logs read class names.
    keepNames: true,
    sourcemap: true,
    cleanDir: true,
  },
});
