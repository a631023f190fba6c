import { LineChart } from '@mantine/charts';
import { Box, Button, Card, Group, Modal, Select, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { EmptyState } from '../../components/EmptyState';
import { formatDate, formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { notify } from '../../components/notify';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusBadge } from '../../components/StatusBadge';
import {
  formatMargin,
  formatObjective,
  formatValue,
  OPERATOR_LABEL,
  OPERATORS,
  UNIT_LABEL,
  type Metric,
  type Objective,
  type ObjectiveInput,
  type Operator,
  type Unit,
} from './service-level-parts';

type Component = Schemas['ComponentDto'];

/** A component's service levels: its current profile's objectives, their measured attainment, and a form for the next version. */
export function ComponentServiceLevels({ offeringId, component, editable }: { offeringId: string; component: Component; editable: boolean }) {
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
          {component.name}: service levels
        </Title>
        {editable ? (
          <Button size="xs" variant="light" onClick={() => setEditing(true)}>
            Publish a profile version
          </Button>
        ) : null}
      </Group>
      {profiles.isPending ? (
        <Loading label={`Loading the service levels of ${component.name}`} />
      ) : profiles.error ? (
        <ProblemAlert error={profiles.error} title="The service-level profile could not be loaded" />
      ) : !current ? (
        <EmptyState title="No service-level profile yet">
          Declare the objectives this service keeps (availability, time to restore, data residency…), so tenders can match them and measurements can show
          attainment.
        </EmptyState>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="gray.7">
            Version {current.version} · published {formatDateTime(current.createdAt)}
          </Text>
          <Table.ScrollContainer minWidth={640}>
            <Table data-testid="objectives-table">
              <Table.Caption>
                Objectives of {component.name}, profile version {current.version}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Metric</Table.Th>
                  <Table.Th>Objective</Table.Th>
                  <Table.Th>Period</Table.Th>
                  <Table.Th>Aggregation</Table.Th>
                  <Table.Th>Tolerance</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {current.objectives.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td>{o.metric}</Table.Td>
                    <Table.Td>{formatObjective(o)}</Table.Td>
                    <Table.Td>{o.period ?? 'P1M'}</Table.Td>
                    <Table.Td>{o.aggregation ?? 'mean'}</Table.Td>
                    <Table.Td>{o.tolerance ?? '—'}</Table.Td>
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
          closeButtonProps={{ 'aria-label': 'Close' }}
          opened={editing}
          onClose={() => setEditing(false)}
          title={`Service-level profile of ${component.name}`}
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
  if (attainment.isPending) return <Loading label={`Loading measurements of ${objective.metric}`} />;
  if (attainment.error) return <ProblemAlert error={attainment.error} title={`Measurements of ${objective.metric} could not be loaded`} />;
  const periods = attainment.data.periods;
  const breaches = periods.filter((p) => p.breach).length;
  const target = typeof objective.target === 'number' ? objective.target : null;
  const data = periods.map((p) => ({ period: formatDate(p.periodStart), value: p.value }));
  return (
    <Box>
      <Group gap="xs" mb={4}>
        <Title order={4} size="h6" id={headingId}>
          {objective.metric} {formatObjective(objective)}: measured attainment
        </Title>
        {periods.length ? (
          <StatusBadge color={breaches ? 'red' : 'green'} variant="dot">
            {breaches ? `${breaches} ${breaches === 1 ? 'breach' : 'breaches'}` : 'no breach'}
          </StatusBadge>
        ) : null}
      </Group>
      {periods.length === 0 ? (
        <Text size="sm" c="gray.7">
          No measurements yet. Push measurement windows with an API key (…/service-levels/{objective.metric}/measurements) or upload a CSV.
        </Text>
      ) : (
        <>
          <Box data-testid="attainment-chart" role="figure" aria-labelledby={headingId} aria-describedby={summaryId}>
            <LineChart
              h={140}
              data={data}
              dataKey="period"
              series={[{ name: 'value', label: objective.metric, color: 'blue.6' }]}
              referenceLines={target !== null ? [{ y: target, label: `objective ${formatObjective(objective)}`, color: 'red.6' }] : []}
              yAxisProps={{ domain: ['auto', 'auto'], width: 60 }}
              gridAxis="y"
              lineChartProps={{ accessibilityLayer: false }}
            />
            <VisuallyHidden id={summaryId}>
              {periods.length} observation periods, {breaches} beyond the tolerance; the table below lists each.
            </VisuallyHidden>
          </Box>
          <Table.ScrollContainer minWidth={560}>
            <Table data-testid="attainment-table">
              <Table.Caption>Attainment of {objective.metric} per observation period</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Period</Table.Th>
                  <Table.Th>Measured</Table.Th>
                  <Table.Th>Windows</Table.Th>
                  <Table.Th>Result</Table.Th>
                  <Table.Th>Margin</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {periods.map((p) => (
                  <Table.Tr key={p.periodStart}>
                    <Table.Td>
                      {formatDate(p.periodStart)} – {formatDate(p.periodEnd)}
                    </Table.Td>
                    <Table.Td>{formatValue(Math.round(p.value * 1000) / 1000, objective.unit)}</Table.Td>
                    <Table.Td>{p.windows}</Table.Td>
                    <Table.Td>
                      <StatusBadge color={p.breach ? 'red' : p.result === 'met' ? 'green' : 'yellow'}>
                        {p.breach ? 'breach' : p.result === 'met' ? 'met' : 'missed, within tolerance'}
                      </StatusBadge>
                    </Table.Td>
                    <Table.Td>{formatMargin(p.margin as unknown as number | null, objective.unit)}</Table.Td>
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
      notify(`Profile version ${p.version} published.`);
      await queryClient.invalidateQueries({ queryKey: ['service-level-profiles', offeringId, componentId] });
      await queryClient.invalidateQueries({ queryKey: ['service-level-attainment', offeringId, componentId] });
      onClose();
    },
  });
  const fieldError = (field: string) => (save.error instanceof ApiProblem ? save.error.fieldError(field) : undefined);
  const update = (key: number, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const missing = (r: Row) => ({ metric: !r.metric ? 'Pick a metric' : undefined, target: !r.target.trim() ? 'Set a target' : undefined });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (rows.length === 0 || rows.some((r) => Object.values(missing(r)).some(Boolean))) return;
    save.mutate();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          Versions are never edited: publishing adds a version. An objective left unchanged keeps its identity, so attestations and measurements keep referring
          to it.
        </Text>
        {metrics.error ? <ProblemAlert error={metrics.error} title="The metrics could not be loaded" /> : null}
        {rows.map((r, i) => {
          const m = missing(r);
          const metric = r.metric ? byKey.get(r.metric) : undefined;
          return (
            <Card key={r.key} withBorder padding="sm" component="fieldset" aria-label={`Objective ${i + 1}`}>
              <Group grow align="flex-start">
                <Select
                  label={`Metric (objective ${i + 1})`}
                  required
                  searchable
                  placeholder={metrics.isPending ? 'Loading metrics…' : 'Choose a metric'}
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
                  label={`Operator (objective ${i + 1})`}
                  allowDeselect={false}
                  data={OPERATORS.map((o) => ({ value: o, label: OPERATOR_LABEL[o] }))}
                  value={r.operator}
                  onChange={(v) => v && update(r.key, { operator: v as Operator })}
                  error={fieldError(`objectives[${i}].operator`)}
                />
              </Group>
              <Group grow align="flex-start" mt="xs">
                <TextInput
                  label={`Target (objective ${i + 1})`}
                  description={metric?.valueType === 'set' ? 'Codes separated by commas, e.g. VN, TH, SG' : undefined}
                  required
                  value={r.target}
                  onChange={(e) => update(r.key, { target: e.currentTarget.value })}
                  error={(touched && m.target) || fieldError(`objectives[${i}].target`)}
                />
                <Select
                  label={`Unit (objective ${i + 1})`}
                  clearable
                  clearButtonProps={{ 'aria-label': `Clear the unit of objective ${i + 1}` }}
                  data={Object.entries(UNIT_LABEL).map(([value, label]) => ({ value, label: `${label} (${value})` }))}
                  value={r.unit}
                  onChange={(v) => update(r.key, { unit: v as Unit | null })}
                  error={fieldError(`objectives[${i}].unit`)}
                />
                <TextInput
                  label={`Observation period (objective ${i + 1})`}
                  description="ISO 8601 duration, e.g. P1M"
                  value={r.period}
                  onChange={(e) => update(r.key, { period: e.currentTarget.value })}
                  error={fieldError(`objectives[${i}].period`)}
                />
              </Group>
              <Group justify="flex-end" mt="xs">
                <Button size="xs" variant="subtle" color="red" onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}>
                  Remove objective {i + 1}
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
            Add objective
          </Button>
        </Group>
        {touched && rows.length === 0 ? (
          <Text size="sm" c="red.8">
            A profile needs at least one objective.
          </Text>
        ) : null}
        <ProblemAlert error={save.error} title="The profile was not published" />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Publish version
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
