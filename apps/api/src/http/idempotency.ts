import { applyDecorators, CanActivate, ExecutionContext, Injectable, Logger, SetMetadata, UseGuards } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiHeader } from '@nestjs/swagger';
import { AppConfig, Db, DomainError, ErrorKind, ReplayResponse, scopeOf, type Actor } from '@attesta/core';
import canonicalize from 'canonicalize';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { handlerMetadata } from './route-config.js';

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

/** A request that holds its key (it inserted the row): its answer is stored, or the key forgotten, as it is sent. */
interface Claim {
  actor: Actor;
  key: string;
}

const claims = new WeakMap<FastifyRequest, Claim>();

/**
 * `Idempotency-Key` on a create a client may retry: the first answer is kept (per
 * organization and key, in PostgreSQL) and replayed to retries with the same body; the
 * same key with a different body is 422; a retry while the first is still running is 409.
 * Failed attempts are forgotten, so a corrected retry runs again. A claim left unanswered
 * for IDEMPOTENCY_CLAIM_LEASE_MS (its process died mid-request) is taken over by a retry
 * with the same body, rather than refusing it until the key expires.
 *
 * A guard (after authentication) claims the key or replays the stored answer, and a Fastify
 * `onSend` hook (`registerIdempotency`) stores the answer as it is about to be sent. No
 * interceptor: an interceptor puts every request of the route through Nest's RxJS pipeline,
 * with or without a key.
 */
export function Idempotent() {
  return applyDecorators(
    SetMetadata(IDEMPOTENT, true),
    UseGuards(IdempotencyGuard),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'A unique key per logical request (8–200 characters); retries with the same key return the first result',
    }),
  );
}

@Injectable()
export class IdempotencyGuard implements CanActivate {
  /** Whether a route is `@Idempotent()`. */
  private readonly idempotent: (handler: object) => boolean | undefined;

  constructor(
    private readonly db: Db,
    private readonly config: AppConfig,
    reflector: Reflector,
  ) {
    this.idempotent = handlerMetadata<boolean>(reflector, IDEMPOTENT);
  }

  /** Synchronous for a request without a key (Nest then awaits nothing for this guard). */
  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const req = context.switchToHttp().getRequest<FastifyRequest & { user?: Actor }>();
    const key = req.headers['idempotency-key'];
    if (key === undefined || !req.user || !this.idempotent(context.getHandler())) return true;
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      throw new IdempotencyError('invalid', 'http.invalid_idempotency_key', 'must be 8–200 letters, digits or . _ : -');
    }
    return this.claim(req as FastifyRequest & { user: Actor }, key);
  }

  /** Claims `key` for this request, or refuses it, or replays the stored answer. */
  private async claim(req: FastifyRequest & { user: Actor }, key: string): Promise<boolean> {
    const actor = req.user;
    const route = `${req.method} ${req.routeOptions.url ?? req.url}`;
    const hash = createHash('sha256')
      .update(canonicalize({ route, path: req.url.split('?')[0], body: req.body ?? null }) ?? '')
      .digest('hex');

    const existing = await this.db.tx(scopeOf(actor), async (em) => {
      // A new key is claimed; so is one whose claim (same request) has gone unanswered past the lease.
      await em.query(
        `INSERT INTO idempotency_keys AS k (organization_id, key, route, request_hash, created_at) VALUES ($1, $2, $3, $4, now())
         ON CONFLICT (organization_id, key) DO UPDATE SET created_at = now()
          WHERE k.status_code IS NULL AND k.request_hash = EXCLUDED.request_hash AND k.created_at < now() - make_interval(secs => $5::double precision / 1000)`,
        [actor.organizationId, key, route, hash, this.config.IDEMPOTENCY_CLAIM_LEASE_MS],
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
    if (existing.mine) {
      claims.set(req, { actor, key });
      return true;
    }
    if (existing.request_hash !== hash) {
      throw new IdempotencyError('unprocessable', 'http.idempotency_key_reused', 'was used with a different request; use a new key');
    }
    if (existing.status_code === null) {
      throw new IdempotencyError('conflict', 'http.idempotency_in_progress', 'a request with this key is still being processed; retry shortly');
    }
    throw new ReplayResponse(existing.status_code, existing.response, { 'idempotent-replayed': 'true' });
  }
}

/**
 * Settles each claimed key as its answer is sent: a success (below 400) is stored with its status
 * and JSON body, before the client receives it, for retries to replay; a failure forgets the key.
 * Requests without a claim pass through at the cost of one WeakMap look-up.
 */
export function registerIdempotency(fastify: FastifyInstance, db: Db): void {
  const logger = new Logger('Idempotency');
  fastify.addHook('onSend', (request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (error: Error | null, payload?: unknown) => void) => {
    const claim = claims.get(request);
    if (!claim) return done(null, payload);
    claims.delete(request);
    const { actor, key } = claim;
    const body = storableBody(reply, payload);
    const forget = () =>
      db.tx(scopeOf(actor), (em) => em.query(`DELETE FROM idempotency_keys WHERE organization_id = $1 AND key = $2`, [actor.organizationId, key]));
    const settle =
      reply.statusCode < 400 && body !== undefined
        ? db.tx(scopeOf(actor), (em) =>
            em.query(`UPDATE idempotency_keys SET status_code = $3, response = $4::jsonb WHERE organization_id = $1 AND key = $2`, [
              actor.organizationId,
              key,
              reply.statusCode,
              body,
            ]),
          )
        : forget();
    settle.then(
      () => done(null, payload),
      (e: unknown) => {
        // The answer could not be kept: forget the key (a retry runs again) and fail the request.
        logger.error({ err: e, key }, 'idempotency: could not store the answer');
        forget().then(
          () => done(e as Error),
          () => done(e as Error),
        );
      },
    );
  });
}

/** The JSON text to keep for a replay ('null' for an empty answer); undefined when the answer is not JSON text. */
function storableBody(reply: FastifyReply, payload: unknown): string | undefined {
  if (payload === undefined || payload === null || payload === '') return 'null';
  const type = String(reply.getHeader('content-type') ?? '');
  if (!/\bjson\b/i.test(type)) return undefined;
  if (typeof payload === 'string') return payload;
  if (Buffer.isBuffer(payload)) return payload.toString('utf8');
  return undefined;
}
