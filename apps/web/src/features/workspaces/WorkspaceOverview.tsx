import { Alert, Anchor, Box, Button, Group, List, NativeSelect, Stack, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Suspense, useId, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { CursorPager } from '../../components/CursorPager';
import { EmptyState } from '../../components/EmptyState';
import { formatDate, formatNumber, formatPercent } from '../../components/format';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { gapAnalysisQuery, useFlaggedEvidence } from './evidence-freshness';
import { countByFilter, filterGapRows, gapChart, type FrameworkGap, type GapAnalysis, type RowFilter } from './gap-analysis';
import { CROSSWALK_RELATION, FRESHNESS, GAP_STATUS, useLabels } from './labels';
import { lazyScreen, messageId, useT, type MessageId } from '../../i18n';
import { useWorkspace, workspaceAbilities } from './use-workspace';
import { StatusBadge } from '../../components/StatusBadge';
import { PlainTable } from '../../components/PlainTable';
import { TableScroll } from '../../components/TableScroll';
import { GapBarChart } from './GapBarChart';
import classes from './WorkspaceOverview.module.css';

const PAGE_SIZE = 50;

// Below the analysis and reading its own data: it loads after the overview has drawn.
const RecognitionPathwaysSection = lazyScreen(['recognition'], () => import('../recognition/RecognitionPathways').then((m) => m.RecognitionPathwaysSection));

const FILTERS: { value: RowFilter; label: MessageId }[] = [
  { value: 'all', label: messageId('workspaces.overview.filter.all') },
  { value: 'gap', label: messageId('workspaces.overview.filter.gap') },
  { value: 'covered', label: messageId('workspaces.overview.filter.covered') },
  { value: 'inherited', label: messageId('workspaces.overview.filter.inherited') },
  { value: 'not_applicable', label: messageId('workspaces.overview.filter.notApplicable') },
  { value: 'accepted', label: messageId('workspaces.overview.filter.accepted') },
  { value: 'open_findings', label: messageId('workspaces.overview.filter.openFindings') },
  { value: 'expiring', label: messageId('workspaces.overview.filter.expiring') },
];

/** The workspace overview: gap analysis per framework, flagged evidence, and the requirements to drill into. */
export function WorkspaceOverview() {
  const t = useT();
  const { workspaceId = '' } = useParams();
  const workspace = useWorkspace(workspaceId);
  const role = workspace.data?.myRole;
  const abilities = workspaceAbilities(role);
  const gaps = useQuery({ ...gapAnalysisQuery(workspaceId), enabled: !!role && role !== 'invited' });
  const flagged = useFlaggedEvidence(workspaceId, abilities.readsEvidence);
  const [csv, setCsv] = useState<{ pending: boolean; error: unknown }>({ pending: false, error: null });
  // The download code loads on the first click: the overview draws without it.
  const downloadCsv = async () => {
    setCsv({ pending: true, error: null });
    try {
      const { downloadFile } = await import('../../api/download');
      await downloadFile(`/v1/workspaces/${workspaceId}/gap-analysis?format=csv`, { filename: `gap-analysis-${workspaceId}.csv` });
      setCsv({ pending: false, error: null });
    } catch (error) {
      setCsv({ pending: false, error });
    }
  };

  if (workspace.isPending) return <Loading />;
  if (workspace.error) return <ProblemAlert error={workspace.error} />;
  if (role === 'invited') {
    return (
      <EmptyState
        title={t('workspaces.invitationPending.title')}
        action={
          <Button component={Link} to="/workspaces">
            {t('workspaces.overview.invited.action')}
          </Button>
        }
      >
        {t('workspaces.overview.invited.body')}
      </EmptyState>
    );
  }
  if (gaps.isPending) return <Loading label={t('workspaces.overview.loading')} />;
  if (gaps.error) return <ProblemAlert error={gaps.error} />;
  const analysis = gaps.data;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h3">
            {t('workspaces.overview.title')}
          </Title>
          <Text size="sm" c="gray.7">
            {t('workspaces.overview.asOf', { date: formatDate(analysis.asOf) })}
          </Text>
        </div>
        <Button variant="default" size="xs" onClick={() => void downloadCsv()} loading={csv.pending}>
          {t('workspaces.overview.downloadCsv')}
        </Button>
      </Group>
      <ProblemAlert error={csv.error} title={t('workspaces.overview.csvFailed')} />

      <FlaggedEvidence analysis={analysis} flagged={flagged.data} error={flagged.error} workspaceId={workspaceId} readsEvidence={abilities.readsEvidence} />

      {analysis.frameworks.length === 0 ? (
        <EmptyState title={t('workspaces.overview.noFramework.title')}>{t('workspaces.overview.noFramework.body')}</EmptyState>
      ) : (
        <div className={classes.frameworks} data-several={analysis.frameworks.length > 1 || undefined}>
          {analysis.frameworks.map((f) => (
            <FrameworkCard key={f.frameworkId} framework={f} />
          ))}
        </div>
      )}

      <Suspense fallback={null}>
        <RecognitionPathwaysSection workspaceId={workspaceId} markets={workspace.data?.targetMarkets ?? []} />
      </Suspense>

      <Requirements analysis={analysis} flaggedByRequirement={flagged.byRequirement} showExpiring={abilities.readsEvidence} />
    </Stack>
  );
}

