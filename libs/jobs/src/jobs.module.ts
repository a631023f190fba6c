import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { AppConfig } from '@attesta/core';
import { BullMQOtel } from 'bullmq-otel';
import { JobQueue } from './job-queue.service.js';
import { QueueName } from './queues.js';

const queues = Object.values(QueueName).map((name) => BullModule.registerQueue({ name }));

/** BullMQ connection (with the configured key prefix) and every queue. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        prefix: config.QUEUE_PREFIX,
        connection: { url: config.REDIS_URL, maxRetriesPerRequest: null },
        // Producer and consumer spans, linked from enqueue to processing, when tracing is on.
        ...(config.OTEL_EXPORTER_OTLP_ENDPOINT ? { telemetry: new BullMQOtel({ tracerName: 'attesta-bullmq' }) } : {}),
      }),
    }),
    ...queues,
  ],
  providers: [JobQueue],
  exports: [JobQueue, ...queues],
})
export class JobsModule {}
