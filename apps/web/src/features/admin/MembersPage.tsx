import { Alert, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Dialog } from '../../components/Dialog';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
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
import { useActingOrganization } from '../../auth/useActingOrganization';
import { StatusBadge } from '../../components/StatusBadge';
import { notify } from '../../components/notify';
import { messageId, useT, type MessageId } from '../../i18n';

type Member = Schemas['MemberDto'];
type Invitation = Schemas['InvitationDto'];
type Role = Member['role'];
type CreatedInvitation = Schemas['CreatedInvitationDto'];

const ROLE_LABEL: Record<Role, MessageId> = {
  owner: messageId('admin.role.owner'),
  admin: messageId('admin.role.admin'),
  member: messageId('admin.role.member'),
};
const ROLES: Role[] = ['owner', 'admin', 'member'];

const ROLE_COLOR: Record<Role, string> = { owner: 'grape', admin: 'blue', member: 'gray' };
const INVITATION_COLOR: Record<Invitation['status'], string> = { pending: 'blue', accepted: 'green', revoked: 'gray', expired: 'orange' };
const INVITATION_STATUS_LABEL: Record<Invitation['status'], MessageId> = {
  pending: messageId('admin.invitations.status.pending'),
  accepted: messageId('admin.invitations.status.accepted'),
  revoked: messageId('admin.invitations.status.revoked'),
  expired: messageId('admin.invitations.status.expired'),
};

/** The roles the reader may grant (only owners grant the owner role), labelled in the reader's language. */
function roleOptions(t: ReturnType<typeof useT>, isOwner: boolean): { value: Role; label: string }[] {
  return ROLES.filter((r) => isOwner || r !== 'owner').map((r) => ({ value: r, label: t(ROLE_LABEL[r]) }));
}

/** The organization's members and invitations; owners and admins change roles, remove members and invite. */
export function MembersPage() {
  const t = useT();
  const { organization, isAdmin } = useActingOrganization();
  const [inviteOpened, invite] = useDisclosure(false);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);

  return (
    <>
      <PageHeader
        title={t('admin.members.title')}
        description={organization ? t('admin.members.descriptionOf', { organization: organization.name }) : t('admin.members.description')}
        actions={isAdmin ? <Button onClick={invite.open}>{t('admin.invitations.invite')}</Button> : null}
      />
      <Stack gap="xl">
        {created ? <InvitationLink created={created} onDismiss={() => setCreated(null)} /> : null}
        <MembersSection />
        {isAdmin ? <InvitationsSection onInvite={invite.open} onRevoked={(id) => created?.invitation.id === id && setCreated(null)} /> : null}
      </Stack>
      {isAdmin ? (
        <InviteModal
          opened={inviteOpened}
          onClose={invite.close}
          onCreated={(c) => {
            setCreated(c);
            invite.close();
          }}
        />
      ) : null}
    </>
  );
}

