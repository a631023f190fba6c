import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, REDIS } from '@attesta/core';
import type { Redis } from 'ioredis';
import { AuthCache } from './auth-cache.js';

/**
 * Sessions ended before their access tokens expire (sign-out, refresh-token reuse), kept in
 * Redis so every API replica refuses those access tokens within a request. An entry lives
 * as long as the longest access token it can concern (the access-token lifetime), so the
 * set stays small; checking costs one `EXISTS` per session per AUTH_CACHE_TTL_MS (AuthCache keeps
 * "not ended" that long and is cleared on every replica over pub/sub when a session ends).
 *
 * PostgreSQL keeps the durable record (refresh tokens revoked); losing Redis loses only the
 * early refusal, never a session's end: its refresh tokens stay revoked and its access
 * tokens expire on their own.
 */
@Injectable()
export class SessionRevocations {
  constructor(
    private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly cache: AuthCache,
  ) {}

  private key(sessionId: string): string {
    return `${this.config.QUEUE_PREFIX}:revoked-session:${sessionId}`;
  }

  async revoke(sessionIds: readonly string[]): Promise<void> {
    if (!sessionIds.length) return;
    const ttl = this.config.ACCESS_TOKEN_TTL_SECONDS + 60;
    const multi = this.redis.multi();
    for (const id of new Set(sessionIds)) multi.set(this.key(id), '1', 'EX', ttl);
    const results = await multi.exec();
    const failed = results?.find(([err]) => err);
    if (!results || failed) throw failed?.[0] ?? new Error('session revocation: Redis transaction aborted');
    // Replicas that checked these sessions recently (AuthCache) forget it and ask Redis again.
    await this.cache.invalidate({ t: 'session', ids: [...new Set(sessionIds)] });
  }

  async isRevoked(sessionId: string): Promise<boolean> {
    return (await this.redis.exists(this.key(sessionId))) === 1;
  }
}
