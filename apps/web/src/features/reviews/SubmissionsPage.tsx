import { Alert, Anchor, Button, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { Dialog } from '../../components/Dialog';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { CursorPager, useCursorPages } from '../../components/CursorPager';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatDateTime, formatNumber } from '../../components/format';
import { FormattedMessage, useT } from '../../i18n';
import { idempotencyKey, type Workspace } from './review-model';
import { notify } from '../../components/notify';
import { useRefreshReview, useWorkspace } from './review-hooks';
import { DecisionOutcomeBadge, DecisionStatusBadge, ReviewProgress, SubmissionStatusBadge } from './review-ui';

/** A workspace's submissions and decisions; the owner submits for review from here. */
export function SubmissionsPage() {
  const t = useT();
  const { workspaceId = '' } = useParams();
  const workspace = useWorkspace(workspaceId);

  if (workspace.isPending) return <Loading />;
  if (workspace.error) return <ProblemAlert error={workspace.error} />;
  const ws = workspace.data;
  const observer = ws.myRole === 'observer';
  return (
    <Stack gap="xl">
      {observer ? (
        <Alert color="blue" variant="light" title={t('reviews.observer.title')}>
          {t('reviews.submissions.observerBody')}
        </Alert>
      ) : ws.myRole === 'invited' ? (
        <Alert color="blue" variant="light" title={t('reviews.submissions.invitedTitle')}>
          {t('reviews.submissions.invitedBody')}
        </Alert>
      ) : (
        <SubmissionsSection workspace={ws} />
      )}
      {ws.myRole !== 'invited' ? <DecisionsSection workspace={ws} linkToSubmissions={!observer} /> : null}
    </Stack>
  );
}

function SubmissionsSection({ workspace }: { workspace: Workspace }) {
  const t = useT();
  const [submitOpen, setSubmitOpen] = useState(false);
  // Newest first: the submission under review (or the last decided) heads the list.
  const pager = useCursorPages(['submissions', workspace.id], (cursor) =>
    unwrap(
      api.GET('/v1/workspaces/{workspaceId}/submissions', { params: { path: { workspaceId: workspace.id }, query: { limit: 20, cursor, order: 'desc' } } }),
    ),
  );
  const owner = workspace.myRole === 'owner';
  const base = `/workspaces/${workspace.id}`;

  return (
    <section aria-labelledby="submissions-heading">
      <Group justify="space-between" mb="sm" gap="sm">
        <Title order={2} size="h3" id="submissions-heading">
          {t('reviews.submissions.title')}
        </Title>
        {owner ? <Button onClick={() => setSubmitOpen(true)}>{t('reviews.submissions.submit')}</Button> : null}
      </Group>
      <Text size="sm" mb="sm">
        {t('reviews.submissions.intro')}
      </Text>
      {pager.isPending ? (
        <Loading label={t('reviews.submissions.loading')} />
      ) : pager.error ? (
        <ProblemAlert error={pager.error} />
      ) : !pager.items.length ? (
        <EmptyState
          title={t('reviews.submissions.emptyTitle')}
          action={owner ? <Button onClick={() => setSubmitOpen(true)}>{t('reviews.submissions.submit')}</Button> : undefined}
        >
          {owner ? t('reviews.submissions.emptyOwner') : t('reviews.submissions.emptyOther')}
        </EmptyState>
      ) : (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table aria-label={t('reviews.submissions.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reviews.table.submission')}</Table.Th>
                  <Table.Th>{t('reviews.table.status')}</Table.Th>
                  <Table.Th>{t('reviews.table.submitted')}</Table.Th>
                  <Table.Th>{t('reviews.table.requirements')}</Table.Th>
                  <Table.Th>{t('reviews.table.progress')}</Table.Th>
                  <Table.Th>{t('reviews.table.openFindings')}</Table.Th>
                  <Table.Th>{t('reviews.table.note')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pager.items.map((s) => (
                  <Table.Tr key={s.id} data-testid="submission-row">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Anchor component={Link} to={`${base}/submissions/${s.number}`} fw={600} size="sm">
                        {t('reviews.submission.name', { number: s.number })}
                      </Anchor>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <SubmissionStatusBadge status={s.status} />
                    </Table.Td>
                    <Table.Td>{formatDateTime(s.manifest.submittedAt)}</Table.Td>
                    <Table.Td>{formatNumber(s.manifest.entryCount)}</Table.Td>
                    <Table.Td>
                      <ReviewProgress submission={s} />
                    </Table.Td>
                    <Table.Td>{formatNumber(s.openFindings)}</Table.Td>
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
  const t = useT();
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
      notify(t('reviews.submit.done', { count: s.manifest.entryCount }), { title: t('reviews.submit.doneTitle', { number: s.number }) });
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
    <Dialog opened={opened} onClose={close} title={t('reviews.submissions.submit')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit.mutate();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('reviews.submit.explain')}</Text>
          <Textarea
            label={t('reviews.submit.note')}
            description={t('reviews.submit.noteHint')}
            autosize
            minRows={3}
            maxLength={4000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <ProblemAlert error={submit.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('reviews.cancel')}
            </Button>
            <Button type="submit" loading={submit.isPending}>
              {t('reviews.submit.button')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

function DecisionsSection({ workspace, linkToSubmissions }: { workspace: Workspace; linkToSubmissions: boolean }) {
  const t = useT();
  const pager = useCursorPages(['decisions', workspace.id], (cursor) =>
    unwrap(api.GET('/v1/workspaces/{workspaceId}/decisions', { params: { path: { workspaceId: workspace.id }, query: { limit: 20, cursor } } })),
  );
  const base = `/workspaces/${workspace.id}`;
  return (
    <section aria-labelledby="decisions-heading">
      <Title order={2} size="h3" id="decisions-heading" mb="sm">
        {t('reviews.decisions.title')}
      </Title>
      {pager.isPending ? (
        <Loading label={t('reviews.decisions.loading')} />
      ) : pager.error ? (
        <ProblemAlert error={pager.error} />
      ) : !pager.items.length ? (
        <EmptyState title={t('reviews.decisions.emptyTitle')}>{t('reviews.decisions.emptyBody')}</EmptyState>
      ) : (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table aria-label={t('reviews.decisions.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reviews.table.submission')}</Table.Th>
                  <Table.Th>{t('reviews.table.outcome')}</Table.Th>
                  <Table.Th>{t('reviews.table.status')}</Table.Th>
                  <Table.Th>{t('reviews.table.valid')}</Table.Th>
                  <Table.Th>{t('reviews.table.decided')}</Table.Th>
                  <Table.Th>{t('reviews.table.scope')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pager.items.map((d) => (
                  <Table.Tr key={d.id} data-testid="decision-row">
                    <Table.Td>
                      {linkToSubmissions ? (
                        <Anchor component={Link} to={`${base}/submissions/${d.submissionNumber}`} size="sm">
                          {t('reviews.submission.name', { number: d.submissionNumber })}
                        </Anchor>
                      ) : (
                        t('reviews.submission.name', { number: d.submissionNumber })
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
            <FormattedMessage
              id="reviews.decisions.attestationsHint"
              values={{
                link: (chunks) => (
                  <Anchor component={Link} to={`${base}/attestations`}>
                    {chunks}
                  </Anchor>
                ),
              }}
            />
          </Text>
        </>
      )}
    </section>
  );
}
