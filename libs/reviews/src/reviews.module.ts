import { Global, Module } from '@nestjs/common';
import { FindingsDueService } from './findings-due.service.js';
import { ReviewReadsService } from './review-reads.service.js';
import { ReviewsService } from './reviews.service.js';
import { SubmissionsService } from './submissions.service.js';

@Global()
@Module({
  providers: [SubmissionsService, ReviewsService, FindingsDueService, ReviewReadsService],
  exports: [SubmissionsService, ReviewsService, FindingsDueService, ReviewReadsService],
})
export class ReviewsModule {}
