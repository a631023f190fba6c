import { Alert, Anchor, Button, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
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

type Endpoint = Schemas['WebhookEndpointDto'];
type EndpointWithSecret = Schemas['WebhookEndpointWithSecretDto'];

/** The organization's webhook endpoints: list and register (the signing secret is shown once). */
export function WebhooksPage() {
  const { isAdmin } = useActingOrganization();
  const [opened, { open, close }] = useDisclosure(false);

  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Endpoints that receive signed messages (Standard Webhooks) when something your organization relies on changes."
        actions={isAdmin ? <Button onClick={open}>Add endpoint</Button> : null}
      />
      {isAdmin ? (
        <>
          <EndpointsTable onCreate={open} />
          <CreateEndpointModal opened={opened} onClose={close} />
        </>
      ) : (
        <Alert color="blue" variant="light" title="Owners and admins only">
          Webhook endpoints hold your organization&apos;s signing secrets; ask an owner or admin to manage them.
        </Alert>
      )}
    </>
  );
}

function EndpointsTable({ onCreate }: { onCreate(): void }) {
  const endpoints = useCursorPages<Endpoint>(['webhooks', 'endpoints'], (cursor) =>
    unwrap(api.GET('/v1/webhooks/endpoints', { params: { query: { cursor, limit: 50 } } })),
  );

  if (endpoints.isPending) return <Loading label="Loading webhook endpoints" />;
  if (endpoints.error) return <ProblemAlert error={endpoints.error} />;
  if (endpoints.items.length === 0) {
    return (
      <EmptyState
        title="No webhook endpoints yet"
        action={
          <Button size="xs" variant="light" onClick={onCreate}>
            Add endpoint
          </Button>
        }
      >
        Add an https endpoint of your system (e.g. your ERP or tender desk) to hear at once when an attestation is suspended or a bid&apos;s compliance changes.
      </EmptyState>
    );
  }
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Endpoint</Table.Th>
              <Table.Th>Event types</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Last success</Table.Th>
              <Table.Th>Last failure</Table.Th>
              <Table.Th>Created</Table.Th>
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
    <Modal
      opened={opened}
      onClose={close}
      title={created ? 'Endpoint added' : 'Add webhook endpoint'}
      size="lg"
      centered
      closeOnClickOutside={!created}
      closeOnEscape={!created}
    >
      {created ? (
        <Stack>
          <Text size="sm" style={{ wordBreak: 'break-all' }}>
            Messages to <strong>{created.endpoint.url}</strong> carry the headers webhook-id, webhook-timestamp and webhook-signature (HMAC-SHA256 with this
            secret). Verify them before trusting a message.
          </Text>
          <OneTimeSecret
            label="Signing secret"
            value={created.secret}
            warning="This is the only time the signing secret is shown. Store it with the receiving system now; if it is lost, rotate the secret."
            testId="webhook-secret"
          />
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                const id = created.endpoint.id;
                close();
                void navigate(`/settings/webhooks/${id}`);
              }}
            >
              Open endpoint
            </Button>
            <Button onClick={close}>I have stored the secret</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit}>
          <Stack>
            <TextInput
              label="URL"
              description="https, reachable from the internet (private and loopback addresses are refused)"
              placeholder="https://erp.example.com/hooks/attesta"
              required
              type="url"
              value={url}
              onChange={(e) => setUrl(e.currentTarget.value)}
              error={fieldError('url')}
            />
            <TextInput
              label="Description"
              description="Optional"
              maxLength={500}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
              error={fieldError('description')}
            />
            <EventTypesField value={eventTypes} onChange={setEventTypes} error={fieldError('eventTypes')} />
            <ProblemAlert error={create.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending} disabled={!url.trim() || eventTypes.length === 0}>
                Add endpoint
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
