import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AccreditationModule } from '@attesta/accreditation';
import { AttestationsModule } from '@attesta/attestations';
import { AppConfig } from '@attesta/core';
import { queueOptions } from '@attesta/jobs';
import { NotificationsService } from '@attesta/notifications';
import { EvidenceModule } from '@attesta/evidence';
import { ForeignCredentialsModule } from '@attesta/foreign-credentials';
import { OutboxModule } from '@attesta/outbox';
import { PersonnelModule } from '@attesta/personnel';
import { ProcurementModule } from '@attesta/procurement';
import { ServiceLevelsModule } from '@attesta/service-levels';
import { ReviewsModule } from '@attesta/reviews';
import { StorageModule, StorageSweepService } from '@attesta/storage';
import { WebhooksModule } from '@attesta/webhooks';
import { EventsProcessor } from './events/events.processor.js';
import { JobMetrics } from './job-metrics.js';
import { Schedules } from './system/schedules.js';
import { SystemProcessor } from './system/system.processor.js';
import { WebhooksProcessor } from './webhooks/webhooks.processor.js';

/**
 * Every BullMQ processor (one per queue, switching on the job name). Imported by the
 * worker, and by the all-in-one process (apps/all-in-one: the API with processors, `API_RUN_PROCESSORS=true`).
 * BullMQ itself is loaded here, where workers run; enqueueing (JobQueue) opens its queues on first use.
 */
@Module({
  imports: [
    // The connection every @Processor's worker uses (queueOptions, as JobQueue's queues)...
    BullModule.forRootAsync({ inject: [AppConfig], useFactory: queueOptions }),
    // ...and @nestjs/bullmq's explorer, which starts a worker per @Processor class. No queue is
    // registered with it: the queues the platform adds to are JobQueue's.
    BullModule.registerQueue(),
    DiscoveryModule,
    OutboxModule,
    StorageModule,
    EvidenceModule,
    WebhooksModule,
    ReviewsModule,
    AccreditationModule,
    AttestationsModule,
    ProcurementModule,
    ServiceLevelsModule,
    ForeignCredentialsModule,
    PersonnelModule,
  ],
  providers: [SystemProcessor, EventsProcessor, WebhooksProcessor, Schedules, JobMetrics, NotificationsService, StorageSweepService],
})
export class ProcessorsModule {}
