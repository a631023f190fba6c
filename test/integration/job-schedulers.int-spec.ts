import type { INestApplicationContext } from '@nestjs/common';
import { JobQueue, QueueName } from '@attesta/jobs';
import { Metrics } from '@attesta/observability';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorker } from '../../apps/worker/src/bootstrap.js';
import { Schedules } from '../../apps/worker/src/system/schedules.js';
import { deleteKeys } from '../setup/global-setup.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-env.js';

/**
 * A Redis restart without persistence deletes the job schedulers (relay, sweeps, scans). The
 * worker registers them again on its own: on reconnect and on its periodic check. Tests share
 * one Redis server, so "losing Redis" here means deleting this test's own prefix's keys and
 * killing this worker's own connections (found by the client names BullMQ gives them).
 */
describe(Schedules.name, () => {
  const opened: { worker: INestApplicationContext; db: TestDatabase }[] = [];

  afterEach(async () => {
    for (const { worker, db } of opened.splice(0)) {
      await worker.close().catch(() => undefined);
      await db.dispose();
    }
  });

  async function start(env: Record<string, string>) {
    const db = await createTestDatabase(env);
    const worker = await createWorker(db.config);
    await worker.init();
    opened.push({ worker, db });
    const system = await worker.get(JobQueue).queue(QueueName.System);
    const expected = worker
      .get(Schedules)
      .definitions()
      .map((d) => d.id)
      .sort();
    const present = async () => (await system.getJobSchedulers(0, -1)).map((s) => s.key).sort();
    expect(await present()).toEqual(expected);
    const restored = async (trigger: string) =>
      (await worker.get(Metrics).jobSchedulersRestored.get()).values.filter((v) => v.labels.trigger === trigger).reduce((n, v) => n + v.value, 0);
    return { db, worker, expected, present, restored };
  }

  /** What a Redis restart without persistence leaves of this deployment: nothing. */
  async function loseRedisData(db: TestDatabase): Promise<void> {
    await deleteKeys(db.config.REDIS_URL, `${db.config.QUEUE_PREFIX}:*`);
  }

  it('registers missing schedulers again when the connection comes back', async () => {
    const { db, worker, expected, present, restored } = await start({ SCHEDULER_CHECK_INTERVAL_MS: '3600000' });
    await loseRedisData(db);
    expect(await present()).toEqual([]);
    // The connections drop and reconnect, as they do when Redis restarts: the system queue's
    // own connection (unnamed) and the workers' (named after the prefix).
    const system = await worker.get(JobQueue).queue(QueueName.System);
    const queueClient = /\bid=(\d+)/.exec(await (await system.backend.connection.client).clientInfo())![1]!;
    const admin = new Redis(db.config.REDIS_URL, { maxRetriesPerRequest: 1 });
    try {
      const list = (await admin.client('LIST')) as string;
      const named = list
        .split('\n')
        .map((line) => ({ id: /\bid=(\d+)/.exec(line)?.[1], name: /\bname=(\S*)/.exec(line)?.[1] ?? '' }))
        .filter((c) => c.id && c.name.startsWith(`${db.config.QUEUE_PREFIX}:`))
        .map((c) => c.id!);
      expect(named.length).toBeGreaterThan(0);
      for (const id of [queueClient, ...named]) await admin.client('KILL', 'ID', id);
    } finally {
      admin.disconnect();
    }
    await expect.poll(present, { timeout: 20_000 }).toEqual(expected);
    expect(await restored('reconnect')).toBeGreaterThanOrEqual(expected.length);
  }, 60_000);

  it('the periodic check registers schedulers that went missing while the connection stayed up', async () => {
    const { db, expected, present, restored } = await start({ SCHEDULER_CHECK_INTERVAL_MS: '500' });
    expect(await restored('check')).toBe(0);
    await loseRedisData(db);
    await expect.poll(present, { timeout: 20_000 }).toEqual(expected);
    expect(await restored('check')).toBeGreaterThanOrEqual(expected.length);
  }, 60_000);
});
