/**
 * Recognition: crosswalks as OSCAL 1.2 mapping collections (versioned, owned, approved by their
 * owner), recognition rules per market, and recognition pathways per workspace and market. The
 * procurement lib reads recognition routes for tender requirements "T or a recognised equivalent
 * in M" through the read-model functions below.
 */
export { recognitionEntities } from './entities.js';
export { COLLECTION_OWNER_KINDS, type ApprovalStatus, type CollectionOwnerKind } from './entities/mapping-collection.entity.js';
export { type ImportCollectionOptions, MappingCollectionsService, type MappingCollectionView, nameUuid } from './mapping-collections.service.js';
export {
  buildMappingCollection,
  COVERING_RELATIONSHIPS,
  type FrameworkMapping,
  MAPPING_METHODS,
  MAPPING_STATUSES,
  type MapEntry,
  type MappingCollectionModel,
  MATCHING_RATIONALES,
  OSCAL_MAPPING_VERSION,
  PARTIAL_RELATIONSHIPS,
  parseMappingCollection,
  type Relationship,
  RELATIONSHIPS,
} from './oscal/oscal-mapping.js';
export {
  type FrameworkPathway,
  PATHWAY_CSV_COLUMNS,
  type PathwayAttestation,
  type PathwayOutcome,
  pathwaysCsv,
  RecognitionPathwaysService,
  type RecognitionPathways,
} from './pathways.service.js';
export { RecognitionError, RecognitionErrorCode } from './recognition.errors.js';
export { RecognitionModule } from './recognition.module.js';
export { arrangementsOfBodies, recognitionRoutes, type RecognitionRoute } from './recognition.read-model.js';
export { type RecognitionRuleInput, RecognitionRulesService, type RecognitionRuleView } from './recognition-rules.service.js';
export { residualGaps, type ResidualGap } from './residual-gaps.js';
