import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';

/**
 * What is open to browser-based verifiers on other origins: the public issuer material
 * (DID document, JWKS, status lists), the audit checkpoint keys, the public attestation summary and `POST
 * /v1/public/verify`. Nothing else answers cross-origin requests, so no other route can be
 * read by a script on another site.
 */
const CROSS_ORIGIN: { method: 'GET' | 'POST'; path: RegExp }[] = [
  { method: 'GET', path: /^\/v1\/public\/issuers\/[^/]+\/(?:did\.json|jwks\.json|status\/[^/]+)$/ },
  { method: 'GET', path: /^\/v1\/public\/attestations\/[^/]+$/ },
  { method: 'GET', path: /^\/v1\/public\/audit\/checkpoint-keys\.json$/ },
  { method: 'POST', path: /^\/v1\/public\/verify$/ },
];

/** POST answers that carry credentials (sessions, refresh cookies, invitation tokens, API keys): never stored by a cache. */
const TOKEN_ANSWERS: RegExp[] = [/^\/v1\/auth\//, /^\/v1\/invitations\/accept$/, /^\/v1\/organization\/(?:invitations|api-keys)$/];

function crossOriginMethod(path: string, method: string): 'GET' | 'POST' | null {
  if (!path.startsWith('/v1/public/')) return null;
  const wanted = method === 'HEAD' ? 'GET' : method;
  return CROSS_ORIGIN.find((r) => r.method === wanted && r.path.test(path))?.method ?? null;
}

/**
 * Headers every API answer gets from one place: `x-content-type-options: nosniff`,
 * `cache-control: no-store` on token answers, and CORS (`*`, no credentials) on the public
 * verification routes only, with their preflight answered here.
 */
export function registerResponseHeaders(fastify: FastifyInstance): void {
  // A callback hook (no promise per request); an answered preflight does not call `done`.
  fastify.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => {
    const path = request.url.split('?')[0] ?? request.url;
    if (!path.startsWith('/v1/')) return done();
    void reply.header('x-content-type-options', 'nosniff');
    if (request.method === 'POST' && TOKEN_ANSWERS.some((r) => r.test(path))) void reply.header('cache-control', 'no-store');

    if (request.method === 'OPTIONS') {
      const asked = String(request.headers['access-control-request-method'] ?? '').toUpperCase();
      const method = request.headers.origin && asked ? crossOriginMethod(path, asked) : null;
      if (!method) return done();
      void reply
        .status(204)
        .headers({
          'access-control-allow-origin': '*',
          'access-control-allow-methods': method === 'GET' ? 'GET, HEAD' : 'POST',
          'access-control-allow-headers': 'content-type',
          'access-control-max-age': '600',
          vary: 'origin',
        })
        .send();
      return;
    }
    if (crossOriginMethod(path, request.method)) {
      void reply.header('access-control-allow-origin', '*').header('access-control-expose-headers', 'x-request-id, etag, retry-after');
    }
    done();
  });
}
