import { Alert, Button, Card, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { downloadFile } from '../../api/download';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SERVICE_CATEGORY_LABEL, labelOf } from '../workspaces/labels';
import { formatValue, type Unit } from './service-level-parts';

type Criterion = Schemas['ServiceLevelCriterionDto'];
type Requirement = Schemas['ServiceLevelRequirementDto'];

/** What a requirement asks, in words: "≥ 99.5 %", "≤ 8 h", "includes TH", "5 – 10 min". */
export function describeRequirement(r: Requirement): string {
  const unit = (r.unit ?? null) as Unit | null;
  if (r.frameworkId) return 'an active attestation covers this framework';
  if (r.expectedValues?.length) return `${r.setOperator === 'includes' ? 'includes' : 'within'} ${r.expectedValues.join(', ')}`;
  if (r.minValue !== undefined && r.maxValue !== undefined) return `${formatValue(r.minValue, unit)} – ${formatValue(r.maxValue, unit)}`;
  if (r.minValue !== undefined) return `≥ ${formatValue(r.minValue, unit)}`;
  if (r.maxValue !== undefined) return `≤ ${formatValue(r.maxValue, unit)}`;
  if (r.expectedValue !== undefined) return `= ${formatValue(r.expectedValue, unit)}`;
  return '—';
}

/** The tender's service-layer criteria (OCDS requirements extension), read from its OCDS release, and the release to download. */
export function TenderServiceCriteria({ tenderId, ocid }: { tenderId: string; ocid: string }) {
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const release = useQuery({
    queryKey: ['tenders', tenderId, 'ocds'],
    queryFn: () => unwrap(api.GET('/v1/tenders/{tenderId}/ocds', { params: { path: { tenderId } } })),
  });
  const criteria = ((release.data?.tender as { criteria?: Criterion[] } | undefined)?.criteria ?? []) as Criterion[];
  const download = async () => {
    setDownloadError(null);
    try {
      await downloadFile(`/v1/tenders/${tenderId}/ocds`, { filename: `${ocid}.ocds.json`, accept: 'application/json' });
    } catch (e) {
      setDownloadError(e);
    }
  };

  return (
    <section aria-labelledby="service-criteria-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="service-criteria-heading">
          Service-level criteria
        </Title>
        <Button size="xs" variant="default" onClick={() => void download()}>
          Download OCDS release (JSON)
        </Button>
      </Group>
      <ProblemAlert error={downloadError} title="The OCDS release could not be downloaded" />
      {release.isPending ? (
        <Loading label="Loading the service-level criteria" />
      ) : release.error ? (
        <ProblemAlert error={release.error} title="The service-level criteria could not be loaded" />
      ) : criteria.length === 0 ? (
        <Text size="sm" c="gray.7">
          This tender asks for no service levels.
        </Text>
      ) : (
        <Stack gap="md" data-testid="tender-criteria">
          <Text size="sm">
            A criterion is met when <strong>any</strong> of its requirement groups is met; a group is met when <strong>all</strong> of its requirements are.
          </Text>
          {criteria.map((c) => (
            <Card key={c.id} withBorder padding="md">
              <Title order={3} size="h5" mb={4}>
                {c.title ?? c.id}
              </Title>
              {c.description ? (
                <Text size="sm" c="gray.7" mb="xs">
                  {c.description}
                </Text>
              ) : null}
              <Stack gap="sm">
                {c.requirementGroups.map((g, gi) => (
                  <div key={g.id}>
                    {gi > 0 ? (
                      <Text size="sm" fw={700} mb={4}>
                        or
                      </Text>
                    ) : null}
                    <Table.ScrollContainer minWidth={640}>
                      <Table>
                        <Table.Caption>
                          {c.title ?? c.id}, group {gi + 1} of {c.requirementGroups.length}
                          {g.description ? `: ${g.description}` : ''} (all required)
                        </Table.Caption>
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th>Requirement</Table.Th>
                            <Table.Th>Service layer</Table.Th>
                            <Table.Th>Metric</Table.Th>
                            <Table.Th>Asks</Table.Th>
                            <Table.Th>Period</Table.Th>
                            <Table.Th>Source</Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {g.requirements.map((r) => (
                            <Table.Tr key={r.id}>
                              <Table.Td>{r.title ?? r.id}</Table.Td>
                              <Table.Td>{r.serviceLayer ? labelOf(SERVICE_CATEGORY_LABEL, r.serviceLayer) : '—'}</Table.Td>
                              <Table.Td>{r.metric ? <Code>{r.metric}</Code> : '—'}</Table.Td>
                              <Table.Td>{describeRequirement(r)}</Table.Td>
                              <Table.Td>{r.observationPeriod ?? '—'}</Table.Td>
                              <Table.Td>{r.attestedOnly ? 'attested values only' : 'attested or declared'}</Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </Table.ScrollContainer>
                  </div>
                ))}
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
      {criteria.length > 0 ? (
        <Alert color="blue" variant="light" mt="sm">
          Bids answer these from the offering&rsquo;s service-level profiles: attested values first, else declared ones, and measurements flag a relied-on
          objective at risk.
        </Alert>
      ) : null}
    </section>
  );
}
