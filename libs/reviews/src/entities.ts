import { DecisionEntity } from './entities/decision.entity.js';
import { FindingResponseEntity } from './entities/finding-response.entity.js';
import { FindingEntity } from './entities/finding.entity.js';
import { ReviewCommentEntity } from './entities/review-comment.entity.js';
import { SubmissionEntryEntity } from './entities/submission-entry.entity.js';
import { SubmissionManifestEntity } from './entities/submission-manifest.entity.js';
import { SubmissionEntity } from './entities/submission.entity.js';
import { VerdictEntity } from './entities/verdict.entity.js';

/**
 * The reviews lib's TypeORM entities, for the one DataSource libs/schema builds. This list is the
 * only way the entity classes leave the lib: other libs and apps read reviews data through its
 * services and read-model types, never through its repositories.
 */
export const reviewsEntities = [
  DecisionEntity,
  FindingResponseEntity,
  FindingEntity,
  ReviewCommentEntity,
  SubmissionEntryEntity,
  SubmissionManifestEntity,
  SubmissionEntity,
  VerdictEntity,
];
