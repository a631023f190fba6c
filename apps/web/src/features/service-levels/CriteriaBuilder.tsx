import { Button, Card, Checkbox, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { messageId, useT, type MessageId } from '../../i18n';
import { SERVICE_LAYERS, serviceLayerOf, UNITS, useServiceLevelWords, type ServiceLayer, type Unit } from './service-level-parts';

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
  serviceLayer: ServiceLayer | null;
  groups: GroupDraft[];
}

const ASKS_LABEL: Record<Asks, MessageId> = {
  min: messageId('serviceLevels.criteria.asks.min'),
  max: messageId('serviceLevels.criteria.asks.max'),
  includes: messageId('serviceLevels.criteria.asks.includes'),
  in: messageId('serviceLevels.criteria.asks.in'),
};
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
  const t = useT();
  const words = useServiceLevelWords();
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
          {t('serviceLevels.criteria.heading')}
        </Title>
        <Button size="xs" variant="light" onClick={() => onChange([...value, newCriterion()])}>
          {t('serviceLevels.criteria.add')}
        </Button>
      </Group>
      <Text size="xs" c="gray.7">
        {t('serviceLevels.criteria.hint')}
      </Text>
      {errors.map((e) => (
        <Text key={e.field} size="sm" c="red.8">
          {`${e.field}: ${e.message}`}
        </Text>
      ))}
      {value.map((c, ci) => (
        <Card key={c.key} withBorder padding="sm">
          <Group grow align="flex-start">
            <TextInput
              label={t('serviceLevels.criteria.title', { n: ci + 1 })}
              placeholder={t('serviceLevels.criteria.titlePlaceholder')}
              value={c.title}
              onChange={(e) => setCriterion(c.key, { title: e.currentTarget.value })}
            />
            <Select
              label={t('serviceLevels.criteria.serviceLayer', { n: ci + 1 })}
              description={t('serviceLevels.criteria.serviceLayerHint')}
              data={SERVICE_LAYERS.map((v) => ({ value: v, label: words.serviceLayer(v) }))}
              value={c.serviceLayer}
              onChange={(v) => setCriterion(c.key, { serviceLayer: serviceLayerOf(v) })}
            />
          </Group>
          {c.groups.map((g, gi) => (
            <Stack key={g.key} gap={4} mt="sm">
              <Text size="sm" fw={600}>
                {t(gi > 0 ? 'serviceLevels.criteria.orGroup' : 'serviceLevels.criteria.group', { n: gi + 1 })}
              </Text>
              {g.requirements.map((r, ri) => {
                const name = t('serviceLevels.criteria.requirementName', { criterion: ci + 1, group: gi + 1, requirement: ri + 1 });
                const isSet = r.asks === 'includes' || r.asks === 'in';
                return (
                  <Group key={r.key} align="flex-end" gap="xs" wrap="wrap">
                    <Select
                      label={t('serviceLevels.criteria.metric', { name })}
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
                      label={t('serviceLevels.criteria.asks', { name })}
                      w={150}
                      allowDeselect={false}
                      data={Object.entries(ASKS_LABEL).map(([v, id]) => ({ value: v, label: t(id) }))}
                      value={r.asks}
                      onChange={(v) => v && setRequirement(c, g, r.key, { asks: v as Asks })}
                    />
                    <TextInput
                      label={t('serviceLevels.criteria.value', { name })}
                      placeholder={isSet ? t('serviceLevels.criteria.valuePlaceholderSet') : t('serviceLevels.criteria.valuePlaceholderNumber')}
                      w={120}
                      value={r.value}
                      onChange={(e) => setRequirement(c, g, r.key, { value: e.currentTarget.value })}
                    />
                    {isSet ? null : (
                      <Select
                        label={t('serviceLevels.criteria.unit', { name })}
                        w={110}
                        clearable
                        data={UNITS.map((v) => ({ value: v, label: words.unitName(v) }))}
                        value={r.unit}
                        onChange={(v) => setRequirement(c, g, r.key, { unit: v as Unit | null })}
                      />
                    )}
                    <TextInput
                      label={t('serviceLevels.criteria.period', { name })}
                      w={90}
                      value={r.period}
                      onChange={(e) => setRequirement(c, g, r.key, { period: e.currentTarget.value })}
                    />
                    <Checkbox
                      label={t('serviceLevels.criteria.attestedOnly')}
                      aria-label={t('serviceLevels.criteria.attestedOnlyFor', { name })}
                      checked={r.attestedOnly}
                      onChange={(e) => setRequirement(c, g, r.key, { attestedOnly: e.currentTarget.checked })}
                    />
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={t('serviceLevels.criteria.removeRequirementFor', { name })}
                      onClick={() =>
                        setGroups(
                          c,
                          c.groups.map((x) => (x.key === g.key ? { ...x, requirements: x.requirements.filter((y) => y.key !== r.key) } : x)),
                        )
                      }
                    >
                      {t('serviceLevels.criteria.removeRequirement')}
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
                  {t('serviceLevels.criteria.addRequirement', { n: gi + 1 })}
                </Button>
              </Group>
            </Stack>
          ))}
          <Group gap="xs" mt="sm">
            <Button size="xs" variant="default" onClick={() => setGroups(c, [...c.groups, newGroup()])}>
              {t('serviceLevels.criteria.addGroup', { n: ci + 1 })}
            </Button>
            <Button size="xs" variant="subtle" color="red" onClick={() => onChange(value.filter((x) => x.key !== c.key))}>
              {t('serviceLevels.criteria.remove', { n: ci + 1 })}
            </Button>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
