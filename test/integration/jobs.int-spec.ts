import type { INestApplicationContext } from '@nestjs/common';
import { JobName, JobQueue, QueueName } from '@attesta/jobs';
import { newId } from '@attesta/core';
import { Queue, QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorker } from '../../apps/worker/src/bootstrap.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-env.js';

describe('Worker (BullMQ)', () => {
  let db: TestDatabase;
  let worker: INestApplicationContext;
  let events: QueueEvents;

  beforeAll(async () => {
    db = await createTestDatabase();
    worker = await createWorker(db.config);
    await worker.init();
    events = new QueueEvents(QueueName.System, { connection: { url: db.config.REDIS_URL }, prefix: db.config.QUEUE_PREFIX });
    await events.waitUntilReady();
  });

  afterAll(async () => {
    await events?.close();
    await worker?.close().catch(() => undefined);
    await db?.dispose();
  });

  it('consumes a typed job end to end', async () => {
    const queue = worker.get(JobQueue);
    const eventId = newId();
    await queue.enqueue(JobName.Ping, { eventId, message: 'hello' });
    const job = await (await queue.queue(QueueName.System)).getJob(eventId);
    const result = await job!.waitUntilFinished(events, 15_000);
    expect(result.echoed).toBe('hello');
    expect(Date.parse(result.finishedAt)).not.toBeNaN();
  });

  it('treats a re-enqueued event id as the same job', async () => {
    const queue = worker.get(JobQueue);
    const eventId = newId();
    const first = await queue.enqueue(JobName.Ping, { eventId, message: 'once' });
    const second = await queue.enqueue(JobName.Ping, { eventId, message: 'twice' });
    expect(second).toBe(first);
    const job = await (await queue.queue(QueueName.System)).getJob(eventId);
    const result = await job!.waitUntilFinished(events, 15_000);
    expect(result.echoed).toBe('once');
    const pings = (await (await queue.queue(QueueName.System)).getJobs(['completed', 'waiting', 'active', 'delayed'])).filter(
      (j) => j.name === JobName.Ping && j.id === eventId,
    );
    expect(pings).toHaveLength(1);
  });

  it('lets an in-flight job finish when shut down', async () => {
    const queue = worker.get(JobQueue);
    const eventId = newId();
    await queue.enqueue(JobName.Ping, { eventId, message: 'slow', workMs: 1500 });
    // An independent connection: closing the worker closes the app's own queue clients.
    const q = new Queue(QueueName.System, { connection: { url: db.config.REDIS_URL }, prefix: db.config.QUEUE_PREFIX });
    // Wait until the worker has taken the job.
    for (let i = 0; i < 100 && (await q.getJobState(eventId)) !== 'active'; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await q.getJobState(eventId)).toBe('active');
    await worker.close(); // the same path SIGTERM takes
    expect(await q.getJobState(eventId)).toBe('completed');
    expect((await q.getJob(eventId))?.returnvalue).toMatchObject({ echoed: 'slow' });
    await q.close();
  });
});
