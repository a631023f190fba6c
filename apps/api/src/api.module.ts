import { DynamicModule, Module, Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { AccreditationModule } from '@attesta/accreditation';
import { AttestationsModule } from '@attesta/attestations';
import { AuditModule } from '@attesta/audit';
import { CatalogModule } from '@attesta/catalog';
import { IdentityModule } from '@attesta/identity';
import { OfferingsModule } from '@attesta/offerings';
import { EvidenceModule } from '@attesta/evidence';
import { ForeignCredentialsModule } from '@attesta/foreign-credentials';
import { FrameworkVersionsModule } from '@attesta/framework-versions';
import { OutboxModule } from '@attesta/outbox';
import { ProcurementModule } from '@attesta/procurement';
import { ServiceLevelsModule } from '@attesta/service-levels';
import { RecognitionModule } from '@attesta/recognition';
import { PersonnelModule } from '@attesta/personnel';
import { ReviewsModule } from '@attesta/reviews';
import { StorageModule } from '@attesta/storage';
import { WorkspacesModule } from '@attesta/workspaces';
import { WebhooksModule } from '@attesta/webhooks';
import { AppConfig, ConfigModule, DatabaseModule, HealthModule, LoggingModule, ProblemDetailsFilter, RedisModule } from '@attesta/core';
import { JobsModule } from '@attesta/jobs';
import { MetricsModule } from '@attesta/observability';
import { SCHEMA } from '@attesta/schema';
import type { DestinationStream } from 'pino';
import { OrganizationAuditController, PublicAuditController, WorkspaceAuditController } from './audit/audit.controller.js';
import { AccessGuard } from './auth/auth.guards.js';
import { FrameworksController, MappingsController } from './catalog/catalog.controller.js';
import { HttpBodySetup } from './http/body-limit.js';
import { ApiKeyStrategy, JwtStrategy, LocalStrategy } from './auth/strategies.js';
import { AttestationsController, SigningKeysController } from './attestations/attestations.controller.js';
import { OscalExportController } from './attestations/oscal.controller.js';
import { OscalProfileController, WorkspaceOscalController } from './oscal/oscal-fidelity.controller.js';
import {
  AccreditationBodyController,
  AccreditationSettingsController,
  AccreditationsController,
  OperatorAccreditationController,
  PublicTrustListController,
} from './accreditation/accreditation.controller.js';
import { PublicAttestationsController } from './attestations/public.controller.js';
import { AttestationCertificatesController, PublicTrustController } from './attestations/trust.controller.js';
import { EvidenceController } from './evidence/evidence.controller.js';
import { ActionItemsController, ReviewQueueController, WorkspaceRequirementController } from './reviews/review-reads.controller.js';
import { EvidencePreviewController } from './reviews/evidence-preview.controller.js';
import { PreviewTickets } from './reviews/preview-tickets.js';
import { ReviewsController } from './reviews/reviews.controller.js';
import { AuthController } from './identity/auth.controller.js';
import { WebSessionController } from './identity/web-session.controller.js';
import { ForeignCredentialsController } from './foreign-credentials/foreign-credentials.controller.js';
import { FrameworkVersionsController } from './framework-versions/framework-versions.controller.js';
import { WebhooksController } from './webhooks/webhooks.controller.js';
import { ProcurementController } from './procurement/procurement.controller.js';
import { ServiceLevelsController } from './service-levels/service-levels.controller.js';
import {
  CrosswalkCollectionsController,
  MappingCollectionsController,
  RecognitionPathwaysController,
  RecognitionRulesController,
} from './recognition/recognition.controller.js';
import { PersonnelController, WorkspaceRosterController } from './personnel/personnel.controller.js';
import { IdempotencyGuard } from './http/idempotency.js';
import { RateLimitGuard } from './http/rate-limit.guard.js';
import { RequestContextModule } from './http/request-context.js';
import { OfferingsController } from './workspaces/offerings.controller.js';
import { DirectoryController, WorkspacesController } from './workspaces/workspaces.controller.js';
import { InvitationAcceptanceController, OrganizationController } from './identity/organization.controller.js';

export interface ApiAppOptions {
  /** Extra modules (tests mount probe controllers this way). */
  imports?: (Type | DynamicModule)[];
  /** Where JSON log lines go (stdout when unset). */
  logDestination?: DestinationStream;
}

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, options: ApiAppOptions = {}): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        // The request's context is opened by a Fastify hook (openRequestContext), not by nestjs-cls's
        // middleware, and without its root module's global guard and interceptor.
        RequestContextModule,
        LoggingModule.forRoot('attesta-api', options.logDestination),
        DatabaseModule.forRoot(SCHEMA, 'attesta-api', { readReplica: true }),
        RedisModule,
        JobsModule,
        HealthModule,
        MetricsModule.forRoot({ enabled: config.METRICS_ENABLED, onApiPort: config.METRICS_PORT === undefined }),
        PassportModule,
        AuditModule,
        OutboxModule,
        IdentityModule,
        OfferingsModule,
        WorkspacesModule,
        StorageModule,
        EvidenceModule,
        ProcurementModule,
        ServiceLevelsModule,
        RecognitionModule,
        ReviewsModule,
        CatalogModule,
        WebhooksModule,
        AccreditationModule,
        AttestationsModule,
        ForeignCredentialsModule,
        FrameworkVersionsModule,
        PersonnelModule,
        // The all-in-one process (apps/all-in-one) adds the job processors here.
        ...(options.imports ?? []),
      ],
      controllers: [
        AuthController,
        WebSessionController,
        WebhooksController,
        OrganizationController,
        InvitationAcceptanceController,
        OrganizationAuditController,
        WorkspaceAuditController,
        PublicAuditController,
        FrameworksController,
        MappingsController,
        OfferingsController,
        WorkspacesController,
        DirectoryController,
        EvidenceController,
        ProcurementController,
        ServiceLevelsController,
        MappingCollectionsController,
        CrosswalkCollectionsController,
        RecognitionRulesController,
        RecognitionPathwaysController,
        AttestationsController,
        SigningKeysController,
        PublicAttestationsController,
        PublicTrustController,
        AttestationCertificatesController,
        OscalExportController,
        OscalProfileController,
        WorkspaceOscalController,
        ReviewsController,
        EvidencePreviewController,
        ReviewQueueController,
        ActionItemsController,
        WorkspaceRequirementController,
        AccreditationsController,
        AccreditationSettingsController,
        AccreditationBodyController,
        OperatorAccreditationController,
        PublicTrustListController,
        ForeignCredentialsController,
        FrameworkVersionsController,
        PersonnelController,
        WorkspaceRosterController,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        // In this order: the rate limit counts per caller, so it runs once AccessGuard has named the caller.
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_GUARD, useClass: RateLimitGuard },
        IdempotencyGuard,
        HttpBodySetup,
        JwtStrategy,
        ApiKeyStrategy,
        LocalStrategy,
        PreviewTickets,
      ],
    };
  }
}
