import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatDateTime } from '../../components/format';
import { notify } from '../../components/notify';
import { useActingOrganization } from '../../auth/useActingOrganization';
import { CertificationStatusBadge, evidenceHref } from './personnel-parts';

/** One person: personal fields (employer only), certifications with their evidence, assignments, erasure. */
export function PersonPage() {
  const { personId = '' } = useParams();
  const { isAdmin } = useActingOrganization();
  const queryClient = useQueryClient();
  const person = useQuery({
    queryKey: ['personnel', 'person', personId],
    queryFn: () => unwrap(api.GET('/v1/personnel/people/{personId}', { params: { path: { personId } } })),
  });

  if (person.isPending) return <Loading label="Loading the person" />;
  if (person.error) return <ProblemAlert error={person.error} />;
  const p = person.data;
  const erase = async () => {
    await unwrap(api.DELETE('/v1/personnel/people/{personId}', { params: { path: { personId } } }));
    await queryClient.invalidateQueries({ queryKey: ['personnel'] });
    notify('The personal fields are erased; certifications and counts stay.');
  };

  return (
    <>
      <PageHeader
        title={p.displayName ?? 'Erased person'}
        description={
          p.status === 'erased'
            ? `Erased ${formatDateTime(p.erasedAt)}: name, internal id, e-mail and certificate numbers can no longer be read.`
            : p.internalId
        }
        actions={
          isAdmin && p.status === 'active' ? (
            <ConfirmButton
              label="Erase"
              title="Erase this person?"
              message="Their data key is deleted: name, internal id, e-mail and certificate numbers become unreadable for good. Certifications, assignments and counts stay."
              onConfirm={erase}
            />
          ) : null
        }
      />
      <Stack>
        <Paper withBorder p="md">
          <Group gap="xl">
            <Text size="sm">E-mail: {p.email ?? '—'}</Text>
            <Text size="sm">Markets: {p.markets.join(', ') || '—'}</Text>
            <Text size="sm">Time zones: {p.timeZones.join(', ') || '—'}</Text>
            <Text size="sm">Languages: {p.languages.join(', ') || '—'}</Text>
            <Text size="sm">Remote access: {p.remotePrivileges.join(', ') || '—'}</Text>
          </Group>
        </Paper>
        <Title order={2} size="h4">
          Certifications
        </Title>
        {p.certifications.length === 0 ? (
          <Text c="dimmed" size="sm">
            No certifications recorded.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Scheme</Table.Th>
                  <Table.Th>Level</Table.Th>
                  <Table.Th>Issuing body</Table.Th>
                  <Table.Th>Number</Table.Th>
                  <Table.Th>Valid</Table.Th>
                  <Table.Th>Scope</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Evidence</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {p.certifications.map((c) => {
                  const href = evidenceHref(c);
                  return (
                    <Table.Tr key={c.id}>
                      <Table.Td>{c.scheme}</Table.Td>
                      <Table.Td>{c.level}</Table.Td>
                      <Table.Td>{c.issuingBody}</Table.Td>
                      <Table.Td>{c.number ?? '—'}</Table.Td>
                      <Table.Td>
                        {formatDate(c.validFrom)} – {c.validUntil ? formatDate(c.validUntil) : 'no end'}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {[...c.machineFamilies, ...c.deviceModels, ...c.serviceTypes].map((s) => (
                            <Badge key={s} variant="outline" size="sm">
                              {s}
                            </Badge>
                          ))}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <CertificationStatusBadge status={c.status} />
                      </Table.Td>
                      <Table.Td>
                        {href ? (
                          <Anchor component={Link} to={href}>
                            Certificate and versions
                          </Anchor>
                        ) : (
                          '—'
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Title order={2} size="h4">
          Serves
        </Title>
        {p.assignments.length === 0 ? (
          <Text c="dimmed" size="sm">
            Not assigned to a service component.
          </Text>
        ) : (
          <Stack gap={4}>
            {p.assignments.map((a) => (
              <Anchor key={a.id} component={Link} to={`/offerings/${a.offeringId}`} size="sm">
                Component {a.componentId.slice(0, 8)}… of offering {a.offeringId.slice(0, 8)}…
              </Anchor>
            ))}
          </Stack>
        )}
      </Stack>
    </>
  );
}
