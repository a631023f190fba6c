import type { Schemas } from '../../api/client';
import type { MessageId } from '../../i18n';

export type Evidence = Schemas['EvidenceDto'];
/** A row of the evidence list: the item with its current version inline. */
export type EvidenceListItem = Schemas['EvidenceListItemDto'];
export type EvidenceDetail = Schemas['EvidenceDetailDto'];
export type EvidenceVersion = Schemas['EvidenceVersionDto'];
export type EvidenceLink = Schemas['EvidenceLinkDto'];
export type EvidenceType = Evidence['type'];
export type Confidentiality = Evidence['confidentiality'];

/** Each evidence type by its message: map every API value, never show the code. */
export const EVIDENCE_TYPE_LABELS: Record<EvidenceType, MessageId> = {
  sla_definition: 'evidence.type.sla_definition',
  service_description: 'evidence.type.service_description',
  audit_log: 'evidence.type.audit_log',
  training_record: 'evidence.type.training_record',
  api_documentation: 'evidence.type.api_documentation',
  data_flow_diagram: 'evidence.type.data_flow_diagram',
  validation_report: 'evidence.type.validation_report',
  failure_response_protocol: 'evidence.type.failure_response_protocol',
  test_report: 'evidence.type.test_report',
  certificate: 'evidence.type.certificate',
  policy: 'evidence.type.policy',
  other: 'evidence.type.other',
};

export const CONFIDENTIALITY_LABELS: Record<Confidentiality, MessageId> = {
  public: 'evidence.confidentiality.public',
  internal: 'evidence.confidentiality.internal',
  confidential: 'evidence.confidentiality.confidential',
  restricted: 'evidence.confidentiality.restricted',
};

type Translate = (id: MessageId) => string;

/** The types for a select, in the reader's language. */
export function evidenceTypeOptions(t: Translate): { value: EvidenceType; label: string }[] {
  return (Object.keys(EVIDENCE_TYPE_LABELS) as EvidenceType[]).map((value) => ({ value, label: t(EVIDENCE_TYPE_LABELS[value]) }));
}

/** The confidentiality levels for a select, in the reader's language. */
export function confidentialityOptions(t: Translate): { value: Confidentiality; label: string }[] {
  return (Object.keys(CONFIDENTIALITY_LABELS) as Confidentiality[]).map((value) => ({ value, label: t(CONFIDENTIALITY_LABELS[value]) }));
}

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
