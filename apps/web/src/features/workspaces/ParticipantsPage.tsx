import { Button, Group, Modal, MultiSelect, Select, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { CursorPager, useCursorPages } from '../../components/CursorPager';
import { EmptyState } from '../../components/EmptyState';
import { formatDate } from '../../components/format';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ORGANIZATION_KIND_LABEL, PARTICIPANT_STATUS, WORKSPACE_ROLE_LABEL, badgeOf, labelOf } from './labels';
import { useOrganizationNames } from '../../api/organization-names';
import { OrganizationPicker } from './organizations';
import { useWorkspace, type Workspace } from './use-workspace';
import { StatusBadge } from '../../components/StatusBadge';
import { notify } from '../../components/notify';

type Participant = Schemas['ParticipantDto'];
type InviteRole = 'contributor' | 'assessor' | 'observer';

/** Which organization kinds may take each role (the API checks the same, 422 otherwise). */
const ROLE_KINDS: Record<InviteRole, string[]> = {
  contributor: ['service_vendor', 'manufacturer'],
  assessor: ['assessor'],
  observer: ['procurer', 'manufacturer', 'service_vendor', 'assessor'],
};

const ROLE_HELP: Record<InviteRole, string> = {
  contributor: 'A vendor or manufacturer that provides components: it adds evidence for those components and answers findings about them.',
  assessor: 'An accredited assessor organization: it reviews submissions, records verdicts and findings, and decides. It can never also own or contribute.',
  observer: 'Sees the outcome only (decisions and attestations), never evidence or the review — e.g. a buyer.',
};

