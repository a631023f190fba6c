import { Anchor, Button, Group, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { Dialog } from '../../components/Dialog';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { useSession } from '../../auth/session';
import { useActingOrganization } from '../../auth/useActingOrganization';
import { CursorPager, useCursorPages } from '../../components/CursorPager';
import { EmptyState } from '../../components/EmptyState';
import { formatDate, formatNumber } from '../../components/format';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { COMPONENT_KIND_MESSAGE, useLabels } from '../workspaces/labels';
import { useT } from '../../i18n';
import { useOrganizationNames } from '../../api/organization-names';
import { StatusBadge } from '../../components/StatusBadge';
import { notify } from '../../components/notify';

/** The organization's offerings (and those of workspaces it takes part in); manufacturers create new ones. */
export function OfferingsPage() {
  const { t, label } = useLabels();
  const { session } = useSession();
  const { kind } = useActingOrganization();
  const { nameOf } = useOrganizationNames();
  const [params, setParams] = useSearchParams();
  const canCreate = kind === 'manufacturer';
  const creating = canCreate && params.get('create') === '1';
  const openCreate = () => setParams((p) => (p.set('create', '1'), p));
  const closeCreate = () => setParams((p) => (p.delete('create'), p));
  const pages = useCursorPages(['offerings'], (cursor) => unwrap(api.GET('/v1/offerings', { params: { query: { limit: 25, cursor } } })));

  return (
    <>
      <PageHeader
        title={t('offerings.list.title')}
        description={t('offerings.list.description')}
        actions={canCreate ? <Button onClick={openCreate}>{t('offerings.list.new')}</Button> : null}
      />
      <ProblemAlert error={pages.error} />
      {pages.isPending ? (
        <Loading label={t('offerings.list.loading')} />
      ) : pages.items.length === 0 && !pages.error ? (
        <EmptyState title={t('offerings.list.empty.title')} action={canCreate ? <Button onClick={openCreate}>{t('offerings.list.new')}</Button> : undefined}>
          {canCreate ? t('offerings.list.empty.create') : t('offerings.list.empty.participant')}
        </EmptyState>
      ) : pages.items.length > 0 ? (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('offerings.list.column.offering')}</Table.Th>
                  <Table.Th>{t('offerings.list.column.components')}</Table.Th>
                  <Table.Th>{t('offerings.list.column.manufacturer')}</Table.Th>
                  <Table.Th>{t('offerings.list.column.updated')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pages.items.map((o) => {
                  const kinds = [...new Set(o.components.map((c) => c.kind))];
                  return (
                    <Table.Tr key={o.id}>
                      <Table.Td maw={420}>
                        <Anchor component={Link} to={`/offerings/${o.id}`} size="sm" fw={600}>
                          {o.name}
                        </Anchor>
                        {o.description ? (
                          <Text size="xs" c="gray.7" lineClamp={2}>
                            {o.description}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          <Text size="sm" mr={4}>
                            {formatNumber(o.components.length)}
                          </Text>
                          {kinds.map((k) => (
                            <StatusBadge variant="dot" key={k} color="gray" size="sm">
                              {label(COMPONENT_KIND_MESSAGE, k)}
                            </StatusBadge>
                          ))}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{o.organizationId === session?.organizationId ? t('offerings.yourOrganization') : nameOf(o.organizationId)}</Text>
                      </Table.Td>
                      <Table.Td>{formatDate(o.updatedAt)}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <CursorPager pager={pages} />
        </>
      ) : null}
      {canCreate ? (
        <Dialog closeButtonProps={{ 'aria-label': t('offerings.close') }} opened={creating} onClose={closeCreate} title={t('offerings.list.new')} size="lg">
          {creating ? <CreateOfferingForm onClose={closeCreate} /> : null}
        </Dialog>
      ) : null}
    </>
  );
}

function CreateOfferingForm({ onClose }: { onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [touched, setTouched] = useState(false);
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/v1/offerings', {
          params: { header: { 'Idempotency-Key': idempotencyKey } },
          body: { name: name.trim(), description: description.trim() || undefined },
        }),
      ),
    onSuccess: async (o) => {
      notify(t('offerings.create.done', { name: o.name }));
      await queryClient.invalidateQueries({ queryKey: ['offerings'] });
      onClose();
      void navigate(`/offerings/${o.id}`);
    },
  });
  const fieldError = (field: string) => (create.error instanceof ApiProblem ? create.error.fieldError(field) : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!name.trim()) return;
    create.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('offerings.form.name')}
          placeholder={t('offerings.create.namePlaceholder')}
          required
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={(touched && !name.trim() && t('offerings.create.nameMissing')) || fieldError('name')}
        />
        <Textarea
          label={t('offerings.form.description')}
          description={t('offerings.create.descriptionHelp')}
          autosize
          minRows={3}
          maxLength={4000}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={fieldError('description')}
        />
        <Text size="sm" c="gray.7">
          {t('offerings.create.componentsNext')}
        </Text>
        <ProblemAlert error={create.error} title={t('offerings.create.failed')} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('offerings.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('offerings.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
