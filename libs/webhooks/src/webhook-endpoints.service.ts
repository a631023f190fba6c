import { Injectable } from '@nestjs/common';
import { assertCan } from '@attesta/access';
import { AuditService } from '@attesta/audit';
import { Actor, actorId, AppConfig, Db, insertable, keysetPage, newId, Page, scopeOf } from '@attesta/core';
import { JobName, JobQueue } from '@attesta/jobs';
import type { EntityManager } from 'typeorm';
import { WebhookDeliveryAttemptEntity } from './entities/webhook-delivery-attempt.entity.js';
import { WebhookDeliveryEntity, type DeliveryStatus } from './entities/webhook-delivery.entity.js';
import { WebhookEndpointEntity } from './entities/webhook-endpoint.entity.js';
import { isWebhookEventType, WEBHOOK_TEST_EVENT } from './event-types.js';
import { newWebhookSecret, SecretBox } from './secret-box.js';
import { parseEndpointUrl, resolvePublicTarget, type TargetPolicy } from './target-guard.js';
import { WebhooksError, WebhooksErrorCode } from './webhooks.errors.js';

/** How long the previous secret keeps signing after a rotation. */
export const SECRET_ROTATION_OVERLAP_MS = 24 * 3600_000;

export interface EndpointInput {
  url: string;
  eventTypes: string[];
  description?: string | null;
}

export interface EndpointPatch {
  url?: string;
  eventTypes?: string[];
  description?: string | null;
  enabled?: boolean;
}

export interface EndpointWithSecret {
  endpoint: WebhookEndpointEntity;
  /** `whsec_…`: in this answer only. */
  secret: string;
}

export interface DeliveryWithAttempts {
  delivery: WebhookDeliveryEntity;
  attempts: WebhookDeliveryAttemptEntity[];
}

const orgStream = (organizationId: string) => ({ type: 'organization' as const, id: organizationId });

/** An organization's webhook endpoints, their secrets and their delivery log. */
@Injectable()
export class WebhookEndpointsService {
  private readonly box: SecretBox;
  private readonly policy: TargetPolicy;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {
    this.box = SecretBox.fromConfig(config);
    this.policy = { allowPrivate: config.WEBHOOK_ALLOW_PRIVATE_TARGETS, allowHttp: config.WEBHOOK_ALLOW_HTTP };
  }

  async create(actor: Actor, input: EndpointInput): Promise<EndpointWithSecret> {
    assertCan(actor, 'create', 'WebhookEndpoint');
    const url = await this.checkUrl(input.url);
    const eventTypes = checkEventTypes(input.eventTypes);
    const secret = newWebhookSecret();
    const id = newId();
    const now = new Date();
    return this.db.tx(scopeOf(actor), async (em) => {
      const endpoint: WebhookEndpointEntity = {
        id,
        organizationId: actor.organizationId,
        url: url.toString(),
        description: input.description?.trim() || null,
        eventTypes,
        enabled: true,
        disabledReason: null,
        disabledAt: null,
        secretCiphertext: this.box.seal(secret, id),
        previousSecretCiphertext: null,
        previousSecretExpiresAt: null,
        consecutiveFailures: 0,
        failingSince: null,
        circuitOpenUntil: null,
        lastSuccessAt: null,
        lastFailureAt: null,
        version: 1,
        createdBy: actorId(actor),
        createdAt: now,
        updatedAt: now,
      };
      await em.getRepository(WebhookEndpointEntity).insert(insertable(endpoint));
      await this.audit.record(em, actor, orgStream(actor.organizationId), {
        action: 'webhook_endpoint.created',
        subjectType: 'WebhookEndpoint',
        subjectId: id,
        payload: { url: endpoint.url, eventTypes },
      });
      return { endpoint: await this.load(em, actor, id), secret };
    });
  }

