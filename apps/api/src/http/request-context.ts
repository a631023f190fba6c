import type { FastifyInstance } from 'fastify';
import { CLS_ID, type ClsService } from 'nestjs-cls';

/**
 * Each request runs in its own CLS context (the correlation id, the open transaction, the read
 * route), opened by a callback `onRequest` hook: what nestjs-cls's middleware does, without
 * Nest's middleware pipeline and the promises of its async setup on every request. Everything
 * after the hook (Fastify's later hooks, its body parser, Nest's guards, pipes and handlers, the
 * error filter) runs inside it. Registered before the other hooks.
 */
export function openRequestContext(fastify: FastifyInstance, cls: ClsService): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    cls.run(() => {
      cls.set(CLS_ID, request.id);
      done();
    });
  });
}
