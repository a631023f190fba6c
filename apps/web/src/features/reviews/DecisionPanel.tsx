import { Alert, Anchor, Badge, Button, Checkbox, Group, List, Paper, Radio, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatDateTime } from '../../components/format';
import { allPages } from '../../api/all-pages';
import {
  AWAITING_REVIEW,
  DECISION_OUTCOMES,
  idempotencyKey,
  type Decision,
  type DecisionOutcome,
  type DecisionReadiness,
  type SubmissionStatus,
  type Workspace,
} from './review-model';
import { notify } from '../../components/notify';
import { useDecision, useDecisionReadiness, useFrameworkNames, useRefreshReview } from './review-hooks';
import { DecisionOutcomeBadge, DecisionStatusBadge } from './review-ui';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const daysLater = (days: number) => isoDay(new Date(Date.now() + days * 86_400_000));
const yearsLater = (years: number) => {
  const d = new Date();
  d.setFullYear(d.getFullYear() + years);
  d.setDate(d.getDate() - 1);
  return isoDay(d);
};

/** The decision on a submission: shown to everyone, recorded and confirmed by assessors. */
export function DecisionPanel({
  workspace,
  number,
  status,
  userId,
}: {
  workspace: Workspace;
  number: number;
  /** Unknown to observers (they see outcomes only). */ status?: SubmissionStatus;
  userId: string | undefined;
}) {
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
        <Stack gap="sm">
          <ReadinessSummary workspace={workspace} number={number} />
          {status === 'submitted' ? (
            <Alert color="blue" variant="light" title="Start the review first">
              Decisions are taken on a submission in review. Recording the first verdict starts the review.
            </Alert>
          ) : (
            <DecisionForm workspace={workspace} number={number} />
          )}
        </Stack>
      ) : workspace.myRole === 'owner' && status && AWAITING_REVIEW.includes(status) ? (
        <ReadinessSummary workspace={workspace} number={number} />
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
    mutationFn: () =>
      unwrap(
        api.POST('/v1/workspaces/{workspaceId}/submissions/{number}/decision/confirm', { params: { path: { workspaceId: workspace.id, number: number } } }),
      ),
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
            {decision.finalizedAt
              ? `${formatDateTime(decision.finalizedAt)}${decision.confirmedBy ? (decision.confirmedBy === userId ? ' (confirmed by you)' : ' (confirmed by a second assessor)') : ''}`
              : 'Not yet'}
          </Field>
        </SimpleGrid>
        <Field label="Scope statement">{decision.scopeStatement}</Field>
        <ScopeView scope={decision.scope} />
        {decision.conditionDetails.length ? (
          <div data-testid="decision-conditions">
            <Text size="sm" fw={600}>
              Conditions
            </Text>
            <List size="sm">
              {decision.conditionDetails.map((c, i) => (
                <List.Item key={`${i}-${c.text}`}>
                  {c.text}
                  {c.dueDate ? ` — due ${formatDate(c.dueDate)}` : ''}
                  {c.findingId ? ` (rests on finding ${c.findingId.slice(0, 8)})` : ''}
                </List.Item>
              ))}
            </List>
          </div>
        ) : null}
        {decision.compatibleRanges.length ? (
          <Field label="Compatible component versions">{decision.compatibleRanges.map((r) => r.range).join('; ')}</Field>
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

function ScopeView({ scope }: { scope: Decision['scope'] }) {
  const frameworks = useFrameworkNames();
  const name = (id: string) => {
    const f = frameworks.data?.get(id);
    return f ? `${f.code} ${f.version}` : id.slice(0, 8);
  };
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" data-testid="decision-scope">
      <Field label="Frameworks in scope">{scope.frameworkIds.map(name).join(', ')}</Field>
      <Field label="Markets in scope">{scope.markets.join(', ')}</Field>
    </SimpleGrid>
  );
}

const refs = (c: DecisionReadiness['unjudged']) => c.first.map((x) => x.ref).join(', ') + (c.count > c.first.length ? ', …' : '');

/** What a positive decision still lacks: unjudged, not satisfied, needs information, open major findings. */
function ReadinessSummary({ workspace, number }: { workspace: Workspace; number: number }) {
  const readiness = useDecisionReadiness(workspace.id, number);
  if (readiness.isPending) return <Loading label="Checking decision readiness" />;
  if (readiness.error) return <ProblemAlert error={readiness.error} title="Decision readiness could not be read" />;
  const r = readiness.data;
  const rows: { label: string; count: number; detail: string }[] = [
    { label: 'Unjudged applicable requirements', count: r.unjudged.count, detail: refs(r.unjudged) },
    { label: 'Not applicable without justification', count: r.notApplicableWithoutJustification.count, detail: refs(r.notApplicableWithoutJustification) },
    { label: 'Not satisfied', count: r.notSatisfied.count, detail: refs(r.notSatisfied) },
    { label: 'Needs information', count: r.needsInformation.count, detail: refs(r.needsInformation) },
    { label: 'Open major findings', count: r.openMajorFindings.count, detail: '' },
  ];
  return (
    <Paper withBorder p="md" radius="md" data-testid="decision-readiness" data-ready={r.ready ? 'true' : 'false'}>
      <Stack gap="xs">
        <Group gap="sm">
          <Text fw={600}>Decision readiness</Text>
          <Badge variant="light" color={r.ready ? 'green' : r.readyWithConditions ? 'yellow' : 'red'}>
            {r.ready ? 'Ready for a positive decision' : r.readyWithConditions ? 'Positive only with conditions' : 'Not ready for a positive decision'}
          </Badge>
        </Group>
        <Text size="sm">
          {r.judged} of {r.applicable} applicable requirements judged in submission {r.submissionNumber}.
        </Text>
        <List size="sm" spacing={2}>
          {rows.map((row) => (
            <List.Item key={row.label} data-testid={`readiness-${row.label.toLowerCase().replace(/[^a-z]+/g, '-')}`}>
              {row.label}: <strong>{row.count}</strong>
              {row.count && row.detail ? ` (${row.detail})` : ''}
            </List.Item>
          ))}
        </List>
        {!r.ready ? (
          <Text size="sm" c="dimmed">
            A conformant decision needs a verdict on every applicable requirement (not applicable with a justification), nothing not satisfied or needing
            information, and no open major finding. Conformant with conditions accepts not satisfied / needs information where a condition rests on a finding of
            that requirement.
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

interface ConditionDraft {
  text: string;
  dueDate: string;
  findingId: string | null;
}

function DecisionForm({ workspace, number }: { workspace: Workspace; number: number }) {
  const queryClient = useQueryClient();
  const refresh = useRefreshReview(workspace.id);
  const [outcome, setOutcome] = useState<DecisionOutcome>('conformant');
  const [scope, setScope] = useState('');
  const [validFrom, setValidFrom] = useState(() => isoDay(new Date()));
  const [validUntil, setValidUntil] = useState(() => yearsLater(3));
  const [conditions, setConditions] = useState<ConditionDraft[]>([{ text: '', dueDate: daysLater(90), findingId: null }]);
  const [frameworkIds, setFrameworkIds] = useState<string[]>(() => [...workspace.frameworkIds]);
  const [markets, setMarkets] = useState<string[]>(() => [...workspace.targetMarkets]);
  const frameworks = useFrameworkNames();
  const findings = useQuery({
    queryKey: ['findings', workspace.id, 'for-conditions'],
    queryFn: () =>
      allPages(
        (cursor) =>
          unwrap(api.GET('/v1/workspaces/{workspaceId}/findings', { params: { path: { workspaceId: workspace.id }, query: { limit: 200, cursor } } })),
        10,
      ),
  });
  const findingOptions = (findings.data ?? []).map((f) => ({ value: f.id, label: `${f.title} (${f.severity.replace('_', ' ')}, ${f.status})` }));
  const setCondition = (i: number, patch: Partial<ConditionDraft>) => setConditions((old) => old.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  // The components the submission froze: the assessor may accept a version range for each.
  const submission = useQuery({
    queryKey: ['submission', workspace.id, number],
    queryFn: () => unwrap(api.GET('/v1/workspaces/{workspaceId}/submissions/{number}', { params: { path: { workspaceId: workspace.id, number } } })),
  });
  const frozenComponents = submission.data?.manifest.components ?? [];
  const [ranges, setRanges] = useState<Record<string, string>>({});
  const rangeList = frozenComponents.filter((c) => ranges[c.id]?.trim()).map((c) => ({ componentId: c.id, range: ranges[c.id]!.trim() }));
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
            scope: { frameworkIds, markets },
            ...(rangeList.length ? { compatibleRanges: rangeList } : {}),
            ...(outcome === 'conformant_with_conditions'
              ? { conditions: conditions.map((c) => ({ text: c.text.trim(), dueDate: c.dueDate, findingId: c.findingId ?? '' })) }
              : {}),
          },
        }),
      ),
    onSuccess: (d) => {
      queryClient.setQueryData(['decision', workspace.id, number], d);
      refresh(number);
      setKey(idempotencyKey());
      notify(
        d.status === 'final'
          ? `Submission ${number}: ${DECISION_OUTCOMES[d.outcome].label.toLowerCase()}.`
          : 'A second assessor of your organization confirms it (four-eyes).',
        { title: d.status === 'final' ? 'Decision recorded' : 'Decision recorded, awaiting confirmation' },
      );
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: { field: string; message: string }[] = [];
    if (!scope.trim()) errors.push({ field: 'scopeStatement', message: 'must not be empty' });
    if (!validFrom) errors.push({ field: 'validFrom', message: 'is required' });
    if (!validUntil) errors.push({ field: 'validUntil', message: 'is required' });
    if (validFrom && validUntil && validUntil < validFrom) errors.push({ field: 'validUntil', message: 'must not be before validFrom' });
    if (!frameworkIds.length) errors.push({ field: 'scope.frameworkIds', message: 'choose at least one framework' });
    if (!markets.length) errors.push({ field: 'scope.markets', message: 'choose at least one market' });
    if (outcome === 'conformant_with_conditions') {
      if (!conditions.length) errors.push({ field: 'conditions', message: 'name at least one condition' });
      conditions.forEach((c, i) => {
        if (!c.text.trim()) errors.push({ field: `conditions[${i}].text`, message: 'is required' });
        if (!c.dueDate) errors.push({ field: `conditions[${i}].dueDate`, message: 'is required' });
        if (!c.findingId) errors.push({ field: `conditions[${i}].findingId`, message: 'choose the finding the condition rests on' });
      });
    }
    if (errors.length) {
      setInvalid(
        new ApiProblem({ status: 400, title: 'Check the decision', detail: `${errors.length} field${errors.length === 1 ? '' : 's'} to fix.`, errors }),
      );
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
            <TextInput
              type="date"
              label="Valid from"
              withAsterisk
              value={validFrom}
              error={fieldError('validFrom')}
              onChange={(e) => setValidFrom(e.currentTarget.value)}
            />
            <TextInput
              type="date"
              label="Valid until"
              withAsterisk
              value={validUntil}
              error={fieldError('validUntil')}
              onChange={(e) => setValidUntil(e.currentTarget.value)}
            />
          </Group>
          <Checkbox.Group
            label="Frameworks in scope"
            description="The attestation claims exactly these; every applicable requirement of them needs a verdict."
            value={frameworkIds}
            onChange={setFrameworkIds}
            error={fieldError('scope.frameworkIds')}
            withAsterisk
          >
            <Group mt="xs">
              {workspace.frameworkIds.map((id) => {
                const f = frameworks.data?.get(id);
                return <Checkbox key={id} value={id} label={f ? `${f.code} ${f.version} — ${f.title}` : id} />;
              })}
            </Group>
          </Checkbox.Group>
          <Checkbox.Group label="Markets in scope" value={markets} onChange={setMarkets} error={fieldError('scope.markets')} withAsterisk>
            <Group mt="xs">
              {workspace.targetMarkets.map((m) => (
                <Checkbox key={m} value={m} label={m} />
              ))}
            </Group>
          </Checkbox.Group>
          {frozenComponents.length ? (
            <Stack gap="xs" data-testid="decision-ranges-form">
              <Text size="sm" fw={500}>
                Compatible component versions (optional)
              </Text>
              <Text size="xs" c="dimmed">
                A semver range per component whose later versions you accept as assessed, e.g. &gt;=4.2.0 &lt;4.3.0. Empty: exactly the submitted version.
              </Text>
              {frozenComponents.map((c) => {
                const sent = rangeList.findIndex((r) => r.componentId === c.id);
                return (
                  <TextInput
                    key={c.id}
                    label={`${c.name} (submitted ${c.version})`}
                    placeholder={`e.g. >=${c.version}`}
                    value={ranges[c.id] ?? ''}
                    error={sent >= 0 ? (fieldError(`compatibleRanges[${sent}].range`) ?? fieldError(`compatibleRanges[${sent}].componentId`)) : undefined}
                    onChange={(e) => {
                      const value = e.currentTarget.value;
                      setRanges((old) => ({ ...old, [c.id]: value }));
                    }}
                  />
                );
              })}
            </Stack>
          ) : null}
          {outcome === 'conformant_with_conditions' ? (
            <Stack gap="xs" data-testid="decision-conditions-form">
              <Text size="sm" fw={500}>
                Conditions
              </Text>
              <Text size="xs" c="dimmed">
                Each condition has a due date and rests on a finding; it covers a not satisfied or needs-information verdict on that finding&apos;s requirement.
              </Text>
              {fieldError('conditions') ? (
                <Text size="xs" c="red">
                  {fieldError('conditions')}
                </Text>
              ) : null}
              {conditions.map((c, i) => (
                <Group key={i} align="flex-start" grow>
                  <TextInput
                    label={`Condition ${i + 1}`}
                    withAsterisk
                    value={c.text}
                    error={fieldError(`conditions[${i}].text`)}
                    onChange={(e) => setCondition(i, { text: e.currentTarget.value })}
                  />
                  <TextInput
                    type="date"
                    label="Due"
                    withAsterisk
                    value={c.dueDate}
                    error={fieldError(`conditions[${i}].dueDate`)}
                    onChange={(e) => setCondition(i, { dueDate: e.currentTarget.value })}
                  />
                  <Select
                    label="Rests on finding"
                    withAsterisk
                    data={findingOptions}
                    value={c.findingId}
                    onChange={(v) => setCondition(i, { findingId: v })}
                    error={fieldError(`conditions[${i}].findingId`)}
                    placeholder={findings.isPending ? 'Loading findings…' : findingOptions.length ? 'Choose a finding' : 'Raise a finding first'}
                  />
                </Group>
              ))}
              <Group gap="xs">
                <Button variant="light" size="xs" onClick={() => setConditions((old) => [...old, { text: '', dueDate: daysLater(90), findingId: null }])}>
                  Add condition
                </Button>
                {conditions.length > 1 ? (
                  <Button variant="subtle" size="xs" color="red" onClick={() => setConditions((old) => old.slice(0, -1))}>
                    Remove last
                  </Button>
                ) : null}
              </Group>
            </Stack>
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
