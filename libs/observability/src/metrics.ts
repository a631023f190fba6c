import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** How one webhook delivery attempt ended (label of `attesta_webhook_deliveries_total`). */
export type WebhookDeliveryOutcome =
  /** 2xx from the receiver. */
  | 'delivered'
  /** Failed (non-2xx, timeout, connection error); will be retried. */
  | 'retrying'
  /** Failed for the last time: retries exhausted or the endpoint disabled. */
  | 'failed';

export const WEBHOOK_DELIVERY_OUTCOMES: readonly WebhookDeliveryOutcome[] = ['delivered', 'retrying', 'failed'];

/** Seconds; requests are mostly fast, evidence uploads and exports are not. */
const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const JOB_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

/**
 * The process's Prometheus registry and every series the platform records. One instance
 * per application (not prom-client's global registry), so several apps in one process
 * (tests) do not collide. Libs record through it, e.g. the webhooks lib:
 * `metrics.webhookDeliveries.inc({ outcome: 'delivered' })`.
 */
export class Metrics {
  readonly registry = new Registry();

  readonly httpRequestDuration = new Histogram({
    name: 'attesta_http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status code.',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: HTTP_BUCKETS,
    registers: [this.registry],
  });

  readonly jobDuration = new Histogram({
    name: 'attesta_job_duration_seconds',
    help: 'Processing time of BullMQ jobs by queue, job name and outcome (completed, failed).',
    labelNames: ['queue', 'name', 'outcome'] as const,
    buckets: JOB_BUCKETS,
    registers: [this.registry],
  });

  readonly jobFailures = new Counter({
    name: 'attesta_job_failures_total',
    help: 'Failed BullMQ job attempts by queue and job name (each attempt that threw).',
    labelNames: ['queue', 'name'] as const,
    registers: [this.registry],
  });

  readonly webhookDeliveries = new Counter({
    name: 'attesta_webhook_deliveries_total',
    help: 'Webhook delivery attempts by outcome (delivered, retrying, failed).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly storageSwept = new Counter({
    name: 'attesta_storage_swept_total',
    help: 'Stored files removed by the storage sweep: objects no evidence version refers to (orphan) and interrupted writes (temp).',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  readonly jobSchedulersRestored = new Counter({
    name: 'attesta_job_schedulers_restored_total',
    help: 'Job schedulers found missing in Redis (a restart without persistence) and registered again, by scheduler and by what noticed it (reconnect, check).',
    labelNames: ['scheduler', 'trigger'] as const,
    registers: [this.registry],
  });

  readonly outboxRequeued = new Counter({
    name: 'attesta_outbox_requeued_total',
    help: 'Outbox events queued again because their fan-out had not run when the relay lease ended (a lost job, a Redis restart).',
    registers: [this.registry],
  });

  /** `processMetrics`: CPU, memory, event loop, GC (off when metrics are disabled: they sample continuously). */
  constructor(processMetrics = true) {
    if (processMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'attesta_' });
    // Zero series from the start, so rates and alerts work before the first delivery.
    for (const outcome of WEBHOOK_DELIVERY_OUTCOMES) this.webhookDeliveries.inc({ outcome }, 0);
    for (const kind of ['orphan', 'temp']) this.storageSwept.inc({ kind }, 0);
  }

  /** A gauge whose value is read at scrape time; a failing reader skips the series. */
  gauge<L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[],
    read: (set: (labels: Partial<Record<L, string>>, value: number) => void) => Promise<void>,
    onError: (e: unknown) => void,
  ): Gauge<L> {
    return new Gauge<L>({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        this.reset();
        try {
          await read((labels, value) => this.set(labels, value));
        } catch (e) {
          onError(e);
        }
      },
    });
  }

  /** A counter of a process-wide tally kept elsewhere (one label, its value per key), read at scrape time. */
  tally<L extends string>(name: string, help: string, label: L, read: () => ReadonlyMap<string, number>): Counter<L> {
    return new Counter<L>({
      name,
      help,
      labelNames: [label],
      registers: [this.registry],
      collect() {
        this.reset();
        for (const [key, n] of read()) this.inc({ [label]: key } as Partial<Record<L, string>>, n);
      },
    });
  }

  /** The exposition text of every series (prom-client collects the gauges now). */
  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