  async list(actor: Actor, page: { limit?: number; cursor?: string }): Promise<Page<WebhookEndpointEntity>> {
    assertCan(actor, 'read', 'WebhookEndpoint');
    return this.db.tx(scopeOf(actor), (em) =>
      keysetPage(em.getRepository(WebhookEndpointEntity).createQueryBuilder('w').where('w.organizationId = :org', { org: actor.organizationId }), {
        ...page,
        keys: [{ column: 'w.id', read: (w) => w.id }],
      }),
    );
  }

  async get(actor: Actor, id: string): Promise<WebhookEndpointEntity> {
    assertCan(actor, 'read', 'WebhookEndpoint');
    return this.db.tx(scopeOf(actor), (em) => this.load(em, actor, id));
  }

  async update(actor: Actor, id: string, version: number, patch: EndpointPatch): Promise<WebhookEndpointEntity> {
    assertCan(actor, 'update', 'WebhookEndpoint');
    const url = patch.url !== undefined ? (await this.checkUrl(patch.url)).toString() : undefined;
    const eventTypes = patch.eventTypes !== undefined ? checkEventTypes(patch.eventTypes) : undefined;
    return this.db.tx(scopeOf(actor), async (em) => {
      const current = await this.load(em, actor, id);
      if (current.version !== version) throw new WebhooksError(WebhooksErrorCode.VersionMismatch, 'If-Match does not match the current version.');
      const changes: Partial<WebhookEndpointEntity> = { version: current.version + 1, updatedAt: new Date() };
      if (url !== undefined) changes.url = url;
      // Another receiver: the breaker and the failure streak were the old address's.
      if (url !== undefined && url !== current.url) Object.assign(changes, { consecutiveFailures: 0, failingSince: null, circuitOpenUntil: null });
      if (eventTypes !== undefined) changes.eventTypes = eventTypes;
      if (patch.description !== undefined) changes.description = patch.description?.trim() || null;
      if (patch.enabled === true && !current.enabled) {
        // A fresh start: the breaker and the failure streak belong to the disabled period.
        Object.assign(changes, { enabled: true, disabledReason: null, disabledAt: null, consecutiveFailures: 0, failingSince: null, circuitOpenUntil: null });
      } else if (patch.enabled === false && current.enabled) {
        Object.assign(changes, { enabled: false, disabledReason: 'manual', disabledAt: new Date() });
      }
      await em.getRepository(WebhookEndpointEntity).update({ id }, changes);
      await this.audit.record(em, actor, orgStream(actor.organizationId), {
        action: 'webhook_endpoint.updated',
        subjectType: 'WebhookEndpoint',
        subjectId: id,
        payload: { changed: Object.keys(patch).filter((k) => patch[k as keyof EndpointPatch] !== undefined) },
      });
      return this.load(em, actor, id);
    });
  }

  async remove(actor: Actor, id: string): Promise<void> {
    assertCan(actor, 'delete', 'WebhookEndpoint');
    await this.db.tx(scopeOf(actor), async (em) => {
      const endpoint = await this.load(em, actor, id);
      await em.getRepository(WebhookEndpointEntity).delete({ id });
      await this.audit.record(em, actor, orgStream(actor.organizationId), {
        action: 'webhook_endpoint.deleted',
        subjectType: 'WebhookEndpoint',
        subjectId: id,
        payload: { url: endpoint.url },
      });
    });
  }

