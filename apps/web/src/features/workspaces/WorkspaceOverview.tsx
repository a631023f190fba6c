import { BarChart } from '@mantine/charts';
import { Alert, Anchor, Box, Button, Card, Group, List, Select, SimpleGrid, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { CursorPager } from '../../components/CursorPager';
import { EmptyState } from '../../components/EmptyState';
import { formatDate } from '../../components/format';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { downloadFile } from '../../api/download';
import { useFlaggedEvidence } from './evidence-freshness';
import { countByFilter, filterGapRows, gapChart, type FrameworkGap, type GapAnalysis, type RowFilter } from './gap-analysis';
import { FRESHNESS, GAP_STATUS, badgeOf } from './labels';
import { useWorkspace, workspaceAbilities } from './use-workspace';
import { StatusBadge } from '../../components/StatusBadge';
import { RecognitionPathwaysSection } from './RecognitionPathways';

const PAGE_SIZE = 50;

const FILTERS: { value: RowFilter; label: string }[] = [
  { value: 'all', label: 'All requirements' },
  { value: 'gap', label: 'Gaps' },
  { value: 'covered', label: 'Covered by evidence' },
  { value: 'inherited', label: 'Inherited through crosswalks' },
  { value: 'not_applicable', label: 'Not applicable' },
  { value: 'accepted', label: 'Accepted by the assessor' },
  { value: 'open_findings', label: 'With open findings' },
  { value: 'expiring', label: 'Evidence expiring or expired' },
];

/** The workspace overview: gap analysis per framework, flagged evidence, and the requirements to drill into. */
export function WorkspaceOverview() {
  const { workspaceId = '' } = useParams();
  const workspace = useWorkspace(workspaceId);
  const role = workspace.data?.myRole;
  const abilities = workspaceAbilities(role);
  const gaps = useQuery({
    queryKey: ['gap-analysis', workspaceId],
    queryFn: () => unwrap(api.GET('/v1/workspaces/{workspaceId}/gap-analysis', { params: { path: { workspaceId } } })),
    enabled: !!role && role !== 'invited',
  });
  const flagged = useFlaggedEvidence(workspaceId, abilities.readsEvidence);
  const csv = useMutation({
    mutationFn: () => downloadFile(`/v1/workspaces/${workspaceId}/gap-analysis?format=csv`, { filename: `gap-analysis-${workspaceId}.csv` }),
  });

  if (workspace.isPending) return <Loading />;
  if (workspace.error) return <ProblemAlert error={workspace.error} />;
  if (role === 'invited') {
    return (
      <EmptyState
        title="Your organization's invitation is pending"
        action={
          <Button component={Link} to="/workspaces">
            Answer it on Workspaces
          </Button>
        }
      >
        Once an owner or admin of your organization accepts the invitation, the gap analysis and the review open up here.
      </EmptyState>
    );
  }
  if (gaps.isPending) return <Loading label="Loading the gap analysis" />;
  if (gaps.error) return <ProblemAlert error={gaps.error} />;
  const analysis = gaps.data;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h3">
            Gap analysis
          </Title>
          <Text size="sm" c="gray.7">
            As of {formatDate(analysis.asOf)} · coverage counts current, unexpired evidence only
          </Text>
        </div>
        <Button variant="default" size="xs" onClick={() => csv.mutate()} loading={csv.isPending}>
          Download CSV
        </Button>
      </Group>
      <ProblemAlert error={csv.error} title="The CSV could not be downloaded" />

      <FlaggedEvidence analysis={analysis} flagged={flagged.data} error={flagged.error} workspaceId={workspaceId} readsEvidence={abilities.readsEvidence} />

      {analysis.frameworks.length === 0 ? (
        <EmptyState title="No target framework">The workspace has no framework to analyse yet.</EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: analysis.frameworks.length > 1 ? 2 : 1 }}>
          {analysis.frameworks.map((f) => (
            <FrameworkCard key={f.frameworkId} framework={f} />
          ))}
        </SimpleGrid>
      )}

      <RecognitionPathwaysSection workspaceId={workspaceId} markets={workspace.data?.targetMarkets ?? []} />

      <Requirements analysis={analysis} flaggedByRequirement={flagged.byRequirement} showExpiring={abilities.readsEvidence} />
    </Stack>
  );
}

