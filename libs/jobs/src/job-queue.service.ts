import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { JobsOptions, Queue } from 'bullmq';
import { JobName, JobPayload, QUEUE_OF, QueueName } from './queues.js';

/** The one way to enqueue work: typed by job name, idempotent on the event id. */
@Injectable()
export class JobQueue {
  private readonly queues: Record<QueueName, Queue>;

  constructor(@InjectQueue(QueueName.System) system: Queue, @InjectQueue(QueueName.Events) events: Queue, @InjectQueue(QueueName.Webhooks) webhooks: Queue) {
    this.queues = { [QueueName.System]: system, [QueueName.Events]: events, [QueueName.Webhooks]: webhooks };
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayload<N>, options: Omit<JobsOptions, 'jobId'> = {}): Promise<string> {
    const queue = this.queues[QUEUE_OF[name]];
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

  queue(name: QueueName): Queue {
    return this.queues[name];
  }
}
