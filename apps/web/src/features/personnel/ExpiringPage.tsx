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
import { CertificationStatusBadge, daysLeftText } from './personnel-parts';

/** Certifications ending within 30/60/90 days, and expired ones (which no longer count). */
export function ExpiringPage() {
  const [days, setDays] = useState('90');
  const expiring = useQuery({
    queryKey: ['personnel', 'expiring', days],
    queryFn: () => unwrap(api.GET('/v1/personnel/expiring', { params: { query: { days: Number(days) } } })),
  });
  return (
    <>
      <PageHeader
        title="Expiring certifications"
        description="Expired certifications stop counting for tender competence rules; notices go out 90, 60 and 30 days ahead (webhooks and mail)."
        actions={<SegmentedControl value={days} onChange={setDays} data={['30', '60', '90'].map((d) => ({ value: d, label: `${d} days` }))} />}
      />
      {expiring.isPending ? (
        <Loading label="Loading expiring certifications" />
      ) : expiring.error ? (
        <ProblemAlert error={expiring.error} />
      ) : expiring.data.length === 0 ? (
        <EmptyState title={`Nothing ends within ${days} days`}>Every certification in the roster stays valid beyond that.</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Person</Table.Th>
                <Table.Th>Scheme</Table.Th>
                <Table.Th>Level</Table.Th>
                <Table.Th>Valid until</Table.Th>
                <Table.Th>When</Table.Th>
                <Table.Th>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {expiring.data.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/personnel/${c.personId}`}>
                      {c.displayName ?? '(erased)'}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{c.scheme}</Table.Td>
                  <Table.Td>{c.level}</Table.Td>
                  <Table.Td>{formatDate(c.validUntil)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" c={c.daysLeft < 0 ? 'red' : c.daysLeft <= 30 ? 'orange' : undefined}>
                      {daysLeftText(c.daysLeft)}
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