function MembersSection() {
  const t = useT();
  const { isAdmin, isOwner, userId } = useActingOrganization();
  const queryClient = useQueryClient();
  const members = useCursorPages<Member>(['organization', 'members'], (cursor) =>
    unwrap(api.GET('/v1/organization/members', { params: { query: { cursor, limit: 50 } } })),
  );

  const changeRole = useMutation({
    mutationFn: ({ id, role }: { id: string; role: Role }) =>
      unwrap(api.PATCH('/v1/organization/members/{membershipId}', { params: { path: { membershipId: id } }, body: { role } })),
    onSuccess: (m) => {
      notify(t('admin.members.roleChanged', { name: m.name || m.email, role: t(ROLE_LABEL[m.role]) }));
      void queryClient.invalidateQueries({ queryKey: ['organization', 'members'] });
    },
  });

  const remove = async (m: Member) => {
    await unwrap(api.DELETE('/v1/organization/members/{membershipId}', { params: { path: { membershipId: m.id } } }));
    notify(t('admin.members.removed', { name: m.name || m.email }));
    await queryClient.invalidateQueries({ queryKey: ['organization', 'members'] });
  };

  return (
    <section aria-labelledby="members-heading">
      <Title order={2} size="h3" id="members-heading" mb="sm">
        {t('admin.members.title')}
      </Title>
      <ProblemAlert error={changeRole.error} title={t('admin.members.roleNotChanged')} />
      {members.isPending ? (
        <Loading label={t('admin.members.loading')} />
      ) : members.error ? (
        <ProblemAlert error={members.error} />
      ) : members.items.length === 0 ? (
        <EmptyState title={t('admin.members.emptyTitle')}>{t('admin.members.emptyBody')}</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.members.table.name')}</Table.Th>
                <Table.Th>{t('admin.members.table.email')}</Table.Th>
                <Table.Th>{t('admin.members.table.role')}</Table.Th>
                <Table.Th>{t('admin.members.table.since')}</Table.Th>
                {isAdmin ? <Table.Th>{t('admin.members.table.actions')}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.items.map((m) => {
                const self = m.userId === userId;
                // The only owner (all members on this one page) keeps the role and stays: the API refuses either change.
                const lastOwner =
                  m.role === 'owner' && !members.hasNext && !members.hasPrevious && members.items.filter((x) => x.role === 'owner').length === 1;
                // Only owners grant or take away the owner role (the API refuses otherwise).
                const canEdit = isAdmin && (isOwner || m.role !== 'owner') && !lastOwner;
                return (
                  <Table.Tr key={m.id}>
                    <Table.Td>
                      {m.name || '—'}
                      {self ? (
                        <StatusBadge ml="xs" size="xs" color="gray">
                          {t('admin.members.you')}
                        </StatusBadge>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{m.email}</Table.Td>
                    <Table.Td>
                      {canEdit ? (
                        <Select
                          size="xs"
                          miw={140}
                          aria-label={t('admin.members.roleOf', { name: m.name || m.email })}
                          allowDeselect={false}
                          value={m.role}
                          data={roleOptions(t, isOwner)}
                          disabled={changeRole.isPending}
                          onChange={(v) => v && v !== m.role && changeRole.mutate({ id: m.id, role: v as Role })}
                        />
                      ) : (
                        <StatusBadge color={ROLE_COLOR[m.role]}>{t(ROLE_LABEL[m.role])}</StatusBadge>
                      )}
                    </Table.Td>
                    <Table.Td>{formatDate(m.createdAt)}</Table.Td>
                    {isAdmin ? (
                      <Table.Td>
                        {canEdit ? (
                          <ConfirmButton
                            label={t('admin.members.remove')}
                            ariaLabel={t('admin.members.removeAria', { name: m.name || m.email })}
                            title={self ? t('admin.members.leaveTitle') : t('admin.members.removeTitle', { name: m.name || m.email })}
                            message={self ? t('admin.members.leaveMessage') : t('admin.members.removeMessage')}
                            onConfirm={() => remove(m)}
                          />
                        ) : null}
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CursorPager pager={members} />
    </section>
  );
}

function InvitationsSection({ onInvite, onRevoked }: { onInvite(): void; onRevoked(invitationId: string): void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const invitations = useCursorPages<Invitation>(['organization', 'invitations'], (cursor) =>
    unwrap(api.GET('/v1/organization/invitations', { params: { query: { cursor, limit: 50 } } })),
  );

  const revoke = async (i: Invitation) => {
    await unwrap(api.DELETE('/v1/organization/invitations/{invitationId}', { params: { path: { invitationId: i.id } } }));
    notify(t('admin.invitations.revoked', { email: i.email }));
    onRevoked(i.id);
    await queryClient.invalidateQueries({ queryKey: ['organization', 'invitations'] });
  };

  return (
    <section aria-labelledby="invitations-heading">
      <Title order={2} size="h3" id="invitations-heading" mb="sm">
        {t('admin.invitations.title')}
      </Title>
      {invitations.isPending ? (
        <Loading label={t('admin.invitations.loading')} />
      ) : invitations.error ? (
        <ProblemAlert error={invitations.error} />
      ) : invitations.items.length === 0 ? (
        <EmptyState
          title={t('admin.invitations.emptyTitle')}
          action={
            <Button size="xs" variant="light" onClick={onInvite}>
              {t('admin.invitations.invite')}
            </Button>
          }
        >
          {t('admin.invitations.emptyBody')}
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.invitations.table.email')}</Table.Th>
                <Table.Th>{t('admin.invitations.table.role')}</Table.Th>
                <Table.Th>{t('admin.invitations.table.status')}</Table.Th>
                <Table.Th>{t('admin.invitations.table.sent')}</Table.Th>
                <Table.Th>{t('admin.invitations.table.expires')}</Table.Th>
                <Table.Th>{t('admin.invitations.table.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invitations.items.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>{i.email}</Table.Td>
                  <Table.Td>{t(ROLE_LABEL[i.role])}</Table.Td>
                  <Table.Td>
                    <StatusBadge color={INVITATION_COLOR[i.status]}>{t(INVITATION_STATUS_LABEL[i.status])}</StatusBadge>
                  </Table.Td>
                  <Table.Td>{formatDateTime(i.createdAt)}</Table.Td>
                  <Table.Td>{formatDateTime(i.expiresAt)}</Table.Td>
                  <Table.Td>
                    {i.status === 'pending' ? (
                      <ConfirmButton
                        label={t('admin.invitations.revoke')}
                        ariaLabel={t('admin.invitations.revokeAria', { email: i.email })}
                        title={t('admin.invitations.revokeTitle', { email: i.email })}
                        message={t('admin.invitations.revokeMessage')}
                        onConfirm={() => revoke(i)}
                      />
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CursorPager pager={invitations} />
    </section>
  );
}

function InviteModal({ opened, onClose, onCreated }: { opened: boolean; onClose(): void; onCreated(c: CreatedInvitation): void }) {
  const t = useT();
  const { isOwner } = useActingOrganization();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/v1/organization/invitations', { body: { email: email.trim(), role } })),
    onSuccess: (c) => {
      notify(t('admin.invitations.sent', { email: c.invitation.email }));
      void queryClient.invalidateQueries({ queryKey: ['organization', 'invitations'] });
      setEmail('');
      setRole('member');
      create.reset();
      onCreated(c);
    },
  });
  const fieldError = (f: string) => (create.error instanceof ApiProblem ? create.error.fieldError(f) : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };

  return (
    <Dialog opened={opened} onClose={onClose} title={t('admin.invitations.invite')} centered>
      <form onSubmit={submit}>
        <Stack>
          <TextInput
            label={t('admin.invitations.form.email')}
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fieldError('email')}
            autoComplete="off"
          />
          <Select
            label={t('admin.invitations.form.role')}
            allowDeselect={false}
            value={role}
            onChange={(v) => v && setRole(v as Role)}
            data={roleOptions(t, isOwner)}
            description={t('admin.invitations.form.roleHint')}
            error={fieldError('role')}
          />
          <ProblemAlert error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('admin.action.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('admin.invitations.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

/** Confirms the invitation went out; the link itself goes to the invitee's mailbox only. */
function InvitationLink({ created, onDismiss }: { created: CreatedInvitation; onDismiss(): void }) {
  const t = useT();
  return (
    <Alert
      variant="light"
      color="blue"
      title={t('admin.invitations.noticeTitle', { email: created.invitation.email })}
      withCloseButton
      closeButtonLabel={t('admin.invitations.noticeDismiss')}
      onClose={onDismiss}
    >
      <Text size="sm" data-testid="invitation-sent">
        {t('admin.invitations.noticeBody', { email: created.invitation.email, expires: formatDateTime(created.invitation.expiresAt) })}
      </Text>
    </Alert>
  );
}
