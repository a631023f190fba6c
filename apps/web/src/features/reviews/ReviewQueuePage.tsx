import { Anchor, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { CursorPager } from '../../components/CursorPager';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime, formatNumber } from '../../components/format';
import { useT } from '../../i18n';
import { verdictsRecorded, type Submission, type Workspace } from './review-model';
import { allPages } from '../../api/all-pages';
import { ReviewProgressBar, SubmissionStatusBadge } from './review-ui';

const PAGE_SIZE = 20;

type QueueItem = Schemas['ReviewQueueItemDto'];

/** One row of the table, whether it comes from the waiting queue or the history. */
interface Row {
  key: string;
  workspace: { id: string; name: string };
  offering: string | null;
  manufacturer: string | null;
  number: number;
  submittedAt: string;
  status: Submission['status'];
  judged: number;
  total: number;
  openFindings: number;
}

const fromQueue = (i: QueueItem): Row => ({
  key: i.submissionId,
  workspace: i.workspace,
  offering: i.offering?.name ?? null,
  manufacturer: i.manufacturer?.name ?? null,
  number: i.number,
  submittedAt: i.submittedAt,
  status: i.status,
  judged: i.progress.judged,
  total: i.progress.total,
  openFindings: i.progress.openFindings,
});

const fromSubmission = (workspace: Workspace, s: Submission): Row => ({
  key: s.id,
  workspace,
  offering: null,
  manufacturer: null,
  number: s.number,
  submittedAt: s.manifest.submittedAt,
  status: s.status,
  judged: verdictsRecorded(s),
  total: s.manifest.entryCount,
  openFindings: s.openFindings,
});

/** The workspaces where the organization is the assessor (for the count and the history). */
async function loadAssessorWorkspaces(): Promise<Workspace[]> {
  const workspaces = await allPages((cursor) => unwrap(api.GET('/v1/workspaces', { params: { query: { limit: 200, cursor } } })), 50);
  return workspaces.filter((w) => w.myRole === 'assessor');
}

/**
 * The waiting work in one read model (`GET /v1/review-queue`: every workspace at once, with
 * names and progress), oldest waiting first. Bounded so a runaway list cannot hang the page.
 */
async function loadAwaiting(): Promise<Row[]> {
  const items = await allPages((cursor) => unwrap(api.GET('/v1/review-queue', { params: { query: { limit: 200, cursor } } })), 25);
  return items.map(fromQueue).sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
}

interface History {
  rows: Row[];
  /** Workspaces whose submissions could not be read, with the problem. */
  failures: { workspace: Workspace; error: unknown }[];
}

/**
 * Every submission of every assessed workspace, newest first, read only when the history is
 * asked for: the queue's read model lists waiting work only, so this reads each workspace.
 */
async function loadHistory(assessed: Workspace[]): Promise<History> {
  const results = await Promise.allSettled(
    assessed.map((workspace) =>
      allPages(
        (cursor) =>
          unwrap(api.GET('/v1/workspaces/{workspaceId}/submissions', { params: { path: { workspaceId: workspace.id }, query: { limit: 200, cursor } } })),
        50,
      ).then((subs) => subs.map((s) => fromSubmission(workspace, s))),
    ),
  );
  const rows: Row[] = [];
  const failures: History['failures'] = [];
  results.forEach((r, i) => (r.status === 'fulfilled' ? rows.push(...r.value) : failures.push({ workspace: assessed[i]!, error: r.reason })));
  rows.sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
  return { rows, failures };
}

