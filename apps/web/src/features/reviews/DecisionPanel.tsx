import { Alert, Anchor, Button, Group, List, Paper, Radio, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatDateTime } from '../../components/format';
import { AWAITING_REVIEW, DECISION_OUTCOMES, idempotencyKey, type Decision, type DecisionOutcome, type SubmissionStatus, type Workspace } from './review-model';
import { notify } from '../../components/notify';
import { useDecision, useRefreshReview } from './review-hooks';
import { DecisionOutcomeBadge, DecisionStatusBadge } from './review-ui';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const yearsLater = (years: number) => {
  const d = new Date();
  d.setFullYear(d.getFullYear() + years);
  d.setDate(d.getDate() - 1);
  return isoDay(d);
};

/** The decision on a submission: shown to everyone, recorded and confirmed by assessors. */
export function DecisionPanel({ workspace, number, status, userId }: { workspace: Workspace; number: number; /** Unknown to observers (they see outcomes only). */ status?: SubmissionStatus; userId: string | undefined }) {
  const decision = useDecision(workspace.id, number);
  const isAssessor = workspace.myRole === 'assessor';

  return (
    <section aria-labelledby="decision-heading">
      <Title order={3} id="decision-heading" mb="sm">
        Decision
      </Title>
      {decision.isPending ? (
        <Loading label="Loading the decision" />
      ) : decision.error ? (
        <ProblemAlert error={decision.error} />
      ) : decision.data ? (
        <DecisionView workspace={workspace} number={number} decision={decision.data} userId={userId} />
      ) : isAssessor && status && AWAITING_REVIEW.includes(status) ? (
        <DecisionForm workspace={workspace} number={number} />
      ) : (
        <Text size="sm">
          {status === 'changes_requested'
            ? 'No decision: the assessors requested changes. The supplier resubmits and the review continues on the new submission.'
            : 'No decision yet. The assessors decide once the review is complete.'}
        </Text>
      )}
    </section>
  );
}

