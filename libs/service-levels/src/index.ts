export { attainment, type MeasurementWindow, type PeriodAttainment } from './attainment.js';
export {
  buildResponses,
  matchCriteria,
  matchRequirement,
  parseCriteria,
  SERVICE_LEVEL_REASONS,
  thresholdsOf,
  toOcdsCriteria,
  type AtRisk,
  type Criterion,
  type CriterionMatch,
  type GroupMatch,
  type MatchContext,
  type OfferedObjective,
  type RequirementGroup,
  type RequirementMatch,
  type RequirementResponse,
  type ResponseSource,
  type ServiceLevelReason,
  type ServiceLevelReasonCode,
  type ServiceLevelReport,
  type ServiceLevelRequirement,
} from './criteria.js';
export {
  compare,
  convert,
  OPERATORS,
  parseDuration,
  unitsCompatible,
  type Match,
  type MatchResult,
  type Operator,
  type Threshold,
  type Value,
} from './matching.js';
export { BUILT_IN_METRICS, UNIT_CODES, type MetricDefinition, type MetricValueType, type UnitCode } from './metrics.js';
export { AGGREGATIONS, type Aggregation, type Objective } from './objectives.js';
export { ServiceLevelsError, ServiceLevelsErrorCode } from './service-levels.errors.js';
export { ServiceLevelsModule } from './service-levels.module.js';
export { attestedObjectives, SERVICE_LEVELS_SQL_READ_MODEL, type AttestedObjective } from './service-levels.read-model.js';
export {
  answerBid,
  answerAsOfNow,
  rejudgeBids,
  freezeForSubmission,
  parseTenderCriteria,
  saveBidAnswer,
  saveTenderCriteria,
  type BidAnswer,
  type ReliedAttestation,
} from './service-levels.hooks.js';
export {
  SERVICE_LEVEL_EVENTS,
  ServiceLevelsService,
  type MeasurementInput,
  type MeasurementResult,
  type MetricInput,
  type ProfileInput,
  type ServiceLevelProfileView,
  type SubmissionObjectiveView,
} from './service-levels.service.js';

// Entities stay inside the lib. libs/schema takes the list for the DataSource; everyone else
// sees rows through read-model types.
export { serviceLevelsEntities } from './entities.js';
export type { ServiceLevelFindingEntity as ServiceLevelFindingDraft } from './entities/service-level-finding.entity.js';
export type { SlaDocument } from './entities/service-level-profile.entity.js';
