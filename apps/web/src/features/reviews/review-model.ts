import type { Schemas } from '../../api/client';
import { messageId, type MessageId } from '../../i18n';

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
  /** The name in the reader's language (never the API's code). */
  label: MessageId;
  color: string;
}

/** Colours are used with variant "light" (the theme keeps its text at AA contrast). */
export const SUBMISSION_STATUS: Record<SubmissionStatus, Look> = {
  submitted: { label: messageId('reviews.submissionStatus.submitted'), color: 'blue' },
  in_review: { label: messageId('reviews.submissionStatus.in_review'), color: 'indigo' },
  changes_requested: { label: messageId('reviews.submissionStatus.changes_requested'), color: 'red' },
  decided: { label: messageId('reviews.submissionStatus.decided'), color: 'green' },
};

/** The submission statuses in which assessors still work on a submission. */
export const AWAITING_REVIEW: readonly SubmissionStatus[] = ['submitted', 'in_review'];

export interface OutcomeOption extends Look {
  value: VerdictOutcome;
  /** The keyboard shortcut in the verdict grid. */
  key: string;
  /** What the shortcut does, in the legend above the grid. */
  shortcut: MessageId;
}

/** The API's verdict outcomes (VERDICT_OUTCOMES), each with its shortcut key. */
export const VERDICT_OUTCOMES: readonly OutcomeOption[] = [
  {
    value: 'satisfied',
    label: messageId('reviews.verdict.satisfied'),
    shortcut: messageId('reviews.verdictGrid.legend.satisfied'),
    color: 'green',
    key: 's',
  },
  {
    value: 'not_satisfied',
    label: messageId('reviews.verdict.not_satisfied'),
    shortcut: messageId('reviews.verdictGrid.legend.not_satisfied'),
    color: 'red',
    key: 'n',
  },
  {
    value: 'not_applicable',
    label: messageId('reviews.verdict.not_applicable'),
    shortcut: messageId('reviews.verdictGrid.legend.not_applicable'),
    color: 'gray',
    key: 'a',
  },
  {
    value: 'needs_information',
    label: messageId('reviews.verdict.needs_information'),
    shortcut: messageId('reviews.verdictGrid.legend.needs_information'),
    color: 'violet',
    key: 'i',
  },
];

export const outcomeLook = (o: VerdictOutcome): OutcomeOption => VERDICT_OUTCOMES.find((x) => x.value === o)!;

export const DECISION_OUTCOMES: Record<DecisionOutcome, Look> = {
  conformant: { label: messageId('reviews.outcome.conformant'), color: 'green' },
  conformant_with_conditions: { label: messageId('reviews.outcome.conformant_with_conditions'), color: 'cyan' },
  nonconformant: { label: messageId('reviews.outcome.nonconformant'), color: 'red' },
};

export const FINDING_SEVERITY: Record<FindingSeverity, Look> = {
  major_nonconformity: { label: messageId('reviews.severity.major_nonconformity'), color: 'red' },
  minor_nonconformity: { label: messageId('reviews.severity.minor_nonconformity'), color: 'pink' },
  observation: { label: messageId('reviews.severity.observation'), color: 'blue' },
};

export const FINDING_STATUS: Record<FindingStatus, Look> = {
  open: { label: messageId('reviews.findingStatus.open'), color: 'red' },
  responded: { label: messageId('reviews.findingStatus.responded'), color: 'violet' },
  closed: { label: messageId('reviews.findingStatus.closed'), color: 'green' },
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
