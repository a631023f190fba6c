import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

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
    async generateBundle(_options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        if (!/\.(js|css|svg|json|txt)$/.test(fileName)) continue;
        const source = output.type === 'chunk' ? output.code : output.source;
        const bytes = typeof source === 'string' ? Buffer.from(source) : Buffer.from(source);
        if (bytes.length < 1024) continue;
        const [br, gz] = await Promise.all([
          brotli(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
          gzipped(bytes, { level: 9 }),
        ]);
        this.emitFile({ type: 'asset', fileName: `${fileName}.br`, source: br });
        this.emitFile({ type: 'asset', fileName: `${fileName}.gz`, source: gz });
      }
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
  plugins: [react(), precompress()],
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
  },
  server: {
    proxy: { '/v1': process.env.ATTESTA_API_URL ?? 'http://localhost:3000' },
  },
});
