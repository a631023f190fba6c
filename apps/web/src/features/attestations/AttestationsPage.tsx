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
import { ATTESTATION_STATUSES, outcomeLabel, StatusBadge, type Attestation, type AttestationStatus } from './attestation-model';

type Decision = Schemas['DecisionDto'];

const POSITIVE = ['conformant', 'conformant_with_conditions'];

/** The workspace's attestations; assessors issue new ones from their decisions. */
export function AttestationsPage() {
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
              Attestations
            </Title>
            <Text size="sm" c="gray.7">
              Signed outcomes of this workspace's reviews. Every participant sees them; verifiers check them by serial number.
            </Text>
          </div>
          <Select
            label="Filter by status"
            size="xs"
            w={160}
            clearable
            placeholder="All statuses"
            data={ATTESTATION_STATUSES}
            value={status}
            onChange={(v) => {
              setStatus((v as AttestationStatus | null) ?? null);
              pager.reset();
            }}
          />
        </Group>
        <ProblemAlert error={issuers.error} title="Issuer names could not be loaded" />
        {pager.isPending ? (
          <Loading label="Loading attestations" />
        ) : pager.error ? (
          <ProblemAlert error={pager.error} />
        ) : pager.items.length === 0 ? (
          status ? (
            <EmptyState title={`No ${status} attestations`}>Clear the status filter to see all attestations of this workspace.</EmptyState>
          ) : (
            <EmptyState title="No attestations yet">
              An attestation is issued after the manufacturer submits the workspace for review and an assessor decides the submission conformant
              {canIssue ? '. Issue one from a decision below.' : ' and issues it.'}
            </EmptyState>
          )
        ) : (
          <>
            <Table.ScrollContainer minWidth={760}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Serial</Table.Th>
                    <Table.Th>Offering</Table.Th>
                    <Table.Th>Outcome</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th>Valid until</Table.Th>
                    <Table.Th>Issuer</Table.Th>
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
      notify(`Attestation issued: ${a.serial} is signed and active.`);
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
              ({existing.status}; a new attestation needs a new decision)
            </Text>
          )}
        </Group>
      );
    }
    if (!POSITIVE.includes(d.outcome)) return <Text size="sm">Not attestable (nonconformant)</Text>;
    if (d.organizationId !== organizationId) return <Text size="sm">Decided by another assessor organization</Text>;
    if (d.status !== 'final') return <Text size="sm">Awaiting the second assessor's confirmation</Text>;
    if (live.isPending) return <Text size="sm">Checking…</Text>;
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
          Issue attestation
        </Button>
        {notAccredited ? (
          <Button size="xs" variant="light" color="gray" onClick={() => issue.mutate({ decisionId: d.id, accredited: false })} disabled={issue.isPending}>
            Issue as non-accredited
          </Button>
        ) : null}
      </Group>
    );
  };

  return (
    <section aria-labelledby="decisions-heading">
      <Title order={2} size="h3" id="decisions-heading">
        Issue from a decision
      </Title>
      <Text size="sm" c="gray.7" mb="sm">
        Your organization signs an attestation for each of its final, conformant decisions (one attestation per decision: after a withdrawal, a new one needs a
        new decision).
      </Text>
      <ProblemAlert error={issue.error} title="The attestation was not issued" />
      <ProblemAlert error={live.error} title="Existing attestations could not be checked" />
      {decisions.isPending ? (
        <Loading label="Loading decisions" />
      ) : decisions.error ? (
        <ProblemAlert error={decisions.error} />
      ) : decisions.items.length === 0 ? (
        <EmptyState title="No decisions yet">
          Review the manufacturer's submission in the Submissions tab and record a decision; a conformant decision can then be attested here.
        </EmptyState>
      ) : (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Submission</Table.Th>
                  <Table.Th>Outcome</Table.Th>
                  <Table.Th>Decision</Table.Th>
                  <Table.Th>Validity</Table.Th>
                  <Table.Th>Attestation</Table.Th>
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
                      <Badge variant="light" c="dark.8" miw="max-content" color={d.status === 'final' ? 'blue' : 'yellow'}>
                        {d.status === 'final' ? 'final' : 'pending confirmation'}
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
