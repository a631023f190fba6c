import { Anchor, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { CursorPager, useCursorPages } from '../../components/CursorPager';
import { EmptyState } from '../../components/EmptyState';
import { formatDate } from '../../components/format';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useT, type MessageId, type MessageValues } from '../../i18n';
import { ConfidentialityBadge, Validity } from './EvidenceBadges';
import { EVIDENCE_TYPE_LABELS, evidenceKeys, evidenceTypeOptions, isEvidenceType, type EvidenceListItem } from './evidence-model';
import { NewEvidenceModal } from './NewEvidenceModal';
import { useEvidenceAccess, useWorkspaceRequirements } from './use-evidence-context';

const PAGE_SIZE = 25;

const VALIDITY_FILTERS: { value: string; label: MessageId; values?: MessageValues }[] = [
  { value: '', label: 'evidence.filter.anyValidity' },
  { value: '0', label: 'evidence.filter.expired' },
  { value: '30', label: 'evidence.filter.within', values: { days: 30 } },
  { value: '90', label: 'evidence.filter.within', values: { days: 90 } },
];

/** A workspace's evidence: filters, the paginated table, and "New evidence" for those who may add it. */
export function EvidenceListPage() {
  const t = useT();
  const { workspaceId = '' } = useParams();
  const access = useEvidenceAccess(workspaceId);
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const typeParam = params.get('type');
  const type = isEvidenceType(typeParam) ? typeParam : undefined;
  const componentId = params.get('component') || undefined;
  const expiring = params.get('expiring') ?? '';
  const expiringWithinDays = expiring === '' ? undefined : Number(expiring);

  const pager = useCursorPages<EvidenceListItem>(
    [...evidenceKeys.list(workspaceId), { type, componentId, expiringWithinDays }],
    (cursor) =>
      unwrap(
        api.GET('/v1/workspaces/{workspaceId}/evidence', {
          params: { path: { workspaceId }, query: { limit: PAGE_SIZE, cursor, type, componentId, expiringWithinDays } },
        }),
      ),
    { enabled: access.canRead },
  );

  const requirements = useWorkspaceRequirements(workspaceId, creating);

  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    pager.reset();
  };

  if (access.workspace.isPending) return <Loading />;
  if (access.workspace.error) return <ProblemAlert error={access.workspace.error} />;

  if (!access.canRead) {
    return (
      <Stack gap="md">
        <Title order={2}>{t('evidence.list.title')}</Title>
        <EmptyState
          title={t('evidence.list.notShared')}
          action={
            access.role === 'assessor' ? (
              <Button component={Link} to={`/workspaces/${workspaceId}/submissions`} variant="light" size="xs">
                {t('evidence.list.goToSubmissions')}
              </Button>
            ) : undefined
          }
        >
          {access.role === 'assessor' ? t('evidence.list.assessorBody') : t('evidence.list.observerBody')}
        </EmptyState>
      </Stack>
    );
  }

  const filtered = !!(type || componentId || expiring);
  const newButton = access.canWrite ? (
    <Button onClick={() => setCreating(true)} disabled={access.components.isPending || (access.isContributor && access.participants.isPending)}>
      {t('evidence.list.new')}
    </Button>
  ) : null;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('evidence.list.title')}</Title>
          <Text size="sm" c="gray.7">
            {access.isContributor ? t('evidence.list.contributorIntro') : t('evidence.list.ownerIntro')}
          </Text>
        </div>
        {newButton}
      </Group>

      <Group gap="sm" align="flex-end">
        <Select
          label={t('evidence.field.type')}
          placeholder={t('evidence.filter.allTypes')}
          data={evidenceTypeOptions(t)}
          value={type ?? null}
          onChange={(v) => setFilter('type', v)}
          clearable
          style={{ flex: '1 1 220px' }}
        />
        <Select
          label={t('evidence.field.component')}
          placeholder={t('evidence.filter.allComponents')}
          data={(access.components.data ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.version})` }))}
          value={componentId ?? null}
          onChange={(v) => setFilter('component', v)}
          clearable
          style={{ flex: '1 1 260px' }}
        />
        <Select
          label={t('evidence.filter.validity')}
          data={VALIDITY_FILTERS.map((f) => ({ value: f.value, label: t(f.label, f.values) }))}
          value={expiring}
          onChange={(v) => setFilter('expiring', v)}
          allowDeselect={false}
          style={{ flex: '1 1 260px' }}
        />
        {filtered ? (
          <Button
            variant="subtle"
            onClick={() => {
              setParams(new URLSearchParams(), { replace: true });
              pager.reset();
            }}
          >
            {t('evidence.filter.clear')}
          </Button>
        ) : null}
      </Group>

      {access.components.error ? <ProblemAlert error={access.components.error} title={t('evidence.list.componentsFailed')} /> : null}

      {pager.isPending ? (
        <Loading label={t('evidence.list.loading')} />
      ) : pager.error ? (
        <ProblemAlert error={pager.error} />
      ) : pager.items.length === 0 ? (
        filtered ? (
          <EmptyState
            title={t('evidence.list.noMatch')}
            action={
              <Button
                size="xs"
                variant="light"
                onClick={() => {
                  setParams(new URLSearchParams(), { replace: true });
                  pager.reset();
                }}
              >
                {t('evidence.filter.clear')}
              </Button>
            }
          >
            {t('evidence.list.noMatchBody')}
          </EmptyState>
        ) : (
          <EmptyState title={t('evidence.list.empty')} action={newButton}>
            {access.canWrite ? t('evidence.list.emptyWriterBody') : t('evidence.list.emptyReaderBody')}
          </EmptyState>
        )
      ) : (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table aria-label={t('evidence.list.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('evidence.column.title')}</Table.Th>
                  <Table.Th>{t('evidence.column.type')}</Table.Th>
                  <Table.Th>{t('evidence.column.component')}</Table.Th>
                  <Table.Th>{t('evidence.column.currentVersion')}</Table.Th>
                  <Table.Th>{t('evidence.column.effective')}</Table.Th>
                  <Table.Th>{t('evidence.column.validity')}</Table.Th>
                  <Table.Th>{t('evidence.column.confidentiality')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pager.items.map((e) => {
                  const version = e.currentVersion;
                  return (
                    <Table.Tr key={e.id} data-testid="evidence-row">
                      <Table.Td>
                        <Anchor component={Link} to={`/workspaces/${workspaceId}/evidence/${e.id}`} fw={500}>
                          {e.title}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{t(EVIDENCE_TYPE_LABELS[e.type])}</Table.Td>
                      <Table.Td>{access.componentName(e.componentId)}</Table.Td>
                      <Table.Td>
                        {version ? (
                          <Text size="sm" title={version.filename}>
                            {t('evidence.versionShort', { number: version.number })} · {version.filename}
                          </Text>
                        ) : (
                          <Text size="sm" fs="italic">
                            {t('evidence.list.noFile')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(e.effectiveDate)}</Table.Td>
                      <Table.Td miw={150}>
                        <Validity evidence={e} />
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <ConfidentialityBadge value={e.confidentiality} />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <CursorPager pager={pager} />
        </>
      )}

      {creating ? (
        <NewEvidenceModal
          workspaceId={workspaceId}
          onClose={() => setCreating(false)}
          componentRequired={access.isContributor}
          components={access.writableComponents}
          requirementOptions={requirements.options}
          requirementsLoading={requirements.isFetching}
        />
      ) : null}
    </Stack>
  );
}
