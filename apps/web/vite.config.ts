import react from '@vitejs/plugin-react';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import { mantineSlim } from './mantine-slim.ts';
import { precompileMessages } from './precompile-messages.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Writes a `.br` and a `.gz` twin of every text asset worth compressing, at the highest
 * levels (built once, served many times); the API serves them by `Accept-Encoding`
 * (`@fastify/static` `preCompressed`, with `Vary: Accept-Encoding`).
 */
function precompress(): Plugin {
  return {
    name: 'attesta-precompress',
    apply: 'build',
    // After every other plugin has finished the chunks (Vite fills in its preload lists in its
    // own generateBundle): the twins must hold exactly the bytes of the files they stand for.
    enforce: 'post',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? here('../../dist/web');
      await Promise.all(
        Object.entries(bundle).map(async ([fileName, output]) => {
          if (!/\.(js|css|svg|json|txt)$/.test(fileName)) return;
          const source = output.type === 'chunk' ? output.code : output.source;
          const bytes = Buffer.from(source);
          if (bytes.length < 1024) return;
          const [br, gz] = await Promise.all([
            brotli(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
            gzipped(bytes, { level: 9 }),
          ]);
          await Promise.all([writeFile(join(dir, `${fileName}.br`), br), writeFile(join(dir, `${fileName}.gz`), gz)]);
        }),
      );
    },
  };
}

/**
 * The light public pages (/verify, /trust: Preact, no React or Mantine) are HTML entries of
 * their own; the dev server answers their paths with them, as the API does (apps/api/src/web/portal.ts).
 */
const LIGHT_PAGES: [RegExp, string][] = [
  [/^\/verify(\/|$|\?)/, '/verify.html'],
  [/^\/trust\//, '/trust.html'],
];

function lightPages(): Plugin {
  return {
    name: 'attesta-light-pages',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const page = LIGHT_PAGES.find(([path]) => path.test(req.url ?? ''));
        if (page && (req.headers.accept ?? '').includes('text/html')) req.url = page[1];
        next();
      });
    },
  };
}

/**
 * The web portal builds to static files (`dist/web`) that the API serves at `/`.
 * `npm run web:dev` serves it with hot reload and proxies `/v1` to a running API.
 */
export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [
    react({ refreshExclude: [/\/node_modules\//, /\/src\/light\//, /\/features\/(public|trust)\//] }),
    precompress(),
    lightPages(),
    precompileMessages(),
    mantineSlim(),
  ],
  resolve: {
    alias: [
      { find: /^@attesta\/api-client$/, replacement: here('../../libs/api-client/src/index.ts') },
      { find: /^@attesta\/i18n$/, replacement: here('../../libs/i18n/src/index.ts') },
    ],
  },
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    // Source maps stay out of production builds: they would publish the whole source.
    sourcemap: process.env.ATTESTA_WEB_SOURCEMAP === '1',
    chunkSizeWarningLimit: 2048,
    rolldownOptions: { input: { index: here('index.html'), verify: here('verify.html'), trust: here('trust.html') } },
  },
  server: {
    proxy: { '/v1': process.env.ATTESTA_API_URL ?? 'http://localhost:3000' },
  },
});
