import { Button, Group, MultiSelect, Select, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { Dialog } from '../../components/Dialog';
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
import { ORGANIZATION_KIND_LABEL, PARTICIPANT_STATUS, WORKSPACE_ROLE_LABEL, useLabels } from '../workspaces/labels';
import { messageId, useT, type MessageId } from '../../i18n';
import { useOrganizationNames } from '../../api/organization-names';
import { OrganizationPicker } from '../workspaces/organizations';
import { useWorkspace, type Workspace } from '../workspaces/use-workspace';
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

const ROLE_HELP: Record<InviteRole, MessageId> = {
  contributor: messageId('participants.roleHelp.contributor'),
  assessor: messageId('participants.roleHelp.assessor'),
  observer: messageId('participants.roleHelp.observer'),
};

/** Who takes part in the workspace, in which role and for which components; the owner invites and removes. */
export function ParticipantsPage() {
  const { t, label, badge } = useLabels();
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
  const componentName = (id: string) => offering.data?.components.find((c) => c.id === id)?.name ?? t('participants.component', { id: id.slice(0, 8) });

  if (workspace.isPending) return <Loading />;
  if (workspace.error) return <ProblemAlert error={workspace.error} />;
  if (workspace.data.myRole === 'invited') {
    return <EmptyState title={t('workspaces.invitationPending.title')}>{t('participants.invited.body')}</EmptyState>;
  }
  const shown = pages.items.filter((p) => showFormer || p.status === 'invited' || p.status === 'accepted');
  const hidden = pages.items.length - shown.length;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h3">
            {t('participants.title')}
          </Title>
          <Text size="sm" c="gray.7">
            {t('participants.description')}
          </Text>
        </div>
        {isOwner ? <Button onClick={() => setInviting(true)}>{t('participants.invite')}</Button> : null}
      </Group>
      <Switch label={t('participants.showFormer')} checked={showFormer} onChange={(e) => setShowFormer(e.currentTarget.checked)} />
      <ProblemAlert error={pages.error} />
      {pages.isPending ? (
        <Loading label={t('participants.loading')} />
      ) : shown.length === 0 && !pages.error ? (
        <EmptyState
          title={t('participants.empty.title')}
          action={isOwner ? <Button onClick={() => setInviting(true)}>{t('participants.invite')}</Button> : undefined}
        >
          {hidden > 0 ? `${t('participants.empty.hidden', { count: hidden })} ` : ''}
          {t('participants.empty.body')}
        </EmptyState>
      ) : shown.length > 0 ? (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('participants.column.organization')}</Table.Th>
                  <Table.Th>{t('participants.column.role')}</Table.Th>
                  <Table.Th>{t('participants.column.components')}</Table.Th>
                  <Table.Th>{t('participants.column.invitation')}</Table.Th>
                  <Table.Th>{t('participants.column.since')}</Table.Th>
                  {isOwner ? <Table.Th>{t('participants.column.actions')}</Table.Th> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((p) => {
                  const status = badge(PARTICIPANT_STATUS, p.status);
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
                            {label(ORGANIZATION_KIND_LABEL, kind)}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <StatusBadge variant="dot" color={p.role === 'owner' ? 'blue' : p.role === 'assessor' ? 'violet' : 'gray'}>
                          {label(WORKSPACE_ROLE_LABEL, p.role)}
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
                            {p.role === 'owner' ? t('participants.allComponents') : '—'}
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
                              aria-label={
                                p.status === 'invited'
                                  ? t('participants.withdrawLabel', { name: nameOf(p.organizationId) })
                                  : t('participants.removeLabel', { name: nameOf(p.organizationId) })
                              }
                            >
                              {p.status === 'invited' ? t('participants.withdraw') : t('participants.remove')}
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
              {t('participants.hiddenOnPage', { count: hidden })}
            </Text>
          ) : null}
          <CursorPager pager={pages} />
        </>
      ) : null}
      {isOwner ? (
        <>
          <Dialog
            closeButtonProps={{ 'aria-label': t('workspaces.close') }}
            opened={inviting}
            onClose={() => setInviting(false)}
            title={t('participants.invite')}
            size="lg"
          >
            {inviting ? (
              <InviteForm
                workspace={workspace.data}
                components={offering.data?.components ?? []}
                exclude={pages.items.filter((p) => p.status === 'invited' || p.status === 'accepted').map((p) => p.organizationId)}
                onDone={() => setInviting(false)}
              />
            ) : null}
          </Dialog>
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
  const { t, label } = useLabels();
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
      notify(t('participants.invited', { name: nameOf(p.organizationId), role: label(WORKSPACE_ROLE_LABEL, p.role) }));
      await queryClient.invalidateQueries({ queryKey: ['participants', workspace.id] });
      onDone();
    },
  });
  const fieldError = (field: string) => (invite.error instanceof ApiProblem ? invite.error.fieldError(field) : undefined);
  const missing = {
    organizationId: !organizationId ? t('participants.form.organization.missing') : undefined,
    componentIds: role === 'contributor' && componentIds.length === 0 ? t('participants.form.components.missing') : undefined,
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
          label={t('participants.form.role')}
          required
          allowDeselect={false}
          data={(['contributor', 'assessor', 'observer'] as const).map((value) => ({ value, label: label(WORKSPACE_ROLE_LABEL, value) }))}
          value={role}
          onChange={(v) => {
            if (!v) return;
            setRole(v as InviteRole);
            setOrganizationId(null);
          }}
          description={t(ROLE_HELP[role])}
          error={fieldError('role')}
        />
        <OrganizationPicker
          key={role}
          label={t('participants.form.organization')}
          required
          kinds={ROLE_KINDS[role]}
          exclude={exclude}
          value={organizationId}
          onChange={setOrganizationId}
          error={(touched && missing.organizationId) || fieldError('organizationId')}
        />
        {role === 'contributor' ? (
          <MultiSelect
            label={t('participants.form.components')}
            description={t('participants.form.components.description')}
            required
            data={components.map((c) => ({ value: c.id, label: `${c.name} (${c.version})` }))}
            value={componentIds}
            onChange={setComponentIds}
            nothingFoundMessage={t('participants.form.components.none')}
            error={(touched && missing.componentIds) || fieldError('componentIds')}
          />
        ) : null}
        <ProblemAlert error={invite.error} title={t('participants.form.failed')} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            {t('workspaces.cancel')}
          </Button>
          <Button type="submit" loading={invite.isPending}>
            {t('participants.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RemoveModal({ workspaceId, participant, name, onClose }: { workspaceId: string; participant: Participant | null; name: string; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (p: Participant) =>
      unwrap(api.DELETE('/v1/workspaces/{workspaceId}/participants/{participantId}', { params: { path: { workspaceId, participantId: p.id } } })),
    onSuccess: async () => {
      notify(t('participants.removed', { name }));
      await queryClient.invalidateQueries({ queryKey: ['participants', workspaceId] });
      onClose();
    },
  });
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Dialog
      closeButtonProps={{ 'aria-label': t('workspaces.close') }}
      opened={!!participant}
      onClose={close}
      title={participant?.status === 'invited' ? t('participants.withdraw.title') : t('participants.remove.title')}
    >
      <Stack gap="sm">
        <Text size="sm">{participant?.status === 'invited' ? t('participants.withdraw.body', { name }) : t('participants.remove.body', { name })}</Text>
        <ProblemAlert error={remove.error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close}>
            {t('workspaces.cancel')}
          </Button>
          <Button color="red" loading={remove.isPending} onClick={() => participant && remove.mutate(participant)}>
            {participant?.status === 'invited' ? t('participants.withdraw.confirm') : t('participants.remove.confirm')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
