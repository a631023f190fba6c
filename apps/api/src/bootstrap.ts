import { Logger as NestLogger, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, buildOpenApiDocument, Db, mountOpenApi, newCorrelationId, RequestLogger, sendClientErrorProblem, sendProblem } from '@attesta/core';
import { Metrics, recordHttpMetrics } from '@attesta/observability';
import { nameHttpSpan } from '@attesta/tracing';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ClsService } from 'nestjs-cls';
import { Logger } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import { ApiModule, type ApiAppOptions } from './api.module.js';
import { registerConnectionClose } from './http/connection-close.js';
import { registerETags } from './http/etagged.js';
import { deferContinueForUploads } from './http/expect-continue.js';
import { registerIdempotency } from './http/idempotency.js';
import { openRequestContext } from './http/request-context.js';
import { registerResponseHeaders } from './http/response-headers.js';
import { mountPortal } from './web/portal.js';

export type { ApiAppOptions };

const frameworkLogger = new NestLogger('Fastify');

const CORRELATION_ID = /^[A-Za-z0-9._:-]{8,128}$/;

function correlationIdFor(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && CORRELATION_ID.test(given) ? given : newCorrelationId();
}

/** Builds the HTTP app exactly as production runs it (tests use this too). */
export async function createApiApp(config: AppConfig, options: ApiAppOptions = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.BODY_LIMIT_BYTES,
    // Socket inactivity (Node's server.setTimeout): Fastify sets no request timeout, so without it a
    // stalled upload would hold its connection, and a graceful shutdown, for as long as the client likes.
    connectionTimeout: config.HTTP_IDLE_TIMEOUT_MS,
    // An idle kept-alive connection is closed after this, and the `Keep-Alive: timeout=` header says so.
    // Never more than the idle timeout: a client told it may reuse a connection for longer (Fastify's
    // default is 72 s) would send its next request on a socket the server is closing at that moment.
    keepAliveTimeout: Math.min(72_000, config.HTTP_IDLE_TIMEOUT_MS),
    genReqId: correlationIdFor,
    trustProxy: config.TRUST_PROXY,
    return503OnClosing: true,
    // Router errors (a malformed URL encoding) answer as problem+json like every other error.
    frameworkErrors: (error: unknown, request: FastifyRequest, reply: FastifyReply) => sendProblem(error, request, reply, frameworkLogger),
    // So are the HTTP parser's own errors (headers or URL over the size limit, bytes that are not HTTP).
    clientErrorHandler: sendClientErrorProblem,
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(config, options), adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  const fastify = app.getHttpAdapter().getInstance();
  openRequestContext(fastify, app.get(ClsService), app.get(RequestLogger));
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    // Traces are named by route pattern, like the metrics (no-op when tracing is off).
    if (request.routeOptions.url) nameHttpSpan(request.method, request.routeOptions.url);
    done();
  });
  registerResponseHeaders(fastify);
  registerETags(fastify);
  registerIdempotency(fastify, app.get(Db));
  // Answers that end their connection: all of them while shutting down, and those given before the request body arrived.
  registerConnectionClose(fastify);
  // `Expect: 100-continue` on an upload: the 100 is sent once the upload route allows it (continueBody).
  deferContinueForUploads(fastify.server);
  if (config.METRICS_ENABLED) recordHttpMetrics(fastify, app.get(Metrics));
  if (config.OPERATOR_TOKEN) {
    // Bull Board is imported only where it is mounted.
    const { mountQueueDashboard } = await import('./admin/queue-dashboard.js');
    await mountQueueDashboard(app, config.OPERATOR_TOKEN);
  }

  // Evidence uploads stream through this parser: one file part, bounded by the evidence limit.
  await app.register(fastifyMultipart as never, {
    limits: { fileSize: config.EVIDENCE_MAX_BYTES, files: 1, fields: 5, parts: 6, fieldSize: 1024 },
    throwFileSizeLimit: true,
  });
  // The portal's refresh cookie (see WebSessionController); nothing else reads cookies.
  await app.register(fastifyCookie as never);
  // No global pipe: bodies and queries carry the validation pipe, path ids are checked as they are
  // read (`Body`, `Query`, `IdParam` from @attesta/core; the lint keeps Nest's own out of apps/api).
  app.setGlobalPrefix('v1', {
    exclude: [
      { path: 'health/live', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
    ],
  });
  // The document is built on its first request (about half a second of scanning), not at start-up.
  if (config.OPENAPI_DOCS_ENABLED) mountOpenApi(app, () => buildOpenApiDocument(app, config));
  const portal = await mountPortal(app, config.WEB_DIR);
  if (!portal) app.get(Logger).log(`No built web portal in ${config.WEB_DIR} (npm run build:web); serving the API only.`, 'Portal');
  await app.init();
  return app;
}
