import { Global, Module } from '@nestjs/common';
import { AuditCheckpointsService } from './audit-checkpoints.service.js';
import { AuditService } from './audit.service.js';
import { ChainVerifyWorkers } from './chain-verify-workers.js';

@Global()
@Module({ providers: [AuditService, AuditCheckpointsService, ChainVerifyWorkers], exports: [AuditService, AuditCheckpointsService] })
export class AuditModule {}
