import { Badge, Progress, Stack, Text } from '@mantine/core';
import {
  DECISION_OUTCOMES,
  FINDING_SEVERITY,
  FINDING_STATUS,
  SUBMISSION_STATUS,
  verdictsRecorded,
  type DecisionOutcome,
  type FindingSeverity,
  type FindingStatus,
  type Submission,
} from './review-model';

export function ReviewProgress({ submission }: { submission: Submission }) {
  const done = verdictsRecorded(submission);
  const total = submission.manifest.entryCount;
  const pct = total ? Math.round((done / total) * 100) : 0;
  return (
    <Stack gap={2} miw={120}>
      <Text size="xs">
        {done} / {total} verdicts
      </Text>
      <Progress value={pct} size="sm" aria-label={`${done} of ${total} requirements judged`} color={pct === 100 ? 'green' : 'blue'} />
    </Stack>
  );
}

export function SubmissionStatusBadge({ status }: { status: Submission['status'] }) {
  const look = SUBMISSION_STATUS[status];
  return (
    <Badge variant="light" color={look.color} data-testid="submission-status">
      {look.label}
    </Badge>
  );
}

export function DecisionOutcomeBadge({ outcome, testId }: { outcome: DecisionOutcome; testId?: string }) {
  const look = DECISION_OUTCOMES[outcome];
  return (
    <Badge variant="light" color={look.color} data-testid={testId}>
      {look.label}
    </Badge>
  );
}

export function DecisionStatusBadge({ status }: { status: string }) {
  return status === 'final' ? (
    <Badge variant="light" color="green">
      Final
    </Badge>
  ) : (
    <Badge variant="light" color="violet">
      Awaiting confirmation
    </Badge>
  );
}

export function SeverityBadge({ severity }: { severity: FindingSeverity }) {
  const look = FINDING_SEVERITY[severity];
  return (
    <Badge variant="light" color={look.color}>
      {look.label}
    </Badge>
  );
}

export function FindingStatusBadge({ status }: { status: FindingStatus }) {
  const look = FINDING_STATUS[status];
  return (
    <Badge variant="light" color={look.color}>
      {look.label}
    </Badge>
  );
}
