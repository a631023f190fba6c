import { Alert, Anchor, Badge, Button, Checkbox, Group, List, Paper, Radio, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatDateTime, formatList, formatMarket, formatNumber } from '../../components/format';
import { FormattedMessage, useT, type MessageId } from '../../i18n';
import { allPages } from '../../api/all-pages';
import {
  AWAITING_REVIEW,
  DECISION_OUTCOMES,
  FINDING_SEVERITY,
  FINDING_STATUS,
  idempotencyKey,
  type Decision,
  type DecisionOutcome,
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
  const t = useT();
  const decision = useDecision(workspace.id, number);
  const isAssessor = workspace.myRole === 'assessor';

  return (
    <section aria-labelledby="decision-heading">
      <Title order={3} id="decision-heading" mb="sm">
        {t('reviews.decision.title')}
      </Title>
      {decision.isPending ? (
        <Loading label={t('reviews.decision.loading')} />
      ) : decision.error ? (
        <ProblemAlert error={decision.error} />
      ) : decision.data ? (
        <DecisionView workspace={workspace} number={number} decision={decision.data} userId={userId} />
      ) : isAssessor && status && AWAITING_REVIEW.includes(status) ? (
        <Stack gap="sm">
          <ReadinessSummary workspace={workspace} number={number} />
          {status === 'submitted' ? (
            <Alert color="blue" variant="light" title={t('reviews.decision.startFirstTitle')}>
              {t('reviews.decision.startFirstBody')}
            </Alert>
          ) : (
            <DecisionForm workspace={workspace} number={number} />
          )}
        </Stack>
      ) : workspace.myRole === 'owner' && status && AWAITING_REVIEW.includes(status) ? (
        <ReadinessSummary workspace={workspace} number={number} />
      ) : (
        <Text size="sm">{status === 'changes_requested' ? t('reviews.decision.noneChangesRequested') : t('reviews.decision.noneYet')}</Text>
      )}
    </section>
  );
}

