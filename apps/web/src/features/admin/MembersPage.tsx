import { Alert, Button, Group, Modal, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
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

type Member = Schemas['MemberDto'];
type Invitation = Schemas['InvitationDto'];
type Role = Member['role'];
type CreatedInvitation = Schemas['CreatedInvitationDto'];

const ROLES: { value: Role; label: string }[] = [
  { value: 'owner', label: 'Owner' },
  { value: 'admin', label: 'Admin' },
  { value: 'member', label: 'Member' },
];

const ROLE_COLOR: Record<Role, string> = { owner: 'grape', admin: 'blue', member: 'gray' };
const INVITATION_COLOR: Record<Invitation['status'], string> = { pending: 'blue', accepted: 'green', revoked: 'gray', expired: 'orange' };

/** The organization's members and invitations; owners and admins change roles, remove members and invite. */
export function MembersPage() {
  const { organization, isAdmin } = useActingOrganization();
  const [inviteOpened, invite] = useDisclosure(false);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);

  return (
    <>
      <PageHeader
        title="Members"
        description={organization ? `People who act for ${organization.name}, and their roles.` : 'People of your organization and their roles.'}
        actions={isAdmin ? <Button onClick={invite.open}>Invite someone</Button> : null}
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
  const { isAdmin, isOwner, userId } = useActingOrganization();
  const queryClient = useQueryClient();
  const members = useCursorPages<Member>(['organization', 'members'], (cursor) =>
    unwrap(api.GET('/v1/organization/members', { params: { query: { cursor, limit: 50 } } })),
  );

  const changeRole = useMutation({
    mutationFn: ({ id, role }: { id: string; role: Role }) =>
      unwrap(api.PATCH('/v1/organization/members/{membershipId}', { params: { path: { membershipId: id } }, body: { role } })),
    onSuccess: (m) => {
      notify(`${m.name || m.email} is now ${m.role}.`);
      void queryClient.invalidateQueries({ queryKey: ['organization', 'members'] });
    },
  });

  const remove = async (m: Member) => {
    await unwrap(api.DELETE('/v1/organization/members/{membershipId}', { params: { path: { membershipId: m.id } } }));
    notify(`${m.name || m.email} was removed.`);
    await queryClient.invalidateQueries({ queryKey: ['organization', 'members'] });
  };

  return (
    <section aria-labelledby="members-heading">
      <Title order={2} size="h3" id="members-heading" mb="sm">
        Members
      </Title>
      <ProblemAlert error={changeRole.error} title="The role was not changed" />
      {members.isPending ? (
        <Loading label="Loading members" />
      ) : members.error ? (
        <ProblemAlert error={members.error} />
      ) : members.items.length === 0 ? (
        <EmptyState title="No members">Invite someone by e-mail to give them access.</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>E-mail</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Member since</Table.Th>
                {isAdmin ? <Table.Th>Actions</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.items.map((m) => {
                const self = m.userId === userId;
                // Only owners grant or take away the owner role (the API refuses otherwise).
                const canEdit = isAdmin && (isOwner || m.role !== 'owner');
                return (
                  <Table.Tr key={m.id}>
                    <Table.Td>
                      {m.name || '—'}
                      {self ? (
                        <StatusBadge ml="xs" size="xs" color="gray">
                          you
                        </StatusBadge>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{m.email}</Table.Td>
                    <Table.Td>
                      {canEdit ? (
                        <Select
                          size="xs"
                          w={130}
                          aria-label={`Role of ${m.name || m.email}`}
                          allowDeselect={false}
                          value={m.role}
                          data={ROLES.filter((r) => isOwner || r.value !== 'owner')}
                          disabled={changeRole.isPending}
                          onChange={(v) => v && v !== m.role && changeRole.mutate({ id: m.id, role: v as Role })}
                        />
                      ) : (
                        <StatusBadge color={ROLE_COLOR[m.role]}>{m.role}</StatusBadge>
                      )}
                    </Table.Td>
                    <Table.Td>{formatDate(m.createdAt)}</Table.Td>
                    {isAdmin ? (
                      <Table.Td>
                        {canEdit ? (
                          <ConfirmButton
                            label="Remove"
                            ariaLabel={`Remove ${m.name || m.email}`}
                            title={self ? 'Leave the organization?' : `Remove ${m.name || m.email}?`}
                            message={
                              self
                                ? 'You will lose access to this organization at once.'
                                : 'Their sessions stop working at once. You can invite them again later.'
                            }
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
  const queryClient = useQueryClient();
  const invitations = useCursorPages<Invitation>(['organization', 'invitations'], (cursor) =>
    unwrap(api.GET('/v1/organization/invitations', { params: { query: { cursor, limit: 50 } } })),
  );

  const revoke = async (i: Invitation) => {
    await unwrap(api.DELETE('/v1/organization/invitations/{invitationId}', { params: { path: { invitationId: i.id } } }));
    notify(`The invitation for ${i.email} was revoked.`);
    onRevoked(i.id);
    await queryClient.invalidateQueries({ queryKey: ['organization', 'invitations'] });
  };

  return (
    <section aria-labelledby="invitations-heading">
      <Title order={2} size="h3" id="invitations-heading" mb="sm">
        Invitations
      </Title>
      {invitations.isPending ? (
        <Loading label="Loading invitations" />
      ) : invitations.error ? (
        <ProblemAlert error={invitations.error} />
      ) : invitations.items.length === 0 ? (
        <EmptyState
          title="No invitations yet"
          action={
            <Button size="xs" variant="light" onClick={onInvite}>
              Invite someone
            </Button>
          }
        >
          Invite colleagues by e-mail; they get a single-use link that expires.
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>E-mail</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Sent</Table.Th>
                <Table.Th>Expires</Table.Th>
                <Table.Th>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invitations.items.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>{i.email}</Table.Td>
                  <Table.Td>{i.role}</Table.Td>
                  <Table.Td>
                    <StatusBadge color={INVITATION_COLOR[i.status]}>{i.status}</StatusBadge>
                  </Table.Td>
                  <Table.Td>{formatDateTime(i.createdAt)}</Table.Td>
                  <Table.Td>{formatDateTime(i.expiresAt)}</Table.Td>
                  <Table.Td>
                    {i.status === 'pending' ? (
                      <ConfirmButton
                        label="Revoke"
                        ariaLabel={`Revoke the invitation for ${i.email}`}
                        title={`Revoke the invitation for ${i.email}?`}
                        message="The link stops working at once."
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
  const { isOwner } = useActingOrganization();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/v1/organization/invitations', { body: { email: email.trim(), role } })),
    onSuccess: (c) => {
      notify(`Invitation sent to ${c.invitation.email}.`);
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
    <Modal opened={opened} onClose={onClose} title="Invite someone" centered>
      <form onSubmit={submit}>
        <Stack>
          <TextInput
            label="E-mail"
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fieldError('email')}
            autoComplete="off"
          />
          <Select
            label="Role"
            allowDeselect={false}
            value={role}
            onChange={(v) => v && setRole(v as Role)}
            data={ROLES.filter((r) => isOwner || r.value !== 'owner')}
            description="Owners and admins manage members, API keys and webhooks; members do the daily work."
            error={fieldError('role')}
          />
          <ProblemAlert error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Send invitation
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Confirms the invitation went out; the link itself goes to the invitee's mailbox only. */
function InvitationLink({ created, onDismiss }: { created: CreatedInvitation; onDismiss(): void }) {
  return (
    <Alert
      variant="light"
      color="blue"
      title={`Invitation for ${created.invitation.email}`}
      withCloseButton
      closeButtonLabel="Dismiss the invitation notice"
      onClose={onDismiss}
    >
      <Text size="sm" data-testid="invitation-sent">
        An e-mail with a link to join is on its way to {created.invitation.email}. The link works once and expires{' '}
        {formatDateTime(created.invitation.expiresAt)}. Only the invitee receives it.
      </Text>
    </Alert>
  );
}
