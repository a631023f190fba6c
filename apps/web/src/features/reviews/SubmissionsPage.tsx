import { Alert, Anchor, Button, Group, Modal, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { CursorPager, useCursorPages } from '../../components/CursorPager';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatDateTime } from '../../components/format';
import { idempotencyKey, type Workspace } from './review-model';
import { notify } from '../../components/notify';
import { useRefreshReview, useWorkspace } from './review-hooks';
import { DecisionOutcomeBadge, DecisionStatusBadge, ReviewProgress, SubmissionStatusBadge } from './review-ui';

/** A workspace's submissions and decisions; the owner submits for review from here. */
export function SubmissionsPage() {
  const { workspaceId = '' } = useParams();
  const workspace = useWorkspace(workspaceId);

  if (workspace.isPending) return <Loading />;
  if (workspace.error) return <ProblemAlert error={workspace.error} />;
  const ws = workspace.data;
  const observer = ws.myRole === 'observer';
  return (
    <Stack gap="xl">
      {observer ? (
        <Alert color="blue" variant="light" title="Observers see outcomes only">
          Your organization observes this workspace: it sees the decisions, never the submitted evidence or the review itself.
        </Alert>
      ) : ws.myRole === 'invited' ? (
        <Alert color="blue" variant="light" title="Invitation not accepted yet">
          Your organization is invited to this workspace. Once an owner or admin accepts the invitation, its submissions appear here.
        </Alert>
      ) : (
        <SubmissionsSection workspace={ws} />
      )}
      {ws.myRole !== 'invited' ? <DecisionsSection workspace={ws} linkToSubmissions={!observer} /> : null}
    </Stack>
  );
}

