import { Alert, Anchor, Button, Card, Checkbox, Code, DataList, Group, Modal, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useOrganizationNames } from '../../api/organization-names';
import { api, unwrap, type Schemas } from '../../api/client';
import { CursorPager, useCursorPages } from '../../components/CursorPager';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadFailed } from '../../components/LoadFailed';
import { DataListItem } from '../../components/DataListItem';
import { formatDate, formatDateTime } from '../../components/format';
import { useActingOrganization } from '../../auth/useActingOrganization';
import {
  BidStatusBadge,
  newIdempotencyKey,
  OrganizationName,
  OUTCOME_LABEL,
  OverallBadge,
  ResultBadge,
  TenderStatusBadge,
  type Bid,
  type Tender,
} from './procurement-parts';
import { StatusBadge } from '../../components/StatusBadge';
import { notify } from '../../components/notify';
import { TenderServiceCriteria } from '../service-levels/TenderServiceCriteria';

type Attestation = Schemas['AttestationDto'];

/** One tender: what it asks for and its bids with their compliance (a supplier sees only its own bids). */
export function TenderPage() {
  const { tenderId = '' } = useParams();
  const { kind } = useActingOrganization();
  const [bidOpened, bid] = useDisclosure(false);
  const tender = useQuery({
    queryKey: ['tenders', tenderId],
    queryFn: () => unwrap(api.GET('/v1/tenders/{tenderId}', { params: { path: { tenderId } } })),
  });
  const isSupplier = kind === 'manufacturer' || kind === 'service_vendor';

  if (tender.isPending) return <Loading label="Loading the tender" />;
  if (tender.error) return <LoadFailed title="Tender" error={tender.error} back={{ to: '/tenders', label: 'Back to tenders' }} />;
  const t = tender.data;
  const canBid = isSupplier && t.status === 'open';
  return (
    <>
      <PageHeader
        title={t.title}
        description={
          <>
            <Anchor component={Link} to="/tenders" size="sm" underline="always">
              Tenders
            </Anchor>{' '}
            / {t.ocid}
          </>
        }
        actions={canBid ? <Button onClick={bid.open}>Submit a bid</Button> : null}
      />
      <Stack gap="xl">
        <TenderDetails tender={t} />
        <TenderServiceCriteria tenderId={t.id} ocid={t.ocid} />
        <BidsSection tender={t} isSupplier={isSupplier} onBid={canBid ? bid.open : undefined} />
      </Stack>
      {canBid ? <SubmitBidModal tender={t} opened={bidOpened} onClose={bid.close} /> : null}
    </>
  );
}

function TenderDetails({ tender: t }: { tender: Tender }) {
  const { nameOf } = useOrganizationNames();
  return (
    <Card withBorder padding="md">
      <DataList labelWidth={200} withDivider>
        <DataListItem label="Status">
          <Group gap="xs">
            <TenderStatusBadge tender={t} />
            <Text size="sm">{t.status === 'open' ? `bids until ${formatDateTime(t.deadline)}` : `closed ${formatDateTime(t.deadline)}`}</Text>
          </Group>
        </DataListItem>
        <DataListItem label="Buyer">{t.buyer}</DataListItem>
        <DataListItem label="OCID">
          <Code>{t.ocid}</Code>
        </DataListItem>
        <DataListItem label="Frameworks required">
          <Stack gap={2}>
            {t.requirements.map((r) => (
              <Text key={r.frameworkId} size="sm">
                <Code>{r.frameworkCode}</Code>, at least {OUTCOME_LABEL[r.minimumOutcome ?? ''] ?? r.minimumOutcome}
              </Text>
            ))}
          </Stack>
        </DataListItem>
        <DataListItem label="Markets">{t.markets.length ? t.markets.join(', ') : 'any'}</DataListItem>
        <DataListItem label="Maximum evidence age">
          {t.maxEvidenceAgeDays ? `${t.maxEvidenceAgeDays} days (from the evidence's effective date)` : 'no limit'}
        </DataListItem>
        <DataListItem label="Contract period">
          {t.contractPeriod ? `${formatDate(t.contractPeriod.startDate)} – ${formatDate(t.contractPeriod.endDate)} (attestations must cover it)` : 'not stated'}
        </DataListItem>
        <DataListItem label="Issuers">
          {t.accreditedIssuersOnly ? 'accredited assessors only' : 'any assessor'}
          {t.allowedIssuerIds.length ? `; only ${t.allowedIssuerIds.map(nameOf).join(', ')}` : ''}
        </DataListItem>
      </DataList>
    </Card>
  );
}

