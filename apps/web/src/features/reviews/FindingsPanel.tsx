import {
  Badge,
  Button,
  Code,
  Group,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Timeline,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { Dialog } from '../../components/Dialog';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { CursorPager, useCursorPages } from '../../components/CursorPager';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatDateTime } from '../../components/format';
import { FormattedMessage, messageId, useT, type MessageId } from '../../i18n';
import {
  FINDING_SEVERITY,
  FINDING_STATUS,
  idempotencyKey,
  type Finding,
  type FindingDetail,
  type FindingSeverity,
  type FindingStatus,
  type Submission,
  type Workspace,
} from './review-model';
import { allPages } from '../../api/all-pages';
import { notify } from '../../components/notify';
import { useRefreshReview } from './review-hooks';
import { FindingStatusBadge, SeverityBadge } from './review-ui';

export interface RequirementLabel {
  ref: string;
  title?: string;
}

const RESPONSE_KIND: Record<FindingDetail['responses'][number]['kind'], MessageId> = {
  corrective_action: messageId('reviews.findings.response.corrective_action'),
  accepted: messageId('reviews.findings.response.accepted'),
  rejected: messageId('reviews.findings.response.rejected'),
};

/** Findings of the workspace (open ones travel with resubmissions), their answers and reviews. */
export function FindingsPanel({
  workspace,
  submission,
  requirementLabel,
  versionLabel,
  onRaise,
}: {
  workspace: Workspace;
  submission: Submission;
  requirementLabel(requirementId: string): RequirementLabel;
  /** A readable name for an evidence version a corrective action cites, when known. */
  versionLabel(versionId: string): string | undefined;
  /** Present when the user may raise findings on this submission. */
  onRaise?: () => void;
}) {
  const t = useT();
  const [status, setStatus] = useState<FindingStatus | 'all'>('all');
  const [expanded, setExpanded] = useState<string | null>(null);
  const pager = useCursorPages(['findings', workspace.id, status], (cursor) =>
    unwrap(
      api.GET('/v1/workspaces/{workspaceId}/findings', {
        params: { path: { workspaceId: workspace.id }, query: { limit: 20, cursor, ...(status === 'all' ? {} : { status }) } },
      }),
    ),
  );

  return (
    <section aria-labelledby="findings-heading">
      <Group justify="space-between" mb="sm" align="flex-end" gap="sm">
        <Title order={3} id="findings-heading">
          {t('reviews.findings.title')}
        </Title>
        <Group gap="sm" align="flex-end">
          <Select
            label={t('reviews.table.status')}
            size="xs"
            miw={160}
            allowDeselect={false}
            value={status}
            onChange={(v) => {
              setStatus((v ?? 'all') as FindingStatus | 'all');
              pager.reset();
            }}
            data={[
              { value: 'all', label: t('reviews.findings.all') },
              ...(Object.keys(FINDING_STATUS) as FindingStatus[]).map((s) => ({ value: s, label: t(FINDING_STATUS[s].label) })),
            ]}
          />
          {onRaise ? (
            <Button size="xs" onClick={onRaise}>
              {t('reviews.findings.raise')}
            </Button>
          ) : null}
        </Group>
      </Group>
      {pager.isPending ? (
        <Loading label={t('reviews.findings.loading')} />
      ) : pager.error ? (
        <ProblemAlert error={pager.error} />
      ) : !pager.items.length ? (
        <EmptyState title={status === 'all' ? t('reviews.findings.emptyTitle') : t('reviews.findings.emptyFilteredTitle', { status })}>
          {onRaise ? t('reviews.findings.emptyAssessor', { button: t('reviews.verdictGrid.raiseButton') }) : t('reviews.findings.emptyOther')}
        </EmptyState>
      ) : (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table aria-label={t('reviews.findings.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reviews.findings.finding')}</Table.Th>
                  <Table.Th>{t('reviews.verdictGrid.requirement')}</Table.Th>
                  <Table.Th>{t('reviews.findings.severity')}</Table.Th>
                  <Table.Th>{t('reviews.table.status')}</Table.Th>
                  <Table.Th>{t('reviews.findings.due')}</Table.Th>
                  <Table.Th>{t('reviews.findings.raised')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pager.items.map((f) => {
                  const label = requirementLabel(f.requirementId);
                  const open = expanded === f.id;
                  return (
                    <Fragment key={f.id}>
                      <Table.Tr data-testid="finding-row">
                        <Table.Td>
                          <UnstyledButton onClick={() => setExpanded(open ? null : f.id)} aria-expanded={open} aria-controls={`finding-${f.id}`}>
                            <Text size="sm" fw={600} c="blue.8">
                              {open ? '▾' : '▸'} {f.title}
                            </Text>
                          </UnstyledButton>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{label.ref}</Text>
                        </Table.Td>
                        <Table.Td>
                          <SeverityBadge severity={f.severity} />
                        </Table.Td>
                        <Table.Td>
                          <FindingStatusBadge status={f.status} />
                        </Table.Td>
                        <Table.Td>
                          <DueDate finding={f} />
                        </Table.Td>
                        <Table.Td>{formatDate(f.createdAt)}</Table.Td>
                      </Table.Tr>
                      {open ? (
                        <Table.Tr>
                          <Table.Td colSpan={6} id={`finding-${f.id}`}>
                            <FindingDetailView workspace={workspace} submission={submission} findingId={f.id} label={label} versionLabel={versionLabel} />
                          </Table.Td>
                        </Table.Tr>
                      ) : null}
                    </Fragment>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <CursorPager pager={pager} />
        </>
      )}
    </section>
  );
}

function DueDate({ finding }: { finding: Finding }) {
  const t = useT();
  if (!finding.dueDate) return <Text size="sm">—</Text>;
  const overdue = finding.status !== 'closed' && finding.dueDate < new Date().toISOString().slice(0, 10);
  return (
    <Group gap={4} wrap="nowrap">
      <Text size="sm">{formatDate(finding.dueDate)}</Text>
      {overdue ? (
        <Badge variant="light" color="red" size="xs">
          {t('reviews.findings.overdue')}
        </Badge>
      ) : null}
    </Group>
  );
}

function useCurrentEvidence(workspaceId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['evidence-current-versions', workspaceId],
    enabled,
    queryFn: () =>
      allPages((cursor) => unwrap(api.GET('/v1/workspaces/{workspaceId}/evidence', { params: { path: { workspaceId }, query: { limit: 200, cursor } } })), 50),
  });
}

function FindingDetailView({
  workspace,
  submission,
  findingId,
  label,
  versionLabel,
}: {
  workspace: Workspace;
  submission: Submission;
  findingId: string;
  label: RequirementLabel;
  versionLabel(versionId: string): string | undefined;
}) {
  const t = useT();
  const supplier = workspace.myRole === 'owner' || workspace.myRole === 'contributor';
  const detail = useQuery({
    queryKey: ['finding', workspace.id, findingId],
    queryFn: () => unwrap(api.GET('/v1/workspaces/{workspaceId}/findings/{findingId}', { params: { path: { workspaceId: workspace.id, findingId } } })),
  });
  // Suppliers see their evidence: name the versions cited by their current version.
  const evidence = useCurrentEvidence(workspace.id, supplier);
  const cited = (id: string) => versionLabel(id) ?? evidence.data?.find((e) => e.currentVersionId === id)?.title;
  if (detail.isPending) return <Loading label={t('reviews.findings.loadingOne')} />;
  if (detail.error) return <ProblemAlert error={detail.error} />;
  const f = detail.data;
  return (
    <Paper p="sm" withBorder radius="md">
      <Stack gap="sm">
        <Text size="sm">
          <strong>{label.ref}</strong>
          {label.title ? ` — ${label.title}` : ''} · {t('reviews.findings.tracked', { number: f.submissionNumber })} · {t(FINDING_SEVERITY[f.severity].label)}
        </Text>
        {f.description ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {f.description}
          </Text>
        ) : null}
        {f.responses.length ? (
          <Timeline bulletSize={14} lineWidth={2} active={f.responses.length - 1}>
            {f.responses.map((r) => (
              <Timeline.Item key={r.id} title={t(RESPONSE_KIND[r.kind])}>
                <Text size="xs">{formatDateTime(r.createdAt)}</Text>
                {r.text ? (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {r.text}
                  </Text>
                ) : null}
                {r.evidenceVersionIds.length ? (
                  <Text size="xs">
                    <FormattedMessage
                      id="reviews.findings.cites"
                      values={{
                        versions: r.evidenceVersionIds.map((id, i) => (
                          <span key={id}>
                            {i > 0 ? t('reviews.list.separator') : ''}
                            {cited(id) ?? <FormattedMessage id="reviews.findings.evidenceVersion" values={{ id: <Code>…{id.slice(-12)}</Code> }} />}
                          </span>
                        )),
                      }}
                    />
                  </Text>
                ) : null}
              </Timeline.Item>
            ))}
          </Timeline>
        ) : (
          <Text size="sm">{t('reviews.findings.noAnswer')}</Text>
        )}
        {supplier && f.status === 'open' ? <AnswerForm workspace={workspace} submission={submission} finding={f} /> : null}
        {workspace.myRole === 'assessor' && f.status === 'responded' ? <ReviewAnswerForm workspace={workspace} submission={submission} finding={f} /> : null}
        {f.status === 'open' && workspace.myRole === 'assessor' ? <Text size="sm">{t('reviews.findings.waitingSupplier')}</Text> : null}
        {f.status === 'responded' && supplier ? <Text size="sm">{t('reviews.findings.waitingAssessor')}</Text> : null}
      </Stack>
    </Paper>
  );
}

function useFindingUpdated(workspace: Workspace, submission: Submission) {
  const queryClient = useQueryClient();
  const refresh = useRefreshReview(workspace.id);
  return (f: FindingDetail) => {
    queryClient.setQueryData(['finding', workspace.id, f.id], f);
    void queryClient.invalidateQueries({ queryKey: ['findings', workspace.id] });
    refresh(submission.number);
  };
}

function AnswerForm({ workspace, submission, finding }: { workspace: Workspace; submission: Submission; finding: FindingDetail }) {
  const t = useT();
  const updated = useFindingUpdated(workspace, submission);
  const [text, setText] = useState('');
  const [cited, setCited] = useState<string[]>([]);
  const [key, setKey] = useState(idempotencyKey);
  // The current versions of the workspace's evidence the supplier can see: what a corrective action cites.
  const evidence = useCurrentEvidence(workspace.id, true);
  const answer = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/v1/workspaces/{workspaceId}/findings/{findingId}/responses', {
          params: { path: { workspaceId: workspace.id, findingId: finding.id }, header: { 'Idempotency-Key': key } },
          body: { text: text.trim(), evidenceVersionIds: cited },
        }),
      ),
    onSuccess: (f) => {
      updated(f);
      setKey(idempotencyKey());
      setText('');
      setCited([]);
      notify(t('reviews.answer.sentBody'), { title: t('reviews.answer.sentTitle') });
    },
  });
  const versions = (evidence.data ?? [])
    .filter((e) => e.currentVersionId)
    .map((e) => ({ value: e.currentVersionId!, label: t('reviews.answer.currentVersion', { title: e.title }) }));
  return (
    <form
      aria-label={t('reviews.answer.label')}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        if (text.trim()) answer.mutate();
      }}
    >
      <Stack gap="xs">
        <Textarea
          label={t('reviews.findings.response.corrective_action')}
          description={t('reviews.answer.hint')}
          autosize
          minRows={2}
          maxLength={8000}
          withAsterisk
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <MultiSelect
          label={t('reviews.answer.cite')}
          placeholder={evidence.isPending ? t('reviews.answer.evidenceLoading') : t('reviews.form.optional')}
          data={versions}
          value={cited}
          onChange={setCited}
          searchable
          clearable
          maxValues={50}
        />
        <ProblemAlert error={evidence.error} title={t('reviews.answer.evidenceError')} />
        <ProblemAlert error={answer.error} />
        <Group justify="flex-end">
          <Button type="submit" size="xs" loading={answer.isPending} disabled={!text.trim()}>
            {t('reviews.answer.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ReviewAnswerForm({ workspace, submission, finding }: { workspace: Workspace; submission: Submission; finding: FindingDetail }) {
  const t = useT();
  const updated = useFindingUpdated(workspace, submission);
  const [comment, setComment] = useState('');
  const review = useMutation({
    mutationFn: (decision: 'accept' | 'reject') =>
      unwrap(
        api.POST('/v1/workspaces/{workspaceId}/findings/{findingId}/review', {
          params: { path: { workspaceId: workspace.id, findingId: finding.id } },
          body: { decision, ...(comment.trim() ? { comment: comment.trim() } : {}) },
        }),
      ),
    onSuccess: (f, decision) => {
      updated(f);
      setComment('');
      notify(decision === 'accept' ? t('reviews.answerReview.acceptedBody') : t('reviews.answerReview.rejectedBody'), {
        title: decision === 'accept' ? t('reviews.answerReview.acceptedTitle') : t('reviews.findings.response.rejected'),
      });
    },
  });
  return (
    <Stack gap="xs">
      <TextInput
        label={t('reviews.answerReview.comment')}
        placeholder={t('reviews.form.optional')}
        value={comment}
        maxLength={8000}
        onChange={(e) => setComment(e.currentTarget.value)}
      />
      <ProblemAlert error={review.error} />
      <Group justify="flex-end" gap="xs">
        <Button size="xs" variant="default" onClick={() => review.mutate('reject')} loading={review.isPending && review.variables === 'reject'}>
          {t('reviews.answerReview.reject')}
        </Button>
        <Button size="xs" onClick={() => review.mutate('accept')} loading={review.isPending && review.variables === 'accept'}>
          {t('reviews.answerReview.accept')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Raising a finding on a requirement of the submission (assessors). */
export function RaiseFindingModal({
  workspace,
  submission,
  requirementId,
  requirements,
  onClose,
}: {
  workspace: Workspace;
  submission: Submission;
  /** The requirement to raise it on; null closes the modal. */
  requirementId: string | null;
  /** Requirements offered for the finding (the entries at hand). */
  requirements: { value: string; label: string }[];
  onClose(): void;
}) {
  const t = useT();
  return (
    <Dialog opened={requirementId !== null} onClose={onClose} title={t('reviews.raise.title', { number: submission.number })} size="lg">
      {requirementId !== null ? (
        <RaiseFindingForm
          key={requirementId}
          workspace={workspace}
          submission={submission}
          initialRequirementId={requirementId}
          requirements={requirements}
          onDone={onClose}
        />
      ) : null}
    </Dialog>
  );
}

function RaiseFindingForm({
  workspace,
  submission,
  initialRequirementId,
  requirements,
  onDone,
}: {
  workspace: Workspace;
  submission: Submission;
  initialRequirementId: string;
  requirements: { value: string; label: string }[];
  onDone(): void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const refresh = useRefreshReview(workspace.id);
  const [requirementId, setRequirementId] = useState<string | null>(initialRequirementId || null);
  const [severity, setSeverity] = useState<FindingSeverity>('minor_nonconformity');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [key] = useState(idempotencyKey);
  const [invalid, setInvalid] = useState<ApiProblem | null>(null);
  const raise = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/v1/workspaces/{workspaceId}/submissions/{number}/findings', {
          params: { path: { workspaceId: workspace.id, number: submission.number }, header: { 'Idempotency-Key': key } },
          body: {
            requirementId: requirementId!,
            severity,
            title: title.trim(),
            ...(description.trim() ? { description: description.trim() } : {}),
            dueDate: dueDate || null,
          },
        }),
      ),
    onSuccess: (f) => {
      queryClient.setQueryData(['finding', workspace.id, f.id], f);
      void queryClient.invalidateQueries({ queryKey: ['findings', workspace.id] });
      refresh(submission.number);
      notify(t('reviews.raise.doneBody', { severity: t(FINDING_SEVERITY[f.severity].label), title: f.title }), { title: t('reviews.raise.doneTitle') });
      onDone();
    },
  });
  const error = invalid ?? raise.error;
  const fieldError = (field: string) => (error instanceof ApiProblem ? error.fieldError(field) : undefined);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const errors: { field: string; message: string }[] = [];
        if (!requirementId) errors.push({ field: 'requirementId', message: t('reviews.raise.chooseRequirement') });
        if (!title.trim()) errors.push({ field: 'title', message: t('reviews.form.notEmpty') });
        if (errors.length) {
          setInvalid(new ApiProblem({ status: 400, title: t('reviews.raise.check'), detail: t('reviews.form.fieldsToFix', { count: errors.length }), errors }));
          return;
        }
        setInvalid(null);
        raise.mutate();
      }}
    >
      <Stack gap="sm">
        <Select
          label={t('reviews.verdictGrid.requirement')}
          data={requirements}
          value={requirementId}
          onChange={setRequirementId}
          searchable
          withAsterisk
          error={fieldError('requirementId')}
        />
        <Select
          label={t('reviews.findings.severity')}
          allowDeselect={false}
          withAsterisk
          value={severity}
          onChange={(v) => v && setSeverity(v as FindingSeverity)}
          data={(Object.keys(FINDING_SEVERITY) as FindingSeverity[]).map((s) => ({ value: s, label: t(FINDING_SEVERITY[s].label) }))}
        />
        <TextInput
          label={t('reviews.raise.titleLabel')}
          withAsterisk
          maxLength={300}
          value={title}
          error={fieldError('title')}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        <Textarea
          label={t('reviews.raise.description')}
          autosize
          minRows={3}
          maxLength={8000}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('reviews.raise.dueDate')}
          description={t('reviews.raise.dueDateHint')}
          value={dueDate}
          error={fieldError('dueDate')}
          onChange={(e) => setDueDate(e.currentTarget.value)}
        />
        {severity === 'major_nonconformity' ? <Text size="sm">{t('reviews.raise.majorHint')}</Text> : null}
        <ProblemAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('reviews.cancel')}
          </Button>
          <Button type="submit" loading={raise.isPending}>
            {t('reviews.raise.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
