import { Alert, Anchor, Badge, Card, Code, DataList, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadFailed } from '../../components/LoadFailed';
import { DataListItem } from '../../components/DataListItem';
import { formatDate, formatDateTime, formatList, formatNumber } from '../../components/format';
import { ConfirmButton } from '../../components/ConfirmButton';
import { useActingOrganization } from '../../auth/useActingOrganization';
import {
  AttestationStatusBadge,
  BidStatusBadge,
  OrganizationName,
  OverallBadge,
  OVERALL_LABEL,
  ResultBadge,
  useProcurementWords,
  type Bid,
  type ComplianceReason,
  type ComplianceReport,
  type Tender,
} from './procurement-parts';
import { messageId, useT, type MessageId } from '../../i18n';
import { notify } from '../../components/notify';
import { BidServiceLevels } from '../service-levels/BidServiceLevels';

/** One bid and its compliance report: per required framework, the attestation relied on and why it does or does not count. */
export function BidPage() {
  const t = useT();
  const { bidId = '' } = useParams();
  const bid = useQuery({
    queryKey: ['bids', bidId],
    queryFn: () => unwrap(api.GET('/v1/bids/{bidId}', { params: { path: { bidId } } })),
  });
  const tenderId = bid.data?.tenderId ?? '';
  const tender = useQuery({
    queryKey: ['tenders', tenderId],
    queryFn: () => unwrap(api.GET('/v1/tenders/{tenderId}', { params: { path: { tenderId } } })),
    enabled: !!tenderId,
  });

  if (bid.isPending) return <Loading label={t('procurement.bid.loading')} />;
  if (bid.error) return <LoadFailed title={t('procurement.bid.title')} error={bid.error} back={{ to: '/tenders', label: t('procurement.backToTenders') }} />;
  const b = bid.data;
  return (
    <>
      <PageHeader
        title={tender.data ? t('procurement.bid.titleOn', { title: tender.data.title }) : t('procurement.bid.title')}
        description={
          <>
            <Anchor component={Link} to="/tenders" size="sm" underline="always">
              {t('procurement.tenders.title')}
            </Anchor>{' '}
            /{' '}
            <Anchor component={Link} to={`/tenders/${b.tenderId}`} size="sm" underline="always">
              {tender.data?.ocid ?? t('procurement.tender.title')}
            </Anchor>{' '}
            / {t('procurement.bid.breadcrumb')}
          </>
        }
        actions={<WithdrawAction bid={b} tender={tender.data} />}
      />
      <ProblemAlert error={tender.error} title={t('procurement.bid.tenderFailed')} />
      <Stack gap="xl">
        <BidDetails bid={b} tender={tender.data} />
        <ComplianceSection report={b.compliance} withdrawn={b.status === 'withdrawn'} />
        <BidServiceLevels bidId={b.id} />
      </Stack>
    </>
  );
}

function WithdrawAction({ bid, tender }: { bid: Bid; tender: Tender | undefined }) {
  const t = useT();
  const { organizationId, kind } = useActingOrganization();
  const queryClient = useQueryClient();
  const own = bid.organizationId === organizationId && (kind === 'manufacturer' || kind === 'service_vendor');
  if (!own || bid.status !== 'submitted' || tender?.status !== 'open') return null;
  const withdraw = async () => {
    const next = await unwrap(api.POST('/v1/bids/{bidId}/withdraw', { params: { path: { bidId: bid.id } } }));
    queryClient.setQueryData(['bids', bid.id], next);
    await queryClient.invalidateQueries({ queryKey: ['tenders', bid.tenderId] });
    notify(t('procurement.bid.withdrawn'));
  };
  return (
    <ConfirmButton
      label={t('procurement.bid.withdraw')}
      size="sm"
      title={t('procurement.bid.withdrawTitle')}
      message={t('procurement.bid.withdrawMessage', { time: formatDateTime(tender.deadline) })}
      onConfirm={withdraw}
    />
  );
}

