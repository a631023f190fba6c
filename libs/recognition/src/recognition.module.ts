import { Global, Module } from '@nestjs/common';
import { MappingCollectionsService } from './mapping-collections.service.js';
import { RecognitionPathwaysService } from './pathways.service.js';
import { RecognitionRulesService } from './recognition-rules.service.js';

const services = [MappingCollectionsService, RecognitionRulesService, RecognitionPathwaysService];

@Global()
@Module({ providers: services, exports: services })
export class RecognitionModule {}
