import { Global, Module } from '@nestjs/common';
import { FrameworkVersionsService } from './framework-versions.service.js';

const services = [FrameworkVersionsService];

@Global()
@Module({ providers: services, exports: services })
export class FrameworkVersionsModule {}
