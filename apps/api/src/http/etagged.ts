import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiResponse, DECORATORS, type HeadersObject } from '@nestjs/swagger';
import { ifNoneMatchHits } from '@attesta/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hash } from 'node:crypto';
import { withRouteConfig } from './route-config.js';

const ETAG_HEADER: HeadersObject = {
  ETag: { description: 'The entity tag of this answer: send it as If-None-Match (reads) or If-Match (writes)', schema: { type: 'string' } },
};

/**
 * Declares response headers on the operation's answers of the given statuses. It merges into
 * whatever @ApiOkResponse / @ApiResponse declared for them, in either decorator order
 * (@ApiResponse itself would replace the answer's type with `undefined`).
 */
export function ApiResponseHeaders(headers: HeadersObject, ...statuses: number[]): MethodDecorator {
  return (_target, _key, descriptor) => {
    const responses = (Reflect.getMetadata(DECORATORS.API_RESPONSE, descriptor.value as object) ?? {}) as Record<string, { headers?: HeadersObject }>;
    const merged = { ...responses };
    for (const status of statuses) merged[status] = { ...responses[status], headers: { ...responses[status]?.headers, ...headers } };
    Reflect.defineMetadata(DECORATORS.API_RESPONSE, merged, descriptor.value as object);
    return descriptor;
  };
}

/** The answers of these statuses (default 200) carry an ETag. */
export function ApiETag(...statuses: number[]): MethodDecorator {
  return ApiResponseHeaders(ETAG_HEADER, ...(statuses.length ? statuses : [200]));
}

/**
 * Validators for polled reads (procurement systems poll bids and reports): the answer
 * carries a weak ETag of its JSON, and `If-None-Match` with it (weak comparison: with or
 * without `W/`) or `*` gets 304 and no body.
 */
export function ETagged() {
  return applyDecorators(
    withRouteConfig({ etag: true }),
    ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag of an earlier answer; 304 when nothing changed' }),
    ApiResponse({ status: 304, description: 'Not modified since the ETag you sent' }),
    ApiETag(200, 304),
  );
}

/** The weak ETag of a serialized answer (a one-shot digest: no `Hash` object per answer). */
function weakETagOf(payload: string): string {
  return `W/"${hash('sha256', payload, 'base64url').slice(0, 27)}"`;
}

/**
 * Applies `@ETagged` where the answer is already serialized (the text Fastify is about to
 * send): the JSON is hashed as sent, never stringified a second time, and the route runs
 * without an interceptor pipeline.
 */
export function registerETags(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (error: null, payload: unknown) => void) => {
    if (reply.statusCode !== 200 || typeof payload !== 'string' || (request.routeOptions.config as { etag?: boolean }).etag !== true) {
      return done(null, payload);
    }
    const etag = weakETagOf(payload);
    void reply.header('etag', etag).header('cache-control', 'private, no-cache');
    if (!ifNoneMatchHits(request.headers['if-none-match'], etag)) return done(null, payload);
    void reply.status(304).removeHeader('content-type').removeHeader('content-length');
    done(null, null);
  });
}
