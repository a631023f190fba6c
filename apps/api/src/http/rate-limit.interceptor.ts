import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { AppConfig, DomainError, ErrorKind, REDIS, type Actor } from '@attesta/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Observable } from 'rxjs';

class RateLimitedError extends DomainError {
  readonly kind: ErrorKind = 'rate_limited';
  readonly code = 'http.rate_limited';
}

/**
 * Per-caller request budgets in Redis (shared by every API replica): one per API key,
 * one per signed-in user. Every authenticated answer carries RateLimit-Limit /
 * -Remaining / -Reset; over the budget it is 429 with Retry-After.
 */
@Injectable()
export class RateLimitInterceptor implements NestInterceptor {
  private readonly perKey: RateLimiterRedis;
  private readonly perUser: RateLimiterRedis;

  constructor(config: AppConfig, @Inject(REDIS) redis: Redis) {
    const common = { storeClient: redis, duration: 60, useRedisPackage: false };
    this.perKey = new RateLimiterRedis({ ...common, keyPrefix: `${config.QUEUE_PREFIX}:rl:key`, points: config.RATE_LIMIT_API_KEY_PER_MINUTE });
    this.perUser = new RateLimiterRedis({ ...common, keyPrefix: `${config.QUEUE_PREFIX}:rl:user`, points: config.RATE_LIMIT_USER_PER_MINUTE });
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const actor = http.getRequest<FastifyRequest & { user?: Actor }>().user;
    const reply = http.getResponse<FastifyReply>();
    const budget =
      actor?.kind === 'api_key' ? { limiter: this.perKey, key: actor.apiKeyId } : actor?.kind === 'user' ? { limiter: this.perUser, key: actor.userId } : null;
    if (!budget) return next.handle();
    let res: RateLimiterRes;
    try {
      res = await budget.limiter.consume(budget.key);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      this.headers(reply, budget.limiter.points, e);
      throw new RateLimitedError('Too many requests; slow down and retry after the given time.', { retryAfterSeconds: Math.ceil(e.msBeforeNext / 1000) });
    }
    this.headers(reply, budget.limiter.points, res);
    return next.handle();
  }

  private headers(reply: FastifyReply, limit: number, res: RateLimiterRes): void {
    void reply
      .header('ratelimit-limit', String(limit))
      .header('ratelimit-remaining', String(Math.max(0, res.remainingPoints)))
      .header('ratelimit-reset', String(Math.ceil(res.msBeforeNext / 1000)));
  }
}
