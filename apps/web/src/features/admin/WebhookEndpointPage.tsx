import { Anchor, Button, Card, Code, DataList, Drawer, Group, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Dialog } from '../../components/Dialog';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { CursorPager, useCursorPages } from '../../components/CursorPager';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadFailed } from '../../components/LoadFailed';
import { DataListItem } from '../../components/DataListItem';
import { formatDateTime, formatNumber } from '../../components/format';
import { ConfirmButton } from '../../components/ConfirmButton';
import { OneTimeSecret } from './OneTimeSecret';
import { useActingOrganization } from '../../auth/useActingOrganization';
import { DeliveryStatusBadge, EndpointStatusBadge, EventTypeList, EventTypesField, type WebhookEventType } from './webhook-parts';
import { notify } from '../../components/notify';
import { messageId, useT, type MessageId } from '../../i18n';

type Endpoint = Schemas['WebhookEndpointDto'];
type Delivery = Schemas['WebhookDeliveryDto'];
type DeliveryStatus = Delivery['status'];
type AttemptOutcome = Schemas['WebhookDeliveryAttemptDto']['outcome'];

const STATUS_FILTER: { value: DeliveryStatus | 'all'; label: MessageId }[] = [
  { value: 'all', label: messageId('admin.webhooks.log.filter.all') },
  { value: 'pending', label: messageId('admin.webhooks.log.filter.pending') },
  { value: 'delivered', label: messageId('admin.webhooks.log.filter.delivered') },
  { value: 'failed', label: messageId('admin.webhooks.log.filter.failed') },
];
const EMPTY_FILTERED: Record<DeliveryStatus, MessageId> = {
  pending: messageId('admin.webhooks.log.emptyPending'),
  delivered: messageId('admin.webhooks.log.emptyDelivered'),
  failed: messageId('admin.webhooks.log.emptyFailed'),
};
const OUTCOME_LABEL: Record<AttemptOutcome, MessageId> = {
  delivered: messageId('admin.webhooks.attempt.delivered'),
  retrying: messageId('admin.webhooks.attempt.retrying'),
  failed: messageId('admin.webhooks.attempt.failed'),
};

const endpointKey = (id: string) => ['webhooks', 'endpoint', id];
const deliveriesKey = (id: string) => ['webhooks', 'endpoint', id, 'deliveries'];

/** One webhook endpoint: its health, the actions on it and its delivery log. */
export function WebhookEndpointPage() {
  const t = useT();
  const { webhookEndpointId = '' } = useParams();
  const { isAdmin } = useActingOrganization();
  const endpoint = useQuery({
    queryKey: endpointKey(webhookEndpointId),
    queryFn: () => unwrap(api.GET('/v1/webhooks/endpoints/{webhookEndpointId}', { params: { path: { webhookEndpointId } } })),
  });

  if (endpoint.isPending) return <Loading label={t('admin.webhooks.endpoint.loading')} />;
  if (endpoint.error)
    return (
      <LoadFailed
        title={t('admin.webhooks.endpoint.title')}
        error={endpoint.error}
        back={{ to: '/settings/webhooks', label: t('admin.webhooks.endpoint.back') }}
      />
    );
  const e = endpoint.data;
  return (
    <>
      <PageHeader
        title={t('admin.webhooks.endpoint.title')}
        description={
          <Text component="span" size="sm" style={{ wordBreak: 'break-all' }}>
            <Anchor component={Link} to="/settings/webhooks" size="sm" underline="always">
              {t('admin.webhooks.title')}
            </Anchor>{' '}
            / {e.url}
          </Text>
        }
        actions={isAdmin ? <EndpointActions endpoint={e} /> : null}
      />
      <Stack gap="xl">
        <EndpointDetails endpoint={e} />
        <DeliveryLog endpoint={e} />
      </Stack>
    </>
  );
}

