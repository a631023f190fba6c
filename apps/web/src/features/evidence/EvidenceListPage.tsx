import { Anchor, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { CursorPager, useCursorPages } from '../../components/CursorPager';
import { EmptyState } from '../../components/EmptyState';
import { formatDate } from '../../components/format';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ConfidentialityBadge, Validity } from './EvidenceBadges';
import { EVIDENCE_TYPE_LABELS, EVIDENCE_TYPE_OPTIONS, evidenceKeys, isEvidenceType, type Evidence } from './evidence-model';
import { NewEvidenceModal } from './NewEvidenceModal';
import { useEvidenceAccess, useWorkspaceRequirements } from './use-evidence-context';

const PAGE_SIZE = 25;

const VALIDITY_FILTERS = [
  { value: '', label: 'Any validity' },
  { value: '0', label: 'Expired (or ending today)' },
  { value: '30', label: 'Expired or ending within 30 days' },
  { value: '90', label: 'Expired or ending within 90 days' },
];

function fetchDetail(workspaceId: string, evidenceId: string) {
  return unwrap(api.GET('/v1/workspaces/{workspaceId}/evidence/{evidenceId}', { params: { path: { workspaceId, evidenceId } } }));
}

/** A workspace's evidence: filters, the paginated table, and "New evidence" for those who may add it. */
export function EvidenceListPage() {
  const { workspaceId = '' } = useParams();
  const access = useEvidenceAccess(workspaceId);
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const typeParam = params.get('type');
  const type = isEvidenceType(typeParam) ? typeParam : undefined;
  const componentId = params.get('component') || undefined;
  const expiring = params.get('expiring') ?? '';
  const expiringWithinDays = expiring === '' ? undefined : Number(expiring);

  const pager = useCursorPages<Evidence>(
    [...evidenceKeys.list(workspaceId), { type, componentId, expiringWithinDays }],
    (cursor) =>
      unwrap(
        api.GET('/v1/workspaces/{workspaceId}/evidence', {
          params: { path: { workspaceId }, query: { limit: PAGE_SIZE, cursor, type, componentId, expiringWithinDays } },
        }),
      ),
    { enabled: access.canRead },
  );

  // The list carries only the current version's id; its number and name come from the
  // item itself (the same query the evidence page uses, so it is cached for the click).
  const withFile = pager.items.filter((e) => e.currentVersionId);
  const details = useQueries({
    queries: withFile.map((e) => ({ queryKey: evidenceKeys.detail(workspaceId, e.id), queryFn: () => fetchDetail(workspaceId, e.id), staleTime: 30_000 })),
  });
  const currentVersion = new Map(withFile.map((e, i) => [e.id, details[i]?.data?.versions.find((v) => v.id === e.currentVersionId)] as const));

  const requirements = useWorkspaceRequirements(workspaceId, creating);

  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    pager.reset();
  };

  if (access.workspace.isPending) return <Loading />;
  if (access.workspace.error) return <ProblemAlert error={access.workspace.error} />;

  if (!access.canRead) {
    return (
      <Stack gap="md">
        <Title order={2}>Evidence</Title>
        <EmptyState
          title="Evidence is not shared with your organization here"
          action={
            access.role === 'assessor' ? (
              <Button component={Link} to={`/workspaces/${workspaceId}/submissions`} variant="light" size="xs">
                Go to submissions
              </Button>
            ) : undefined
          }
        >
          {access.role === 'assessor'
            ? 'As the assessor you examine the evidence that the owner submits for review: open a submission to see it.'
            : 'Observers see the outcome of the assessment (decisions and attestations), not the evidence behind it.'}
        </EmptyState>
      </Stack>
    );
  }

  const filtered = !!(type || componentId || expiring);
  const newButton = access.canWrite ? (
    <Button onClick={() => setCreating(true)} disabled={access.components.isPending || (access.isContributor && access.participants.isPending)}>
      New evidence
    </Button>
  ) : null;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Evidence</Title>
          <Text size="sm" c="gray.7">
            {access.isContributor
              ? 'The evidence for the components your organization provides.'
              : 'Every document filed in this workspace, by the owner and the contributors.'}
          </Text>
        </div>
        {newButton}
      </Group>

      <Group gap="sm" align="flex-end">
        <Select
          label="Type"
          placeholder="All types"
          data={EVIDENCE_TYPE_OPTIONS}
          value={type ?? null}
          onChange={(v) => setFilter('type', v)}
          clearable
          w={220}
        />
        <Select
          label="Component"
          placeholder="All components"
          data={(access.components.data ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.version})` }))}
          value={componentId ?? null}
          onChange={(v) => setFilter('component', v)}
          clearable
          w={280}
        />
        <Select label="Validity" data={VALIDITY_FILTERS} value={expiring} onChange={(v) => setFilter('expiring', v)} allowDeselect={false} w={280} />
        {filtered ? (
          <Button
            variant="subtle"
            onClick={() => {
              setParams(new URLSearchParams(), { replace: true });
              pager.reset();
            }}
          >
            Clear filters
          </Button>
        ) : null}
      </Group>

      {access.components.error ? <ProblemAlert error={access.components.error} title="The components could not be loaded" /> : null}

      {pager.isPending ? (
        <Loading label="Loading evidence" />
      ) : pager.error ? (
        <ProblemAlert error={pager.error} />
      ) : pager.items.length === 0 ? (
        filtered ? (
          <EmptyState
            title="No evidence matches these filters"
            action={
              <Button
                size="xs"
                variant="light"
                onClick={() => {
                  setParams(new URLSearchParams(), { replace: true });
                  pager.reset();
                }}
              >
                Clear filters
              </Button>
            }
          >
            Widen the filters to see more of the workspace's evidence.
          </EmptyState>
        ) : (
          <EmptyState title="No evidence yet" action={newButton}>
            {access.canWrite
              ? 'Add the first document with “New evidence”: describe it, link it to the requirements it satisfies, then upload the file.'
              : 'Nothing has been filed here yet.'}
          </EmptyState>
        )
      ) : (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table aria-label="Evidence">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Title</Table.Th>
                  <Table.Th>Type</Table.Th>
                  <Table.Th>Component</Table.Th>
                  <Table.Th>Current version</Table.Th>
                  <Table.Th>Effective</Table.Th>
                  <Table.Th>Validity</Table.Th>
                  <Table.Th>Confidentiality</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pager.items.map((e) => {
                  const version = currentVersion.get(e.id);
                  return (
                    <Table.Tr key={e.id} data-testid="evidence-row">
                      <Table.Td>
                        <Anchor component={Link} to={`/workspaces/${workspaceId}/evidence/${e.id}`} fw={500}>
                          {e.title}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{EVIDENCE_TYPE_LABELS[e.type]}</Table.Td>
                      <Table.Td>{access.componentName(e.componentId)}</Table.Td>
                      <Table.Td>
                        {!e.currentVersionId ? (
                          <Text size="sm" fs="italic">
                            No file yet
                          </Text>
                        ) : version ? (
                          <Text size="sm" title={version.filename}>
                            v{version.number} · {version.filename}
                          </Text>
                        ) : (
                          <Text size="sm">…</Text>
                        )}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(e.effectiveDate)}</Table.Td>
                      <Table.Td miw={150}>
                        <Validity evidence={e} />
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <ConfidentialityBadge value={e.confidentiality} />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <CursorPager pager={pager} />
        </>
      )}

      {creating ? (
        <NewEvidenceModal
          workspaceId={workspaceId}
          onClose={() => setCreating(false)}
          componentRequired={access.isContributor}
          components={access.writableComponents}
          requirementOptions={requirements.options}
          requirementsLoading={requirements.isFetching}
        />
      ) : null}
    </Stack>
  );
}
