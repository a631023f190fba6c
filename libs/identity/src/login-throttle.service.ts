import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, REDIS } from '@attesta/core';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { IdentityError, IdentityErrorCode } from './identity.errors.js';

/** What a caller holds between taking an attempt and learning whether the password was right. */
export interface PasswordAttempt {
  readonly email: string;
  readonly ip: string;
}

/**
 * Brute-force protection for every place a password is checked (sign-in, accepting an
 * invitation with an existing account), counted in Redis so every API replica shares the
 * counters: attempts per account and per client IP within a window.
 *
 * An attempt is taken (an atomic increment) BEFORE the password is verified, so concurrent
 * guesses cannot all slip past a read-then-write check: with a budget of N, at most N
 * verifications run per window however many requests arrive at once. A right password
 * gives its attempt back (the account's count resets, the IP gets its point back), so only
 * failures use the budget up.
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

  /**
   * Takes one attempt from the account's and the IP's budgets, or refuses (429) when
   * either is spent. Call before verifying the password; then `succeeded` or leave it spent.
   */
  async take(email: string, ip: string): Promise<PasswordAttempt> {
    const [account, client] = await Promise.allSettled([this.perAccount.consume(email, 1), this.perIp.consume(ip, 1)]);
    const refused = [account, client].filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (refused.length) {
      for (const r of refused) {
        // A Redis error is not a refusal: it surfaces as an outage (503), never as "try later".
        if (!(r.reason instanceof RateLimiterRes)) throw r.reason;
      }
      // The budget that was not spent keeps its point: the attempt never reached the password.
      if (account.status === 'fulfilled') await this.perAccount.reward(email, 1);
      if (client.status === 'fulfilled') await this.perIp.reward(ip, 1);
      const wait = Math.max(...refused.map((r) => (r.reason as RateLimiterRes).msBeforeNext));
      throw new IdentityError(IdentityErrorCode.TooManyAttempts, 'Too many failed sign-in attempts; try again later.', {
        retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)),
      });
    }
    return { email, ip };
  }

  /** The password was right: the account's failures are forgiven and the IP's point returned. */
  async succeeded(attempt: PasswordAttempt): Promise<void> {
    await Promise.all([this.perAccount.delete(attempt.email), this.perIp.reward(attempt.ip, 1)]);
  }
}
