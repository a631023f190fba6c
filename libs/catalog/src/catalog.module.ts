import { Global, Module } from '@nestjs/common';
import { CatalogService } from './catalog.service.js';
import { OscalProfileService } from './oscal-profile.service.js';

@Global()
@Module({ providers: [CatalogService, OscalProfileService], exports: [CatalogService, OscalProfileService] })
export class CatalogModule {}