function BidDetails({ bid: b, tender }: { bid: Bid; tender: Tender | undefined }) {
  const t = useT();
  const words = useProcurementWords();
  const { organizationId } = useActingOrganization();
  return (
    <Card withBorder padding="md">
      <DataList labelWidth={180} withDivider>
        <DataListItem label={t('procurement.bid.supplier')}>
          <OrganizationName id={b.organizationId} self={organizationId} />
        </DataListItem>
        {/* The bid names its offering for the procurer too (who cannot read the offering itself). */}
        <DataListItem label={t('procurement.bid.offering')}>{b.offeringName ?? <Code>{b.offeringId}</Code>}</DataListItem>
        <DataListItem label={t('procurement.bid.status')}>
          <BidStatusBadge status={b.status} />
        </DataListItem>
        <DataListItem label={t('procurement.bid.submitted')}>{formatDateTime(b.submittedAt)}</DataListItem>
        <DataListItem label={t('procurement.bid.attestations')}>
          {b.attestationIds.length ? formatNumber(b.attestationIds.length) : t('procurement.bid.none')}
        </DataListItem>
        <DataListItem label={t('procurement.bid.components')}>
          {b.offeredComponents.length ? (
            <Stack gap={2}>
              {b.offeredComponents.map((c) => (
                <Text size="sm" key={c.id}>
                  {c.name} <Code>{c.version}</Code>{' '}
                  <Text span size="xs">
                    ({words.componentKind(c.kind)})
                  </Text>
                </Text>
              ))}
            </Stack>
          ) : (
            t('procurement.bid.noComponents')
          )}
        </DataListItem>
        {tender ? (
          <DataListItem label={t('procurement.bid.deadline')}>{`${formatDateTime(tender.deadline)} (${words.tenderStatus(tender.status)})`}</DataListItem>
        ) : null}
      </DataList>
    </Card>
  );
}

const OVERALL_EXPLANATION: Record<ComplianceReport['overall'], MessageId> = {
  compliant: messageId('procurement.compliance.explainCompliant'),
  compliant_expiring: messageId('procurement.compliance.explainExpiring'),
  non_compliant: messageId('procurement.compliance.explainNonCompliant'),
};

