import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SyncedRateLimiter } from '../../apps/api/src/http/synced-rate-limiter.js';

/**
 * The per-key / per-user budget as two API replicas hold it: two limiters on two Redis
 * connections sharing one key prefix. No Redis call on `consume`; the budget holds across
 * both within the documented tolerance (what the other replica admitted in one sync interval).
 */
describe('SyncedRateLimiter across two replicas (real Redis)', () => {
  let ra: Redis;
  let rb: Redis;
  const prefix = `test-rl-${randomBytes(4).toString('hex')}`;
  const limiters: SyncedRateLimiter[] = [];
  const pair = (points: number, syncMs: number) => {
    const a = new SyncedRateLimiter(ra, prefix, points, 60_000, syncMs);
    const b = new SyncedRateLimiter(rb, prefix, points, 60_000, syncMs);
    limiters.push(a, b);
    return [a, b] as const;
  };

  beforeAll(() => {
    ra = new Redis(inject('testEnv').redisUrl);
    rb = new Redis(inject('testEnv').redisUrl);
  });
  afterAll(async () => {
    for (const l of limiters) l.stop();
    const keys = await ra.keys(`${prefix}:*`);
    if (keys.length) await ra.del(...keys);
    await ra.quit();
    await rb.quit();
  });

  it('is exact for one replica and shares the count once synced; consume sends nothing to Redis', async () => {
    const [a, b] = pair(50, 0); // syncs only when told
    const key = `exact-${randomBytes(3).toString('hex')}`;
    const sent: string[] = [];
    const monitorA = ra.sendCommand.bind(ra);
    ra.sendCommand = ((cmd: { name: string }) => (sent.push(cmd.name), monitorA(cmd as never))) as typeof ra.sendCommand;
    const allowedA = Array.from({ length: 30 }, () => a.consume(key).allowed).filter(Boolean).length;
    expect(sent).toEqual([]);
    ra.sendCommand = monitorA;
    expect(allowedA).toBe(30);
    await a.sync();
    // B has not synced: it does not know A's 30 yet.
    expect(b.consume(key).remaining).toBe(49);
    await b.sync();
    // Now B knows the shared 31 and admits exactly the 19 left.
    const results = Array.from({ length: 25 }, () => b.consume(key));
    expect(results.filter((r) => r.allowed)).toHaveLength(19);
    expect(results.at(-1)).toMatchObject({ allowed: false, remaining: 0 });
    expect(results.at(-1)!.msBeforeNext).toBeGreaterThan(0);
  });

  it('holds a budget across two replicas syncing every 20 ms within what one interval admits', async () => {
    const points = 60;
    const syncMs = 20;
    const [a, b] = pair(points, syncMs);
    const key = `shared-${randomBytes(3).toString('hex')}`;
    let admitted = 0;
    let requests = 0;
    const started = Date.now();
    // A client spreading its calls over both replicas, about one every 2 ms, for 600 ms.
    while (Date.now() - started < 600) {
      for (const l of [a, b]) {
        requests++;
        if (l.consume(key).allowed) admitted++;
      }
      await new Promise((r) => setTimeout(r, 2));
    }
    const perInterval = Math.ceil((requests / (Date.now() - started)) * syncMs);
    process.stdout.write(`requests ${requests}, admitted ${admitted} of ${points}; about ${perInterval} requests per ${syncMs} ms interval\n`);
    expect(requests).toBeGreaterThan(2 * points);
    // Never under the budget; over it by at most what the replicas admit in one sync interval
    // (counted twice: a loaded machine fires the sync timer late). Without the sync each would
    // admit the whole budget: 2 × points.
    expect(admitted).toBeGreaterThanOrEqual(points);
    expect(admitted).toBeLessThanOrEqual(points + 2 * Math.max(perInterval, 4));
    expect(admitted).toBeLessThan(2 * points);
  });
});