function SubmissionsSection({ workspace }: { workspace: Workspace }) {
  const [submitOpen, setSubmitOpen] = useState(false);
  const pager = useCursorPages(['submissions', workspace.id], (cursor) =>
    unwrap(api.GET('/v1/workspaces/{workspaceId}/submissions', { params: { path: { workspaceId: workspace.id }, query: { limit: 20, cursor } } })),
  );
  const owner = workspace.myRole === 'owner';
  const base = `/workspaces/${workspace.id}`;

  return (
    <section aria-labelledby="submissions-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="submissions-heading">
          Submissions
        </Title>
        {owner ? <Button onClick={() => setSubmitOpen(true)}>Submit for review</Button> : null}
      </Group>
      <Text size="sm" mb="sm">
        Each submission freezes every applicable requirement with the current version of its linked evidence; the assessors review that frozen set.
      </Text>
      {pager.isPending ? (
        <Loading label="Loading submissions" />
      ) : pager.error ? (
        <ProblemAlert error={pager.error} />
      ) : !pager.items.length ? (
        <EmptyState title="Nothing submitted yet" action={owner ? <Button onClick={() => setSubmitOpen(true)}>Submit for review</Button> : undefined}>
          {owner
            ? 'Link evidence to the applicable requirements (Evidence tab), then submit: the assessors receive a frozen copy to review.'
            : 'The workspace owner submits once evidence is linked to the requirements; submissions and their review status appear here.'}
        </EmptyState>
      ) : (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table aria-label="Submissions">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Submission</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Submitted</Table.Th>
                  <Table.Th>Requirements</Table.Th>
                  <Table.Th>Progress</Table.Th>
                  <Table.Th>Open findings</Table.Th>
                  <Table.Th>Note</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pager.items.map((s) => (
                  <Table.Tr key={s.id} data-testid="submission-row">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Anchor component={Link} to={`${base}/submissions/${s.number}`} fw={600} size="sm">
                        Submission {s.number}
                      </Anchor>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <SubmissionStatusBadge status={s.status} />
                    </Table.Td>
                    <Table.Td>{formatDateTime(s.manifest.submittedAt)}</Table.Td>
                    <Table.Td>{s.manifest.entryCount}</Table.Td>
                    <Table.Td>
                      <ReviewProgress submission={s} />
                    </Table.Td>
                    <Table.Td>{s.openFindings}</Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2} maw={320}>
                        {s.note || '—'}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <CursorPager pager={pager} />
        </>
      )}
      {owner ? <SubmitModal workspaceId={workspace.id} opened={submitOpen} onClose={() => setSubmitOpen(false)} /> : null}
    </section>
  );
}

function SubmitModal({ workspaceId, opened, onClose }: { workspaceId: string; opened: boolean; onClose(): void }) {
  const navigate = useNavigate();
  const refresh = useRefreshReview(workspaceId);
  const [note, setNote] = useState('');
  // One key per submit attempt: a retry after a lost answer does not submit twice.
  const [key, setKey] = useState(idempotencyKey);
  const submit = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/v1/workspaces/{workspaceId}/submissions', {
          params: { path: { workspaceId }, header: { 'Idempotency-Key': key } },
          body: note.trim() ? { note: note.trim() } : {},
        }),
      ),
    onSuccess: (s) => {
      refresh(s.number);
      notify(`${s.manifest.entryCount} requirements frozen; the assessors are notified.`, { title: `Submission ${s.number} sent for review` });
      setNote('');
      setKey(idempotencyKey());
      onClose();
      void navigate(`/workspaces/${workspaceId}/submissions/${s.number}`);
    },
  });
  const close = () => {
    submit.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title="Submit for review" size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit.mutate();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            Every applicable requirement is frozen with the current version of each linked evidence item (with its SHA-256). You cannot submit again while this
            submission is submitted or in review; open findings move to the new submission.
          </Text>
          <Textarea
            label="Note to the assessors"
            description="Optional: what changed since the last submission, which findings it addresses."
            autosize
            minRows={3}
            maxLength={4000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <ProblemAlert error={submit.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={submit.isPending}>
              Submit
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function DecisionsSection({ workspace, linkToSubmissions }: { workspace: Workspace; linkToSubmissions: boolean }) {
  const pager = useCursorPages(['decisions', workspace.id], (cursor) =>
    unwrap(api.GET('/v1/workspaces/{workspaceId}/decisions', { params: { path: { workspaceId: workspace.id }, query: { limit: 20, cursor } } })),
  );
  const base = `/workspaces/${workspace.id}`;
  return (
    <section aria-labelledby="decisions-heading">
      <Title order={2} size="h3" id="decisions-heading" mb="sm">
        Decisions
      </Title>
      {pager.isPending ? (
        <Loading label="Loading decisions" />
      ) : pager.error ? (
        <ProblemAlert error={pager.error} />
      ) : !pager.items.length ? (
        <EmptyState title="No decision yet">
          The assessor records a decision (conformant, conformant with conditions or nonconformant) once the review of a submission is complete; an attestation
          can then be issued from it.
        </EmptyState>
      ) : (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table aria-label="Decisions">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Submission</Table.Th>
                  <Table.Th>Outcome</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Valid</Table.Th>
                  <Table.Th>Decided</Table.Th>
                  <Table.Th>Scope</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pager.items.map((d) => (
                  <Table.Tr key={d.id} data-testid="decision-row">
                    <Table.Td>
                      {linkToSubmissions ? (
                        <Anchor component={Link} to={`${base}/submissions/${d.submissionNumber}`} size="sm">
                          Submission {d.submissionNumber}
                        </Anchor>
                      ) : (
                        `Submission ${d.submissionNumber}`
                      )}
                    </Table.Td>
                    <Table.Td>
                      <DecisionOutcomeBadge outcome={d.outcome} />
                    </Table.Td>
                    <Table.Td>
                      <DecisionStatusBadge status={d.status} />
                    </Table.Td>
                    <Table.Td>
                      {formatDate(d.validFrom)} – {formatDate(d.validUntil)}
                    </Table.Td>
                    <Table.Td>{formatDateTime(d.finalizedAt ?? d.createdAt)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2} maw={360}>
                        {d.scopeStatement}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <CursorPager pager={pager} />
          <Text size="sm" mt="xs">
            Attestations issued from final decisions are in the{' '}
            <Anchor component={Link} to={`${base}/attestations`}>
              Attestations tab
            </Anchor>
            .
          </Text>
        </>
      )}
    </section>
  );
}
