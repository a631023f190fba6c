import { Module } from '@nestjs/common';
import { AccreditationModule } from '@attesta/accreditation';
import { AttestationsModule } from '@attesta/attestations';
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
import { Schedules } from './system/schedules.js';
import { SystemProcessor } from './system/system.processor.js';
import { WebhooksProcessor } from './webhooks/webhooks.processor.js';

/**
 * Every BullMQ processor (one per queue, switching on the job name). Imported by the
 * worker, and by the all-in-one process (apps/all-in-one: the API with processors, `API_RUN_PROCESSORS=true`).
 */
@Module({
  imports: [
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
  providers: [SystemProcessor, EventsProcessor, WebhooksProcessor, Schedules, NotificationsService, StorageSweepService],
})
export class ProcessorsModule {}
