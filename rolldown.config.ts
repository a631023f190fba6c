import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'rolldown';

/**
 * The production entry points as ES module bundles (`dist/bundle/`), built from the compiled
 * JavaScript in `dist/` (so TypeScript's decorator metadata is already in it). Start-up is
 * mostly loading modules; an entry point and its chunks instead of ~450 files of the app's own
 * and ~850 of the packages below start ~25 % sooner (`npm run bench -- startup` times both).
 *
 * Only the app's code and the packages in BUNDLED go into the bundle; every other package stays
 * in node_modules and is loaded by Node as before. A package may be bundled only when nothing
 * outside the bundle loads it too (a second copy would be loaded beside the bundled one, with
 * classes and registries of its own): the framework packages that other packages require
 * (@nestjs/common and core, the Fastify adapter, @nestjs/typeorm and TypeORM, class-transformer,
 * Passport, BullMQ, pino) stay out (class-validator is bundled, with the two packages that would
 * load it handed the bundled copy: CLASS_VALIDATOR_ESM), as do those that read files beside their
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
  'class-validator', // its ES module build (CLASS_VALIDATOR_ESM), so only the decorators the app uses are bundled
  'validator', // the few of its rules those decorators import
]);

/**
 * class-validator's `main` is a CommonJS build whose index loads every rule with what it needs
 * (validator.js whole, libphonenumber-js's metadata): ~90 ms of a start. Its ES module build
 * (`es2015`, `sideEffects: false`) lets the bundle keep only the rules the app declares. Nest's
 * ValidationPipe is handed this copy (`validatorPackage`, createValidationPipe), so it never loads
 * the CommonJS one beside it; the metadata storage is a global of class-validator's either way.
 */
const CLASS_VALIDATOR_ESM = resolve('node_modules/class-validator/esm2015/index.js');

/**
 * @nestjs/mapped-types (PartialType and the like, through @nestjs/swagger) loads class-validator
 * with a `createRequire` at run time, which no bundler follows: it would load the CommonJS build
 * beside the bundled one. Its `require` is given the bundled class-validator's three exports that
 * module uses (to copy rules onto derived DTOs); anything else it requires is left to Node. The
 * build fails if the module no longer reads as expected.
 */
const MAPPED_TYPES_HELPERS = /node_modules[\\/]@nestjs[\\/]mapped-types[\\/]dist[\\/]type-helpers\.utils\.js$/;
const MAPPED_TYPES_REQUIRE = 'const require = createRequire(import.meta.url);';
const mappedTypesUseBundledClassValidator: Plugin = {
  name: 'attesta-mapped-types-class-validator',
  transform(code, id) {
    if (!MAPPED_TYPES_HELPERS.test(id)) return null;
    const uses = new Set([...code.matchAll(/classValidator\.(\w+)/g)].map((m) => m[1]));
    const given = ['IsOptional', 'ValidateIf', 'getMetadataStorage'];
    const fallback = ['getFromContainer', 'MetadataStorage']; // read only when getMetadataStorage is missing
    const missing = [...uses].filter((name) => !given.includes(name) && !fallback.includes(name));
    if (!code.includes(MAPPED_TYPES_REQUIRE) || missing.length) {
      this.error(`${id} no longer reads as rolldown.config.ts expects (its require, or class-validator's ${missing.join(', ')}): update the plugin`);
    }
    // On the replaced line itself, so no other line moves and the source map stays right (`map: null`).
    const replacement = [
      `import { ${given.join(', ')} } from 'class-validator';`,
      `const bundledClassValidator = { ${given.join(', ')} };`,
      'const requireFromNode = createRequire(import.meta.url);',
      "const require = (id) => (id === 'class-validator' ? bundledClassValidator : requireFromNode(id));",
    ].join(' ');
    return { code: code.replace(MAPPED_TYPES_REQUIRE, replacement), map: null };
  },
};

const packageOf = (id: string): string => id.split('/', id.startsWith('@') ? 2 : 1).join('/');
const isBare = (id: string): boolean => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !/^[a-z]+:/i.test(id);

const OUT_DIR = 'dist/bundle';

/** The `node_modules/<pkg>` folder Node finds from `fromDir`: the nearest one upwards. */
function packageDir(pkg: string, fromDir: string): string | null {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', pkg);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

/**
 * Left to Node at run time: built-ins and bare imports of packages not in BUNDLED, as long as Node
 * finds the same copy from the bundle's folder as from the importing module. A bundled package's
 * own nested copy of a dependency (node_modules/<bundled>/node_modules/<dep>, another version than
 * the hoisted one, which may be a dev dependency missing from a production install) is bundled
 * instead, from where the importer would have found it.
 */
function isExternal(id: string, importer: string | undefined): boolean {
  if (id.startsWith('node:')) return true;
  if (!isBare(id)) return false;
  const pkg = packageOf(id);
  if (BUNDLED.has(pkg)) return false;
  if (!importer) return true;
  return packageDir(pkg, dirname(importer)) === packageDir(pkg, resolve(OUT_DIR));
}

/**
 * Writes `externals.json` beside the bundle: every package import the bundle leaves to Node, which
 * a production install (`npm ci --omit=dev`) must provide (the API smoke run checks them against
 * package-lock.json).
 */
const listExternals: Plugin = {
  name: 'attesta-list-externals',
  generateBundle(_options, bundle) {
    const names = new Set<string>();
    for (const file of Object.values(bundle)) {
      if (file.type !== 'chunk') continue;
      for (const id of [...file.imports, ...file.dynamicImports]) if (!(id in bundle) && !id.startsWith('node:')) names.add(id);
    }
    this.emitFile({ type: 'asset', fileName: 'externals.json', source: `${JSON.stringify([...names].sort(), null, 2)}\n` });
  },
};

export default defineConfig({
  input: {
    api: 'dist/apps/api/src/main.js',
    worker: 'dist/apps/worker/src/main.js',
    'all-in-one': 'dist/apps/all-in-one/src/main.js',
    // Beside the chunk that starts it: ChainVerifyWorkers looks for ./chain-verify.worker.js.
    'chain-verify.worker': 'dist/libs/audit/src/chain-verify.worker.js',
  },
  platform: 'node',
  external: isExternal,
  resolve: { alias: { 'class-validator': CLASS_VALIDATOR_ESM } },
  plugins: [mappedTypesUseBundledClassValidator, listExternals],
  output: {
    dir: OUT_DIR,
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
