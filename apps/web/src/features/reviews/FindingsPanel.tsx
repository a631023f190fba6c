import {
  Badge,
  Button,
  Code,
  Group,
  Modal,
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
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { CursorPager, useCursorPages } from '../../components/CursorPager';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatDateTime } from '../../components/format';
import {
  FINDING_SEVERITY,
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

const RESPONSE_KIND: Record<string, string> = {
  corrective_action: 'Corrective action',
  accepted: 'Answer accepted',
  rejected: 'Answer rejected',
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
      <Group justify="space-between" mb="sm" align="flex-end">
        <Title order={3} id="findings-heading">
          Findings
        </Title>
        <Group gap="sm" align="flex-end">
          <Select
            label="Status"
            size="xs"
            w={160}
            allowDeselect={false}
            value={status}
            onChange={(v) => {
              setStatus((v ?? 'all') as FindingStatus | 'all');
              pager.reset();
            }}
            data={[
              { value: 'all', label: 'All' },
              { value: 'open', label: 'Open' },
              { value: 'responded', label: 'Responded' },
              { value: 'closed', label: 'Closed' },
            ]}
          />
          {onRaise ? (
            <Button size="xs" onClick={onRaise}>
              Raise a finding
            </Button>
          ) : null}
        </Group>
      </Group>
      {pager.isPending ? (
        <Loading label="Loading findings" />
      ) : pager.error ? (
        <ProblemAlert error={pager.error} />
      ) : !pager.items.length ? (
        <EmptyState title={status === 'all' ? 'No findings in this workspace' : `No ${status} findings`}>
          {onRaise
            ? 'Raise a finding on a requirement (the “+ Finding” button of its row, or f on the active row) for a nonconformity or an observation; the supplier answers with a corrective action.'
            : 'Nonconformities and observations the assessors raise appear here; the supplier answers each with a corrective action.'}
        </EmptyState>
      ) : (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table aria-label="Findings">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Finding</Table.Th>
                  <Table.Th>Requirement</Table.Th>
                  <Table.Th>Severity</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Due</Table.Th>
                  <Table.Th>Raised</Table.Th>
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
  if (!finding.dueDate) return <Text size="sm">—</Text>;
  const overdue = finding.status !== 'closed' && finding.dueDate < new Date().toISOString().slice(0, 10);
  return (
    <Group gap={4} wrap="nowrap">
      <Text size="sm">{formatDate(finding.dueDate)}</Text>
      {overdue ? (
        <Badge variant="light" color="red" size="xs">
          Overdue
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
  const supplier = workspace.myRole === 'owner' || workspace.myRole === 'contributor';
  const detail = useQuery({
    queryKey: ['finding', workspace.id, findingId],
    queryFn: () => unwrap(api.GET('/v1/workspaces/{workspaceId}/findings/{findingId}', { params: { path: { workspaceId: workspace.id, findingId } } })),
  });
  // Suppliers see their evidence: name the versions cited by their current version.
  const evidence = useCurrentEvidence(workspace.id, supplier);
  const cited = (id: string) => versionLabel(id) ?? evidence.data?.find((e) => e.currentVersionId === id)?.title;
  if (detail.isPending) return <Loading label="Loading the finding" />;
  if (detail.error) return <ProblemAlert error={detail.error} />;
  const f = detail.data;
  return (
    <Paper p="sm" withBorder radius="md">
      <Stack gap="sm">
        <Text size="sm">
          <strong>{label.ref}</strong>
          {label.title ? ` — ${label.title}` : ''} · tracked on submission {f.submissionNumber} · {FINDING_SEVERITY[f.severity].label}
        </Text>
        {f.description ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {f.description}
          </Text>
        ) : null}
        {f.responses.length ? (
          <Timeline bulletSize={14} lineWidth={2} active={f.responses.length - 1}>
            {f.responses.map((r) => (
              <Timeline.Item key={r.id} title={RESPONSE_KIND[r.kind] ?? r.kind}>
                <Text size="xs">{formatDateTime(r.createdAt)}</Text>
                {r.text ? (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {r.text}
                  </Text>
                ) : null}
                {r.evidenceVersionIds.length ? (
                  <Text size="xs">
                    Cites{' '}
                    {r.evidenceVersionIds.map((id, i) => (
                      <span key={id}>
                        {i > 0 ? ', ' : ''}
                        {cited(id) ?? (
                          <>
                            evidence version <Code>…{id.slice(-12)}</Code>
                          </>
                        )}
                      </span>
                    ))}
                  </Text>
                ) : null}
              </Timeline.Item>
            ))}
          </Timeline>
        ) : (
          <Text size="sm">No answer yet.</Text>
        )}
        {supplier && f.status === 'open' ? <AnswerForm workspace={workspace} submission={submission} finding={f} /> : null}
        {workspace.myRole === 'assessor' && f.status === 'responded' ? <ReviewAnswerForm workspace={workspace} submission={submission} finding={f} /> : null}
        {f.status === 'open' && workspace.myRole === 'assessor' ? <Text size="sm">Waiting for the supplier's corrective action.</Text> : null}
        {f.status === 'responded' && supplier ? <Text size="sm">Answered; the assessor accepts or rejects the corrective action.</Text> : null}
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
      notify('The assessor reviews your answer.', { title: 'Corrective action sent' });
    },
  });
  const versions = (evidence.data ?? []).filter((e) => e.currentVersionId).map((e) => ({ value: e.currentVersionId!, label: `${e.title} (current version)` }));
  return (
    <form
      aria-label="Answer the finding"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        if (text.trim()) answer.mutate();
      }}
    >
      <Stack gap="xs">
        <Textarea
          label="Corrective action"
          description="What was done, and where the evidence for it is."
          autosize
          minRows={2}
          maxLength={8000}
          withAsterisk
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <MultiSelect
          label="Cite evidence versions"
          placeholder={evidence.isPending ? 'Loading evidence…' : 'Optional'}
          data={versions}
          value={cited}
          onChange={setCited}
          searchable
          clearable
          maxValues={50}
        />
        <ProblemAlert error={evidence.error} title="Evidence could not be listed" />
        <ProblemAlert error={answer.error} />
        <Group justify="flex-end">
          <Button type="submit" size="xs" loading={answer.isPending} disabled={!text.trim()}>
            Send corrective action
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ReviewAnswerForm({ workspace, submission, finding }: { workspace: Workspace; submission: Submission; finding: FindingDetail }) {
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
      notify(decision === 'accept' ? 'The corrective action was accepted.' : 'The finding is open again for a new answer.', {
        title: decision === 'accept' ? 'Finding closed' : 'Answer rejected',
      });
    },
  });
  return (
    <Stack gap="xs">
      <TextInput label="Review comment" placeholder="Optional" value={comment} maxLength={8000} onChange={(e) => setComment(e.currentTarget.value)} />
      <ProblemAlert error={review.error} />
      <Group justify="flex-end" gap="xs">
        <Button size="xs" variant="default" onClick={() => review.mutate('reject')} loading={review.isPending && review.variables === 'reject'}>
          Reject answer
        </Button>
        <Button size="xs" onClick={() => review.mutate('accept')} loading={review.isPending && review.variables === 'accept'}>
          Accept and close
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
  return (
    <Modal opened={requirementId !== null} onClose={onClose} title={`Raise a finding on submission ${submission.number}`} size="lg">
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
    </Modal>
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
      notify(`${FINDING_SEVERITY[f.severity].label}: ${f.title}`, { title: 'Finding raised' });
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
        if (!requirementId) errors.push({ field: 'requirementId', message: 'choose the requirement' });
        if (!title.trim()) errors.push({ field: 'title', message: 'must not be empty' });
        if (errors.length) {
          setInvalid(
            new ApiProblem({ status: 400, title: 'Check the finding', detail: `${errors.length} field${errors.length === 1 ? '' : 's'} to fix.`, errors }),
          );
          return;
        }
        setInvalid(null);
        raise.mutate();
      }}
    >
      <Stack gap="sm">
        <Select
          label="Requirement"
          data={requirements}
          value={requirementId}
          onChange={setRequirementId}
          searchable
          withAsterisk
          error={fieldError('requirementId')}
        />
        <Select
          label="Severity"
          allowDeselect={false}
          withAsterisk
          value={severity}
          onChange={(v) => v && setSeverity(v as FindingSeverity)}
          data={(Object.keys(FINDING_SEVERITY) as FindingSeverity[]).map((s) => ({ value: s, label: FINDING_SEVERITY[s].label }))}
        />
        <TextInput label="Title" withAsterisk maxLength={300} value={title} error={fieldError('title')} onChange={(e) => setTitle(e.currentTarget.value)} />
        <Textarea label="Description" autosize minRows={3} maxLength={8000} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
        <TextInput
          type="date"
          label="Due date"
          description="When the supplier's corrective action is due (optional)."
          value={dueDate}
          error={fieldError('dueDate')}
          onChange={(e) => setDueDate(e.currentTarget.value)}
        />
        {severity === 'major_nonconformity' ? <Text size="sm">While a major nonconformity is open, a positive decision is refused.</Text> : null}
        <ProblemAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={raise.isPending}>
            Raise finding
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
