import { Global, Module } from '@nestjs/common';
import { EvidenceService } from './evidence.service.js';
import { GapAnalysisService } from './gap-analysis.service.js';
import { FreshnessService } from './freshness.service.js';

@Global()
@Module({ providers: [EvidenceService, GapAnalysisService, FreshnessService], exports: [EvidenceService, GapAnalysisService, FreshnessService] })
export class EvidenceModule {}
