import { Global, Module } from '@nestjs/common';
import { ProcurementService } from './procurement.service.js';

@Global()
@Module({ providers: [ProcurementService], exports: [ProcurementService] })
export class ProcurementModule {}