function DecisionView({ workspace, number, decision, userId }: { workspace: Workspace; number: number; decision: Decision; userId: string | undefined }) {
  const queryClient = useQueryClient();
  const refresh = useRefreshReview(workspace.id);
  const isAssessor = workspace.myRole === 'assessor';
  const mine = decision.decidedBy === userId;
  const confirm = useMutation({
    mutationFn: () => unwrap(api.POST('/v1/workspaces/{workspaceId}/submissions/{number}/decision/confirm', { params: { path: { workspaceId: workspace.id, number: number } } })),
    onSuccess: (d) => {
      queryClient.setQueryData(['decision', workspace.id, number], d);
      refresh(number);
      notify(`Submission ${number} is decided: ${DECISION_OUTCOMES[d.outcome].label.toLowerCase()}.`, { title: 'Decision confirmed' });
    },
  });
  const attestations = `/workspaces/${workspace.id}/attestations`;

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group gap="sm">
          <DecisionOutcomeBadge outcome={decision.outcome} testId="decision-outcome" />
          <DecisionStatusBadge status={decision.status} />
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Field label="Valid">
            {formatDate(decision.validFrom)} – {formatDate(decision.validUntil)}
          </Field>
          <Field label="Recorded">
            {formatDateTime(decision.createdAt)}
            {mine ? ' by you' : ''}
          </Field>
          <Field label="Final since">
            {decision.finalizedAt ? `${formatDateTime(decision.finalizedAt)}${decision.confirmedBy ? (decision.confirmedBy === userId ? ' (confirmed by you)' : ' (confirmed by a second assessor)') : ''}` : 'Not yet'}
          </Field>
        </SimpleGrid>
        <Field label="Scope statement">{decision.scopeStatement}</Field>
        {decision.conditions.length ? (
          <div>
            <Text size="sm" fw={600}>
              Conditions
            </Text>
            <List size="sm">
              {decision.conditions.map((c) => (
                <List.Item key={c}>{c}</List.Item>
              ))}
            </List>
          </div>
        ) : null}
        {decision.status === 'pending_confirmation' ? (
          <Alert color="violet" variant="light" title="Four-eyes: awaiting confirmation">
            This workspace requires a second assessor of {mine ? 'your' : 'the deciding'} organization to confirm the decision before the submission is decided.
            {isAssessor && mine ? ' You recorded it, so a colleague confirms it.' : ''}
          </Alert>
        ) : null}
        {decision.status === 'pending_confirmation' && isAssessor && !mine ? (
          <Group>
            <Button onClick={() => confirm.mutate()} loading={confirm.isPending}>
              Confirm decision
            </Button>
          </Group>
        ) : null}
        <ProblemAlert error={confirm.error} />
        {decision.status === 'final' ? (
          <Text size="sm">
            {isAssessor ? 'Next: issue the signed attestation from this decision in the ' : 'Attestations issued from this decision are listed in the '}
            <Anchor component={Link} to={attestations} fw={600}>
              Attestations tab
            </Anchor>
            .
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

function DecisionForm({ workspace, number }: { workspace: Workspace; number: number }) {
  const queryClient = useQueryClient();
  const refresh = useRefreshReview(workspace.id);
  const [outcome, setOutcome] = useState<DecisionOutcome>('conformant');
  const [scope, setScope] = useState('');
  const [validFrom, setValidFrom] = useState(() => isoDay(new Date()));
  const [validUntil, setValidUntil] = useState(() => yearsLater(3));
  const [conditions, setConditions] = useState('');
  const [key, setKey] = useState(idempotencyKey);
  const [invalid, setInvalid] = useState<ApiProblem | null>(null);

  const decide = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/v1/workspaces/{workspaceId}/submissions/{number}/decision', {
          params: { path: { workspaceId: workspace.id, number: number }, header: { 'Idempotency-Key': key } },
          body: {
            outcome,
            scopeStatement: scope.trim(),
            validFrom,
            validUntil,
            ...(outcome === 'conformant_with_conditions' ? { conditions: conditionList(conditions) } : {}),
          },
        }),
      ),
    onSuccess: (d) => {
      queryClient.setQueryData(['decision', workspace.id, number], d);
      refresh(number);
      setKey(idempotencyKey());
      notify(d.status === 'final' ? `Submission ${number}: ${DECISION_OUTCOMES[d.outcome].label.toLowerCase()}.` : 'A second assessor of your organization confirms it (four-eyes).', { title: d.status === 'final' ? 'Decision recorded' : 'Decision recorded, awaiting confirmation' });
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: { field: string; message: string }[] = [];
    if (!scope.trim()) errors.push({ field: 'scopeStatement', message: 'must not be empty' });
    if (!validFrom) errors.push({ field: 'validFrom', message: 'is required' });
    if (!validUntil) errors.push({ field: 'validUntil', message: 'is required' });
    if (validFrom && validUntil && validUntil < validFrom) errors.push({ field: 'validUntil', message: 'must not be before validFrom' });
    if (outcome === 'conformant_with_conditions' && !conditionList(conditions).length) errors.push({ field: 'conditions', message: 'name at least one condition' });
    if (errors.length) {
      setInvalid(new ApiProblem({ status: 400, title: 'Check the decision', detail: `${errors.length} field${errors.length === 1 ? '' : 's'} to fix.`, errors }));
      return;
    }
    setInvalid(null);
    decide.mutate();
  };
  const fieldError = (field: string) => (invalid ?? (decide.error instanceof ApiProblem ? decide.error : null))?.fieldError(field);

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} aria-label="Record the decision">
        <Stack gap="sm">
          {workspace.fourEyes ? (
            <Alert color="blue" variant="light" title="Four-eyes workspace">
              Your decision stays pending until a second assessor of your organization confirms it.
            </Alert>
          ) : null}
          <Radio.Group label="Outcome" value={outcome} onChange={(v) => setOutcome(v as DecisionOutcome)} withAsterisk>
            <Group mt="xs">
              {(Object.keys(DECISION_OUTCOMES) as DecisionOutcome[]).map((o) => (
                <Radio key={o} value={o} label={DECISION_OUTCOMES[o].label} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea
            label="Scope statement"
            description="What the decision covers: the offering, its component versions, the markets."
            autosize
            minRows={2}
            maxLength={8000}
            withAsterisk
            value={scope}
            error={fieldError('scopeStatement')}
            onChange={(e) => setScope(e.currentTarget.value)}
          />
          <Group grow align="flex-start">
            <TextInput type="date" label="Valid from" withAsterisk value={validFrom} error={fieldError('validFrom')} onChange={(e) => setValidFrom(e.currentTarget.value)} />
            <TextInput type="date" label="Valid until" withAsterisk value={validUntil} error={fieldError('validUntil')} onChange={(e) => setValidUntil(e.currentTarget.value)} />
          </Group>
          {outcome === 'conformant_with_conditions' ? (
            <Textarea
              label="Conditions"
              description="One condition per line."
              autosize
              minRows={2}
              withAsterisk
              value={conditions}
              error={fieldError('conditions')}
              onChange={(e) => setConditions(e.currentTarget.value)}
            />
          ) : null}
          <ProblemAlert error={invalid ?? decide.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={decide.isPending}>
              Record decision
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function conditionList(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}
