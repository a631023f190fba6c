import { Button, Card, Group, Select, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { Dialog } from '../../components/Dialog';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { useSession } from '../../auth/session';
import { EmptyState } from '../../components/EmptyState';
import { formatDate } from '../../components/format';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadFailed } from '../../components/LoadFailed';
import { COMPONENT_KIND_MESSAGE, SERVICE_CATEGORY_MESSAGE, useLabels } from '../workspaces/labels';
import { useOrganizationNames } from '../../api/organization-names';
import { OrganizationPicker } from '../workspaces/organizations';
import { StatusBadge } from '../../components/StatusBadge';
import { notify } from '../../components/notify';
import { ServiceLevelsSection } from '../service-levels/ServiceLevelsSection';

type Offering = Schemas['OfferingDto'];
type Component = Schemas['ComponentDto'];
type ComponentKind = Component['kind'];
type ServiceCategory = NonNullable<Component['serviceCategory']>;

/** Components run as a service, usually by a provider organization (a vendor). */
const SERVICE_KINDS: ComponentKind[] = ['saas', 'cloud_service', 'ai_service'];
const isServiceComponent = (c: Component) => SERVICE_KINDS.includes(c.kind) || !!c.serviceCategory;

/** One offering with its components; its manufacturer edits it and adds or changes components. */
export function OfferingPage() {
  const { t, label } = useLabels();
  const { offeringId = '' } = useParams();
  const { session } = useSession();
  const { nameOf } = useOrganizationNames();
  const [editing, setEditing] = useState(false);
  const [component, setComponent] = useState<Component | 'new' | null>(null);
  const offering = useQuery({
    queryKey: ['offering', offeringId],
    queryFn: () => unwrap(api.GET('/v1/offerings/{offeringId}', { params: { path: { offeringId } } })),
  });

  if (offering.isPending) return <Loading label={t('offerings.detail.loading')} />;
  if (offering.error) return <LoadFailed title={t('offerings.detail.title')} error={offering.error} />;
  const o = offering.data;
  const own = o.organizationId === session?.organizationId;

  return (
    <>
      <PageHeader
        title={o.name}
        description={o.description || undefined}
        actions={
          own ? (
            <Group gap="xs">
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('offerings.detail.edit')}
              </Button>
              <Button component={Link} to={`/workspaces?create=1&offering=${o.id}`}>
                {t('offerings.detail.openWorkspace')}
              </Button>
            </Group>
          ) : null
        }
      />
      <Text size="sm" c="gray.7" mb="md">
        {t('offerings.detail.meta', {
          organization: own ? t('offerings.yourOrganization') : nameOf(o.organizationId),
          updated: formatDate(o.updatedAt),
          created: formatDate(o.createdAt),
        })}
      </Text>

      <Card withBorder padding="md" component="section" aria-labelledby="components-heading">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h4" id="components-heading">
            {t('offerings.components.title')}
          </Title>
          {own ? (
            <Button size="xs" onClick={() => setComponent('new')}>
              {t('offerings.components.add')}
            </Button>
          ) : null}
        </Group>
        {o.components.length === 0 ? (
          <EmptyState
            title={t('offerings.components.empty.title')}
            action={
              own ? (
                <Button size="xs" onClick={() => setComponent('new')}>
                  {t('offerings.components.add')}
                </Button>
              ) : undefined
            }
          >
            {own ? t('offerings.components.empty.own') : t('offerings.components.empty.other')}
          </EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table data-testid="components-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('offerings.components.column.component')}</Table.Th>
                  <Table.Th>{t('offerings.components.column.kind')}</Table.Th>
                  <Table.Th>{t('offerings.components.column.version')}</Table.Th>
                  <Table.Th>{t('offerings.components.column.provider')}</Table.Th>
                  <Table.Th>{t('offerings.components.column.serviceCategory')}</Table.Th>
                  {own ? <Table.Th>{t('offerings.components.column.actions')}</Table.Th> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {o.components.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td maw={360}>
                      <Text size="sm" fw={600}>
                        {c.name}
                      </Text>
                      {c.description ? (
                        <Text size="xs" c="gray.7" lineClamp={2}>
                          {c.description}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge variant="dot" color={SERVICE_KINDS.includes(c.kind) ? 'blue' : 'gray'}>
                        {label(COMPONENT_KIND_MESSAGE, c.kind)}
                      </StatusBadge>
                    </Table.Td>
                    <Table.Td>{c.version}</Table.Td>
                    <Table.Td>
                      {c.providerOrganizationId ? nameOf(c.providerOrganizationId) : own ? t('offerings.yourOrganization') : nameOf(o.organizationId)}
                    </Table.Td>
                    <Table.Td>{c.serviceCategory ? label(SERVICE_CATEGORY_MESSAGE, c.serviceCategory) : '—'}</Table.Td>
                    {own ? (
                      <Table.Td>
                        <Button size="xs" variant="default" onClick={() => setComponent(c)} aria-label={t('offerings.components.editLabel', { name: c.name })}>
                          {t('offerings.components.edit')}
                        </Button>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      {own ? <ServiceLevelsSection offeringId={o.id} components={o.components.filter(isServiceComponent)} /> : null}
      {own ? (
        <>
          <Dialog
            closeButtonProps={{ 'aria-label': t('offerings.close') }}
            opened={editing}
            onClose={() => setEditing(false)}
            title={t('offerings.detail.edit')}
            size="lg"
          >
            {editing ? <EditOfferingForm offering={o} onClose={() => setEditing(false)} /> : null}
          </Dialog>
          <Dialog
            closeButtonProps={{ 'aria-label': t('offerings.close') }}
            opened={component !== null}
            onClose={() => setComponent(null)}
            title={component === 'new' ? t('offerings.components.add') : t('offerings.components.editTitle')}
            size="lg"
          >
            {component !== null ? (
              <ComponentForm offeringId={o.id} component={component === 'new' ? null : component} onClose={() => setComponent(null)} />
            ) : null}
          </Dialog>
        </>
      ) : null}
    </>
  );
}

function EditOfferingForm({ offering, onClose }: { offering: Offering; onClose: () => void }) {
  const { t } = useLabels();
  const queryClient = useQueryClient();
  const [name, setName] = useState(offering.name);
  const [description, setDescription] = useState(offering.description);
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH('/v1/offerings/{offeringId}', {
          params: { path: { offeringId: offering.id }, header: { 'If-Match': `"${offering.version}"` } },
          body: { name: name.trim(), description: description.trim() },
        }),
      ),
    onSuccess: async (o) => {
      queryClient.setQueryData(['offering', o.id], o);
      await queryClient.invalidateQueries({ queryKey: ['offerings'] });
      notify(t('offerings.edit.done'));
      onClose();
    },
    onError: async (e) => {
      // Someone changed it meanwhile: show their version; the message says to retry.
      if (e instanceof ApiProblem && e.status === 412) await queryClient.invalidateQueries({ queryKey: ['offering', offering.id] });
    },
  });
  const fieldError = (field: string) => (save.error instanceof ApiProblem ? save.error.fieldError(field) : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim()) save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('offerings.form.name')}
          required
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={(!name.trim() && t('offerings.edit.nameMissing')) || fieldError('name')}
        />
        <Textarea
          label={t('offerings.form.description')}
          autosize
          minRows={3}
          maxLength={4000}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={fieldError('description')}
        />
        <ProblemAlert error={save.error} title={t('offerings.edit.failed')} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('offerings.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('offerings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ComponentForm({ offeringId, component, onClose }: { offeringId: string; component: Component | null; onClose: () => void }) {
  const { t, options } = useLabels();
  const queryClient = useQueryClient();
  const [name, setName] = useState(component?.name ?? '');
  const [kind, setKind] = useState<ComponentKind>(component?.kind ?? 'hardware');
  const [version, setVersion] = useState(component?.version ?? '');
  const [providerOrganizationId, setProvider] = useState<string | null>(component?.providerOrganizationId ?? null);
  const [serviceCategory, setServiceCategory] = useState<ServiceCategory | null>(component?.serviceCategory ?? null);
  const [description, setDescription] = useState(component?.description ?? '');
  const [touched, setTouched] = useState(false);
  const isService = SERVICE_KINDS.includes(kind) || !!component?.providerOrganizationId || !!component?.serviceCategory;

  const save = useMutation({
    mutationFn: () => {
      const common = {
        name: name.trim(),
        version: version.trim(),
        providerOrganizationId: isService ? (providerOrganizationId ?? undefined) : undefined,
        serviceCategory: isService ? (serviceCategory ?? undefined) : undefined,
        description: description.trim(),
      };
      return component
        ? unwrap(
            api.PATCH('/v1/offerings/{offeringId}/components/{componentId}', { params: { path: { offeringId, componentId: component.id } }, body: common }),
          )
        : unwrap(api.POST('/v1/offerings/{offeringId}/components', { params: { path: { offeringId } }, body: { ...common, kind } }));
    },
    onSuccess: async (c) => {
      notify(component ? t('offerings.component.saved', { name: c.name }) : t('offerings.component.added', { name: c.name }));
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['offering', offeringId] }), queryClient.invalidateQueries({ queryKey: ['offerings'] })]);
      onClose();
    },
  });
  const fieldError = (field: string) => (save.error instanceof ApiProblem ? save.error.fieldError(field) : undefined);
  const missing = {
    name: !name.trim() ? t('offerings.component.nameMissing') : undefined,
    version: !version.trim() ? t('offerings.component.versionMissing') : undefined,
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (Object.values(missing).some(Boolean)) return;
    save.mutate();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('offerings.form.name')}
          placeholder={t('offerings.component.namePlaceholder')}
          required
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={(touched && missing.name) || fieldError('name')}
        />
        <Group grow align="flex-start">
          <Select
            label={t('offerings.component.kind')}
            required
            allowDeselect={false}
            disabled={!!component}
            description={component ? t('offerings.component.kindFixed') : undefined}
            data={options(COMPONENT_KIND_MESSAGE)}
            value={kind}
            onChange={(v) => v && setKind(v as ComponentKind)}
            error={fieldError('kind')}
          />
          <TextInput
            label={t('offerings.component.version')}
            placeholder={t('offerings.component.versionPlaceholder')}
            required
            maxLength={64}
            value={version}
            onChange={(e) => setVersion(e.currentTarget.value)}
            error={(touched && missing.version) || fieldError('version')}
          />
        </Group>
        {isService ? (
          <>
            <OrganizationPicker
              label={t('offerings.component.provider')}
              description={t('offerings.component.providerHelp')}
              kinds={['service_vendor', 'manufacturer']}
              value={providerOrganizationId}
              onChange={setProvider}
              clearable={!component?.providerOrganizationId}
              error={fieldError('providerOrganizationId')}
            />
            <Select
              label={t('offerings.component.serviceCategory')}
              clearable={!component?.serviceCategory}
              clearButtonProps={{ 'aria-label': t('offerings.component.serviceCategoryClear') }}
              data={options(SERVICE_CATEGORY_MESSAGE)}
              value={serviceCategory}
              onChange={(v) => setServiceCategory(v as ServiceCategory | null)}
              error={fieldError('serviceCategory')}
            />
          </>
        ) : null}
        <Textarea
          label={t('offerings.form.description')}
          autosize
          minRows={2}
          maxLength={4000}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={fieldError('description')}
        />
        <ProblemAlert error={save.error} title={component ? t('offerings.component.saveFailed') : t('offerings.component.addFailed')} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('offerings.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {component ? t('offerings.component.save') : t('offerings.components.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
