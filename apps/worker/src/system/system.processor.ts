import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { AccreditationsService } from '@attesta/accreditation';
import { AuditCheckpointsService } from '@attesta/audit';
import { AttestationsService } from '@attesta/attestations';
import { AppConfig, Db, runInJobContext, systemScope } from '@attesta/core';
import { JobName, type JobPayload, type JobResult, QueueName } from '@attesta/jobs';
import { FreshnessService } from '@attesta/evidence';
import { ForeignCredentialsService } from '@attesta/foreign-credentials';
import { Metrics } from '@attesta/observability';
import { OutboxService } from '@attesta/outbox';
import { PersonnelService } from '@attesta/personnel';
import { WebhookDeliveryService } from '@attesta/webhooks';
import { FindingsDueService } from '@attesta/reviews';
import { ProcurementService } from '@attesta/procurement';
import { StorageSweepService } from '@attesta/storage';
import type { Job } from 'bullmq';
import { ClsService } from 'nestjs-cls';
import { setTimeout as sleep } from 'node:timers/promises';

type SystemJob =
  | JobName.Ping
  | JobName.RelayOutbox
  | JobName.SweepWebhookDeliveries
  | JobName.ScanEvidenceFreshness
  | JobName.ScanFindingsDue
  | JobName.ScanAttestationExpiry
  | JobName.ExpireIdempotencyKeys
  | JobName.ScanAccreditationExpiry
  | JobName.ReconcileBidCompliance
  | JobName.SweepStorage
  | JobName.CheckpointAuditStreams
  | JobName.ScanCertificationExpiry
  | JobName.PollForeignCredentialStatus;

/** The system queue: platform chores (outbox relay) and the ping smoke job. */
@Processor(QueueName.System, { concurrency: 2 })
export class SystemProcessor extends WorkerHost {
  private readonly logger = new Logger(SystemProcessor.name);

  constructor(
    private readonly cls: ClsService,
    private readonly outbox: OutboxService,
    private readonly freshness: FreshnessService,
    private readonly webhooks: WebhookDeliveryService,
    private readonly findingsDue: FindingsDueService,
    private readonly attestations: AttestationsService,
    private readonly accreditations: AccreditationsService,
    private readonly procurement: ProcurementService,
    private readonly storageSweep: StorageSweepService,
    private readonly auditCheckpoints: AuditCheckpointsService,
    private readonly personnel: PersonnelService,
    private readonly foreignCredentials: ForeignCredentialsService,
    private readonly db: Db,
    private readonly metrics: Metrics,
    readonly config: AppConfig,
  ) {
    super();
  }

  async process(job: Job): Promise<JobResult<SystemJob>> {
    return runInJobContext(this.cls, job.id ?? job.name, async () => {
      const name = job.name as SystemJob;
      switch (name) {
        case JobName.Ping: {
          const data = job.data as JobPayload<JobName.Ping>;
          if (data.workMs) await sleep(data.workMs);
          this.logger.log({ job: job.name, jobId: job.id }, 'ping processed');
          return { echoed: data.message, finishedAt: new Date().toISOString() };
        }
        case JobName.RelayOutbox: {
          const result = await this.outbox.relayAll();
          if (result.requeued) this.metrics.outboxRequeued.inc(result.requeued);
          return result;
        }
        case JobName.SweepWebhookDeliveries:
          return { requeued: await this.webhooks.sweep() };
        case JobName.ScanEvidenceFreshness:
          return this.freshness.scan();
        case JobName.ScanFindingsDue:
          return this.findingsDue.scan();
        case JobName.ExpireIdempotencyKeys: {
          // Retries come within minutes; a day of idempotency records is plenty.
          const [row] = (await this.db.tx(systemScope('housekeeping: expire idempotency keys'), (em) =>
            em.query(`SELECT idempotency_keys_expire(now() - interval '1 day') AS removed`),
          )) as { removed: number }[];
          return { removed: Number(row?.removed ?? 0) };
        }
        case JobName.ScanAttestationExpiry:
          // Supersessions that came due first: an older attestation superseded today is not announced as expiring.
          // Then conditions overdue: an attestation expiring now is expired, not suspended.
          return {
            ...(await this.attestations.supersessionScan()),
            ...(await this.attestations.expiryScan()),
            ...(await this.attestations.conditionsScan()),
          };
        case JobName.ScanAccreditationExpiry:
          return this.accreditations.expiryScan();
        case JobName.ReconcileBidCompliance:
          return this.procurement.reconcileOpenBids();
        case JobName.SweepStorage:
          return this.storageSweep.sweep();
        case JobName.ScanCertificationExpiry:
          return this.personnel.expiryScan();
        case JobName.CheckpointAuditStreams:
          return this.auditCheckpoints.checkpointDue();
        case JobName.PollForeignCredentialStatus:
          return this.foreignCredentials.pollStatusLists(this.config.FOREIGN_CREDENTIALS_POLL_INTERVAL_MS);
        default: {
          const unknown: never = name;
          throw new Error(`system queue has no handler for ${String(unknown)}`);
        }
      }
    });
  }
}
