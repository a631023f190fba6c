export * from './entities/component.entity.js';
export * from './entities/offering.entity.js';
export * from './offerings.errors.js';
export * from './offerings.module.js';
export * from './offerings.service.js';
export { offeringsEntities } from './entities.js';
export { offeringComponentIds, offeringComponents, offeringSummary, type ComponentSummary, type OfferingSummary } from './offerings.read-model.js';
