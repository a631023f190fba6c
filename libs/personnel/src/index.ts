export {
  COMPETENCE_REASONS,
  type CompetenceFact,
  type CompetenceReason,
  type CompetenceReasonCode,
  type CompetenceRule,
  type CompetenceRuleResult,
  describeRule,
  evaluateCompetenceRule,
  evaluateCompetenceRules,
} from './competence-rules.js';
export type { ExpiryNotice } from './entities/certification.entity.js';
export type { FrozenRosterEntry } from './entities/roster-snapshot.entity.js';
export { PersonnelError, PersonnelErrorCode } from './personnel.errors.js';
export { PersonnelModule } from './personnel.module.js';
export { competenceFacts, type CompetenceSummary, PERSONNEL_SQL_READ_MODEL, personStillOnRoster, submissionCompetenceSummary } from './personnel.read-model.js';
export {
  type AssignmentView,
  type CertificationFields,
  type CertificationInput,
  type CertificationView,
  type ExpiringCertification,
  PERSONNEL_EVENTS,
  PersonnelService,
  type PersonDetail,
  type PersonFields,
  type PersonView,
  pseudonymOf,
  type RosterSnapshotView,
  type WorkspaceRoster,
} from './personnel.service.js';
export { isTimeZone, MAX_IMPORT_ROWS, ROSTER_CSV_COLUMNS } from './roster-import.js';

// Entities stay inside the lib: libs/schema takes the list for the DataSource.
export { personnelEntities } from './entities.js';
