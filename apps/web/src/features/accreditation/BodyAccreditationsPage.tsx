import { Alert, Group, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useActingOrganization } from '../../auth/useActingOrganization';
import { ConfirmButton } from '../../components/ConfirmButton';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../components/format';
import { notify } from '../../components/notify';
import { AccreditationStatusBadge, VerificationBadge, type AccreditationDetail } from './accreditation-parts';

type Action = 'confirm' | 'suspend' | 'withdraw' | 'reinstate';

/** An accreditation body's users: the accreditations naming the body, to confirm, suspend, withdraw or reinstate. */
export function BodyAccreditationsPage() {
  const { isAdmin } = useActingOrganization();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ['body-accreditations'], queryFn: () => unwrap(api.GET('/v1/accreditation-body/accreditations')), retry: false });
  const act = useMutation({
    mutationFn: ({ id, action }: { id: string; action: Action }) => {
      const params = { path: { accreditationId: id } };
      switch (action) {
        case 'confirm':
          return unwrap(api.POST('/v1/accreditation-body/accreditations/{accreditationId}/confirm', { params, body: {} }));
        case 'suspend':
          return unwrap(api.POST('/v1/accreditation-body/accreditations/{accreditationId}/suspend', { params, body: {} }));
        case 'withdraw':
          return unwrap(api.POST('/v1/accreditation-body/accreditations/{accreditationId}/withdraw', { params, body: {} }));
        case 'reinstate':
          return unwrap(api.POST('/v1/accreditation-body/accreditations/{accreditationId}/reinstate', { params, body: {} }));
      }
    },
    onSuccess: async (a) => {
      await queryClient.invalidateQueries({ queryKey: ['body-accreditations'] });
      notify(`${a.number}: ${a.verified ? 'verified' : 'declared'}, ${a.effectiveStatus}.`);
    },
  });

  const actions = (a: AccreditationDetail) => {
    if (!isAdmin) return null;
    const button = (action: Action, label: string, color?: string) => (
      <ConfirmButton
        key={action}
        size="xs"
        variant="light"
        color={color ?? 'green'}
        label={label}
        ariaLabel={`${label} ${a.number}`}
        title={`${label} accreditation ${a.number}`}
        message={`${label} the accreditation ${a.number} (${a.standard})? The change is announced to everyone relying on it.`}
        onConfirm={() => act.mutateAsync({ id: a.id, action })}
      />
    );
    return (
      <Group gap="xs" wrap="nowrap">
        {!a.verified && (a.status === 'active' || a.status === 'suspended') ? button('confirm', 'Confirm') : null}
        {a.status === 'active' ? button('suspend', 'Suspend', 'orange') : null}
        {a.status === 'suspended' ? button('reinstate', 'Reinstate') : null}
        {a.status === 'active' || a.status === 'suspended' ? button('withdraw', 'Withdraw', 'red') : null}
      </Group>
    );
  };

  return (
    <>
      <PageHeader
        title="Accreditations naming our body"
        description="Confirm an assessor's accreditation to make it verified in Attesta; suspend, withdraw or reinstate it as your register changes. Changes are announced at once: public verification and tender checks show them."
      />
      {list.isPending ? <Loading label="Loading accreditations" /> : null}
      {list.error ? (
        <Alert color="orange" variant="light" title="Not available">
          <ProblemAlert error={list.error} />
          <Text size="sm">The platform operator links an accreditation body&apos;s organization to its trust-list entry.</Text>
        </Alert>
      ) : null}
      {list.data && list.data.length === 0 ? (
        <EmptyState title="No accreditation names this body yet">Assessors declare accreditations naming your body; they appear here to confirm.</EmptyState>
      ) : null}
      {list.data && list.data.length > 0 ? (
        <Table.ScrollContainer minWidth={900}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Number</Table.Th>
                <Table.Th>Standard and scope</Table.Th>
                <Table.Th>Valid</Table.Th>
                <Table.Th>Verification</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td ff="monospace">{a.number}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{a.standard}</Text>
                    <Text size="xs" c="gray.7">
                      {a.scope.frameworkCodes.join(', ')} · {a.scope.markets.join(', ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {formatDate(a.validFrom)} – {formatDate(a.validUntil)}
                  </Table.Td>
                  <Table.Td>
                    <VerificationBadge verified={a.verified} verification={a.verification} />
                  </Table.Td>
                  <Table.Td>
                    <AccreditationStatusBadge status={a.effectiveStatus} />
                  </Table.Td>
                  <Table.Td>{actions(a)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {!isAdmin ? (
        <Text size="sm" c="gray.7">
          Owners and admins confirm and change accreditations.
        </Text>
      ) : null}
    </>
  );
}
