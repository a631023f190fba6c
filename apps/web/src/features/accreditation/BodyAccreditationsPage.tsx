import { Alert, Group, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useActingOrganization } from '../../auth/useActingOrganization';
import { ConfirmButton } from '../../components/ConfirmButton';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { notify } from '../../components/notify';
import { formatDate, formatList, formatMarket } from '../../components/format';
import { messageId, useT, type MessageId } from '../../i18n';
import { AccreditationStatusBadge, STATUS_LABEL, VerificationBadge, type AccreditationDetail } from './accreditation-parts';

type Action = 'confirm' | 'suspend' | 'withdraw' | 'reinstate';

/** Each action's button, its accessible name in a row, and its confirmation dialog. */
const ACTION_TEXT: Record<Action, { label: MessageId; aria: MessageId; title: MessageId; message: MessageId }> = {
  confirm: {
    label: messageId('accreditation.body.confirm.label'),
    aria: messageId('accreditation.body.confirm.aria'),
    title: messageId('accreditation.body.confirm.title'),
    message: messageId('accreditation.body.confirm.message'),
  },
  suspend: {
    label: messageId('accreditation.body.suspend.label'),
    aria: messageId('accreditation.body.suspend.aria'),
    title: messageId('accreditation.body.suspend.title'),
    message: messageId('accreditation.body.suspend.message'),
  },
  withdraw: {
    label: messageId('accreditation.body.withdraw.label'),
    aria: messageId('accreditation.body.withdraw.aria'),
    title: messageId('accreditation.body.withdraw.title'),
    message: messageId('accreditation.body.withdraw.message'),
  },
  reinstate: {
    label: messageId('accreditation.body.reinstate.label'),
    aria: messageId('accreditation.body.reinstate.aria'),
    title: messageId('accreditation.body.reinstate.title'),
    message: messageId('accreditation.body.reinstate.message'),
  },
};

/** An accreditation body's users: the accreditations naming the body, to confirm, suspend, withdraw or reinstate. */
export function BodyAccreditationsPage() {
  const t = useT();
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
      notify(
        t('accreditation.body.changed', {
          number: a.number,
          verification: t(a.verified ? 'accreditation.badge.verified' : 'accreditation.badge.declared'),
          status: t(STATUS_LABEL[a.effectiveStatus]),
        }),
      );
    },
  });

  const actions = (a: AccreditationDetail) => {
    if (!isAdmin) return null;
    const button = (action: Action, color?: string) => {
      const text = ACTION_TEXT[action];
      const values = { number: a.number, standard: a.standard };
      return (
        <ConfirmButton
          key={action}
          size="xs"
          variant="light"
          color={color ?? 'green'}
          label={t(text.label)}
          ariaLabel={t(text.aria, values)}
          title={t(text.title, values)}
          message={t(text.message, values)}
          onConfirm={() => act.mutateAsync({ id: a.id, action })}
        />
      );
    };
    return (
      <Group gap="xs" wrap="nowrap">
        {!a.verified && (a.status === 'active' || a.status === 'suspended') ? button('confirm') : null}
        {a.status === 'active' ? button('suspend', 'orange') : null}
        {a.status === 'suspended' ? button('reinstate') : null}
        {a.status === 'active' || a.status === 'suspended' ? button('withdraw', 'red') : null}
      </Group>
    );
  };

  return (
    <>
      <PageHeader title={t('accreditation.body.title')} description={t('accreditation.body.description')} />
      {list.isPending ? <Loading label={t('accreditation.page.loading')} /> : null}
      {list.error ? (
        <Alert color="orange" variant="light" title={t('accreditation.body.unavailable')}>
          <ProblemAlert error={list.error} />
          <Text size="sm">{t('accreditation.body.unavailableHint')}</Text>
        </Alert>
      ) : null}
      {list.data && list.data.length === 0 ? <EmptyState title={t('accreditation.body.emptyTitle')}>{t('accreditation.body.emptyBody')}</EmptyState> : null}
      {list.data && list.data.length > 0 ? (
        <Table.ScrollContainer minWidth={900}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('accreditation.table.number')}</Table.Th>
                <Table.Th>{t('accreditation.table.standardAndScope')}</Table.Th>
                <Table.Th>{t('accreditation.table.valid')}</Table.Th>
                <Table.Th>{t('accreditation.table.verification')}</Table.Th>
                <Table.Th>{t('accreditation.table.status')}</Table.Th>
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
                      {formatList(a.scope.frameworkCodes)} · {formatList(a.scope.markets.map(formatMarket))}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t('accreditation.validity', { from: formatDate(a.validFrom), until: formatDate(a.validUntil) })}</Table.Td>
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
          {t('accreditation.body.adminsOnly')}
        </Text>
      ) : null}
    </>
  );
}
