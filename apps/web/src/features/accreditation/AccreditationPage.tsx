import { Alert, Button, Group, MultiSelect, Select, Stack, Switch, Table, Text, Textarea, TextInput, TagsInput } from '@mantine/core';
import { Dialog } from '../../components/Dialog';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { useActingOrganization } from '../../auth/useActingOrganization';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatList, formatMarket } from '../../components/format';
import { notify } from '../../components/notify';
import { useT } from '../../i18n';
import {
  AccreditationStatusBadge,
  SERVICE_CATEGORY_LABEL,
  STANDARDS,
  VERIFICATION_LABEL,
  VerificationBadge,
  type AccreditationDetail,
  type ServiceCategory,
} from './accreditation-parts';

type Declare = Schemas['DeclareAccreditationDto'];

const SERVICE_CATEGORIES = Object.keys(SERVICE_CATEGORY_LABEL) as ServiceCategory[];

/**
 * An assessor's accreditations: declare one (body from the trust list), present the body's
 * credential, see the verification and status with its history; owners and admins choose
 * whether attestations are suspended automatically when an accreditation lapses.
 */
export function AccreditationPage() {
  const t = useT();
  const { isAdmin, kind } = useActingOrganization();
  const [declareOpened, declare] = useDisclosure(false);
  const [presenting, setPresenting] = useState<AccreditationDetail | null>(null);
  const list = useQuery({ queryKey: ['accreditations'], queryFn: () => unwrap(api.GET('/v1/organization/accreditations')) });

  if (kind && kind !== 'assessor') {
    return (
      <>
        <PageHeader title={t('accreditation.page.title')} />
        <Alert color="blue" variant="light">
          {t('accreditation.page.assessorsOnly')}
        </Alert>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={t('accreditation.page.title')}
        description={t('accreditation.page.description')}
        actions={isAdmin ? <Button onClick={declare.open}>{t('accreditation.page.declare')}</Button> : null}
      />
      <Stack>
        {isAdmin ? <SettingsSwitch /> : null}
        {list.isPending ? <Loading label={t('accreditation.page.loading')} /> : null}
        {list.error ? <ProblemAlert error={list.error} /> : null}
        {list.data && list.data.length === 0 ? <EmptyState title={t('accreditation.page.emptyTitle')}>{t('accreditation.page.emptyBody')}</EmptyState> : null}
        {list.data && list.data.length > 0 ? (
          <Table.ScrollContainer minWidth={900}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('accreditation.table.bodyAndNumber')}</Table.Th>
                  <Table.Th>{t('accreditation.table.standard')}</Table.Th>
                  <Table.Th>{t('accreditation.table.scope')}</Table.Th>
                  <Table.Th>{t('accreditation.table.valid')}</Table.Th>
                  <Table.Th>{t('accreditation.table.verification')}</Table.Th>
                  <Table.Th>{t('accreditation.table.status')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>
                      <Text size="sm">{a.body.name}</Text>
                      <Text size="xs" c="gray.7" ff="monospace">
                        {a.number}
                      </Text>
                    </Table.Td>
                    <Table.Td>{a.standard}</Table.Td>
                    <Table.Td maw={280}>
                      <Text size="xs">{formatList(a.scope.frameworkCodes)}</Text>
                      <Text size="xs" c="gray.7">
                        {formatList(a.scope.markets.map(formatMarket))}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t('accreditation.validity', { from: formatDate(a.validFrom), until: formatDate(a.validUntil) })}</Table.Td>
                    <Table.Td>
                      <VerificationBadge verified={a.verified} verification={a.verification} />
                      {a.verified ? (
                        <Text size="xs" c="gray.7">
                          {t(VERIFICATION_LABEL[a.verification])}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <AccreditationStatusBadge status={a.effectiveStatus} />
                      {a.statusReason ? (
                        <Text size="xs" c="gray.7">
                          {a.statusReason}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      {isAdmin && !a.verified && a.effectiveStatus === 'active' ? (
                        <Button size="xs" variant="light" onClick={() => setPresenting(a)}>
                          {t('accreditation.page.presentCredential')}
                        </Button>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Stack>
      <DeclareModal opened={declareOpened} onClose={declare.close} />
      <PresentCredentialModal accreditation={presenting} onClose={() => setPresenting(null)} />
    </>
  );
}

function SettingsSwitch() {
  const t = useT();
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: ['accreditation-settings'], queryFn: () => unwrap(api.GET('/v1/organization/accreditation-settings')) });
  const update = useMutation({
    mutationFn: (on: boolean) => unwrap(api.PUT('/v1/organization/accreditation-settings', { body: { autoSuspendOnAccreditationLapse: on } })),
    onSuccess: (s) => {
      queryClient.setQueryData(['accreditation-settings'], s);
      notify(t(s.autoSuspendOnAccreditationLapse ? 'accreditation.settings.autoSuspendOn' : 'accreditation.settings.autoSuspendOff'));
    },
    onError: (e) => notify(e instanceof Error ? e.message : t('accreditation.settings.failed'), { color: 'red' }),
  });
  if (!settings.data) return null;
  return (
    <Switch
      label={t('accreditation.settings.autoSuspend')}
      checked={settings.data.autoSuspendOnAccreditationLapse}
      disabled={update.isPending}
      onChange={(e) => update.mutate(e.currentTarget.checked)}
    />
  );
}

function DeclareModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const bodies = useQuery({ queryKey: ['trust-list'], queryFn: () => unwrap(api.GET('/v1/public/accreditation-bodies')), enabled: opened });
  const [bodyId, setBodyId] = useState<string | null>(null);
  const [number, setNumber] = useState('');
  const [standard, setStandard] = useState<string | null>('ISO/IEC 17065');
  const [frameworkCodes, setFrameworkCodes] = useState<string[]>([]);
  const [markets, setMarkets] = useState<string[]>([]);
  const [serviceCategories, setServiceCategories] = useState<ServiceCategory[]>([]);
  const [validFrom, setValidFrom] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const declare = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/v1/organization/accreditations', {
          body: {
            bodyId: bodyId ?? '',
            number,
            standard: (standard ?? '') as Declare['standard'],
            scope: {
              frameworkCodes,
              markets: markets.map((m) => m.toUpperCase()),
              serviceCategories,
            },
            validFrom,
            validUntil,
          },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['accreditations'] });
      notify(t('accreditation.declare.done'));
      onClose();
    },
  });
  const problem = declare.error instanceof ApiProblem ? declare.error : null;
  const fieldError = (f: string) => problem?.fieldError(f);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    declare.mutate();
  };
  return (
    <Dialog opened={opened} onClose={onClose} title={t('accreditation.declare.title')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <Select
            label={t('accreditation.declare.body')}
            description={t('accreditation.declare.bodyHint')}
            required
            searchable
            data={(bodies.data ?? []).map((b) => ({
              value: b.id,
              label: t('accreditation.declare.bodyOption', { name: b.name, country: formatMarket(b.country) }),
            }))}
            value={bodyId}
            onChange={setBodyId}
            error={fieldError('bodyId')}
          />
          <TextInput
            label={t('accreditation.declare.number')}
            required
            value={number}
            onChange={(e) => setNumber(e.currentTarget.value)}
            error={fieldError('number')}
          />
          <Select
            label={t('accreditation.declare.standard')}
            required
            data={STANDARDS}
            value={standard}
            onChange={setStandard}
            error={fieldError('standard')}
          />
          <TagsInput
            label={t('accreditation.declare.frameworks')}
            description={t('accreditation.declare.frameworksHint')}
            required
            value={frameworkCodes}
            onChange={setFrameworkCodes}
            error={fieldError('scope.frameworkCodes')}
          />
          <TagsInput
            label={t('accreditation.declare.markets')}
            description={t('accreditation.declare.marketsHint')}
            required
            value={markets}
            onChange={setMarkets}
            error={fieldError('scope.markets')}
          />
          <MultiSelect
            label={t('accreditation.declare.serviceCategories')}
            data={SERVICE_CATEGORIES.map((c) => ({ value: c, label: t(SERVICE_CATEGORY_LABEL[c]) }))}
            value={serviceCategories}
            onChange={(v) => setServiceCategories(v as ServiceCategory[])}
          />
          <Group grow>
            <TextInput
              label={t('accreditation.declare.validFrom')}
              type="date"
              required
              value={validFrom}
              onChange={(e) => setValidFrom(e.currentTarget.value)}
              error={fieldError('validFrom')}
            />
            <TextInput
              label={t('accreditation.declare.validUntil')}
              type="date"
              required
              value={validUntil}
              onChange={(e) => setValidUntil(e.currentTarget.value)}
              error={fieldError('validUntil')}
            />
          </Group>
          {declare.error ? <ProblemAlert error={declare.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('accreditation.action.cancel')}
            </Button>
            <Button type="submit" loading={declare.isPending}>
              {t('accreditation.declare.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

function PresentCredentialModal({ accreditation, onClose }: { accreditation: AccreditationDetail | null; onClose(): void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [credential, setCredential] = useState('');
  const present = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/v1/organization/accreditations/{accreditationId}/credential', {
          params: { path: { accreditationId: accreditation!.id } },
          body: { credential: credential.trim() },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['accreditations'] });
      notify(t('accreditation.present.done'));
      setCredential('');
      onClose();
    },
  });
  return (
    <Dialog opened={accreditation !== null} onClose={onClose} title={t('accreditation.present.title')} size="lg">
      <Stack>
        <Text size="sm">{t('accreditation.present.intro', { body: accreditation?.body.name ?? '', number: accreditation?.number ?? '' })}</Text>
        <Textarea
          label={t('accreditation.present.credential')}
          autosize
          minRows={4}
          value={credential}
          onChange={(e) => setCredential(e.currentTarget.value)}
          styles={{ input: { fontFamily: 'monospace' } }}
        />
        {present.error ? <ProblemAlert error={present.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('accreditation.action.cancel')}
          </Button>
          <Button onClick={() => present.mutate()} loading={present.isPending} disabled={!credential.trim()}>
            {t('accreditation.present.submit')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
