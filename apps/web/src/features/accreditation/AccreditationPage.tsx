import { Alert, Button, Group, Modal, MultiSelect, Select, Stack, Switch, Table, Text, Textarea, TextInput, TagsInput } from '@mantine/core';
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
import { formatDate } from '../../components/format';
import { notify } from '../../components/notify';
import { AccreditationStatusBadge, STANDARDS, VerificationBadge, verificationLabel, type AccreditationDetail } from './accreditation-parts';

type Declare = Schemas['DeclareAccreditationDto'];

const SERVICE_CATEGORIES = ['remote_quality_inspection', 'cloud_om', 'warehouse_saas', 'predictive_maintenance', 'remote_commissioning', 'other'];

/**
 * An assessor's accreditations: declare one (body from the trust list), present the body's
 * credential, see the verification and status with its history; owners and admins choose
 * whether attestations are suspended automatically when an accreditation lapses.
 */
export function AccreditationPage() {
  const { isAdmin, kind } = useActingOrganization();
  const [declareOpened, declare] = useDisclosure(false);
  const [presenting, setPresenting] = useState<AccreditationDetail | null>(null);
  const list = useQuery({ queryKey: ['accreditations'], queryFn: () => unwrap(api.GET('/v1/organization/accreditations')) });

  if (kind && kind !== 'assessor') {
    return (
      <>
        <PageHeader title="Accreditation" />
        <Alert color="blue" variant="light">
          Accreditations belong to assessor organizations.
        </Alert>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="Accreditation"
        description="Only a verified accreditation counts: confirmed by its body in Attesta, proven with a credential the body signed with a key on the trust list, or confirmed by the platform operator. A declared one counts for nothing — attestations need a verified, active accreditation covering their frameworks and markets."
        actions={isAdmin ? <Button onClick={declare.open}>Declare accreditation</Button> : null}
      />
      <Stack>
        {isAdmin ? <SettingsSwitch /> : null}
        {list.isPending ? <Loading label="Loading accreditations" /> : null}
        {list.error ? <ProblemAlert error={list.error} /> : null}
        {list.data && list.data.length === 0 ? (
          <EmptyState title="No accreditation yet">
            Declare your accreditation, then have it verified by its body or present the body&apos;s credential.
          </EmptyState>
        ) : null}
        {list.data && list.data.length > 0 ? (
          <Table.ScrollContainer minWidth={900}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Body and number</Table.Th>
                  <Table.Th>Standard</Table.Th>
                  <Table.Th>Scope</Table.Th>
                  <Table.Th>Valid</Table.Th>
                  <Table.Th>Verification</Table.Th>
                  <Table.Th>Status</Table.Th>
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
                      <Text size="xs">{a.scope.frameworkCodes.join(', ')}</Text>
                      <Text size="xs" c="gray.7">
                        {a.scope.markets.join(', ')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {formatDate(a.validFrom)} – {formatDate(a.validUntil)}
                    </Table.Td>
                    <Table.Td>
                      <VerificationBadge verified={a.verified} verification={a.verification} />
                      {a.verified ? (
                        <Text size="xs" c="gray.7">
                          {verificationLabel(a.verification)}
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
                          Present credential
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
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: ['accreditation-settings'], queryFn: () => unwrap(api.GET('/v1/organization/accreditation-settings')) });
  const update = useMutation({
    mutationFn: (on: boolean) => unwrap(api.PUT('/v1/organization/accreditation-settings', { body: { autoSuspendOnAccreditationLapse: on } })),
    onSuccess: (s) => {
      queryClient.setQueryData(['accreditation-settings'], s);
      notify(s.autoSuspendOnAccreditationLapse ? 'Attestations will be suspended automatically when an accreditation lapses.' : 'Automatic suspension is off.');
    },
    onError: (e) => notify(e instanceof Error ? e.message : 'The setting could not be changed', { color: 'red' }),
  });
  if (!settings.data) return null;
  return (
    <Switch
      label="Suspend our attestations automatically when the accreditation they were issued under is suspended, withdrawn or expires"
      checked={settings.data.autoSuspendOnAccreditationLapse}
      disabled={update.isPending}
      onChange={(e) => update.mutate(e.currentTarget.checked)}
    />
  );
}

function DeclareModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const queryClient = useQueryClient();
  const bodies = useQuery({ queryKey: ['trust-list'], queryFn: () => unwrap(api.GET('/v1/public/accreditation-bodies')), enabled: opened });
  const [bodyId, setBodyId] = useState<string | null>(null);
  const [number, setNumber] = useState('');
  const [standard, setStandard] = useState<string | null>('ISO/IEC 17065');
  const [frameworkCodes, setFrameworkCodes] = useState<string[]>([]);
  const [markets, setMarkets] = useState<string[]>([]);
  const [serviceCategories, setServiceCategories] = useState<string[]>([]);
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
              serviceCategories: serviceCategories as NonNullable<Declare['scope']['serviceCategories']>,
            },
            validFrom,
            validUntil,
          },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['accreditations'] });
      notify('Accreditation declared. It counts once verified.');
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
    <Modal opened={opened} onClose={onClose} title="Declare an accreditation" size="lg">
      <form onSubmit={submit}>
        <Stack>
          <Select
            label="Accreditation body"
            description="From the platform's trust list"
            required
            searchable
            data={(bodies.data ?? []).map((b) => ({ value: b.id, label: `${b.name} (${b.country})` }))}
            value={bodyId}
            onChange={setBodyId}
            error={fieldError('bodyId')}
          />
          <TextInput label="Accreditation number" required value={number} onChange={(e) => setNumber(e.currentTarget.value)} error={fieldError('number')} />
          <Select label="Standard" required data={STANDARDS} value={standard} onChange={setStandard} error={fieldError('standard')} />
          <TagsInput
            label="Framework codes in scope"
            description="Catalog codes, e.g. attesta-dser"
            required
            value={frameworkCodes}
            onChange={setFrameworkCodes}
            error={fieldError('scope.frameworkCodes')}
          />
          <TagsInput
            label="Markets in scope"
            description="ISO 3166 alpha-2 codes, e.g. VN, TH"
            required
            value={markets}
            onChange={setMarkets}
            error={fieldError('scope.markets')}
          />
          <MultiSelect label="Service categories" data={SERVICE_CATEGORIES} value={serviceCategories} onChange={setServiceCategories} />
          <Group grow>
            <TextInput
              label="Valid from"
              type="date"
              required
              value={validFrom}
              onChange={(e) => setValidFrom(e.currentTarget.value)}
              error={fieldError('validFrom')}
            />
            <TextInput
              label="Valid until"
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
              Cancel
            </Button>
            <Button type="submit" loading={declare.isPending}>
              Declare
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function PresentCredentialModal({ accreditation, onClose }: { accreditation: AccreditationDetail | null; onClose(): void }) {
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
      notify('The credential verified: the accreditation is verified.');
      setCredential('');
      onClose();
    },
  });
  return (
    <Modal opened={accreditation !== null} onClose={onClose} title="Present the body's credential" size="lg">
      <Stack>
        <Text size="sm">
          Paste the accreditation credential {accreditation?.body.name} issued to your organization (a compact JWS). It must be signed with a key the trust list
          holds for the body and state number {accreditation?.number}, the standard, a scope containing yours and a validity covering it.
        </Text>
        <Textarea
          label="Credential (JWS)"
          autosize
          minRows={4}
          value={credential}
          onChange={(e) => setCredential(e.currentTarget.value)}
          styles={{ input: { fontFamily: 'monospace' } }}
        />
        {present.error ? <ProblemAlert error={present.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => present.mutate()} loading={present.isPending} disabled={!credential.trim()}>
            Verify
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
