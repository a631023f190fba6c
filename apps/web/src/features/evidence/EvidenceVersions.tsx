import { Badge, Button, Code, Table, Text, VisuallyHidden } from '@mantine/core';
import { notify } from '../../components/notify';
import { useMutation } from '@tanstack/react-query';
import { EmptyState } from '../../components/EmptyState';
import { formatBytes, formatDateTime } from '../../components/format';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useT } from '../../i18n';
import { downloadVersion } from './download';
import { shortHash, type EvidenceDetail, type EvidenceVersion } from './evidence-model';
import { useUploaderLabel } from './use-evidence-context';

/** The immutable file versions of an evidence item, newest first, each downloadable. */
export function EvidenceVersions({ workspaceId, evidence, canUpload }: { workspaceId: string; evidence: EvidenceDetail; canUpload: boolean }) {
  const t = useT();
  const uploader = useUploaderLabel(workspaceId);
  const download = useMutation({
    mutationFn: (v: EvidenceVersion) => downloadVersion(workspaceId, evidence.id, v),
    onSuccess: ({ verified }, v) => {
      if (verified === false) {
        notify(t('evidence.versions.mismatchBody', { filename: v.filename }), {
          color: 'red',
          title: t('evidence.versions.mismatchTitle'),
          autoClose: false,
        });
      } else {
        notify(verified ? t('evidence.versions.verified') : t('evidence.versions.unchecked', { number: v.number }), {
          title: t('evidence.versions.downloaded', { filename: v.filename }),
        });
      }
    },
  });

  if (!evidence.versions.length) {
    return (
      <EmptyState title={t('evidence.versions.empty')}>
        {canUpload ? t('evidence.versions.emptyWriterBody') : t('evidence.versions.emptyReaderBody')}
      </EmptyState>
    );
  }

  return (
    <>
      <ProblemAlert error={download.error} title={t('evidence.versions.downloadFailed')} />
      <Table.ScrollContainer minWidth={860}>
        <Table aria-label={t('evidence.page.versions')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('evidence.column.version')}</Table.Th>
              <Table.Th>{t('evidence.column.filename')}</Table.Th>
              <Table.Th>{t('evidence.column.size')}</Table.Th>
              <Table.Th>{t('evidence.column.mediaType')}</Table.Th>
              <Table.Th>{t('evidence.column.sha256')}</Table.Th>
              <Table.Th>{t('evidence.column.uploaded')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('evidence.column.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {evidence.versions.map((v) => (
              <Table.Tr key={v.id} data-testid="version-row">
                <Table.Td>
                  <Text size="sm" span fw={600}>
                    {t('evidence.versionShort', { number: v.number })}
                  </Text>{' '}
                  {v.id === evidence.currentVersionId ? (
                    <Badge variant="light" color="blue" size="sm">
                      {t('evidence.versions.current')}
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td style={{ wordBreak: 'break-all' }}>{v.filename}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }} title={t('evidence.bytes', { count: v.size })}>
                  {formatBytes(v.size)}
                </Table.Td>
                <Table.Td>{v.mediaType}</Table.Td>
                <Table.Td>
                  <Code title={v.sha256} data-sha256={v.sha256}>
                    {shortHash(v.sha256)}
                  </Code>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{uploader(v)}</Text>
                  <Text size="xs" c="gray.7">
                    {formatDateTime(v.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => download.mutate(v)}
                    loading={download.isPending && download.variables?.id === v.id}
                    aria-label={t('evidence.versions.downloadLabel', { number: v.number, filename: v.filename })}
                  >
                    {t('evidence.versions.download')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
