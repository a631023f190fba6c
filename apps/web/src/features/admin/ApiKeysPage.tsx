import { Alert, Button, Checkbox, Code, Group, ScrollArea, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { Dialog } from '../../components/Dialog';
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
import { FormattedMessage, useT, type MessageId } from '../../i18n';

type ApiKey = Schemas['ApiKeyDto'];
type CreatedApiKey = Schemas['CreatedApiKeyDto'];

function keyState(k: ApiKey): { label: MessageId; color: string } {
  if (k.revokedAt) return { label: 'admin.apiKeys.state.revoked', color: 'gray' };
  if (k.expiresAt && Date.parse(k.expiresAt) <= Date.now()) return { label: 'admin.apiKeys.state.expired', color: 'orange' };
  return { label: 'admin.apiKeys.state.active', color: 'green' };
}

/** The organization's API keys: list, create (the secret is shown once) and revoke. Owners and admins only. */
export function ApiKeysPage() {
  const t = useT();
  const { isAdmin } = useActingOrganization();
  const [opened, { open, close }] = useDisclosure(false);

  return (
    <>
      <PageHeader
        title={t('admin.apiKeys.title')}
        description={t('admin.apiKeys.description')}
        actions={isAdmin ? <Button onClick={open}>{t('admin.apiKeys.create')}</Button> : null}
      />
      {isAdmin ? (
        <>
          <ApiKeysTable onCreate={open} />
          <CreateApiKeyModal opened={opened} onClose={close} />
        </>
      ) : (
        <Alert color="blue" variant="light" title={t('admin.adminsOnly')}>
          {t('admin.apiKeys.adminsOnlyHint')}
        </Alert>
      )}
    </>
  );
}

function ApiKeysTable({ onCreate }: { onCreate(): void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const keys = useCursorPages<ApiKey>(['organization', 'api-keys'], (cursor) =>
    unwrap(api.GET('/v1/organization/api-keys', { params: { query: { cursor, limit: 50 } } })),
  );

  const revoke = async (k: ApiKey) => {
    await unwrap(api.DELETE('/v1/organization/api-keys/{apiKeyId}', { params: { path: { apiKeyId: k.id } } }));
    notify(t('admin.apiKeys.revoked', { name: k.name }));
    await queryClient.invalidateQueries({ queryKey: ['organization', 'api-keys'] });
  };

  if (keys.isPending) return <Loading label={t('admin.apiKeys.loading')} />;
  if (keys.error) return <ProblemAlert error={keys.error} />;
  if (keys.items.length === 0) {
    return (
      <EmptyState
        title={t('admin.apiKeys.emptyTitle')}
        action={
          <Button size="xs" variant="light" onClick={onCreate}>
            {t('admin.apiKeys.create')}
          </Button>
        }
      >
        {t('admin.apiKeys.emptyBody')}
      </EmptyState>
    );
  }
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.apiKeys.table.name')}</Table.Th>
              <Table.Th>{t('admin.apiKeys.table.prefix')}</Table.Th>
              <Table.Th>{t('admin.apiKeys.table.scopes')}</Table.Th>
              <Table.Th>{t('admin.apiKeys.table.status')}</Table.Th>
              <Table.Th>{t('admin.apiKeys.table.created')}</Table.Th>
              <Table.Th>{t('admin.apiKeys.table.lastUsed')}</Table.Th>
              <Table.Th>{t('admin.apiKeys.table.expires')}</Table.Th>
              <Table.Th>{t('admin.apiKeys.table.actions')}</Table.Th>
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
                        <Text size="sm">{t('admin.apiKeys.noScopes')}</Text>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge color={state.color}>{t(state.label)}</StatusBadge>
                  </Table.Td>
                  <Table.Td>{formatDate(k.createdAt)}</Table.Td>
                  <Table.Td>{k.lastUsedAt ? formatDateTime(k.lastUsedAt) : t('admin.apiKeys.never')}</Table.Td>
                  <Table.Td>
                    {k.revokedAt
                      ? t('admin.apiKeys.revokedOn', { date: formatDate(k.revokedAt) })
                      : k.expiresAt
                        ? formatDate(k.expiresAt)
                        : t('admin.apiKeys.never')}
                  </Table.Td>
                  <Table.Td>
                    {!k.revokedAt ? (
                      <ConfirmButton
                        label={t('admin.apiKeys.revoke')}
                        ariaLabel={t('admin.apiKeys.revokeAria', { name: k.name })}
                        title={t('admin.apiKeys.revokeTitle', { name: k.name })}
                        message={t('admin.apiKeys.revokeMessage')}
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
  const t = useT();
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
    <Dialog
      opened={opened}
      onClose={close}
      title={t(created ? 'admin.apiKeys.created' : 'admin.apiKeys.create')}
      size="lg"
      centered
      closeOnClickOutside={!created}
      closeOnEscape={!created}
    >
      {created ? (
        <Stack>
          <Text size="sm">
            <FormattedMessage
              id="admin.apiKeys.createdSummary"
              values={{ name: created.apiKey.name, prefix: created.apiKey.prefix, count: created.apiKey.scopes.length, b: (c) => <strong>{c}</strong> }}
            />
          </Text>
          <OneTimeSecret label={t('admin.apiKeys.secretLabel')} value={created.key} warning={t('admin.apiKeys.secretWarning')} testId="api-key-secret" />
          <Group justify="flex-end">
            <Button onClick={close}>{t('admin.apiKeys.stored')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit}>
          <Stack>
            <TextInput
              label={t('admin.apiKeys.form.name')}
              description={t('admin.apiKeys.form.nameHint')}
              required
              maxLength={100}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={fieldError('name')}
            />
            <Checkbox.Group
              label={t('admin.apiKeys.form.scopes')}
              description={t('admin.apiKeys.form.scopesHint')}
              value={scopes}
              onChange={setScopes}
              error={fieldError('scopes')}
            >
              <ProblemAlert error={catalogue.error} title={t('admin.apiKeys.form.scopesFailed')} />
              {catalogue.isPending ? <Loading label={t('admin.apiKeys.form.scopesLoading')} /> : null}
              <ScrollArea.Autosize mah={320} mt="xs" type="auto">
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                  {(catalogue.data ?? []).map((s) => (
                    <Checkbox key={s.scope} value={s.scope} label={<Code>{s.scope}</Code>} description={s.description} />
                  ))}
                </SimpleGrid>
              </ScrollArea.Autosize>
            </Checkbox.Group>
            <TextInput
              label={t('admin.apiKeys.form.expires')}
              description={t('admin.apiKeys.form.expiresHint')}
              type="date"
              value={expiry}
              min={tomorrow}
              onChange={(e) => setExpiry(e.currentTarget.value)}
              error={fieldError('expiresAt')}
            />
            <ProblemAlert error={create.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('admin.action.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending} disabled={!name.trim() || scopes.length === 0}>
                {t('admin.apiKeys.form.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Dialog>
  );
}
