import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, Db, insertable, newId, systemScope } from '@attesta/core';
import { JobName, JobQueue, QueueName } from '@attesta/jobs';
import { EntityManager } from 'typeorm';
import { OutboxEventEntity } from './entities/outbox-event.entity.js';

export interface OutboxMessage {
  type: string;
  organizationId: string;
  workspaceId?: string | null;
  payload: Record<string, unknown>;
}

const RELAY_BATCH = 200;
const LIVE_JOB_STATES = new Set(['waiting', 'delayed', 'active', 'prioritized', 'waiting-children']);

interface PendingRow {
  id: string;
  organization_id: string;
  workspace_id: string | null;
  type: string;
  payload: Record<string, unknown>;
  relay_attempts: number;
  created_at: Date;
}

@Injectable()
export class OutboxService {
  private readonly logger = new Logger(OutboxService.name);

  constructor(
    private readonly db: Db,
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {}

  /** Writes the event in the caller's transaction: it exists exactly if the change does. */
  async emit(em: EntityManager, message: OutboxMessage): Promise<string> {
    const id = newId();
    // No RETURNING of the defaulted columns: the writer's policy admits the insert, not a read back.
    await em
      .createQueryBuilder()
      .insert()
      .into(OutboxEventEntity)
      .values(
        insertable({
          id,
          organizationId: message.organizationId,
          workspaceId: message.workspaceId ?? null,
          type: message.type,
          payload: message.payload,
          createdAt: new Date(),
          publishedAt: null,
          relayAttempts: 0,
          relayLeaseUntil: null,
        }),
      )
      .updateEntity(false)
      .execute();
    return id;
  }

  /**
   * Queues pending events under a lease. Rows are locked (SKIP LOCKED, so relays can run side
   * by side), enqueued with their id as job id, then leased in the same transaction: a crash
   * in between queues them again, which the job id de-duplicates. An event is published only
   * when its fan-out ran (`markPublished`); one still unpublished when its lease ends was lost
   * on the way (a Redis restart, a job that failed for good) and is queued again.
   */
  async relayBatch(): Promise<number> {
    return (await this.relayBatchCounted()).relayed;
  }

  /** Relays every due event; `requeued` counts those queued again after their lease ran out. */
  async relayAll(): Promise<{ relayed: number; requeued: number }> {
    const total = { relayed: 0, requeued: 0 };
    for (;;) {
      const batch = await this.relayBatchCounted();
      if (batch.relayed === 0) return total;
      total.relayed += batch.relayed;
      total.requeued += batch.requeued;
    }
  }

  private async relayBatchCounted(): Promise<{ relayed: number; requeued: number }> {
    return this.db.tx(systemScope('outbox relay: pending events of every organization'), async (em) => {
      const rows: PendingRow[] = await em.query('SELECT id, organization_id, workspace_id, type, payload, relay_attempts, created_at FROM outbox_pending($1)', [
        RELAY_BATCH,
      ]);
      if (rows.length === 0) return { relayed: 0, requeued: 0 };
      const queue = await this.jobs.queue(QueueName.Events);
      let requeued = 0;
      for (const r of rows) {
        if (r.relay_attempts > 0) {
          // Queued before and still unpublished: a live job is left alone (adding it again is a
          // no-op), a finished or failed one is replaced so the event runs again.
          const job = await queue.getJob(r.id);
          if (job && !LIVE_JOB_STATES.has(await job.getState())) await job.remove().catch(() => undefined);
          requeued += 1;
        }
        await this.jobs.enqueue(JobName.DispatchEvent, {
          eventId: r.id,
          organizationId: r.organization_id,
          workspaceId: r.workspace_id,
          type: r.type,
          payload: r.payload,
          // The time of the change, not of the relay: consumers (webhooks' `timestamp`) tell it on.
          occurredAt: new Date(r.created_at).toISOString(),
        });
      }
      await em.query('SELECT outbox_lease($1::uuid[], $2)', [rows.map((r) => r.id), this.config.OUTBOX_RELAY_LEASE_MS]);
      if (requeued) this.logger.warn({ requeued }, 'outbox events queued again: their fan-out did not run within the lease');
      this.logger.debug({ count: rows.length }, 'outbox relayed');
      return { relayed: rows.length, requeued };
    });
  }

  /**
   * Erasure of a person: the address their certification notices carried for the mail to them
   * (`mailTo`) is removed from the organization's stored events (tenants may only insert events,
   * hence the SECURITY DEFINER function). Returns how many events held it.
   */
  async forgetPersonMail(em: EntityManager, personId: string): Promise<number> {
    const [row] = (await em.query('SELECT outbox_forget_person_mail($1) AS n', [personId])) as { n: number }[];
    return Number(row?.n ?? 0);
  }

  /** Makes every unpublished event due now (the operator's redrive); returns how many were leased. */
  async releaseLeases(): Promise<number> {
    const [row] = await this.db.tx(systemScope('outbox redrive: every unpublished event'), (em) => em.query('SELECT outbox_release_leases() AS n'));
    return Number((row as { n: number }).n);
  }

  /** The fan-out of the event ran: it leaves the relay's pending set. */
  async markPublished(eventId: string): Promise<void> {
    await this.db.tx(systemScope('outbox: event fanned out'), (em) => em.query('SELECT outbox_mark_published($1::uuid[])', [[eventId]]));
  }

  /** Age in seconds of the oldest event whose fan-out has not run (0 when none): the relay's lag. */
  async lagSeconds(): Promise<number> {
    const [row] = await this.db.tx(systemScope('metrics: outbox lag'), (em) => em.query('SELECT outbox_lag_seconds() AS lag'));
    return Number((row as { lag: string | null }).lag ?? 0);
  }
}
