import { Alert, Button, Code, Group, Loader, Paper, Progress, Stack, Table, Text } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { useEffect, useRef, useState } from 'react';
import { ApiProblem } from '../../api/problem';
import { formatBytes } from '../../components/format';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { EvidenceVersion } from './evidence-model';
import { UploadCancelled, uploadEvidenceVersion, type UploadHandle } from './upload-transport';

type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; file: File; loaded: number; total: number; bytesPerSecond: number | null }
  | { phase: 'done'; file: File; version: EvidenceVersion }
  | { phase: 'failed'; file: File; percent: number; error: unknown }
  | { phase: 'cancelled'; file: File };

function percentOf(loaded: number, total: number): number {
  return total > 0 ? Math.min(100, Math.floor((loaded * 100) / total)) : 0;
}

/**
 * Uploads one file as a new version of an evidence item: drag and drop or pick a file,
 * watch the real upload progress, cancel it, and read back the SHA-256 the server
 * computed over the bytes it stored.
 */
export function EvidenceUpload({
  workspaceId,
  evidenceId,
  onUploaded,
}: {
  workspaceId: string;
  evidenceId: string;
  onUploaded?: (version: EvidenceVersion) => void;
}) {
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const [rejection, setRejection] = useState<string | null>(null);
  const handle = useRef<UploadHandle | null>(null);

  // Leaving the page ends an upload in progress (the server keeps nothing of it).
  useEffect(() => () => handle.current?.cancel(), []);

  const start = (file: File) => {
    setRejection(null);
    const startedAt = performance.now();
    setState({ phase: 'uploading', file, loaded: 0, total: file.size, bytesPerSecond: null });
    const upload = uploadEvidenceVersion(workspaceId, evidenceId, file, ({ loaded, total }) => {
      const seconds = (performance.now() - startedAt) / 1000;
      setState((s) => (s.phase === 'uploading' ? { ...s, loaded, total, bytesPerSecond: seconds > 0.5 ? loaded / seconds : s.bytesPerSecond } : s));
    });
    handle.current = upload;
    upload.done.then(
      (version) => {
        handle.current = null;
        setState({ phase: 'done', file, version });
        onUploaded?.(version);
      },
      (error: unknown) => {
        handle.current = null;
        setState((s) => {
          if (error instanceof UploadCancelled) return { phase: 'cancelled', file };
          const percent = s.phase === 'uploading' ? percentOf(s.loaded, s.total) : 0;
          return {
            phase: 'failed',
            file,
            percent,
            error: error instanceof ApiProblem ? error : new ApiProblem({ status: 0, title: 'The upload failed', detail: String(error) }),
          };
        });
      },
    );
  };

  const onReject = (rejections: FileRejection[]) => {
    setRejection(
      rejections.length > 1 ? 'Drop one file at a time: each upload is one version.' : (rejections[0]?.errors[0]?.message ?? 'The file cannot be uploaded.'),
    );
  };

  const busy = state.phase === 'uploading';
  const percent =
    state.phase === 'uploading' ? percentOf(state.loaded, state.total) : state.phase === 'done' ? 100 : state.phase === 'failed' ? state.percent : 0;

  return (
    <Stack gap="sm">
      {state.phase === 'idle' || state.phase === 'failed' || state.phase === 'cancelled' ? (
        <Dropzone
          onDrop={(files) => files[0] && start(files[0])}
          onReject={onReject}
          multiple={false}
          // The whole area opens the file picker on click; keyboard users reach the button inside.
          activateOnKeyboard={false}
          role="group"
          aria-label="Upload a file"
          inputProps={{ 'aria-label': 'File to upload' }}
          data-testid="upload-dropzone"
        >
          <Stack gap={4} align="center" py="md" style={{ pointerEvents: 'none' }}>
            <Dropzone.Idle>
              <Text fw={600}>Drop a file here or click to choose one</Text>
            </Dropzone.Idle>
            <Dropzone.Accept>
              <Text fw={600}>Release to upload</Text>
            </Dropzone.Accept>
            <Dropzone.Reject>
              <Text fw={600}>One file at a time</Text>
            </Dropzone.Reject>
            <Text size="sm">PDF, Word, Excel, PowerPoint, OpenDocument, images, ZIP, or text (TXT, CSV, Markdown, JSON, YAML, XML).</Text>
            <Text size="sm">The upload starts as soon as you choose the file; each upload becomes a new, immutable version.</Text>
            <Button size="xs" variant="light" mt={4}>
              Choose a file
            </Button>
          </Stack>
        </Dropzone>
      ) : null}

      {rejection ? (
        <Alert color="red" variant="light" role="alert" title="File not accepted">
          {rejection}
        </Alert>
      ) : null}

      {state.phase !== 'idle' && state.phase !== 'cancelled' ? (
        <Paper withBorder p="sm" radius="sm">
          <Stack gap="xs">
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm" fw={600} truncate="end" title={state.file.name}>
                {state.file.name}
              </Text>
              <Text size="sm" span style={{ whiteSpace: 'nowrap' }}>
                {formatBytes(state.file.size)}
              </Text>
            </Group>
            <Progress.Root
              size="lg"
              data-testid="upload-progress"
              role="progressbar"
              aria-label={`Upload of ${state.file.name}`}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={percent}
              aria-valuetext={`${percent}%`}
            >
              <Progress.Section
                value={percent}
                withAria={false}
                color={state.phase === 'failed' ? 'red' : state.phase === 'done' ? 'green' : undefined}
                striped={busy}
                animated={busy}
              />
            </Progress.Root>
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm" aria-live="polite" data-testid="upload-percent">
                {state.phase === 'uploading' && percent === 100 ? (
                  <Group gap={6} component="span" wrap="nowrap">
                    <Loader size="xs" aria-hidden />
                    100 % sent — the server is checking and storing the file…
                  </Group>
                ) : state.phase === 'uploading' ? (
                  `${percent} % — ${formatBytes(Math.min(state.loaded, state.file.size))} of ${formatBytes(state.file.size)}${state.bytesPerSecond ? ` at ${formatBytes(state.bytesPerSecond)}/s` : ''}`
                ) : state.phase === 'done' ? (
                  '100 % — stored'
                ) : percent === 100 ? (
                  'Sent, but not stored'
                ) : (
                  `Stopped at ${percent} %`
                )}
              </Text>
              {busy ? (
                <Button size="xs" variant="default" onClick={() => handle.current?.cancel()}>
                  Cancel upload
                </Button>
              ) : null}
            </Group>
          </Stack>
        </Paper>
      ) : null}

      {state.phase === 'failed' ? <ProblemAlert error={state.error} /> : null}

      {state.phase === 'cancelled' ? (
        <Alert color="gray" variant="light" title="Upload cancelled">
          The upload of {state.file.name} was cancelled; nothing was stored. Choose the file again to retry.
        </Alert>
      ) : null}

      {state.phase === 'done' ? (
        <Paper withBorder p="sm" radius="sm" data-testid="upload-result">
          <Stack gap="xs">
            <Text fw={600} c="green.9">
              Version {state.version.number} stored
            </Text>
            <Table withRowBorders={false} striped={false} highlightOnHover={false} verticalSpacing={4}>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th scope="row" w={120}>
                    SHA-256
                  </Table.Th>
                  <Table.Td>
                    <Code data-testid="upload-sha256" style={{ wordBreak: 'break-all' }}>
                      {state.version.sha256}
                    </Code>
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th scope="row">Size</Table.Th>
                  <Table.Td data-testid="upload-size">
                    {formatBytes(state.version.size)} ({state.version.size.toLocaleString()} bytes)
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th scope="row">Media type</Table.Th>
                  <Table.Td data-testid="upload-media-type">{state.version.mediaType}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th scope="row">File name</Table.Th>
                  <Table.Td>{state.version.filename}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
            <Group>
              <Button size="xs" variant="default" onClick={() => setState({ phase: 'idle' })}>
                Upload another version
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}
