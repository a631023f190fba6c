import { Anchor, Button, Card, Group, Modal, MultiSelect, Select, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { ADMIN_ROLES, useSession } from '../../auth/session';
import { useActingOrganization } from '../../auth/useActingOrganization';
import { CursorPager, useCursorPages } from '../../components/CursorPager';
import { EmptyState } from '../../components/EmptyState';
import { formatDate } from '../../components/format';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { allPages } from '../../api/all-pages';
import { WORKSPACE_ROLE_LABEL, WORKSPACE_STATUS, badgeOf, labelOf } from './labels';
import { marketName, marketOptions } from './markets';
import type { Workspace } from './use-workspace';
import { StatusBadge } from '../../components/StatusBadge';
import { notify } from '../../components/notify';

/** Workspaces the organization owns or takes part in, its pending invitations, and (manufacturers) a new workspace. */
export function WorkspacesPage() {
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
        title="Workspaces"
        description="Assessments your organization owns or takes part in: one offering against target frameworks for target markets."
        actions={canCreate ? <Button onClick={openCreate}>New workspace</Button> : null}
      />
      {invited.length > 0 ? <Invitations workspaces={invited} /> : null}
      <ProblemAlert error={pages.error} />
      {pages.isPending ? (
        <Loading label="Loading workspaces" />
      ) : pages.items.length === 0 && !pages.error ? (
        <EmptyState title="No workspaces yet" action={canCreate ? <Button onClick={openCreate}>New workspace</Button> : undefined}>
          {canCreate
            ? 'Open a workspace to assess one of your offerings against the frameworks your markets ask for.'
            : 'You see a workspace here once its owner invites your organization and an owner or admin of yours accepts.'}
        </EmptyState>
      ) : pages.items.length > 0 ? (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Workspace</Table.Th>
                  <Table.Th>Offering</Table.Th>
                  <Table.Th>Target markets</Table.Th>
                  <Table.Th>Frameworks</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Your role</Table.Th>
                  <Table.Th>Opened</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pages.items.map((w) => {
                  const status = badgeOf(WORKSPACE_STATUS, w.status);
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
                        <Text size="sm" title={w.targetMarkets.map(marketName).join(', ')}>
                          {w.targetMarkets.join(', ') || '—'}
                        </Text>
                      </Table.Td>
                      <Table.Td>{w.frameworkIds.length}</Table.Td>
                      <Table.Td>
                        <StatusBadge variant="dot" color={status.color}>
                          {status.label}
                        </StatusBadge>
                      </Table.Td>
                      <Table.Td>
                        <StatusBadge variant="dot" color={w.myRole === 'invited' ? 'yellow' : w.myRole === 'owner' ? 'blue' : 'gray'}>
                          {w.myRole === 'invited' ? 'Invitation pending' : labelOf(WORKSPACE_ROLE_LABEL, w.myRole)}
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
          ? `You joined “${workspace.name}” as ${labelOf(WORKSPACE_ROLE_LABEL, participant.role).toLowerCase()}.`
          : `You declined the invitation to “${workspace.name}”.`,
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
        Pending invitations
      </Title>
      <Text size="sm" mb="sm">
        {mayAnswer
          ? 'Your organization has been invited to take part in these workspaces. Accepting lets your members see and do what the role allows.'
          : 'Your organization has been invited to these workspaces. An owner or admin of your organization can accept or decline.'}
      </Text>
      <ProblemAlert error={respond.error} title="The invitation could not be answered" />
      <Stack gap="xs" mt={respond.error ? 'sm' : 0}>
        {workspaces.map((w) => (
          <Group key={w.id} justify="space-between" wrap="nowrap" data-testid="workspace-invitation">
            <div>
              <Text fw={600} size="sm">
                {w.name}
              </Text>
              <Text size="xs" c="gray.7">
                Target markets: {w.targetMarkets.join(', ')} · {w.frameworkIds.length} framework{w.frameworkIds.length === 1 ? '' : 's'} · opened{' '}
                {formatDate(w.createdAt)}
              </Text>
            </div>
            {mayAnswer ? (
              <Group gap="xs" wrap="nowrap">
                <Button
                  size="xs"
                  onClick={() => respond.mutate({ workspace: w, answer: 'accept' })}
                  loading={respond.isPending && respond.variables?.workspace.id === w.id && respond.variables.answer === 'accept'}
                  disabled={respond.isPending}
                  aria-label={`Accept the invitation to ${w.name}`}
                >
                  Accept
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => respond.mutate({ workspace: w, answer: 'decline' })}
                  loading={respond.isPending && respond.variables?.workspace.id === w.id && respond.variables.answer === 'decline'}
                  disabled={respond.isPending}
                  aria-label={`Decline the invitation to ${w.name}`}
                >
                  Decline
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
  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={opened} onClose={onClose} title="New workspace" size="lg">
      {/* Mounted only while open, so each opening starts with a fresh form and idempotency key. */}
      {opened ? <CreateWorkspaceForm onClose={onClose} presetOfferingId={presetOfferingId} /> : null}
    </Modal>
  );
}

function CreateWorkspaceForm({ onClose, presetOfferingId }: { onClose: () => void; presetOfferingId: string | null }) {
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
      notify(`Workspace “${ws.name}” opened.`);
      await queryClient.invalidateQueries({ queryKey: ['workspaces'] });
      onClose();
      void navigate(`/workspaces/${ws.id}`);
    },
  });

  const fieldError = (field: string) => (create.error instanceof ApiProblem ? create.error.fieldError(field) : undefined);
  const missing = {
    offeringId: !offeringId ? 'Choose the offering to assess' : undefined,
    name: !name.trim() ? 'Give the workspace a name' : undefined,
    frameworkIds: frameworkIds.length === 0 ? 'Choose at least one framework' : undefined,
    targetMarkets: targetMarkets.length === 0 ? 'Choose at least one market' : undefined,
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (Object.values(missing).some(Boolean)) return;
    create.mutate();
  };

  if (offerings.isPending || frameworks.isPending) return <Loading label="Loading offerings and frameworks" />;
  if (offerings.error || frameworks.error) return <ProblemAlert error={offerings.error ?? frameworks.error} />;
  if (own.length === 0) {
    return (
      <EmptyState
        title="No offering to assess yet"
        action={
          <Button component={Link} to="/offerings?create=1">
            Create an offering
          </Button>
        }
      >
        A workspace assesses one of your offerings. Create the offering with its components first.
      </EmptyState>
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Select
          label="Offering"
          description="The bundled product (hardware and services) to assess"
          required
          searchable
          data={own.map((o) => ({ value: o.id, label: o.name }))}
          value={offeringId}
          onChange={setOfferingId}
          error={(touched && missing.offeringId) || fieldError('offeringId')}
        />
        <TextInput
          label="Name"
          placeholder="e.g. VMC-850 export readiness — Viet Nam and Thailand"
          required
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={(touched && missing.name) || fieldError('name')}
        />
        <MultiSelect
          label="Target frameworks"
          description="Built-in frameworks and your organization's own"
          required
          searchable
          data={(frameworks.data ?? []).map((f) => ({ value: f.id, label: `${f.title} (${f.code} ${f.version})` }))}
          value={frameworkIds}
          onChange={setFrameworkIds}
          error={(touched && missing.frameworkIds) || fieldError('frameworkIds')}
        />
        <MultiSelect
          label="Target markets"
          description="Countries where the offering will be sold"
          required
          searchable
          data={marketOptions()}
          value={targetMarkets}
          onChange={setTargetMarkets}
          error={(touched && missing.targetMarkets) || fieldError('targetMarkets')}
        />
        <Switch
          label="Four-eyes decisions"
          description="A second assessor must confirm every decision before it is final"
          checked={fourEyes}
          onChange={(e) => setFourEyes(e.currentTarget.checked)}
        />
        <ProblemAlert error={create.error} title="The workspace could not be opened" />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Open workspace
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
