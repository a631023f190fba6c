import { applyDecorators, CanActivate, ExecutionContext, Inject, Injectable, OnApplicationShutdown, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiExtension } from '@nestjs/swagger';
import { ApiProblems, AppConfig, DomainError, ErrorKind, REDIS, type Actor } from '@attesta/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { handlerMetadata } from './route-config.js';
import { SyncedRateLimiter, type RateDecision } from './synced-rate-limiter.js';

class RateLimitedError extends DomainError {
  readonly kind: ErrorKind = 'rate_limited';
  readonly code = 'http.rate_limited';
}

/** The 429 of a spent budget, with Retry-After from the time until it refills. */
function tooManyRequests(msBeforeNext: number): RateLimitedError {
  return new RateLimitedError('Too many requests; slow down and retry after the given time.', {
    retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)),
  });
}

/**
 * Budgets of the routes anyone may call without credentials, per client IP (`req.ip`, so
 * behind a proxy only with TRUST_PROXY): creating accounts, answering invitations and
 * verifying credentials. Each is its own budget, so heavy verification does not block a sign-up.
 */
export type AnonymousBudget = 'signup' | 'invitation' | 'public';

const ANONYMOUS_BUDGET = 'attesta:anonymous-budget';

const BUDGET_SETTINGS: Record<AnonymousBudget, string> = {
  signup: 'RATE_LIMIT_SIGNUP_PER_IP_PER_HOUR',
  invitation: 'RATE_LIMIT_INVITATION_PER_IP_PER_MINUTE',
  public: 'RATE_LIMIT_PUBLIC_PER_IP_PER_MINUTE',
};

/** Declares the per-IP budget a public route takes a request from (checked before the body is validated). */
export function AnonymousRateLimit(budget: AnonymousBudget) {
  return applyDecorators(
    SetMetadata(ANONYMOUS_BUDGET, budget),
    ApiExtension('x-rate-limit', { per: 'client IP', budget, setting: BUDGET_SETTINGS[budget] }),
    ApiProblems(429),
  );
}

/**
 * Per-caller request budgets in Redis (shared by every API replica): one per API key,
 * one per signed-in user, and per client IP on the public routes that declare
 * `@AnonymousRateLimit`. Every counted answer carries RateLimit-Limit / -Remaining /
 * -Reset; over the budget it is 429 with Retry-After. The per-key and per-user budgets (every
 * authenticated request) are counted in memory and synced to Redis every RATE_LIMIT_SYNC_MS
 * (SyncedRateLimiter: no Redis call on the request path until a caller has used half the window's
 * budget, then one atomic Redis admission per request; the tolerance across replicas is in
 * docs/ARCHITECTURE.md); the per-IP budgets of the public routes are one atomic Redis increment each.
 * A global guard registered after AccessGuard (which names the caller): it acts only before the
 * handler, and a route without interceptors then runs without an RxJS pipeline.
 */
@Injectable()
export class RateLimitGuard implements CanActivate, OnApplicationShutdown {
  private readonly perKey: SyncedRateLimiter;
  private readonly perUser: SyncedRateLimiter;
  private readonly perIp: Record<AnonymousBudget, RateLimiterRedis>;
  /** A route's anonymous budget (`@AnonymousBudget`). */
  private readonly budgetOf: (handler: object) => AnonymousBudget | undefined;

  constructor(config: AppConfig, @Inject(REDIS) redis: Redis, reflector: Reflector) {
    this.budgetOf = handlerMetadata<AnonymousBudget>(reflector, ANONYMOUS_BUDGET);
    const common = { storeClient: redis, duration: 60, useRedisPackage: false };
    this.perKey = new SyncedRateLimiter(redis, `${config.QUEUE_PREFIX}:rl:key`, config.RATE_LIMIT_API_KEY_PER_MINUTE, 60_000, config.RATE_LIMIT_SYNC_MS);
    this.perUser = new SyncedRateLimiter(redis, `${config.QUEUE_PREFIX}:rl:user`, config.RATE_LIMIT_USER_PER_MINUTE, 60_000, config.RATE_LIMIT_SYNC_MS);
    const ip = (budget: AnonymousBudget, points: number, duration: number) =>
      new RateLimiterRedis({ ...common, duration, keyPrefix: `${config.QUEUE_PREFIX}:rl:ip:${budget}`, points });
    this.perIp = {
      signup: ip('signup', config.RATE_LIMIT_SIGNUP_PER_IP_PER_HOUR, 3600),
      invitation: ip('invitation', config.RATE_LIMIT_INVITATION_PER_IP_PER_MINUTE, 60),
      public: ip('public', config.RATE_LIMIT_PUBLIC_PER_IP_PER_MINUTE, 60),
    };
  }

  /**
   * Counts the request (or refuses it with 429) before the handler runs; never refuses for any other
   * reason. Synchronous while a caller's budget is counted in memory (Nest then awaits nothing for
   * this guard); a promise when Redis is asked.
   */
  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const http = context.switchToHttp();
    const req = http.getRequest<FastifyRequest & { user?: Actor }>();
    const actor = req.user;
    const reply = http.getResponse<FastifyReply>();
    const anonymous = this.budgetOf(context.getHandler());
    const local = anonymous
      ? null
      : actor?.kind === 'api_key'
        ? { limiter: this.perKey, key: actor.apiKeyId }
        : actor?.kind === 'user'
          ? { limiter: this.perUser, key: actor.userId }
          : null;
    if (local) {
      // From memory (no await, no Redis), or from Redis once the caller has used STRICT_SHARE of the budget.
      const taken = local.limiter.consume(local.key);
      if (taken instanceof Promise) return taken.then((decision) => this.admit(reply, local.limiter.points, decision));
      return this.admit(reply, local.limiter.points, taken);
    }
    if (!anonymous) return true;
    return this.consumeAnonymous(reply, this.perIp[anonymous], req.ip);
  }

  /** Sets the budget headers, then admits the request or refuses it with 429. */
  private admit(reply: FastifyReply, points: number, decision: RateDecision): true {
    this.headers(reply, points, decision);
    if (!decision.allowed) throw tooManyRequests(decision.msBeforeNext);
    return true;
  }

  /** One atomic Redis increment of a public route's per-IP budget. */
  private async consumeAnonymous(reply: FastifyReply, limiter: RateLimiterRedis, ip: string): Promise<boolean> {
    let res: RateLimiterRes;
    try {
      res = await limiter.consume(ip);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      this.headers(reply, limiter.points, e);
      throw tooManyRequests(e.msBeforeNext);
    }
    this.headers(reply, limiter.points, res);
    return true;
  }

  onApplicationShutdown(): void {
    this.perKey.stop();
    this.perUser.stop();
  }

  private headers(reply: FastifyReply, limit: number, res: RateLimiterRes | RateDecision): void {
    const remaining = res instanceof RateLimiterRes ? res.remainingPoints : res.remaining;
    void reply
      .header('ratelimit-limit', String(limit))
      .header('ratelimit-remaining', String(Math.max(0, remaining)))
      .header('ratelimit-reset', String(Math.ceil(res.msBeforeNext / 1000)));
  }
}
