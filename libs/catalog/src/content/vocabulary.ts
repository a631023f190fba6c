/**
 * The evidence types and component kinds that built-in requirements refer to. They
 * are the values of DESIGN.md's glossary; the evidence and offerings libs store the
 * same strings, so these lists must change together with theirs.
 */
export const EVIDENCE_TYPES = [
  'sla_definition',
  'service_description',
  'audit_log',
  'training_record',
  'api_documentation',
  'data_flow_diagram',
  'validation_report',
  'failure_response_protocol',
  'test_report',
  'certificate',
  'policy',
  'other',
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

export const COMPONENT_KINDS = ['hardware', 'firmware', 'connectivity', 'ai_service', 'cloud_service', 'saas'] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];