function FrameworkCard({ framework: f }: { framework: FrameworkGap }) {
  const headingId = useId();
  const summaryId = useId();
  const chart = gapChart(f);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
        <div>
          <Title order={3} size="h5" id={headingId}>
            {f.title}
          </Title>
          <Text size="xs" c="gray.7">
            {f.code} {f.version}
          </Text>
        </div>
        <StatusBadge variant="dot" color={f.gaps === 0 ? 'green' : 'red'}>
          {f.gaps === 0 ? 'No gaps' : `${f.gaps} ${f.gaps === 1 ? 'gap' : 'gaps'}`}
        </StatusBadge>
      </Group>
      <SimpleGrid cols={4} spacing="xs" mb="sm">
        <Stat label="Applicable" value={`${f.applicable} / ${f.total}`} />
        <Stat label="Covered" value={`${f.coveredPercent} %`} />
        <Stat label="Accepted" value={`${f.acceptedPercent} %`} />
        <Stat label="Open findings" value={String(f.openFindings)} />
      </SimpleGrid>
      <Box data-testid="gap-chart" role="figure" aria-labelledby={headingId} aria-describedby={summaryId}>
        <BarChart
          h={150}
          data={chart.data}
          dataKey="bucket"
          type="stacked"
          orientation="vertical"
          series={chart.series}
          withLegend
          legendProps={{ verticalAlign: 'bottom', itemSorter: null }}
          yAxisProps={{ width: 70 }}
          xAxisProps={{ allowDecimals: false, domain: [0, Math.max(1, f.applicable)] }}
          gridAxis="none"
          barChartProps={{ accessibilityLayer: false }}
        />
        <VisuallyHidden id={summaryId}>{chart.summary}</VisuallyHidden>
      </Box>
    </Card>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="gray.7">
        {label}
      </Text>
      <Text fw={700}>{value}</Text>
    </div>
  );
}

function FlaggedEvidence({
  analysis,
  flagged,
  error,
  workspaceId,
  readsEvidence,
}: {
  analysis: GapAnalysis;
  flagged: ReturnType<typeof useFlaggedEvidence>['data'];
  error: unknown;
  workspaceId: string;
  readsEvidence: boolean;
}) {
  const { expiringEvidence, expiredEvidence } = analysis;
  if (expiringEvidence === 0 && expiredEvidence === 0) return null;
  const parts = [
    expiringEvidence ? `${expiringEvidence} evidence ${expiringEvidence === 1 ? 'item expires' : 'items expire'} soon` : null,
    expiredEvidence ? `${expiredEvidence} ${expiredEvidence === 1 ? 'has' : 'have'} expired and no longer count as coverage` : null,
  ].filter(Boolean);
  return (
    <Alert color={expiredEvidence ? 'red' : 'orange'} variant="default" title="Evidence needs renewing" data-testid="expiring-evidence">
      <Text size="sm">{parts.join('; ')}. Upload a current version before the end date so the requirements stay covered.</Text>
      {readsEvidence ? (
        <>
          <ProblemAlert error={error} />
          {flagged && flagged.length > 0 ? (
            <List size="sm" mt="xs" spacing={4}>
              {flagged.map((e) => {
                const b = badgeOf(FRESHNESS, e.freshness);
                return (
                  <List.Item key={e.id}>
                    <Anchor component={Link} to={`/workspaces/${workspaceId}/evidence/${e.id}`} size="sm">
                      {e.title}
                    </Anchor>{' '}
                    — valid until {formatDate(e.validUntil)}{' '}
                    <StatusBadge variant="dot" size="sm" color={b.color}>
                      {b.label}
                    </StatusBadge>{' '}
                    · linked to {e.links.length} {e.links.length === 1 ? 'requirement' : 'requirements'}
                  </List.Item>
                );
              })}
            </List>
          ) : null}
        </>
      ) : null}
    </Alert>
  );
}

