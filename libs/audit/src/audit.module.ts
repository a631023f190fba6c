import { Global, Module } from '@nestjs/common';
import { AuditCheckpointsService } from './audit-checkpoints.service.js';
import { AuditService } from './audit.service.js';

@Global()
@Module({ providers: [AuditService, AuditCheckpointsService], exports: [AuditService, AuditCheckpointsService] })
export class AuditModule {}
