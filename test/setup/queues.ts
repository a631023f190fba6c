import { QUEUE_OF, type JobName, type JobPayload, type QueueName } from '@attesta/jobs';
import { Queue, QueueEvents } from 'bullmq';
import type { TestApp } from './test-app.js';

/**
 * A test app's platform queue as Redis holds it (its QUEUE_PREFIX), read with BullMQ itself
 * rather than the app's JobQueue service: what a queue dashboard or another process sees.
 * The caller closes it.
 */
export function platformQueue(t: Pick<TestApp, 'config'>, name: QueueName): Queue {
  return new Queue(name, { connection: { url: t.config.REDIS_URL }, prefix: t.config.QUEUE_PREFIX });
}

/** Adds a job the way another process of the platform would (job id = the payload's event id); returns the queue, for waiting on it. */
export async function enqueueJob<N extends JobName>(t: Pick<TestApp, 'config'>, name: N, payload: JobPayload<N>): Promise<{ queue: Queue; jobId: string }> {
  const queue = platformQueue(t, QUEUE_OF[name]);
  const job = await queue.add(name, payload, { attempts: 1, jobId: payload.eventId });
  return { queue, jobId: job.id ?? payload.eventId };
}

/**
 * Runs a platform job through the app's own processors (the app must run them:
 * API_RUN_PROCESSORS=true), as its schedule would; returns the job's result.
 */
export async function runJob<N extends JobName>(t: Pick<TestApp, 'config'>, name: N, payload: JobPayload<N>, timeoutMs = 30_000): Promise<unknown> {
  const connection = { url: t.config.REDIS_URL };
  const events = new QueueEvents(QUEUE_OF[name], { connection, prefix: t.config.QUEUE_PREFIX });
  const { queue, jobId } = await enqueueJob(t, name, payload);
  try {
    await events.waitUntilReady();
    const job = await queue.getJob(jobId);
    return await job!.waitUntilFinished(events, timeoutMs);
  } finally {
    await Promise.all([events.close(), queue.close()]);
  }
}
