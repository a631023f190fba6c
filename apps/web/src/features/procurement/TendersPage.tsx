import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Checkbox,
  Code,
  Grid,
  Group,
  Modal,
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
import { formatDateTime } from '../../components/format';
import { useActingOrganization } from '../../auth/useActingOrganization';
import { useOrganizationNames } from '../../api/organization-names';
import { newIdempotencyKey, OverallBadge, TenderStatusBadge, type Bid, type Tender } from './procurement-parts';
import { CriteriaBuilder, toCriteria, type CriterionDraft } from '../service-levels/CriteriaBuilder';
import { notify } from '../../components/notify';

type MinimumOutcome = Schemas['FrameworkRequirementDto']['minimumOutcome'];

const SUPPLIER_KINDS = ['manufacturer', 'service_vendor'];

/**
 * Tenders: a procurer sees and publishes its own; manufacturers and service vendors see
 * every tender (the API shows them all, open and closed) with their own bids.
 */
export function TendersPage() {
  const { kind, organization } = useActingOrganization();
  const [opened, { open, close }] = useDisclosure(false);
  const isProcurer = kind === 'procurer';
  const isSupplier = !!kind && SUPPLIER_KINDS.includes(kind);

  return (
    <>
      <PageHeader
        title="Tenders"
        description={
          isProcurer
            ? 'Your calls for bids, with the frameworks, markets and evidence freshness bids must prove.'
            : isSupplier
              ? 'Calls for bids from procurers. Bid with an offering and the attestations it holds; each bid gets a compliance report at once.'
              : 'Calls for bids from procurers.'
        }
        actions={isProcurer ? <Button onClick={open}>Publish tender</Button> : null}
      />
      {isProcurer || isSupplier ? (
        <TendersTable isProcurer={isProcurer} onCreate={open} />
      ) : (
        <Alert color="blue" variant="light" title="For procurers and suppliers">
          Procurers publish tenders and manufacturers and service vendors bid on them.{' '}
          {organization ? `${organization.name} is an ${kind?.replace('_', ' ')} organization.` : ''}
        </Alert>
      )}
      {isProcurer ? <CreateTenderModal opened={opened} onClose={close} /> : null}
    </>
  );
}

