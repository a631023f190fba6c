import { Global, Module } from '@nestjs/common';
import { OfferingsService } from './offerings.service.js';

@Global()
@Module({ providers: [OfferingsService], exports: [OfferingsService] })
export class OfferingsModule {}
