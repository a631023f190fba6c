import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, REDIS } from '@attesta/core';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { IdentityError, IdentityErrorCode } from './identity.errors.js';

/**
 * Brute-force protection for password logins, counted in Redis so every API replica
 * shares the counters: failures per account and per client IP within a window.
 */
@Injectable()
export class LoginThrottle {
  private readonly perAccount: RateLimiterRedis;
  private readonly perIp: RateLimiterRedis;

  constructor(config: AppConfig, @Inject(REDIS) redis: Redis) {
    const common = { storeClient: redis, duration: config.LOGIN_FAILURE_WINDOW_SECONDS, useRedisPackage: false };
    this.perAccount = new RateLimiterRedis({
      ...common,
      keyPrefix: `${config.QUEUE_PREFIX}:login-fail:account`,
      points: config.LOGIN_MAX_FAILURES_PER_ACCOUNT,
    });
    this.perIp = new RateLimiterRedis({
      ...common,
      keyPrefix: `${config.QUEUE_PREFIX}:login-fail:ip`,
      points: config.LOGIN_MAX_FAILURES_PER_IP,
    });
  }

  /** Refuses before the password is even checked when either budget is spent. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const [account, client] = await Promise.all([this.perAccount.get(email), this.perIp.get(ip)]);
    const blocked = [
      { res: account, limiter: this.perAccount },
      { res: client, limiter: this.perIp },
    ].filter((x) => x.res && x.res.consumedPoints >= x.limiter.points);
    if (blocked.length) {
      const wait = Math.max(...blocked.map((b) => (b.res as RateLimiterRes).msBeforeNext));
      throw new IdentityError(IdentityErrorCode.TooManyAttempts, 'Too many failed sign-in attempts; try again later.', {
        retryAfterSeconds: Math.ceil(wait / 1000),
      });
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([this.perAccount.penalty(email, 1), this.perIp.penalty(ip, 1)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }
}