function FrameworkCard({ framework: f }: { framework: FrameworkGap }) {
  const headingId = useId();
  const summaryId = useId();
  const t = useT();
  const chart = gapChart(f, t);
  return (
    <section className={classes.card} aria-labelledby={headingId}>
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
          {t('workspaces.overview.card.gaps', { count: f.gaps })}
        </StatusBadge>
      </Group>
      <div className={classes.stats}>
        <Stat
          label={t('workspaces.overview.card.applicable')}
          value={t('workspaces.overview.card.applicableValue', { applicable: f.applicable, total: f.total })}
        />
        <Stat label={t('workspaces.overview.card.covered')} value={formatPercent(f.coveredPercent / 100, 0)} />
        <Stat label={t('workspaces.overview.card.accepted')} value={formatPercent(f.acceptedPercent / 100, 0)} />
        <Stat label={t('workspaces.overview.card.openFindings')} value={formatNumber(f.openFindings)} />
      </div>
      <Box data-testid="gap-chart" role="figure" aria-labelledby={headingId} aria-describedby={summaryId}>
        <GapBarChart chart={chart} max={f.applicable} axisLabel={t('workspaces.gapChart.axis')} />
        <VisuallyHidden id={summaryId}>{chart.summary}</VisuallyHidden>
      </Box>
    </section>
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
  const { t, badge } = useLabels();
  const { expiringEvidence, expiredEvidence } = analysis;
  if (expiringEvidence === 0 && expiredEvidence === 0) return null;
  return (
    <Alert color={expiredEvidence ? 'red' : 'orange'} variant="default" title={t('workspaces.overview.flagged.title')} data-testid="expiring-evidence">
      <Text size="sm">
        {expiringEvidence ? t('workspaces.overview.flagged.expiring', { count: expiringEvidence }) : null}{' '}
        {expiredEvidence ? t('workspaces.overview.flagged.expired', { count: expiredEvidence }) : null} {t('workspaces.overview.flagged.renew')}
      </Text>
      {readsEvidence ? (
        <>
          <ProblemAlert error={error} />
          {flagged && flagged.length > 0 ? (
            <List size="sm" mt="xs" spacing={4}>
              {flagged.map((e) => {
                const b = badge(FRESHNESS, e.freshness);
                return (
                  <List.Item key={e.id}>
                    <Anchor component={Link} to={`/workspaces/${workspaceId}/evidence/${e.id}`} size="sm">
                      {e.title}
                    </Anchor>{' '}
                    {t('workspaces.overview.flagged.validUntil', { date: formatDate(e.validUntil) })}{' '}
                    <StatusBadge variant="dot" size="sm" color={b.color}>
                      {b.label}
                    </StatusBadge>{' '}
                    {t('workspaces.overview.flagged.linked', { count: e.requirementIds.length })}
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
  const { t, badge, label } = useLabels();
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
        {t('workspaces.overview.requirements.title')}
      </Title>
      <Group gap="sm" align="flex-end">
        <NativeSelect
          label={t('workspaces.overview.requirements.status')}
          miw={220}
          data={FILTERS.filter((f) => f.value !== 'expiring' || showExpiring).map((f) => ({
            value: f.value,
            label: t('workspaces.overview.filter.option', { filter: t(f.label), count: counts[f.value] }),
          }))}
          value={status}
          onChange={(e) => set('status', e.currentTarget.value === 'all' ? null : e.currentTarget.value)}
        />
        {analysis.frameworks.length > 1 ? (
          <NativeSelect
            label={t('workspaces.overview.requirements.framework')}
            miw={200}
            data={[
              { value: '', label: t('workspaces.overview.requirements.allFrameworks') },
              ...analysis.frameworks.map((f) => ({ value: f.frameworkId, label: `${f.code} ${f.version}` })),
            ]}
            value={frameworkId ?? ''}
            onChange={(e) => set('framework', e.currentTarget.value || null)}
          />
        ) : null}
        <TextInput
          label={t('workspaces.overview.requirements.search')}
          placeholder={t('workspaces.overview.requirements.searchPlaceholder')}
          miw={200}
          value={search}
          onChange={(e) => set('q', e.currentTarget.value || null)}
        />
      </Group>
      {rows.length === 0 ? (
        <EmptyState title={t('workspaces.overview.requirements.empty.title')}>
          {status === 'gap' ? `${t('workspaces.overview.requirements.empty.allCovered')} ` : ''}
          {t('workspaces.overview.requirements.empty.body')}
        </EmptyState>
      ) : (
        <>
          <TableScroll minWidth={820}>
            <PlainTable data-testid="requirements-table">
              <PlainTable.Thead>
                <PlainTable.Tr>
                  <PlainTable.Th>{t('workspaces.overview.column.requirement')}</PlainTable.Th>
                  <PlainTable.Th>{t('workspaces.overview.column.title')}</PlainTable.Th>
                  <PlainTable.Th>{t('workspaces.overview.column.framework')}</PlainTable.Th>
                  <PlainTable.Th>{t('workspaces.overview.column.status')}</PlainTable.Th>
                  <PlainTable.Th ta="right">{t('workspaces.overview.column.evidence')}</PlainTable.Th>
                  <PlainTable.Th>{t('workspaces.overview.column.assessor')}</PlainTable.Th>
                  <PlainTable.Th ta="right">{t('workspaces.overview.column.openFindings')}</PlainTable.Th>
                </PlainTable.Tr>
              </PlainTable.Thead>
              <PlainTable.Tbody>
                {visible.map((r) => {
                  const s = badge(GAP_STATUS, r.status);
                  const fresh = flaggedByRequirement.get(r.requirementId);
                  return (
                    <PlainTable.Tr key={`${r.frameworkId}:${r.requirementId}`}>
                      <PlainTable.Td>
                        <Anchor component={Link} to={`requirements/${r.requirementId}`} size="sm" fw={600}>
                          {r.ref}
                        </Anchor>
                      </PlainTable.Td>
                      <PlainTable.Td>
                        <Text size="sm">{r.title}</Text>
                        {r.inheritedFrom ? (
                          <Text size="xs" c="gray.7">
                            {t(r.status === 'inherited' ? 'workspaces.overview.inheritedFrom' : 'workspaces.overview.partlyFrom', {
                              framework: codeOf.get(r.inheritedFrom.frameworkId) ?? t('workspaces.overview.anotherFramework'),
                              ref: r.inheritedFrom.ref,
                              relation: label(CROSSWALK_RELATION, r.inheritedFrom.relation),
                            })}
                          </Text>
                        ) : null}
                      </PlainTable.Td>
                      <PlainTable.Td>
                        <Text size="sm">{codeOf.get(r.frameworkId) ?? '—'}</Text>
                      </PlainTable.Td>
                      <PlainTable.Td>
                        <Group gap={4} wrap="nowrap">
                          <StatusBadge variant="dot" color={s.color}>
                            {s.label}
                          </StatusBadge>
                          {fresh ? (
                            <StatusBadge variant="dot" color={fresh === 'expired' ? 'red' : 'orange'}>
                              {fresh === 'expired' ? t('workspaces.overview.evidenceExpired') : t('workspaces.overview.evidenceExpiring')}
                            </StatusBadge>
                          ) : null}
                        </Group>
                      </PlainTable.Td>
                      <PlainTable.Td ta="right">{formatNumber(r.evidenceCount)}</PlainTable.Td>
                      <PlainTable.Td>
                        {r.accepted ? (
                          <StatusBadge variant="dot" color="green">
                            {t('workspaces.overview.accepted')}
                          </StatusBadge>
                        ) : (
                          <Text size="sm" c="gray.7">
                            —
                          </Text>
                        )}
                      </PlainTable.Td>
                      <PlainTable.Td ta="right">
                        {r.openFindings > 0 ? (
                          <StatusBadge variant="dot" color="red">
                            {formatNumber(r.openFindings)}
                          </StatusBadge>
                        ) : (
                          formatNumber(0)
                        )}
                      </PlainTable.Td>
                    </PlainTable.Tr>
                  );
                })}
              </PlainTable.Tbody>
            </PlainTable>
          </TableScroll>
          <Group justify="space-between">
            <Text size="sm" c="gray.7">
              {t('workspaces.overview.requirements.count', { count: rows.length })}
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
