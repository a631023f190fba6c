import { Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';

export interface RateDecision {
  allowed: boolean;
  /** Requests left in the window, as this replica knows it. */
  remaining: number;
  /** Until the window ends. */
  msBeforeNext: number;
}

interface Counter {
  window: number;
  /** The shared total for this window as Redis last answered it (every replica's synced requests). */
  synced: number;
  /** Requests this replica admitted in this window and has not yet sent to Redis. */
  pending: number;
  /** Requests on their way to Redis (a sync or a strict admission not yet answered). */
  inFlight: number;
}

/** Keys idle this long after their window are dropped from memory. */
const IDLE_WINDOWS = 2;

/**
 * The share of a budget a caller may use in a window before every further request of theirs is
 * admitted by Redis itself (STRICT_TAKE): past it the replicas' in-memory views could add up to more
 * than what is left.
 */
export const STRICT_SHARE = 0.5;

/**
 * One strict admission, atomic in Redis: adds what this replica admitted since its last sync, then
 * admits one more request if the shared total is still under the budget. Answers [admitted 0|1, total].
 */
const STRICT_TAKE = `
local total = redis.call('INCRBY', KEYS[1], ARGV[1])
local admitted = 0
if total < tonumber(ARGV[2]) then
  total = redis.call('INCR', KEYS[1])
  admitted = 1
end
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return {admitted, total}`;

type StrictRedis = Redis & { attestaRateTake(key: string, pending: number, points: number, ttlMs: number): Promise<[number, number]> };

/**
 * A fixed-window request budget per key (API key, user) shared by every replica through Redis.
 * While a caller has used less than STRICT_SHARE of their budget in the window, each replica
 * decides from its local view, WITHOUT a Redis call on the request path (the shared total Redis
 * last reported plus what it admitted since), and every `syncMs` adds what it admitted to the
 * shared counter (`INCRBY`, one pipelined call for all keys) and reads the new total back. From
 * STRICT_SHARE on, each of that caller's requests is admitted by Redis (STRICT_TAKE, one round
 * trip): the last part of a budget is counted exactly across replicas.
 *
 * Tolerance: exact, unless the OTHER replicas admit more than what is left past STRICT_SHARE
 * (half the budget) for the same key within one sync interval before their views reach it (e.g.
 * 2 replicas, 200 ms, a budget of 120 a minute: more than 60 requests of one caller in 200 ms).
 * Windows are aligned to the clock (`floor(now / duration)`), so all replicas share one window key.
 * If Redis cannot be reached the replica keeps counting locally (its own view stays a limit) and
 * retries on the next sync or strict admission.
 */
export class SyncedRateLimiter {
  private readonly logger = new Logger(SyncedRateLimiter.name);
  private readonly counters = new Map<string, Counter>();
  private readonly strictFrom: number;
  private timer: NodeJS.Timeout | null = null;
  private syncing: Promise<void> | null = null;

  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    readonly points: number,
    private readonly durationMs: number,
    syncMs: number,
  ) {
    this.strictFrom = Math.floor(points * STRICT_SHARE);
    if (!('attestaRateTake' in redis)) redis.defineCommand('attestaRateTake', { numberOfKeys: 1, lua: STRICT_TAKE });
    if (syncMs > 0) {
      this.timer = setInterval(() => void this.sync(), syncMs);
      this.timer.unref();
    }
  }

  /**
   * Takes one request from `key`'s budget: from memory while the caller's window is under
   * STRICT_SHARE of the budget (a plain answer), from Redis past it (a promise).
   */
  consume(key: string, now = Date.now()): RateDecision | Promise<RateDecision> {
    const window = Math.floor(now / this.durationMs);
    const msBeforeNext = (window + 1) * this.durationMs - now;
    let c = this.counters.get(key);
    if (!c || c.window !== window) {
      c = { window, synced: 0, pending: 0, inFlight: 0 };
      this.counters.set(key, c);
    }
    const used = c.synced + c.inFlight + c.pending;
    if (used < this.strictFrom) return this.admitLocally(c, msBeforeNext);
    if (used >= this.points) return { allowed: false, remaining: 0, msBeforeNext };
    return this.strict(key, c, msBeforeNext);
  }

  /** Adds every key's pending requests to Redis and reads the shared totals back (one pipelined call). */
  sync(now = Date.now()): Promise<void> {
    if (this.syncing) return this.syncing;
    this.syncing = this.flush(now).finally(() => {
      this.syncing = null;
    });
    return this.syncing;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One request decided from this replica's view (the shared total last synced, plus its own since). */
  private admitLocally(c: Counter, msBeforeNext: number): RateDecision {
    const used = c.synced + c.inFlight + c.pending;
    if (used >= this.points) return { allowed: false, remaining: 0, msBeforeNext };
    c.pending++;
    return { allowed: true, remaining: this.points - used - 1, msBeforeNext };
  }

  /** One request past STRICT_SHARE: Redis adds this replica's pending ones and admits it or not, atomically. */
  private async strict(key: string, c: Counter, msBeforeNext: number): Promise<RateDecision> {
    const sent = c.pending;
    c.pending = 0;
    c.inFlight += sent + 1;
    let answer: [number, number];
    try {
      answer = await (this.redis as StrictRedis).attestaRateTake(`${this.keyPrefix}:${key}:${c.window}`, sent, this.points, this.durationMs * 2);
    } catch {
      // Redis is away: count locally, as below STRICT_SHARE (the periodic sync logs the failure).
      c.inFlight -= sent + 1;
      c.pending += sent;
      return this.admitLocally(c, msBeforeNext);
    }
    c.inFlight -= sent + 1;
    const [admitted, total] = answer;
    c.synced = Math.max(c.synced, Number(total));
    return { allowed: admitted === 1, remaining: Math.max(0, this.points - Number(total)), msBeforeNext };
  }

  private async flush(now: number): Promise<void> {
    const window = Math.floor(now / this.durationMs);
    const batch: { key: string; c: Counter; sent: number }[] = [];
    for (const [key, c] of this.counters) {
      if (c.window < window - IDLE_WINDOWS) this.counters.delete(key);
      else if (c.window === window) {
        batch.push({ key, c, sent: c.pending });
        c.inFlight += c.pending;
        c.pending = 0;
      }
    }
    if (!batch.length) return;
    const multi = this.redis.pipeline();
    for (const { key, c, sent } of batch) {
      const redisKey = `${this.keyPrefix}:${key}:${c.window}`;
      // INCRBY 0 reads the total other replicas reached for a key this one has not used since.
      multi.incrby(redisKey, sent);
      multi.pexpire(redisKey, this.durationMs * 2);
    }
    let results: [Error | null, unknown][] | null = null;
    try {
      results = await multi.exec();
    } catch (e) {
      this.logger.warn({ err: (e as Error).message }, 'rate limit sync failed; counting locally until Redis answers');
    }
    batch.forEach(({ c, sent }, i) => {
      c.inFlight -= sent;
      const [err, total] = results?.[i * 2] ?? [new Error('no reply'), null];
      if (err) c.pending += sent;
      else c.synced = Math.max(c.synced, Number(total));
    });
  }
}