function EndpointActions({ endpoint }: { endpoint: Endpoint }) {
  const t = useT();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [editOpened, edit] = useDisclosure(false);
  const [secret, setSecret] = useState<string | null>(null);
  // The new secret's dialog opens once the rotation answered, as the confirmation closes: focus goes back to the rotate button.
  const rotateButton = useRef<HTMLButtonElement>(null);
  const id = endpoint.id;
  const path = { webhookEndpointId: id };

  const refresh = (next: Endpoint) => {
    queryClient.setQueryData(endpointKey(id), next);
    void queryClient.invalidateQueries({ queryKey: ['webhooks', 'endpoints'] });
  };

  const toggle = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH('/v1/webhooks/endpoints/{webhookEndpointId}', {
          params: { path, header: { 'If-Match': `"${endpoint.version}"` } },
          body: { enabled: !endpoint.enabled },
        }),
      ),
    onSuccess: (next) => {
      refresh(next);
      notify(t(next.enabled ? 'admin.webhooks.endpoint.enabledAgain' : 'admin.webhooks.endpoint.disabledNow'));
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: endpointKey(id) }),
  });
  const test = useMutation({
    mutationFn: () => unwrap(api.POST('/v1/webhooks/endpoints/{webhookEndpointId}/test', { params: { path } })),
    onSuccess: () => {
      notify(t('admin.webhooks.endpoint.testSent'));
      void queryClient.invalidateQueries({ queryKey: deliveriesKey(id) });
    },
  });
  const rotate = async () => {
    const rotated = await unwrap(api.POST('/v1/webhooks/endpoints/{webhookEndpointId}/rotate-secret', { params: { path } }));
    refresh(rotated.endpoint);
    setSecret(rotated.secret);
  };
  const remove = async () => {
    await unwrap(api.DELETE('/v1/webhooks/endpoints/{webhookEndpointId}', { params: { path } }));
    notify(t('admin.webhooks.endpoint.deleted'));
    queryClient.removeQueries({ queryKey: endpointKey(id) });
    await queryClient.invalidateQueries({ queryKey: ['webhooks', 'endpoints'] });
    void navigate('/settings/webhooks');
  };

  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="xs" justify="flex-end">
        <Button
          size="xs"
          onClick={() => test.mutate()}
          loading={test.isPending}
          disabled={!endpoint.enabled}
          title={endpoint.enabled ? undefined : t('admin.webhooks.endpoint.testNeedsEnabled')}
        >
          {t('admin.webhooks.endpoint.test')}
        </Button>
        <Button size="xs" variant="default" onClick={edit.open}>
          {t('admin.webhooks.endpoint.edit')}
        </Button>
        <Button size="xs" variant="default" onClick={() => toggle.mutate()} loading={toggle.isPending}>
          {t(endpoint.enabled ? 'admin.webhooks.endpoint.disable' : 'admin.webhooks.endpoint.enable')}
        </Button>
        <ConfirmButton
          buttonRef={rotateButton}
          label={t('admin.webhooks.endpoint.rotate')}
          color="blue"
          variant="default"
          title={t('admin.webhooks.endpoint.rotateTitle')}
          message={t('admin.webhooks.endpoint.rotateMessage')}
          onConfirm={rotate}
        />
        <ConfirmButton
          label={t('admin.webhooks.endpoint.delete')}
          title={t('admin.webhooks.endpoint.deleteTitle')}
          message={t('admin.webhooks.endpoint.deleteMessage')}
          onConfirm={remove}
        />
      </Group>
      <ProblemAlert error={test.error ?? toggle.error} />
      <EditEndpointModal endpoint={endpoint} opened={editOpened} onClose={edit.close} onSaved={refresh} />
      <Dialog
        opened={!!secret}
        returnFocusTo={rotateButton}
        onClose={() => setSecret(null)}
        title={t('admin.webhooks.endpoint.newSecret')}
        size="lg"
        centered
        closeOnClickOutside={false}
      >
        {secret ? (
          <Stack>
            <OneTimeSecret
              label={t('admin.webhooks.secretLabel')}
              value={secret}
              warning={t('admin.webhooks.endpoint.newSecretWarning')}
              testId="webhook-secret"
            />
            <Group justify="flex-end">
              <Button onClick={() => setSecret(null)}>{t('admin.webhooks.secretStored')}</Button>
            </Group>
          </Stack>
        ) : null}
      </Dialog>
    </Stack>
  );
}

function EditEndpointModal({ endpoint, opened, onClose, onSaved }: { endpoint: Endpoint; opened: boolean; onClose(): void; onSaved(e: Endpoint): void }) {
  const t = useT();
  return (
    <Dialog opened={opened} onClose={onClose} title={t('admin.webhooks.endpoint.editTitle')} size="lg" centered>
      {/* Mounted on each opening, so the form starts from the endpoint as last read. */}
      <EditEndpointForm endpoint={endpoint} onClose={onClose} onSaved={onSaved} />
    </Dialog>
  );
}

