export { recordHttpMetrics } from './http-metrics.js';
export { Metrics, WEBHOOK_DELIVERY_OUTCOMES, type WebhookDeliveryOutcome } from './metrics.js';
export { MetricsServer } from './metrics-server.js';
export { MetricsModule, type MetricsModuleOptions } from './metrics.module.js';
