/** Words and colours for the statuses and roles the workspace screens show. */

export const ORGANIZATION_KIND_LABEL: Record<string, string> = {
  manufacturer: 'Manufacturer',
  service_vendor: 'Service vendor',
  assessor: 'Assessor',
  procurer: 'Procurer',
  accreditation_body: 'Accreditation body',
};

export const WORKSPACE_ROLE_LABEL: Record<string, string> = {
  owner: 'Owner',
  contributor: 'Contributor',
  assessor: 'Assessor',
  observer: 'Observer',
  invited: 'Invited',
};

export const PARTICIPANT_STATUS: Record<string, { label: string; color: string }> = {
  invited: { label: 'Invited', color: 'yellow' },
  accepted: { label: 'Accepted', color: 'green' },
  declined: { label: 'Declined', color: 'gray' },
  removed: { label: 'Removed', color: 'gray' },
};

export const WORKSPACE_STATUS: Record<string, { label: string; color: string }> = {
  active: { label: 'Active', color: 'green' },
  archived: { label: 'Archived', color: 'gray' },
};

export const GAP_STATUS: Record<string, { label: string; color: string }> = {
  covered: { label: 'Covered', color: 'teal' },
  inherited: { label: 'Inherited', color: 'blue' },
  gap: { label: 'Gap', color: 'red' },
  not_applicable: { label: 'Not applicable', color: 'gray' },
};

export const FRESHNESS: Record<string, { label: string; color: string }> = {
  current: { label: 'Current', color: 'green' },
  expiring: { label: 'Expiring soon', color: 'orange' },
  expired: { label: 'Expired', color: 'red' },
  no_expiry: { label: 'No expiry', color: 'gray' },
};

export const VERDICT: Record<string, { label: string; color: string }> = {
  satisfied: { label: 'Satisfied', color: 'green' },
  not_satisfied: { label: 'Not satisfied', color: 'red' },
  not_applicable: { label: 'Not applicable', color: 'gray' },
  needs_information: { label: 'Needs information', color: 'yellow' },
};

export const FINDING_SEVERITY: Record<string, { label: string; color: string }> = {
  major_nonconformity: { label: 'Major nonconformity', color: 'red' },
  minor_nonconformity: { label: 'Minor nonconformity', color: 'orange' },
  observation: { label: 'Observation', color: 'blue' },
};

export const FINDING_STATUS: Record<string, { label: string; color: string }> = {
  open: { label: 'Open', color: 'red' },
  responded: { label: 'Responded', color: 'yellow' },
  closed: { label: 'Closed', color: 'green' },
};

export const SUBMISSION_STATUS: Record<string, { label: string; color: string }> = {
  submitted: { label: 'Submitted', color: 'blue' },
  in_review: { label: 'In review', color: 'yellow' },
  changes_requested: { label: 'Changes requested', color: 'orange' },
  decided: { label: 'Decided', color: 'green' },
};

export const COMPONENT_KIND_LABEL: Record<string, string> = {
  hardware: 'Hardware',
  firmware: 'Firmware',
  connectivity: 'Connectivity',
  ai_service: 'AI service',
  cloud_service: 'Cloud service',
  saas: 'SaaS',
};

export const SERVICE_CATEGORY_LABEL: Record<string, string> = {
  remote_quality_inspection: 'Remote quality inspection',
  cloud_om: 'Cloud O&M',
  warehouse_saas: 'Warehouse SaaS',
  predictive_maintenance: 'Predictive maintenance',
  remote_commissioning: 'Remote commissioning',
  other: 'Other',
};

/** A label for a code the API may extend: known codes get words, new ones read as themselves. */
export function labelOf(table: Record<string, string>, code: string): string {
  return table[code] ?? code.replace(/_/g, ' ');
}

export function badgeOf(table: Record<string, { label: string; color: string }>, code: string): { label: string; color: string } {
  return table[code] ?? { label: code.replace(/_/g, ' '), color: 'gray' };
}
