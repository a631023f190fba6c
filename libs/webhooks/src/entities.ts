import { WebhookDeliveryAttemptEntity } from './entities/webhook-delivery-attempt.entity.js';
import { WebhookDeliveryEntity } from './entities/webhook-delivery.entity.js';
import { WebhookEndpointEntity } from './entities/webhook-endpoint.entity.js';

/**
 * The webhooks lib's TypeORM entities, for the one DataSource libs/schema builds. This list is the
 * only way the entity classes leave the lib: other libs and apps read webhooks data through its
 * services and read-model types, never through its repositories.
 */
export const webhooksEntities = [WebhookDeliveryAttemptEntity, WebhookDeliveryEntity, WebhookEndpointEntity];
