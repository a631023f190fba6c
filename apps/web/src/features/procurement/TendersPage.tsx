import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Checkbox,
  Code,
  Grid,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { Dialog } from '../../components/Dialog';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { CursorPager, useCursorPages } from '../../components/CursorPager';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime, formatList } from '../../components/format';
import { useActingOrganization } from '../../auth/useActingOrganization';
import { useOrganizationNames } from '../../api/organization-names';
import { newIdempotencyKey, OverallBadge, TenderStatusBadge, useProcurementWords, type Bid, type Tender } from './procurement-parts';
import { messageId, useT, type MessageId } from '../../i18n';
import { CriteriaBuilder, toCriteria, type CriterionDraft } from '../service-levels/CriteriaBuilder';
import { notify } from '../../components/notify';

type MinimumOutcome = Schemas['TenderFrameworkRequirementDto']['minimumOutcome'];

const MINIMUM_OUTCOME: Record<NonNullable<MinimumOutcome>, MessageId> = {
  conformant: messageId('procurement.minimumOutcome.conformant'),
  conformant_with_conditions: messageId('procurement.minimumOutcome.conformant_with_conditions'),
};

const SUPPLIER_KINDS = ['manufacturer', 'service_vendor'];

/**
 * Tenders: a procurer sees and publishes its own; manufacturers and service vendors see
 * every tender (the API shows them all, open and closed) with their own bids.
 */
export function TendersPage() {
  const t = useT();
  const words = useProcurementWords();
  const { kind, organization } = useActingOrganization();
  const [opened, { open, close }] = useDisclosure(false);
  const isProcurer = kind === 'procurer';
  const isSupplier = !!kind && SUPPLIER_KINDS.includes(kind);

  return (
    <>
      <PageHeader
        title={t('procurement.tenders.title')}
        description={t(
          isProcurer
            ? 'procurement.tenders.descriptionProcurer'
            : isSupplier
              ? 'procurement.tenders.descriptionSupplier'
              : 'procurement.tenders.descriptionOther',
        )}
        actions={isProcurer ? <Button onClick={open}>{t('procurement.tenders.publish')}</Button> : null}
      />
      {isProcurer || isSupplier ? (
        <TendersTable isProcurer={isProcurer} onCreate={open} />
      ) : (
        <Alert color="blue" variant="light" title={t('procurement.tenders.otherTitle')}>
          {t('procurement.tenders.otherText')}{' '}
          {organization ? t('procurement.tenders.organizationKind', { name: organization.name, kind: words.organizationKind(kind) }) : ''}
        </Alert>
      )}
      {isProcurer ? <CreateTenderModal opened={opened} onClose={close} /> : null}
    </>
  );
}

