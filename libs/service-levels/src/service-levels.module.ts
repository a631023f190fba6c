import { Global, Module } from '@nestjs/common';
import { ServiceLevelsService } from './service-levels.service.js';

@Global()
@Module({ providers: [ServiceLevelsService], exports: [ServiceLevelsService] })
export class ServiceLevelsModule {}
