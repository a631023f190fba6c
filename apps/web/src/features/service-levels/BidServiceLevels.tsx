import { Alert, Card, Code, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { formatDate, formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusBadge } from '../../components/StatusBadge';
import { SERVICE_CATEGORY_LABEL, labelOf } from '../workspaces/labels';
import { formatMargin, formatValue, MatchBadge } from './service-level-parts';

type RequirementMatch = Schemas['RequirementMatchDto'];

const SOURCE_LABEL: Record<NonNullable<RequirementMatch['source']>, string> = { attested: 'attested', declared: 'declared', measured: 'measured' };
const SOURCE_COLOR: Record<NonNullable<RequirementMatch['source']>, string> = { attested: 'green', declared: 'yellow', measured: 'blue' };

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** A bid's service-level answer: per criterion and requirement met / not met / unknown, the margin, the source and the at-risk flag. */
export function BidServiceLevels({ bidId }: { bidId: string }) {
  const answer = useQuery({
    queryKey: ['bids', bidId, 'service-levels'],
    queryFn: () => unwrap(api.GET('/v1/bids/{bidId}/service-levels', { params: { path: { bidId } } })),
  });
  // A bid on a tender without service-level criteria has nothing to show.
  if (answer.error instanceof ApiProblem && answer.error.status === 404) return null;
  if (answer.isPending) return <Loading label="Loading the service-level answer" />;
  if (answer.error) return <ProblemAlert error={answer.error} title="The service-level answer could not be loaded" />;
  const { report, atRisk, computedAt, requirementResponses } = answer.data;
  if (report.criteria.length === 0) return null;
  // The offered value is in the unit of the objective that answers (the response), the margin in the requirement's.
  const responseUnit = new Map(requirementResponses.map((x) => [(x.requirement as { id?: string }).id ?? '', x.unit]));

  return (
    <section aria-labelledby="service-levels-heading">
      <Title order={2} size="h3" id="service-levels-heading" mb="sm">
        Service levels
      </Title>
      <Card withBorder padding="md" mb="md" data-testid="bid-service-levels">
        <Group gap="sm">
          <Text fw={600}>Service-level result:</Text>
          <MatchBadge result={report.result} />
          {report.atRisk ? (
            <StatusBadge color="orange" data-testid="bid-at-risk">
              at risk
            </StatusBadge>
          ) : null}
          <Text size="sm" c="gray.7">
            computed {formatDateTime(computedAt)}
          </Text>
        </Group>
        <Text size="sm" mt="xs">
          Values come from the offering&rsquo;s service-level profiles: an attested objective wins over a declared one, and a supplier cannot type values in. A
          criterion is met when any of its requirement groups is met.
        </Text>
        {atRisk.length ? (
          <Alert color="orange" variant="light" mt="sm" title="Measured breaches">
            <List size="sm">
              {atRisk.map((r) => (
                <List.Item key={`${r.objectiveId}-${r.periodStart}`}>
                  {r.metric}: measured {formatValue(r.measured, r.unit)} for {formatDate(r.periodStart)} – {formatDate(r.periodEnd)}
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
                    met by group <Code>{text(c.metByGroup)}</Code>
                  </Text>
                ) : null}
              </Group>
              {c.groups.map((g, gi) => (
                <Table.ScrollContainer key={g.groupId} minWidth={820}>
                  <Table data-testid="service-level-matches">
                    <Table.Caption>
                      {title}, group {gi + 1} of {c.groups.length} ({g.result.replace('_', ' ')}; all requirements required)
                    </Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Requirement</Table.Th>
                        <Table.Th>Service layer</Table.Th>
                        <Table.Th>Offered</Table.Th>
                        <Table.Th>Source</Table.Th>
                        <Table.Th>Result</Table.Th>
                        <Table.Th>Margin</Table.Th>
                        <Table.Th>Reasons</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {g.requirements.map((r) => (
                        <Table.Tr key={r.requirementId}>
                          <Table.Td>
                            <Text size="sm">{text(r.title) ?? r.requirementId}</Text>
                            {text(r.metric) ? <Code>{text(r.metric)}</Code> : null}
                          </Table.Td>
                          <Table.Td>{text(r.serviceLayer) ? labelOf(SERVICE_CATEGORY_LABEL, text(r.serviceLayer)!) : '—'}</Table.Td>
                          <Table.Td>{formatValue(r.value, responseUnit.get(r.requirementId) ?? r.marginUnit)}</Table.Td>
                          <Table.Td>
                            {r.source ? (
                              <StatusBadge variant="dot" color={SOURCE_COLOR[r.source]}>
                                {SOURCE_LABEL[r.source]}
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
                                  title={`measured ${formatValue(r.atRisk.measured, r.atRisk.unit)}, ${formatDate(r.atRisk.periodStart)} – ${formatDate(r.atRisk.periodEnd)}`}
                                >
                                  at risk
                                </StatusBadge>
                              ) : null}
                            </Group>
                          </Table.Td>
                          <Table.Td>{formatMargin(r.margin as unknown as number | null, r.marginUnit)}</Table.Td>
                          <Table.Td>
                            {r.reasons.length ? (
                              <Stack gap={2}>
                                {r.reasons.map((x) => (
                                  <Text key={x.code} size="xs">
                                    <Code>{x.code}</Code> {x.message}
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
