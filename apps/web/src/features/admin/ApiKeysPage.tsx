import { Alert, Button, Checkbox, Code, Group, Modal, ScrollArea, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { CursorPager, useCursorPages } from '../../components/CursorPager';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatDateTime } from '../../components/format';
import { ConfirmButton } from '../../components/ConfirmButton';
import { OneTimeSecret } from './OneTimeSecret';
import { useActingOrganization } from '../../auth/useActingOrganization';
import { StatusBadge } from '../../components/StatusBadge';
import { notify } from '../../components/notify';

type ApiKey = Schemas['ApiKeyDto'];
type CreatedApiKey = Schemas['CreatedApiKeyDto'];

function keyState(k: ApiKey): { label: string; color: string } {
  if (k.revokedAt) return { label: 'revoked', color: 'gray' };
  if (k.expiresAt && Date.parse(k.expiresAt) <= Date.now()) return { label: 'expired', color: 'orange' };
  return { label: 'active', color: 'green' };
}

/** The organization's API keys: list, create (the secret is shown once) and revoke. Owners and admins only. */
export function ApiKeysPage() {
  const { isAdmin } = useActingOrganization();
  const [opened, { open, close }] = useDisclosure(false);

  return (
    <>
      <PageHeader
        title="API keys"
        description="Machine credentials of your organization. Send a key as the x-api-key header; each key can do only what its scopes grant."
        actions={isAdmin ? <Button onClick={open}>Create API key</Button> : null}
      />
      {isAdmin ? (
        <>
          <ApiKeysTable onCreate={open} />
          <CreateApiKeyModal opened={opened} onClose={close} />
        </>
      ) : (
        <Alert color="blue" variant="light" title="Owners and admins only">
          Ask an owner or admin of your organization to create or revoke API keys.
        </Alert>
      )}
    </>
  );
}

