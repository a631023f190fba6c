import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { runInJobContext } from '@attesta/core';
import { JobName, JobPayload, JobResult, QueueName } from '@attesta/jobs';
import type { Job } from 'bullmq';
import { ClsService } from 'nestjs-cls';
import { setTimeout as sleep } from 'node:timers/promises';

/** A trivial typed job: proves the queue path end to end and is the worker's smoke test. */
@Processor(QueueName.System)
export class PingProcessor extends WorkerHost {
  private readonly logger = new Logger(PingProcessor.name);

  constructor(private readonly cls: ClsService) {
    super();
  }

  async process(job: Job<JobPayload<JobName.Ping>, JobResult<JobName.Ping>, JobName>): Promise<JobResult<JobName.Ping>> {
    return runInJobContext(this.cls, job.data.eventId, async () => {
      if (job.data.workMs) await sleep(job.data.workMs);
      this.logger.log({ job: job.name, jobId: job.id }, 'ping processed');
      return { echoed: job.data.message, finishedAt: new Date().toISOString() };
    });
  }
}
