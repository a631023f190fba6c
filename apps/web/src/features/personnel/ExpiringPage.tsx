import { Anchor, SegmentedControl, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../components/format';
import { useT } from '../../i18n';
import { CertificationStatusBadge, DaysLeft } from './personnel-parts';

/** Certifications ending within 30/60/90 days, and expired ones (which no longer count). */
export function ExpiringPage() {
  const t = useT();
  const [days, setDays] = useState('90');
  const expiring = useQuery({
    queryKey: ['personnel', 'expiring', days],
    queryFn: () => unwrap(api.GET('/v1/personnel/expiring', { params: { query: { days: Number(days) } } })),
  });
  return (
    <>
      <PageHeader
        title={t('personnel.expiring.title')}
        description={t('personnel.expiring.description')}
        actions={
          <SegmentedControl
            aria-label={t('personnel.expiring.windowLabel')}
            value={days}
            onChange={setDays}
            data={['30', '60', '90'].map((d) => ({ value: d, label: t('personnel.expiring.window', { days: Number(d) }) }))}
          />
        }
      />
      {expiring.isPending ? (
        <Loading label={t('personnel.expiring.loading')} />
      ) : expiring.error ? (
        <ProblemAlert error={expiring.error} />
      ) : expiring.data.length === 0 ? (
        <EmptyState title={t('personnel.expiring.emptyTitle', { days: Number(days) })}>{t('personnel.expiring.emptyBody')}</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('personnel.expiring.column.person')}</Table.Th>
                <Table.Th>{t('personnel.expiring.column.scheme')}</Table.Th>
                <Table.Th>{t('personnel.expiring.column.level')}</Table.Th>
                <Table.Th>{t('personnel.expiring.column.validUntil')}</Table.Th>
                <Table.Th>{t('personnel.expiring.column.when')}</Table.Th>
                <Table.Th>{t('personnel.expiring.column.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {expiring.data.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/personnel/${c.personId}`}>
                      {c.displayName ?? t('personnel.erasedName')}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{c.scheme}</Table.Td>
                  <Table.Td>{c.level}</Table.Td>
                  <Table.Td>{formatDate(c.validUntil)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" c={c.daysLeft < 0 ? 'red' : c.daysLeft <= 30 ? 'orange' : undefined}>
                      <DaysLeft days={c.daysLeft} />
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <CertificationStatusBadge status={c.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
