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
import { useT, type MessageId } from '../../i18n';

type AuditEvent = Schemas['AuditEventDto'];
type Verification = Schemas['ChainVerificationDto'];

const REASONS: Record<string, MessageId> = {
  hash_mismatch: 'audit.reason.hash_mismatch',
  chain_broken: 'audit.reason.chain_broken',
  sequence_gap: 'audit.reason.sequence_gap',
  truncated: 'audit.reason.truncated',
  checkpoint_mismatch: 'audit.reason.checkpoint_mismatch',
  checkpoint_signature_invalid: 'audit.reason.checkpoint_signature_invalid',
};

/** The actions of a workspace's stream, by name; an action not listed here shows its code only. */
const ACTIONS: Record<string, MessageId> = {
  'workspace.created': 'audit.action.workspace.created',
  'workspace.updated': 'audit.action.workspace.updated',
  'workspace.framework_version_moved': 'audit.action.workspace.framework_version_moved',
  'workspace.participant_invited': 'audit.action.workspace.participant_invited',
  'participant.invited': 'audit.action.participant.invited',
  'participant.accepted': 'audit.action.participant.accepted',
  'participant.declined': 'audit.action.participant.declined',
  'participant.removed': 'audit.action.participant.removed',
  'component.added': 'audit.action.component.added',
  'component.updated': 'audit.action.component.updated',
  'applicability.updated': 'audit.action.applicability.updated',
  'applicability.parameters_set': 'audit.action.applicability.parameters_set',
  'evidence.created': 'audit.action.evidence.created',
  'evidence.updated': 'audit.action.evidence.updated',
  'evidence.version_uploaded': 'audit.action.evidence.version_uploaded',
  'evidence.linked': 'audit.action.evidence.linked',
  'evidence.unlinked': 'audit.action.evidence.unlinked',
  'submission.created': 'audit.action.submission.created',
  'review.started': 'audit.action.review.started',
  'review.changes_requested': 'audit.action.review.changes_requested',
  'comment.added': 'audit.action.comment.added',
  'finding.raised': 'audit.action.finding.raised',
  'finding.responded': 'audit.action.finding.responded',
  'finding.closed': 'audit.action.finding.closed',
  'finding.reopened': 'audit.action.finding.reopened',
  'verdict.recorded': 'audit.action.verdict.recorded',
  'decision.recorded': 'audit.action.decision.recorded',
  'decision.taken': 'audit.action.decision.taken',
  'decision.confirmed': 'audit.action.decision.confirmed',
  'attestation.issued': 'audit.action.attestation.issued',
  'attestation.suspended': 'audit.action.attestation.suspended',
  'attestation.reinstated': 'audit.action.attestation.reinstated',
  'attestation.withdrawn': 'audit.action.attestation.withdrawn',
  'attestation.superseded': 'audit.action.attestation.superseded',
  'roster.frozen': 'audit.action.roster.frozen',
};

/** What an event is about, by name; a type not listed here shows as recorded. */
const SUBJECTS: Record<string, MessageId> = {
  Workspace: 'audit.subject.Workspace',
  Participant: 'audit.subject.Participant',
  Invitation: 'audit.subject.Invitation',
  Component: 'audit.subject.Component',
  OfferingComponent: 'audit.subject.OfferingComponent',
  Offering: 'audit.subject.Offering',
  Requirement: 'audit.subject.Requirement',
  Evidence: 'audit.subject.Evidence',
  EvidenceVersion: 'audit.subject.EvidenceVersion',
  EvidenceLink: 'audit.subject.EvidenceLink',
  Submission: 'audit.subject.Submission',
  Comment: 'audit.subject.Comment',
  Finding: 'audit.subject.Finding',
  Verdict: 'audit.subject.Verdict',
  Decision: 'audit.subject.Decision',
  Attestation: 'audit.subject.Attestation',
  RosterSnapshot: 'audit.subject.RosterSnapshot',
  Person: 'audit.subject.Person',
};

/**
 * The audit log tab of a workspace: the workspace's own hash-chained stream (participants,
 * evidence, submissions, reviews, decisions, attestations), written by every participant
 * organization, with the verification of its chain and a JSON Lines export.
 */
