import type { RequestLogger } from '@attesta/core';
import { Global, Module } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { CLS_ID, ClsModule, type ClsService } from 'nestjs-cls';

/**
 * `ClsService` for every module of the API, from nestjs-cls's plain module. Not `ClsModule.forRoot`:
 * its root module registers a global guard and a global interceptor on every route (no-ops unless
 * configured to mount), and a global interceptor alone puts each request through Nest's RxJS
 * pipeline. The context itself is opened by `openRequestContext`.
 */
@Global()
@Module({ imports: [ClsModule], exports: [ClsModule] })
export class RequestContextModule {}

/**
 * Each request runs in its own CLS context (the correlation id, the open transaction, the read
 * route), opened from one callback `onRequest` hook: what nestjs-cls's middleware does, without
 * Nest's middleware pipeline, the promises of its async setup and a second async context on every
 * request. Everything after the hook (Fastify's later hooks, its body parser, Nest's guards, pipes
 * and handlers, the error filter) runs inside the context. Registered before the other hooks, with
 * the request log's (`RequestLogger`: one line when the answer is sent or the client leaves).
 */
export function openRequestContext(fastify: FastifyInstance, cls: ClsService, requestLogger: RequestLogger): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    cls.run(() => {
      cls.set(CLS_ID, request.id);
      done();
    });
  });
  requestLogger.register(fastify);
}
