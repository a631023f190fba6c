import { Processor, WorkerHost } from '@nestjs/bullmq';
import { runInJobContext } from '@attesta/core';
import { JobName, QueueName, type JobPayload, type JobResult } from '@attesta/jobs';
import { WebhookDeliveryService } from '@attesta/webhooks';
import { DelayedError, type Job } from 'bullmq';
import { ClsService } from 'nestjs-cls';

/**
 * One attempt per run. A failed attempt throws, so BullMQ retries with the exponential
 * backoff the job was enqueued with; an open circuit puts the job back without using an
 * attempt. Short locks: a killed worker's delivery is picked up again within seconds.
 */
@Processor(QueueName.Webhooks, { concurrency: 10, lockDuration: 10_000, stalledInterval: 5_000, maxStalledCount: 3 })
export class WebhooksProcessor extends WorkerHost {
  constructor(
    private readonly cls: ClsService,
    private readonly deliveries: WebhookDeliveryService,
  ) {
    super();
  }

  async process(job: Job<JobPayload<JobName.DeliverWebhook>>, token?: string): Promise<JobResult<JobName.DeliverWebhook>> {
    return runInJobContext(this.cls, job.data.eventId, async () => {
      const result = await this.deliveries.attempt(job.data.organizationId, job.data.deliveryId);
      switch (result.outcome) {
        case 'circuit_open':
          await job.moveToDelayed(result.retryAt.getTime(), token);
          throw new DelayedError();
        case 'retrying':
          throw new Error(result.error ?? 'delivery failed');
        default:
          return { outcome: result.outcome };
      }
    });
  }
}
