import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { formatDate, formatDateTime, formatNumber } from '../../components/format';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useT } from '../../i18n';
import { ConfidentialityBadge, Validity } from './EvidenceBadges';
import { EditEvidenceModal } from './EditEvidenceModal';
import { EVIDENCE_TYPE_LABELS, evidenceKeys } from './evidence-model';
import { EvidenceLinks } from './EvidenceLinks';
import { EvidenceUpload } from './EvidenceUpload';
import { EvidenceVersions } from './EvidenceVersions';
import { useEvidenceAccess, useParticipants } from './use-evidence-context';

/** One evidence item: its details, its file versions, a new upload, and its requirement links. */
export function EvidencePage() {
  const t = useT();
  const { workspaceId = '', evidenceId = '' } = useParams();
  const queryClient = useQueryClient();
  const { session } = useSession();
  const access = useEvidenceAccess(workspaceId);
  const participants = useParticipants(workspaceId, access.canRead);
  const [editing, setEditing] = useState(false);
  const detail = useQuery({
    queryKey: evidenceKeys.detail(workspaceId, evidenceId),
    queryFn: () => unwrap(api.GET('/v1/workspaces/{workspaceId}/evidence/{evidenceId}', { params: { path: { workspaceId, evidenceId } } })),
  });

  const back = (
    <Anchor component={Link} to={`/workspaces/${workspaceId}/evidence`} size="sm">
      {t('evidence.page.back')}
    </Anchor>
  );
  if (detail.isPending) return <Loading label={t('evidence.list.loading')} />;
  if (detail.error) {
    return (
      <Stack gap="sm">
        {back}
        <ProblemAlert error={detail.error} />
      </Stack>
    );
  }

  const e = detail.data;
  const filedBy =
    e.organizationId === session?.organizationId
      ? t('evidence.party.yourOrganization')
      : e.organizationId === participants.data?.find((p) => p.role === 'owner')?.organizationId
        ? t('evidence.party.owner')
        : t('evidence.party.contributor');
  // Row-level security already hides other contributors' evidence; what is shown may be changed.
  const canWrite = access.canWrite;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        {back}
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Title order={2}>{e.title}</Title>
          {canWrite ? (
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('evidence.page.edit')}
            </Button>
          ) : null}
        </Group>
        <Group gap="xs">
          <Validity evidence={e} />
          <ConfidentialityBadge value={e.confidentiality} />
        </Group>
      </Stack>

      <Paper withBorder p="md" radius="sm">
        <Title order={3} size="h4" mb="xs">
          {t('evidence.page.details')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <Table withRowBorders={false} striped={false} highlightOnHover={false} verticalSpacing={4} aria-label={t('evidence.page.detailsLabel')}>
            <Table.Tbody>
              <Row label={t('evidence.field.type')}>{t(EVIDENCE_TYPE_LABELS[e.type])}</Row>
              <Row label={t('evidence.field.component')}>{access.componentName(e.componentId)}</Row>
              <Row label={t('evidence.field.effectiveDate')}>{formatDate(e.effectiveDate)}</Row>
              <Row label={t('evidence.field.validUntil')}>{e.validUntil ? formatDate(e.validUntil) : t('evidence.page.doesNotExpire')}</Row>
            </Table.Tbody>
          </Table>
          <Table withRowBorders={false} striped={false} highlightOnHover={false} verticalSpacing={4} aria-label={t('evidence.page.recordLabel')}>
            <Table.Tbody>
              <Row label={t('evidence.page.filedBy')}>{participants.data ? filedBy : '…'}</Row>
              <Row label={t('evidence.page.created')}>{formatDateTime(e.createdAt)}</Row>
              <Row label={t('evidence.page.versionCount')}>{formatNumber(e.versions.length)}</Row>
              <Row label={t('evidence.page.metadataRevision')}>{formatNumber(e.version)}</Row>
            </Table.Tbody>
          </Table>
        </SimpleGrid>
        <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {e.description || t('evidence.page.noDescription')}
        </Text>
      </Paper>

      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('evidence.page.versions')}
        </Title>
        <EvidenceVersions workspaceId={workspaceId} evidence={e} canUpload={canWrite} />
      </Stack>

      {canWrite ? (
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('evidence.page.uploadNew')}
          </Title>
          <EvidenceUpload
            workspaceId={workspaceId}
            evidenceId={e.id}
            onUploaded={() => void queryClient.invalidateQueries({ queryKey: ['evidence', workspaceId] })}
          />
        </Stack>
      ) : null}

      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('evidence.field.requirements')}
        </Title>
        <EvidenceLinks workspaceId={workspaceId} evidence={e} canEdit={canWrite} />
      </Stack>

      {editing ? (
        <EditEvidenceModal workspaceId={workspaceId} evidence={e} onClose={() => setEditing(false)} onReload={async () => (await detail.refetch()).data} />
      ) : null}
    </Stack>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" miw={120} maw={200} fw={500}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}
