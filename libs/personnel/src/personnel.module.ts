import { Global, Module } from '@nestjs/common';
import { PersonnelService } from './personnel.service.js';

@Global()
@Module({ providers: [PersonnelService], exports: [PersonnelService] })
export class PersonnelModule {}
