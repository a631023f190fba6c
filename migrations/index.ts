/**
 * Every migration, in order. `npm run migration:generate -- <Name>` appends new ones;
 * a unit test fails if a file in this folder is missing here.
 */
import { Webhooks1795671714425 } from './1795671714425-Webhooks.js';
import { WebhooksRowLevelSecurity1795671714500 } from './1795671714500-WebhooksRowLevelSecurity.js';
import { Procurement1795671586623 } from './1795671586623-Procurement.js';
import { ProcurementRowLevelSecurity1795671586700 } from './1795671586700-ProcurementRowLevelSecurity.js';
import { Attestations1795671182516 } from './1795671182516-Attestations.js';
import { AttestationsRowLevelSecurity1795671182600 } from './1795671182600-AttestationsRowLevelSecurity.js';
import { Reviews1795670725651 } from './1795670725651-Reviews.js';
import { ReviewsRowLevelSecurity1795670725700 } from './1795670725700-ReviewsRowLevelSecurity.js';
import { Evidence1795669210835 } from './1795669210835-Evidence.js';
import { EvidenceRowLevelSecurity1795669210900 } from './1795669210900-EvidenceRowLevelSecurity.js';
import { OfferingsWorkspaces1795668263627 } from './1795668263627-OfferingsWorkspaces.js';
import { WorkspaceRowLevelSecurity1795668263700 } from './1795668263700-WorkspaceRowLevelSecurity.js';
import { CatalogBuiltInContent1795668056100 } from './1795668056100-CatalogBuiltInContent.js';
import { CatalogFrameworks1795668055997 } from './1795668055997-CatalogFrameworks.js';
import { CatalogRowLevelSecurity1795668056000 } from './1795668056000-CatalogRowLevelSecurity.js';
import { Identity1795667329105 } from './1795667329105-Identity.js';
import { RowLevelSecurity1795667400000 } from './1795667400000-RowLevelSecurity.js';
import { IdempotencyKeys1795671900000 } from './1795671900000-IdempotencyKeys.js';
import { AuditStreamHead1795672000000 } from './1795672000000-AuditStreamHead.js';
import { Accreditation1795673000000 } from './1795673000000-Accreditation.js';
import { DecisionScope1795673100000 } from './1795673100000-DecisionScope.js';
import { AttestationScopeSupersession1795673200000 } from './1795673200000-AttestationScopeSupersession.js';
import { ProcurementComplianceBasis1795673300000 } from './1795673300000-ProcurementComplianceBasis.js';
import { UpdatePoliciesWithCheck1795673500000 } from './1795673500000-UpdatePoliciesWithCheck.js';
import { SeedSteps1795674000000 } from './1795674000000-SeedSteps.js';
import { ForeignKeys1795674100000 } from './1795674100000-ForeignKeys.js';
import { EvidenceStorageKeys1795674500000 } from './1795674500000-EvidenceStorageKeys.js';
import { WorkspaceAuditProjection1795674600000 } from './1795674600000-WorkspaceAuditProjection.js';
import { OutboxRelayLease1795675100000 } from './1795675100000-OutboxRelayLease.js';
import { AuditCheckpoints1795675200000 } from './1795675200000-AuditCheckpoints.js';
import { AuditCheckpointsDueSkipScan1795675200100 } from './1795675200100-AuditCheckpointsDueSkipScan.js';
import { SignupConfirmation1795675300000 } from './1795675300000-SignupConfirmation.js';
import { SignupRequestsKeepLess1795675300100 } from './1795675300100-SignupRequestsKeepLess.js';
import { EvidenceFreshnessRule1795675400000 } from './1795675400000-EvidenceFreshnessRule.js';
import { AccreditedInOnePlace1795675400100 } from './1795675400100-AccreditedInOnePlace.js';
import { EvidencePoliciesOncePerStatement1795675500000 } from './1795675500000-EvidencePoliciesOncePerStatement.js';
import { ServiceLevels1795681000000 } from './1795681000000-ServiceLevels.js';
import { ServiceLevelsRowLevelSecurity1795681000100 } from './1795681000100-ServiceLevelsRowLevelSecurity.js';
import { Recognition1795682000000 } from './1795682000000-Recognition.js';
import { RecognitionRowLevelSecurity1795682000100 } from './1795682000100-RecognitionRowLevelSecurity.js';
import { ForeignCredentials1795683000000 } from './1795683000000-ForeignCredentials.js';
import { FrameworkVersions1795683100000 } from './1795683100000-FrameworkVersions.js';
import { OscalFidelity1795684000000 } from './1795684000000-OscalFidelity.js';
import { Personnel1795685000000 } from './1795685000000-Personnel.js';
import { PersonnelRowLevelSecurity1795685000100 } from './1795685000100-PersonnelRowLevelSecurity.js';
import { UserLocale1795687000000 } from './1795687000000-UserLocale.js';
import { CatalogTranslations1795688000000 } from './1795688000000-CatalogTranslations.js';
import { SupplierTrustPage1795689000000 } from './1795689000000-SupplierTrustPage.js';
import { BidDisplayNames1795690000000 } from './1795690000000-BidDisplayNames.js';
import { AuditDisplayNames1795693000000 } from './1795693000000-AuditDisplayNames.js';
import { BidServiceLevelRelied1795694000000 } from './1795694000000-BidServiceLevelRelied.js';
import { PendingSupersession1795695000000 } from './1795695000000-PendingSupersession.js';
import { SubmissionAttested1795696000000 } from './1795696000000-SubmissionAttested.js';
import { EvidenceInEffect1795697000000 } from './1795697000000-EvidenceInEffect.js';
import { ForeignCredentialHolder1795698000000 } from './1795698000000-ForeignCredentialHolder.js';
import { BidsOfSupplier1795699000000 } from './1795699000000-BidsOfSupplier.js';
import { DirectoryAccreditationValidity1795699500000 } from './1795699500000-DirectoryAccreditationValidity.js';
import { DeclaredObjectivesForBuyers1795699600000 } from './1795699600000-DeclaredObjectivesForBuyers.js';
import { ActorPerson1795700000000 } from './1795700000000-ActorPerson.js';
import { OneLiveParticipation1795700100000 } from './1795700100000-OneLiveParticipation.js';
import { MemberSessionsEnd1795700200000 } from './1795700200000-MemberSessionsEnd.js';
import { BidsOnOfferings1795700300000 } from './1795700300000-BidsOnOfferings.js';
import { RosterFactsForParties1795700400000 } from './1795700400000-RosterFactsForParties.js';
import { BidsStaleByVersion1795700500000 } from './1795700500000-BidsStaleByVersion.js';
import { OverdueConditions1795700600000 } from './1795700600000-OverdueConditions.js';
import { PersonMailForgotten1795700700000 } from './1795700700000-PersonMailForgotten.js';
import { FormerMemberNames1795700800000 } from './1795700800000-FormerMemberNames.js';
import { ForeignConformanceOnly1795700900000 } from './1795700900000-ForeignConformanceOnly.js';
import { ConditionDueDates1795701000000 } from './1795701000000-ConditionDueDates.js';
import { ForeignAssessedItems1795701100000 } from './1795701100000-ForeignAssessedItems.js';
import { CompetenceFactsDistinctHolders1795701500000 } from './1795701500000-CompetenceFactsDistinctHolders.js';
import { OfferingHolder1795702000000 } from './1795702000000-OfferingHolder.js';
import { SubmissionMarkets1795702100000 } from './1795702100000-SubmissionMarkets.js';
import { SubmissionFourEyes1795702200000 } from './1795702200000-SubmissionFourEyes.js';
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [
  Identity1795667329105,
  RowLevelSecurity1795667400000,
  CatalogFrameworks1795668055997,
  CatalogRowLevelSecurity1795668056000,
  CatalogBuiltInContent1795668056100,
  OfferingsWorkspaces1795668263627,
  WorkspaceRowLevelSecurity1795668263700,
  Evidence1795669210835,
  EvidenceRowLevelSecurity1795669210900,
  Reviews1795670725651,
  ReviewsRowLevelSecurity1795670725700,
  Attestations1795671182516,
  AttestationsRowLevelSecurity1795671182600,
  Procurement1795671586623,
  ProcurementRowLevelSecurity1795671586700,
  Webhooks1795671714425,
  WebhooksRowLevelSecurity1795671714500,
  IdempotencyKeys1795671900000,
  AuditStreamHead1795672000000,
  Accreditation1795673000000,
  DecisionScope1795673100000,
  AttestationScopeSupersession1795673200000,
  ProcurementComplianceBasis1795673300000,
  UpdatePoliciesWithCheck1795673500000,
  SeedSteps1795674000000,
  ForeignKeys1795674100000,
  EvidenceStorageKeys1795674500000,
  WorkspaceAuditProjection1795674600000,
  OutboxRelayLease1795675100000,
  AuditCheckpoints1795675200000,
  AuditCheckpointsDueSkipScan1795675200100,
  SignupConfirmation1795675300000,
  SignupRequestsKeepLess1795675300100,
  EvidenceFreshnessRule1795675400000,
  AccreditedInOnePlace1795675400100,
  EvidencePoliciesOncePerStatement1795675500000,
  ServiceLevels1795681000000,
  ServiceLevelsRowLevelSecurity1795681000100,
  Recognition1795682000000,
  RecognitionRowLevelSecurity1795682000100,
  ForeignCredentials1795683000000,
  FrameworkVersions1795683100000,
  OscalFidelity1795684000000,
  Personnel1795685000000,
  PersonnelRowLevelSecurity1795685000100,
  UserLocale1795687000000,
  CatalogTranslations1795688000000,
  SupplierTrustPage1795689000000,
  BidDisplayNames1795690000000,
  AuditDisplayNames1795693000000,
  BidServiceLevelRelied1795694000000,
  PendingSupersession1795695000000,
  SubmissionAttested1795696000000,
  EvidenceInEffect1795697000000,
  ForeignCredentialHolder1795698000000,
  BidsOfSupplier1795699000000,
  DirectoryAccreditationValidity1795699500000,
  DeclaredObjectivesForBuyers1795699600000,
  ActorPerson1795700000000,
  OneLiveParticipation1795700100000,
  MemberSessionsEnd1795700200000,
  BidsOnOfferings1795700300000,
  RosterFactsForParties1795700400000,
  BidsStaleByVersion1795700500000,
  OverdueConditions1795700600000,
  PersonMailForgotten1795700700000,
  FormerMemberNames1795700800000,
  ForeignConformanceOnly1795700900000,
  ConditionDueDates1795701000000,
  ForeignAssessedItems1795701100000,
  CompetenceFactsDistinctHolders1795701500000,
  OfferingHolder1795702000000,
  SubmissionMarkets1795702100000,
  SubmissionFourEyes1795702200000,
];