  /** A new secret, shown once; the previous one keeps signing for a day beside it. */
  async rotateSecret(actor: Actor, id: string): Promise<EndpointWithSecret> {
    assertCan(actor, 'update', 'WebhookEndpoint');
    const secret = newWebhookSecret();
    return this.db.tx(scopeOf(actor), async (em) => {
      const repo = em.getRepository(WebhookEndpointEntity);
      const current = await repo.findOne({ where: { id, organizationId: actor.organizationId }, select: { id: true, version: true, secretCiphertext: true } });
      if (!current) throw notFound();
      await repo.update(
        { id },
        {
          secretCiphertext: this.box.seal(secret, id),
          previousSecretCiphertext: current.secretCiphertext,
          previousSecretExpiresAt: new Date(Date.now() + SECRET_ROTATION_OVERLAP_MS),
          version: current.version + 1,
          updatedAt: new Date(),
        },
      );
      await this.audit.record(em, actor, orgStream(actor.organizationId), {
        action: 'webhook_endpoint.secret_rotated',
        subjectType: 'WebhookEndpoint',
        subjectId: id,
        payload: {},
      });
      return { endpoint: await this.load(em, actor, id), secret };
    });
  }

  async listDeliveries(
    actor: Actor,
    endpointId: string,
    query: { limit?: number; cursor?: string; status?: DeliveryStatus },
  ): Promise<Page<WebhookDeliveryEntity>> {
    assertCan(actor, 'read', 'WebhookDelivery');
    return this.db.tx(scopeOf(actor), async (em) => {
      await this.load(em, actor, endpointId);
      const qb = em
        .getRepository(WebhookDeliveryEntity)
        .createQueryBuilder('d')
        .where('d.endpointId = :endpointId AND d.organizationId = :org', { endpointId, org: actor.organizationId });
      if (query.status) qb.andWhere('d.status = :status', { status: query.status });
      // Newest first: the log is read from the top.
      return keysetPage(qb, { limit: query.limit, cursor: query.cursor, keys: [{ column: 'd.id', read: (d) => d.id }], direction: 'DESC' });
    });
  }

  async getDelivery(actor: Actor, endpointId: string, deliveryId: string): Promise<DeliveryWithAttempts> {
    assertCan(actor, 'read', 'WebhookDelivery');
    return this.db.tx(scopeOf(actor), async (em) => {
      const delivery = await this.loadDelivery(em, actor, endpointId, deliveryId);
      const attempts = await em
        .getRepository(WebhookDeliveryAttemptEntity)
        .find({ where: { deliveryId, organizationId: actor.organizationId }, order: { number: 'ASC' } });
      return { delivery, attempts };
    });
  }

  /** Sends a `webhook.test` message now (whatever the subscriptions), to check the receiver and its signature check. */
  async sendTest(actor: Actor, endpointId: string): Promise<WebhookDeliveryEntity> {
    assertCan(actor, 'create', 'WebhookDelivery');
    const delivery = await this.db.tx(scopeOf(actor), async (em) => {
      const endpoint = await this.load(em, actor, endpointId);
      if (!endpoint.enabled) throw new WebhooksError(WebhooksErrorCode.EndpointDisabled, 'The endpoint is disabled; enable it before testing.');
      const now = new Date();
      const eventId = newId();
      const row: WebhookDeliveryEntity = {
        id: newId(),
        organizationId: actor.organizationId,
        endpointId,
        eventId,
        eventType: WEBHOOK_TEST_EVENT,
        body: JSON.stringify({ type: WEBHOOK_TEST_EVENT, timestamp: now.toISOString(), data: { eventId, organizationId: actor.organizationId, endpointId } }),
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
      };
      await em.getRepository(WebhookDeliveryEntity).insert(insertable(row));
      return row;
    });
    await this.jobs.enqueue(
      JobName.DeliverWebhook,
      { eventId: delivery.id, organizationId: delivery.organizationId, deliveryId: delivery.id },
      deliveryJobOptions(this.config, 0),
    );
    return delivery;
  }

