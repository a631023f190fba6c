import { applyDecorators, CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata, UseInterceptors } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiHeader } from '@nestjs/swagger';
import { Db, DomainError, ErrorKind, scopeOf, type Actor } from '@attesta/core';
import canonicalize from 'canonicalize';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { from, lastValueFrom, type Observable } from 'rxjs';

const IDEMPOTENT = 'attesta:idempotent';
const KEY_PATTERN = /^[A-Za-z0-9._:-]{8,200}$/;

class IdempotencyError extends DomainError {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    field = 'Idempotency-Key',
  ) {
    super(message, { errors: [{ field, message }] });
  }
}

/**
 * `Idempotency-Key` on a create a client may retry: the first answer is kept (per
 * organization and key, in PostgreSQL) and replayed to retries with the same body; the
 * same key with a different body is 422; a retry while the first is still running is 409.
 * Failed attempts are forgotten, so a corrected retry runs again.
 */
export function Idempotent() {
  return applyDecorators(
    SetMetadata(IDEMPOTENT, true),
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'A unique key per logical request (8–200 characters); retries with the same key return the first result',
    }),
  );
}

@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly db: Db,
    private readonly reflector: Reflector,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const req = http.getRequest<FastifyRequest & { user?: Actor }>();
    const reply = http.getResponse<FastifyReply>();
    const key = req.headers['idempotency-key'];
    if (!this.reflector.get<boolean>(IDEMPOTENT, context.getHandler()) || key === undefined || !req.user) return next.handle();
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      throw new IdempotencyError('invalid', 'http.invalid_idempotency_key', 'must be 8–200 letters, digits or . _ : -');
    }
    const actor = req.user;
    const route = `${req.method} ${req.routeOptions.url ?? req.url}`;
    const hash = createHash('sha256')
      .update(canonicalize({ route, path: req.url.split('?')[0], body: req.body ?? null }) ?? '')
      .digest('hex');

    const existing = await this.db.tx(scopeOf(actor), async (em) => {
      await em.query(
        `INSERT INTO idempotency_keys (organization_id, key, route, request_hash, created_at) VALUES ($1, $2, $3, $4, now()) ON CONFLICT DO NOTHING`,
        [actor.organizationId, key, route, hash],
      );
      const [row] = (await em.query(
        `SELECT route, request_hash, status_code, response, (xmin = pg_current_xact_id()::xid) AS mine FROM idempotency_keys WHERE organization_id = $1 AND key = $2`,
        [actor.organizationId, key],
      )) as {
        route: string;
        request_hash: string;
        status_code: number | null;
        response: unknown;
        mine: boolean;
      }[];
      return row!;
    });
    if (!existing.mine) {
      if (existing.request_hash !== hash) {
        throw new IdempotencyError('unprocessable', 'http.idempotency_key_reused', 'was used with a different request; use a new key');
      }
      if (existing.status_code === null) {
        throw new IdempotencyError('conflict', 'http.idempotency_in_progress', 'a request with this key is still being processed; retry shortly');
      }
      void reply.status(existing.status_code).header('idempotent-replayed', 'true');
      return from([existing.response]);
    }
    try {
      const result = await lastValueFrom(next.handle(), { defaultValue: undefined });
      await this.db.tx(scopeOf(actor), (em) =>
        em.query(`UPDATE idempotency_keys SET status_code = $3, response = $4::jsonb WHERE organization_id = $1 AND key = $2`, [
          actor.organizationId,
          key,
          reply.statusCode,
          JSON.stringify(result ?? null),
        ]),
      );
      return from([result]);
    } catch (e) {
      await this.db.tx(scopeOf(actor), (em) => em.query(`DELETE FROM idempotency_keys WHERE organization_id = $1 AND key = $2`, [actor.organizationId, key]));
      throw e;
    }
  }
}
