import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * The portal's Content-Security-Policy: scripts only from this origin (no inline script,
 * no eval); styles from this origin plus inline styles, which the component library sets
 * as style attributes and CSS variables; connections only to this origin.
 */
export const PORTAL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': PORTAL_CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'cross-origin-opener-policy': 'same-origin',
};

/** Paths that belong to the API and operations, never to the portal's client-side routes. */
const NOT_PORTAL = /^\/(v1|health|metrics|docs|openapi\.json|admin|assets)(\/|$|\?)/;

/**
 * The light public pages, each an HTML entry of its own without the portal's React bundle
 * (what a phone opens from a QR code): the path and the built file that answers it.
 */
const LIGHT_PAGES: { path: RegExp; file: string }[] = [
  { path: /^\/verify(\/|$|\?)/, file: 'verify.html' },
  { path: /^\/trust\/[^/?]/, file: 'trust.html' },
];

/**
 * Serves the built portal (`WEB_DIR`, from `npm run build:web`) at `/`: fingerprinted
 * assets cached for a year (brotli or gzip when the build wrote them and the client accepts
 * them), the favicon, `index.html` revalidated on every load and answered for every
 * client-side route; `/verify…` and `/trust/…` get their light pages (`verify.html`,
 * `trust.html`) under the same rules. Unknown API paths still get the API's problem+json 404.
 * Returns false (and serves nothing) when the portal has not been built.
 */
export async function mountPortal(app: NestFastifyApplication, webDir: string): Promise<boolean> {
  const root = resolve(webDir);
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) return false;
  const indexHtml = await readFile(indexFile);
  // A build without a light page (an older one) answers its paths with index.html, as before.
  const lightPages = await Promise.all(
    LIGHT_PAGES.map(async ({ path, file }) => ({ path, html: existsSync(join(root, file)) ? await readFile(join(root, file)) : indexHtml })),
  );

  await app.register(fastifyStatic as never, {
    root: join(root, 'assets'),
    prefix: '/assets/',
    index: false,
    cacheControl: false,
    etag: true,
    // The build writes .br and .gz twins; they are sent by Accept-Encoding, with Vary.
    preCompressed: true,
    setHeaders(reply: FastifyReply) {
      // File names carry a content hash: a changed file gets a new name.
      reply.headers({ ...SECURITY_HEADERS, 'cache-control': 'public, max-age=31536000, immutable' });
    },
  });

  const fastify = app.getHttpAdapter().getInstance();
  const faviconFile = join(root, 'favicon.svg');
  if (existsSync(faviconFile)) {
    const favicon = await readFile(faviconFile);
    // Browsers ask for /favicon.ico on their own; the SVG answers both names.
    for (const path of ['/favicon.svg', '/favicon.ico']) {
      fastify.get(path, (_request: FastifyRequest, reply: FastifyReply) =>
        reply.headers({ 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400', 'x-content-type-options': 'nosniff' }).send(favicon),
      );
    }
  }
  fastify.get('/*', (request: FastifyRequest, reply: FastifyReply) => {
    // Browsers navigating ask for text/html; API clients asking a wrong path get the API's 404.
    if (NOT_PORTAL.test(request.url) || !(request.headers.accept ?? '').includes('text/html')) {
      return reply.callNotFound();
    }
    const html = lightPages.find((page) => page.path.test(request.url))?.html ?? indexHtml;
    return reply.headers({ ...SECURITY_HEADERS, 'cache-control': 'no-cache', 'content-type': 'text/html; charset=utf-8' }).send(html);
  });
  return true;
}
