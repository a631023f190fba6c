import { DynamicModule, Global, Module } from '@nestjs/common';
import { ScrapeTimeCollectors } from './collectors.js';
import { MetricsController } from './metrics.controller.js';
import { MetricsServer } from './metrics-server.js';
import { Metrics } from './metrics.js';

export interface MetricsModuleOptions {
  /** Collect and serve series (METRICS_ENABLED). When false only the Metrics recorder exists, so libs can record unconditionally. */
  enabled: boolean;
  /** Serve /metrics through the app's HTTP routes (the API without METRICS_PORT). */
  onApiPort: boolean;
}

/** Prometheus metrics: the registry, scrape-time collectors, the /metrics endpoint (job metrics: apps/worker's JobMetrics, where processors run). */
@Global()
@Module({})
export class MetricsModule {
  static forRoot(options: MetricsModuleOptions): DynamicModule {
    return {
      module: MetricsModule,
      controllers: options.enabled && options.onApiPort ? [MetricsController] : [],
      providers: [{ provide: Metrics, useFactory: () => new Metrics(options.enabled) }, ...(options.enabled ? [ScrapeTimeCollectors, MetricsServer] : [])],
      exports: [Metrics],
    };
  }
}
