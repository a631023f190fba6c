import type { RequestLogger } from '@attesta/core';
import type { FastifyInstance } from 'fastify';
import { CLS_ID, type ClsService } from 'nestjs-cls';

/**
 * Each request runs in its own CLS context (the correlation id, the open transaction, the read
 * route) and is logged, both from one callback `onRequest` hook: what nestjs-cls's and
 * nestjs-pino's middleware do, without Nest's middleware pipeline, the promises of their async
 * setup and a second async context on every request. Everything after the hook (Fastify's later
 * hooks, its body parser, Nest's guards, pipes and handlers, the error filter) runs inside the
 * context. Registered before the other hooks.
 */
export function openRequestContext(fastify: FastifyInstance, cls: ClsService, requestLogger: RequestLogger): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    cls.run(() => {
      cls.set(CLS_ID, request.id);
      requestLogger.start(request.raw, reply.raw);
      done();
    });
  });
}
