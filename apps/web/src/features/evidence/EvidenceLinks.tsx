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
import { useT } from '../../i18n';
import { evidenceKeys, type EvidenceDetail, type EvidenceLink } from './evidence-model';
import { useWorkspaceRequirements } from './use-evidence-context';

/** The requirements an evidence item satisfies: each links to its requirement page; writers add and remove links. */
export function EvidenceLinks({ workspaceId, evidence, canEdit }: { workspaceId: string; evidence: EvidenceDetail; canEdit: boolean }) {
  const t = useT();
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
      notify(t('evidence.links.linked', { requirement: requirements.byId.get(link.requirementId)?.ref ?? t('evidence.links.theRequirement') }), {
        title: t('evidence.links.added'),
      });
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
      notify(t('evidence.links.unlinked', { requirement: requirements.byId.get(link.requirementId)?.ref ?? t('evidence.links.theRequirement') }), {
        title: t('evidence.links.removed'),
      });
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
    return r ? `${r.ref} — ${r.title}` : requirements.isPending ? t('evidence.loadingEllipsis') : t('evidence.requirement.outsideTargets');
  };

  return (
    <Stack gap="sm">
      <ProblemAlert error={requirements.error} title={t('evidence.links.requirementsFailed')} />
      {evidence.links.length === 0 ? (
        <EmptyState title={t('evidence.links.empty')}>{canEdit ? t('evidence.links.emptyWriterBody') : t('evidence.links.emptyReaderBody')}</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label={t('evidence.links.label')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('evidence.column.requirement')}</Table.Th>
                <Table.Th>{t('evidence.column.note')}</Table.Th>
                <Table.Th>{t('evidence.column.linked')}</Table.Th>
                {canEdit ? (
                  <Table.Th>
                    <VisuallyHidden>{t('evidence.column.actions')}</VisuallyHidden>
                  </Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {evidence.links.map((l) => {
                const ref = requirements.byId.get(l.requirementId)?.ref ?? t('evidence.links.theRequirement');
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
                          aria-label={t('evidence.links.removeLabel', { requirement: ref })}
                        >
                          {t('evidence.links.remove')}
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
      <ProblemAlert error={remove.error} title={t('evidence.links.removeFailed')} />

      {canEdit ? (
        <form onSubmit={submit} aria-label={t('evidence.links.formLabel')}>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Select
              label={t('evidence.links.requirement')}
              placeholder={requirements.isPending ? t('evidence.new.requirementsLoading') : t('evidence.new.searchRequirements')}
              data={options}
              value={requirementId}
              onChange={setRequirementId}
              searchable
              clearable
              limit={50}
              nothingFoundMessage={t('evidence.new.noRequirementMatches')}
              error={add.error instanceof ApiProblem ? add.error.fieldError('requirementId') : undefined}
              style={{ flex: '2 1 320px' }}
            />
            <TextInput
              label={t('evidence.links.note')}
              placeholder={t('evidence.links.notePlaceholder')}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              maxLength={4000}
              style={{ flex: '1 1 220px' }}
            />
            <Button type="submit" disabled={!requirementId} loading={add.isPending}>
              {t('evidence.links.add')}
            </Button>
          </Group>
          <ProblemAlert error={add.error} title={t('evidence.links.addFailed')} />
        </form>
      ) : null}
    </Stack>
  );
}
