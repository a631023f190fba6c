import { Alert, Button, Group, MultiSelect, Spoiler, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { CursorPager, useCursorPages } from '../../components/CursorPager';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../components/format';
import { useActingOrganization } from '../../auth/useActingOrganization';
import { downloadFile } from '../../api/download';
import { StatusBadge } from '../../components/StatusBadge';
import { useT, type MessageId } from '../../i18n';
import { ACTIONS, sentenceOf, type AuditEvent } from './audit-sentences';

type Verification = Schemas['ChainVerificationDto'];

const REASONS: Record<string, MessageId> = {
  hash_mismatch: 'audit.reason.hash_mismatch',
  chain_broken: 'audit.reason.chain_broken',
  sequence_gap: 'audit.reason.sequence_gap',
  truncated: 'audit.reason.truncated',
  checkpoint_mismatch: 'audit.reason.checkpoint_mismatch',
  checkpoint_signature_invalid: 'audit.reason.checkpoint_signature_invalid',
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
  const [filter, setFilter] = useState<Filter>({ actions: [], from: '', to: '' });

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
      <Filters value={filter} onChange={setFilter} />
      <EventsTable key={JSON.stringify(filter)} workspaceId={workspaceId} filter={filter} />
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

interface Filter {
  actions: string[];
  /** Calendar days (YYYY-MM-DD) in the reader's time zone; empty for no bound. */
  from: string;
  to: string;
}

/** The start of a calendar day in the reader's time zone, as an instant the API compares with. */
const startOfDay = (day: string, plusDays = 0) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d! + plusDays).toISOString();
};

function Filters({ value, onChange }: { value: Filter; onChange(f: Filter): void }) {
  const t = useT();
  const options = useMemo(
    () =>
      Object.entries(ACTIONS)
        .map(([code, id]) => ({ value: code, label: t(id) }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [t],
  );
  const rangeInvalid = !!value.from && !!value.to && value.to < value.from;
  return (
    <Group align="flex-end" mb="sm" gap="sm" wrap="wrap">
      <MultiSelect
        size="xs"
        label={t('audit.filter.actions')}
        placeholder={value.actions.length ? undefined : t('audit.filter.allActions')}
        data={options}
        value={value.actions}
        onChange={(actions) => onChange({ ...value, actions })}
        searchable
        clearable
        nothingFoundMessage={t('audit.filter.noActionMatches')}
        w={{ base: '100%', sm: 360 }}
        data-testid="audit-action-filter"
      />
      <TextInput
        size="xs"
        type="date"
        label={t('audit.filter.from')}
        value={value.from}
        max={value.to || undefined}
        onChange={(e) => onChange({ ...value, from: e.currentTarget.value })}
      />
      <TextInput
        size="xs"
        type="date"
        label={t('audit.filter.to')}
        value={value.to}
        min={value.from || undefined}
        onChange={(e) => onChange({ ...value, to: e.currentTarget.value })}
        error={rangeInvalid ? t('audit.filter.rangeInvalid') : undefined}
      />
      {value.actions.length || value.from || value.to ? (
        <Button size="xs" variant="subtle" onClick={() => onChange({ actions: [], from: '', to: '' })}>
          {t('audit.filter.clear')}
        </Button>
      ) : null}
    </Group>
  );
}

function EventsTable({ workspaceId, filter }: { workspaceId: string; filter: Filter }) {
  const t = useT();
  const filtered = filter.actions.length > 0 || !!filter.from || !!filter.to;
  const rangeInvalid = !!filter.from && !!filter.to && filter.to < filter.from;
  const events = useCursorPages<AuditEvent>(['workspace', workspaceId, 'audit-events', filter], (cursor) =>
    unwrap(
      api.GET('/v1/workspaces/{workspaceId}/audit-events', {
        params: {
          path: { workspaceId },
          query: {
            cursor,
            limit: 50,
            ...(filter.actions.length ? { actions: filter.actions } : {}),
            ...(filter.from && !rangeInvalid ? { from: startOfDay(filter.from) } : {}),
            ...(filter.to && !rangeInvalid ? { to: startOfDay(filter.to, 1) } : {}),
          },
        },
      }),
    ),
  );

  if (events.isPending) return <Loading label={t('audit.events.loading')} />;
  if (events.error) return <ProblemAlert error={events.error} />;
  if (events.items.length === 0) {
    return (
      <EmptyState title={filtered ? t('audit.events.emptyFiltered') : t('audit.events.empty')}>
        {filtered ? t('audit.events.emptyFilteredBody') : t('audit.events.emptyBody')}
      </EmptyState>
    );
  }
  return (
    <>
      <Table.ScrollContainer minWidth={760}>
        <Table aria-label={t('audit.events.label')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('audit.column.time')}</Table.Th>
              <Table.Th>{t('audit.column.event')}</Table.Th>
              <Table.Th>{t('audit.column.details')}</Table.Th>
              <Table.Th>#</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {events.items.map((e) => (
              <Table.Tr key={e.id} data-testid="audit-event" data-action={e.action}>
                <Table.Td style={{ whiteSpace: 'nowrap' }} valign="top">
                  {formatDateTime(e.occurredAt)}
                </Table.Td>
                <Table.Td valign="top">
                  <Text size="sm" data-testid="audit-sentence">
                    {sentenceOf(t, e)}
                  </Text>
                  <Text size="xs" c="gray.7">
                    {ACTIONS[e.action] ? t(ACTIONS[e.action]!) : e.action}
                  </Text>
                </Table.Td>
                <Table.Td maw={380} valign="top">
                  <Payload payload={e.payload} />
                </Table.Td>
                <Table.Td valign="top">
                  <Text size="xs" c="gray.7" title={e.hash}>
                    {e.seq}
                  </Text>
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
    <Spoiler maxHeight={40} showLabel={t('audit.payload.more')} hideLabel={t('audit.payload.less')}>
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
