import { ComponentEntity } from './entities/component.entity.js';
import { OfferingEntity } from './entities/offering.entity.js';

/**
 * The offerings lib's TypeORM entities, for the one DataSource libs/schema builds. This list is the
 * only way the entity classes leave the lib: other libs and apps read offerings data through its
 * services and read-model types, never through its repositories.
 */
export const offeringsEntities = [ComponentEntity, OfferingEntity];
