import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '@attesta/audit';
import { AppConfig, Db, insertable, newId, updatedRows, OrganizationKind, systemScope, type SystemActor, type TxScope } from '@attesta/core';
import { JobName, JobQueue, QueueName, type DomainEventPayload } from '@attesta/jobs';
import { Metrics } from '@attesta/observability';
import { OutboxService } from '@attesta/outbox';
import type { EntityManager } from 'typeorm';
import { WebhookDeliveryAttemptEntity, type AttemptOutcome } from './entities/webhook-delivery-attempt.entity.js';
import { WebhookDeliveryEntity } from './entities/webhook-delivery.entity.js';
import { WebhookEndpointEntity } from './entities/webhook-endpoint.entity.js';
import { WEBHOOK_EVENTS, WEBHOOK_TEST_EVENT, webhookEventForOutboxType } from './event-types.js';
import { SecretBox, signedHeaders } from './secret-box.js';
import { deliveryJobOptions, retryDelayMs } from './webhook-endpoints.service.js';
import { sendWebhook } from './webhook-sender.js';

export type AttemptResult =
  | { outcome: 'delivered' | 'retrying' | 'failed' | 'skipped'; error?: string }
  /** The endpoint's circuit is open: try again at `retryAt` (no attempt used). */
  | { outcome: 'circuit_open'; retryAt: Date };

const SWEEP_BATCH = 500;
const LIVE_JOB_STATES = new Set(['waiting', 'delayed', 'active', 'prioritized', 'waiting-children']);

const orgScope = (organizationId: string): TxScope => systemScope('webhook delivery: the platform acting for the endpoint owner', { organizationId });

/**
 * The worker side: fans domain events out into delivery rows (one per matching enabled
 * endpoint, idempotent on event id + endpoint id), makes one attempt per job run with
 * the circuit breaker and the delivery log, disables endpoints that keep failing, and
 * re-enqueues pending deliveries whose job was lost.
 */
@Injectable()
export class WebhookDeliveryService {
  private readonly logger = new Logger(WebhookDeliveryService.name);
  private readonly box: SecretBox;

  constructor(
    private readonly db: Db,
    private readonly jobs: JobQueue,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly metrics: Metrics,
    private readonly config: AppConfig,
  ) {
    this.box = SecretBox.fromConfig(config);
  }

  /** Creates the deliveries of one event and enqueues them; returns how many are pending for it. */
  async fanOut(event: DomainEventPayload): Promise<number> {
    const type = webhookEventForOutboxType(event.type);
    if (!type) return 0;
    const targets = new Set<string>([event.organizationId]);
    if (event.workspaceId && type.participants.length) {
      const rows: { organization_id: string }[] = await this.db.tx(systemScope('webhook fan-out: organizations that hear an event'), (em) =>
        em.query('SELECT organization_id FROM webhook_event_targets($1, $2, $3)', [event.organizationId, event.workspaceId, type.participants]),
      );
      for (const r of rows) targets.add(r.organization_id);
    }
    // `mailTo` is the address a notice mails the person at, for that mail only: it never leaves the platform.
    const { mailTo: _mailOnly, ...shared } = event.payload;
    const body = JSON.stringify({
      type: type.type,
      // When the event happened (the outbox row's time), not when it was fanned out: a relay that lagged
      // (the worker down, Redis restarted, an operator's redrive) must not date a suspension hours late.
      timestamp: event.occurredAt ?? new Date().toISOString(),
      data: { eventId: event.eventId, organizationId: event.organizationId, workspaceId: event.workspaceId, ...shared },
    });
    let pending = 0;
    for (const organizationId of targets) {
      const ids = await this.db.tx(orgScope(organizationId), async (em) => {
        const endpoints = await em
          .getRepository(WebhookEndpointEntity)
          .createQueryBuilder('w')
          .select(['w.id'])
          .where('w.organizationId = :org AND w.enabled AND :type = ANY(w.eventTypes)', { org: organizationId, type: type.type })
          .getMany();
        if (endpoints.length) {
          const now = new Date();
          const rows: WebhookDeliveryEntity[] = endpoints.map((w) => ({
            id: newId(),
            organizationId,
            endpointId: w.id,
            eventId: event.eventId,
            eventType: type.type,
            body,
            status: 'pending',
            attempts: 0,
            nextAttemptAt: now,
            lastAttemptAt: null,
            lastResponseStatus: null,
            lastDurationMs: null,
            lastError: null,
            deliveredAt: null,
            replayOfId: null,
            createdAt: now,
          }));
          // A re-run of the event meets the unique (event id, endpoint id) index and adds nothing.
          await em.createQueryBuilder().insert().into(WebhookDeliveryEntity).values(rows.map(insertable)).orIgnore().execute();
        }
        // Every pending delivery of the event, new or left by an interrupted run: the job id de-duplicates.
        const rows: { id: string }[] = await em.query(
          `SELECT id FROM webhook_deliveries WHERE organization_id = $1 AND event_id = $2 AND status = 'pending' AND replay_of_id IS NULL`,
          [organizationId, event.eventId],
        );
        return rows.map((r) => r.id);
      });
      for (const id of ids)
        await this.jobs.enqueue(JobName.DeliverWebhook, { eventId: id, organizationId, deliveryId: id }, deliveryJobOptions(this.config, 0));
      pending += ids.length;
    }
    return pending;
  }