function ComplianceSection({ report, withdrawn }: { report: ComplianceReport; withdrawn: boolean }) {
  const t = useT();
  const words = useProcurementWords();
  const met = report.requirements.filter((r) => r.result !== 'not_met').length;
  return (
    <section aria-labelledby="compliance-heading">
      <Title order={2} size="h3" id="compliance-heading" mb="sm">
        {t('procurement.compliance.heading')}
      </Title>
      {withdrawn ? (
        <Alert color="gray" variant="light" mb="sm" title={t('procurement.compliance.withdrawnTitle')}>
          {t('procurement.compliance.withdrawnText')}
        </Alert>
      ) : null}
      <Card withBorder padding="md" mb="md" data-testid="bid-compliance">
        <Group justify="space-between" align="center">
          <Group gap="sm">
            <Text fw={600}>{t('procurement.compliance.overall')}</Text>
            <OverallBadge overall={report.overall} size="lg" />
          </Group>
          <Text size="sm">{t('procurement.compliance.summary', { met, count: report.requirements.length, time: formatDateTime(report.evaluatedAt) })}</Text>
        </Group>
        <Text size="sm" mt="xs">
          {t(OVERALL_EXPLANATION[report.overall], { result: t(OVERALL_LABEL[report.overall]) })} {t('procurement.compliance.recomputed')}
        </Text>
      </Card>
      {report.drift.length ? <DriftAlert report={report} /> : null}
      <Table.ScrollContainer minWidth={960}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('procurement.compliance.column.framework')}</Table.Th>
              <Table.Th>{t('procurement.compliance.column.minimumOutcome')}</Table.Th>
              <Table.Th>{t('procurement.compliance.column.result')}</Table.Th>
              <Table.Th>{t('procurement.compliance.column.attestation')}</Table.Th>
              <Table.Th>{t('procurement.compliance.column.issuer')}</Table.Th>
              <Table.Th>{t('procurement.compliance.column.validity')}</Table.Th>
              <Table.Th>{t('procurement.compliance.column.evidenceAge')}</Table.Th>
              <Table.Th>{t('procurement.compliance.column.reasons')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.requirements.map((r) => (
              <Table.Tr key={r.frameworkId}>
                <Table.Td>
                  <Code>{r.frameworkCode}</Code>
                </Table.Td>
                <Table.Td>{words.outcome(r.minimumOutcome)}</Table.Td>
                <Table.Td>
                  <ResultBadge result={r.result} />
                </Table.Td>
                <Table.Td>
                  {r.attestation ? (
                    <Stack gap={2}>
                      <Anchor href={`/verify/${encodeURIComponent(r.attestation.serial)}`} size="sm">
                        {r.attestation.serial}
                      </Anchor>
                      <Group gap={4}>
                        <AttestationStatusBadge size="sm" color={r.attestation.status === 'active' ? 'green' : 'red'} status={r.attestation.status} />
                        <Text size="xs">{words.outcome(r.attestation.outcome)}</Text>
                      </Group>
                    </Stack>
                  ) : (
                    <Text size="sm">{t('procurement.compliance.noAttestation')}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {r.attestation ? (
                    <>
                      <Text size="sm">{r.attestation.issuerName}</Text>
                      <Text size="xs" c={r.attestation.issuerAccredited ? undefined : 'red.9'}>
                        {t(r.attestation.issuerAccredited ? 'procurement.compliance.accredited' : 'procurement.compliance.notAccredited')}
                      </Text>
                    </>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {r.attestation ? `${formatDate(r.attestation.validFrom)} – ${formatDate(r.attestation.validUntil)}` : '—'}
                </Table.Td>
                <Table.Td>
                  {r.evidenceAgeDays != null ? t('procurement.compliance.days', { count: r.evidenceAgeDays, days: formatNumber(r.evidenceAgeDays) }) : '—'}
                </Table.Td>
                <Table.Td maw={300}>
                  {r.reasons.length ? (
                    <List size="sm" spacing={4} listStyleType="none">
                      {r.reasons.map((reason, i) => (
                        <List.Item key={`${reason.code}-${i}`}>
                          <ReasonLine reason={reason} />
                        </List.Item>
                      ))}
                    </List>
                  ) : (
                    <Text size="sm">{t('procurement.compliance.allMet')}</Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}

const SEVERITY_COLOR: Record<ComplianceReason['severity'], string> = { blocking: 'red', warning: 'yellow', info: 'gray' };

/** One structured reason: its code (what a procurement system acts on), its meaning, the API's specific text, and the values compared. */
function ReasonLine({ reason }: { reason: ComplianceReason }) {
  const t = useT();
  const words = useProcurementWords();
  const compared = (v: ComplianceReason['expected']): string => {
    if (v === undefined || v === null) return '—';
    if (!Array.isArray(v)) return typeof v === 'number' ? formatNumber(v) : v;
    return v.length ? formatList(v) : t('procurement.compliance.noValues');
  };
  const hasValues = reason.expected !== undefined || reason.actual !== undefined;
  return (
    <Stack gap={0} data-reason-code={reason.code}>
      <Group gap={4} wrap="nowrap">
        <Badge size="xs" variant="light" color={SEVERITY_COLOR[reason.severity]} style={{ textTransform: 'none' }}>
          {reason.code}
        </Badge>
      </Group>
      <Text size="sm">{words.reason(reason)}</Text>
      {/* The API's text names the specifics (component, version, date); it is written in English. */}
      <Text size="xs" c="gray.7" lang="en">
        {reason.message}
      </Text>
      {hasValues ? (
        <Text size="xs">
          {t('procurement.compliance.expected')} <Code>{compared(reason.expected)}</Code> · {t('procurement.compliance.actual')}{' '}
          <Code>{compared(reason.actual)}</Code>
        </Text>
      ) : null}
    </Stack>
  );
}

/** Live components that differ from what the bid offered: information for the procurer, not a failure of the bid. */
function DriftAlert({ report }: { report: ComplianceReport }) {
  const t = useT();
  return (
    <Alert color="blue" variant="light" mb="md" title={t('procurement.drift.title')} data-testid="bid-drift">
      <Text size="sm" mb={4}>
        {t('procurement.drift.text')}
      </Text>
      <List size="sm" spacing={2}>
        {report.drift.map((d) => (
          <List.Item key={d.componentId}>
            {d.name}: {t('procurement.drift.offered')} <Code>{d.offeredVersion ?? t('procurement.drift.notOffered')}</Code>, {t('procurement.drift.now')}{' '}
            <Code>{d.currentVersion ?? t('procurement.drift.removed')}</Code>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
