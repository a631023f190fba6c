import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobName, QueueName } from '@attesta/jobs';
import type { Queue } from 'bullmq';

/** Repeating platform jobs, registered idempotently by every worker at start. */
@Injectable()
export class Schedules implements OnApplicationBootstrap {
  constructor(@InjectQueue(QueueName.System) private readonly system: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.system.upsertJobScheduler('outbox-relay', { every: 1000 }, { name: JobName.RelayOutbox, data: { eventId: 'outbox-relay' }, opts: { removeOnComplete: true, removeOnFail: 100 } });
  }
}
