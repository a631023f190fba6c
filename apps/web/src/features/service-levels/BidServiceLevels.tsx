import { Alert, Card, Code, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { formatDate, formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusBadge } from '../../components/StatusBadge';
import { messageId, useT, type MessageId } from '../../i18n';
import { MatchBadge, useReasonText, useServiceLevelWords } from './service-level-parts';

type RequirementMatch = Schemas['RequirementMatchDto'];

const SOURCE_LABEL: Record<NonNullable<RequirementMatch['source']>, MessageId> = {
  attested: messageId('serviceLevels.source.attested'),
  declared: messageId('serviceLevels.source.declared'),
  measured: messageId('serviceLevels.source.measured'),
};
const GROUP_RESULT: Record<RequirementMatch['result'], MessageId> = {
  met: messageId('serviceLevels.match.met'),
  not_met: messageId('serviceLevels.match.not_met'),
  unknown: messageId('serviceLevels.match.unknown'),
};
const SOURCE_COLOR: Record<NonNullable<RequirementMatch['source']>, string> = { attested: 'green', declared: 'yellow', measured: 'blue' };

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** A bid's service-level answer: per criterion and requirement met / not met / unknown, the margin, the source and the at-risk flag. */
export function BidServiceLevels({ bidId }: { bidId: string }) {
  const t = useT();
  const words = useServiceLevelWords();
  const reasonText = useReasonText();
  const answer = useQuery({
    queryKey: ['bids', bidId, 'service-levels'],
    queryFn: () => unwrap(api.GET('/v1/bids/{bidId}/service-levels', { params: { path: { bidId } } })),
  });
  // A bid on a tender without service-level criteria has nothing to show.
  if (answer.error instanceof ApiProblem && answer.error.status === 404) return null;
  if (answer.isPending) return <Loading label={t('serviceLevels.bid.loading')} />;
  if (answer.error) return <ProblemAlert error={answer.error} title={t('serviceLevels.bid.loadFailed')} />;
  const { report, atRisk, computedAt, requirementResponses } = answer.data;
  if (report.criteria.length === 0) return null;
  // The offered value is in the unit of the objective that answers (the response), the margin in the requirement's.
  const responseUnit = new Map(requirementResponses.map((x) => [(x.requirement as { id?: string }).id ?? '', x.unit]));

  return (
    <section aria-labelledby="service-levels-heading">
      <Title order={2} size="h3" id="service-levels-heading" mb="sm">
        {t('serviceLevels.section.title')}
      </Title>
      <Card withBorder padding="md" mb="md" data-testid="bid-service-levels">
        <Group gap="sm">
          <Text fw={600}>{t('serviceLevels.bid.result')}</Text>
          <MatchBadge result={report.result} />
          {report.atRisk ? (
            <StatusBadge color="orange" data-testid="bid-at-risk">
              {t('serviceLevels.bid.atRisk')}
            </StatusBadge>
          ) : null}
          <Text size="sm" c="gray.7">
            {t('serviceLevels.bid.computed', { time: formatDateTime(computedAt) })}
          </Text>
        </Group>
        <Text size="sm" mt="xs">
          {t('serviceLevels.bid.explanation')}
        </Text>
        {atRisk.length ? (
          <Alert color="orange" variant="light" mt="sm" title={t('serviceLevels.bid.breaches')}>
            <List size="sm">
              {atRisk.map((r) => (
                <List.Item key={`${r.objectiveId}-${r.periodStart}`}>
                  {t('serviceLevels.bid.breach', {
                    metric: r.metric,
                    value: words.value(r.measured, r.unit),
                    start: formatDate(r.periodStart),
                    end: formatDate(r.periodEnd),
                  })}
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
      </Card>
      <Stack gap="md">
        {report.criteria.map((c) => {
          const title = text(c.title) ?? c.criterionId;
          return (
            <Card key={c.criterionId} withBorder padding="md">
              <Group gap="sm" mb="xs">
                <Title order={3} size="h5">
                  {title}
                </Title>
                <MatchBadge result={c.result} />
                {text(c.metByGroup) ? (
                  <Text size="sm" c="gray.7">
                    {t('serviceLevels.bid.metByGroup')} <Code>{text(c.metByGroup)}</Code>
                  </Text>
                ) : null}
              </Group>
              {c.groups.map((g, gi) => (
                <Table.ScrollContainer key={g.groupId} minWidth={820}>
                  <Table data-testid="service-level-matches">
                    <Table.Caption>
                      {t('serviceLevels.bid.groupCaption', { title, n: gi + 1, total: c.groups.length, result: t(GROUP_RESULT[g.result]) })}
                    </Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('serviceLevels.column.requirement')}</Table.Th>
                        <Table.Th>{t('serviceLevels.column.serviceLayer')}</Table.Th>
                        <Table.Th>{t('serviceLevels.column.offered')}</Table.Th>
                        <Table.Th>{t('serviceLevels.column.source')}</Table.Th>
                        <Table.Th>{t('serviceLevels.column.result')}</Table.Th>
                        <Table.Th>{t('serviceLevels.column.margin')}</Table.Th>
                        <Table.Th>{t('serviceLevels.column.reasons')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {g.requirements.map((r) => (
                        <Table.Tr key={r.requirementId}>
                          <Table.Td>
                            <Text size="sm">{text(r.title) ?? r.requirementId}</Text>
                            {text(r.metric) ? <Code>{text(r.metric)}</Code> : null}
                          </Table.Td>
                          <Table.Td>{words.serviceLayer(text(r.serviceLayer))}</Table.Td>
                          <Table.Td>{words.value(r.value, responseUnit.get(r.requirementId) ?? r.marginUnit)}</Table.Td>
                          <Table.Td>
                            {r.source ? (
                              <StatusBadge variant="dot" color={SOURCE_COLOR[r.source]}>
                                {t(SOURCE_LABEL[r.source])}
                              </StatusBadge>
                            ) : (
                              '—'
                            )}
                          </Table.Td>
                          <Table.Td>
                            <Group gap={4} wrap="nowrap">
                              <MatchBadge result={r.result} />
                              {r.atRisk ? (
                                <StatusBadge
                                  color="orange"
                                  title={t('serviceLevels.bid.atRiskTitle', {
                                    value: words.value(r.atRisk.measured, r.atRisk.unit),
                                    start: formatDate(r.atRisk.periodStart),
                                    end: formatDate(r.atRisk.periodEnd),
                                  })}
                                >
                                  {t('serviceLevels.bid.atRisk')}
                                </StatusBadge>
                              ) : null}
                            </Group>
                          </Table.Td>
                          <Table.Td>{words.margin(r.margin as unknown as number | null, r.marginUnit)}</Table.Td>
                          <Table.Td>
                            {r.reasons.length ? (
                              <Stack gap={2}>
                                {r.reasons.map((x) => (
                                  <Text key={x.code} size="xs" title={x.message}>
                                    <Code>{x.code}</Code> {reasonText(x)}
                                  </Text>
                                ))}
                              </Stack>
                            ) : (
                              '—'
                            )}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              ))}
            </Card>
          );
        })}
      </Stack>
    </section>
  );
}
