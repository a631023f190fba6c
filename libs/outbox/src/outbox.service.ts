import { Injectable, Logger } from '@nestjs/common';
import { Db, insertable, newId, systemScope } from '@attesta/core';
import { JobName, JobQueue } from '@attesta/jobs';
import { EntityManager } from 'typeorm';
import { OutboxEventEntity } from './entities/outbox-event.entity.js';

export interface OutboxMessage {
  type: string;
  organizationId: string;
  workspaceId?: string | null;
  payload: Record<string, unknown>;
}

const RELAY_BATCH = 200;

@Injectable()
export class OutboxService {
  private readonly logger = new Logger(OutboxService.name);

  constructor(
    private readonly db: Db,
    private readonly jobs: JobQueue,
  ) {}

  /** Writes the event in the caller's transaction: it exists exactly if the change does. */
  async emit(em: EntityManager, message: OutboxMessage): Promise<string> {
    const id = newId();
    await em.getRepository(OutboxEventEntity).insert(
      insertable({
        id,
        organizationId: message.organizationId,
        workspaceId: message.workspaceId ?? null,
        type: message.type,
        payload: message.payload,
        createdAt: new Date(),
        publishedAt: null,
      }),
    );
    return id;
  }

  /**
   * Moves pending events to the queue. Rows are locked (SKIP LOCKED, so relays can run
   * side by side), enqueued with their id as job id, then marked published in the same
   * transaction: a crash in between re-enqueues, which the job id de-duplicates.
   */
  async relayBatch(): Promise<number> {
    return this.db.tx(systemScope('outbox relay: pending events of every organization'), async (em) => {
      const rows: { id: string; organization_id: string; workspace_id: string | null; type: string; payload: Record<string, unknown> }[] = await em.query(
        'SELECT id, organization_id, workspace_id, type, payload FROM outbox_pending($1)',
        [RELAY_BATCH],
      );
      if (rows.length === 0) return 0;
      for (const r of rows) {
        await this.jobs.enqueue(JobName.DispatchEvent, {
          eventId: r.id,
          organizationId: r.organization_id,
          workspaceId: r.workspace_id,
          type: r.type,
          payload: r.payload,
        });
      }
      await em.query('SELECT outbox_mark_published($1::uuid[])', [rows.map((r) => r.id)]);
      this.logger.debug({ count: rows.length }, 'outbox relayed');
      return rows.length;
    });
  }

  /** Age in seconds of the oldest unpublished event (0 when none): the relay's lag. */
  async lagSeconds(): Promise<number> {
    const [row] = await this.db.tx(systemScope('metrics: outbox lag'), (em) => em.query('SELECT outbox_lag_seconds() AS lag'));
    return Number((row as { lag: string | null }).lag ?? 0);
  }
}
