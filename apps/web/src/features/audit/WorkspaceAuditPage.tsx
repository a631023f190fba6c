import { Alert, Button, Code, Group, Spoiler, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { CursorPager, useCursorPages } from '../../components/CursorPager';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../components/format';
import { useActingOrganization } from '../../auth/useActingOrganization';
import { useOrganizationNames } from '../../api/organization-names';
import { downloadFile } from '../../api/download';
import { StatusBadge } from '../../components/StatusBadge';

type AuditEvent = Schemas['AuditEventDto'];
type Verification = Schemas['ChainVerificationDto'];

const REASONS: Record<string, string> = {
  hash_mismatch: 'an event was changed after it was written',
  chain_broken: 'an event does not point to the one before it',
  sequence_gap: 'an event is missing',
  truncated: 'the latest events were removed (the signed checkpoint covers more)',
  checkpoint_mismatch: 'the chain was rewritten (it differs from its signed checkpoint)',
  checkpoint_signature_invalid: 'a signed checkpoint does not verify',
};

/**
 * The audit log tab of a workspace: the workspace's own hash-chained stream (participants,
 * evidence, submissions, reviews, decisions, attestations), written by every participant
 * organization, with the verification of its chain and a JSON Lines export.
 */
export function WorkspaceAuditPage() {
  const { workspaceId = '' } = useParams();
  const { isAdmin } = useActingOrganization();
  const [action, setAction] = useState('');
  const [debouncedAction] = useDebouncedValue(action.trim(), 400);

  if (!isAdmin) {
    return (
      <section aria-labelledby="audit-heading">
        <Title order={2} size="h3" id="audit-heading" mb="sm">
          Audit log
        </Title>
        <Alert color="blue" variant="light" title="Owners and admins only">
          The audit log is readable by owners and admins of your organization.
        </Alert>
      </section>
    );
  }

  return (
    <section aria-labelledby="audit-heading">
      <Group justify="space-between" align="flex-start" mb="sm">
        <Stack gap={4}>
          <Title order={2} size="h3" id="audit-heading">
            Audit log
          </Title>
          <Text size="sm" c="dimmed">
            Append-only, hash-chained record of what every participant changed in this workspace, oldest first.
          </Text>
        </Stack>
        <Group gap="xs">
          <ChainStatus workspaceId={workspaceId} />
          <ExportButton workspaceId={workspaceId} />
        </Group>
      </Group>
      <Group justify="flex-end" align="flex-end" mb="sm">
        <TextInput
          size="xs"
          label="Action"
          placeholder="e.g. evidence.version_uploaded"
          value={action}
          onChange={(e) => setAction(e.currentTarget.value)}
          w={260}
        />
      </Group>
      <EventsTable key={debouncedAction} workspaceId={workspaceId} action={debouncedAction} />
    </section>
  );
}

function ChainStatus({ workspaceId }: { workspaceId: string }) {
  const verify = useQuery({
    queryKey: ['workspace', workspaceId, 'audit-events', 'verify'],
    queryFn: () => unwrap(api.GET('/v1/workspaces/{workspaceId}/audit-events/verify', { params: { path: { workspaceId } } })),
  });
  if (verify.isPending) {
    return (
      <StatusBadge color="gray" data-testid="audit-chain-status">
        verifying chain…
      </StatusBadge>
    );
  }
  if (verify.error) {
    return (
      <Tooltip label={verify.error.message}>
        <StatusBadge color="gray" data-testid="audit-chain-status">
          chain not verified
        </StatusBadge>
      </Tooltip>
    );
  }
  return <ChainBadge v={verify.data} />;
}

function ChainBadge({ v }: { v: Verification }) {
  if (v.valid) {
    return (
      <StatusBadge color="green" size="lg" data-testid="audit-chain-status">
        chain verified · {v.checked} events intact
      </StatusBadge>
    );
  }
  return (
    <Tooltip label={`${v.checked} events checked; the first break is shown, verify lists them all`}>
      <StatusBadge color="red" size="lg" data-testid="audit-chain-status">
        chain broken at #{v.firstBrokenSeq}: {REASONS[v.reason ?? ''] ?? v.reason}
      </StatusBadge>
    </Tooltip>
  );
}

function ExportButton({ workspaceId }: { workspaceId: string }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  return (
    <Stack gap={4} align="flex-end">
      <Button
        size="xs"
        variant="default"
        loading={pending}
        onClick={() => {
          setPending(true);
          setError(null);
          downloadFile(`/v1/workspaces/${encodeURIComponent(workspaceId)}/audit-events/export`, { accept: 'application/x-ndjson', fallbackName: 'audit.jsonl' })
            .catch(setError)
            .finally(() => setPending(false));
        }}
      >
        Export (JSON Lines)
      </Button>
      <ProblemAlert error={error} title="The export failed" />
    </Stack>
  );
}

function useActorNames() {
  const members = useQuery({
    queryKey: ['organization', 'members', 'names'],
    queryFn: () => unwrap(api.GET('/v1/organization/members', { params: { query: { limit: 200 } } })),
    staleTime: 60_000,
  });
  const names = new Map<string, string>();
  for (const m of members.data?.data ?? []) names.set(m.userId, m.name || m.email);
  return names;
}

/** Own people by name; other participants' people by their organization. */
function actorLabel(e: AuditEvent, names: Map<string, string>, organization: string): string {
  if (e.actorType === 'system') return 'Attesta (system)';
  if (e.actorType === 'api_key') return `API key ${e.actorId.slice(0, 8)} · ${organization}`;
  return names.get(e.actorId) ?? `a user of ${organization}`;
}

function EventsTable({ workspaceId, action }: { workspaceId: string; action: string }) {
  const names = useActorNames();
  const organizations = useOrganizationNames();
  const events = useCursorPages<AuditEvent>(['workspace', workspaceId, 'audit-events', action], (cursor) =>
    unwrap(
      api.GET('/v1/workspaces/{workspaceId}/audit-events', {
        params: { path: { workspaceId }, query: { cursor, limit: 50, ...(action ? { action } : {}) } },
      }),
    ),
  );

  if (events.isPending) return <Loading label="Loading audit events" />;
  if (events.error) return <ProblemAlert error={events.error} />;
  if (events.items.length === 0) {
    return (
      <EmptyState title={action ? `No “${action}” events` : 'No events yet'}>
        {action ? 'Clear the action filter to see every event.' : 'Invitations, evidence, submissions and reviews of this workspace will be recorded here.'}
      </EmptyState>
    );
  }
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>#</Table.Th>
              <Table.Th>Time</Table.Th>
              <Table.Th>Actor</Table.Th>
              <Table.Th>Action</Table.Th>
              <Table.Th>Target</Table.Th>
              <Table.Th>Details</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {events.items.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{e.seq}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.occurredAt)}</Table.Td>
                <Table.Td>{actorLabel(e, names, organizations.nameOf(e.organizationId))}</Table.Td>
                <Table.Td>
                  <Code>{e.action}</Code>
                </Table.Td>
                <Table.Td>
                  {e.subjectType}
                  {e.subjectId ? (
                    <Text size="xs" c="dimmed" title={e.subjectId}>
                      {e.subjectId === workspaceId ? 'this workspace' : e.subjectId.slice(0, 8)}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td maw={420}>
                  <Payload payload={e.payload} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <CursorPager pager={events} />
    </>
  );
}

function Payload({ payload }: { payload: Record<string, unknown> }) {
  const entries = Object.entries(payload);
  if (!entries.length) return <Text size="sm">—</Text>;
  return (
    <Spoiler maxHeight={66} showLabel="More" hideLabel="Less">
      <Stack gap={0}>
        {entries.map(([k, v]) => (
          <Text key={k} size="xs" style={{ wordBreak: 'break-word' }}>
            <strong>{k}</strong>: {typeof v === 'string' ? v : JSON.stringify(v)}
          </Text>
        ))}
      </Stack>
    </Spoiler>
  );
}