function EditEndpointForm({ endpoint, onClose, onSaved }: { endpoint: Endpoint; onClose(): void; onSaved(e: Endpoint): void }) {
  const t = useT();
  const [url, setUrl] = useState(endpoint.url);
  const [description, setDescription] = useState(endpoint.description ?? '');
  const [eventTypes, setEventTypes] = useState<WebhookEventType[]>(endpoint.eventTypes as WebhookEventType[]);

  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH('/v1/webhooks/endpoints/{webhookEndpointId}', {
          params: { path: { webhookEndpointId: endpoint.id }, header: { 'If-Match': `"${endpoint.version}"` } },
          // The OpenAPI document types description as an object (a DTO without `type: String`); the API takes a string or null.
          body: { url: url.trim(), eventTypes, description: description.trim() || null },
        }),
      ),
    onSuccess: (next) => {
      onSaved(next);
      notify(t('admin.webhooks.endpoint.saved'));
      onClose();
    },
  });
  const fieldError = (f: string) => (save.error instanceof ApiProblem ? save.error.fieldError(f) : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };

  return (
    <form onSubmit={submit}>
      <Stack>
        <TextInput
          label={t('admin.webhooks.form.url')}
          required
          type="url"
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
          error={fieldError('url')}
        />
        <TextInput
          label={t('admin.webhooks.form.description')}
          maxLength={500}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={fieldError('description')}
        />
        <EventTypesField value={eventTypes} onChange={setEventTypes} error={fieldError('eventTypes')} />
        <ProblemAlert error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('admin.action.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} disabled={!url.trim() || eventTypes.length === 0}>
            {t('admin.action.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EndpointDetails({ endpoint: e }: { endpoint: Endpoint }) {
  const t = useT();
  return (
    <Card withBorder padding="md">
      <DataList labelWidth={190} withDivider>
        <DataListItem label={t('admin.webhooks.form.url')}>
          <Text size="sm" style={{ wordBreak: 'break-all' }}>
            {e.url}
          </Text>
        </DataListItem>
        <DataListItem label={t('admin.webhooks.form.description')}>{e.description || '—'}</DataListItem>
        <DataListItem label={t('admin.webhooks.table.eventTypes')}>
          <EventTypeList types={e.eventTypes} />
        </DataListItem>
        <DataListItem label={t('admin.webhooks.table.status')}>
          <Group gap="xs">
            <EndpointStatusBadge endpoint={e} />
            {!e.enabled && e.disabledAt ? <Text size="sm">{t('admin.webhooks.endpoint.since', { time: formatDateTime(e.disabledAt) })}</Text> : null}
          </Group>
        </DataListItem>
        <DataListItem label={t('admin.webhooks.endpoint.circuit')}>
          {e.circuitState === 'closed'
            ? t('admin.webhooks.endpoint.circuitClosed')
            : e.circuitState === 'open'
              ? t('admin.webhooks.endpoint.circuitOpen', { time: formatDateTime(e.circuitOpenUntil) })
              : t('admin.webhooks.endpoint.circuitHalfOpen')}
        </DataListItem>
        <DataListItem label={t('admin.webhooks.endpoint.failures')}>
          {e.failingSince
            ? t('admin.webhooks.endpoint.failuresSince', { count: e.consecutiveFailures, time: formatDateTime(e.failingSince) })
            : formatNumber(e.consecutiveFailures)}
        </DataListItem>
        <DataListItem label={t('admin.webhooks.table.lastSuccess')}>{formatDateTime(e.lastSuccessAt)}</DataListItem>
        <DataListItem label={t('admin.webhooks.table.lastFailure')}>{formatDateTime(e.lastFailureAt)}</DataListItem>
        {e.previousSecretExpiresAt ? (
          <DataListItem label={t('admin.webhooks.endpoint.previousSecret')}>{formatDateTime(e.previousSecretExpiresAt)}</DataListItem>
        ) : null}
        <DataListItem label={t('admin.webhooks.table.created')}>{formatDateTime(e.createdAt)}</DataListItem>
        <DataListItem label={t('admin.webhooks.endpoint.changed')}>{formatDateTime(e.updatedAt)}</DataListItem>
      </DataList>
    </Card>
  );
}

function DeliveryLog({ endpoint }: { endpoint: Endpoint }) {
  const t = useT();
  const [status, setStatus] = useState<DeliveryStatus | 'all'>('all');
  const [openId, setOpenId] = useState<string | null>(null);
  const deliveries = useCursorPages<Delivery>([...deliveriesKey(endpoint.id), status], (cursor) =>
    unwrap(
      api.GET('/v1/webhooks/endpoints/{webhookEndpointId}/deliveries', {
        params: { path: { webhookEndpointId: endpoint.id }, query: { cursor, limit: 25, ...(status === 'all' ? {} : { status }) } },
      }),
    ),
  );
  const queryClient = useQueryClient();
  const anyPending = deliveries.items.some((d) => d.status === 'pending');
  const { refetch } = deliveries;
  useEffect(() => {
    // Pending deliveries change within seconds; keep the log and the endpoint's health current while there are some.
    if (!anyPending) return;
    const timer = setInterval(() => {
      void refetch();
      void queryClient.invalidateQueries({ queryKey: endpointKey(endpoint.id), exact: true });
    }, 3000);
    return () => clearInterval(timer);
  }, [anyPending, refetch, queryClient, endpoint.id]);

  return (
    <section aria-labelledby="deliveries-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="deliveries-heading">
          {t('admin.webhooks.log.title')}
        </Title>
        <SegmentedControl
          size="xs"
          aria-label={t('admin.webhooks.log.filterAria')}
          value={status}
          onChange={(v) => {
            setStatus(v as DeliveryStatus | 'all');
            deliveries.reset();
          }}
          data={STATUS_FILTER.map((f) => ({ value: f.value, label: t(f.label) }))}
        />
      </Group>
      {deliveries.isPending ? (
        <Loading label={t('admin.webhooks.log.loading')} />
      ) : deliveries.error ? (
        <ProblemAlert error={deliveries.error} />
      ) : deliveries.items.length === 0 ? (
        <EmptyState title={t(status === 'all' ? 'admin.webhooks.log.emptyTitle' : EMPTY_FILTERED[status])}>
          {t(status === 'all' ? 'admin.webhooks.log.emptyBody' : 'admin.webhooks.log.emptyFilteredBody')}
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={880}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.webhooks.table.created')}</Table.Th>
                <Table.Th>{t('admin.webhooks.log.eventType')}</Table.Th>
                <Table.Th>{t('admin.webhooks.table.status')}</Table.Th>
                <Table.Th>{t('admin.webhooks.log.attempts')}</Table.Th>
                <Table.Th>{t('admin.webhooks.log.response')}</Table.Th>
                <Table.Th>{t('admin.webhooks.log.lastAttempt')}</Table.Th>
                <Table.Th>{t('admin.webhooks.log.nextAttempt')}</Table.Th>
                <Table.Th>{t('admin.webhooks.log.details')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {deliveries.items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{formatDateTime(d.createdAt)}</Table.Td>
                  <Table.Td>
                    <Code>{d.eventType}</Code>
                    {d.replayOfId ? (
                      <Text size="xs" c="dimmed">
                        {t('admin.webhooks.log.replay')}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <DeliveryStatusBadge status={d.status} />
                  </Table.Td>
                  <Table.Td>{d.attempts}</Table.Td>
                  <Table.Td>
                    {d.lastResponseStatus ?? (d.lastError ? t('admin.webhooks.log.noResponse') : '—')}
                    {d.lastDurationMs != null ? ` · ${t('admin.webhooks.log.duration', { ms: formatNumber(d.lastDurationMs) })}` : ''}
                  </Table.Td>
                  <Table.Td>{formatDateTime(d.lastAttemptAt)}</Table.Td>
                  <Table.Td>{d.status === 'pending' ? formatDateTime(d.nextAttemptAt) : '—'}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setOpenId(d.id)}
                      aria-label={t('admin.webhooks.log.detailsAria', { eventType: d.eventType, time: formatDateTime(d.createdAt) })}
                    >
                      {t('admin.webhooks.log.details')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CursorPager pager={deliveries} />
      <DeliveryDrawer endpoint={endpoint} deliveryId={openId} onClose={() => setOpenId(null)} />
    </section>
  );
}

function prettyJson(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

function DeliveryDrawer({ endpoint, deliveryId, onClose }: { endpoint: Endpoint; deliveryId: string | null; onClose(): void }) {
  const t = useT();
  const { isAdmin } = useActingOrganization();
  const queryClient = useQueryClient();
  const path = { webhookEndpointId: endpoint.id, deliveryId: deliveryId ?? '' };
  const detail = useQuery({
    queryKey: [...deliveriesKey(endpoint.id), 'detail', deliveryId],
    queryFn: () => unwrap(api.GET('/v1/webhooks/endpoints/{webhookEndpointId}/deliveries/{deliveryId}', { params: { path } })),
    enabled: !!deliveryId,
    refetchInterval: (q) => (q.state.data?.status === 'pending' ? 3000 : false),
  });
  const replay = useMutation({
    mutationFn: () => unwrap(api.POST('/v1/webhooks/endpoints/{webhookEndpointId}/deliveries/{deliveryId}/replay', { params: { path } })),
    onSuccess: () => {
      notify(t('admin.webhooks.delivery.replayed'));
      void queryClient.invalidateQueries({ queryKey: deliveriesKey(endpoint.id) });
      onClose();
    },
  });

  return (
    <Drawer
      opened={!!deliveryId}
      onClose={() => {
        replay.reset();
        onClose();
      }}
      position="right"
      size="xl"
      title={t('admin.webhooks.delivery.title')}
    >
      {detail.isPending ? (
        <Loading label={t('admin.webhooks.delivery.loading')} />
      ) : detail.error ? (
        <ProblemAlert error={detail.error} />
      ) : (
        <Stack>
          <DataList labelWidth={150} withDivider>
            <DataListItem label={t('admin.webhooks.log.eventType')}>
              <Code>{detail.data.eventType}</Code>
            </DataListItem>
            <DataListItem label={t('admin.webhooks.table.status')}>
              <DeliveryStatusBadge status={detail.data.status} />
            </DataListItem>
            <DataListItem label={t('admin.webhooks.delivery.eventId')}>
              <Code>{detail.data.eventId}</Code>
            </DataListItem>
            <DataListItem label={t('admin.webhooks.log.attempts')}>{formatNumber(detail.data.attempts)}</DataListItem>
            <DataListItem label={t('admin.webhooks.table.created')}>{formatDateTime(detail.data.createdAt)}</DataListItem>
            <DataListItem label={t('admin.webhooks.delivery.deliveredAt')}>{formatDateTime(detail.data.deliveredAt)}</DataListItem>
            {detail.data.status === 'pending' ? (
              <DataListItem label={t('admin.webhooks.log.nextAttempt')}>{formatDateTime(detail.data.nextAttemptAt)}</DataListItem>
            ) : null}
            {detail.data.lastError ? <DataListItem label={t('admin.webhooks.delivery.lastError')}>{detail.data.lastError}</DataListItem> : null}
            {detail.data.replayOfId ? <DataListItem label={t('admin.webhooks.delivery.replayOf')}>{detail.data.replayOfId}</DataListItem> : null}
          </DataList>
          {isAdmin ? (
            <Group>
              <Button onClick={() => replay.mutate()} loading={replay.isPending} disabled={!endpoint.enabled}>
                {t('admin.webhooks.delivery.replay')}
              </Button>
              {!endpoint.enabled ? <Text size="sm">{t('admin.webhooks.delivery.replayNeedsEnabled')}</Text> : null}
            </Group>
          ) : null}
          <ProblemAlert error={replay.error} title={t('admin.webhooks.delivery.replayFailed')} />
          <Title order={3} size="h4">
            {t('admin.webhooks.log.attempts')}
          </Title>
          {detail.data.attemptLog.length === 0 ? (
            <Text size="sm">{t('admin.webhooks.delivery.noAttempt')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={520}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>#</Table.Th>
                    <Table.Th>{t('admin.webhooks.delivery.time')}</Table.Th>
                    <Table.Th>{t('admin.webhooks.delivery.outcome')}</Table.Th>
                    <Table.Th>{t('admin.webhooks.log.response')}</Table.Th>
                    <Table.Th>{t('admin.webhooks.delivery.duration')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {detail.data.attemptLog.map((a) => (
                    <Table.Tr key={a.number}>
                      <Table.Td>{a.number}</Table.Td>
                      <Table.Td>{formatDateTime(a.attemptedAt)}</Table.Td>
                      <Table.Td>{t(OUTCOME_LABEL[a.outcome])}</Table.Td>
                      <Table.Td>
                        {a.responseStatus ?? '—'}
                        {a.error ? (
                          <Text size="xs" c="red.9">
                            {a.error}
                          </Text>
                        ) : null}
                        {a.responseBody ? (
                          <Code block mt={4} style={{ maxHeight: 120, overflow: 'auto' }}>
                            {a.responseBody}
                          </Code>
                        ) : null}
                      </Table.Td>
                      <Table.Td>{t('admin.webhooks.log.duration', { ms: formatNumber(a.durationMs) })}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Title order={3} size="h4">
            {t('admin.webhooks.delivery.body')}
          </Title>
          <Code block style={{ maxHeight: 360, overflow: 'auto' }}>
            {prettyJson(detail.data.body)}
          </Code>
        </Stack>
      )}
    </Drawer>
  );
}
