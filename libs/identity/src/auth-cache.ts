import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { AppConfig, type MaybePromise, MemberRole, OrganizationKind, REDIS, thenMaybe } from '@attesta/core';
import type { Redis } from 'ioredis';

/** What a successful API-key check keeps (keyed by the SHA-256 of the whole presented key). */
export interface CachedApiKey {
  id: string;
  organizationId: string;
  organizationKind: OrganizationKind;
  /** Frozen: the same array object serves every request while the entry lives (abilities are memoized by it). */
  scopes: readonly string[];
  expiresAt: Date | null;
  /** Updated in place when the request path writes `last_used_at` (kept to the minute). */
  lastUsedAt: Date | null;
}

/** What a successful membership check keeps (keyed by user and organization). */
export interface CachedMembership {
  role: MemberRole;
  organizationKind: OrganizationKind;
  passwordChangedAt: Date;
}

/** One invalidation, as published on the channel (JSON). */
export type AuthInvalidation = { t: 'api-key'; id: string } | { t: 'member'; userId: string; organizationId: string | null } | { t: 'session'; ids: string[] };

interface Entry<V> {
  value: V;
  until: number;
}

/** Entries per map; past it the oldest go (a cache, not a store). */
const MAX_ENTRIES = 20_000;

/**
 * Short-lived in-process cache of successful credential checks (API keys by key hash,
 * memberships by user + organization, sessions not ended), so an authenticated request
 * does not ask PostgreSQL (or Redis) who the caller is on every call.
 *
 * Correctness across replicas: every change that can withdraw a credential (API key revoked,
 * member removed or role changed, password changed, session ended) publishes an
 * {@link AuthInvalidation} on the Redis channel `<QUEUE_PREFIX>:auth-invalidations` after its
 * transaction commits; every replica subscribes and drops the matching entries when it arrives
 * (milliseconds; the bound the tests hold is 1 s). An entry also expires after AUTH_CACHE_TTL_MS
 * on its own, which bounds the damage of a lost message.
 *
 * The cache is bypassed (every check goes to the database) while the subscription is not
 * established: before it is, after the subscriber connection drops (the cache is emptied then,
 * as messages may have been missed), and when AUTH_CACHE_TTL_MS is 0. A look-up that started
 * before an invalidation arrived is not stored (generation counter), so a check racing a revoke
 * cannot put the revoked credential back for a TTL.
 */
@Injectable()
export class AuthCache implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(AuthCache.name);
  readonly channel: string;
  private readonly ttlMs: number;
  private subscriber: Redis | null = null;
  private subscribed = false;
  private generation = 0;
  private readonly apiKeys = new Map<string, Entry<CachedApiKey>>();
  private readonly memberships = new Map<string, Entry<CachedMembership>>();
  private readonly liveSessions = new Map<string, Entry<true>>();

  constructor(
    config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
  ) {
    this.channel = `${config.QUEUE_PREFIX}:auth-invalidations`;
    this.ttlMs = config.AUTH_CACHE_TTL_MS;
  }

  onModuleInit(): void {
    if (this.ttlMs <= 0) return;
    const sub = this.redis.duplicate({ lazyConnect: false, autoResubscribe: false, maxRetriesPerRequest: null });
    this.subscriber = sub;
    sub.on('message', (channel: string, message: string) => {
      if (channel === this.channel) this.apply(message);
    });
    sub.on('ready', () => {
      sub.subscribe(this.channel).then(
        () => {
          this.subscribed = true;
        },
        (e: Error) => this.logger.warn({ err: e.message }, 'auth cache: subscribing to invalidations failed (cache off)'),
      );
    });
    const lost = () => {
      if (this.subscribed) this.logger.warn('auth cache: invalidation subscription lost; cache off until it is back');
      this.subscribed = false;
      this.clear();
    };
    sub.on('close', lost);
    sub.on('end', lost);
    sub.on('error', (e: Error) => this.logger.warn({ err: e.message }, 'auth cache: subscriber connection error (reconnecting)'));
  }

  async onApplicationShutdown(): Promise<void> {
    this.subscribed = false;
    const sub = this.subscriber;
    this.subscriber = null;
    if (sub) await sub.quit().catch(() => sub.disconnect());
  }

  /** True when checks are served from memory (TTL above 0 and the invalidation channel subscribed). */
  get active(): boolean {
    return this.ttlMs > 0 && this.subscribed;
  }

  // The look-ups answer at once (no promise) on a hit: an authenticated request whose credential is
  // cached is checked without waiting on anything (see AccessGuard).
  apiKey(keyHash: string, load: () => Promise<CachedApiKey | null>): MaybePromise<CachedApiKey | null> {
    return this.through(this.apiKeys, keyHash, load);
  }

  membership(userId: string, organizationId: string, load: () => Promise<CachedMembership | null>): MaybePromise<CachedMembership | null> {
    return this.through(this.memberships, `${userId}:${organizationId}`, load);
  }

  /** Whether the session is live: `ended()` is asked on a miss; only "live" is kept. */
  sessionLive(sessionId: string, ended: () => Promise<boolean>): MaybePromise<boolean> {
    return thenMaybe(
      this.through(this.liveSessions, sessionId, async () => ((await ended()) ? null : true)),
      (live) => live === true,
    );
  }

  /** Drops the entries here, then tells every replica (after the change is committed). */
  async invalidate(event: AuthInvalidation): Promise<void> {
    const message = JSON.stringify(event);
    this.apply(message);
    if (this.ttlMs <= 0) return;
    try {
      await this.redis.publish(this.channel, message);
    } catch (e) {
      // The change is committed; other replicas drop their entry within AUTH_CACHE_TTL_MS at the latest.
      this.logger.warn({ err: (e as Error).message, event }, 'auth cache: publishing an invalidation failed');
    }
  }

  /** The entry of `key` at once while the cache is active and it has not expired; else `load()`'s answer, kept if it is one. */
  private through<V>(map: Map<string, Entry<V>>, key: string, load: () => Promise<V | null>): MaybePromise<V | null> {
    if (this.active) {
      const hit = map.get(key);
      if (hit && hit.until > Date.now()) return hit.value;
      if (hit) map.delete(key);
    }
    return this.loadInto(map, key, load);
  }

  private async loadInto<V>(map: Map<string, Entry<V>>, key: string, load: () => Promise<V | null>): Promise<V | null> {
    const generation = this.generation;
    const value = await load();
    if (value !== null && this.active && generation === this.generation) {
      if (map.size >= MAX_ENTRIES) map.delete(map.keys().next().value as string);
      map.set(key, { value, until: Date.now() + this.ttlMs });
    }
    return value;
  }

  private apply(message: string): void {
    let event: AuthInvalidation;
    try {
      event = JSON.parse(message) as AuthInvalidation;
    } catch {
      return;
    }
    this.generation++;
    switch (event.t) {
      case 'api-key':
        for (const [k, e] of this.apiKeys) if (e.value.id === event.id) this.apiKeys.delete(k);
        break;
      case 'member':
        for (const k of this.memberships.keys()) {
          if (event.organizationId ? k === `${event.userId}:${event.organizationId}` : k.startsWith(`${event.userId}:`)) this.memberships.delete(k);
        }
        break;
      case 'session':
        for (const id of event.ids ?? []) this.liveSessions.delete(id);
        break;
      default:
        // Unknown kind (a newer replica): play safe.
        this.clear();
    }
  }

  private clear(): void {
    this.generation++;
    this.apiKeys.clear();
    this.memberships.clear();
    this.liveSessions.clear();
  }
}
