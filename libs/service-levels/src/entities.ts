import { BidServiceLevelEntity } from './entities/bid-service-level.entity.js';
import { ServiceLevelFindingEntity } from './entities/service-level-finding.entity.js';
import { ServiceLevelMeasurementEntity } from './entities/service-level-measurement.entity.js';
import { ServiceLevelMetricEntity } from './entities/service-level-metric.entity.js';
import { ServiceLevelProfileEntity } from './entities/service-level-profile.entity.js';
import { SubmissionServiceLevelEntity } from './entities/submission-service-level.entity.js';
import { TenderServiceCriteriaEntity } from './entities/tender-service-criteria.entity.js';

/** The service-levels lib's entities, for the one DataSource libs/schema builds (their only way out of the lib). */
export const serviceLevelsEntities = [
  ServiceLevelMetricEntity,
  ServiceLevelProfileEntity,
  ServiceLevelMeasurementEntity,
  SubmissionServiceLevelEntity,
  TenderServiceCriteriaEntity,
  BidServiceLevelEntity,
  ServiceLevelFindingEntity,
];
