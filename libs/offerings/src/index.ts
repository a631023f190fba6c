export { ComponentKind, SERVICE_CATEGORIES, ServiceCategory } from './entities/component.entity.js';
export { OfferingsError, OfferingsErrorCode } from './offerings.errors.js';
export { OfferingsModule } from './offerings.module.js';
export { type ComponentInput, OfferingsService } from './offerings.service.js';

// Entities stay inside the lib. libs/schema takes the list for the DataSource; everyone else
// sees rows through read-model types (type-only: they cannot reach a repository or a relation).
export { offeringsEntities } from './entities.js';
export type { ComponentEntity as Component } from './entities/component.entity.js';
export type { OfferingEntity as Offering } from './entities/offering.entity.js';
export {
  offeringComponentIds,
  offeringComponents,
  offeringHolder,
  offeringSummary,
  type ComponentSummary,
  type OfferingSummary,
} from './offerings.read-model.js';
export { offeringNames } from './offering-names.read-model.js';
