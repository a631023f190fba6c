import { Processor, WorkerHost } from '@nestjs/bullmq';
import { runInJobContext } from '@attesta/core';
import { JobName, QueueName, type JobPayload, type JobResult } from '@attesta/jobs';
import { NotificationsService } from '@attesta/notifications';
import type { Job } from 'bullmq';
import { ClsService } from 'nestjs-cls';

/** Domain events from the outbox, fanned out to their consumers (idempotent on the event id). */
@Processor(QueueName.Events)
export class EventsProcessor extends WorkerHost {
  constructor(
    private readonly cls: ClsService,
    private readonly notifications: NotificationsService,
  ) {
    super();
  }

  async process(job: Job<JobPayload<JobName.DispatchEvent>>): Promise<JobResult<JobName.DispatchEvent>> {
    return runInJobContext(this.cls, job.data.eventId, async () => {
      const handled: string[] = [];
      const mails = await this.notifications.deliver(job.data);
      if (mails.length) handled.push('notifications');
      return { handled };
    });
  }
}