function ApiKeysTable({ onCreate }: { onCreate(): void }) {
  const queryClient = useQueryClient();
  const keys = useCursorPages<ApiKey>(['organization', 'api-keys'], (cursor) =>
    unwrap(api.GET('/v1/organization/api-keys', { params: { query: { cursor, limit: 50 } } })),
  );

  const revoke = async (k: ApiKey) => {
    await unwrap(api.DELETE('/v1/organization/api-keys/{apiKeyId}', { params: { path: { apiKeyId: k.id } } }));
    notify(`The key “${k.name}” was revoked.`);
    await queryClient.invalidateQueries({ queryKey: ['organization', 'api-keys'] });
  };

  if (keys.isPending) return <Loading label="Loading API keys" />;
  if (keys.error) return <ProblemAlert error={keys.error} />;
  if (keys.items.length === 0) {
    return (
      <EmptyState
        title="No API keys yet"
        action={
          <Button size="xs" variant="light" onClick={onCreate}>
            Create API key
          </Button>
        }
      >
        Create a key for a system that calls the Attesta API for your organization, e.g. an e-procurement connector with tenders:read and conformity:read.
      </EmptyState>
    );
  }
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Prefix</Table.Th>
              <Table.Th>Scopes</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Created</Table.Th>
              <Table.Th>Last used</Table.Th>
              <Table.Th>Expires</Table.Th>
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {keys.items.map((k) => {
              const state = keyState(k);
              return (
                <Table.Tr key={k.id}>
                  <Table.Td>{k.name}</Table.Td>
                  <Table.Td>
                    <Code>{k.prefix}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {k.scopes.length ? (
                        k.scopes.map((s) => (
                          <StatusBadge key={s} size="sm" color="gray" tt="none">
                            {s}
                          </StatusBadge>
                        ))
                      ) : (
                        <Text size="sm">none</Text>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge color={state.color}>{state.label}</StatusBadge>
                  </Table.Td>
                  <Table.Td>{formatDate(k.createdAt)}</Table.Td>
                  <Table.Td>{k.lastUsedAt ? formatDateTime(k.lastUsedAt) : 'never'}</Table.Td>
                  <Table.Td>{k.revokedAt ? `revoked ${formatDate(k.revokedAt)}` : k.expiresAt ? formatDate(k.expiresAt) : 'never'}</Table.Td>
                  <Table.Td>
                    {!k.revokedAt ? (
                      <ConfirmButton
                        label="Revoke"
                        ariaLabel={`Revoke ${k.name}`}
                        title={`Revoke “${k.name}”?`}
                        message="The key stops working at once; systems using it get 401 answers. This cannot be undone."
                        onConfirm={() => revoke(k)}
                      />
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <CursorPager pager={keys} />
    </>
  );
}

function CreateApiKeyModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>([]);
  const [expiry, setExpiry] = useState('');
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [tomorrow] = useState(() => new Date(Date.now() + 86400_000).toISOString().slice(0, 10));
  // The catalogue comes from the API, so the portal offers exactly the scopes it accepts.
  const catalogue = useQuery({
    queryKey: ['api-key-scopes'],
    queryFn: () => unwrap(api.GET('/v1/organization/api-keys/scopes')),
    staleTime: Infinity,
    enabled: opened,
  });

  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/v1/organization/api-keys', {
          // The key stays valid through the chosen day (local time).
          body: { name: name.trim(), scopes, ...(expiry ? { expiresAt: new Date(`${expiry}T23:59:59`).toISOString() } : {}) },
        }),
      ),
    onSuccess: (c) => {
      setCreated(c);
      void queryClient.invalidateQueries({ queryKey: ['organization', 'api-keys'] });
    },
  });
  const fieldError = (f: string) => (create.error instanceof ApiProblem ? create.error.fieldError(f) : undefined);

  const close = () => {
    setName('');
    setScopes([]);
    setExpiry('');
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
      title={created ? 'API key created' : 'Create API key'}
      size="lg"
      centered
      closeOnClickOutside={!created}
      closeOnEscape={!created}
    >
      {created ? (
        <Stack>
          <Text size="sm">
            <strong>{created.apiKey.name}</strong> ({created.apiKey.prefix}) with {created.apiKey.scopes.length} scope
            {created.apiKey.scopes.length === 1 ? '' : 's'}.
          </Text>
          <OneTimeSecret
            label="API key"
            value={created.key}
            warning="This is the only time the full key is shown; Attesta stores only a hash of it. Store it in your secret manager now. If it is lost, revoke it and create a new one."
            testId="api-key-secret"
          />
          <Group justify="flex-end">
            <Button onClick={close}>I have stored the key</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit}>
          <Stack>
            <TextInput
              label="Name"
              description="Who or what uses it, e.g. e-procurement connector"
              required
              maxLength={100}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={fieldError('name')}
            />
            <Checkbox.Group
              label="Scopes"
              description="Grant only what the system needs. Keys never manage members or keys."
              value={scopes}
              onChange={setScopes}
              error={fieldError('scopes')}
            >
              <ProblemAlert error={catalogue.error} title="The scopes could not be loaded" />
              {catalogue.isPending ? <Loading label="Loading scopes" /> : null}
              <ScrollArea.Autosize mah={320} mt="xs" type="auto">
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                  {(catalogue.data ?? []).map((s) => (
                    <Checkbox key={s.scope} value={s.scope} label={<Code>{s.scope}</Code>} description={s.description} />
                  ))}
                </SimpleGrid>
              </ScrollArea.Autosize>
            </Checkbox.Group>
            <TextInput
              label="Expires on"
              description="Optional; leave empty for a key that does not expire"
              type="date"
              value={expiry}
              min={tomorrow}
              onChange={(e) => setExpiry(e.currentTarget.value)}
              error={fieldError('expiresAt')}
            />
            <ProblemAlert error={create.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending} disabled={!name.trim() || scopes.length === 0}>
                Create key
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
