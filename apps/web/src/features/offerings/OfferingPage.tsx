import { Button, Card, Group, Modal, Select, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
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
import { COMPONENT_KIND_LABEL, SERVICE_CATEGORY_LABEL, labelOf } from '../workspaces/labels';
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
  const { offeringId = '' } = useParams();
  const { session } = useSession();
  const { nameOf } = useOrganizationNames();
  const [editing, setEditing] = useState(false);
  const [component, setComponent] = useState<Component | 'new' | null>(null);
  const offering = useQuery({
    queryKey: ['offering', offeringId],
    queryFn: () => unwrap(api.GET('/v1/offerings/{offeringId}', { params: { path: { offeringId } } })),
  });

  if (offering.isPending) return <Loading label="Loading the offering" />;
  if (offering.error) return <LoadFailed title="Offering" error={offering.error} />;
  const o = offering.data;
  const own = o.organizationId === session?.organizationId;

  return (
    <>
      <PageHeader
        title={o.name}
        description={o.description || undefined}
        actions={
          own ? (
            <Group gap="xs" wrap="nowrap">
              <Button variant="default" onClick={() => setEditing(true)}>
                Edit offering
              </Button>
              <Button component={Link} to={`/workspaces?create=1&offering=${o.id}`}>
                Open a workspace
              </Button>
            </Group>
          ) : null
        }
      />
      <Text size="sm" c="gray.7" mb="md">
        {own ? 'Your organization' : nameOf(o.organizationId)} · updated {formatDate(o.updatedAt)} · created {formatDate(o.createdAt)}
      </Text>

      <Card withBorder padding="md" component="section" aria-labelledby="components-heading">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h4" id="components-heading">
            Components
          </Title>
          {own ? (
            <Button size="xs" onClick={() => setComponent('new')}>
              Add component
            </Button>
          ) : null}
        </Group>
        {o.components.length === 0 ? (
          <EmptyState
            title="No components yet"
            action={
              own ? (
                <Button size="xs" onClick={() => setComponent('new')}>
                  Add component
                </Button>
              ) : undefined
            }
          >
            {own
              ? 'Add each layer of the offering — the machine, its firmware, connectivity and the cloud or SaaS services sold with it — so requirements and evidence can name them.'
              : 'The manufacturer has not described the components of this offering yet.'}
          </EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table data-testid="components-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Component</Table.Th>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th>Version</Table.Th>
                  <Table.Th>Provider</Table.Th>
                  <Table.Th>Service category</Table.Th>
                  {own ? <Table.Th>Actions</Table.Th> : null}
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
                        {labelOf(COMPONENT_KIND_LABEL, c.kind)}
                      </StatusBadge>
                    </Table.Td>
                    <Table.Td>{c.version}</Table.Td>
                    <Table.Td>{c.providerOrganizationId ? nameOf(c.providerOrganizationId) : own ? 'Your organization' : nameOf(o.organizationId)}</Table.Td>
                    <Table.Td>{c.serviceCategory ? labelOf(SERVICE_CATEGORY_LABEL, c.serviceCategory) : '—'}</Table.Td>
                    {own ? (
                      <Table.Td>
                        <Button size="xs" variant="default" onClick={() => setComponent(c)} aria-label={`Edit ${c.name}`}>
                          Edit
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
          <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={editing} onClose={() => setEditing(false)} title="Edit offering" size="lg">
            {editing ? <EditOfferingForm offering={o} onClose={() => setEditing(false)} /> : null}
          </Modal>
          <Modal
            closeButtonProps={{ 'aria-label': 'Close' }}
            opened={component !== null}
            onClose={() => setComponent(null)}
            title={component === 'new' ? 'Add component' : 'Edit component'}
            size="lg"
          >
            {component !== null ? (
              <ComponentForm offeringId={o.id} component={component === 'new' ? null : component} onClose={() => setComponent(null)} />
            ) : null}
          </Modal>
        </>
      ) : null}
    </>
  );
}

function EditOfferingForm({ offering, onClose }: { offering: Offering; onClose: () => void }) {
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
      notify('Offering saved.');
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
          label="Name"
          required
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={(!name.trim() && 'The offering needs a name') || fieldError('name')}
        />
        <Textarea
          label="Description"
          autosize
          minRows={3}
          maxLength={4000}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={fieldError('description')}
        />
        <ProblemAlert error={save.error} title="The offering could not be saved" />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ComponentForm({ offeringId, component, onClose }: { offeringId: string; component: Component | null; onClose: () => void }) {
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
      notify(component ? `${c.name} saved.` : `${c.name} added.`);
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['offering', offeringId] }), queryClient.invalidateQueries({ queryKey: ['offerings'] })]);
      onClose();
    },
  });
  const fieldError = (field: string) => (save.error instanceof ApiProblem ? save.error.fieldError(field) : undefined);
  const missing = { name: !name.trim() ? 'Name the component' : undefined, version: !version.trim() ? 'Give its version (e.g. rev C, 4.2.0)' : undefined };
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
          label="Name"
          placeholder="e.g. PredictCare predictive-maintenance SaaS"
          required
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={(touched && missing.name) || fieldError('name')}
        />
        <Group grow align="flex-start">
          <Select
            label="Kind"
            required
            allowDeselect={false}
            disabled={!!component}
            description={component ? 'The kind of a component does not change' : undefined}
            data={Object.entries(COMPONENT_KIND_LABEL).map(([value, label]) => ({ value, label }))}
            value={kind}
            onChange={(v) => v && setKind(v as ComponentKind)}
            error={fieldError('kind')}
          />
          <TextInput
            label="Version"
            placeholder="e.g. 4.2.0"
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
              label="Provider organization"
              description="The vendor that runs this service; leave empty if your organization runs it. Invite it as a contributor in the workspace so it can add evidence."
              kinds={['service_vendor', 'manufacturer']}
              value={providerOrganizationId}
              onChange={setProvider}
              clearable={!component?.providerOrganizationId}
              error={fieldError('providerOrganizationId')}
            />
            <Select
              label="Service category"
              clearable={!component?.serviceCategory}
              clearButtonProps={{ 'aria-label': 'Clear service category' }}
              data={Object.entries(SERVICE_CATEGORY_LABEL).map(([value, label]) => ({ value, label }))}
              value={serviceCategory}
              onChange={(v) => setServiceCategory(v as ServiceCategory | null)}
              error={fieldError('serviceCategory')}
            />
          </>
        ) : null}
        <Textarea
          label="Description"
          autosize
          minRows={2}
          maxLength={4000}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={fieldError('description')}
        />
        <ProblemAlert error={save.error} title={component ? 'The component could not be saved' : 'The component could not be added'} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {component ? 'Save component' : 'Add component'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
