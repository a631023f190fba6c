export {
  COMPLIANCE_REASON_CODES,
  COMPLIANCE_REASONS,
  type ComplianceReason,
  type ComplianceReasonCode,
  type ComplianceReport,
  type ComponentDrift,
  type OfferedComponent,
  type PublicAttestationStatus,
  type ReasonSeverity,
  type RequirementCompliance,
} from './compliance.js';
export type { ContractPeriod, MinimumOutcome, TenderFrameworkRequirement } from './entities/tender.entity.js';
export { ProcurementError, ProcurementErrorCode } from './procurement.errors.js';
export { type BidNames, type NamedBid } from './bid-names.js';
export { ProcurementModule } from './procurement.module.js';
export {
  type BidComplianceChange,
  type ConformityCheckInput,
  PROCUREMENT_EVENTS,
  ProcurementService,
  type RecomputeTrigger,
  type TenderInput,
} from './procurement.service.js';

// Entities stay inside the lib. libs/schema takes the list for the DataSource; everyone else
// sees rows through read-model types (type-only: they cannot reach a repository or a relation).
export { procurementEntities } from './entities.js';
export type { BidEntity as Bid } from './entities/bid.entity.js';
export type { TenderEntity as Tender } from './entities/tender.entity.js';
