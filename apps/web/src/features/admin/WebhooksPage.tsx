import { Alert, Anchor, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { Dialog } from '../../components/Dialog';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { CursorPager, useCursorPages } from '../../components/CursorPager';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../components/format';
import { OneTimeSecret } from './OneTimeSecret';
import { useActingOrganization } from '../../auth/useActingOrganization';
import { EndpointStatusBadge, EventTypeList, EventTypesField, type WebhookEventType } from './webhook-parts';
import { FormattedMessage, useT } from '../../i18n';

type Endpoint = Schemas['WebhookEndpointDto'];
type EndpointWithSecret = Schemas['WebhookEndpointWithSecretDto'];

/** The organization's webhook endpoints: list and register (the signing secret is shown once). */
export function WebhooksPage() {
  const t = useT();
  const { isAdmin } = useActingOrganization();
  const [opened, { open, close }] = useDisclosure(false);

  return (
    <>
      <PageHeader
        title={t('admin.webhooks.title')}
        description={t('admin.webhooks.description')}
        actions={isAdmin ? <Button onClick={open}>{t('admin.webhooks.add')}</Button> : null}
      />
      {isAdmin ? (
        <>
          <EndpointsTable onCreate={open} />
          <CreateEndpointModal opened={opened} onClose={close} />
        </>
      ) : (
        <Alert color="blue" variant="light" title={t('admin.adminsOnly')}>
          {t('admin.webhooks.adminsOnlyHint')}
        </Alert>
      )}
    </>
  );
}

function EndpointsTable({ onCreate }: { onCreate(): void }) {
  const t = useT();
  const endpoints = useCursorPages<Endpoint>(['webhooks', 'endpoints'], (cursor) =>
    unwrap(api.GET('/v1/webhooks/endpoints', { params: { query: { cursor, limit: 50 } } })),
  );

  if (endpoints.isPending) return <Loading label={t('admin.webhooks.loading')} />;
  if (endpoints.error) return <ProblemAlert error={endpoints.error} />;
  if (endpoints.items.length === 0) {
    return (
      <EmptyState
        title={t('admin.webhooks.emptyTitle')}
        action={
          <Button size="xs" variant="light" onClick={onCreate}>
            {t('admin.webhooks.add')}
          </Button>
        }
      >
        {t('admin.webhooks.emptyBody')}
      </EmptyState>
    );
  }
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.webhooks.table.endpoint')}</Table.Th>
              <Table.Th>{t('admin.webhooks.table.eventTypes')}</Table.Th>
              <Table.Th>{t('admin.webhooks.table.status')}</Table.Th>
              <Table.Th>{t('admin.webhooks.table.lastSuccess')}</Table.Th>
              <Table.Th>{t('admin.webhooks.table.lastFailure')}</Table.Th>
              <Table.Th>{t('admin.webhooks.table.created')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {endpoints.items.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td maw={360}>
                  <Anchor component={Link} to={`/settings/webhooks/${e.id}`} style={{ wordBreak: 'break-all' }}>
                    {e.url}
                  </Anchor>
                  {e.description ? (
                    <Text size="xs" c="dimmed">
                      {e.description}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td maw={320}>
                  <EventTypeList types={e.eventTypes} />
                </Table.Td>
                <Table.Td>
                  <EndpointStatusBadge endpoint={e} />
                </Table.Td>
                <Table.Td>{formatDateTime(e.lastSuccessAt)}</Table.Td>
                <Table.Td>{formatDateTime(e.lastFailureAt)}</Table.Td>
                <Table.Td>{formatDateTime(e.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <CursorPager pager={endpoints} />
    </>
  );
}

function CreateEndpointModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [eventTypes, setEventTypes] = useState<WebhookEventType[]>([]);
  const [created, setCreated] = useState<EndpointWithSecret | null>(null);

  const create = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/v1/webhooks/endpoints', { body: { url: url.trim(), eventTypes, ...(description.trim() ? { description: description.trim() } : {}) } })),
    onSuccess: (c) => {
      setCreated(c);
      void queryClient.invalidateQueries({ queryKey: ['webhooks', 'endpoints'] });
    },
  });
  const fieldError = (f: string) => (create.error instanceof ApiProblem ? create.error.fieldError(f) : undefined);

  const close = () => {
    setUrl('');
    setDescription('');
    setEventTypes([]);
    setCreated(null);
    create.reset();
    onClose();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };

  return (
    <Dialog
      opened={opened}
      onClose={close}
      title={t(created ? 'admin.webhooks.added' : 'admin.webhooks.addTitle')}
      size="lg"
      centered
      closeOnClickOutside={!created}
      closeOnEscape={!created}
    >
      {created ? (
        <Stack>
          <Text size="sm" style={{ wordBreak: 'break-all' }}>
            <FormattedMessage id="admin.webhooks.addedHint" values={{ url: created.endpoint.url, b: (c) => <strong>{c}</strong> }} />
          </Text>
          <OneTimeSecret label={t('admin.webhooks.secretLabel')} value={created.secret} warning={t('admin.webhooks.secretWarning')} testId="webhook-secret" />
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                const id = created.endpoint.id;
                close();
                void navigate(`/settings/webhooks/${id}`);
              }}
            >
              {t('admin.webhooks.open')}
            </Button>
            <Button onClick={close}>{t('admin.webhooks.secretStored')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit}>
          <Stack>
            <TextInput
              label={t('admin.webhooks.form.url')}
              description={t('admin.webhooks.form.urlHint')}
              placeholder={t('admin.webhooks.form.urlPlaceholder')}
              required
              type="url"
              value={url}
              onChange={(e) => setUrl(e.currentTarget.value)}
              error={fieldError('url')}
            />
            <TextInput
              label={t('admin.webhooks.form.description')}
              description={t('admin.webhooks.form.optional')}
              maxLength={500}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
              error={fieldError('description')}
            />
            <EventTypesField value={eventTypes} onChange={setEventTypes} error={fieldError('eventTypes')} />
            <ProblemAlert error={create.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('admin.action.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending} disabled={!url.trim() || eventTypes.length === 0}>
                {t('admin.webhooks.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Dialog>
  );
}
