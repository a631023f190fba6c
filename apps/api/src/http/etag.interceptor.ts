import { CallHandler, ExecutionContext, Injectable, NestInterceptor, UseInterceptors } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import { ifNoneMatchHits } from '@attesta/core';
import { applyDecorators } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { map, type Observable } from 'rxjs';

/**
 * Validators for polled reads (procurement systems poll bids and reports): the answer
 * carries a weak ETag of its JSON, and `If-None-Match` with it (weak comparison: with or
 * without `W/`) or `*` gets 304 and no body.
 */
@Injectable()
export class ETagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const req = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    return next.handle().pipe(
      map((body: unknown) => {
        const etag = `W/"${createHash('sha256')
          .update(JSON.stringify(body ?? null))
          .digest('base64url')
          .slice(0, 27)}"`;
        void reply.header('etag', etag).header('cache-control', 'private, no-cache');
        if (ifNoneMatchHits(req.headers['if-none-match'], etag)) {
          void reply.status(304);
          return undefined;
        }
        return body;
      }),
    );
  }
}

export function ETagged() {
  return applyDecorators(
    UseInterceptors(ETagInterceptor),
    ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag of an earlier answer; 304 when nothing changed' }),
    ApiResponse({ status: 304, description: 'Not modified since the ETag you sent' }),
  );
}
