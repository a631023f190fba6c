/** Message ids and colours for the statuses, roles and kinds the workspace screens show (an API code never reads as itself). */
import { useCallback } from 'react';
import { messageId, useT, type MessageId } from '../../i18n';

export type Badge = { id: MessageId; color: string };

export const ORGANIZATION_KIND_LABEL: Record<string, MessageId> = {
  manufacturer: messageId('workspaces.organizationKind.manufacturer'),
  service_vendor: messageId('workspaces.organizationKind.serviceVendor'),
  assessor: messageId('workspaces.organizationKind.assessor'),
  procurer: messageId('workspaces.organizationKind.procurer'),
  accreditation_body: messageId('workspaces.organizationKind.accreditationBody'),
};

export const WORKSPACE_ROLE_LABEL: Record<string, MessageId> = {
  owner: messageId('workspaces.role.owner'),
  contributor: messageId('workspaces.role.contributor'),
  assessor: messageId('workspaces.role.assessor'),
  observer: messageId('workspaces.role.observer'),
  invited: messageId('workspaces.role.invited'),
};

export const PARTICIPANT_STATUS: Record<string, Badge> = {
  invited: { id: messageId('workspaces.participantStatus.invited'), color: 'yellow' },
  accepted: { id: messageId('workspaces.participantStatus.accepted'), color: 'green' },
  declined: { id: messageId('workspaces.participantStatus.declined'), color: 'gray' },
  removed: { id: messageId('workspaces.participantStatus.removed'), color: 'gray' },
};

export const WORKSPACE_STATUS: Record<string, Badge> = {
  active: { id: messageId('workspaces.status.active'), color: 'green' },
  archived: { id: messageId('workspaces.status.archived'), color: 'gray' },
};

export const GAP_STATUS: Record<string, Badge> = {
  covered: { id: messageId('workspaces.gapStatus.covered'), color: 'teal' },
  inherited: { id: messageId('workspaces.gapStatus.inherited'), color: 'blue' },
  gap: { id: messageId('workspaces.gapStatus.gap'), color: 'red' },
  not_applicable: { id: messageId('workspaces.gapStatus.notApplicable'), color: 'gray' },
};

export const FRESHNESS: Record<string, Badge> = {
  current: { id: messageId('workspaces.freshness.current'), color: 'green' },
  expiring: { id: messageId('workspaces.freshness.expiring'), color: 'orange' },
  expired: { id: messageId('workspaces.freshness.expired'), color: 'red' },
  no_expiry: { id: messageId('workspaces.freshness.noExpiry'), color: 'gray' },
};

export const VERDICT: Record<string, Badge> = {
  satisfied: { id: messageId('workspaces.verdict.satisfied'), color: 'green' },
  not_satisfied: { id: messageId('workspaces.verdict.notSatisfied'), color: 'red' },
  not_applicable: { id: messageId('workspaces.verdict.notApplicable'), color: 'gray' },
  needs_information: { id: messageId('workspaces.verdict.needsInformation'), color: 'yellow' },
};

export const FINDING_SEVERITY: Record<string, Badge> = {
  major_nonconformity: { id: messageId('workspaces.findingSeverity.major'), color: 'red' },
  minor_nonconformity: { id: messageId('workspaces.findingSeverity.minor'), color: 'orange' },
  observation: { id: messageId('workspaces.findingSeverity.observation'), color: 'blue' },
};

export const FINDING_STATUS: Record<string, Badge> = {
  open: { id: messageId('workspaces.findingStatus.open'), color: 'red' },
  responded: { id: messageId('workspaces.findingStatus.responded'), color: 'yellow' },
  closed: { id: messageId('workspaces.findingStatus.closed'), color: 'green' },
};

export const SUBMISSION_STATUS: Record<string, Badge> = {
  submitted: { id: messageId('workspaces.submissionStatus.submitted'), color: 'blue' },
  in_review: { id: messageId('workspaces.submissionStatus.inReview'), color: 'yellow' },
  changes_requested: { id: messageId('workspaces.submissionStatus.changesRequested'), color: 'orange' },
  decided: { id: messageId('workspaces.submissionStatus.decided'), color: 'green' },
};

/** How a crosswalk source relates to the requirement it covers. */
export const CROSSWALK_RELATION: Record<string, MessageId> = {
  equal: messageId('workspaces.relation.equal'),
  superset: messageId('workspaces.relation.superset'),
  subset: messageId('workspaces.relation.subset'),
  intersects: messageId('workspaces.relation.intersects'),
};

export const EVIDENCE_TYPE: Record<string, MessageId> = {
  sla_definition: messageId('workspaces.evidenceType.slaDefinition'),
  service_description: messageId('workspaces.evidenceType.serviceDescription'),
  audit_log: messageId('workspaces.evidenceType.auditLog'),
  training_record: messageId('workspaces.evidenceType.trainingRecord'),
  api_documentation: messageId('workspaces.evidenceType.apiDocumentation'),
  data_flow_diagram: messageId('workspaces.evidenceType.dataFlowDiagram'),
  validation_report: messageId('workspaces.evidenceType.validationReport'),
  failure_response_protocol: messageId('workspaces.evidenceType.failureResponseProtocol'),
  test_report: messageId('workspaces.evidenceType.testReport'),
  certificate: messageId('workspaces.evidenceType.certificate'),
  policy: messageId('workspaces.evidenceType.policy'),
  other: messageId('workspaces.evidenceType.other'),
};

export const COMPONENT_KIND_MESSAGE: Record<string, MessageId> = {
  hardware: messageId('workspaces.componentKind.hardware'),
  firmware: messageId('workspaces.componentKind.firmware'),
  connectivity: messageId('workspaces.componentKind.connectivity'),
  ai_service: messageId('workspaces.componentKind.aiService'),
  cloud_service: messageId('workspaces.componentKind.cloudService'),
  saas: messageId('workspaces.componentKind.saas'),
};

export const SERVICE_CATEGORY_MESSAGE: Record<string, MessageId> = {
  remote_quality_inspection: messageId('workspaces.serviceCategory.remoteQualityInspection'),
  cloud_om: messageId('workspaces.serviceCategory.cloudOm'),
  warehouse_saas: messageId('workspaces.serviceCategory.warehouseSaas'),
  predictive_maintenance: messageId('workspaces.serviceCategory.predictiveMaintenance'),
  remote_commissioning: messageId('workspaces.serviceCategory.remoteCommissioning'),
  other: messageId('workspaces.serviceCategory.other'),
};

/**
 * Words for codes the API may extend, in the reader's language: known codes get their message,
 * a code added later reads as itself (it is the API's word) until it gets one.
 */
export function useLabels() {
  const t = useT();
  const label = useCallback((table: Record<string, MessageId>, code: string): string => (table[code] ? t(table[code]) : code), [t]);
  const badge = useCallback(
    (table: Record<string, Badge>, code: string): { label: string; color: string } => {
      const b = table[code];
      return b ? { label: t(b.id), color: b.color } : { label: code, color: 'gray' };
    },
    [t],
  );
  /** Options for a picker over every known code of a table. */
  const options = useCallback((table: Record<string, MessageId>) => Object.entries(table).map(([value, id]) => ({ value, label: t(id) })), [t]);
  return { t, label, badge, options };
}
