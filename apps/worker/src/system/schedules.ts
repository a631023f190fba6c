import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@attesta/core';
import { JobName, QueueName } from '@attesta/jobs';
import type { Queue } from 'bullmq';

/** Repeating platform jobs, registered idempotently by every worker at start. */
@Injectable()
export class Schedules implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.System) private readonly system: Queue,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Daily at 02:00 UTC: flag expiring and expired evidence.
    await this.system.upsertJobScheduler(
      'evidence-freshness',
      { pattern: '0 2 * * *', tz: 'UTC' },
      { name: JobName.ScanEvidenceFreshness, data: { eventId: 'evidence-freshness' }, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
    // Daily at 02:10 UTC: announce findings that fall due within a week.
    await this.system.upsertJobScheduler(
      'findings-due',
      { pattern: '10 2 * * *', tz: 'UTC' },
      { name: JobName.ScanFindingsDue, data: { eventId: 'findings-due' }, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
    // Pending webhook deliveries whose job was lost (Redis restart) go back to the queue.
    // Daily at 02:20 UTC: announce expiring attestations, mark expired ones.
    await this.system.upsertJobScheduler(
      'idempotency-expiry',
      { pattern: '40 2 * * *', tz: 'UTC' },
      { name: JobName.ExpireIdempotencyKeys, data: { eventId: 'idempotency-expiry' }, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
    // Daily at 02:15 UTC: accreditations past validUntil become expired (announced as accreditation.status_changed).
    await this.system.upsertJobScheduler(
      'accreditation-expiry',
      { pattern: '15 2 * * *', tz: 'UTC' },
      { name: JobName.ScanAccreditationExpiry, data: { eventId: 'accreditation-expiry' }, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
    await this.system.upsertJobScheduler(
      'attestation-expiry',
      { pattern: '20 2 * * *', tz: 'UTC' },
      { name: JobName.ScanAttestationExpiry, data: { eventId: 'attestation-expiry' }, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
    // Every 15 minutes: re-check open bids, in case an attestation or accreditation event was lost.
    await this.system.upsertJobScheduler(
      'bid-reconciliation',
      { pattern: '*/15 * * * *', tz: 'UTC' },
      { name: JobName.ReconcileBidCompliance, data: { eventId: 'bid-reconciliation' }, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
    // Daily at 02:30 UTC, and once now: remove stored objects no evidence version refers to and interrupted writes.
    await this.system.upsertJobScheduler(
      'storage-sweep',
      { pattern: '30 2 * * *', tz: 'UTC' },
      { name: JobName.SweepStorage, data: { eventId: 'storage-sweep' }, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
    const startSweep = `storage-sweep-start-${Date.now()}`;
    await this.system.add(JobName.SweepStorage, { eventId: startSweep }, { jobId: startSweep, removeOnComplete: 100, removeOnFail: 100 });
    await this.system.upsertJobScheduler(
      'webhook-sweep',
      { every: this.config.WEBHOOK_SWEEP_INTERVAL_MS },
      { name: JobName.SweepWebhookDeliveries, data: { eventId: 'webhook-sweep' }, opts: { removeOnComplete: true, removeOnFail: 100 } },
    );
    await this.system.upsertJobScheduler(
      'outbox-relay',
      { every: 1000 },
      { name: JobName.RelayOutbox, data: { eventId: 'outbox-relay' }, opts: { removeOnComplete: true, removeOnFail: 100 } },
    );
  }
}
