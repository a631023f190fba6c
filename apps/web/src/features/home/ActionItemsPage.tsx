import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate, formatNumber } from '../../components/format';
import { useT, type MessageId } from '../../i18n';

type ActionItems = Schemas['ActionItemsDto'];

/** How many of each kind the page shows (the totals count them all). */
const LIMIT = 50;

const SEVERITY: Record<string, MessageId> = {
  major_nonconformity: 'home.actions.severity.major_nonconformity',
  minor_nonconformity: 'home.actions.severity.minor_nonconformity',
  observation: 'home.actions.severity.observation',
};

/**
 * What needs the owner's action across the workspaces its organization owns, most urgent
 * first: the gaps the assessor named in each latest submission, open findings (overdue
 * first) and evidence to renew — each with a link to where it is dealt with. One request.
 */
export function ActionItemsPage() {
  const t = useT();
  const items = useQuery({
    queryKey: ['action-items'],
    queryFn: () => unwrap(api.GET('/v1/action-items', { params: { query: { limit: LIMIT } } })),
  });
  const a = items.data;
  const none = a && a.totals.verdicts + a.totals.findings + a.totals.evidence === 0;
  return (
    <Stack gap="xl">
      <PageHeader title={t('home.actions.title')} description={t('home.actions.description')} />
      {items.isPending ? (
        <Loading label={t('home.actions.loading')} />
      ) : items.error ? (
        <ProblemAlert error={items.error} />
      ) : none ? (
        <EmptyState title={t('home.actions.none.title')}>{t('home.actions.none.body')}</EmptyState>
      ) : a ? (
        <>
          <Gaps items={a} />
          <Findings items={a} />
          <Evidence items={a} />
        </>
      ) : null}
    </Stack>
  );
}

function Section({
  id,
  title,
  shown,
  total,
  empty,
  children,
}: {
  id: string;
  title: string;
  shown: number;
  total: number;
  empty: string;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <section aria-labelledby={id} data-testid={id}>
      <Title order={2} size="h3" id={id} mb="xs">
        {title} <Text span c="gray.7" fw={400}>{`(${formatNumber(total)})`}</Text>
      </Title>
      {total === 0 ? (
        <Text size="sm" c="gray.7">
          {empty}
        </Text>
      ) : (
        <>
          {children}
          {total > shown ? (
            <Text size="sm" c="gray.7" mt="xs">
              {t('home.actions.more', { shown, total })}
            </Text>
          ) : null}
        </>
      )}
    </section>
  );
}

function Gaps({ items }: { items: ActionItems }) {
  const t = useT();
  return (
    <Section
      id="action-gaps"
      title={t('home.actions.gaps.title')}
      shown={items.verdicts.length}
      total={items.totals.verdicts}
      empty={t('home.actions.gaps.none')}
    >
      <Table.ScrollContainer minWidth={760}>
        <Table aria-label={t('home.actions.gaps.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('home.actions.column.requirement')}</Table.Th>
              <Table.Th>{t('home.actions.column.verdict')}</Table.Th>
              <Table.Th>{t('home.actions.column.comment')}</Table.Th>
              <Table.Th>{t('home.actions.column.workspace')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.verdicts.map((v) => (
              <Table.Tr key={v.verdictId} data-testid="action-gap">
                <Table.Td>
                  <Anchor component={Link} to={`/workspaces/${v.workspace.id}/requirements/${v.requirement.id}`} size="sm" fw={600}>
                    {v.requirement.ref} — {v.requirement.title}
                  </Anchor>
                  <Text size="xs" c="gray.7">
                    {t('home.actions.gaps.addEvidence')}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <StatusBadge color={v.outcome === 'not_satisfied' ? 'red' : 'yellow'}>
                    {v.outcome === 'not_satisfied' ? t('home.actions.outcome.not_satisfied') : t('home.actions.outcome.needs_information')}
                  </StatusBadge>
                </Table.Td>
                <Table.Td maw={420}>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {v.comment || '—'}
                  </Text>
                  <Text size="xs" c="gray.7">
                    {t('home.actions.gaps.by', { assessor: v.assessor.name || '—', number: v.submissionNumber })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/workspaces/${v.workspace.id}`} size="sm">
                    {v.workspace.name}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}

function Findings({ items }: { items: ActionItems }) {
  const t = useT();
  return (
    <Section
      id="action-findings"
      title={t('home.actions.findings.title')}
      shown={items.findings.length}
      total={items.totals.findings}
      empty={t('home.actions.findings.none')}
    >
      <Table.ScrollContainer minWidth={760}>
        <Table aria-label={t('home.actions.findings.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('home.actions.column.finding')}</Table.Th>
              <Table.Th>{t('home.actions.column.due')}</Table.Th>
              <Table.Th>{t('home.actions.column.severity')}</Table.Th>
              <Table.Th>{t('home.actions.column.workspace')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.findings.map((f) => (
              <Table.Tr key={f.id} data-testid="action-finding">
                <Table.Td>
                  <Anchor component={Link} to={`/workspaces/${f.workspace.id}/submissions/${f.submissionNumber}`} size="sm" fw={600}>
                    {f.title}
                  </Anchor>
                  <Text size="xs" c="gray.7">
                    <Anchor component={Link} to={`/workspaces/${f.workspace.id}/requirements/${f.requirement.id}`} size="xs" underline="always">
                      {f.requirement.ref}
                    </Anchor>{' '}
                    · {t('home.actions.findings.submission', { number: f.submissionNumber })}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {f.dueDate ? formatDate(f.dueDate) : t('home.actions.findings.noDueDate')}
                  {f.overdue ? (
                    <div>
                      <StatusBadge color="red">{t('home.actions.findings.overdue')}</StatusBadge>
                    </div>
                  ) : null}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{SEVERITY[f.severity] ? t(SEVERITY[f.severity]!) : f.severity}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/workspaces/${f.workspace.id}`} size="sm">
                    {f.workspace.name}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}

function Evidence({ items }: { items: ActionItems }) {
  const t = useT();
  return (
    <Section
      id="action-evidence"
      title={t('home.actions.evidence.title', { days: items.expiryWarningDays })}
      shown={items.evidence.length}
      total={items.totals.evidence}
      empty={t('home.actions.evidence.none')}
    >
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label={t('home.actions.evidence.title', { days: items.expiryWarningDays })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('home.actions.column.evidence')}</Table.Th>
              <Table.Th>{t('home.actions.column.validUntil')}</Table.Th>
              <Table.Th>{t('home.actions.column.workspace')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.evidence.map((e) => (
              <Table.Tr key={e.id} data-testid="action-evidence-item">
                <Table.Td>
                  <Anchor component={Link} to={`/workspaces/${e.workspace.id}/evidence/${e.id}`} size="sm" fw={600}>
                    {e.title}
                  </Anchor>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(e.validUntil)}{' '}
                  <StatusBadge color={e.freshness === 'expired' ? 'red' : 'yellow'}>
                    {e.freshness === 'expired' ? t('home.actions.evidence.expired') : t('home.actions.evidence.expiring')}
                  </StatusBadge>
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/workspaces/${e.workspace.id}`} size="sm">
                    {e.workspace.name}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}
