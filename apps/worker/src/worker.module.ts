import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule, DatabaseModule, LoggingModule, RedisModule } from '@attesta/core';
import { AuditModule } from '@attesta/audit';
import { JobsModule } from '@attesta/jobs';
import { MetricsModule } from '@attesta/observability';
import { SCHEMA } from '@attesta/schema';
import { ClsModule } from 'nestjs-cls';
import { ProcessorsModule } from './processors.module.js';

/** The worker: BullMQ processors and the services they call; no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        ClsModule.forRoot({ global: true }),
        LoggingModule.forRoot('attesta-worker'),
        DatabaseModule.forRoot(SCHEMA, 'attesta-worker'),
        RedisModule,
        JobsModule,
        // The worker serves no HTTP: its metrics need METRICS_PORT.
        MetricsModule.forRoot({ enabled: config.METRICS_ENABLED, onApiPort: false }),
        AuditModule,
        ProcessorsModule,
      ],
    };
  }
}
