import { Alert, Anchor, Badge, Card, Code, DataList, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadFailed } from '../../components/LoadFailed';
import { DataListItem } from '../../components/DataListItem';
import { formatDate, formatDateTime } from '../../components/format';
import { ConfirmButton } from '../../components/ConfirmButton';
import { useActingOrganization } from '../../auth/useActingOrganization';
import {
  BidStatusBadge,
  OrganizationName,
  OUTCOME_LABEL,
  OverallBadge,
  OVERALL_LABEL,
  ResultBadge,
  type Bid,
  type ComplianceReason,
  type ComplianceReport,
  type Tender,
} from './procurement-parts';
import { StatusBadge } from '../../components/StatusBadge';
import { notify } from '../../components/notify';
import { BidServiceLevels } from '../service-levels/BidServiceLevels';

/** One bid and its compliance report: per required framework, the attestation relied on and why it does or does not count. */
export function BidPage() {
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

  if (bid.isPending) return <Loading label="Loading the bid" />;
  if (bid.error) return <LoadFailed title="Bid" error={bid.error} back={{ to: '/tenders', label: 'Back to tenders' }} />;
  const b = bid.data;
  return (
    <>
      <PageHeader
        title={tender.data ? `Bid on ${tender.data.title}` : 'Bid'}
        description={
          <>
            <Anchor component={Link} to="/tenders" size="sm" underline="always">
              Tenders
            </Anchor>{' '}
            /{' '}
            <Anchor component={Link} to={`/tenders/${b.tenderId}`} size="sm" underline="always">
              {tender.data?.ocid ?? 'Tender'}
            </Anchor>{' '}
            / bid
          </>
        }
        actions={<WithdrawAction bid={b} tender={tender.data} />}
      />
      <ProblemAlert error={tender.error} title="The tender could not be loaded" />
      <Stack gap="xl">
        <BidDetails bid={b} tender={tender.data} />
        <ComplianceSection report={b.compliance} withdrawn={b.status === 'withdrawn'} />
        <BidServiceLevels bidId={b.id} />
      </Stack>
    </>
  );
}

function WithdrawAction({ bid, tender }: { bid: Bid; tender: Tender | undefined }) {
  const { organizationId, kind } = useActingOrganization();
  const queryClient = useQueryClient();
  const own = bid.organizationId === organizationId && (kind === 'manufacturer' || kind === 'service_vendor');
  if (!own || bid.status !== 'submitted' || tender?.status !== 'open') return null;
  const withdraw = async () => {
    const next = await unwrap(api.POST('/v1/bids/{bidId}/withdraw', { params: { path: { bidId: bid.id } } }));
    queryClient.setQueryData(['bids', bid.id], next);
    await queryClient.invalidateQueries({ queryKey: ['tenders', bid.tenderId] });
    notify('The bid was withdrawn.');
  };
  return (
    <ConfirmButton
      label="Withdraw bid"
      size="sm"
      title="Withdraw this bid?"
      message={`The procurer sees it as withdrawn. You can bid again until ${formatDateTime(tender.deadline)}.`}
      onConfirm={withdraw}
    />
  );
}

function BidDetails({ bid: b, tender }: { bid: Bid; tender: Tender | undefined }) {
  const { organizationId } = useActingOrganization();
  const own = b.organizationId === organizationId;
  // Only the supplier can read its offering; the procurer sees the offering's id.
  const offering = useQuery({
    queryKey: ['offerings', b.offeringId],
    queryFn: () => unwrap(api.GET('/v1/offerings/{offeringId}', { params: { path: { offeringId: b.offeringId } } })),
    enabled: own,
  });
  return (
    <Card withBorder padding="md">
      <DataList labelWidth={180} withDivider>
        <DataListItem label="Supplier">
          <OrganizationName id={b.organizationId} self={organizationId} />
        </DataListItem>
        <DataListItem label="Offering">{own && offering.data ? offering.data.name : <Code>{b.offeringId}</Code>}</DataListItem>
        <DataListItem label="Status">
          <BidStatusBadge status={b.status} />
        </DataListItem>
        <DataListItem label="Submitted">{formatDateTime(b.submittedAt)}</DataListItem>
        <DataListItem label="Attestations relied on">{b.attestationIds.length ? `${b.attestationIds.length}` : 'none'}</DataListItem>
        <DataListItem label="Components offered">
          {b.offeredComponents.length ? (
            <Stack gap={2}>
              {b.offeredComponents.map((c) => (
                <Text size="sm" key={c.id}>
                  {c.name} <Code>{c.version}</Code>{' '}
                  <Text span size="xs">
                    ({c.kind})
                  </Text>
                </Text>
              ))}
            </Stack>
          ) : (
            'none recorded'
          )}
        </DataListItem>
        {tender ? (
          <DataListItem label="Tender deadline">
            {formatDateTime(tender.deadline)} ({tender.status})
          </DataListItem>
        ) : null}
      </DataList>
    </Card>
  );
}

