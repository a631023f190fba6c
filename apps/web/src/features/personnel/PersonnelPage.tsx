import { Anchor, Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
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
import { formatDate } from '../../components/format';
import { notify } from '../../components/notify';
import type { Person } from './personnel-parts';

const CSV_EXAMPLE =
  'internal_id,display_name,email,markets,time_zones,languages,cert_scheme,cert_level,cert_issuing_body,cert_valid_from,cert_valid_until,cert_service_types\n' +
  'CO-0042,Nguyen Van An,an@example.com,VN;TH,Asia/Ho_Chi_Minh,vi;en,Remote diagnostics technician,L2,VinaCert,2025-01-01,2027-12-31,remote_diagnosis';

/** The organization's roster of remote technicians, with a CSV import (all or nothing). */
export function PersonnelPage() {
  const [opened, { open, close }] = useDisclosure(false);
  const people = useCursorPages<Person>(['personnel', 'people'], (cursor) =>
    unwrap(api.GET('/v1/personnel/people', { params: { query: { cursor, limit: 50 } } })),
  );

  return (
    <>
      <PageHeader
        title="Personnel"
        description="Your remote technicians, their certifications and the service components they serve. Names and numbers are visible to your organization only; assessors see pseudonyms, procurers counts."
        actions={
          <>
            <Button variant="default" component={Link} to="/personnel/expiring">
              Expiring certifications
            </Button>
            <Button onClick={open}>Import CSV</Button>
          </>
        }
      />
      {people.isPending ? (
        <Loading label="Loading the roster" />
      ) : people.error ? (
        <ProblemAlert error={people.error} />
      ) : people.items.length === 0 ? (
        <EmptyState title="No people in the roster yet">
          Import your roster from a CSV file: one row per technician, optionally with a certification.
        </EmptyState>
      ) : (
        <>
          <Table.ScrollContainer minWidth={800}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Internal id</Table.Th>
                  <Table.Th>Markets</Table.Th>
                  <Table.Th>Time zones</Table.Th>
                  <Table.Th>Languages</Table.Th>
                  <Table.Th>Added</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {people.items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/personnel/${p.id}`}>
                        {p.displayName ?? '(erased)'}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{p.internalId ?? '—'}</Table.Td>
                    <Table.Td>{p.markets.join(', ')}</Table.Td>
                    <Table.Td>{p.timeZones.join(', ')}</Table.Td>
                    <Table.Td>{p.languages.join(', ')}</Table.Td>
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
  const queryClient = useQueryClient();
  const [csv, setCsv] = useState('');
  const importRoster = useMutation({
    mutationFn: () => unwrap(api.POST('/v1/personnel/people/import', { body: { csv } })),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: ['personnel'] });
      notify(`${result.imported} people and ${result.certifications} certifications imported.`);
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
    <Modal opened={opened} onClose={onClose} title="Import a roster" size="lg">
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm" c="dimmed">
            The whole file is refused if any row is bad; the answer names each row and column. Nothing is stored then.
          </Text>
          <input type="file" accept=".csv,text/csv" aria-label="CSV file" onChange={(e) => void readFile(e.currentTarget.files?.[0])} />
          <Textarea
            label="CSV"
            placeholder={CSV_EXAMPLE}
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
              Import
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