function TendersTable({ isProcurer, onCreate }: { isProcurer: boolean; onCreate(): void }) {
  const tenders = useCursorPages<Tender>(['tenders'], (cursor) => unwrap(api.GET('/v1/tenders', { params: { query: { cursor, limit: 25 } } })));

  if (tenders.isPending) return <Loading label="Loading tenders" />;
  if (tenders.error) return <ProblemAlert error={tenders.error} />;
  if (tenders.items.length === 0) {
    return isProcurer ? (
      <EmptyState
        title="No tenders yet"
        action={
          <Button size="xs" variant="light" onClick={onCreate}>
            Publish tender
          </Button>
        }
      >
        Publish a tender with the frameworks and markets bids must be attested for; suppliers then bid with their attestations.
      </EmptyState>
    ) : (
      <EmptyState title="No tenders to bid on">No procurer has published a tender yet. Tenders appear here as soon as they are published.</EmptyState>
    );
  }
  return (
    <>
      <Table.ScrollContainer minWidth={960}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Tender</Table.Th>
              <Table.Th>Buyer</Table.Th>
              <Table.Th>Requirements</Table.Th>
              <Table.Th>Markets</Table.Th>
              <Table.Th>Deadline</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>{isProcurer ? 'Bids' : 'Your bid'}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tenders.items.map((t) => (
              <Table.Tr key={t.id}>
                <Table.Td maw={340}>
                  <Anchor component={Link} to={`/tenders/${t.id}`}>
                    {t.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t.ocid}
                  </Text>
                </Table.Td>
                <Table.Td>{t.buyer}</Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    {t.requirements.map((r) => (
                      <Text key={r.frameworkId} size="sm">
                        <Code>{r.frameworkCode}</Code> ≥ {r.minimumOutcome?.replaceAll('_', ' ')}
                      </Text>
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td>{t.markets.join(', ') || '—'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(t.deadline)}</Table.Td>
                <Table.Td>
                  <TenderStatusBadge tender={t} />
                </Table.Td>
                <Table.Td>
                  <BidsCell tender={t} isProcurer={isProcurer} />
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
  const bids = useQuery({
    queryKey: ['tenders', tender.id, 'bids', 'summary'],
    queryFn: () => unwrap(api.GET('/v1/tenders/{tenderId}/bids', { params: { path: { tenderId: tender.id }, query: { limit: 50 } } })),
  });
  if (bids.isPending) return <Text size="sm">…</Text>;
  if (bids.error) return <Text size="sm">not available</Text>;
  const list: Bid[] = bids.data.data;
  if (isProcurer) {
    const submitted = list.filter((b) => b.status === 'submitted');
    const compliant = submitted.filter((b) => b.compliance.overall !== 'non_compliant').length;
    if (!list.length) return <Text size="sm">none yet</Text>;
    return (
      <Text size="sm">
        {submitted.length}
        {bids.data.nextCursor ? '+' : ''} submitted · {compliant} compliant
      </Text>
    );
  }
  const mine = list.find((b) => b.status === 'submitted') ?? list[0];
  if (!mine) return <Text size="sm">{tender.status === 'open' ? 'not yet' : '—'}</Text>;
  return (
    <Group gap={6} wrap="nowrap">
      <Anchor component={Link} to={`/bids/${mine.id}`} size="sm" style={{ whiteSpace: 'nowrap' }}>
        {mine.status === 'withdrawn' ? 'withdrawn bid' : 'your bid'}
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
    onSuccess: (t) => {
      notify(`Tender ${t.ocid} is published.`);
      void queryClient.invalidateQueries({ queryKey: ['tenders'] });
      reset();
      onClose();
      void navigate(`/tenders/${t.id}`);
    },
    // A corrected form is a new logical request.
    onError: () => setIdempotencyKey(newIdempotencyKey()),
  });
  const fieldError = (f: string) => {
    if (!(create.error instanceof ApiProblem)) return undefined;
    return (
      create.error.problem.errors
        ?.filter((e) => e.field === f || e.field.startsWith(`${f}.`))
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
    <Modal opened={opened} onClose={cancel} title="Publish tender" size="xl" centered>
      <form onSubmit={submit}>
        <Stack>
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="OCID"
                description="OCDS open contracting id: ocds-<6-character prefix>-<local id>"
                placeholder="ocds-tiepo1-2026-0043"
                required
                value={ocid}
                onChange={(e) => setOcid(e.currentTarget.value)}
                error={fieldError('ocid')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Deadline"
                description="Bids are refused after it (your local time)"
                type="datetime-local"
                required
                value={deadline}
                onChange={(e) => setDeadline(e.currentTarget.value)}
                error={fieldError('deadline')}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <TextInput label="Title" required maxLength={300} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={fieldError('title')} />
            </Grid.Col>
            <Grid.Col span={12}>
              <TextInput
                label="Buyer"
                description="The contracting authority"
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
              Requirements
            </Title>
            <Text size="sm" c="dimmed">
              Each framework a bid&apos;s attestations must cover, with the lowest outcome you accept.
            </Text>
            {frameworks.error ? <ProblemAlert error={frameworks.error} title="The frameworks could not be loaded" /> : null}
            {requirements.map((r, i) => (
              <Group key={r.key} align="flex-end" wrap="nowrap">
                <Select
                  style={{ flex: 1 }}
                  label={`Framework ${i + 1}`}
                  placeholder={frameworks.isPending ? 'Loading frameworks…' : 'Choose a framework'}
                  searchable
                  required
                  data={frameworkOptions.filter((o) => o.value === r.frameworkId || !requirements.some((x) => x.frameworkId === o.value))}
                  value={r.frameworkId}
                  onChange={(v) => setRow(r.key, { frameworkId: v })}
                />
                <Select
                  w={240}
                  label={`Minimum outcome ${i + 1}`}
                  allowDeselect={false}
                  data={[
                    { value: 'conformant', label: 'Conformant' },
                    { value: 'conformant_with_conditions', label: 'Conformant with conditions' },
                  ]}
                  value={r.minimumOutcome}
                  onChange={(v) => v && setRow(r.key, { minimumOutcome: v as MinimumOutcome })}
                />
                <ActionIcon
                  variant="default"
                  size="lg"
                  mb={2}
                  aria-label={`Remove framework ${i + 1}`}
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
                Add framework
              </Button>
            </Group>
          </Stack>

          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TagsInput
                label="Markets"
                description="ISO 3166 country codes the attestations must cover; press Enter after each"
                placeholder="TH"
                value={markets}
                onChange={(v) => setMarkets(v.map((m) => m.trim().toUpperCase()))}
                error={invalidMarkets.length ? `Not a two-letter country code: ${invalidMarkets.join(', ')}` : fieldError('markets')}
                splitChars={[',', ' ']}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <NumberInput
                label="Maximum evidence age (days)"
                description="Oldest frozen evidence (from its effective date) an attestation may rest on; empty for no limit"
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
                label="Accredited issuers only"
                description="Only attestations whose issuer holds a verified accreditation covering them, at issue and now, count"
                checked={accreditedOnly}
                onChange={(e) => setAccreditedOnly(e.currentTarget.checked)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <MultiSelect
                label="Accepted issuers"
                description="Optional: only attestations of these assessors count"
                placeholder={allowedIssuers.length ? undefined : 'Any issuer'}
                searchable
                data={directory.filter((o) => o.kind === 'assessor').map((o) => ({ value: o.id, label: o.name }))}
                value={allowedIssuers}
                onChange={setAllowedIssuers}
                error={fieldError('allowedIssuerIds')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Contract start"
                description="Optional: relied-on attestations must be valid for the whole contract period"
                type="date"
                value={contractStart}
                onChange={(e) => setContractStart(e.currentTarget.value)}
                error={halfContract && !contractStart ? 'Give both dates, or neither' : fieldError('contractPeriod.startDate')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Contract end"
                description="The last day of the contract"
                type="date"
                min={contractStart || undefined}
                value={contractEnd}
                onChange={(e) => setContractEnd(e.currentTarget.value)}
                error={halfContract && !contractEnd ? 'Give both dates, or neither' : fieldError('contractPeriod.endDate')}
              />
            </Grid.Col>
          </Grid>
          <CriteriaBuilder value={criteria} onChange={setCriteria} problem={create.error} />

          <ProblemAlert error={create.error} title="The tender was not published" />
          <Group justify="flex-end">
            <Button variant="default" onClick={cancel}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={create.isPending}
              disabled={!ocid.trim() || !title.trim() || !deadline || !requirements.some((r) => r.frameworkId) || invalidMarkets.length > 0 || halfContract}
            >
              Publish tender
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
