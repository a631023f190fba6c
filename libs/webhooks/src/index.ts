export type { AttemptOutcome } from './entities/webhook-delivery-attempt.entity.js';
export type { DeliveryStatus } from './entities/webhook-delivery.entity.js';
export type { EndpointDisabledReason } from './entities/webhook-endpoint.entity.js';
export { WEBHOOK_EVENT_TYPE_NAMES, WEBHOOK_EVENT_TYPES, type WebhookEventType, type WebhookEventTypeName } from './event-types.js';
export { WebhookDeliveryService } from './webhook-delivery.service.js';
export {
  type DeliveryWithAttempts,
  type EndpointInput,
  type EndpointPatch,
  type EndpointWithSecret,
  WebhookEndpointsService,
} from './webhook-endpoints.service.js';
export { WebhooksError, WebhooksErrorCode } from './webhooks.errors.js';
// The SSRF guard, shared with the foreign-credential fetcher.
export { isPublicAddress, resolvePublicTarget, type TargetPolicy } from './target-guard.js';
export { WebhooksModule } from './webhooks.module.js';

// Entities stay inside the lib. libs/schema takes the list for the DataSource; everyone else
// sees rows through read-model types (type-only: they cannot reach a repository or a relation).
export { webhooksEntities } from './entities.js';
export type { WebhookDeliveryAttemptEntity as WebhookDeliveryAttempt } from './entities/webhook-delivery-attempt.entity.js';
export type { WebhookDeliveryEntity as WebhookDelivery } from './entities/webhook-delivery.entity.js';
export type { WebhookEndpointEntity as WebhookEndpoint } from './entities/webhook-endpoint.entity.js';