function ComplianceSection({ report, withdrawn }: { report: ComplianceReport; withdrawn: boolean }) {
  const met = report.requirements.filter((r) => r.result !== 'not_met').length;
  return (
    <section aria-labelledby="compliance-heading">
      <Title order={2} size="h3" id="compliance-heading" mb="sm">
        Compliance report
      </Title>
      {withdrawn ? (
        <Alert color="gray" variant="light" mb="sm" title="Withdrawn">
          This bid was withdrawn; the report below is its last evaluation.
        </Alert>
      ) : null}
      <Card withBorder padding="md" mb="md" data-testid="bid-compliance">
        <Group justify="space-between" align="center">
          <Group gap="sm">
            <Text fw={600}>Overall result:</Text>
            <OverallBadge overall={report.overall} size="lg" />
          </Group>
          <Text size="sm">
            {met} of {report.requirements.length} framework requirement{report.requirements.length === 1 ? '' : 's'} met · evaluated{' '}
            {formatDateTime(report.evaluatedAt)}
          </Text>
        </Group>
        <Text size="sm" mt="xs">
          {report.overall === 'compliant'
            ? 'Every required framework is covered by a valid attestation that meets the tender’s criteria.'
            : report.overall === 'compliant_expiring'
              ? 'Every required framework is covered, but at least one attestation expires within 30 days after the deadline.'
              : `At least one required framework is not covered by an attestation that meets the tender’s criteria (${OVERALL_LABEL.non_compliant}).`}{' '}
          The report is recomputed when an attestation it relies on or its issuer&rsquo;s accreditation changes status, when it is read after such a change, and
          periodically.
        </Text>
      </Card>
      {report.drift.length ? <DriftAlert report={report} /> : null}
      <Table.ScrollContainer minWidth={960}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Framework</Table.Th>
              <Table.Th>Minimum outcome</Table.Th>
              <Table.Th>Result</Table.Th>
              <Table.Th>Attestation</Table.Th>
              <Table.Th>Issuer</Table.Th>
              <Table.Th>Validity</Table.Th>
              <Table.Th>Evidence age</Table.Th>
              <Table.Th>Reasons</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.requirements.map((r) => (
              <Table.Tr key={r.frameworkId}>
                <Table.Td>
                  <Code>{r.frameworkCode}</Code>
                </Table.Td>
                <Table.Td>{OUTCOME_LABEL[r.minimumOutcome]}</Table.Td>
                <Table.Td>
                  <ResultBadge result={r.result} />
                </Table.Td>
                <Table.Td>
                  {r.attestation ? (
                    <Stack gap={2}>
                      <Anchor component={Link} to={`/verify/${encodeURIComponent(r.attestation.serial)}`} size="sm">
                        {r.attestation.serial}
                      </Anchor>
                      <Group gap={4}>
                        <StatusBadge size="sm" color={r.attestation.status === 'active' ? 'green' : 'red'}>
                          {r.attestation.status}
                        </StatusBadge>
                        <Text size="xs">{OUTCOME_LABEL[r.attestation.outcome] ?? r.attestation.outcome}</Text>
                      </Group>
                    </Stack>
                  ) : (
                    <Text size="sm">none</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {r.attestation ? (
                    <>
                      <Text size="sm">{r.attestation.issuerName}</Text>
                      <Text size="xs" c={r.attestation.issuerAccredited ? undefined : 'red.9'}>
                        {r.attestation.issuerAccredited ? 'accredited' : 'not accredited'}
                      </Text>
                    </>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {r.attestation ? `${formatDate(r.attestation.validFrom)} – ${formatDate(r.attestation.validUntil)}` : '—'}
                </Table.Td>
                <Table.Td>{r.evidenceAgeDays != null ? `${r.evidenceAgeDays} day${r.evidenceAgeDays === 1 ? '' : 's'}` : '—'}</Table.Td>
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
                    <Text size="sm">all criteria met</Text>
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

function compared(v: ComplianceReason['expected']): string {
  if (v === undefined || v === null) return '—';
  return Array.isArray(v) ? (v.length ? v.join(', ') : 'none') : String(v);
}

/** One structured reason: its code (what a procurement system acts on), the text, and the values compared. */
function ReasonLine({ reason }: { reason: ComplianceReason }) {
  const hasValues = reason.expected !== undefined || reason.actual !== undefined;
  return (
    <Stack gap={0} data-reason-code={reason.code}>
      <Group gap={4} wrap="nowrap">
        <Badge size="xs" variant="light" color={SEVERITY_COLOR[reason.severity]} style={{ textTransform: 'none' }}>
          {reason.code}
        </Badge>
      </Group>
      <Text size="sm">{reason.message}</Text>
      {hasValues ? (
        <Text size="xs">
          expected <Code>{compared(reason.expected)}</Code> · actual <Code>{compared(reason.actual)}</Code>
        </Text>
      ) : null}
    </Stack>
  );
}

/** Live components that differ from what the bid offered: information for the procurer, not a failure of the bid. */
function DriftAlert({ report }: { report: ComplianceReport }) {
  return (
    <Alert color="blue" variant="light" mb="md" title="The offering changed since the bid was placed" data-testid="bid-drift">
      <Text size="sm" mb={4}>
        The report checks the component versions offered in the bid. The offering now differs:
      </Text>
      <List size="sm" spacing={2}>
        {report.drift.map((d) => (
          <List.Item key={d.componentId}>
            {d.name}: offered <Code>{d.offeredVersion ?? 'not offered'}</Code>, now <Code>{d.currentVersion ?? 'removed'}</Code>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
