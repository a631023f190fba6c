import { Anchor, Button, Group, Stack, Table, Text, Textarea } from '@mantine/core';
import { Dialog } from '../../components/Dialog';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { CursorPager, useCursorPages } from '../../components/CursorPager';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatLanguage, formatList, formatMarket } from '../../components/format';
import { notify } from '../../components/notify';
import { useT } from '../../i18n';
import type { Person } from './personnel-parts';

/** The organization's roster of remote technicians, with a CSV import (all or nothing). */
export function PersonnelPage() {
  const t = useT();
  const [opened, { open, close }] = useDisclosure(false);
  const people = useCursorPages<Person>(['personnel', 'people'], (cursor) =>
    unwrap(api.GET('/v1/personnel/people', { params: { query: { cursor, limit: 50 } } })),
  );

  return (
    <>
      <PageHeader
        title={t('personnel.list.title')}
        description={t('personnel.list.description')}
        actions={
          <>
            <Button variant="default" component={Link} to="/personnel/expiring">
              {t('personnel.list.expiring')}
            </Button>
            <Button onClick={open}>{t('personnel.list.import')}</Button>
          </>
        }
      />
      {people.isPending ? (
        <Loading label={t('personnel.list.loading')} />
      ) : people.error ? (
        <ProblemAlert error={people.error} />
      ) : people.items.length === 0 ? (
        <EmptyState title={t('personnel.list.emptyTitle')}>{t('personnel.list.emptyBody')}</EmptyState>
      ) : (
        <>
          <Table.ScrollContainer minWidth={800}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('personnel.list.column.name')}</Table.Th>
                  <Table.Th>{t('personnel.list.column.internalId')}</Table.Th>
                  <Table.Th>{t('personnel.list.column.markets')}</Table.Th>
                  <Table.Th>{t('personnel.list.column.timeZones')}</Table.Th>
                  <Table.Th>{t('personnel.list.column.languages')}</Table.Th>
                  <Table.Th>{t('personnel.list.column.added')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {people.items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/personnel/${p.id}`}>
                        {p.displayName ?? t('personnel.erasedName')}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{p.internalId ?? '—'}</Table.Td>
                    <Table.Td>{formatList(p.markets.map(formatMarket))}</Table.Td>
                    <Table.Td>{formatList(p.timeZones)}</Table.Td>
                    <Table.Td>{formatList(p.languages.map(formatLanguage))}</Table.Td>
                    <Table.Td>{formatDate(p.createdAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <CursorPager pager={people} />
        </>
      )}
      <ImportModal opened={opened} onClose={close} />
    </>
  );
}

function ImportModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [csv, setCsv] = useState('');
  const importRoster = useMutation({
    mutationFn: () => unwrap(api.POST('/v1/personnel/people/import', { body: { csv } })),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: ['personnel'] });
      notify(t('personnel.import.done', { people: result.imported, certifications: result.certifications }));
      setCsv('');
      onClose();
    },
  });
  const readFile = async (file: File | undefined) => file && setCsv(await file.text());
  const submit = (e: FormEvent) => {
    e.preventDefault();
    importRoster.mutate();
  };
  return (
    <Dialog opened={opened} onClose={onClose} title={t('personnel.import.title')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('personnel.import.hint')}
          </Text>
          <input type="file" accept=".csv,text/csv" aria-label={t('personnel.import.fileLabel')} onChange={(e) => void readFile(e.currentTarget.files?.[0])} />
          <Textarea
            label={t('personnel.import.csvLabel')}
            placeholder={t('personnel.import.example')}
            autosize
            minRows={6}
            maxRows={16}
            value={csv}
            onChange={(e) => setCsv(e.currentTarget.value)}
            required
          />
          {importRoster.error ? <ProblemAlert error={importRoster.error} /> : null}
          <Group justify="flex-end">
            <Button type="submit" loading={importRoster.isPending} disabled={!csv.trim()}>
              {t('personnel.import.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
