import type { Schemas } from '../../api/client';

export type Evidence = Schemas['EvidenceDto'];
export type EvidenceDetail = Schemas['EvidenceDetailDto'];
export type EvidenceVersion = Schemas['EvidenceVersionDto'];
export type EvidenceLink = Schemas['EvidenceLinkDto'];
export type EvidenceType = Evidence['type'];
export type Confidentiality = Evidence['confidentiality'];

export const EVIDENCE_TYPE_LABELS: Record<EvidenceType, string> = {
  sla_definition: 'SLA definition',
  service_description: 'Service description',
  audit_log: 'Audit log',
  training_record: 'Training record',
  api_documentation: 'API documentation',
  data_flow_diagram: 'Data-flow diagram',
  validation_report: 'Validation report',
  failure_response_protocol: 'Failure-response protocol',
  test_report: 'Test report',
  certificate: 'Certificate',
  policy: 'Policy',
  other: 'Other',
};

export const EVIDENCE_TYPE_OPTIONS = (Object.keys(EVIDENCE_TYPE_LABELS) as EvidenceType[]).map((value) => ({ value, label: EVIDENCE_TYPE_LABELS[value] }));

export const CONFIDENTIALITY_LABELS: Record<Confidentiality, string> = {
  public: 'Public',
  internal: 'Internal',
  confidential: 'Confidential',
  restricted: 'Restricted',
};

export const CONFIDENTIALITY_OPTIONS = (Object.keys(CONFIDENTIALITY_LABELS) as Confidentiality[]).map((value) => ({
  value,
  label: CONFIDENTIALITY_LABELS[value],
}));

export function isEvidenceType(value: string | null): value is EvidenceType {
  return value !== null && value in EVIDENCE_TYPE_LABELS;
}

export function isConfidentiality(value: string | null): value is Confidentiality {
  return value !== null && value in CONFIDENTIALITY_LABELS;
}

/** Workspace roles whose organizations add and change evidence (contributors for their own components). */
export const EVIDENCE_WRITER_ROLES = ['owner', 'contributor'];

/** Today as YYYY-MM-DD in the user's time zone, for date inputs. */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The first characters of a hex digest, for tables; the full value goes in a title. */
export function shortHash(sha256: string): string {
  return sha256.length > 12 ? `${sha256.slice(0, 12)}…` : sha256;
}

/** Query keys shared by the evidence screens, so an upload or edit refreshes both. */
export const evidenceKeys = {
  list: (workspaceId: string) => ['evidence', workspaceId, 'list'] as const,
  detail: (workspaceId: string, evidenceId: string) => ['evidence', workspaceId, 'detail', evidenceId] as const,
};
