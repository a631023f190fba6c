import { MappingCollectionEntryEntity } from './entities/mapping-collection-entry.entity.js';
import { MappingCollectionEntity } from './entities/mapping-collection.entity.js';
import { RecognitionRuleEntity } from './entities/recognition-rule.entity.js';

/** The recognition lib's TypeORM entities, for the one DataSource libs/schema builds. */
export const recognitionEntities = [MappingCollectionEntity, MappingCollectionEntryEntity, RecognitionRuleEntity];
