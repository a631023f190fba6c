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
  /** Requests this replica admitted in this window and has not yet added to Redis. */
  pending: number;
}

/** Keys idle this long after their window are dropped from memory. */
const IDLE_WINDOWS = 2;

/**
 * A fixed-window request budget per key (API key, user) shared by every replica through Redis,
 * WITHOUT a Redis call on the request path: each replica decides from its local view (the shared
 * total Redis last reported plus what it admitted since), and every `syncMs` adds what it admitted
 * to the shared counter (`INCRBY`, one pipelined call for all keys) and reads the new total back.
 *
 * Tolerance: one replica alone is exact. With several, a budget can be overrun by what the OTHER
 * replicas admitted for the same key and had not yet synced: at most their admissions during one
 * sync interval (e.g. 2 replicas, 200 ms, a client spreading 100 req/s evenly: about 10 requests over).
 * Windows are aligned to the clock (`floor(now / duration)`), so all replicas share one window key.
 * If Redis cannot be reached the replica keeps counting locally (its own view stays a limit) and
 * retries on the next sync.
 */
export class SyncedRateLimiter {
  private readonly logger = new Logger(SyncedRateLimiter.name);
  private readonly counters = new Map<string, Counter>();
  private timer: NodeJS.Timeout | null = null;
  private syncing: Promise<void> | null = null;

  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    readonly points: number,
    private readonly durationMs: number,
    syncMs: number,
  ) {
    if (syncMs > 0) {
      this.timer = setInterval(() => void this.sync(), syncMs);
      this.timer.unref();
    }
  }

  /** Takes one request from `key`'s budget, from memory. */
  consume(key: string, now = Date.now()): RateDecision {
    const window = Math.floor(now / this.durationMs);
    const msBeforeNext = (window + 1) * this.durationMs - now;
    let c = this.counters.get(key);
    if (!c || c.window !== window) {
      c = { window, synced: 0, pending: 0 };
      this.counters.set(key, c);
    }
    const used = c.synced + c.pending;
    if (used >= this.points) return { allowed: false, remaining: 0, msBeforeNext };
    c.pending++;
    return { allowed: true, remaining: this.points - used - 1, msBeforeNext };
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

  private async flush(now: number): Promise<void> {
    const window = Math.floor(now / this.durationMs);
    const batch: { key: string; c: Counter; sent: number }[] = [];
    for (const [key, c] of this.counters) {
      if (c.window < window - IDLE_WINDOWS) this.counters.delete(key);
      else if (c.window === window) batch.push({ key, c, sent: c.pending });
    }
    if (!batch.length) return;
    const multi = this.redis.pipeline();
    for (const { key, c, sent } of batch) {
      const redisKey = `${this.keyPrefix}:${key}:${c.window}`;
      // INCRBY 0 reads the total other replicas reached for a key this one has not used since.
      multi.incrby(redisKey, sent);
      multi.pexpire(redisKey, this.durationMs * 2);
    }
    let results: [Error | null, unknown][] | null;
    try {
      results = await multi.exec();
    } catch (e) {
      this.logger.warn({ err: (e as Error).message }, 'rate limit sync failed; counting locally until Redis answers');
      return;
    }
    batch.forEach(({ c, sent }, i) => {
      const [err, total] = results?.[i * 2] ?? [new Error('no reply'), null];
      if (err || c.window !== window) return;
      c.pending -= sent;
      c.synced = Number(total);
    });
  }
}
