import { Global, Module } from '@nestjs/common';
import { AttestationsService } from './attestations.service.js';
import { OscalExportService } from './oscal-export.service.js';
import { SigningKeysService } from './signing-keys.service.js';
import { StatusListsService } from './status-lists.service.js';
import { TrustService } from './trust.service.js';
import { VerificationService } from './verification.service.js';

const services = [SigningKeysService, StatusListsService, AttestationsService, VerificationService, OscalExportService, TrustService];

@Global()
@Module({ providers: services, exports: services })
export class AttestationsModule {}
