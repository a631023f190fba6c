import { Alert, Badge, Button, Card, Group, List, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { authFetch } from '../../api/client';
import { downloadFile } from '../../api/download';
import { ApiProblem, toProblem } from '../../api/problem';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusBadge } from '../../components/StatusBadge';
import { formatMarket, formatNumber } from '../../components/format';
import { FormattedMessage, messageId, useT } from '../../i18n';

/** GET /v1/workspaces/{workspaceId}/recognition-pathways (RecognitionPathwaysDto). */
export interface RecognitionPathways {
  market: string;
  computedAt: string;
  notice: string;
  frameworks: {
    framework: { id: string; code: string; version: string; title: string };
    outcome: 'accept' | 'accept_with_residual_gaps' | 'reassess';
    path: 'direct' | 'mapping' | null;
    attestation: { serial: string } | null;
    rule: { title: string; illustrative: boolean } | null;
    collection: { code: string; version: string } | null;
    source: { code: string; version: string } | null;
    coverage: { covered: number; partial: number; unmapped: number; total: number } | null;
    residualGaps: { requirementId: string; ref: string; title: string; status: 'partial' | 'unmapped'; expectedEvidenceTypes: string[]; closeWith: string }[];
    reasons: string[];
  }[];
}

export const OUTCOME = {
  accept: { label: messageId('recognition.outcome.accept'), color: 'green' },
  accept_with_residual_gaps: { label: messageId('recognition.outcome.acceptWithResidualGaps'), color: 'yellow' },
  reassess: { label: messageId('recognition.outcome.reassess'), color: 'red' },
} as const;

async function fetchPathways(workspaceId: string, market: string): Promise<RecognitionPathways> {
  let res: Response;
  try {
    res = await authFetch(new Request(`/v1/workspaces/${workspaceId}/recognition-pathways?market=${encodeURIComponent(market)}`));
  } catch (e) {
    throw new ApiProblem(toProblem(0, (e as Error).message));
  }
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) throw new ApiProblem(toProblem(res.status, body, res.statusText));
  return body as RecognitionPathways;
}

/**
 * Recognition pathways next to the gap analysis: for one target market of the workspace, per
 * framework, whether the market accepts the offering as attested, accepts it with residual gaps
 * (listed, with the evidence that closes each), or asks for a reassessment.
 */
export function RecognitionPathwaysSection({ workspaceId, markets }: { workspaceId: string; markets: string[] }) {
  const t = useT();
  const [market, setMarket] = useState(markets.includes('TH') ? 'TH' : (markets[0] ?? ''));
  const pathways = useQuery({
    queryKey: ['recognition-pathways', workspaceId, market],
    queryFn: () => fetchPathways(workspaceId, market),
    enabled: !!market,
  });
  const csv = useMutation({
    mutationFn: () =>
      downloadFile(`/v1/workspaces/${workspaceId}/recognition-pathways?market=${market}&format=csv`, {
        filename: `recognition-pathways-${workspaceId}-${market}.csv`,
      }),
  });
  if (!markets.length) return null;

  return (
    <Stack gap="sm" component="section" aria-labelledby="pathways-heading">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h3" id="pathways-heading">
            {t('recognition.title')}
          </Title>
          <Text size="sm" c="gray.7">
            {t('recognition.description')}
          </Text>
        </div>
        <Group gap="sm">
          {markets.length > 1 && (
            <SegmentedControl
              size="xs"
              aria-label={t('recognition.market')}
              value={market}
              onChange={setMarket}
              data={markets.map((m) => ({ value: m, label: formatMarket(m) }))}
            />
          )}
          <Button variant="default" size="xs" onClick={() => csv.mutate()} loading={csv.isPending}>
            {t('recognition.downloadCsv')}
          </Button>
        </Group>
      </Group>
      <ProblemAlert error={csv.error} title={t('recognition.csvFailed')} />
      {pathways.isPending ? (
        <Loading label={t('recognition.loading')} />
      ) : pathways.error ? (
        <ProblemAlert error={pathways.error} />
      ) : pathways.data.frameworks.length === 0 ? (
        <EmptyState title={t('recognition.empty.title')}>{t('recognition.empty.body', { market: formatMarket(market) })}</EmptyState>
      ) : (
        <>
          <Text size="xs" c="gray.7">
            {pathways.data.notice}
          </Text>
          {pathways.data.frameworks.map((f) => (
            <Card key={f.framework.id} withBorder padding="md" data-testid="pathway">
              <Group justify="space-between" mb="xs">
                <Text fw={600}>
                  <FormattedMessage
                    id="recognition.frameworkInMarket"
                    values={{
                      framework: f.framework.title,
                      code: (
                        <Text span c="gray.7">
                          ({f.framework.code}@{f.framework.version})
                        </Text>
                      ),
                      market: formatMarket(pathways.data.market),
                    }}
                  />
                </Text>
                <StatusBadge color={OUTCOME[f.outcome].color}>{t(OUTCOME[f.outcome].label)}</StatusBadge>
              </Group>
              <List size="sm" spacing={2}>
                {f.reasons.map((r) => (
                  <List.Item key={r}>{r}</List.Item>
                ))}
              </List>
              {f.rule?.illustrative && (
                <Alert color="gray" mt="xs" p="xs">
                  <Text size="xs">{t('recognition.illustrative')}</Text>
                </Alert>
              )}
              {f.coverage && (
                <Group gap="xs" mt="xs">
                  <Badge variant="light" color="green">
                    {t('recognition.coverage.covered', { count: f.coverage.covered })}
                  </Badge>
                  <Badge variant="light" color="yellow">
                    {t('recognition.coverage.partial', { count: f.coverage.partial })}
                  </Badge>
                  <Badge variant="light" color="red">
                    {t('recognition.coverage.unmapped', { count: f.coverage.unmapped })}
                  </Badge>
                  <Text size="xs" c="gray.7">
                    {t('recognition.coverage.via', {
                      total: formatNumber(f.coverage.total),
                      collection: [f.collection?.code, f.collection?.version].filter(Boolean).join(' '),
                    })}
                  </Text>
                </Group>
              )}
              {f.residualGaps.length > 0 && (
                <Table mt="sm" striped withTableBorder fz="sm" aria-label={t('recognition.residualGaps', { code: f.framework.code })}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('recognition.column.requirement')}</Table.Th>
                      <Table.Th>{t('recognition.column.gap')}</Table.Th>
                      <Table.Th>{t('recognition.column.closeWith')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {f.residualGaps.map((g) => (
                      <Table.Tr key={g.requirementId}>
                        <Table.Td>
                          {g.ref} {g.title}
                        </Table.Td>
                        <Table.Td>{g.status === 'partial' ? t('recognition.gap.partial') : t('recognition.gap.unmapped')}</Table.Td>
                        <Table.Td>{g.closeWith}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Card>
          ))}
        </>
      )}
    </Stack>
  );
}
