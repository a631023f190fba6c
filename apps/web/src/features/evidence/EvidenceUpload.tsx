import { Alert, Button, Code, Group, Loader, Paper, Progress, Stack, Table, Text } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { useEffect, useRef, useState } from 'react';
import { ApiProblem } from '../../api/problem';
import { formatBytes, formatPercent } from '../../components/format';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useT } from '../../i18n';
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
  const t = useT();
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const [rejection, setRejection] = useState<string | null>(null);
  const handle = useRef<UploadHandle | null>(null);

  // Leaving the page ends an upload in progress (the server keeps nothing of it).
  useEffect(() => () => handle.current?.cancel(), []);

  const start = (file: File) => {
    setRejection(null);
    const startedAt = performance.now();
    setState({ phase: 'uploading', file, loaded: 0, total: file.size, bytesPerSecond: null });
    const upload = uploadEvidenceVersion(
      workspaceId,
      evidenceId,
      file,
      ({ loaded, total }) => {
        const seconds = (performance.now() - startedAt) / 1000;
        setState((s) => (s.phase === 'uploading' ? { ...s, loaded, total, bytesPerSecond: seconds > 0.5 ? loaded / seconds : s.bytesPerSecond } : s));
      },
      t,
    );
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
            error: error instanceof ApiProblem ? error : new ApiProblem({ status: 0, title: t('evidence.upload.failed'), detail: String(error) }),
          };
        });
      },
    );
  };

  const onReject = (rejections: FileRejection[]) => {
    // The dropzone's own messages are English: name the reason in the reader's language.
    const tooMany = rejections.length > 1 || rejections.some((r) => r.errors.some((e) => e.code === 'too-many-files'));
    setRejection(tooMany ? t('evidence.upload.oneAtATime') : t('evidence.upload.cannotUpload'));
  };

  const busy = state.phase === 'uploading';
  const percent =
    state.phase === 'uploading' ? percentOf(state.loaded, state.total) : state.phase === 'done' ? 100 : state.phase === 'failed' ? state.percent : 0;
  const percentText = formatPercent(percent / 100, 0);

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
          aria-label={t('evidence.upload.area')}
          inputProps={{ 'aria-label': t('evidence.upload.input') }}
          data-testid="upload-dropzone"
        >
          <Stack gap={4} align="center" py="md" style={{ pointerEvents: 'none' }}>
            <Dropzone.Idle>
              <Text fw={600} ta="center">
                {t('evidence.upload.idle')}
              </Text>
            </Dropzone.Idle>
            <Dropzone.Accept>
              <Text fw={600} ta="center">
                {t('evidence.upload.release')}
              </Text>
            </Dropzone.Accept>
            <Dropzone.Reject>
              <Text fw={600} ta="center">
                {t('evidence.upload.reject')}
              </Text>
            </Dropzone.Reject>
            <Text size="sm" ta="center">
              {t('evidence.upload.formats')}
            </Text>
            <Text size="sm" ta="center">
              {t('evidence.upload.immutable')}
            </Text>
            <Button size="xs" variant="light" mt={4}>
              {t('evidence.upload.choose')}
            </Button>
          </Stack>
        </Dropzone>
      ) : null}

      {rejection ? (
        <Alert color="red" variant="light" role="alert" title={t('evidence.upload.notAccepted')}>
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
              aria-label={t('evidence.upload.progressLabel', { filename: state.file.name })}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={percent}
              aria-valuetext={percentText}
            >
              <Progress.Section
                value={percent}
                withAria={false}
                color={state.phase === 'failed' ? 'red' : state.phase === 'done' ? 'green' : undefined}
                striped={busy}
                animated={busy}
              />
            </Progress.Root>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text size="sm" aria-live="polite" data-testid="upload-percent" style={{ flex: '1 1 200px' }}>
                {state.phase === 'uploading' && percent === 100 ? (
                  <Group gap={6} component="span" wrap="nowrap">
                    <Loader size="xs" aria-hidden />
                    {t('evidence.upload.checking', { percent: percentText })}
                  </Group>
                ) : state.phase === 'uploading' ? (
                  state.bytesPerSecond ? (
                    t('evidence.upload.progressRate', {
                      percent: percentText,
                      loaded: formatBytes(Math.min(state.loaded, state.file.size)),
                      total: formatBytes(state.file.size),
                      rate: formatBytes(state.bytesPerSecond),
                    })
                  ) : (
                    t('evidence.upload.progress', {
                      percent: percentText,
                      loaded: formatBytes(Math.min(state.loaded, state.file.size)),
                      total: formatBytes(state.file.size),
                    })
                  )
                ) : state.phase === 'done' ? (
                  t('evidence.upload.stored', { percent: percentText })
                ) : percent === 100 ? (
                  t('evidence.upload.sentNotStored')
                ) : (
                  t('evidence.upload.stoppedAt', { percent: percentText })
                )}
              </Text>
              {busy ? (
                <Button size="xs" variant="default" onClick={() => handle.current?.cancel()}>
                  {t('evidence.upload.cancel')}
                </Button>
              ) : null}
            </Group>
          </Stack>
        </Paper>
      ) : null}

      {state.phase === 'failed' ? <ProblemAlert error={state.error} /> : null}

      {state.phase === 'cancelled' ? (
        <Alert color="gray" variant="light" title={t('evidence.upload.cancelled')}>
          {t('evidence.upload.cancelledBody', { filename: state.file.name })}
        </Alert>
      ) : null}

      {state.phase === 'done' ? (
        <Paper withBorder p="sm" radius="sm" data-testid="upload-result">
          <Stack gap="xs">
            <Text fw={600} c="teal.9">
              {t('evidence.upload.done', { number: state.version.number })}
            </Text>
            <Table withRowBorders={false} striped={false} highlightOnHover={false} verticalSpacing={4}>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th scope="row" w={120}>
                    {t('evidence.column.sha256')}
                  </Table.Th>
                  <Table.Td>
                    <Code data-testid="upload-sha256" style={{ wordBreak: 'break-all' }}>
                      {state.version.sha256}
                    </Code>
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th scope="row">{t('evidence.column.size')}</Table.Th>
                  <Table.Td data-testid="upload-size">
                    {formatBytes(state.version.size)} ({t('evidence.bytes', { count: state.version.size })})
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th scope="row">{t('evidence.column.mediaType')}</Table.Th>
                  <Table.Td data-testid="upload-media-type">{state.version.mediaType}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th scope="row">{t('evidence.column.filename')}</Table.Th>
                  <Table.Td>{state.version.filename}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
            <Group>
              <Button size="xs" variant="default" onClick={() => setState({ phase: 'idle' })}>
                {t('evidence.upload.another')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}