/** The assessor's work list: submissions awaiting review across its workspaces. */
export function ReviewQueuePage() {
  const t = useT();
  const [show, setShow] = useState<'awaiting' | 'all'>('awaiting');
  const [page, setPage] = useState(1);
  const workspaces = useQuery({ queryKey: ['review-queue', 'workspaces'], queryFn: loadAssessorWorkspaces });
  const awaiting = useQuery({ queryKey: ['review-queue', 'awaiting'], queryFn: loadAwaiting });
  const history = useQuery({
    queryKey: ['review-queue', 'history'],
    queryFn: () => loadHistory(workspaces.data ?? []),
    enabled: show === 'all' && !!workspaces.data,
  });

  const header = <PageHeader title={t('reviews.queue.title')} description={t('reviews.queue.description')} />;
  if (workspaces.isPending || awaiting.isPending) {
    return (
      <>
        {header}
        <Loading label={t('reviews.queue.loading')} />
      </>
    );
  }
  const error = workspaces.error ?? awaiting.error;
  if (error) {
    return (
      <>
        {header}
        <ProblemAlert error={error} />
      </>
    );
  }

  const assessorWorkspaces = workspaces.data?.length ?? 0;
  const waiting = awaiting.data ?? [];
  const failures = show === 'all' ? (history.data?.failures ?? []) : [];
  // Waiting work oldest first; the full history newest first.
  const items = show === 'awaiting' ? waiting : (history.data?.rows ?? []);
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const shown = items.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);

  return (
    <>
      {header}
      <Stack gap="sm">
        {failures.map((f) => (
          <ProblemAlert key={f.workspace.id} error={f.error} title={t('reviews.queue.workspaceError', { workspace: f.workspace.name })} />
        ))}
        <Group justify="space-between" gap="sm">
          <SegmentedControl
            aria-label={t('reviews.queue.which')}
            // Longer labels (Thai, Vietnamese) wrap inside their segment instead of overflowing a phone screen.
            styles={{ label: { whiteSpace: 'normal' } }}
            value={show}
            onChange={(v) => {
              setShow(v === 'all' ? 'all' : 'awaiting');
              setPage(1);
            }}
            data={[
              { value: 'awaiting', label: t('reviews.queue.awaiting', { count: waiting.length }) },
              { value: 'all', label: history.data ? t('reviews.queue.all', { count: history.data.rows.length }) : t('reviews.queue.allUncounted') },
            ]}
          />
          <Text size="sm">{t('reviews.queue.workspaces', { count: assessorWorkspaces })}</Text>
        </Group>
        {show === 'all' && history.error ? (
          <ProblemAlert error={history.error} />
        ) : show === 'all' && history.isPending ? (
          <Loading label={t('reviews.queue.loading')} />
        ) : !items.length ? (
          assessorWorkspaces === 0 ? (
            <EmptyState title={t('reviews.queue.noWorkspaceTitle')}>{t('reviews.queue.noWorkspaceBody')}</EmptyState>
          ) : (
            <EmptyState title={show === 'awaiting' ? t('reviews.queue.nothingAwaitsTitle') : t('reviews.queue.noSubmissionsTitle')}>
              {t('reviews.queue.emptyBody')}
              {show === 'awaiting' && (history.data?.rows.length ?? 1) > 0 ? ` ${t('reviews.queue.emptyChooseAll')}` : ''}
            </EmptyState>
          )
        ) : (
          <>
            <Table.ScrollContainer minWidth={760}>
              <Table aria-label={t('reviews.queue.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('reviews.queue.workspace')}</Table.Th>
                    <Table.Th>{t('reviews.table.submission')}</Table.Th>
                    <Table.Th>{t('reviews.table.submitted')}</Table.Th>
                    <Table.Th>{t('reviews.table.status')}</Table.Th>
                    <Table.Th>{t('reviews.table.progress')}</Table.Th>
                    <Table.Th>{t('reviews.table.openFindings')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((row) => (
                    <Table.Tr key={row.key} data-testid="queue-row">
                      <Table.Td>
                        <Anchor component={Link} to={`/workspaces/${row.workspace.id}`} size="sm">
                          {row.workspace.name}
                        </Anchor>
                        {row.offering && row.manufacturer ? (
                          <Text size="xs" c="gray.7">
                            {t('reviews.queue.offeringBy', { offering: row.offering, manufacturer: row.manufacturer })}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Anchor component={Link} to={`/workspaces/${row.workspace.id}/submissions/${row.number}`} fw={600} size="sm">
                          {t('reviews.submission.name', { number: row.number })}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{formatDateTime(row.submittedAt)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <SubmissionStatusBadge status={row.status} />
                      </Table.Td>
                      <Table.Td>
                        <ReviewProgressBar done={row.judged} total={row.total} />
                      </Table.Td>
                      <Table.Td>{formatNumber(row.openFindings)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <CursorPager
              pager={{
                page: current,
                hasNext: current < pages,
                hasPrevious: current > 1,
                next: () => setPage(current + 1),
                previous: () => setPage(current - 1),
              }}
            />
          </>
        )}
      </Stack>
    </>
  );
}
