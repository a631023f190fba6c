import { Alert, Button, Card, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { downloadFile } from '../../api/download';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { FormattedMessage, useT } from '../../i18n';
import { useServiceLevelWords, type Unit } from './service-level-parts';

type Criterion = Schemas['ServiceLevelCriterionDto'];
type Requirement = Schemas['ServiceLevelRequirementDto'];

/** What a requirement asks, in words: "≥ 99.5 %", "≤ 8 h", "includes TH", "5 – 10 min". */
function useDescribeRequirement(): (r: Requirement) => string {
  const t = useT();
  const words = useServiceLevelWords();
  return (r) => {
    const unit = (r.unit ?? null) as Unit | null;
    if (r.frameworkId) return t('serviceLevels.tender.asksAttestation');
    if (r.expectedValues?.length) return words.objective({ operator: r.setOperator === 'includes' ? 'includes' : 'in', target: r.expectedValues });
    if (r.minValue !== undefined && r.maxValue !== undefined) return `${words.value(r.minValue, unit)} – ${words.value(r.maxValue, unit)}`;
    if (r.minValue !== undefined) return words.objective({ operator: '>=', target: r.minValue, unit: unit ?? undefined });
    if (r.maxValue !== undefined) return words.objective({ operator: '<=', target: r.maxValue, unit: unit ?? undefined });
    if (r.expectedValue !== undefined) return words.objective({ operator: '=', target: r.expectedValue, unit: unit ?? undefined });
    return '—';
  };
}

/** The tender's service-layer criteria (OCDS requirements extension), read from its OCDS release, and the release to download. */
export function TenderServiceCriteria({ tenderId, ocid }: { tenderId: string; ocid: string }) {
  const t = useT();
  const words = useServiceLevelWords();
  const describeRequirement = useDescribeRequirement();
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
          {t('serviceLevels.tender.heading')}
        </Title>
        <Button size="xs" variant="default" onClick={() => void download()}>
          {t('serviceLevels.tender.download')}
        </Button>
      </Group>
      <ProblemAlert error={downloadError} title={t('serviceLevels.tender.downloadFailed')} />
      {release.isPending ? (
        <Loading label={t('serviceLevels.tender.loading')} />
      ) : release.error ? (
        <ProblemAlert error={release.error} title={t('serviceLevels.tender.loadFailed')} />
      ) : criteria.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('serviceLevels.tender.none')}
        </Text>
      ) : (
        <Stack gap="md" data-testid="tender-criteria">
          <Text size="sm">
            <FormattedMessage id="serviceLevels.tender.howMet" values={{ b: (chunks) => <strong>{chunks}</strong> }} />
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
                        {t('serviceLevels.tender.or')}
                      </Text>
                    ) : null}
                    <Table.ScrollContainer minWidth={640}>
                      <Table>
                        <Table.Caption>
                          {g.description
                            ? t('serviceLevels.tender.groupCaptionDescribed', {
                                title: c.title ?? c.id,
                                n: gi + 1,
                                total: c.requirementGroups.length,
                                description: g.description,
                              })
                            : t('serviceLevels.tender.groupCaption', { title: c.title ?? c.id, n: gi + 1, total: c.requirementGroups.length })}
                        </Table.Caption>
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th>{t('serviceLevels.column.requirement')}</Table.Th>
                            <Table.Th>{t('serviceLevels.column.serviceLayer')}</Table.Th>
                            <Table.Th>{t('serviceLevels.column.metric')}</Table.Th>
                            <Table.Th>{t('serviceLevels.column.asks')}</Table.Th>
                            <Table.Th>{t('serviceLevels.column.period')}</Table.Th>
                            <Table.Th>{t('serviceLevels.column.source')}</Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {g.requirements.map((r) => (
                            <Table.Tr key={r.id}>
                              <Table.Td>{r.title ?? r.id}</Table.Td>
                              <Table.Td>{words.serviceLayer(r.serviceLayer)}</Table.Td>
                              <Table.Td>{r.metric ? <Code>{r.metric}</Code> : '—'}</Table.Td>
                              <Table.Td>{describeRequirement(r)}</Table.Td>
                              <Table.Td>{r.observationPeriod ?? '—'}</Table.Td>
                              <Table.Td>{t(r.attestedOnly ? 'serviceLevels.tender.attestedOnly' : 'serviceLevels.tender.attestedOrDeclared')}</Table.Td>
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
          {t('serviceLevels.tender.howAnswered')}
        </Alert>
      ) : null}
    </section>
  );
}
