import { Badge, Button, Code, Table, Text, VisuallyHidden } from '@mantine/core';
import { notify } from '../../components/notify';
import { useMutation } from '@tanstack/react-query';
import { EmptyState } from '../../components/EmptyState';
import { formatBytes, formatDateTime } from '../../components/format';
import { ProblemAlert } from '../../components/ProblemAlert';
import { downloadVersion } from './download';
import { shortHash, type EvidenceDetail, type EvidenceVersion } from './evidence-model';
import { useUploaderLabel } from './use-evidence-context';

/** The immutable file versions of an evidence item, newest first, each downloadable. */
export function EvidenceVersions({ workspaceId, evidence, canUpload }: { workspaceId: string; evidence: EvidenceDetail; canUpload: boolean }) {
  const uploader = useUploaderLabel(workspaceId);
  const download = useMutation({
    mutationFn: (v: EvidenceVersion) => downloadVersion(workspaceId, evidence.id, v),
    onSuccess: ({ verified }, v) => {
      if (verified === false) {
        notify(`${v.filename}: its SHA-256 differs from the one recorded at upload. Report this to the workspace owner.`, {
          color: 'red',
          title: 'The downloaded file does not match its record',
          autoClose: false,
        });
      } else {
        notify(verified ? 'Its SHA-256 matches the one recorded at upload.' : `Version ${v.number}`, { title: `Downloaded ${v.filename}` });
      }
    },
  });

  if (!evidence.versions.length) {
    return (
      <EmptyState title="No file uploaded yet">
        {canUpload ? 'Upload the document below: it becomes version 1.' : 'The organization that filed this evidence has not uploaded its file yet.'}
      </EmptyState>
    );
  }

  return (
    <>
      <ProblemAlert error={download.error} title="The download failed" />
      <Table.ScrollContainer minWidth={860}>
        <Table aria-label="Versions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Version</Table.Th>
              <Table.Th>File name</Table.Th>
              <Table.Th>Size</Table.Th>
              <Table.Th>Media type</Table.Th>
              <Table.Th>SHA-256</Table.Th>
              <Table.Th>Uploaded</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {evidence.versions.map((v) => (
              <Table.Tr key={v.id} data-testid="version-row">
                <Table.Td>
                  <Text size="sm" span fw={600}>
                    v{v.number}
                  </Text>{' '}
                  {v.id === evidence.currentVersionId ? (
                    <Badge variant="light" color="blue" size="sm">
                      Current
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td style={{ wordBreak: 'break-all' }}>{v.filename}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }} title={`${v.size.toLocaleString()} bytes`}>
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
                    aria-label={`Download version ${v.number} (${v.filename})`}
                  >
                    Download
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
