import type { Schemas } from '../../api/client';

export type Submission = Schemas['SubmissionDto'];
export type SubmissionStatus = Submission['status'];
export type SubmissionEntry = Schemas['SubmissionEntryDto'];
export type ManifestEvidence = Schemas['ManifestEvidenceDto'];
export type Verdict = Schemas['VerdictDto'];
export type VerdictOutcome = Verdict['outcome'];
export type Finding = Schemas['FindingDto'];
export type FindingDetail = Schemas['FindingDetailDto'];
export type FindingSeverity = Finding['severity'];
export type FindingStatus = Finding['status'];
export type Decision = Schemas['DecisionDto'];
export type DecisionReadiness = Schemas['DecisionReadinessDto'];
export type DecisionOutcome = Decision['outcome'];
export type Workspace = Schemas['WorkspaceDto'];

interface Look {
  label: string;
  color: string;
}

/** Colours are used with variant "light" (the theme keeps its text at AA contrast). */
export const SUBMISSION_STATUS: Record<SubmissionStatus, Look> = {
  submitted: { label: 'Submitted', color: 'blue' },
  in_review: { label: 'In review', color: 'indigo' },
  changes_requested: { label: 'Changes requested', color: 'red' },
  decided: { label: 'Decided', color: 'green' },
};

/** The submission statuses in which assessors still work on a submission. */
export const AWAITING_REVIEW: readonly SubmissionStatus[] = ['submitted', 'in_review'];

export interface OutcomeOption extends Look {
  value: VerdictOutcome;
  /** The keyboard shortcut in the verdict grid. */
  key: string;
}

/** The API's verdict outcomes (VERDICT_OUTCOMES), each with its shortcut key. */
export const VERDICT_OUTCOMES: readonly OutcomeOption[] = [
  { value: 'satisfied', label: 'Satisfied', color: 'green', key: 's' },
  { value: 'not_satisfied', label: 'Not satisfied', color: 'red', key: 'n' },
  { value: 'not_applicable', label: 'Not applicable', color: 'gray', key: 'a' },
  { value: 'needs_information', label: 'Needs information', color: 'violet', key: 'i' },
];

export const outcomeLook = (o: VerdictOutcome): OutcomeOption => VERDICT_OUTCOMES.find((x) => x.value === o)!;

export const DECISION_OUTCOMES: Record<DecisionOutcome, Look> = {
  conformant: { label: 'Conformant', color: 'green' },
  conformant_with_conditions: { label: 'Conformant with conditions', color: 'cyan' },
  nonconformant: { label: 'Nonconformant', color: 'red' },
};

export const FINDING_SEVERITY: Record<FindingSeverity, Look> = {
  major_nonconformity: { label: 'Major nonconformity', color: 'red' },
  minor_nonconformity: { label: 'Minor nonconformity', color: 'pink' },
  observation: { label: 'Observation', color: 'blue' },
};

export const FINDING_STATUS: Record<FindingStatus, Look> = {
  open: { label: 'Open', color: 'red' },
  responded: { label: 'Responded', color: 'violet' },
  closed: { label: 'Closed', color: 'green' },
};

/** Verdicts recorded so far on a submission (all outcomes). */
export function verdictsRecorded(s: Submission): number {
  return Object.values(s.verdicts).reduce((n, v) => n + v, 0);
}

/** A fresh Idempotency-Key for one logical create (a retry of the same click reuses it). */
export function idempotencyKey(): string {
  return crypto.randomUUID();
}

export function frozenVersionUrl(workspaceId: string, number: number, versionId: string): string {
  return `/v1/workspaces/${encodeURIComponent(workspaceId)}/submissions/${number}/evidence/${encodeURIComponent(versionId)}/content`;
}
