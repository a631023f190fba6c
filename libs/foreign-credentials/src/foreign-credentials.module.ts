import { Global, Module } from '@nestjs/common';
import { ForeignCredentialsService } from './foreign-credentials.service.js';

const services = [ForeignCredentialsService];

@Global()
@Module({ providers: services, exports: services })
export class ForeignCredentialsModule {}