export function WorkspaceAuditPage() {
  const t = useT();
  const { workspaceId = '' } = useParams();
  const { isAdmin } = useActingOrganization();
  const [action, setAction] = useState('');
  const [debouncedAction] = useDebouncedValue(action.trim(), 400);

  if (!isAdmin) {
    return (
      <section aria-labelledby="audit-heading">
        <Title order={2} size="h3" id="audit-heading" mb="sm">
          {t('audit.title')}
        </Title>
        <Alert color="blue" variant="light" title={t('audit.adminsOnly.title')}>
          {t('audit.adminsOnly.body')}
        </Alert>
      </section>
    );
  }

  return (
    <section aria-labelledby="audit-heading">
      <Group justify="space-between" align="flex-start" mb="sm">
        <Stack gap={4}>
          <Title order={2} size="h3" id="audit-heading">
            {t('audit.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('audit.description')}
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
          label={t('audit.filter.label')}
          placeholder={t('audit.filter.placeholder', { example: 'evidence.version_uploaded' })}
          value={action}
          onChange={(e) => setAction(e.currentTarget.value)}
          w={{ base: '100%', xs: 260 }}
        />
      </Group>
      <EventsTable key={debouncedAction} workspaceId={workspaceId} action={debouncedAction} />
    </section>
  );
}

function ChainStatus({ workspaceId }: { workspaceId: string }) {
  const t = useT();
  const verify = useQuery({
    queryKey: ['workspace', workspaceId, 'audit-events', 'verify'],
    queryFn: () => unwrap(api.GET('/v1/workspaces/{workspaceId}/audit-events/verify', { params: { path: { workspaceId } } })),
  });
  if (verify.isPending) {
    return (
      <StatusBadge color="gray" data-testid="audit-chain-status">
        {t('audit.chain.verifying')}
      </StatusBadge>
    );
  }
  if (verify.error) {
    return (
      <Tooltip label={verify.error.message}>
        <StatusBadge color="gray" data-testid="audit-chain-status">
          {t('audit.chain.notVerified')}
        </StatusBadge>
      </Tooltip>
    );
  }
  return <ChainBadge v={verify.data} />;
}

function ChainBadge({ v }: { v: Verification }) {
  const t = useT();
  if (v.valid) {
    return (
      <StatusBadge color="green" size="lg" wrap data-testid="audit-chain-status">
        {t('audit.chain.verified', { count: v.checked })}
      </StatusBadge>
    );
  }
  const reason = REASONS[v.reason ?? ''];
  return (
    <Tooltip label={t('audit.chain.brokenHint', { count: v.checked })} multiline maw={360}>
      <StatusBadge color="red" size="lg" wrap data-testid="audit-chain-status" data-reason={v.reason}>
        {t('audit.chain.broken', { seq: v.firstBrokenSeq, reason: t(reason ?? 'audit.reason.unknown') })}
      </StatusBadge>
    </Tooltip>
  );
}

function ExportButton({ workspaceId }: { workspaceId: string }) {
  const t = useT();
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
        {t('audit.export.button')}
      </Button>
      <ProblemAlert error={error} title={t('audit.export.failed')} />
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
function actorLabel(t: ReturnType<typeof useT>, e: AuditEvent, names: Map<string, string>, organization: string): string {
  if (e.actorType === 'system') return t('audit.actor.system');
  if (e.actorType === 'api_key') return t('audit.actor.apiKey', { key: e.actorId.slice(0, 8), organization });
  return names.get(e.actorId) ?? t('audit.actor.userOf', { organization });
}

function EventsTable({ workspaceId, action }: { workspaceId: string; action: string }) {
  const t = useT();
  const names = useActorNames();
  const organizations = useOrganizationNames();
  const events = useCursorPages<AuditEvent>(['workspace', workspaceId, 'audit-events', action], (cursor) =>
    unwrap(
      api.GET('/v1/workspaces/{workspaceId}/audit-events', {
        params: { path: { workspaceId }, query: { cursor, limit: 50, ...(action ? { action } : {}) } },
      }),
    ),
  );

  if (events.isPending) return <Loading label={t('audit.events.loading')} />;
  if (events.error) return <ProblemAlert error={events.error} />;
  if (events.items.length === 0) {
    return (
      <EmptyState title={action ? t('audit.events.emptyFiltered', { action }) : t('audit.events.empty')}>
        {action ? t('audit.events.emptyFilteredBody') : t('audit.events.emptyBody')}
      </EmptyState>
    );
  }
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table aria-label={t('audit.events.label')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>#</Table.Th>
              <Table.Th>{t('audit.column.time')}</Table.Th>
              <Table.Th>{t('audit.column.actor')}</Table.Th>
              <Table.Th>{t('audit.column.action')}</Table.Th>
              <Table.Th>{t('audit.column.target')}</Table.Th>
              <Table.Th>{t('audit.column.details')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {events.items.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{e.seq}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.occurredAt)}</Table.Td>
                <Table.Td>{actorLabel(t, e, names, organizations.nameOf(e.organizationId))}</Table.Td>
                <Table.Td>
                  {ACTIONS[e.action] ? (
                    <Text size="sm" data-action={e.action}>
                      {t(ACTIONS[e.action]!)}
                    </Text>
                  ) : null}
                  <Code fz="xs">{e.action}</Code>
                </Table.Td>
                <Table.Td>
                  {SUBJECTS[e.subjectType] ? t(SUBJECTS[e.subjectType]!) : e.subjectType}
                  {e.subjectId ? (
                    <Text size="xs" c="dimmed" title={e.subjectId}>
                      {e.subjectId === workspaceId ? t('audit.target.thisWorkspace') : e.subjectId.slice(0, 8)}
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
  const t = useT();
  const entries = Object.entries(payload);
  if (!entries.length) return <Text size="sm">—</Text>;
  return (
    <Spoiler maxHeight={66} showLabel={t('audit.payload.more')} hideLabel={t('audit.payload.less')}>
      <Stack gap={0}>
        {entries.map(([k, v]) => (
          <Text key={k} size="xs" style={{ wordBreak: 'break-word' }}>
            {/* The event's recorded payload, as stored: field names and values are data, not prose. */}
            <code>
              <strong>{k}</strong>: {typeof v === 'string' ? v : JSON.stringify(v)}
            </code>
          </Text>
        ))}
      </Stack>
    </Spoiler>
  );
}
