import { Anchor, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { CursorPager } from '../../components/CursorPager';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime, formatNumber } from '../../components/format';
import { useT } from '../../i18n';
import { AWAITING_REVIEW, type Submission, type Workspace } from './review-model';
import { allPages } from '../../api/all-pages';
import { ReviewProgress, SubmissionStatusBadge } from './review-ui';

const PAGE_SIZE = 20;

interface QueueItem {
  workspace: Workspace;
  submission: Submission;
}

interface Queue {
  assessorWorkspaces: number;
  items: QueueItem[];
  /** Workspaces whose submissions could not be read, with the problem. */
  failures: { workspace: Workspace; error: unknown }[];
}

/**
 * Every submission of every workspace where the organization is the assessor. The API
 * lists submissions per workspace; the queue gathers them (oldest waiting first).
 */
async function loadQueue(): Promise<Queue> {
  const workspaces = await allPages((cursor) => unwrap(api.GET('/v1/workspaces', { params: { query: { limit: 200, cursor } } })), 50);
  const assessed = workspaces.filter((w) => w.myRole === 'assessor');
  const results = await Promise.allSettled(
    assessed.map((workspace) =>
      allPages(
        (cursor) =>
          unwrap(api.GET('/v1/workspaces/{workspaceId}/submissions', { params: { path: { workspaceId: workspace.id }, query: { limit: 200, cursor } } })),
        50,
      ).then((subs) => subs.map((submission) => ({ workspace, submission }))),
    ),
  );
  const items: QueueItem[] = [];
  const failures: Queue['failures'] = [];
  results.forEach((r, i) => (r.status === 'fulfilled' ? items.push(...r.value) : failures.push({ workspace: assessed[i]!, error: r.reason })));
  items.sort((a, b) => a.submission.manifest.submittedAt.localeCompare(b.submission.manifest.submittedAt));
  return { assessorWorkspaces: assessed.length, items, failures };
}

/** The assessor's work list: submissions awaiting review across its workspaces. */
export function ReviewQueuePage() {
  const t = useT();
  const [show, setShow] = useState<'awaiting' | 'all'>('awaiting');
  const [page, setPage] = useState(1);
  const queue = useQuery({ queryKey: ['review-queue'], queryFn: loadQueue });

  const header = <PageHeader title={t('reviews.queue.title')} description={t('reviews.queue.description')} />;
  if (queue.isPending) {
    return (
      <>
        {header}
        <Loading label={t('reviews.queue.loading')} />
      </>
    );
  }
  if (queue.error) {
    return (
      <>
        {header}
        <ProblemAlert error={queue.error} />
      </>
    );
  }

  const { items: all, failures, assessorWorkspaces } = queue.data;
  // Waiting work oldest first; the full history newest first.
  const items = show === 'awaiting' ? all.filter((i) => AWAITING_REVIEW.includes(i.submission.status)) : [...all].reverse();
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const shown = items.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const awaiting = all.filter((i) => AWAITING_REVIEW.includes(i.submission.status)).length;

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
              { value: 'awaiting', label: t('reviews.queue.awaiting', { count: awaiting }) },
              { value: 'all', label: t('reviews.queue.all', { count: all.length }) },
            ]}
          />
          <Text size="sm">{t('reviews.queue.workspaces', { count: assessorWorkspaces })}</Text>
        </Group>
        {!items.length ? (
          assessorWorkspaces === 0 ? (
            <EmptyState title={t('reviews.queue.noWorkspaceTitle')}>{t('reviews.queue.noWorkspaceBody')}</EmptyState>
          ) : (
            <EmptyState title={show === 'awaiting' ? t('reviews.queue.nothingAwaitsTitle') : t('reviews.queue.noSubmissionsTitle')}>
              {t('reviews.queue.emptyBody')}
              {show === 'awaiting' && all.length ? ` ${t('reviews.queue.emptyChooseAll')}` : ''}
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
                  {shown.map(({ workspace, submission }) => (
                    <Table.Tr key={submission.id} data-testid="queue-row">
                      <Table.Td>
                        <Anchor component={Link} to={`/workspaces/${workspace.id}`} size="sm">
                          {workspace.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Anchor component={Link} to={`/workspaces/${workspace.id}/submissions/${submission.number}`} fw={600} size="sm">
                          {t('reviews.submission.name', { number: submission.number })}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{formatDateTime(submission.manifest.submittedAt)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <SubmissionStatusBadge status={submission.status} />
                      </Table.Td>
                      <Table.Td>
                        <ReviewProgress submission={submission} />
                      </Table.Td>
                      <Table.Td>{formatNumber(submission.openFindings)}</Table.Td>
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
