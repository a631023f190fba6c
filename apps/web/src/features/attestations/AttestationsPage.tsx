import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notify } from '../../components/notify';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useOrganizationNames } from '../../api/organization-names';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { useSession } from '../../auth/session';
import { CursorPager, useCursorPages } from '../../components/CursorPager';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../components/format';
import { messageId, useT } from '../../i18n';
import { ATTESTATION_STATUSES, outcomeLabel, STATUS_LABEL, StatusBadge, type Attestation, type AttestationStatus } from './attestation-model';

const DECISION_STATUS = {
  final: messageId('attestations.decisionStatus.final'),
  pending_confirmation: messageId('attestations.decisionStatus.pending_confirmation'),
  withdrawn: messageId('attestations.decisionStatus.withdrawn'),
} as const;

type Decision = Schemas['DecisionDto'];

const POSITIVE = ['conformant', 'conformant_with_conditions'];

/** The workspace's attestations; assessors issue new ones from their decisions. */
export function AttestationsPage() {
  const t = useT();
  const { workspaceId = '' } = useParams();
  const { session, me } = useSession();
  const [status, setStatus] = useState<AttestationStatus | null>(null);
  const workspace = useQuery({
    queryKey: ['workspace', workspaceId],
    queryFn: () => unwrap(api.GET('/v1/workspaces/{workspaceId}', { params: { path: { workspaceId } } })),
  });
  const issuers = useOrganizationNames();
  const pager = useCursorPages(['attestations', workspaceId, status], async (cursor) => {
    const page = await unwrap(
      api.GET('/v1/workspaces/{workspaceId}/attestations', { params: { path: { workspaceId }, query: { cursor, status: status ?? undefined } } }),
    );
    return { data: page.data, nextCursor: page.nextCursor };
  });

  const kind = me?.organizations.find((o) => o.organization.id === session?.organizationId)?.organization.kind;
  const canIssue = kind === 'assessor' && workspace.data?.myRole === 'assessor';

  return (
    <Stack gap="lg">
      <section aria-labelledby="attestations-heading">
        <Group justify="space-between" align="flex-end" mb="sm">
          <div>
            <Title order={2} size="h3" id="attestations-heading">
              {t('attestations.list.title')}
            </Title>
            <Text size="sm" c="gray.7">
              {t('attestations.list.intro')}
            </Text>
          </div>
          <Select
            label={t('attestations.list.filterStatus')}
            size="xs"
            miw={160}
            clearable
            placeholder={t('attestations.list.allStatuses')}
            data={ATTESTATION_STATUSES.map((s) => ({ value: s, label: t(STATUS_LABEL[s]) }))}
            value={status}
            onChange={(v) => {
              setStatus((v as AttestationStatus | null) ?? null);
              pager.reset();
            }}
          />
        </Group>
        <ProblemAlert error={issuers.error} title={t('attestations.list.issuersError')} />
        {pager.isPending ? (
          <Loading label={t('attestations.list.loading')} />
        ) : pager.error ? (
          <ProblemAlert error={pager.error} />
        ) : pager.items.length === 0 ? (
          status ? (
            <EmptyState title={t('attestations.list.emptyFilteredTitle', { status: t(STATUS_LABEL[status]) })}>
              {t('attestations.list.emptyFilteredBody')}
            </EmptyState>
          ) : (
            <EmptyState title={t('attestations.list.emptyTitle')}>
              {canIssue ? t('attestations.list.emptyBodyIssuer') : t('attestations.list.emptyBody')}
            </EmptyState>
          )
        ) : (
          <>
            <Table.ScrollContainer minWidth={760}>
              <Table aria-label={t('attestations.list.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('attestations.list.serial')}</Table.Th>
                    <Table.Th>{t('attestations.list.offering')}</Table.Th>
                    <Table.Th>{t('attestations.list.outcome')}</Table.Th>
                    <Table.Th>{t('attestations.list.status')}</Table.Th>
                    <Table.Th>{t('attestations.list.validUntil')}</Table.Th>
                    <Table.Th>{t('attestations.list.issuer')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {pager.items.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Anchor component={Link} to={`/workspaces/${workspaceId}/attestations/${a.id}`} ff="monospace" size="sm">
                          {a.serial}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{a.offering.name}</Table.Td>
                      <Table.Td>{outcomeLabel(a.outcome)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <StatusBadge status={a.status} />
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(a.validUntil)}</Table.Td>
                      <Table.Td>
                        {issuers.kindOf(a.issuerOrganizationId) ? (
                          issuers.nameOf(a.issuerOrganizationId)
                        ) : (
                          <Text span size="xs" ff="monospace">
                            {a.issuerDid}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <CursorPager pager={pager} />
          </>
        )}
      </section>
      {canIssue && session ? <IssueFromDecisions workspaceId={workspaceId} organizationId={session.organizationId} /> : null}
    </Stack>
  );
}

/**
 * Every attestation of the workspace, whatever its status, to tell which decisions have one: a
 * decision gives one attestation, so one whose attestation was withdrawn or superseded is not
 * issued again (a new one needs a new decision).
 */
async function workspaceAttestations(workspaceId: string): Promise<Attestation[]> {
  const all: Attestation[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 50; i++) {
    const page = await unwrap(api.GET('/v1/workspaces/{workspaceId}/attestations', { params: { path: { workspaceId }, query: { cursor, limit: 200 } } }));
    all.push(...page.data);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return all;
}

const isLive = (a: Attestation) => a.status === 'active' || a.status === 'suspended';

/** The attestation that stands for a decision: its live one (a scope reduction replaces within the decision), else the latest. */
function byDecision(list: Attestation[]): Map<string, Attestation> {
  const out = new Map<string, Attestation>();
  for (const a of list) {
    const seen = out.get(a.decisionId);
    if (!seen || (isLive(a) && !isLive(seen)) || (isLive(a) === isLive(seen) && a.issuedAt > seen.issuedAt)) out.set(a.decisionId, a);
  }
  return out;
}

/** The workspace's decisions, with the way to issue an attestation from each positive, final one of ours. */
function IssueFromDecisions({ workspaceId, organizationId }: { workspaceId: string; organizationId: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const decisions = useCursorPages(['decisions', workspaceId], (cursor) =>
    unwrap(api.GET('/v1/workspaces/{workspaceId}/decisions', { params: { path: { workspaceId }, query: { cursor } } })),
  );
  const live = useQuery({ queryKey: ['attestations', workspaceId, 'by-decision'], queryFn: () => workspaceAttestations(workspaceId) });
  const issue = useMutation({
    mutationFn: ({ decisionId, accredited }: { decisionId: string; accredited?: boolean }) =>
      unwrap(
        api.POST('/v1/workspaces/{workspaceId}/attestations', {
          params: { path: { workspaceId } },
          body: { decisionId, ...(accredited === false ? { accredited } : {}) },
        }),
      ),
    onSuccess: async (a) => {
      notify(t('attestations.issue.issued', { serial: a.serial }));
      await queryClient.invalidateQueries({ queryKey: ['attestations', workspaceId] });
      void navigate(`/workspaces/${workspaceId}/attestations/${a.id}`);
    },
  });

  const attestationOf = byDecision(live.data ?? []);

  const attestationCell = (d: Decision) => {
    const existing = attestationOf.get(d.id);
    if (existing) {
      return (
        <Group gap={6} data-testid="decision-attestation">
          <Anchor component={Link} to={`/workspaces/${workspaceId}/attestations/${existing.id}`} size="sm" ff="monospace">
            {existing.serial}
          </Anchor>
          {isLive(existing) ? null : (
            <Text span size="sm" c="gray.7">
              {t('attestations.issue.retired', { status: t(STATUS_LABEL[existing.status]) })}
            </Text>
          )}
        </Group>
      );
    }
    if (!POSITIVE.includes(d.outcome)) return <Text size="sm">{t('attestations.issue.notAttestable')}</Text>;
    if (d.organizationId !== organizationId) return <Text size="sm">{t('attestations.issue.otherOrganization')}</Text>;
    if (d.status !== 'final') return <Text size="sm">{t('attestations.issue.awaitingConfirmation')}</Text>;
    if (live.isPending) return <Text size="sm">{t('attestations.issue.checking')}</Text>;
    // Without a verified accreditation covering the scope the API refuses (422); the assessor may then issue explicitly as non-accredited.
    const notAccredited =
      issue.error instanceof ApiProblem && issue.error.problem.code === 'accreditation.not_accredited' && issue.variables?.decisionId === d.id;
    return (
      <Group gap="xs">
        <Button
          size="xs"
          onClick={() => issue.mutate({ decisionId: d.id })}
          loading={issue.isPending && issue.variables?.decisionId === d.id}
          disabled={issue.isPending}
        >
          {t('attestations.issue.button')}
        </Button>
        {notAccredited ? (
          <Button size="xs" variant="light" color="gray" onClick={() => issue.mutate({ decisionId: d.id, accredited: false })} disabled={issue.isPending}>
            {t('attestations.issue.nonAccredited')}
          </Button>
        ) : null}
      </Group>
    );
  };

  return (
    <section aria-labelledby="decisions-heading">
      <Title order={2} size="h3" id="decisions-heading">
        {t('attestations.issue.title')}
      </Title>
      <Text size="sm" c="gray.7" mb="sm">
        {t('attestations.issue.intro')}
      </Text>
      <ProblemAlert error={issue.error} title={t('attestations.issue.failed')} />
      <ProblemAlert error={live.error} title={t('attestations.issue.existingError')} />
      {decisions.isPending ? (
        <Loading label={t('attestations.issue.loading')} />
      ) : decisions.error ? (
        <ProblemAlert error={decisions.error} />
      ) : decisions.items.length === 0 ? (
        <EmptyState title={t('attestations.issue.emptyTitle')}>{t('attestations.issue.emptyBody')}</EmptyState>
      ) : (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table aria-label={t('attestations.issue.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('attestations.issue.submission')}</Table.Th>
                  <Table.Th>{t('attestations.issue.outcome')}</Table.Th>
                  <Table.Th>{t('attestations.issue.decision')}</Table.Th>
                  <Table.Th>{t('attestations.issue.validity')}</Table.Th>
                  <Table.Th>{t('attestations.issue.attestation')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {decisions.items.map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/workspaces/${workspaceId}/submissions/${d.submissionNumber}`} size="sm">
                        #{d.submissionNumber}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{outcomeLabel(d.outcome)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Badge variant="light" c="dark.8" miw="max-content" color={d.status === 'final' ? 'blue' : d.status === 'withdrawn' ? 'gray' : 'yellow'}>
                        {t(DECISION_STATUS[d.status])}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {formatDate(d.validFrom)} – {formatDate(d.validUntil)}
                    </Table.Td>
                    <Table.Td>{attestationCell(d)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <CursorPager pager={decisions} />
        </>
      )}
    </section>
  );
}