function TendersTable({ isProcurer, onCreate }: { isProcurer: boolean; onCreate(): void }) {
  const t = useT();
  const words = useProcurementWords();
  const tenders = useCursorPages<Tender>(['tenders'], (cursor) => unwrap(api.GET('/v1/tenders', { params: { query: { cursor, limit: 25 } } })));

  if (tenders.isPending) return <Loading label={t('procurement.tenders.loading')} />;
  if (tenders.error) return <ProblemAlert error={tenders.error} />;
  if (tenders.items.length === 0) {
    return isProcurer ? (
      <EmptyState
        title={t('procurement.tenders.emptyTitle')}
        action={
          <Button size="xs" variant="light" onClick={onCreate}>
            {t('procurement.tenders.publish')}
          </Button>
        }
      >
        {t('procurement.tenders.emptyText')}
      </EmptyState>
    ) : (
      <EmptyState title={t('procurement.tenders.emptySupplierTitle')}>{t('procurement.tenders.emptySupplierText')}</EmptyState>
    );
  }
  return (
    <>
      <Table.ScrollContainer minWidth={960}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('procurement.tenders.column.tender')}</Table.Th>
              <Table.Th>{t('procurement.tenders.column.buyer')}</Table.Th>
              <Table.Th>{t('procurement.tenders.column.requirements')}</Table.Th>
              <Table.Th>{t('procurement.tenders.column.markets')}</Table.Th>
              <Table.Th>{t('procurement.tenders.column.deadline')}</Table.Th>
              <Table.Th>{t('procurement.tenders.column.status')}</Table.Th>
              <Table.Th>{t(isProcurer ? 'procurement.tenders.column.bids' : 'procurement.tenders.column.yourBid')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tenders.items.map((tender) => (
              <Table.Tr key={tender.id}>
                <Table.Td maw={340}>
                  <Anchor component={Link} to={`/tenders/${tender.id}`}>
                    {tender.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {tender.ocid}
                  </Text>
                </Table.Td>
                <Table.Td>{tender.buyer}</Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    {tender.requirements.map((r) => (
                      <Text key={r.frameworkId} size="sm">
                        <Code>{r.frameworkCode}</Code> ≥ {words.outcome(r.minimumOutcome)}
                      </Text>
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td>{tender.markets.length ? words.markets(tender.markets) : '—'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(tender.deadline)}</Table.Td>
                <Table.Td>
                  <TenderStatusBadge tender={tender} />
                </Table.Td>
                <Table.Td>
                  <BidsCell tender={tender} isProcurer={isProcurer} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <CursorPager pager={tenders} />
    </>
  );
}

/** The bids of one row: the count (procurer) or the supplier's own latest bid and its result. */
function BidsCell({ tender, isProcurer }: { tender: Tender; isProcurer: boolean }) {
  const t = useT();
  const bids = useQuery({
    queryKey: ['tenders', tender.id, 'bids', 'summary'],
    queryFn: () => unwrap(api.GET('/v1/tenders/{tenderId}/bids', { params: { path: { tenderId: tender.id }, query: { limit: 50 } } })),
  });
  if (bids.isPending) return <Text size="sm">…</Text>;
  if (bids.error) return <Text size="sm">{t('procurement.tenders.bidsUnavailable')}</Text>;
  const list: Bid[] = bids.data.data;
  if (isProcurer) {
    const submitted = list.filter((b) => b.status === 'submitted');
    const compliant = submitted.filter((b) => b.compliance.overall !== 'non_compliant').length;
    if (!list.length) return <Text size="sm">{t('procurement.tenders.noBids')}</Text>;
    return (
      <Text size="sm">
        {t(bids.data.nextCursor ? 'procurement.tenders.bidCountMore' : 'procurement.tenders.bidCount', {
          submitted: submitted.length,
          compliant,
        })}
      </Text>
    );
  }
  // The latest submitted bid (the API lists them oldest first), else the latest withdrawn one.
  const latest = [...list].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
  const mine = latest.find((b) => b.status === 'submitted') ?? latest[0];
  if (!mine) return <Text size="sm">{tender.status === 'open' ? t('procurement.tenders.notYet') : '—'}</Text>;
  return (
    <Group gap={6} wrap="nowrap">
      <Anchor component={Link} to={`/bids/${mine.id}`} size="sm" style={{ whiteSpace: 'nowrap' }}>
        {t(mine.status === 'withdrawn' ? 'procurement.tenders.withdrawnBid' : 'procurement.tenders.yourBid')}
      </Anchor>
      {mine.status === 'submitted' ? <OverallBadge overall={mine.compliance.overall} size="sm" /> : null}
    </Group>
  );
}

interface RequirementRow {
  key: number;
  frameworkId: string | null;
  minimumOutcome: MinimumOutcome;
}

function defaultDeadline(): string {
  const d = new Date(Date.now() + 30 * 86400_000);
  d.setHours(17, 0, 0, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function CreateTenderModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const t = useT();
  const { organization } = useActingOrganization();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [ocid, setOcid] = useState('');
  const [title, setTitle] = useState('');
  const [buyer, setBuyer] = useState('');
  const [deadline, setDeadline] = useState(defaultDeadline);
  const [requirements, setRequirements] = useState<RequirementRow[]>([{ key: 0, frameworkId: null, minimumOutcome: 'conformant' }]);
  const [markets, setMarkets] = useState<string[]>([]);
  const [maxAge, setMaxAge] = useState<number | string>('');
  const [accreditedOnly, setAccreditedOnly] = useState(true);
  const [allowedIssuers, setAllowedIssuers] = useState<string[]>([]);
  const [contractStart, setContractStart] = useState('');
  const [contractEnd, setContractEnd] = useState('');
  const [criteria, setCriteria] = useState<CriterionDraft[]>([]);
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);

  const frameworks = useQuery({
    queryKey: ['frameworks', 'all'],
    queryFn: () => unwrap(api.GET('/v1/frameworks', { params: { query: { limit: 200 } } })),
    enabled: opened,
    staleTime: 5 * 60_000,
  });
  const { directory } = useOrganizationNames();
  const frameworkOptions = useMemo(
    () => (frameworks.data?.data ?? []).map((f) => ({ value: f.id, label: `${f.title} (${f.code} ${f.version})` })),
    [frameworks.data],
  );

  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/v1/tenders', {
          params: { header: { 'Idempotency-Key': idempotencyKey } },
          body: {
            ocid: ocid.trim(),
            title: title.trim(),
            buyer: (buyer.trim() || organization?.name) ?? '',
            deadline: new Date(deadline).toISOString(),
            requirements: requirements.filter((r) => r.frameworkId).map((r) => ({ frameworkId: r.frameworkId!, minimumOutcome: r.minimumOutcome })),
            markets: markets.map((m) => m.trim().toUpperCase()),
            ...(maxAge !== '' ? { maxEvidenceAgeDays: Number(maxAge) } : {}),
            accreditedIssuersOnly: accreditedOnly,
            ...(allowedIssuers.length ? { allowedIssuerIds: allowedIssuers } : {}),
            ...(contractStart && contractEnd ? { contractPeriod: { startDate: contractStart, endDate: contractEnd } } : {}),
            ...(criteria.length ? { criteria: toCriteria(criteria) } : {}),
          },
        }),
      ),
    onSuccess: (created) => {
      notify(t('procurement.create.published', { ocid: created.ocid }));
      void queryClient.invalidateQueries({ queryKey: ['tenders'] });
      reset();
      onClose();
      void navigate(`/tenders/${created.id}`);
    },
    // A corrected form is a new logical request.
    onError: () => setIdempotencyKey(newIdempotencyKey()),
  });
  const fieldError = (f: string) => {
    if (!(create.error instanceof ApiProblem)) return undefined;
    return (
      create.error.problem.errors
        ?.filter((e) => e.field === f || e.field.startsWith(`${f}.`) || e.field.startsWith(`${f}[`))
        .map((e) => e.message)
        .join('; ') || undefined
    );
  };

  const reset = () => {
    setOcid('');
    setTitle('');
    setBuyer('');
    setDeadline(defaultDeadline());
    setRequirements([{ key: 0, frameworkId: null, minimumOutcome: 'conformant' }]);
    setMarkets([]);
    setMaxAge('');
    setAccreditedOnly(true);
    setAllowedIssuers([]);
    setContractStart('');
    setContractEnd('');
    setCriteria([]);
    setIdempotencyKey(newIdempotencyKey());
    create.reset();
  };
  const cancel = () => {
    reset();
    onClose();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const setRow = (key: number, patch: Partial<RequirementRow>) => setRequirements((rows) => rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const invalidMarkets = markets.filter((m) => !/^[A-Za-z]{2}$/.test(m.trim()));
  // Both dates or neither: half a contract period is not one.
  const halfContract = Boolean(contractStart) !== Boolean(contractEnd);

  return (
    <Dialog opened={opened} onClose={cancel} title={t('procurement.create.title')} size="xl" centered>
      <form onSubmit={submit}>
        <Stack>
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('procurement.create.ocid')}
                description={t('procurement.create.ocidHint')}
                placeholder={t('procurement.create.ocidPlaceholder')}
                required
                value={ocid}
                onChange={(e) => setOcid(e.currentTarget.value)}
                error={fieldError('ocid')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('procurement.create.deadline')}
                description={t('procurement.create.deadlineHint')}
                type="datetime-local"
                required
                value={deadline}
                onChange={(e) => setDeadline(e.currentTarget.value)}
                error={fieldError('deadline')}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <TextInput
                label={t('procurement.create.tenderTitle')}
                required
                maxLength={300}
                value={title}
                onChange={(e) => setTitle(e.currentTarget.value)}
                error={fieldError('title')}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <TextInput
                label={t('procurement.create.buyer')}
                description={t('procurement.create.buyerHint')}
                placeholder={organization?.name}
                maxLength={300}
                value={buyer}
                onChange={(e) => setBuyer(e.currentTarget.value)}
                error={fieldError('buyer')}
              />
            </Grid.Col>
          </Grid>

          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('procurement.create.requirements')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('procurement.create.requirementsHint')}
            </Text>
            {frameworks.error ? <ProblemAlert error={frameworks.error} title={t('procurement.create.frameworksFailed')} /> : null}
            {requirements.map((r, i) => (
              <Group key={r.key} align="flex-end" wrap="nowrap">
                <Select
                  style={{ flex: 1 }}
                  label={t('procurement.create.framework', { n: i + 1 })}
                  placeholder={t(frameworks.isPending ? 'procurement.create.frameworksLoading' : 'procurement.create.frameworkPlaceholder')}
                  searchable
                  required
                  data={frameworkOptions.filter((o) => o.value === r.frameworkId || !requirements.some((x) => x.frameworkId === o.value))}
                  value={r.frameworkId}
                  onChange={(v) => setRow(r.key, { frameworkId: v })}
                />
                <Select
                  w={240}
                  label={t('procurement.create.minimumOutcome', { n: i + 1 })}
                  allowDeselect={false}
                  data={Object.entries(MINIMUM_OUTCOME).map(([value, id]) => ({ value, label: t(id) }))}
                  value={r.minimumOutcome}
                  onChange={(v) => v && setRow(r.key, { minimumOutcome: v as MinimumOutcome })}
                />
                <ActionIcon
                  variant="default"
                  size="lg"
                  mb={2}
                  aria-label={t('procurement.create.removeFramework', { n: i + 1 })}
                  disabled={requirements.length === 1}
                  onClick={() => setRequirements((rows) => rows.filter((x) => x.key !== r.key))}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            {fieldError('requirements') ? (
              <Text size="sm" c="red.9">
                {fieldError('requirements')}
              </Text>
            ) : null}
            <Group>
              <Button
                size="xs"
                variant="light"
                disabled={requirements.length >= 20}
                onClick={() =>
                  setRequirements((rows) => [...rows, { key: Math.max(...rows.map((x) => x.key)) + 1, frameworkId: null, minimumOutcome: 'conformant' }])
                }
              >
                {t('procurement.create.addFramework')}
              </Button>
            </Group>
          </Stack>

          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TagsInput
                label={t('procurement.create.markets')}
                description={t('procurement.create.marketsHint')}
                placeholder={t('procurement.create.marketsPlaceholder')}
                value={markets}
                onChange={(v) => setMarkets(v.map((m) => m.trim().toUpperCase()))}
                error={invalidMarkets.length ? t('procurement.create.invalidMarkets', { codes: formatList(invalidMarkets) }) : fieldError('markets')}
                splitChars={[',', ' ']}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <NumberInput
                label={t('procurement.create.maxAge')}
                description={t('procurement.create.maxAgeHint')}
                min={1}
                max={3650}
                allowDecimal={false}
                value={maxAge}
                onChange={setMaxAge}
                error={fieldError('maxEvidenceAgeDays')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Checkbox
                mt="sm"
                label={t('procurement.create.accreditedOnly')}
                description={t('procurement.create.accreditedOnlyHint')}
                checked={accreditedOnly}
                onChange={(e) => setAccreditedOnly(e.currentTarget.checked)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <MultiSelect
                label={t('procurement.create.issuers')}
                description={t('procurement.create.issuersHint')}
                placeholder={allowedIssuers.length ? undefined : t('procurement.create.anyIssuer')}
                searchable
                data={directory.filter((o) => o.kind === 'assessor').map((o) => ({ value: o.id, label: o.name }))}
                value={allowedIssuers}
                onChange={setAllowedIssuers}
                error={fieldError('allowedIssuerIds')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('procurement.create.contractStart')}
                description={t('procurement.create.contractStartHint')}
                type="date"
                value={contractStart}
                onChange={(e) => setContractStart(e.currentTarget.value)}
                error={halfContract && !contractStart ? t('procurement.create.bothDates') : fieldError('contractPeriod.startDate')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('procurement.create.contractEnd')}
                description={t('procurement.create.contractEndHint')}
                type="date"
                min={contractStart || undefined}
                value={contractEnd}
                onChange={(e) => setContractEnd(e.currentTarget.value)}
                error={halfContract && !contractEnd ? t('procurement.create.bothDates') : fieldError('contractPeriod.endDate')}
              />
            </Grid.Col>
          </Grid>
          <CriteriaBuilder value={criteria} onChange={setCriteria} problem={create.error} />

          <ProblemAlert error={create.error} title={t('procurement.create.failed')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={cancel}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={create.isPending}
              disabled={!ocid.trim() || !title.trim() || !deadline || !requirements.some((r) => r.frameworkId) || invalidMarkets.length > 0 || halfContract}
            >
              {t('procurement.tenders.publish')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
