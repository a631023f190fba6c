import { AccreditationBodyEntity } from './entities/accreditation-body.entity.js';
import { AccreditationEventEntity } from './entities/accreditation-event.entity.js';
import { AccreditationSettingsEntity } from './entities/accreditation-settings.entity.js';
import { AccreditationEntity } from './entities/accreditation.entity.js';

/**
 * The accreditation lib's TypeORM entities, for the one DataSource libs/schema builds. This list is the
 * only way the entity classes leave the lib: other libs and apps read accreditation data through its
 * services and read-model types, never through its repositories.
 */
export const accreditationEntities = [AccreditationBodyEntity, AccreditationEventEntity, AccreditationSettingsEntity, AccreditationEntity];
