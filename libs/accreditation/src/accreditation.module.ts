import { Global, Module } from '@nestjs/common';
import { AccreditationsService } from './accreditations.service.js';
import { TrustListService } from './trust-list.service.js';

const services = [TrustListService, AccreditationsService];

@Global()
@Module({ providers: services, exports: services })
export class AccreditationModule {}
