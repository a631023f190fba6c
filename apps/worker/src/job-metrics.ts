import { WorkerHost } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Metrics } from '@attesta/observability';
import type { Job, Worker } from 'bullmq';

/**
 * Job durations and failures of every BullMQ processor of this process, taken from the
 * workers' events, so a new processor is measured without code of its own.
 */
@Injectable()
export class JobMetrics implements OnApplicationBootstrap {
  constructor(
    private readonly metrics: Metrics,
    private readonly discovery: DiscoveryService,
  ) {}

  onApplicationBootstrap(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!(instance instanceof WorkerHost)) continue;
      let worker: Worker;
      try {
        worker = instance.worker;
      } catch {
        continue; // not started as a worker (no @Processor)
      }
      this.observe(worker);
    }
  }

  private observe(worker: Worker): void {
    const queue = worker.name;
    const duration = (job: Job) => (job.processedOn && job.finishedOn ? Math.max(0, (job.finishedOn - job.processedOn) / 1000) : undefined);
    worker.on('completed', (job) => {
      const seconds = duration(job);
      if (seconds !== undefined) this.metrics.jobDuration.observe({ queue, name: job.name, outcome: 'completed' }, seconds);
    });
    worker.on('failed', (job) => {
      const name = job?.name ?? 'unknown';
      this.metrics.jobFailures.inc({ queue, name });
      const seconds = job ? duration(job) : undefined;
      if (seconds !== undefined) this.metrics.jobDuration.observe({ queue, name, outcome: 'failed' }, seconds);
    });
  }
}
