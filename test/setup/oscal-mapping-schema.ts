import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A JSON schema (draft-07) for OSCAL 1.2 `mapping-collection` documents, written from the
 * Control Mapping metaschema in ../shared/data/oscal/metaschema/ (NIST publishes JSON schemas for
 * 1.2 only as release files, which are not in the shared data). The shared definitions it uses
 * (metadata, property, link, responsible-party, back-matter) are taken unchanged from the official
 * OSCAL catalog JSON schema next to it. Objects are closed (no unknown members), enumerations are
 * the metaschema's allowed values, cardinalities its min/max-occurs.
 */
export function oscalMappingCollectionSchema(dataDir: string): Record<string, unknown> {
  const catalog = JSON.parse(readFileSync(join(dataDir, 'oscal/oscal_catalog_schema.json'), 'utf8')) as { definitions: Record<string, unknown> };
  const UUID = { type: 'string', pattern: '^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$' };
  const TOKEN = { type: 'string', pattern: '^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$' };
  const STR = { type: 'string', minLength: 1 };
  const props = { type: 'array', minItems: 1, items: { $ref: '#assembly_oscal-metadata_property' } };
  const links = { type: 'array', minItems: 1, items: { $ref: '#assembly_oscal-metadata_link' } };
  const closed = (required: string[], properties: Record<string, unknown>) => ({ type: 'object', additionalProperties: false, required, properties });
  const method = { enum: ['human', 'automation', 'hybrid'] };
  const rationale = { enum: ['syntactic', 'semantic', 'functional'] };
  const status = { enum: ['complete', 'not-complete', 'draft', 'deprecated', 'superseded'] };
  const confidence = {
    oneOf: [closed(['category'], { category: STR }), closed(['percentage'], { percentage: { type: 'number' } })],
  };
  const coverage = closed(['target-coverage'], { 'generation-method': STR, 'target-coverage': { type: 'number' } });
  const resource = closed(['type', 'href'], { ns: STR, type: TOKEN, href: { type: 'string', format: 'uri-reference' }, props, links, remarks: STR });
  const item = closed(['type', 'id-ref'], { type: { enum: ['control', 'statement'] }, 'id-ref': STR, props, links, remarks: STR });
  const qualifier = closed(['subject', 'predicate', 'category', 'description'], {
    subject: { enum: ['source', 'target', 'both'] },
    predicate: { enum: ['has-requirement', 'has-incompatibility'] },
    category: { enum: ['restricted', 'addressable', 'blocked'] },
    description: STR,
    remarks: STR,
  });
  const selectControl = closed([], {
    'with-child-controls': { enum: ['yes', 'no'] },
    'with-ids': { type: 'array', minItems: 1, items: TOKEN },
    matching: { type: 'array', minItems: 1, items: closed([], { pattern: STR }) },
  });
  const gap = closed(['uuid', 'unmapped-controls'], { uuid: UUID, 'unmapped-controls': { type: 'array', minItems: 1, items: selectControl } });
  const map = closed(['uuid', 'relationship', 'sources', 'targets'], {
    uuid: UUID,
    ns: { type: 'string', format: 'uri' },
    'matching-rationale': rationale,
    relationship: { enum: ['equivalent-to', 'equal-to', 'subset-of', 'superset-of', 'intersects-with', 'no-relationship'] },
    sources: { type: 'array', minItems: 1, items: item },
    targets: { type: 'array', minItems: 1, items: item },
    qualifiers: { type: 'array', minItems: 1, items: qualifier },
    'confidence-score': confidence,
    coverage,
    props,
    links,
    remarks: STR,
  });
  const mapping = closed(['uuid', 'source-resource', 'target-resource', 'maps'], {
    uuid: UUID,
    method,
    'matching-rationale': rationale,
    status,
    'source-resource': resource,
    'target-resource': resource,
    maps: { type: 'array', minItems: 1, items: map },
    props,
    links,
    remarks: STR,
    'mapping-description': STR,
    'source-gap-summary': gap,
    'target-gap-summary': gap,
    'confidence-score': confidence,
    coverage,
  });
  const provenance = closed(['method', 'matching-rationale', 'status', 'mapping-description'], {
    method,
    'matching-rationale': rationale,
    status,
    'confidence-score': confidence,
    coverage,
    'mapping-description': STR,
    'responsible-parties': { type: 'array', minItems: 1, items: { $ref: '#assembly_oscal-metadata_responsible-party' } },
    props,
    links,
    remarks: STR,
  });
  const collection = closed(['uuid', 'metadata', 'provenance', 'mappings'], {
    uuid: UUID,
    metadata: { $ref: '#assembly_oscal-metadata_metadata' },
    provenance,
    mappings: { type: 'array', minItems: 1, items: mapping },
    'back-matter': { $ref: '#assembly_oscal-metadata_back-matter' },
  });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'http://csrc.nist.gov/ns/oscal/1.2.2/oscal-mapping-schema.json',
    definitions: catalog.definitions,
    type: 'object',
    additionalProperties: false,
    required: ['mapping-collection'],
    properties: { 'mapping-collection': collection },
  };
}
