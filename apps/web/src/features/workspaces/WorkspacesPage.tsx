import { Anchor, Button, Card, Group, MultiSelect, Select, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { Dialog } from '../../components/Dialog';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { ADMIN_ROLES, useSession } from '../../auth/session';
import { useActingOrganization } from '../../auth/useActingOrganization';
import { CursorPager, useCursorPages } from '../../components/CursorPager';
import { EmptyState } from '../../components/EmptyState';
import { formatDate, formatList, formatMarket, formatNumber } from '../../components/format';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { allPages } from '../../api/all-pages';
import { WORKSPACE_ROLE_LABEL, WORKSPACE_STATUS, useLabels } from './labels';
import { marketOptions } from './markets';
import type { Workspace } from './use-workspace';
import { StatusBadge } from '../../components/StatusBadge';
import { notify } from '../../components/notify';
import { useT } from '../../i18n';

/** Workspaces the organization owns or takes part in, its pending invitations, and (manufacturers) a new workspace. */
export function WorkspacesPage() {
  const { t, label, badge } = useLabels();
  const { kind } = useActingOrganization();
  const [params, setParams] = useSearchParams();
  const canCreate = kind === 'manufacturer';
  const creating = canCreate && params.get('create') === '1';

  const pages = useCursorPages(['workspaces'], (cursor) => unwrap(api.GET('/v1/workspaces', { params: { query: { limit: 25, cursor } } })));
  const invited = pages.items.filter((w) => w.myRole === 'invited');

  const offeringIds = [...new Set(pages.items.filter((w) => w.myRole !== 'invited').map((w) => w.offeringId))];
  const offerings = useQueries({
    queries: offeringIds.map((offeringId) => ({
      queryKey: ['offering', offeringId],
      queryFn: () => unwrap(api.GET('/v1/offerings/{offeringId}', { params: { path: { offeringId } } })),
      staleTime: 60_000,
    })),
  });
  const offeringName = (id: string) => offerings[offeringIds.indexOf(id)]?.data?.name;

  const openCreate = () => setParams((p) => (p.set('create', '1'), p));
  const closeCreate = () =>
    setParams((p) => {
      p.delete('create');
      p.delete('offering');
      return p;
    });

  return (
    <>
      <PageHeader
        title={t('workspaces.list.title')}
        description={t('workspaces.list.description')}
        actions={canCreate ? <Button onClick={openCreate}>{t('workspaces.list.new')}</Button> : null}
      />
      {invited.length > 0 ? <Invitations workspaces={invited} /> : null}
      <ProblemAlert error={pages.error} />
      {pages.isPending ? (
        <Loading label={t('workspaces.list.loading')} />
      ) : pages.items.length === 0 && !pages.error ? (
        <EmptyState title={t('workspaces.list.empty.title')} action={canCreate ? <Button onClick={openCreate}>{t('workspaces.list.new')}</Button> : undefined}>
          {canCreate ? t('workspaces.list.empty.create') : t('workspaces.list.empty.invited')}
        </EmptyState>
      ) : pages.items.length > 0 ? (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('workspaces.list.column.workspace')}</Table.Th>
                  <Table.Th>{t('workspaces.list.column.offering')}</Table.Th>
                  <Table.Th>{t('workspaces.list.column.markets')}</Table.Th>
                  <Table.Th>{t('workspaces.list.column.frameworks')}</Table.Th>
                  <Table.Th>{t('workspaces.list.column.status')}</Table.Th>
                  <Table.Th>{t('workspaces.list.column.role')}</Table.Th>
                  <Table.Th>{t('workspaces.list.column.opened')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pages.items.map((w) => {
                  const status = badge(WORKSPACE_STATUS, w.status);
                  return (
                    <Table.Tr key={w.id}>
                      <Table.Td>
                        {w.myRole === 'invited' ? (
                          <Text size="sm">{w.name}</Text>
                        ) : (
                          <Anchor component={Link} to={`/workspaces/${w.id}`} size="sm">
                            {w.name}
                          </Anchor>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {w.myRole === 'invited' ? (
                          '—'
                        ) : offeringName(w.offeringId) ? (
                          <Anchor component={Link} to={`/offerings/${w.offeringId}`} size="sm">
                            {offeringName(w.offeringId)}
                          </Anchor>
                        ) : (
                          '—'
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{w.targetMarkets.length ? formatList(w.targetMarkets.map(formatMarket)) : '—'}</Text>
                      </Table.Td>
                      <Table.Td>{formatNumber(w.frameworkIds.length)}</Table.Td>
                      <Table.Td>
                        <StatusBadge variant="dot" color={status.color}>
                          {status.label}
                        </StatusBadge>
                      </Table.Td>
                      <Table.Td>
                        <StatusBadge variant="dot" color={w.myRole === 'invited' ? 'yellow' : w.myRole === 'owner' ? 'blue' : 'gray'}>
                          {w.myRole === 'invited' ? t('workspaces.list.invitationPending') : label(WORKSPACE_ROLE_LABEL, w.myRole)}
                        </StatusBadge>
                      </Table.Td>
                      <Table.Td>{formatDate(w.createdAt)}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <CursorPager pager={pages} />
        </>
      ) : null}
      {canCreate ? <CreateWorkspaceModal opened={creating} onClose={closeCreate} presetOfferingId={params.get('offering')} /> : null}
    </>
  );
}

/** Pending invitations: owners and admins of the invited organization accept or decline. */
function Invitations({ workspaces }: { workspaces: Workspace[] }) {
  const { t, label } = useLabels();
  const { session } = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const mayAnswer = !!session && ADMIN_ROLES.includes(session.role);
  const respond = useMutation({
    mutationFn: ({ workspace, answer }: { workspace: Workspace; answer: 'accept' | 'decline' }) =>
      unwrap(api.POST('/v1/workspaces/{workspaceId}/invitation', { params: { path: { workspaceId: workspace.id } }, body: { answer } })),
    onSuccess: async (participant, { workspace, answer }) => {
      notify(
        answer === 'accept'
          ? t('workspaces.invitations.joined', { name: workspace.name, role: label(WORKSPACE_ROLE_LABEL, participant.role) })
          : t('workspaces.invitations.declined', { name: workspace.name }),
        { color: answer === 'accept' ? 'green' : 'gray' },
      );
      await queryClient.invalidateQueries({ queryKey: ['workspaces'] });
      await queryClient.invalidateQueries({ queryKey: ['workspace', workspace.id] });
      if (answer === 'accept') void navigate(`/workspaces/${workspace.id}`);
    },
  });

  return (
    <Card withBorder mb="md" padding="md" aria-labelledby="invitations-heading" component="section">
      <Title order={2} size="h4" id="invitations-heading" mb="xs">
        {t('workspaces.invitations.title')}
      </Title>
      <Text size="sm" mb="sm">
        {mayAnswer ? t('workspaces.invitations.mayAnswer') : t('workspaces.invitations.askAdmin')}
      </Text>
      <ProblemAlert error={respond.error} title={t('workspaces.invitations.failed')} />
      <Stack gap="xs" mt={respond.error ? 'sm' : 0}>
        {workspaces.map((w) => (
          <Group key={w.id} justify="space-between" wrap="nowrap" data-testid="workspace-invitation">
            <div>
              <Text fw={600} size="sm">
                {w.name}
              </Text>
              <Text size="xs" c="gray.7">
                {t('workspaces.invitations.details', {
                  markets: formatList(w.targetMarkets.map(formatMarket)),
                  count: w.frameworkIds.length,
                  opened: formatDate(w.createdAt),
                })}
              </Text>
            </div>
            {mayAnswer ? (
              <Group gap="xs" wrap="nowrap">
                <Button
                  size="xs"
                  onClick={() => respond.mutate({ workspace: w, answer: 'accept' })}
                  loading={respond.isPending && respond.variables?.workspace.id === w.id && respond.variables.answer === 'accept'}
                  disabled={respond.isPending}
                  aria-label={t('workspaces.invitations.acceptLabel', { name: w.name })}
                >
                  {t('workspaces.invitations.accept')}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => respond.mutate({ workspace: w, answer: 'decline' })}
                  loading={respond.isPending && respond.variables?.workspace.id === w.id && respond.variables.answer === 'decline'}
                  disabled={respond.isPending}
                  aria-label={t('workspaces.invitations.declineLabel', { name: w.name })}
                >
                  {t('workspaces.invitations.decline')}
                </Button>
              </Group>
            ) : null}
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

type Offering = Schemas['OfferingDto'];
type Framework = Schemas['FrameworkDto'];

function CreateWorkspaceModal({ opened, onClose, presetOfferingId }: { opened: boolean; onClose: () => void; presetOfferingId: string | null }) {
  const t = useT();
  return (
    <Dialog closeButtonProps={{ 'aria-label': t('workspaces.close') }} opened={opened} onClose={onClose} title={t('workspaces.create.title')} size="lg">
      {/* Mounted only while open, so each opening starts with a fresh form and idempotency key. */}
      {opened ? <CreateWorkspaceForm onClose={onClose} presetOfferingId={presetOfferingId} /> : null}
    </Dialog>
  );
}

function CreateWorkspaceForm({ onClose, presetOfferingId }: { onClose: () => void; presetOfferingId: string | null }) {
  const t = useT();
  const { session } = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [offeringId, setOfferingId] = useState<string | null>(presetOfferingId);
  const [name, setName] = useState('');
  const [frameworkIds, setFrameworkIds] = useState<string[]>([]);
  const [targetMarkets, setTargetMarkets] = useState<string[]>([]);
  const [fourEyes, setFourEyes] = useState(false);
  const [touched, setTouched] = useState(false);

  const offerings = useQuery({
    queryKey: ['offerings', 'all'],
    queryFn: () => allPages<Offering>((cursor) => unwrap(api.GET('/v1/offerings', { params: { query: { limit: 200, cursor } } }))),
  });
  const frameworks = useQuery({
    queryKey: ['frameworks', 'all'],
    queryFn: () => allPages<Framework>((cursor) => unwrap(api.GET('/v1/frameworks', { params: { query: { limit: 200, cursor } } }))),
    staleTime: 5 * 60_000,
  });
  const own = (offerings.data ?? []).filter((o) => o.organizationId === session?.organizationId);

  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/v1/workspaces', {
          params: { header: { 'Idempotency-Key': idempotencyKey } },
          body: { offeringId: offeringId!, name: name.trim(), frameworkIds, targetMarkets, fourEyes },
        }),
      ),
    onSuccess: async (ws) => {
      notify(t('workspaces.create.done', { name: ws.name }));
      await queryClient.invalidateQueries({ queryKey: ['workspaces'] });
      onClose();
      void navigate(`/workspaces/${ws.id}`);
    },
  });

  const fieldError = (field: string) => (create.error instanceof ApiProblem ? create.error.fieldError(field) : undefined);
  const missing = {
    offeringId: !offeringId ? t('workspaces.create.offering.missing') : undefined,
    name: !name.trim() ? t('workspaces.create.name.missing') : undefined,
    frameworkIds: frameworkIds.length === 0 ? t('workspaces.create.frameworks.missing') : undefined,
    targetMarkets: targetMarkets.length === 0 ? t('workspaces.create.markets.missing') : undefined,
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (Object.values(missing).some(Boolean)) return;
    create.mutate();
  };

  if (offerings.isPending || frameworks.isPending) return <Loading label={t('workspaces.create.loading')} />;
  if (offerings.error || frameworks.error) return <ProblemAlert error={offerings.error ?? frameworks.error} />;
  if (own.length === 0) {
    return (
      <EmptyState
        title={t('workspaces.create.noOffering.title')}
        action={
          <Button component={Link} to="/offerings?create=1">
            {t('workspaces.create.noOffering.action')}
          </Button>
        }
      >
        {t('workspaces.create.noOffering.body')}
      </EmptyState>
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Select
          label={t('workspaces.create.offering.label')}
          description={t('workspaces.create.offering.description')}
          required
          searchable
          data={own.map((o) => ({ value: o.id, label: o.name }))}
          value={offeringId}
          onChange={setOfferingId}
          error={(touched && missing.offeringId) || fieldError('offeringId')}
        />
        <TextInput
          label={t('workspaces.create.name.label')}
          placeholder={t('workspaces.create.name.placeholder')}
          required
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={(touched && missing.name) || fieldError('name')}
        />
        <MultiSelect
          label={t('workspaces.create.frameworks.label')}
          description={t('workspaces.create.frameworks.description')}
          required
          searchable
          data={(frameworks.data ?? []).map((f) => ({ value: f.id, label: `${f.title} (${f.code} ${f.version})` }))}
          value={frameworkIds}
          onChange={setFrameworkIds}
          error={(touched && missing.frameworkIds) || fieldError('frameworkIds')}
        />
        <MultiSelect
          label={t('workspaces.create.markets.label')}
          description={t('workspaces.create.markets.description')}
          required
          searchable
          data={marketOptions()}
          value={targetMarkets}
          onChange={setTargetMarkets}
          error={(touched && missing.targetMarkets) || fieldError('targetMarkets')}
        />
        <Switch
          label={t('workspaces.create.fourEyes.label')}
          description={t('workspaces.create.fourEyes.description')}
          checked={fourEyes}
          onChange={(e) => setFourEyes(e.currentTarget.checked)}
        />
        <ProblemAlert error={create.error} title={t('workspaces.create.failed')} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('workspaces.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('workspaces.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
