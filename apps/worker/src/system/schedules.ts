import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@attesta/core';
import { JobName, JobQueue, QueueName } from '@attesta/jobs';
import { Metrics } from '@attesta/observability';
import type { JobSchedulerTemplateOptions, Queue, RepeatOptions } from 'bullmq';

/** What noticed a missing scheduler (label of `attesta_job_schedulers_restored_total`). */
export type ScheduleRestoreTrigger = 'reconnect' | 'check';

interface ScheduleDefinition {
  id: string;
  repeat: Omit<RepeatOptions, 'key'>;
  name: JobName;
  opts: JobSchedulerTemplateOptions;
}

const kept = { removeOnComplete: 100, removeOnFail: 100 };

/**
 * Repeating platform jobs. Registered idempotently by every worker at start, and again
 * whenever they go missing: a Redis restart without persistence deletes them (and the jobs
 * they had queued), which would stop the outbox relay and every sweep until a worker restart.
 * So the worker re-registers missing ones on every reconnect (`ready` after a lost
 * connection) and checks on a timer (SCHEDULER_CHECK_INTERVAL_MS).
 */
@Injectable()
export class Schedules implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(Schedules.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<string[]> | undefined;
  private readonly onReady = () => void this.restoreQuietly('reconnect');

  /** The system queue, once bootstrapped (its connection's `ready` events are watched). */
  private system: Queue | undefined;

  constructor(
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {}

  /** Every scheduler, by id. */
  definitions(): ScheduleDefinition[] {
    return [
      // Daily at 02:00 UTC: flag expiring and expired evidence.
      { id: 'evidence-freshness', repeat: { pattern: '0 2 * * *', tz: 'UTC' }, name: JobName.ScanEvidenceFreshness, opts: kept },
      // Daily at 02:10 UTC: announce findings that fall due within a week.
      { id: 'findings-due', repeat: { pattern: '10 2 * * *', tz: 'UTC' }, name: JobName.ScanFindingsDue, opts: kept },
      // Daily at 02:15 UTC: accreditations past validUntil become expired (announced as accreditation.status_changed).
      { id: 'accreditation-expiry', repeat: { pattern: '15 2 * * *', tz: 'UTC' }, name: JobName.ScanAccreditationExpiry, opts: kept },
      // Hourly at :20: supersessions that came due (an attestation dated ahead reaching its validFrom), then
      // announce expiring attestations and mark expired ones.
      { id: 'attestation-expiry', repeat: { pattern: '20 * * * *', tz: 'UTC' }, name: JobName.ScanAttestationExpiry, opts: kept },
      // Daily at 02:25 UTC: certifications 90/60/30 days before their end, and expired ones (personnel.certification_expiring / _expired).
      { id: 'certification-expiry', repeat: { pattern: '25 2 * * *', tz: 'UTC' }, name: JobName.ScanCertificationExpiry, opts: kept },
      // Daily at 02:30 UTC (and once at start): remove stored objects no evidence version refers to and interrupted writes.
      { id: 'storage-sweep', repeat: { pattern: '30 2 * * *', tz: 'UTC' }, name: JobName.SweepStorage, opts: kept },
      // Daily at 02:40 UTC: forget idempotency records older than a day.
      { id: 'idempotency-expiry', repeat: { pattern: '40 2 * * *', tz: 'UTC' }, name: JobName.ExpireIdempotencyKeys, opts: kept },
      // Every 15 minutes: re-check open bids, in case an attestation or accreditation event was lost.
      { id: 'bid-reconciliation', repeat: { pattern: '*/15 * * * *', tz: 'UTC' }, name: JobName.ReconcileBidCompliance, opts: kept },
      // Pending webhook deliveries whose job was lost (Redis restart) go back to the queue.
      {
        id: 'webhook-sweep',
        repeat: { every: this.config.WEBHOOK_SWEEP_INTERVAL_MS },
        name: JobName.SweepWebhookDeliveries,
        opts: { removeOnComplete: true, removeOnFail: 100 },
      },
      // Every FOREIGN_CREDENTIALS_POLL_INTERVAL_MS: re-check the status lists of imported foreign credentials (If-None-Match).
      {
        id: 'foreign-credential-status',
        repeat: { every: this.config.FOREIGN_CREDENTIALS_POLL_INTERVAL_MS },
        name: JobName.PollForeignCredentialStatus,
        opts: { removeOnComplete: true, removeOnFail: 100 },
      },
      // Every second: queue pending outbox events, and again those whose lease ran out unpublished.
      { id: 'outbox-relay', repeat: { every: 1000 }, name: JobName.RelayOutbox, opts: { removeOnComplete: true, removeOnFail: 100 } },
      // Every AUDIT_CHECKPOINT_INTERVAL_MS: sign a checkpoint of every audit stream with events after its last one.
      {
        id: 'audit-checkpoint',
        repeat: { every: this.config.AUDIT_CHECKPOINT_INTERVAL_MS },
        name: JobName.CheckpointAuditStreams,
        opts: { removeOnComplete: true, removeOnFail: 100 },
      },
    ];
  }

  async onApplicationBootstrap(): Promise<void> {
    const system = await this.systemQueue();
    for (const d of this.definitions()) await this.register(d);
    const startSweep = `storage-sweep-start-${Date.now()}`;
    await system.add(JobName.SweepStorage, { eventId: startSweep }, { jobId: startSweep, ...kept });
    // The first `ready` has passed; every later one follows a lost connection.
    system.backend.on('ready', this.onReady);
    this.system = system;
    this.timer = setInterval(() => void this.restoreQuietly('check'), this.config.SCHEDULER_CHECK_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
    this.system?.backend.off('ready', this.onReady);
  }

  /** Registers the schedulers Redis no longer has; returns their ids. One run at a time. */
  async restoreMissing(trigger: ScheduleRestoreTrigger): Promise<string[]> {
    this.running ??= this.restore(trigger).finally(() => (this.running = undefined));
    return this.running;
  }

  private async restore(trigger: ScheduleRestoreTrigger): Promise<string[]> {
    const system = await this.systemQueue();
    const present = new Set((await system.getJobSchedulers(0, -1)).map((s) => s.key));
    const missing = this.definitions().filter((d) => !present.has(d.id));
    for (const d of missing) {
      await this.register(d);
      this.metrics.jobSchedulersRestored.inc({ scheduler: d.id, trigger });
    }
    if (missing.length) this.logger.warn({ trigger, schedulers: missing.map((d) => d.id) }, 'job schedulers missing in Redis registered again');
    return missing.map((d) => d.id);
  }

  private async restoreQuietly(trigger: ScheduleRestoreTrigger): Promise<void> {
    try {
      await this.restoreMissing(trigger);
    } catch (e) {
      // Redis is still away: the next reconnect or check tries again.
      this.logger.warn({ trigger, err: (e as Error).message }, 'could not check the job schedulers');
    }
  }

  private async register(d: ScheduleDefinition): Promise<void> {
    await (await this.systemQueue()).upsertJobScheduler(d.id, d.repeat, { name: d.name, data: { eventId: d.id }, opts: d.opts });
  }

  private systemQueue(): Promise<Queue> {
    return this.jobs.queue(QueueName.System);
  }
}
