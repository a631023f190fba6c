import { Box, Button, Card, Group, Modal, Select, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useId, useState, type FormEvent } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { EmptyState } from '../../components/EmptyState';
import { formatDate, formatDateTime, formatNumber } from '../../components/format';
import { Loading } from '../../components/Loading';
import { notify } from '../../components/notify';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusBadge } from '../../components/StatusBadge';
import { useT } from '../../i18n';
import {
  AGGREGATION,
  OPERATORS,
  UNITS,
  useServiceLevelWords,
  type Metric,
  type Objective,
  type ObjectiveInput,
  type Operator,
  type Unit,
} from './service-level-parts';

// The chart library (recharts) loads only with a chart to draw; the table below carries the same numbers meanwhile.
const LineChart = lazy(() => import('./AttainmentLineChart'));

type Component = Schemas['ComponentDto'];

/** A component's service levels: its current profile's objectives, their measured attainment, and a form for the next version. */
export function ComponentServiceLevels({ offeringId, component, editable }: { offeringId: string; component: Component; editable: boolean }) {
  const t = useT();
  const words = useServiceLevelWords();
  const [editing, setEditing] = useState(false);
  const headingId = useId();
  const profiles = useQuery({
    queryKey: ['service-level-profiles', offeringId, component.id],
    queryFn: () =>
      unwrap(
        api.GET('/v1/offerings/{offeringId}/components/{componentId}/service-level-profiles', {
          params: { path: { offeringId, componentId: component.id } },
        }),
      ),
  });
  const current = profiles.data?.data.reduce<Schemas['ProfileDto'] | null>((a, p) => (!a || p.version > a.version ? p : a), null) ?? null;

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5" id={headingId}>
          {t('serviceLevels.component.heading', { name: component.name })}
        </Title>
        {editable ? (
          <Button size="xs" variant="light" onClick={() => setEditing(true)}>
            {t('serviceLevels.component.publish')}
          </Button>
        ) : null}
      </Group>
      {profiles.isPending ? (
        <Loading label={t('serviceLevels.component.loading', { name: component.name })} />
      ) : profiles.error ? (
        <ProblemAlert error={profiles.error} title={t('serviceLevels.component.loadFailed')} />
      ) : !current ? (
        <EmptyState title={t('serviceLevels.component.emptyTitle')}>{t('serviceLevels.component.emptyText')}</EmptyState>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="gray.7">
            {t('serviceLevels.component.version', { version: current.version, time: formatDateTime(current.createdAt) })}
          </Text>
          <Table.ScrollContainer minWidth={640}>
            <Table data-testid="objectives-table">
              <Table.Caption>{t('serviceLevels.component.objectivesCaption', { name: component.name, version: current.version })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('serviceLevels.column.metric')}</Table.Th>
                  <Table.Th>{t('serviceLevels.column.objective')}</Table.Th>
                  <Table.Th>{t('serviceLevels.column.period')}</Table.Th>
                  <Table.Th>{t('serviceLevels.column.aggregation')}</Table.Th>
                  <Table.Th>{t('serviceLevels.column.tolerance')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {current.objectives.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td>{o.metric}</Table.Td>
                    <Table.Td>{words.objective(o)}</Table.Td>
                    <Table.Td>{o.period ?? 'P1M'}</Table.Td>
                    <Table.Td>{t(AGGREGATION[o.aggregation ?? 'mean'])}</Table.Td>
                    <Table.Td>{formatNumber(o.tolerance)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {current.objectives
            .filter((o) => typeof o.target === 'number')
            .map((o) => (
              <ObjectiveAttainment key={o.id} offeringId={offeringId} component={component} objective={o} />
            ))}
        </Stack>
      )}
      {editable ? (
        <Modal
          closeButtonProps={{ 'aria-label': t('common.close') }}
          opened={editing}
          onClose={() => setEditing(false)}
          title={t('serviceLevels.component.formTitle', { name: component.name })}
          size="xl"
        >
          {editing ? (
            <ProfileForm offeringId={offeringId} componentId={component.id} current={current?.objectives ?? []} onClose={() => setEditing(false)} />
          ) : null}
        </Modal>
      ) : null}
    </Card>
  );
}

/** Attainment per observation period of one objective: a small line chart and the same numbers as a table, breaches flagged. */
export function ObjectiveAttainment({ offeringId, component, objective }: { offeringId: string; component: Component; objective: Objective }) {
  const t = useT();
  const words = useServiceLevelWords();
  const headingId = useId();
  const summaryId = useId();
  const attainment = useQuery({
    queryKey: ['service-level-attainment', offeringId, component.id, objective.metric],
    queryFn: () =>
      unwrap(
        api.GET('/v1/offerings/{offeringId}/components/{componentId}/service-levels/{metric}/attainment', {
          params: { path: { offeringId, componentId: component.id, metric: objective.metric } },
        }),
      ),
  });
  if (attainment.isPending) return <Loading label={t('serviceLevels.attainment.loading', { metric: objective.metric })} />;
  if (attainment.error) return <ProblemAlert error={attainment.error} title={t('serviceLevels.attainment.loadFailed', { metric: objective.metric })} />;
  const periods = attainment.data.periods;
  const breaches = periods.filter((p) => p.breach).length;
  const target = typeof objective.target === 'number' ? objective.target : null;
  const data = periods.map((p) => ({ period: formatDate(p.periodStart), value: p.value }));
  return (
    <Box>
      <Group gap="xs" mb={4}>
        <Title order={4} size="h6" id={headingId}>
          {t('serviceLevels.attainment.heading', { metric: objective.metric, objective: words.objective(objective) })}
        </Title>
        {periods.length ? (
          <StatusBadge color={breaches ? 'red' : 'green'} variant="dot">
            {t('serviceLevels.attainment.breaches', { count: breaches })}
          </StatusBadge>
        ) : null}
      </Group>
      {periods.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('serviceLevels.attainment.empty', { path: `…/service-levels/${objective.metric}/measurements` })}
        </Text>
      ) : (
        <>
          <Box data-testid="attainment-chart" role="figure" aria-labelledby={headingId} aria-describedby={summaryId}>
            <Suspense fallback={<Box h={140} />}>
              <LineChart
                h={140}
                data={data}
                dataKey="period"
                series={[{ name: 'value', label: objective.metric, color: 'blue.6' }]}
                referenceLines={
                  target !== null
                    ? [{ y: target, label: t('serviceLevels.attainment.referenceLine', { objective: words.objective(objective) }), color: 'red.6' }]
                    : []
                }
                yAxisProps={{ domain: ['auto', 'auto'], width: 60 }}
                gridAxis="y"
                lineChartProps={{ accessibilityLayer: false }}
              />
            </Suspense>
            <VisuallyHidden id={summaryId}>{t('serviceLevels.attainment.summary', { count: periods.length, breaches })}</VisuallyHidden>
          </Box>
          <Table.ScrollContainer minWidth={560}>
            <Table data-testid="attainment-table">
              <Table.Caption>{t('serviceLevels.attainment.caption', { metric: objective.metric })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('serviceLevels.column.period')}</Table.Th>
                  <Table.Th>{t('serviceLevels.column.measured')}</Table.Th>
                  <Table.Th>{t('serviceLevels.column.windows')}</Table.Th>
                  <Table.Th>{t('serviceLevels.column.result')}</Table.Th>
                  <Table.Th>{t('serviceLevels.column.margin')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {periods.map((p) => (
                  <Table.Tr key={p.periodStart}>
                    <Table.Td>{`${formatDate(p.periodStart)} – ${formatDate(p.periodEnd)}`}</Table.Td>
                    <Table.Td>{words.value(p.value, objective.unit)}</Table.Td>
                    <Table.Td>{formatNumber(p.windows)}</Table.Td>
                    <Table.Td>
                      <StatusBadge color={p.breach ? 'red' : p.result === 'met' ? 'green' : 'yellow'}>
                        {t(
                          p.breach
                            ? 'serviceLevels.attainment.breach'
                            : p.result === 'met'
                              ? 'serviceLevels.attainment.met'
                              : 'serviceLevels.attainment.withinTolerance',
                        )}
                      </StatusBadge>
                    </Table.Td>
                    <Table.Td>{words.margin(p.margin as unknown as number | null, objective.unit)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Box>
  );
}

interface Row {
  key: number;
  metric: string | null;
  operator: Operator;
  target: string;
  unit: Unit | null;
  period: string;
}

const toRow = (o: Objective, key: number): Row => ({
  key,
  metric: o.metric,
  operator: o.operator,
  target: Array.isArray(o.target) ? o.target.join(', ') : String(o.target),
  unit: o.unit ?? null,
  period: o.period ?? 'P1M',
});

/** The target as the API takes it: a number for numeric metrics, a list of codes for set metrics, else text. */
function toTarget(row: Row, metric: Metric | undefined): ObjectiveInput['target'] {
  if (metric?.valueType === 'set' || row.operator === 'in' || row.operator === 'includes')
    return row.target
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (metric?.valueType === 'text') return row.target.trim();
  return Number(row.target);
}

/** Publishes a new version of a component's profile: picks metrics from the vocabulary and sets each objective. */
export function ProfileForm({
  offeringId,
  componentId,
  current,
  onClose,
}: {
  offeringId: string;
  componentId: string;
  current: Objective[];
  onClose: () => void;
}) {
  const t = useT();
  const words = useServiceLevelWords();
  const queryClient = useQueryClient();
  const [rows, setRows] = useState<Row[]>(() =>
    current.length ? current.map(toRow) : [{ key: 0, metric: null, operator: '>=', target: '', unit: null, period: 'P1M' }],
  );
  const [touched, setTouched] = useState(false);
  const metrics = useQuery({ queryKey: ['service-level-metrics'], queryFn: () => unwrap(api.GET('/v1/service-level-metrics')) });
  const byKey = new Map((metrics.data?.data ?? []).map((m) => [m.key, m]));

  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/v1/offerings/{offeringId}/components/{componentId}/service-level-profiles', {
          params: { path: { offeringId, componentId } },
          body: {
            objectives: rows.map((r) => ({
              metric: r.metric!,
              operator: r.operator,
              target: toTarget(r, byKey.get(r.metric!)),
              ...(r.unit ? { unit: r.unit } : {}),
              period: r.period.trim() || 'P1M',
            })),
          },
        }),
      ),
    onSuccess: async (p) => {
      notify(t('serviceLevels.form.published', { version: p.version }));
      await queryClient.invalidateQueries({ queryKey: ['service-level-profiles', offeringId, componentId] });
      await queryClient.invalidateQueries({ queryKey: ['service-level-attainment', offeringId, componentId] });
      onClose();
    },
  });
  const fieldError = (field: string) => (save.error instanceof ApiProblem ? save.error.fieldError(field) : undefined);
  const update = (key: number, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const missing = (r: Row) => ({
    metric: !r.metric ? t('serviceLevels.form.pickMetric') : undefined,
    target: !r.target.trim() ? t('serviceLevels.form.setTarget') : undefined,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (rows.length === 0 || rows.some((r) => Object.values(missing(r)).some(Boolean))) return;
    save.mutate();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('serviceLevels.form.intro')}</Text>
        {metrics.error ? <ProblemAlert error={metrics.error} title={t('serviceLevels.form.metricsFailed')} /> : null}
        {rows.map((r, i) => {
          const m = missing(r);
          const metric = r.metric ? byKey.get(r.metric) : undefined;
          return (
            <Card key={r.key} withBorder padding="sm" component="fieldset" aria-label={t('serviceLevels.form.objective', { n: i + 1 })}>
              <Group grow align="flex-start">
                <Select
                  label={t('serviceLevels.form.metric', { n: i + 1 })}
                  required
                  searchable
                  placeholder={t(metrics.isPending ? 'serviceLevels.form.metricsLoading' : 'serviceLevels.form.metricPlaceholder')}
                  data={(metrics.data?.data ?? []).map((x) => ({ value: x.key, label: x.name }))}
                  value={r.metric}
                  onChange={(v) => {
                    const picked = v ? byKey.get(v) : undefined;
                    update(r.key, { metric: v, unit: picked?.unit ?? null, operator: picked?.valueType === 'set' ? 'in' : r.operator });
                  }}
                  description={metric?.definition}
                  error={(touched && m.metric) || fieldError(`objectives[${i}].metric`)}
                />
                <Select
                  label={t('serviceLevels.form.operator', { n: i + 1 })}
                  allowDeselect={false}
                  data={OPERATORS.map((o) => ({ value: o, label: words.operatorName(o) }))}
                  value={r.operator}
                  onChange={(v) => v && update(r.key, { operator: v as Operator })}
                  error={fieldError(`objectives[${i}].operator`)}
                />
              </Group>
              <Group grow align="flex-start" mt="xs">
                <TextInput
                  label={t('serviceLevels.form.target', { n: i + 1 })}
                  description={metric?.valueType === 'set' ? t('serviceLevels.form.targetCodes') : undefined}
                  required
                  value={r.target}
                  onChange={(e) => update(r.key, { target: e.currentTarget.value })}
                  error={(touched && m.target) || fieldError(`objectives[${i}].target`)}
                />
                <Select
                  label={t('serviceLevels.form.unit', { n: i + 1 })}
                  clearable
                  clearButtonProps={{ 'aria-label': t('serviceLevels.form.clearUnit', { n: i + 1 }) }}
                  data={UNITS.map((value) => ({ value, label: `${words.unitName(value)} (${value})` }))}
                  value={r.unit}
                  onChange={(v) => update(r.key, { unit: v as Unit | null })}
                  error={fieldError(`objectives[${i}].unit`)}
                />
                <TextInput
                  label={t('serviceLevels.form.period', { n: i + 1 })}
                  description={t('serviceLevels.form.periodHint')}
                  value={r.period}
                  onChange={(e) => update(r.key, { period: e.currentTarget.value })}
                  error={fieldError(`objectives[${i}].period`)}
                />
              </Group>
              <Group justify="flex-end" mt="xs">
                <Button size="xs" variant="subtle" color="red" onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}>
                  {t('serviceLevels.form.remove', { n: i + 1 })}
                </Button>
              </Group>
            </Card>
          );
        })}
        <Group>
          <Button
            size="xs"
            variant="light"
            onClick={() =>
              setRows((rs) => [...rs, { key: Math.max(0, ...rs.map((x) => x.key)) + 1, metric: null, operator: '>=', target: '', unit: null, period: 'P1M' }])
            }
          >
            {t('serviceLevels.form.add')}
          </Button>
        </Group>
        {touched && rows.length === 0 ? (
          <Text size="sm" c="red.8">
            {t('serviceLevels.form.needsObjective')}
          </Text>
        ) : null}
        <ProblemAlert error={save.error} title={t('serviceLevels.form.notPublished')} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('serviceLevels.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
