import { newId } from '@attesta/core';
import { JobName, JobQueue, queueOptions, QueueName } from '@attesta/jobs';
import { BullMQOtel } from 'bullmq-otel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformQueue } from '../setup/queues.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-env.js';

/**
 * JobQueue opens a BullMQ queue (and loads BullMQ) on first use, not at start-up; what it opens
 * uses the platform's prefix and Redis and is closed on shutdown. The API bundle's start without
 * BullMQ is checked by the API smoke run (scripts/api-smoke.ts), which records the modules it loads.
 */
describe('JobQueue (real Redis)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('opens each queue once, on first use, under the configured prefix', async () => {
    const jobs = new JobQueue(db.config);
    try {
      const [a, b] = await Promise.all([jobs.queue(QueueName.System), jobs.queue(QueueName.System)]);
      expect(a).toBe(b);
      expect(a.name).toBe(QueueName.System);
      expect(a.opts.prefix).toBe(db.config.QUEUE_PREFIX);
      expect(await jobs.queue(QueueName.Events)).not.toBe(a);

      const eventId = newId();
      expect(await jobs.enqueue(JobName.Ping, { eventId, message: 'lazy' })).toBe(eventId);
      // Seen by another client of the same prefix, as a worker would see it.
      const other = platformQueue(db, QueueName.System);
      try {
        const job = await other.getJob(eventId);
        expect(job?.name).toBe(JobName.Ping);
        expect(job?.data).toEqual({ eventId, message: 'lazy' });
        expect(job?.opts.attempts).toBe(5);
      } finally {
        await other.close();
      }
    } finally {
      await jobs.onApplicationShutdown();
    }
  });

  it('closes what it opened on shutdown, and opens a new queue when used after it', async () => {
    const jobs = new JobQueue(db.config);
    const before = await jobs.queue(QueueName.Webhooks);
    expect(before.closing).toBeUndefined();
    await jobs.onApplicationShutdown();
    expect(before.closing).toBeDefined();
    const after = await jobs.queue(QueueName.Webhooks);
    expect(after).not.toBe(before);
    expect(after.closing).toBeUndefined();
    await jobs.onApplicationShutdown();
    expect(after.closing).toBeDefined();
  });

  it('connects with the platform settings, with tracing telemetry only when tracing is on', async () => {
    const plain = await queueOptions(db.config);
    expect(plain).toEqual({ prefix: db.config.QUEUE_PREFIX, connection: { url: db.config.REDIS_URL, maxRetriesPerRequest: null } });
    const traced = await queueOptions({ ...db.config, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' });
    expect(traced.telemetry).toBeInstanceOf(BullMQOtel);
  });
});
