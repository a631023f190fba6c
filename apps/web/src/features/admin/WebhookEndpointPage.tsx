import { Anchor, Button, Card, Code, DataList, Drawer, Group, Modal, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
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
import { formatDateTime } from '../../components/format';
import { ConfirmButton } from '../../components/ConfirmButton';
import { OneTimeSecret } from './OneTimeSecret';
import { useActingOrganization } from '../../auth/useActingOrganization';
import { DeliveryStatusBadge, EndpointStatusBadge, EventTypeList, EventTypesField, type WebhookEventType } from './webhook-parts';
import { notify } from '../../components/notify';

type Endpoint = Schemas['WebhookEndpointDto'];
type Delivery = Schemas['WebhookDeliveryDto'];
type DeliveryStatus = 'pending' | 'delivered' | 'failed';

const endpointKey = (id: string) => ['webhooks', 'endpoint', id];
const deliveriesKey = (id: string) => ['webhooks', 'endpoint', id, 'deliveries'];

/** One webhook endpoint: its health, the actions on it and its delivery log. */
export function WebhookEndpointPage() {
  const { webhookEndpointId = '' } = useParams();
  const { isAdmin } = useActingOrganization();
  const endpoint = useQuery({
    queryKey: endpointKey(webhookEndpointId),
    queryFn: () => unwrap(api.GET('/v1/webhooks/endpoints/{webhookEndpointId}', { params: { path: { webhookEndpointId } } })),
  });

  if (endpoint.isPending) return <Loading label="Loading the endpoint" />;
  if (endpoint.error) return <LoadFailed title="Webhook endpoint" error={endpoint.error} back={{ to: '/settings/webhooks', label: 'Back to webhooks' }} />;
  const e = endpoint.data;
  return (
    <>
      <PageHeader
        title="Webhook endpoint"
        description={
          <Text component="span" size="sm" style={{ wordBreak: 'break-all' }}>
            <Anchor component={Link} to="/settings/webhooks" size="sm" underline="always">
              Webhooks
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
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [editOpened, edit] = useDisclosure(false);
  const [secret, setSecret] = useState<string | null>(null);
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
      notify(next.enabled ? 'The endpoint is enabled again.' : 'The endpoint is disabled; no messages are sent to it.');
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: endpointKey(id) }),
  });
  const test = useMutation({
    mutationFn: () => unwrap(api.POST('/v1/webhooks/endpoints/{webhookEndpointId}/test', { params: { path } })),
    onSuccess: () => {
      notify('A webhook.test message is on its way; its outcome appears in the delivery log.');
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
    notify('The endpoint and its delivery log were deleted.');
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
          title={endpoint.enabled ? undefined : 'Enable the endpoint to test it'}
        >
          Send test event
        </Button>
        <Button size="xs" variant="default" onClick={edit.open}>
          Edit
        </Button>
        <Button size="xs" variant="default" onClick={() => toggle.mutate()} loading={toggle.isPending}>
          {endpoint.enabled ? 'Disable' : 'Enable'}
        </Button>
        <ConfirmButton
          label="Rotate secret"
          color="blue"
          variant="default"
          title="Rotate the signing secret?"
          message="A new secret signs every message from now on. For 24 hours messages also carry a signature with the previous secret, so the receiver can switch over."
          onConfirm={rotate}
        />
        <ConfirmButton
          label="Delete"
          title="Delete this endpoint?"
          message="The endpoint and its delivery log are deleted; pending deliveries are dropped. This cannot be undone."
          onConfirm={remove}
        />
      </Group>
      <ProblemAlert error={test.error ?? toggle.error} />
      <EditEndpointModal endpoint={endpoint} opened={editOpened} onClose={edit.close} onSaved={refresh} />
      <Modal opened={!!secret} onClose={() => setSecret(null)} title="New signing secret" size="lg" centered closeOnClickOutside={false}>
        {secret ? (
          <Stack>
            <OneTimeSecret
              label="Signing secret"
              value={secret}
              warning="This is the only time the new secret is shown. Give it to the receiving system within 24 hours; after that only the new secret signs."
              testId="webhook-secret"
            />
            <Group justify="flex-end">
              <Button onClick={() => setSecret(null)}>I have stored the secret</Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Stack>
  );
}

function EditEndpointModal({ endpoint, opened, onClose, onSaved }: { endpoint: Endpoint; opened: boolean; onClose(): void; onSaved(e: Endpoint): void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Edit endpoint" size="lg" centered>
      {/* Mounted on each opening, so the form starts from the endpoint as last read. */}
      <EditEndpointForm endpoint={endpoint} onClose={onClose} onSaved={onSaved} />
    </Modal>
  );
}

function EditEndpointForm({ endpoint, onClose, onSaved }: { endpoint: Endpoint; onClose(): void; onSaved(e: Endpoint): void }) {
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
      notify('The endpoint was saved.');
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
        <TextInput label="URL" required type="url" value={url} onChange={(e) => setUrl(e.currentTarget.value)} error={fieldError('url')} />
        <TextInput
          label="Description"
          maxLength={500}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={fieldError('description')}
        />
        <EventTypesField value={eventTypes} onChange={setEventTypes} error={fieldError('eventTypes')} />
        <ProblemAlert error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending} disabled={!url.trim() || eventTypes.length === 0}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EndpointDetails({ endpoint: e }: { endpoint: Endpoint }) {
  return (
    <Card withBorder padding="md">
      <DataList labelWidth={190} withDivider>
        <DataListItem label="URL">
          <Text size="sm" style={{ wordBreak: 'break-all' }}>
            {e.url}
          </Text>
        </DataListItem>
        <DataListItem label="Description">{e.description || '—'}</DataListItem>
        <DataListItem label="Event types">
          <EventTypeList types={e.eventTypes} />
        </DataListItem>
        <DataListItem label="Status">
          <Group gap="xs">
            <EndpointStatusBadge endpoint={e} />
            {!e.enabled && e.disabledAt ? <Text size="sm">since {formatDateTime(e.disabledAt)}</Text> : null}
          </Group>
        </DataListItem>
        <DataListItem label="Circuit breaker">
          {e.circuitState === 'closed'
            ? 'closed (sending)'
            : e.circuitState === 'open'
              ? `open until ${formatDateTime(e.circuitOpenUntil)}`
              : 'half open (the next attempt probes)'}
        </DataListItem>
        <DataListItem label="Failures since last success">
          {e.consecutiveFailures}
          {e.failingSince ? ` (failing since ${formatDateTime(e.failingSince)})` : ''}
        </DataListItem>
        <DataListItem label="Last success">{formatDateTime(e.lastSuccessAt)}</DataListItem>
        <DataListItem label="Last failure">{formatDateTime(e.lastFailureAt)}</DataListItem>
        {e.previousSecretExpiresAt ? <DataListItem label="Previous secret signs until">{formatDateTime(e.previousSecretExpiresAt)}</DataListItem> : null}
        <DataListItem label="Created">{formatDateTime(e.createdAt)}</DataListItem>
        <DataListItem label="Changed">{formatDateTime(e.updatedAt)}</DataListItem>
      </DataList>
    </Card>
  );
}

function DeliveryLog({ endpoint }: { endpoint: Endpoint }) {
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
    const t = setInterval(() => {
      void refetch();
      void queryClient.invalidateQueries({ queryKey: endpointKey(endpoint.id), exact: true });
    }, 3000);
    return () => clearInterval(t);
  }, [anyPending, refetch, queryClient, endpoint.id]);

  return (
    <section aria-labelledby="deliveries-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="deliveries-heading">
          Delivery log
        </Title>
        <SegmentedControl
          size="xs"
          aria-label="Filter deliveries by status"
          value={status}
          onChange={(v) => {
            setStatus(v as DeliveryStatus | 'all');
            deliveries.reset();
          }}
          data={[
            { value: 'all', label: 'All' },
            { value: 'pending', label: 'Pending' },
            { value: 'delivered', label: 'Delivered' },
            { value: 'failed', label: 'Failed' },
          ]}
        />
      </Group>
      {deliveries.isPending ? (
        <Loading label="Loading deliveries" />
      ) : deliveries.error ? (
        <ProblemAlert error={deliveries.error} />
      ) : deliveries.items.length === 0 ? (
        <EmptyState title={status === 'all' ? 'No deliveries yet' : `No ${status} deliveries`}>
          {status === 'all' ? 'Send a test event to check that the endpoint receives and verifies messages.' : 'Choose “All” to see every delivery.'}
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={880}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Created</Table.Th>
                <Table.Th>Event type</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Attempts</Table.Th>
                <Table.Th>Response</Table.Th>
                <Table.Th>Last attempt</Table.Th>
                <Table.Th>Next attempt</Table.Th>
                <Table.Th>Details</Table.Th>
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
                        replay
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <DeliveryStatusBadge status={d.status} />
                  </Table.Td>
                  <Table.Td>{d.attempts}</Table.Td>
                  <Table.Td>
                    {d.lastResponseStatus ?? (d.lastError ? 'no response' : '—')}
                    {d.lastDurationMs != null ? ` · ${d.lastDurationMs} ms` : ''}
                  </Table.Td>
                  <Table.Td>{formatDateTime(d.lastAttemptAt)}</Table.Td>
                  <Table.Td>{d.status === 'pending' ? formatDateTime(d.nextAttemptAt) : '—'}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setOpenId(d.id)}
                      aria-label={`Details of the ${d.eventType} delivery of ${formatDateTime(d.createdAt)}`}
                    >
                      Details
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
      notify('Replayed: the same message (same webhook-id) goes out again as a new delivery.');
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
      title="Delivery"
    >
      {detail.isPending ? (
        <Loading label="Loading the delivery" />
      ) : detail.error ? (
        <ProblemAlert error={detail.error} />
      ) : (
        <Stack>
          <DataList labelWidth={150} withDivider>
            <DataListItem label="Event type">
              <Code>{detail.data.eventType}</Code>
            </DataListItem>
            <DataListItem label="Status">
              <DeliveryStatusBadge status={detail.data.status} />
            </DataListItem>
            <DataListItem label="Event id (webhook-id)">
              <Code>{detail.data.eventId}</Code>
            </DataListItem>
            <DataListItem label="Attempts">{detail.data.attempts}</DataListItem>
            <DataListItem label="Created">{formatDateTime(detail.data.createdAt)}</DataListItem>
            <DataListItem label="Delivered">{formatDateTime(detail.data.deliveredAt)}</DataListItem>
            {detail.data.status === 'pending' ? <DataListItem label="Next attempt">{formatDateTime(detail.data.nextAttemptAt)}</DataListItem> : null}
            {detail.data.lastError ? <DataListItem label="Last error">{detail.data.lastError}</DataListItem> : null}
            {detail.data.replayOfId ? <DataListItem label="Replay of">{detail.data.replayOfId}</DataListItem> : null}
          </DataList>
          {isAdmin ? (
            <Group>
              <Button onClick={() => replay.mutate()} loading={replay.isPending} disabled={!endpoint.enabled}>
                Replay
              </Button>
              {!endpoint.enabled ? <Text size="sm">Enable the endpoint to replay deliveries.</Text> : null}
            </Group>
          ) : null}
          <ProblemAlert error={replay.error} title="The delivery was not replayed" />
          <Title order={3} size="h4">
            Attempts
          </Title>
          {detail.data.attemptLog.length === 0 ? (
            <Text size="sm">No attempt yet.</Text>
          ) : (
            <Table.ScrollContainer minWidth={520}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>#</Table.Th>
                    <Table.Th>Time</Table.Th>
                    <Table.Th>Outcome</Table.Th>
                    <Table.Th>Response</Table.Th>
                    <Table.Th>Duration</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {detail.data.attemptLog.map((a) => (
                    <Table.Tr key={a.number}>
                      <Table.Td>{a.number}</Table.Td>
                      <Table.Td>{formatDateTime(a.attemptedAt)}</Table.Td>
                      <Table.Td>{a.outcome}</Table.Td>
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
                      <Table.Td>{a.durationMs} ms</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Title order={3} size="h4">
            Body sent
          </Title>
          <Code block style={{ maxHeight: 360, overflow: 'auto' }}>
            {prettyJson(detail.data.body)}
          </Code>
        </Stack>
      )}
    </Drawer>
  );
}