function BidsSection({ tender, isSupplier, onBid }: { tender: Tender; isSupplier: boolean; onBid?: () => void }) {
  const { organizationId } = useActingOrganization();
  const bids = useCursorPages<Bid>(['tenders', tender.id, 'bids'], (cursor) =>
    unwrap(api.GET('/v1/tenders/{tenderId}/bids', { params: { path: { tenderId: tender.id }, query: { cursor, limit: 25 } } })),
  );

  return (
    <section aria-labelledby="bids-heading">
      <Title order={2} size="h3" id="bids-heading" mb="sm">
        {isSupplier ? 'Your bids' : 'Bids'}
      </Title>
      {bids.isPending ? (
        <Loading label="Loading bids" />
      ) : bids.error ? (
        <ProblemAlert error={bids.error} />
      ) : bids.items.length === 0 ? (
        <EmptyState
          title={isSupplier ? 'You have not bid yet' : 'No bids yet'}
          action={
            onBid ? (
              <Button size="xs" variant="light" onClick={onBid}>
                Submit a bid
              </Button>
            ) : null
          }
        >
          {isSupplier
            ? tender.status === 'open'
              ? 'Bid with one of your offerings and the attestations it holds; the compliance report is computed at once.'
              : 'The tender is closed.'
            : tender.status === 'open'
              ? `Suppliers can bid until ${formatDateTime(tender.deadline)}.`
              : 'The tender closed without bids.'}
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={880}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Supplier</Table.Th>
                <Table.Th>Submitted</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Compliance</Table.Th>
                <Table.Th>Per framework</Table.Th>
                <Table.Th>Report</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {bids.items.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td>
                    <OrganizationName id={b.organizationId} self={organizationId} />
                  </Table.Td>
                  <Table.Td>{formatDateTime(b.submittedAt)}</Table.Td>
                  <Table.Td>
                    <BidStatusBadge status={b.status} />
                  </Table.Td>
                  <Table.Td>
                    <OverallBadge overall={b.compliance.overall} />
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4}>
                      {b.compliance.requirements.map((r) => (
                        <Group key={r.frameworkId} gap={6} wrap="nowrap">
                          <Code>{r.frameworkCode}</Code>
                          <ResultBadge result={r.result} />
                        </Group>
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/bids/${b.id}`} size="sm">
                      Open the report
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CursorPager pager={bids} />
    </section>
  );
}

/** Whether an attestation could satisfy the tender: covers a required framework and every market, and is active. */
function fit(a: Attestation, tender: Tender): { relevant: boolean; notes: string[] } {
  const required = new Set(tender.requirements.map((r) => r.frameworkId));
  const covers = a.frameworks.filter((f) => required.has(f.id));
  const notes: string[] = [];
  if (!covers.length) notes.push('covers none of the required frameworks');
  const missing = tender.markets.filter((m) => !a.markets.includes(m));
  if (missing.length) notes.push(`does not cover ${missing.join(', ')}`);
  if (a.status !== 'active') notes.push(`is ${a.status}`);
  return { relevant: covers.length > 0 && a.status === 'active', notes };
}

function SubmitBidModal({ tender, opened, onClose }: { tender: Tender; opened: boolean; onClose(): void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [offeringId, setOfferingId] = useState<string | null>(null);
  // null: the attestations that can count for this tender, until the supplier changes the choice.
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);

  const offerings = useQuery({
    queryKey: ['offerings', 'all'],
    queryFn: () => unwrap(api.GET('/v1/offerings', { params: { query: { limit: 200 } } })),
    enabled: opened,
  });
  const workspaces = useQuery({
    queryKey: ['workspaces', 'all'],
    queryFn: () => unwrap(api.GET('/v1/workspaces', { params: { query: { limit: 200 } } })),
    enabled: opened,
  });
  // Attestations live in the workspaces of the offering (those the organization owns).
  const offeringWorkspaces = useMemo(
    () => (workspaces.data?.data ?? []).filter((w) => w.offeringId === offeringId && w.myRole === 'owner'),
    [workspaces.data, offeringId],
  );
  const attestationQueries = useQueries({
    queries: offeringWorkspaces.map((w) => ({
      queryKey: ['workspaces', w.id, 'attestations', 'for-bid'],
      queryFn: () => unwrap(api.GET('/v1/workspaces/{workspaceId}/attestations', { params: { path: { workspaceId: w.id }, query: { limit: 200 } } })),
    })),
  });
  const attestations = attestationQueries.flatMap((q) => q.data?.data ?? []);
  const attestationsPending = attestationQueries.some((q) => q.isPending);
  const attestationsError = attestationQueries.find((q) => q.error)?.error;
  const selected = chosen ?? attestations.filter((a) => fit(a, tender).relevant).map((a) => a.id);

  const submit = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/v1/tenders/{tenderId}/bids', {
          params: { path: { tenderId: tender.id }, header: { 'Idempotency-Key': idempotencyKey } },
          body: { offeringId: offeringId!, attestationIds: selected },
        }),
      ),
    onSuccess: (b) => {
      notify(`Bid submitted: ${b.compliance.overall.replace('_', '-')}.`, { color: b.compliance.overall === 'non_compliant' ? 'orange' : 'green' });
      void queryClient.invalidateQueries({ queryKey: ['tenders'] });
      close();
      void navigate(`/bids/${b.id}`);
    },
    onError: () => setIdempotencyKey(newIdempotencyKey()),
  });

  const close = () => {
    setOfferingId(null);
    setChosen(null);
    setIdempotencyKey(newIdempotencyKey());
    submit.reset();
    onClose();
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit.mutate();
  };

  return (
    <Modal opened={opened} onClose={close} title={`Bid on ${tender.ocid}`} size="xl" centered>
      <form onSubmit={onSubmit}>
        <Stack>
          {offerings.error ? <ProblemAlert error={offerings.error} title="Your offerings could not be loaded" /> : null}
          <Select
            label="Offering"
            description="The product you offer; only attestations of this offering count"
            placeholder={offerings.isPending ? 'Loading offerings…' : 'Choose an offering'}
            required
            searchable
            data={(offerings.data?.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
            value={offeringId}
            onChange={(v) => {
              setOfferingId(v);
              setChosen(null);
            }}
            nothingFoundMessage="No offering matches"
          />
          {offerings.data && offerings.data.data.length === 0 ? (
            <Alert color="blue" variant="light" title="No offerings">
              Create an offering and have it attested in a workspace before bidding.
            </Alert>
          ) : null}
          {offeringId ? (
            <Stack gap="xs">
              <Text size="sm" fw={500}>
                Attestations
              </Text>
              {workspaces.error ? <ProblemAlert error={workspaces.error} /> : null}
              {attestationsError ? <ProblemAlert error={attestationsError} /> : null}
              {workspaces.isPending || attestationsPending ? (
                <Loading label="Loading attestations" />
              ) : attestations.length === 0 ? (
                <Alert color="yellow" variant="light" title="This offering holds no attestations">
                  A bid without attestations is non-compliant. Get the offering assessed in a workspace first, or bid anyway to register interest.
                </Alert>
              ) : (
                <Checkbox.Group value={selected} onChange={setChosen} aria-label="Attestations the bid relies on">
                  <Stack gap="xs">
                    {attestations.map((a) => {
                      const f = fit(a, tender);
                      return (
                        <Checkbox
                          key={a.id}
                          value={a.id}
                          label={
                            <Group gap={6}>
                              <Code>{a.serial}</Code>
                              <StatusBadge size="sm" color={a.status === 'active' ? 'green' : 'gray'}>
                                {a.status}
                              </StatusBadge>
                              <Text size="sm">{OUTCOME_LABEL[a.outcome] ?? a.outcome}</Text>
                            </Group>
                          }
                          description={`${a.frameworks.map((fw) => fw.code).join(', ')} · markets ${a.markets.join(', ')} · valid until ${formatDate(a.validUntil)}${f.notes.length ? ` · ${f.notes.join('; ')}` : ''}`}
                        />
                      );
                    })}
                  </Stack>
                </Checkbox.Group>
              )}
            </Stack>
          ) : null}
          <ProblemAlert error={submit.error} title="The bid was not submitted" />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={submit.isPending} disabled={!offeringId}>
              Submit bid
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
