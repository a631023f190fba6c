import { FrameworkEntity } from './entities/framework.entity.js';
import { MappingEntity } from './entities/mapping.entity.js';
import { FrameworkOscalDocumentEntity, RequirementOscalStructureEntity } from './entities/oscal-structure.entity.js';
import { RequirementEntity } from './entities/requirement.entity.js';
import { FrameworkTranslationEntity, RequirementTranslationEntity } from './entities/translation.entity.js';

/**
 * The catalog lib's TypeORM entities, for the one DataSource libs/schema builds. This list is the
 * only way the entity classes leave the lib: other libs and apps read catalog data through its
 * services and read-model types, never through its repositories.
 */
export const catalogEntities = [
  FrameworkEntity,
  MappingEntity,
  RequirementEntity,
  FrameworkOscalDocumentEntity,
  RequirementOscalStructureEntity,
  FrameworkTranslationEntity,
  RequirementTranslationEntity,
];