function Requirements({
  analysis,
  flaggedByRequirement,
  showExpiring,
}: {
  analysis: GapAnalysis;
  flaggedByRequirement: Map<string, 'expiring' | 'expired'>;
  showExpiring: boolean;
}) {
  const [params, setParams] = useSearchParams();
  const status = (FILTERS.find((f) => f.value === params.get('status'))?.value ?? 'all') as RowFilter;
  const frameworkId = params.get('framework');
  const search = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const expiringIds = useMemo(() => new Set(flaggedByRequirement.keys()), [flaggedByRequirement]);
  const codeOf = useMemo(() => new Map(analysis.frameworks.map((f) => [f.frameworkId, `${f.code} ${f.version}`])), [analysis.frameworks]);

  const inFramework = useMemo(() => filterGapRows(analysis.rows, { status: 'all', frameworkId, search }), [analysis.rows, frameworkId, search]);
  const counts = countByFilter(inFramework, expiringIds);
  const rows = filterGapRows(inFramework, { status, frameworkId: null, search: '', expiring: expiringIds });
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const visible = rows.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);

  const set = (key: string, value: string | null) =>
    setParams(
      (p) => {
        if (value) p.set(key, value);
        else p.delete(key);
        if (key !== 'page') p.delete('page');
        return p;
      },
      { replace: true },
    );

  return (
    <Stack gap="sm" component="section" aria-labelledby="requirements-heading">
      <Title order={2} size="h3" id="requirements-heading">
        Requirements
      </Title>
      <Group gap="sm" align="flex-end">
        <Select
          label="Status"
          w={300}
          allowDeselect={false}
          data={FILTERS.filter((f) => f.value !== 'expiring' || showExpiring).map((f) => ({ value: f.value, label: `${f.label} (${counts[f.value]})` }))}
          value={status}
          onChange={(v) => set('status', v === 'all' ? null : v)}
        />
        {analysis.frameworks.length > 1 ? (
          <Select
            label="Framework"
            w={260}
            clearable
            clearButtonProps={{ 'aria-label': 'Show all frameworks' }}
            placeholder="All frameworks"
            data={analysis.frameworks.map((f) => ({ value: f.frameworkId, label: `${f.code} ${f.version}` }))}
            value={frameworkId}
            onChange={(v) => set('framework', v)}
          />
        ) : null}
        <TextInput label="Search" placeholder="Reference or title" w={240} value={search} onChange={(e) => set('q', e.currentTarget.value || null)} />
      </Group>
      {rows.length === 0 ? (
        <EmptyState title="No requirement matches">
          {status === 'gap' ? 'Every applicable requirement is covered. ' : ''}Choose another status or clear the search to see more.
        </EmptyState>
      ) : (
        <>
          <Table.ScrollContainer minWidth={820}>
            <Table data-testid="requirements-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Requirement</Table.Th>
                  <Table.Th>Title</Table.Th>
                  <Table.Th>Framework</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th ta="right">Evidence</Table.Th>
                  <Table.Th>Assessor</Table.Th>
                  <Table.Th ta="right">Open findings</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {visible.map((r) => {
                  const s = badgeOf(GAP_STATUS, r.status);
                  const fresh = flaggedByRequirement.get(r.requirementId);
                  return (
                    <Table.Tr key={`${r.frameworkId}:${r.requirementId}`}>
                      <Table.Td>
                        <Anchor component={Link} to={`requirements/${r.requirementId}`} size="sm" fw={600}>
                          {r.ref}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{r.title}</Text>
                        {r.inheritedFrom ? (
                          <Text size="xs" c="gray.7">
                            Inherited from {codeOf.get(r.inheritedFrom.frameworkId) ?? 'another framework'} {r.inheritedFrom.ref} ({r.inheritedFrom.relation})
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{codeOf.get(r.frameworkId) ?? '—'}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <StatusBadge variant="dot" color={s.color}>
                            {s.label}
                          </StatusBadge>
                          {fresh ? (
                            <StatusBadge variant="dot" color={fresh === 'expired' ? 'red' : 'orange'}>
                              {fresh === 'expired' ? 'Evidence expired' : 'Evidence expiring'}
                            </StatusBadge>
                          ) : null}
                        </Group>
                      </Table.Td>
                      <Table.Td ta="right">{r.evidenceCount}</Table.Td>
                      <Table.Td>
                        {r.accepted ? (
                          <StatusBadge variant="dot" color="green">
                            Accepted
                          </StatusBadge>
                        ) : (
                          <Text size="sm" c="gray.7">
                            —
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right">
                        {r.openFindings > 0 ? (
                          <StatusBadge variant="dot" color="red">
                            {r.openFindings}
                          </StatusBadge>
                        ) : (
                          0
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="space-between">
            <Text size="sm" c="gray.7">
              {rows.length} {rows.length === 1 ? 'requirement' : 'requirements'}
            </Text>
            <CursorPager
              pager={{
                page: current,
                hasPrevious: current > 1,
                hasNext: current < pages,
                previous: () => set('page', String(current - 1)),
                next: () => set('page', String(current + 1)),
              }}
            />
          </Group>
        </>
      )}
    </Stack>
  );
}
