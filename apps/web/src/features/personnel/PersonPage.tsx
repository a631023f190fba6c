import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatDateTime, formatLanguage, formatList, formatMarket } from '../../components/format';
import { notify } from '../../components/notify';
import { useActingOrganization } from '../../auth/useActingOrganization';
import { useT } from '../../i18n';
import { CertificationStatusBadge, evidenceHref } from './personnel-parts';

/** One person: personal fields (employer only), certifications with their evidence, assignments, erasure. */
export function PersonPage() {
  const t = useT();
  const { personId = '' } = useParams();
  const { isAdmin } = useActingOrganization();
  const queryClient = useQueryClient();
  const person = useQuery({
    queryKey: ['personnel', 'person', personId],
    queryFn: () => unwrap(api.GET('/v1/personnel/people/{personId}', { params: { path: { personId } } })),
  });

  if (person.isPending) return <Loading label={t('personnel.person.loading')} />;
  if (person.error) return <ProblemAlert error={person.error} />;
  const p = person.data;
  const erase = async () => {
    await unwrap(api.DELETE('/v1/personnel/people/{personId}', { params: { path: { personId } } }));
    await queryClient.invalidateQueries({ queryKey: ['personnel'] });
    notify(t('personnel.person.erase.done'));
  };

  return (
    <>
      <PageHeader
        title={p.displayName ?? t('personnel.person.erasedTitle')}
        description={p.status === 'erased' ? t('personnel.person.erasedDescription', { date: formatDateTime(p.erasedAt) }) : p.internalId}
        actions={
          isAdmin && p.status === 'active' ? (
            <ConfirmButton
              label={t('personnel.person.erase.label')}
              title={t('personnel.person.erase.title')}
              message={t('personnel.person.erase.message')}
              onConfirm={erase}
            />
          ) : null
        }
      />
      <Stack>
        <Paper withBorder p="md">
          <Group gap="xl">
            <Text size="sm">{t('personnel.person.email', { value: p.email ?? '—' })}</Text>
            <Text size="sm">{t('personnel.person.markets', { value: formatList(p.markets.map(formatMarket)) || '—' })}</Text>
            <Text size="sm">{t('personnel.person.timeZones', { value: formatList(p.timeZones) || '—' })}</Text>
            <Text size="sm">{t('personnel.person.languages', { value: formatList(p.languages.map(formatLanguage)) || '—' })}</Text>
            <Text size="sm">{t('personnel.person.remoteAccess', { value: formatList(p.remotePrivileges) || '—' })}</Text>
          </Group>
        </Paper>
        <Title order={2} size="h4">
          {t('personnel.person.certifications')}
        </Title>
        {p.certifications.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('personnel.person.noCertifications')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('personnel.person.column.scheme')}</Table.Th>
                  <Table.Th>{t('personnel.person.column.level')}</Table.Th>
                  <Table.Th>{t('personnel.person.column.issuingBody')}</Table.Th>
                  <Table.Th>{t('personnel.person.column.number')}</Table.Th>
                  <Table.Th>{t('personnel.person.column.valid')}</Table.Th>
                  <Table.Th>{t('personnel.person.column.scope')}</Table.Th>
                  <Table.Th>{t('personnel.person.column.status')}</Table.Th>
                  <Table.Th>{t('personnel.person.column.evidence')}</Table.Th>
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
                        {formatDate(c.validFrom)} – {c.validUntil ? formatDate(c.validUntil) : t('personnel.person.noEnd')}
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
                            {t('personnel.person.certificateLink')}
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
          {t('personnel.person.serves')}
        </Title>
        {p.assignments.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('personnel.person.noAssignments')}
          </Text>
        ) : (
          <Stack gap={4}>
            {p.assignments.map((a) => (
              <Anchor key={a.id} component={Link} to={`/offerings/${a.offeringId}`} size="sm">
                {t('personnel.person.assignment', { component: a.componentId.slice(0, 8), offering: a.offeringId.slice(0, 8) })}
              </Anchor>
            ))}
          </Stack>
        )}
      </Stack>
    </>
  );
}