  /** Sends the same message again (same `webhook-id`, so receivers still de-duplicate) as a new delivery. */
  async replay(actor: Actor, endpointId: string, deliveryId: string): Promise<WebhookDeliveryEntity> {
    assertCan(actor, 'create', 'WebhookDelivery');
    const replay = await this.db.tx(scopeOf(actor), async (em) => {
      const endpoint = await this.load(em, actor, endpointId);
      if (!endpoint.enabled) throw new WebhooksError(WebhooksErrorCode.EndpointDisabled, 'The endpoint is disabled; enable it before replaying.');
      const original = await this.loadDelivery(em, actor, endpointId, deliveryId);
      const row: WebhookDeliveryEntity = {
        id: newId(),
        organizationId: actor.organizationId,
        endpointId,
        eventId: original.eventId,
        eventType: original.eventType,
        body: original.body,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: new Date(),
        lastAttemptAt: null,
        lastResponseStatus: null,
        lastDurationMs: null,
        lastError: null,
        deliveredAt: null,
        replayOfId: original.replayOfId ?? original.id,
        createdAt: new Date(),
      };
      await em.getRepository(WebhookDeliveryEntity).insert(insertable(row));
      await this.audit.record(em, actor, orgStream(actor.organizationId), {
        action: 'webhook_delivery.replayed',
        subjectType: 'WebhookDelivery',
        subjectId: row.id,
        payload: { replayOf: row.replayOfId, eventId: row.eventId },
      });
      return row;
    });
    await this.jobs.enqueue(
      JobName.DeliverWebhook,
      { eventId: replay.id, organizationId: replay.organizationId, deliveryId: replay.id },
      deliveryJobOptions(this.config, 0),
    );
    return replay;
  }

  private async checkUrl(raw: string): Promise<URL> {
    const url = parseEndpointUrl(raw, this.policy);
    await resolvePublicTarget(url, this.policy);
    return url;
  }

  private async load(em: EntityManager, actor: Actor, id: string): Promise<WebhookEndpointEntity> {
    const endpoint = await em.getRepository(WebhookEndpointEntity).findOne({ where: { id, organizationId: actor.organizationId } });
    if (!endpoint) throw notFound();
    return endpoint;
  }

  private async loadDelivery(em: EntityManager, actor: Actor, endpointId: string, deliveryId: string): Promise<WebhookDeliveryEntity> {
    await this.load(em, actor, endpointId);
    const delivery = await em.getRepository(WebhookDeliveryEntity).findOne({ where: { id: deliveryId, endpointId, organizationId: actor.organizationId } });
    if (!delivery) throw new WebhooksError(WebhooksErrorCode.DeliveryNotFound, 'Delivery not found.');
    return delivery;
  }
}

function notFound(): WebhooksError {
  return new WebhooksError(WebhooksErrorCode.EndpointNotFound, 'Webhook endpoint not found.');
}

function checkEventTypes(types: string[]): string[] {
  const unknown = types.filter((t) => !isWebhookEventType(t));
  if (unknown.length || types.length === 0) {
    throw new WebhooksError(
      WebhooksErrorCode.UnknownEventType,
      unknown.length ? `Unknown event type(s): ${unknown.join(', ')}.` : 'Subscribe to at least one event type.',
      {
        errors: unknown.length
          ? unknown.map((t) => ({ field: 'eventTypes', message: `unknown event type "${t}"` }))
          : [{ field: 'eventTypes', message: 'must not be empty' }],
      },
    );
  }
  return [...new Set(types)].sort();
}

/** The delay before retry `attempt` (1-based): base · 2^(attempt-1), what BullMQ's exponential backoff computes. */
export function retryDelayMs(baseMs: number, attempt: number): number {
  return Math.round(baseMs * 2 ** (attempt - 1));
}

/** Job options of a delivery that has already used `attemptsUsed` attempts. */
export function deliveryJobOptions(config: Pick<AppConfig, 'WEBHOOK_MAX_ATTEMPTS' | 'WEBHOOK_RETRY_BASE_MS'>, attemptsUsed: number) {
  return {
    attempts: Math.max(1, config.WEBHOOK_MAX_ATTEMPTS - attemptsUsed),
    backoff: { type: 'exponential' as const, delay: config.WEBHOOK_RETRY_BASE_MS },
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}
