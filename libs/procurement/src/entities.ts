import { BidEntity } from './entities/bid.entity.js';
import { TenderEntity } from './entities/tender.entity.js';

/**
 * The procurement lib's TypeORM entities, for the one DataSource libs/schema builds. This list is the
 * only way the entity classes leave the lib: other libs and apps read procurement data through its
 * services and read-model types, never through its repositories.
 */
export const procurementEntities = [BidEntity, TenderEntity];
