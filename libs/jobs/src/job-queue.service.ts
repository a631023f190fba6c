import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@attesta/core';
import type { JobsOptions, Queue, QueueOptions } from 'bullmq';
import { JobName, JobPayload, QUEUE_OF, QueueName } from './queues.js';

/**
 * How every BullMQ queue and worker of the platform connects: the configured key prefix,
 * Redis, and producer and consumer spans (linked from enqueue to processing) when tracing
 * is on. bullmq-otel is imported only then.
 */
export async function queueOptions(config: AppConfig): Promise<QueueOptions> {
  const telemetry = config.OTEL_EXPORTER_OTLP_ENDPOINT ? new (await import('bullmq-otel')).BullMQOtel({ tracerName: 'attesta-bullmq' }) : undefined;
  return {
    prefix: config.QUEUE_PREFIX,
    connection: { url: config.REDIS_URL, maxRetriesPerRequest: null },
    ...(telemetry ? { telemetry } : {}),
  };
}

/**
 * The one way to enqueue work: typed by job name, idempotent on the event id.
 *
 * A queue (and BullMQ itself, with its Redis connection) is opened on its first use, not
 * at start-up: the API enqueues only on a few operator and webhook actions, and loading
 * BullMQ is ~0.1 s of a start (docs/performance.md, "Start-up"). Opened queues are closed
 * on shutdown.
 */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private readonly opened = new Map<QueueName, Promise<Queue>>();

  constructor(private readonly config: AppConfig) {}

  async enqueue<N extends JobName>(name: N, payload: JobPayload<N>, options: Omit<JobsOptions, 'jobId'> = {}): Promise<string> {
    const queue = await this.queue(QUEUE_OF[name]);
    const job = await queue.add(name, payload, {
      attempts: 5,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: { age: 24 * 3600, count: 10_000 },
      removeOnFail: { age: 7 * 24 * 3600 },
      ...options,
      jobId: payload.eventId,
    });
    return job.id ?? payload.eventId;
  }

  /** The queue, opened on the first call: one instance per name until shutdown closes it. */
  queue(name: QueueName): Promise<Queue> {
    let queue = this.opened.get(name);
    if (!queue) {
      queue = this.open(name);
      this.opened.set(name, queue);
    }
    return queue;
  }

  async onApplicationShutdown(): Promise<void> {
    const queues = [...this.opened.values()];
    this.opened.clear();
    await Promise.allSettled(queues.map(async (queue) => (await queue).close()));
  }

  private async open(name: QueueName): Promise<Queue> {
    const [{ Queue }, options] = await Promise.all([import('bullmq'), queueOptions(this.config)]);
    return new Queue(name, options);
  }
}
