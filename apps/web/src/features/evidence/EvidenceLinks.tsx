import { Anchor, Button, Group, Select, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { notify } from '../../components/notify';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { EmptyState } from '../../components/EmptyState';
import { formatDate } from '../../components/format';
import { ProblemAlert } from '../../components/ProblemAlert';
import { evidenceKeys, type EvidenceDetail, type EvidenceLink } from './evidence-model';
import { useWorkspaceRequirements } from './use-evidence-context';

/** The requirements an evidence item satisfies: each links to its requirement page; writers add and remove links. */
export function EvidenceLinks({ workspaceId, evidence, canEdit }: { workspaceId: string; evidence: EvidenceDetail; canEdit: boolean }) {
  const queryClient = useQueryClient();
  const requirements = useWorkspaceRequirements(workspaceId);
  const [requirementId, setRequirementId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: evidenceKeys.detail(workspaceId, evidence.id) });

  const add = useMutation({
    mutationFn: (input: { requirementId: string; note: string }) =>
      unwrap(
        api.POST('/v1/workspaces/{workspaceId}/evidence/{evidenceId}/links', {
          params: { path: { workspaceId, evidenceId: evidence.id } },
          body: { requirementId: input.requirementId, note: input.note.trim() || undefined },
        }),
      ),
    onSuccess: async (link) => {
      setRequirementId(null);
      setNote('');
      await refresh();
      notify(`Linked to ${requirements.byId.get(link.requirementId)?.ref ?? 'the requirement'}.`, { title: 'Link added' });
    },
  });

  const remove = useMutation({
    mutationFn: (link: EvidenceLink) =>
      unwrap(
        api.DELETE('/v1/workspaces/{workspaceId}/evidence/{evidenceId}/links/{linkId}', {
          params: { path: { workspaceId, evidenceId: evidence.id, linkId: link.id } },
        }),
      ),
    onSuccess: async (_r, link) => {
      await refresh();
      notify(`No longer linked to ${requirements.byId.get(link.requirementId)?.ref ?? 'the requirement'}.`, { title: 'Link removed' });
    },
  });

  const linked = new Set(evidence.links.map((l) => l.requirementId));
  const options = requirements.options.filter((o) => !linked.has(o.value));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (requirementId) add.mutate({ requirementId, note });
  };

  const label = (id: string) => {
    const r = requirements.byId.get(id);
    return r ? `${r.ref} — ${r.title}` : requirements.isPending ? 'Loading…' : 'Requirement outside the target frameworks';
  };

  return (
    <Stack gap="sm">
      <ProblemAlert error={requirements.error} title="The requirements could not be loaded" />
      {evidence.links.length === 0 ? (
        <EmptyState title="Not linked to any requirement">
          {canEdit
            ? 'Link it to the requirements it satisfies below, so it counts as coverage in the gap analysis and is submitted with them.'
            : 'It does not count as coverage for any requirement yet.'}
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label="Requirement links">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Requirement</Table.Th>
                <Table.Th>Note</Table.Th>
                <Table.Th>Linked</Table.Th>
                {canEdit ? (
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {evidence.links.map((l) => {
                const ref = requirements.byId.get(l.requirementId)?.ref ?? 'requirement';
                return (
                  <Table.Tr key={l.id} data-testid="link-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/workspaces/${workspaceId}/requirements/${l.requirementId}`}>
                        {label(l.requirementId)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {l.note || (
                        <Text size="sm" span c="gray.7">
                          —
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(l.createdAt)}</Table.Td>
                    {canEdit ? (
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => remove.mutate(l)}
                          loading={remove.isPending && remove.variables?.id === l.id}
                          aria-label={`Remove the link to ${ref}`}
                        >
                          Remove
                        </Button>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ProblemAlert error={remove.error} title="The link could not be removed" />

      {canEdit ? (
        <form onSubmit={submit} aria-label="Link to a requirement">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Select
              label="Requirement"
              placeholder={requirements.isPending ? 'Loading requirements…' : 'Search by reference or title'}
              data={options}
              value={requirementId}
              onChange={setRequirementId}
              searchable
              clearable
              limit={50}
              nothingFoundMessage="No requirement matches"
              error={add.error instanceof ApiProblem ? add.error.fieldError('requirementId') : undefined}
              style={{ flex: '2 1 320px' }}
            />
            <TextInput
              label="Note (optional)"
              placeholder="How it satisfies the requirement"
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              maxLength={4000}
              style={{ flex: '1 1 220px' }}
            />
            <Button type="submit" disabled={!requirementId} loading={add.isPending}>
              Add link
            </Button>
          </Group>
          <ProblemAlert error={add.error} title="The link could not be added" />
        </form>
      ) : null}
    </Stack>
  );
}
