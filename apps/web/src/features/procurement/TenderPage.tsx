import { Alert, Anchor, Button, Card, Checkbox, Code, DataList, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { Dialog } from '../../components/Dialog';
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
import { formatDate, formatDateTime, formatList, formatNumber } from '../../components/format';
import { useActingOrganization } from '../../auth/useActingOrganization';
import {
  AttestationStatusBadge,
  BidStatusBadge,
  newIdempotencyKey,
  OrganizationName,
  OVERALL_LABEL,
  OverallBadge,
  ResultBadge,
  TenderStatusBadge,
  useProcurementWords,
  type Bid,
  type Tender,
} from './procurement-parts';
import { useT } from '../../i18n';
import { notify } from '../../components/notify';
import { TenderServiceCriteria } from '../service-levels/TenderServiceCriteria';

type Attestation = Schemas['AttestationDto'];

/** One tender: what it asks for and its bids with their compliance (a supplier sees only its own bids). */
export function TenderPage() {
  const t = useT();
  const { tenderId = '' } = useParams();
  const { kind } = useActingOrganization();
  const [bidOpened, bid] = useDisclosure(false);
  const tender = useQuery({
    queryKey: ['tenders', tenderId],
    queryFn: () => unwrap(api.GET('/v1/tenders/{tenderId}', { params: { path: { tenderId } } })),
  });
  const isSupplier = kind === 'manufacturer' || kind === 'service_vendor';

  if (tender.isPending) return <Loading label={t('procurement.tender.loading')} />;
  if (tender.error)
    return <LoadFailed title={t('procurement.tender.title')} error={tender.error} back={{ to: '/tenders', label: t('procurement.backToTenders') }} />;
  const current = tender.data;
  const canBid = isSupplier && current.status === 'open';
  return (
    <>
      <PageHeader
        title={current.title}
        description={
          <>
            <Anchor component={Link} to="/tenders" size="sm" underline="always">
              {t('procurement.tenders.title')}
            </Anchor>{' '}
            / {current.ocid}
          </>
        }
        actions={canBid ? <Button onClick={bid.open}>{t('procurement.tender.submitBid')}</Button> : null}
      />
      <Stack gap="xl">
        <TenderDetails tender={current} />
        <TenderServiceCriteria tenderId={current.id} ocid={current.ocid} />
        <BidsSection tender={current} isSupplier={isSupplier} onBid={canBid ? bid.open : undefined} />
      </Stack>
      {canBid ? <SubmitBidModal tender={current} opened={bidOpened} onClose={bid.close} /> : null}
    </>
  );
}

function TenderDetails({ tender }: { tender: Tender }) {
  const t = useT();
  const words = useProcurementWords();
  const { nameOf } = useOrganizationNames();
  return (
    <Card withBorder padding="md">
      <DataList labelWidth={200} withDivider>
        <DataListItem label={t('procurement.tender.status')}>
          <Group gap="xs">
            <TenderStatusBadge tender={tender} />
            <Text size="sm">
              {t(tender.status === 'open' ? 'procurement.tender.bidsUntil' : 'procurement.tender.closedAt', { time: formatDateTime(tender.deadline) })}
            </Text>
          </Group>
        </DataListItem>
        <DataListItem label={t('procurement.tender.buyer')}>{tender.buyer}</DataListItem>
        <DataListItem label={t('procurement.tender.ocid')}>
          <Code>{tender.ocid}</Code>
        </DataListItem>
        <DataListItem label={t('procurement.tender.frameworks')}>
          <Stack gap={2}>
            {tender.requirements.map((r) => (
              <Text key={r.frameworkId} size="sm">
                <Code>{r.frameworkCode}</Code> {t('procurement.tender.atLeast', { outcome: words.outcome(r.minimumOutcome) })}
              </Text>
            ))}
          </Stack>
        </DataListItem>
        <DataListItem label={t('procurement.tender.markets')}>
          {tender.markets.length ? words.markets(tender.markets) : t('procurement.tender.anyMarket')}
        </DataListItem>
        <DataListItem label={t('procurement.tender.maxAge')}>
          {tender.maxEvidenceAgeDays
            ? t('procurement.tender.maxAgeDays', { count: tender.maxEvidenceAgeDays, days: formatNumber(tender.maxEvidenceAgeDays) })
            : t('procurement.tender.noLimit')}
        </DataListItem>
        <DataListItem label={t('procurement.tender.contractPeriod')}>
          {tender.contractPeriod
            ? t('procurement.tender.contractPeriodValue', {
                start: formatDate(tender.contractPeriod.startDate),
                end: formatDate(tender.contractPeriod.endDate),
              })
            : t('procurement.tender.notStated')}
        </DataListItem>
        <DataListItem label={t('procurement.tender.issuers')}>
          {tender.allowedIssuerIds.length
            ? t(tender.accreditedIssuersOnly ? 'procurement.tender.accreditedIssuersNamed' : 'procurement.tender.anyIssuerNamed', {
                names: formatList(tender.allowedIssuerIds.map(nameOf)),
              })
            : t(tender.accreditedIssuersOnly ? 'procurement.tender.accreditedIssuers' : 'procurement.tender.anyIssuer')}
        </DataListItem>
      </DataList>
    </Card>
  );
}

function BidsSection({ tender, isSupplier, onBid }: { tender: Tender; isSupplier: boolean; onBid?: () => void }) {
  const t = useT();
  const { organizationId } = useActingOrganization();
  const bids = useCursorPages<Bid>(['tenders', tender.id, 'bids'], (cursor) =>
    unwrap(api.GET('/v1/tenders/{tenderId}/bids', { params: { path: { tenderId: tender.id }, query: { cursor, limit: 25 } } })),
  );

  return (
    <section aria-labelledby="bids-heading">
      <Title order={2} size="h3" id="bids-heading" mb="sm">
        {t(isSupplier ? 'procurement.tender.yourBids' : 'procurement.tender.bids')}
      </Title>
      {bids.isPending ? (
        <Loading label={t('procurement.tender.bidsLoading')} />
      ) : bids.error ? (
        <ProblemAlert error={bids.error} />
      ) : bids.items.length === 0 ? (
        <EmptyState
          title={t(isSupplier ? 'procurement.tender.noBidsSupplier' : 'procurement.tender.noBids')}
          action={
            onBid ? (
              <Button size="xs" variant="light" onClick={onBid}>
                {t('procurement.tender.submitBid')}
              </Button>
            ) : null
          }
        >
          {isSupplier
            ? t(tender.status === 'open' ? 'procurement.tender.noBidsSupplierOpen' : 'procurement.tender.closed')
            : tender.status === 'open'
              ? t('procurement.tender.suppliersCanBid', { time: formatDateTime(tender.deadline) })
              : t('procurement.tender.closedWithoutBids')}
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={880}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('procurement.tender.column.supplier')}</Table.Th>
                <Table.Th>{t('procurement.tender.column.submitted')}</Table.Th>
                <Table.Th>{t('procurement.tender.column.status')}</Table.Th>
                <Table.Th>{t('procurement.tender.column.compliance')}</Table.Th>
                <Table.Th>{t('procurement.tender.column.perFramework')}</Table.Th>
                <Table.Th>{t('procurement.tender.column.report')}</Table.Th>
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
                      {t('procurement.tender.openReport')}
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

/** Why an attestation may not count for the tender, as data the form puts into words. */
type FitNote = { kind: 'noFramework' } | { kind: 'markets'; missing: string[] } | { kind: 'status'; status: Attestation['status'] };

/** Whether an attestation could satisfy the tender: covers a required framework and every market, and is active. */
function fit(a: Attestation, tender: Tender): { relevant: boolean; notes: FitNote[] } {
  const required = new Set(tender.requirements.map((r) => r.frameworkId));
  const covers = a.frameworks.filter((f) => required.has(f.id));
  const notes: FitNote[] = [];
  if (!covers.length) notes.push({ kind: 'noFramework' });
  const missing = tender.markets.filter((m) => !a.markets.includes(m));
  if (missing.length) notes.push({ kind: 'markets', missing });
  if (a.status !== 'active') notes.push({ kind: 'status', status: a.status });
  return { relevant: covers.length > 0 && a.status === 'active', notes };
}

function SubmitBidModal({ tender, opened, onClose }: { tender: Tender; opened: boolean; onClose(): void }) {
  const t = useT();
  const words = useProcurementWords();
  const note = (n: FitNote): string =>
    n.kind === 'noFramework'
      ? t('procurement.bidForm.noFramework')
      : n.kind === 'markets'
        ? t('procurement.bidForm.missingMarkets', { markets: words.markets(n.missing) })
        : t('procurement.bidForm.notActive', { status: words.attestationStatus(n.status) });
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
      notify(t('procurement.bidForm.submitted', { result: t(OVERALL_LABEL[b.compliance.overall]) }), {
        color: b.compliance.overall === 'non_compliant' ? 'orange' : 'green',
      });
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
    <Dialog opened={opened} onClose={close} title={t('procurement.bidForm.title', { ocid: tender.ocid })} size="xl" centered>
      <form onSubmit={onSubmit}>
        <Stack>
          {offerings.error ? <ProblemAlert error={offerings.error} title={t('procurement.bidForm.offeringsFailed')} /> : null}
          <Select
            label={t('procurement.bidForm.offering')}
            description={t('procurement.bidForm.offeringHint')}
            placeholder={t(offerings.isPending ? 'procurement.bidForm.offeringsLoading' : 'procurement.bidForm.offeringPlaceholder')}
            required
            searchable
            data={(offerings.data?.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
            value={offeringId}
            onChange={(v) => {
              setOfferingId(v);
              setChosen(null);
            }}
            nothingFoundMessage={t('procurement.bidForm.noOfferingMatches')}
          />
          {offerings.data && offerings.data.data.length === 0 ? (
            <Alert color="blue" variant="light" title={t('procurement.bidForm.noOfferingsTitle')}>
              {t('procurement.bidForm.noOfferingsText')}
            </Alert>
          ) : null}
          {offeringId ? (
            <Stack gap="xs">
              <Text size="sm" fw={500}>
                {t('procurement.bidForm.attestations')}
              </Text>
              {workspaces.error ? <ProblemAlert error={workspaces.error} /> : null}
              {attestationsError ? <ProblemAlert error={attestationsError} /> : null}
              {workspaces.isPending || attestationsPending ? (
                <Loading label={t('procurement.bidForm.attestationsLoading')} />
              ) : attestations.length === 0 ? (
                <Alert color="yellow" variant="light" title={t('procurement.bidForm.noAttestationsTitle')}>
                  {t('procurement.bidForm.noAttestationsText')}
                </Alert>
              ) : (
                <Checkbox.Group value={selected} onChange={setChosen} aria-label={t('procurement.bidForm.attestationsLabel')}>
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
                              <AttestationStatusBadge size="sm" color={a.status === 'active' ? 'green' : 'gray'} status={a.status} />
                              <Text size="sm">{words.outcome(a.outcome)}</Text>
                            </Group>
                          }
                          description={[
                            t('procurement.bidForm.attestationSummary', {
                              frameworks: formatList(a.frameworks.map((fw) => fw.code)),
                              markets: words.markets(a.markets),
                              validUntil: formatDate(a.validUntil),
                            }),
                            ...f.notes.map(note),
                          ].join(' · ')}
                        />
                      );
                    })}
                  </Stack>
                </Checkbox.Group>
              )}
            </Stack>
          ) : null}
          <ProblemAlert error={submit.error} title={t('procurement.bidForm.failed')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={submit.isPending} disabled={!offeringId}>
              {t('procurement.bidForm.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