  /** One attempt of one delivery (the job's run). */
  async attempt(organizationId: string, deliveryId: string): Promise<AttemptResult> {
    const loaded = await this.db.tx(orgScope(organizationId), async (em) => {
      const delivery = await em.getRepository(WebhookDeliveryEntity).findOne({ where: { id: deliveryId, organizationId } });
      if (!delivery || delivery.status !== 'pending') return { skip: true as const };
      const endpoint = await em
        .getRepository(WebhookEndpointEntity)
        .createQueryBuilder('w')
        .addSelect(['w.secretCiphertext', 'w.previousSecretCiphertext'])
        .where('w.id = :id', { id: delivery.endpointId })
        .getOne();
      if (!endpoint) return { skip: true as const };
      if (!endpoint.enabled) {
        await this.finish(em, delivery, { outcome: 'failed', error: 'the endpoint is disabled' });
        return { skip: false as const, disabled: true as const };
      }
      // A test message is the owner's own probe, sent now: the breaker does not hold it back (its success closes it).
      const gate = delivery.eventType === WEBHOOK_TEST_EVENT ? null : await this.passCircuit(em, endpoint);
      return { skip: false as const, disabled: false as const, delivery, endpoint, gate };
    });
    if (loaded.skip) return { outcome: 'skipped' };
    if (loaded.disabled) {
      this.metrics.webhookDeliveries.inc({ outcome: 'failed' });
      return { outcome: 'failed', error: 'the endpoint is disabled' };
    }
    const { delivery, endpoint, gate } = loaded;
    if (gate) {
      await this.db.tx(orgScope(organizationId), (em) => em.getRepository(WebhookDeliveryEntity).update({ id: delivery.id }, { nextAttemptAt: gate }));
      return { outcome: 'circuit_open', retryAt: gate };
    }

    const secrets = [this.box.open(endpoint.secretCiphertext, endpoint.id)];
    if (endpoint.previousSecretCiphertext && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > new Date()) {
      secrets.push(this.box.open(endpoint.previousSecretCiphertext, endpoint.id));
    }
    const attemptedAt = new Date();
    const headers = signedHeaders(delivery.eventId, attemptedAt, delivery.body, secrets);
    const sent = await sendWebhook(new URL(endpoint.url), headers, delivery.body, {
      allowPrivate: this.config.WEBHOOK_ALLOW_PRIVATE_TARGETS,
      allowHttp: this.config.WEBHOOK_ALLOW_HTTP,
      timeoutMs: this.config.WEBHOOK_TIMEOUT_MS,
    });
    const ok = sent.status !== null && sent.status >= 200 && sent.status < 300;
    const error = ok ? null : (sent.error ?? `HTTP ${sent.status}`);

    const outcome = await this.db.tx(orgScope(organizationId), async (em) => {
      const number = delivery.attempts + 1;
      const final = !ok && number >= this.config.WEBHOOK_MAX_ATTEMPTS;
      const outcome: AttemptOutcome = ok ? 'delivered' : final ? 'failed' : 'retrying';
      const attempt: WebhookDeliveryAttemptEntity = {
        id: newId(),
        organizationId,
        deliveryId: delivery.id,
        number,
        attemptedAt,
        durationMs: sent.durationMs,
        responseStatus: sent.status,
        responseBody: sent.body,
        error,
        outcome,
      };
      await em.getRepository(WebhookDeliveryAttemptEntity).insert(insertable(attempt));
      await em.getRepository(WebhookDeliveryEntity).update(
        { id: delivery.id },
        {
          attempts: number,
          status: ok ? 'delivered' : final ? 'failed' : 'pending',
          deliveredAt: ok ? attemptedAt : null,
          nextAttemptAt: ok || final ? null : new Date(Date.now() + retryDelayMs(this.config.WEBHOOK_RETRY_BASE_MS, number)),
          lastAttemptAt: attemptedAt,
          lastResponseStatus: sent.status,
          lastDurationMs: sent.durationMs,
          lastError: error,
        },
      );
      if (ok) {
        await em.query(
          `UPDATE webhook_endpoints SET consecutive_failures = 0, failing_since = NULL, circuit_open_until = NULL, last_success_at = $2 WHERE id = $1`,
          [endpoint.id, attemptedAt],
        );
      } else {
        const [row] = updatedRows<{ last_success_at: Date | null }>(
          await em.query(
            `UPDATE webhook_endpoints SET consecutive_failures = consecutive_failures + 1, failing_since = COALESCE(failing_since, $2), last_failure_at = $2,
                  circuit_open_until = CASE WHEN consecutive_failures + 1 >= $3 THEN $2::timestamptz + make_interval(secs => $4::double precision / 1000) ELSE circuit_open_until END
            WHERE id = $1 RETURNING last_success_at`,
            [endpoint.id, attemptedAt, this.config.WEBHOOK_CIRCUIT_THRESHOLD, this.config.WEBHOOK_CIRCUIT_COOLDOWN_MS],
          ),
        );
        // Persistent failure: this delivery used all its attempts (about a day) and the
        // endpoint has not accepted anything since the delivery was created.
        if (final && row && (!row.last_success_at || new Date(row.last_success_at) < delivery.createdAt)) await this.disable(em, endpoint, delivery);
      }
      return outcome;
    });
    this.metrics.webhookDeliveries.inc({ outcome });
    return { outcome, ...(error ? { error } : {}) };
  }

