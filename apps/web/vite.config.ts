import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * The web portal builds to static files (`dist/web`) that the API serves at `/`.
 * `npm run web:dev` serves it with hot reload and proxies `/v1` to a running API.
 */
export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [react()],
  resolve: {
    alias: [{ find: /^@attesta\/api-client$/, replacement: here('../../libs/api-client/src/index.ts') }],
  },
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2048,
  },
  server: {
    proxy: { '/v1': process.env.ATTESTA_API_URL ?? 'http://localhost:3000' },
  },
});
