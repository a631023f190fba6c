import { Button, Card, Checkbox, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { SERVICE_CATEGORY_LABEL } from '../workspaces/labels';
import { UNIT_LABEL, type Unit } from './service-level-parts';

type Criterion = Schemas['ServiceLevelCriterionDto'];
type Requirement = Schemas['ServiceLevelRequirementDto'];
type Asks = 'min' | 'max' | 'includes' | 'in';

export interface RequirementDraft {
  key: number;
  metric: string | null;
  asks: Asks;
  value: string;
  unit: Unit | null;
  period: string;
  attestedOnly: boolean;
}
export interface GroupDraft {
  key: number;
  requirements: RequirementDraft[];
}
export interface CriterionDraft {
  key: number;
  title: string;
  serviceLayer: string | null;
  groups: GroupDraft[];
}

const ASKS_LABEL: Record<Asks, string> = { min: 'at least (≥)', max: 'at most (≤)', includes: 'includes all of', in: 'only within' };
let nextKey = 1;
const key = () => nextKey++;
const newRequirement = (): RequirementDraft => ({ key: key(), metric: null, asks: 'min', value: '', unit: null, period: 'P1M', attestedOnly: false });
const newGroup = (): GroupDraft => ({ key: key(), requirements: [newRequirement()] });
const newCriterion = (): CriterionDraft => ({ key: key(), title: '', serviceLayer: null, groups: [newGroup()] });

/** The drafts as the API's `criteria` (OCDS requirements extension): ids by position, the service layer on each requirement. */
export function toCriteria(drafts: CriterionDraft[]): Criterion[] {
  return drafts.map((c, ci) => ({
    id: `crit-${ci + 1}`,
    ...(c.title.trim() ? { title: c.title.trim() } : {}),
    requirementGroups: c.groups.map((g, gi) => ({
      id: `crit-${ci + 1}-g${gi + 1}`,
      requirements: g.requirements.map((r, ri): Requirement => {
        const base: Requirement = {
          id: `crit-${ci + 1}-g${gi + 1}-r${ri + 1}`,
          ...(r.metric ? { metric: r.metric, title: r.metric } : {}),
          ...(c.serviceLayer ? { serviceLayer: c.serviceLayer } : {}),
          ...(r.period.trim() ? { observationPeriod: r.period.trim() } : {}),
          attestedOnly: r.attestedOnly,
        };
        if (r.asks === 'includes' || r.asks === 'in') {
          const codes = r.value
            .split(',')
            .map((s) => s.trim().toUpperCase())
            .filter(Boolean);
          return { ...base, dataType: 'string', expectedValues: codes, setOperator: r.asks };
        }
        return { ...base, dataType: 'number', ...(r.unit ? { unit: r.unit } : {}), [r.asks === 'min' ? 'minValue' : 'maxValue']: Number(r.value) };
      }),
    })),
  }));
}

/** Service-layer criteria of a new tender: criteria → requirement groups (any of) → requirements (all of), each on a metric. */
export function CriteriaBuilder({ value, onChange, problem }: { value: CriterionDraft[]; onChange(next: CriterionDraft[]): void; problem?: unknown }) {
  // The API names each bad field (criteria[0].requirementGroups[1].requirements[0].unit): list those of the criteria here.
  const errors = problem instanceof ApiProblem ? (problem.problem.errors ?? []).filter((e) => e.field.startsWith('criteria')) : [];
  const metrics = useQuery({ queryKey: ['service-level-metrics'], queryFn: () => unwrap(api.GET('/v1/service-level-metrics')) });
  const metricOptions = (metrics.data?.data ?? []).map((m) => ({ value: m.key, label: m.name }));
  const unitOf = (metric: string | null) => (metrics.data?.data ?? []).find((m) => m.key === metric)?.unit ?? null;
  const setCriterion = (k: number, patch: Partial<CriterionDraft>) => onChange(value.map((c) => (c.key === k ? { ...c, ...patch } : c)));
  const setGroups = (c: CriterionDraft, groups: GroupDraft[]) => setCriterion(c.key, { groups });
  const setRequirement = (c: CriterionDraft, g: GroupDraft, k: number, patch: Partial<RequirementDraft>) =>
    setGroups(
      c,
      c.groups.map((x) => (x.key === g.key ? { ...x, requirements: x.requirements.map((r) => (r.key === k ? { ...r, ...patch } : r)) } : x)),
    );

  return (
    <Stack gap="sm" component="fieldset" aria-labelledby="criteria-builder-heading" style={{ border: 0, padding: 0, margin: 0 }}>
      <Group justify="space-between">
        <Title order={3} size="h5" id="criteria-builder-heading">
          Service-level criteria (optional)
        </Title>
        <Button size="xs" variant="light" onClick={() => onChange([...value, newCriterion()])}>
          Add service-level criterion
        </Button>
      </Group>
      <Text size="xs" c="gray.7">
        A criterion is met when any of its requirement groups is met; a group when all of its requirements are. Bids answer from the offering&rsquo;s attested
        or declared service levels.
      </Text>
      {errors.map((e) => (
        <Text key={e.field} size="sm" c="red.8">
          {e.field}: {e.message}
        </Text>
      ))}
      {value.map((c, ci) => (
        <Card key={c.key} withBorder padding="sm">
          <Group grow align="flex-start">
            <TextInput
              label={`Criterion ${ci + 1} title`}
              placeholder="e.g. Predictive-maintenance SaaS"
              value={c.title}
              onChange={(e) => setCriterion(c.key, { title: e.currentTarget.value })}
            />
            <Select
              label={`Criterion ${ci + 1} service layer`}
              description="The component category it applies to"
              data={Object.entries(SERVICE_CATEGORY_LABEL).map(([v, label]) => ({ value: v, label }))}
              value={c.serviceLayer}
              onChange={(v) => setCriterion(c.key, { serviceLayer: v })}
            />
          </Group>
          {c.groups.map((g, gi) => (
            <Stack key={g.key} gap={4} mt="sm">
              <Text size="sm" fw={600}>
                {gi > 0 ? 'or ' : ''}group {gi + 1} (all of)
              </Text>
              {g.requirements.map((r, ri) => {
                const name = `criterion ${ci + 1}, group ${gi + 1}, requirement ${ri + 1}`;
                const isSet = r.asks === 'includes' || r.asks === 'in';
                return (
                  <Group key={r.key} align="flex-end" gap="xs" wrap="wrap">
                    <Select
                      label={`Metric (${name})`}
                      searchable
                      w={200}
                      data={metricOptions}
                      value={r.metric}
                      onChange={(v) => {
                        const m = (metrics.data?.data ?? []).find((x) => x.key === v);
                        setRequirement(c, g, r.key, { metric: v, unit: unitOf(v), asks: m?.valueType === 'set' ? 'includes' : r.asks });
                      }}
                    />
                    <Select
                      label={`Asks (${name})`}
                      w={150}
                      allowDeselect={false}
                      data={Object.entries(ASKS_LABEL).map(([v, label]) => ({ value: v, label }))}
                      value={r.asks}
                      onChange={(v) => v && setRequirement(c, g, r.key, { asks: v as Asks })}
                    />
                    <TextInput
                      label={`Value (${name})`}
                      placeholder={isSet ? 'TH, VN' : '99.5'}
                      w={120}
                      value={r.value}
                      onChange={(e) => setRequirement(c, g, r.key, { value: e.currentTarget.value })}
                    />
                    {isSet ? null : (
                      <Select
                        label={`Unit (${name})`}
                        w={110}
                        clearable
                        data={Object.entries(UNIT_LABEL).map(([v, label]) => ({ value: v, label }))}
                        value={r.unit}
                        onChange={(v) => setRequirement(c, g, r.key, { unit: v as Unit | null })}
                      />
                    )}
                    <TextInput
                      label={`Period (${name})`}
                      w={90}
                      value={r.period}
                      onChange={(e) => setRequirement(c, g, r.key, { period: e.currentTarget.value })}
                    />
                    <Checkbox
                      label="attested only"
                      aria-label={`Attested values only (${name})`}
                      checked={r.attestedOnly}
                      onChange={(e) => setRequirement(c, g, r.key, { attestedOnly: e.currentTarget.checked })}
                    />
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={`Remove ${name}`}
                      onClick={() =>
                        setGroups(
                          c,
                          c.groups.map((x) => (x.key === g.key ? { ...x, requirements: x.requirements.filter((y) => y.key !== r.key) } : x)),
                        )
                      }
                    >
                      Remove
                    </Button>
                  </Group>
                );
              })}
              <Group gap="xs">
                <Button
                  size="xs"
                  variant="default"
                  onClick={() =>
                    setGroups(
                      c,
                      c.groups.map((x) => (x.key === g.key ? { ...x, requirements: [...x.requirements, newRequirement()] } : x)),
                    )
                  }
                >
                  Add requirement to group {gi + 1}
                </Button>
              </Group>
            </Stack>
          ))}
          <Group gap="xs" mt="sm">
            <Button size="xs" variant="default" onClick={() => setGroups(c, [...c.groups, newGroup()])}>
              Add alternative group to criterion {ci + 1}
            </Button>
            <Button size="xs" variant="subtle" color="red" onClick={() => onChange(value.filter((x) => x.key !== c.key))}>
              Remove criterion {ci + 1}
            </Button>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