function DecisionView({ workspace, number, decision, userId }: { workspace: Workspace; number: number; decision: Decision; userId: string | undefined }) {
  const t = useT();
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
      notify(t('reviews.decision.confirmedBody', { number, outcome: t(DECISION_OUTCOMES[d.outcome].label) }), {
        title: t('reviews.decision.confirmedTitle'),
      });
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
          <Field label={t('reviews.table.valid')}>
            {formatDate(decision.validFrom)} – {formatDate(decision.validUntil)}
          </Field>
          <Field label={t('reviews.decision.recorded')}>
            {mine ? t('reviews.decision.recordedByYou', { time: formatDateTime(decision.createdAt) }) : formatDateTime(decision.createdAt)}
          </Field>
          <Field label={t('reviews.decision.finalSince')}>
            {decision.finalizedAt
              ? decision.confirmedBy
                ? t(decision.confirmedBy === userId ? 'reviews.decision.confirmedByYou' : 'reviews.decision.confirmedBySecond', {
                    time: formatDateTime(decision.finalizedAt),
                  })
                : formatDateTime(decision.finalizedAt)
              : t('reviews.decision.notYet')}
          </Field>
        </SimpleGrid>
        <Field label={t('reviews.decision.scopeStatement')}>{decision.scopeStatement}</Field>
        <ScopeView scope={decision.scope} />
        {decision.conditionDetails.length ? (
          <div data-testid="decision-conditions">
            <Text size="sm" fw={600}>
              {t('reviews.decision.conditions')}
            </Text>
            <List size="sm">
              {decision.conditionDetails.map((c, i) => (
                <List.Item key={`${i}-${c.text}`}>
                  {c.text}
                  {c.dueDate ? ` — ${t('reviews.decision.conditionDue', { date: formatDate(c.dueDate) })}` : ''}
                  {c.findingId ? ` ${t('reviews.decision.conditionFinding', { finding: c.findingId.slice(0, 8) })}` : ''}
                </List.Item>
              ))}
            </List>
          </div>
        ) : null}
        {decision.compatibleRanges.length ? (
          <Field label={t('reviews.decision.compatibleRanges')}>{decision.compatibleRanges.map((r) => r.range).join('; ')}</Field>
        ) : null}
        {decision.status === 'pending_confirmation' ? (
          <Alert color="violet" variant="light" title={t('reviews.decision.fourEyesTitle')}>
            {mine ? t('reviews.decision.fourEyesYours') : t('reviews.decision.fourEyesTheirs')}
            {isAssessor && mine ? ` ${t('reviews.decision.fourEyesColleague')}` : ''}
          </Alert>
        ) : null}
        {decision.status === 'pending_confirmation' && isAssessor && !mine ? (
          <Group>
            <Button onClick={() => confirm.mutate()} loading={confirm.isPending}>
              {t('reviews.decision.confirm')}
            </Button>
          </Group>
        ) : null}
        <ProblemAlert error={confirm.error} />
        {decision.status === 'final' ? (
          <Text size="sm">
            <FormattedMessage
              id={isAssessor ? 'reviews.decision.nextIssue' : 'reviews.decision.attestationsListed'}
              values={{
                link: (chunks) => (
                  <Anchor component={Link} to={attestations} fw={600}>
                    {chunks}
                  </Anchor>
                ),
              }}
            />
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
  const t = useT();
  const frameworks = useFrameworkNames();
  const name = (id: string) => {
    const f = frameworks.data?.get(id);
    return f ? `${f.code} ${f.version}` : id.slice(0, 8);
  };
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" data-testid="decision-scope">
      <Field label={t('reviews.decision.frameworks')}>{formatList(scope.frameworkIds.map(name))}</Field>
      <Field label={t('reviews.decision.markets')}>{formatList(scope.markets.map(formatMarket))}</Field>
    </SimpleGrid>
  );
}

const refs = (c: { count: number; first: { ref: string }[] }) => c.first.map((x) => x.ref).join(', ') + (c.count > c.first.length ? ', …' : '');

/** What a positive decision still lacks: unjudged, not satisfied, needs information, open major findings, expired evidence. */
function ReadinessSummary({ workspace, number }: { workspace: Workspace; number: number }) {
  const t = useT();
  const readiness = useDecisionReadiness(workspace.id, number);
  if (readiness.isPending) return <Loading label={t('reviews.readiness.loading')} />;
  if (readiness.error) return <ProblemAlert error={readiness.error} title={t('reviews.readiness.error')} />;
  const r = readiness.data;
  // `key` names the row for tests and tools; the label is the reader's language.
  const rows: { key: string; label: MessageId; count: number; detail: string }[] = [
    { key: 'unjudged-applicable-requirements', label: 'reviews.readiness.unjudged', count: r.unjudged.count, detail: refs(r.unjudged) },
    {
      key: 'not-applicable-without-justification',
      label: 'reviews.readiness.notApplicableWithoutJustification',
      count: r.notApplicableWithoutJustification.count,
      detail: refs(r.notApplicableWithoutJustification),
    },
    { key: 'not-satisfied', label: 'reviews.readiness.notSatisfied', count: r.notSatisfied.count, detail: refs(r.notSatisfied) },
    { key: 'needs-information', label: 'reviews.readiness.needsInformation', count: r.needsInformation.count, detail: refs(r.needsInformation) },
    { key: 'open-major-findings', label: 'reviews.readiness.openMajorFindings', count: r.openMajorFindings.count, detail: '' },
    { key: 'expired-evidence', label: 'reviews.readiness.expiredEvidence', count: r.expiredEvidence.count, detail: refs(r.expiredEvidence) },
  ];
  return (
    <Paper withBorder p="md" radius="md" data-testid="decision-readiness" data-ready={r.ready ? 'true' : 'false'}>
      <Stack gap="xs">
        <Group gap="sm">
          <Text fw={600}>{t('reviews.readiness.title')}</Text>
          <Badge
            variant="light"
            color={r.ready ? 'green' : r.readyWithConditions ? 'yellow' : 'red'}
            styles={{ root: { height: 'auto' }, label: { whiteSpace: 'normal' } }}
          >
            {r.ready ? t('reviews.readiness.ready') : r.readyWithConditions ? t('reviews.readiness.withConditions') : t('reviews.readiness.notReady')}
          </Badge>
        </Group>
        <Text size="sm">
          {t('reviews.readiness.judged', { judged: formatNumber(r.judged), applicable: formatNumber(r.applicable), number: r.submissionNumber })}
        </Text>
        <List size="sm" spacing={2}>
          {rows.map((row) => (
            <List.Item key={row.key} data-testid={`readiness-${row.key}`}>
              <FormattedMessage id="reviews.readiness.row" values={{ label: t(row.label), count: formatNumber(row.count), b: (c) => <strong>{c}</strong> }} />
              {row.count && row.detail ? ` (${row.detail})` : ''}
            </List.Item>
          ))}
        </List>
        {!r.ready ? (
          <Text size="sm" c="dimmed">
            {t('reviews.readiness.rule')}
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
  const t = useT();
  const queryClient = useQueryClient();
  const refresh = useRefreshReview(workspace.id);
  const [outcome, setOutcome] = useState<DecisionOutcome>('conformant');
  const [scope, setScope] = useState('');
  const [chosenValidFrom, setValidFrom] = useState<string | null>(null);
  const [validUntil, setValidUntil] = useState(() => yearsLater(3));
  // Evidence relied on that takes effect later: the decision can be valid from that day at the earliest.
  const readiness = useDecisionReadiness(workspace.id, number).data;
  const notBefore = readiness?.validFromNotBefore ?? null;
  const today = isoDay(new Date());
  const validFrom = chosenValidFrom ?? (notBefore && notBefore > today ? notBefore : today);
  const [conditions, setConditions] = useState<ConditionDraft[]>([{ text: '', dueDate: daysLater(90), findingId: null }]);
  // The frameworks the submission froze (the readiness' default scope): one the workspace took on since was never judged.
  const offeredFrameworkIds = readiness?.scope.frameworkIds ?? workspace.frameworkIds;
  const [chosenFrameworkIds, setFrameworkIds] = useState<string[] | null>(null);
  const frameworkIds = chosenFrameworkIds ?? offeredFrameworkIds;
  // The markets the submission was made for (the readiness' default scope): one added to the workspace since was never judged.
  const offeredMarkets = readiness?.scope.markets ?? workspace.targetMarkets;
  const [chosenMarkets, setMarkets] = useState<string[] | null>(null);
  const markets = chosenMarkets ?? offeredMarkets;
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
  const findingOptions = (findings.data ?? []).map((f) => ({
    value: f.id,
    label: t('reviews.decisionForm.findingOption', {
      title: f.title,
      severity: t(FINDING_SEVERITY[f.severity].label),
      status: t(FINDING_STATUS[f.status].label),
    }),
  }));
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
          ? t('reviews.decisionForm.recordedBody', { number, outcome: t(DECISION_OUTCOMES[d.outcome].label) })
          : t('reviews.decisionForm.pendingBody'),
        { title: d.status === 'final' ? t('reviews.decisionForm.recordedTitle') : t('reviews.decisionForm.pendingTitle') },
      );
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: { field: string; message: string }[] = [];
    const required = t('reviews.form.required');
    if (!scope.trim()) errors.push({ field: 'scopeStatement', message: t('reviews.form.notEmpty') });
    if (!validFrom) errors.push({ field: 'validFrom', message: required });
    if (!validUntil) errors.push({ field: 'validUntil', message: required });
    if (validFrom && validUntil && validUntil < validFrom) errors.push({ field: 'validUntil', message: t('reviews.decisionForm.untilBeforeFrom') });
    if (!frameworkIds.length) errors.push({ field: 'scope.frameworkIds', message: t('reviews.decisionForm.chooseFramework') });
    if (!markets.length) errors.push({ field: 'scope.markets', message: t('reviews.decisionForm.chooseMarket') });
    if (outcome === 'conformant_with_conditions') {
      if (!conditions.length) errors.push({ field: 'conditions', message: t('reviews.decisionForm.nameCondition') });
      conditions.forEach((c, i) => {
        if (!c.text.trim()) errors.push({ field: `conditions[${i}].text`, message: required });
        if (!c.dueDate) errors.push({ field: `conditions[${i}].dueDate`, message: required });
        if (!c.findingId) errors.push({ field: `conditions[${i}].findingId`, message: t('reviews.decisionForm.chooseFinding') });
      });
    }
    if (errors.length) {
      setInvalid(
        new ApiProblem({ status: 400, title: t('reviews.decisionForm.check'), detail: t('reviews.form.fieldsToFix', { count: errors.length }), errors }),
      );
      return;
    }
    setInvalid(null);
    decide.mutate();
  };
  const fieldError = (field: string) => (invalid ?? (decide.error instanceof ApiProblem ? decide.error : null))?.fieldError(field);

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} aria-label={t('reviews.decisionForm.label')}>
        <Stack gap="sm">
          {workspace.fourEyes ? (
            <Alert color="blue" variant="light" title={t('reviews.decisionForm.fourEyesTitle')}>
              {t('reviews.decisionForm.fourEyesBody')}
            </Alert>
          ) : null}
          <Radio.Group label={t('reviews.table.outcome')} value={outcome} onChange={(v) => setOutcome(v as DecisionOutcome)} withAsterisk>
            <Group mt="xs">
              {(Object.keys(DECISION_OUTCOMES) as DecisionOutcome[]).map((o) => (
                <Radio key={o} value={o} label={t(DECISION_OUTCOMES[o].label)} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea
            label={t('reviews.decision.scopeStatement')}
            description={t('reviews.decisionForm.scopeHint')}
            autosize
            minRows={2}
            maxLength={8000}
            withAsterisk
            value={scope}
            error={fieldError('scopeStatement')}
            onChange={(e) => setScope(e.currentTarget.value)}
          />
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              type="date"
              label={t('reviews.decisionForm.validFrom')}
              withAsterisk
              value={validFrom}
              min={notBefore ?? undefined}
              description={notBefore && notBefore > today ? t('reviews.decisionForm.validFromNotBefore', { date: formatDate(notBefore) }) : undefined}
              error={fieldError('validFrom')}
              onChange={(e) => setValidFrom(e.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t('reviews.decisionForm.validUntil')}
              withAsterisk
              value={validUntil}
              error={fieldError('validUntil')}
              onChange={(e) => setValidUntil(e.currentTarget.value)}
            />
          </Group>
          <Checkbox.Group
            label={t('reviews.decision.frameworks')}
            description={t('reviews.decisionForm.frameworksHint')}
            value={frameworkIds}
            onChange={setFrameworkIds}
            error={fieldError('scope.frameworkIds')}
            withAsterisk
          >
            <Group mt="xs">
              {offeredFrameworkIds.map((id) => {
                const f = frameworks.data?.get(id);
                return <Checkbox key={id} value={id} label={f ? `${f.code} ${f.version} — ${f.title}` : id} />;
              })}
            </Group>
          </Checkbox.Group>
          <Checkbox.Group label={t('reviews.decision.markets')} value={markets} onChange={setMarkets} error={fieldError('scope.markets')} withAsterisk>
            <Group mt="xs">
              {offeredMarkets.map((m) => (
                <Checkbox key={m} value={m} label={formatMarket(m)} />
              ))}
            </Group>
          </Checkbox.Group>
          {frozenComponents.length ? (
            <Stack gap="xs" data-testid="decision-ranges-form">
              <Text size="sm" fw={500}>
                {t('reviews.decisionForm.rangesTitle')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('reviews.decisionForm.rangesHint', { example: '>=4.2.0 <4.3.0' })}
              </Text>
              {frozenComponents.map((c) => {
                const sent = rangeList.findIndex((r) => r.componentId === c.id);
                return (
                  <TextInput
                    key={c.id}
                    label={t('reviews.decisionForm.rangeLabel', { name: c.name, version: c.version })}
                    placeholder={t('reviews.decisionForm.rangePlaceholder', { example: `>=${c.version}` })}
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
                {t('reviews.decision.conditions')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('reviews.decisionForm.conditionsHint')}
              </Text>
              {fieldError('conditions') ? (
                <Text size="xs" c="red">
                  {fieldError('conditions')}
                </Text>
              ) : null}
              {conditions.map((c, i) => (
                <Group key={i} align="flex-start" grow wrap="wrap">
                  <TextInput
                    label={t('reviews.decisionForm.condition', { number: i + 1 })}
                    withAsterisk
                    value={c.text}
                    error={fieldError(`conditions[${i}].text`)}
                    onChange={(e) => setCondition(i, { text: e.currentTarget.value })}
                  />
                  <TextInput
                    type="date"
                    label={t('reviews.decisionForm.due')}
                    withAsterisk
                    value={c.dueDate}
                    error={fieldError(`conditions[${i}].dueDate`)}
                    onChange={(e) => setCondition(i, { dueDate: e.currentTarget.value })}
                  />
                  <Select
                    label={t('reviews.decisionForm.restsOn')}
                    withAsterisk
                    data={findingOptions}
                    value={c.findingId}
                    onChange={(v) => setCondition(i, { findingId: v })}
                    error={fieldError(`conditions[${i}].findingId`)}
                    placeholder={
                      findings.isPending
                        ? t('reviews.decisionForm.findingsLoading')
                        : findingOptions.length
                          ? t('reviews.decisionForm.chooseFindingPlaceholder')
                          : t('reviews.decisionForm.raiseFirst')
                    }
                  />
                </Group>
              ))}
              <Group gap="xs">
                <Button variant="light" size="xs" onClick={() => setConditions((old) => [...old, { text: '', dueDate: daysLater(90), findingId: null }])}>
                  {t('reviews.decisionForm.addCondition')}
                </Button>
                {conditions.length > 1 ? (
                  <Button variant="subtle" size="xs" color="red" onClick={() => setConditions((old) => old.slice(0, -1))}>
                    {t('reviews.decisionForm.removeLast')}
                  </Button>
                ) : null}
              </Group>
            </Stack>
          ) : null}
          <ProblemAlert error={invalid ?? decide.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={decide.isPending}>
              {t('reviews.decisionForm.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
