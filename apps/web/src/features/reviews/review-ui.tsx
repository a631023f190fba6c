import { Badge, Progress, Stack, Text } from '@mantine/core';
import { useT } from '../../i18n';
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
  return <ReviewProgressBar done={verdictsRecorded(submission)} total={submission.manifest.entryCount} />;
}

/** Requirements judged out of those frozen in the submission. */
export function ReviewProgressBar({ done, total }: { done: number; total: number }) {
  const t = useT();
  const pct = total ? Math.round((done / total) * 100) : 0;
  return (
    <Stack gap={2} miw={120}>
      <Text size="xs">{t('reviews.progress.verdicts', { done, total })}</Text>
      <Progress value={pct} size="sm" aria-label={t('reviews.progress.label', { done, total })} color={pct === 100 ? 'green' : 'blue'} />
    </Stack>
  );
}

export function SubmissionStatusBadge({ status }: { status: Submission['status'] }) {
  const t = useT();
  const look = SUBMISSION_STATUS[status];
  return (
    <Badge variant="light" color={look.color} data-testid="submission-status">
      {t(look.label)}
    </Badge>
  );
}

export function DecisionOutcomeBadge({ outcome, testId }: { outcome: DecisionOutcome; testId?: string }) {
  const t = useT();
  const look = DECISION_OUTCOMES[outcome];
  return (
    <Badge variant="light" color={look.color} data-testid={testId}>
      {t(look.label)}
    </Badge>
  );
}

export function DecisionStatusBadge({ status }: { status: string }) {
  const t = useT();
  return status === 'final' ? (
    <Badge variant="light" color="green">
      {t('reviews.decisionStatus.final')}
    </Badge>
  ) : status === 'withdrawn' ? (
    <Badge variant="light" color="gray">
      {t('reviews.decisionStatus.withdrawn')}
    </Badge>
  ) : (
    <Badge variant="light" color="violet">
      {t('reviews.decisionStatus.pending_confirmation')}
    </Badge>
  );
}

export function SeverityBadge({ severity }: { severity: FindingSeverity }) {
  const t = useT();
  const look = FINDING_SEVERITY[severity];
  return (
    <Badge variant="light" color={look.color}>
      {t(look.label)}
    </Badge>
  );
}

export function FindingStatusBadge({ status }: { status: FindingStatus }) {
  const t = useT();
  const look = FINDING_STATUS[status];
  return (
    <Badge variant="light" color={look.color}>
      {t(look.label)}
    </Badge>
  );
}