/** Who takes part in the workspace, in which role and for which components; the owner invites and removes. */
export function ParticipantsPage() {
  const { workspaceId = '' } = useParams();
  const workspace = useWorkspace(workspaceId);
  const isOwner = workspace.data?.myRole === 'owner';
  const [showFormer, setShowFormer] = useState(false);
  const [inviting, setInviting] = useState(false);
  const [removing, setRemoving] = useState<Participant | null>(null);
  const { nameOf, kindOf } = useOrganizationNames();
  const pages = useCursorPages(
    ['participants', workspaceId],
    (cursor) => unwrap(api.GET('/v1/workspaces/{workspaceId}/participants', { params: { path: { workspaceId }, query: { limit: 50, cursor } } })),
    { enabled: !!workspace.data && workspace.data.myRole !== 'invited' },
  );
  const offering = useQuery({
    queryKey: ['offering', workspace.data?.offeringId],
    queryFn: () => unwrap(api.GET('/v1/offerings/{offeringId}', { params: { path: { offeringId: workspace.data!.offeringId } } })),
    enabled: !!workspace.data && workspace.data.myRole !== 'invited',
    staleTime: 60_000,
  });
  const componentName = (id: string) => offering.data?.components.find((c) => c.id === id)?.name ?? `Component ${id.slice(0, 8)}`;

  if (workspace.isPending) return <Loading />;
  if (workspace.error) return <ProblemAlert error={workspace.error} />;
  if (workspace.data.myRole === 'invited') {
    return <EmptyState title="Your organization's invitation is pending">Accept it on the Workspaces page to see who takes part.</EmptyState>;
  }
  const shown = pages.items.filter((p) => showFormer || p.status === 'invited' || p.status === 'accepted');
  const hidden = pages.items.length - shown.length;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h3">
            Participants
          </Title>
          <Text size="sm" c="gray.7">
            Organizations that take part in this workspace and what their role lets them do.
          </Text>
        </div>
        {isOwner ? <Button onClick={() => setInviting(true)}>Invite an organization</Button> : null}
      </Group>
      <Switch label="Show declined and removed participants" checked={showFormer} onChange={(e) => setShowFormer(e.currentTarget.checked)} />
      <ProblemAlert error={pages.error} />
      {pages.isPending ? (
        <Loading label="Loading participants" />
      ) : shown.length === 0 && !pages.error ? (
        <EmptyState title="Nobody else takes part yet" action={isOwner ? <Button onClick={() => setInviting(true)}>Invite an organization</Button> : undefined}>
          {hidden > 0 ? `${hidden} declined or removed participant${hidden === 1 ? ' is' : 's are'} hidden. ` : ''}
          Invite the vendors who run your service components as contributors, an accredited assessor, and buyers as observers.
        </EmptyState>
      ) : shown.length > 0 ? (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Organization</Table.Th>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>Components</Table.Th>
                  <Table.Th>Invitation</Table.Th>
                  <Table.Th>Since</Table.Th>
                  {isOwner ? <Table.Th>Actions</Table.Th> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((p) => {
                  const status = badgeOf(PARTICIPANT_STATUS, p.status);
                  const kind = kindOf(p.organizationId);
                  const removable = isOwner && p.role !== 'owner' && (p.status === 'invited' || p.status === 'accepted');
                  return (
                    <Table.Tr key={p.id} data-testid="participant-row">
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {nameOf(p.organizationId)}
                        </Text>
                        {kind ? (
                          <Text size="xs" c="gray.7">
                            {labelOf(ORGANIZATION_KIND_LABEL, kind)}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <StatusBadge variant="dot" color={p.role === 'owner' ? 'blue' : p.role === 'assessor' ? 'violet' : 'gray'}>
                          {labelOf(WORKSPACE_ROLE_LABEL, p.role)}
                        </StatusBadge>
                      </Table.Td>
                      <Table.Td>
                        {p.componentIds.length ? (
                          <Stack gap={2}>
                            {p.componentIds.map((id) => (
                              <Text size="sm" key={id}>
                                {componentName(id)}
                              </Text>
                            ))}
                          </Stack>
                        ) : (
                          <Text size="sm" c="gray.7">
                            {p.role === 'owner' ? 'All' : '—'}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <StatusBadge variant="dot" color={status.color}>
                          {status.label}
                        </StatusBadge>
                      </Table.Td>
                      <Table.Td>{formatDate(p.createdAt)}</Table.Td>
                      {isOwner ? (
                        <Table.Td>
                          {removable ? (
                            <Button
                              size="xs"
                              variant="default"
                              color="red"
                              onClick={() => setRemoving(p)}
                              aria-label={`${p.status === 'invited' ? 'Withdraw the invitation of' : 'Remove'} ${nameOf(p.organizationId)}`}
                            >
                              {p.status === 'invited' ? 'Withdraw the invitation' : 'Remove'}
                            </Button>
                          ) : null}
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {hidden > 0 && !showFormer ? (
            <Text size="sm" c="gray.7">
              {hidden} declined or removed participant{hidden === 1 ? '' : 's'} on this page hidden.
            </Text>
          ) : null}
          <CursorPager pager={pages} />
        </>
      ) : null}
      {isOwner ? (
        <>
          <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={inviting} onClose={() => setInviting(false)} title="Invite an organization" size="lg">
            {inviting ? (
              <InviteForm
                workspace={workspace.data}
                components={offering.data?.components ?? []}
                exclude={pages.items.filter((p) => p.status === 'invited' || p.status === 'accepted').map((p) => p.organizationId)}
                onDone={() => setInviting(false)}
              />
            ) : null}
          </Modal>
          <RemoveModal
            workspaceId={workspaceId}
            participant={removing}
            name={removing ? nameOf(removing.organizationId) : ''}
            onClose={() => setRemoving(null)}
          />
        </>
      ) : null}
    </Stack>
  );
}

function InviteForm({
  workspace,
  components,
  exclude,
  onDone,
}: {
  workspace: Workspace;
  components: Schemas['ComponentDto'][];
  exclude: string[];
  onDone: () => void;
}) {
  const queryClient = useQueryClient();
  const { nameOf } = useOrganizationNames();
  const [role, setRole] = useState<InviteRole>('contributor');
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [componentIds, setComponentIds] = useState<string[]>([]);
  const [touched, setTouched] = useState(false);

  const invite = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/v1/workspaces/{workspaceId}/participants', {
          params: { path: { workspaceId: workspace.id } },
          body: { organizationId: organizationId!, role, componentIds: role === 'contributor' ? componentIds : undefined },
        }),
      ),
    onSuccess: async (p) => {
      notify(
        `${nameOf(p.organizationId)} invited as ${labelOf(WORKSPACE_ROLE_LABEL, p.role).toLowerCase()}. They see the invitation until an owner or admin answers it.`,
      );
      await queryClient.invalidateQueries({ queryKey: ['participants', workspace.id] });
      onDone();
    },
  });
  const fieldError = (field: string) => (invite.error instanceof ApiProblem ? invite.error.fieldError(field) : undefined);
  const missing = {
    organizationId: !organizationId ? 'Choose the organization to invite' : undefined,
    componentIds: role === 'contributor' && componentIds.length === 0 ? 'A contributor provides at least one component' : undefined,
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (Object.values(missing).some(Boolean)) return;
    invite.mutate();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Select
          label="Role"
          required
          allowDeselect={false}
          data={[
            { value: 'contributor', label: 'Contributor' },
            { value: 'assessor', label: 'Assessor' },
            { value: 'observer', label: 'Observer' },
          ]}
          value={role}
          onChange={(v) => {
            if (!v) return;
            setRole(v as InviteRole);
            setOrganizationId(null);
          }}
          description={ROLE_HELP[role]}
          error={fieldError('role')}
        />
        <OrganizationPicker
          key={role}
          label="Organization"
          required
          kinds={ROLE_KINDS[role]}
          exclude={exclude}
          value={organizationId}
          onChange={setOrganizationId}
          error={(touched && missing.organizationId) || fieldError('organizationId')}
        />
        {role === 'contributor' ? (
          <MultiSelect
            label="Components it provides"
            description="The contributor sees and adds evidence only for these components"
            required
            data={components.map((c) => ({ value: c.id, label: `${c.name} (${c.version})` }))}
            value={componentIds}
            onChange={setComponentIds}
            nothingFoundMessage="The offering has no components"
            error={(touched && missing.componentIds) || fieldError('componentIds')}
          />
        ) : null}
        <ProblemAlert error={invite.error} title="The invitation could not be sent" />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={invite.isPending}>
            Send invitation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RemoveModal({ workspaceId, participant, name, onClose }: { workspaceId: string; participant: Participant | null; name: string; onClose: () => void }) {
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (p: Participant) =>
      unwrap(api.DELETE('/v1/workspaces/{workspaceId}/participants/{participantId}', { params: { path: { workspaceId, participantId: p.id } } })),
    onSuccess: async () => {
      notify(`${name} no longer takes part in this workspace.`);
      await queryClient.invalidateQueries({ queryKey: ['participants', workspaceId] });
      onClose();
    },
  });
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={!!participant}
      onClose={close}
      title={participant?.status === 'invited' ? 'Withdraw the invitation?' : 'Remove this participant?'}
    >
      <Stack gap="sm">
        <Text size="sm">
          {participant?.status === 'invited'
            ? `${name} will no longer see the invitation.`
            : `${name} loses access to this workspace at once. What it contributed stays in the workspace and in the audit log.`}
        </Text>
        <ProblemAlert error={remove.error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color="red" loading={remove.isPending} onClick={() => participant && remove.mutate(participant)}>
            {participant?.status === 'invited' ? 'Withdraw invitation' : 'Remove participant'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
