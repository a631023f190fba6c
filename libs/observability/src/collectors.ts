import { Injectable, Logger, OnModuleInit, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { auditVerificationRuns } from '@attesta/audit';
import { systemScopeUses } from '@attesta/core';
import { JobQueue, QueueName } from '@attesta/jobs';
import { OutboxService } from '@attesta/outbox';
import { DataSource } from 'typeorm';
import { Metrics } from './metrics.js';

/** The queue states whose depth is exported. */
export const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/** The parts of node-postgres' Pool the pool gauges read. */
interface PgPoolStats {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

/**
 * Series read at scrape time: queue depth per queue and state, the PostgreSQL pool, the
 * outbox lag. A failing read (Redis or PostgreSQL down) drops its series from that
 * scrape and logs; the scrape itself still answers.
 */
@Injectable()
export class ScrapeTimeCollectors implements OnModuleInit {
  private readonly logger = new Logger(ScrapeTimeCollectors.name);

  constructor(
    private readonly metrics: Metrics,
    private readonly jobs: JobQueue,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Optional() private readonly outbox?: OutboxService,
  ) {}

  onModuleInit(): void {
    const warn = (what: string) => (e: unknown) => this.logger.warn({ err: (e as Error).message }, `metrics: could not read ${what}`);
    this.metrics.gauge(
      'attesta_queue_jobs',
      'Jobs per BullMQ queue and state (waiting, active, delayed, failed).',
      ['queue', 'state'],
      async (set) => {
        for (const queue of Object.values(QueueName)) {
          const counts = await (await this.jobs.queue(queue)).getJobCounts(...QUEUE_STATES);
          for (const state of QUEUE_STATES) set({ queue, state }, counts[state] ?? 0);
        }
      },
      warn('queue depth'),
    );
    this.metrics.gauge(
      'attesta_db_pool_connections',
      'PostgreSQL pool connections: total (open), idle, waiting (clients queued for one), max.',
      ['state'],
      async (set) => {
        const pool = (this.dataSource.driver as unknown as { master?: PgPoolStats }).master;
        if (!pool) return;
        set({ state: 'total' }, pool.totalCount);
        set({ state: 'idle' }, pool.idleCount);
        set({ state: 'waiting' }, pool.waitingCount);
        if (pool.options?.max) set({ state: 'max' }, pool.options.max);
      },
      warn('the database pool'),
    );
    // Transactions opened without an actor, by the reason their systemScope('…') names.
    this.metrics.tally(
      'attesta_db_system_scope_transactions_total',
      "Database transactions run in a system scope (no acting user), by the reason given to systemScope('…').",
      'reason',
      systemScopeUses,
    );
    // Audit verifications by where their walk ran: a verifier worker, or the process itself.
    this.metrics.tally(
      'attesta_audit_verifications_total',
      'Audit chain verifications by where the walk over the chain ran (worker: a verifier worker thread; in_process).',
      'where',
      auditVerificationRuns,
    );
    const outbox = this.outbox;
    if (outbox) {
      this.metrics.gauge(
        'attesta_outbox_lag_seconds',
        'Age of the oldest outbox event whose fan-out has not run yet (0 when none).',
        [],
        async (set) => {
          set({}, await outbox.lagSeconds());
        },
        warn('the outbox lag'),
      );
    }
  }
}
