import { Global, Module } from '@nestjs/common';
import { WebhookDeliveryService } from './webhook-delivery.service.js';
import { WebhookEndpointsService } from './webhook-endpoints.service.js';

const services = [WebhookEndpointsService, WebhookDeliveryService];

@Global()
@Module({ providers: services, exports: services })
export class WebhooksModule {}