  /**
   * Re-enqueues pending deliveries that are overdue by the grace period and have no
   * live job (a Redis restart that lost data, a job that failed for good while its row
   * still had attempts left). PostgreSQL is the source of truth; the job id de-duplicates.
   */
  async sweep(): Promise<number> {
    const before = new Date(Date.now() - this.config.WEBHOOK_SWEEP_GRACE_MS);
    const rows: { id: string; organization_id: string; attempts: number }[] = await this.db.tx(
      systemScope('webhook sweep: overdue deliveries of every organization'),
      (em) => em.query('SELECT id, organization_id, attempts FROM webhook_overdue_deliveries($1, $2)', [before, SWEEP_BATCH]),
    );
    const queue = await this.jobs.queue(QueueName.Webhooks);
    let requeued = 0;
    for (const r of rows) {
      const job = await queue.getJob(r.id);
      if (job) {
        const state = await job.getState();
        if (LIVE_JOB_STATES.has(state)) continue;
        try {
          await job.remove();
        } catch {
          continue; // locked by a worker after all
        }
      }
      await this.jobs.enqueue(
        JobName.DeliverWebhook,
        { eventId: r.id, organizationId: r.organization_id, deliveryId: r.id },
        deliveryJobOptions(this.config, r.attempts),
      );
      requeued += 1;
    }
    if (requeued) this.logger.warn({ requeued }, 'webhook deliveries re-enqueued by the recovery sweep');
    return requeued;
  }

  /** Null when an attempt may go; otherwise when to come back. A half-open circuit lets one probe through. */
  private async passCircuit(em: EntityManager, endpoint: WebhookEndpointEntity): Promise<Date | null> {
    if (!endpoint.circuitOpenUntil) return null;
    const now = new Date();
    if (endpoint.circuitOpenUntil > now) return endpoint.circuitOpenUntil;
    const claimed = updatedRows(
      await em.query(
        `UPDATE webhook_endpoints SET circuit_open_until = now() + make_interval(secs => $2::double precision / 1000)
        WHERE id = $1 AND circuit_open_until IS NOT NULL AND circuit_open_until <= now() RETURNING id`,
        [endpoint.id, this.config.WEBHOOK_CIRCUIT_COOLDOWN_MS],
      ),
    );
    if (claimed.length > 0) return null;
    const [row]: { circuit_open_until: Date | null }[] = await em.query('SELECT circuit_open_until FROM webhook_endpoints WHERE id = $1', [endpoint.id]);
    return row?.circuit_open_until ? new Date(row.circuit_open_until) : null;
  }

  private async finish(em: EntityManager, delivery: WebhookDeliveryEntity, result: { outcome: 'failed'; error: string }): Promise<void> {
    await em.getRepository(WebhookDeliveryEntity).update({ id: delivery.id }, { status: result.outcome, nextAttemptAt: null, lastError: result.error });
  }

  private async disable(em: EntityManager, endpoint: WebhookEndpointEntity, delivery: WebhookDeliveryEntity): Promise<void> {
    const now = new Date();
    await em
      .getRepository(WebhookEndpointEntity)
      .update({ id: endpoint.id }, { enabled: false, disabledReason: 'failing', disabledAt: now, updatedAt: now, version: () => 'version + 1' } as never);
    const actor: SystemActor = {
      kind: 'system',
      reason: 'webhook-delivery',
      organizationId: endpoint.organizationId,
      organizationKind: OrganizationKind.Manufacturer,
    };
    await this.audit.record(
      em,
      actor,
      { type: 'organization', id: endpoint.organizationId },
      {
        action: WEBHOOK_EVENTS.endpointDisabled,
        subjectType: 'WebhookEndpoint',
        subjectId: endpoint.id,
        payload: { url: endpoint.url, lastDeliveryId: delivery.id },
      },
    );
    await this.outbox.emit(em, {
      type: WEBHOOK_EVENTS.endpointDisabled,
      organizationId: endpoint.organizationId,
      payload: {
        endpointId: endpoint.id,
        url: endpoint.url,
        failingSince: endpoint.failingSince?.toISOString() ?? null,
        lastDeliveryId: delivery.id,
        disabledAt: now.toISOString(),
      },
    });
    this.logger.warn({ endpointId: endpoint.id, organizationId: endpoint.organizationId }, 'webhook endpoint disabled after persistent failure');
  }
}
