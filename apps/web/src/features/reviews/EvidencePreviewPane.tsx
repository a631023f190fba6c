import { Alert, Box, Button, CloseButton, Group, Loader, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId, type KeyboardEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatBytes } from '../../components/format';
import { useT } from '../../i18n';
import type { ManifestEvidence } from './review-model';

export type PreviewKind = 'pdf' | 'image' | 'text' | 'markdown' | 'csv';

/** The API's preview allow-list (GET …/evidence/{versionId}/preview-link); other types are downloaded. */
const PREVIEW_KINDS: Record<string, PreviewKind> = {
  'application/pdf': 'pdf',
  'image/png': 'image',
  'image/jpeg': 'image',
  'image/gif': 'image',
  'image/webp': 'image',
  'text/plain': 'text',
  'application/json': 'text',
  'application/yaml': 'text',
  'application/x-yaml': 'text',
  'text/yaml': 'text',
  'application/xml': 'text',
  'text/xml': 'text',
  'text/markdown': 'markdown',
  'text/csv': 'csv',
};

export function previewKindOf(mediaType: string): PreviewKind | null {
  return PREVIEW_KINDS[mediaType.split(';')[0]!.trim().toLowerCase()] ?? null;
}

/** The API sends at most this much of a text, Markdown or CSV file. */
const TEXT_PREVIEW_BYTES = 256 * 1024;
/** Rows of a CSV shown as a table. */
export const CSV_PREVIEW_ROWS = 100;

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF), the first `limit` records. */
export function parseCsv(text: string, limit: number): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length && rows.length < limit; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if ((field !== '' || row.length) && rows.length < limit) rows.push([...row, field]);
  return rows;
}

export interface EvidencePreviewPaneProps {
  workspaceId: string;
  number: number;
  evidence: ManifestEvidence;
  onClose(): void;
  onDownload?(evidence: ManifestEvidence): void;
}

/**
 * A frozen evidence version shown beside the verdict grid: PDFs in the browser's own viewer
 * (an <iframe> on a short-lived preview link, whose answer carries a restrictive CSP), images,
 * text and Markdown as plain text (never as HTML), CSV as a table of its first rows. Other types
 * say so and offer the download. A labelled region after the grid (Tab reaches it; the row keeps
 * focus when it opens, so judging goes on while it follows the active row); Escape closes it.
 */
export function EvidencePreviewPane({ workspaceId, number, evidence, onClose, onDownload }: EvidencePreviewPaneProps) {
  const t = useT();
  const headingId = useId();
  const kind = previewKindOf(evidence.mediaType);

  const link = useQuery({
    queryKey: ['preview-link', workspaceId, number, evidence.versionId],
    enabled: kind !== null,
    // The link works for two minutes; a new one is asked for after one.
    staleTime: 60_000,
    gcTime: 60_000,
    queryFn: () =>
      unwrap(
        api.GET('/v1/workspaces/{workspaceId}/submissions/{number}/evidence/{versionId}/preview-link', {
          params: { path: { workspaceId, number, versionId: evidence.versionId } },
        }),
      ),
  });
  const textual = kind === 'text' || kind === 'markdown' || kind === 'csv';
  const url = link.data?.url;
  const body = useQuery({
    queryKey: ['preview-text', evidence.versionId],
    enabled: textual && !!url,
    staleTime: Infinity,
    queryFn: async () => {
      const res = await fetch(url!, { credentials: 'omit' });
      if (!res.ok) throw new Error(res.statusText);
      return res.text();
    },
  });

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };

  const truncated = link.data?.truncated ?? false;
  return (
    <Paper
      component="section"
      withBorder
      p="sm"
      radius="md"
      aria-labelledby={headingId}
      data-testid="evidence-preview"
      data-kind={kind ?? 'none'}
      onKeyDown={onKeyDown}
      style={{ position: 'sticky', top: 'var(--mantine-spacing-md)' }}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Title order={4} id={headingId} lineClamp={2}>
              {t('reviews.preview.region', { title: evidence.title })}
            </Title>
            <Text size="xs">
              {t('reviews.preview.meta', { version: evidence.versionNumber, filename: evidence.filename, size: formatBytes(evidence.size) })}
            </Text>
          </Stack>
          <CloseButton aria-label={t('reviews.preview.close')} title={t('reviews.preview.closeHint')} onClick={onClose} />
        </Group>
        {kind === null ? (
          <Alert variant="light" color="gray" data-testid="preview-none">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('reviews.preview.none', { mediaType: evidence.mediaType })}</Text>
              {onDownload ? (
                <Button size="xs" variant="default" onClick={() => onDownload(evidence)}>
                  {t('reviews.preview.download')}
                </Button>
              ) : null}
            </Stack>
          </Alert>
        ) : link.isPending || (textual && body.isPending) ? (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">{t('reviews.preview.loading')}</Text>
          </Group>
        ) : link.error || body.error ? (
          <ProblemAlert error={link.error ?? body.error} title={t('reviews.preview.failed')} />
        ) : kind === 'pdf' ? (
          // Not sandboxed: Chromium's PDF viewer refuses sandboxed frames. The preview answer's own
          // CSP (default-src 'none', object-src 'self') keeps anything in the file from running.
          <Box
            component="iframe"
            src={url}
            title={t('reviews.preview.pdfFrame', { filename: evidence.filename })}
            referrerPolicy="no-referrer"
            data-testid="preview-pdf"
            style={{ width: '100%', height: '70vh', border: 0 }}
          />
        ) : kind === 'image' ? (
          <img
            src={url}
            alt={t('reviews.preview.imageAlt', { title: evidence.title, version: evidence.versionNumber })}
            referrerPolicy="no-referrer"
            data-testid="preview-image"
            style={{ maxWidth: '100%', maxHeight: '70vh', objectFit: 'contain' }}
          />
        ) : kind === 'csv' ? (
          <CsvPreview text={body.data ?? ''} filename={evidence.filename} />
        ) : (
          <ScrollArea.Autosize mah="70vh" type="auto">
            <Box
              component="pre"
              tabIndex={0}
              aria-label={t('reviews.preview.textLabel', { filename: evidence.filename })}
              data-testid="preview-text"
              m={0}
              style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontSize: 'var(--mantine-font-size-sm)' }}
            >
              {body.data}
            </Box>
          </ScrollArea.Autosize>
        )}
        {truncated ? (
          <Text size="xs" data-testid="preview-truncated">
            {t('reviews.preview.truncated', { shown: formatBytes(TEXT_PREVIEW_BYTES), size: formatBytes(link.data?.size ?? evidence.size) })}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

function CsvPreview({ text, filename }: { text: string; filename: string }) {
  const t = useT();
  const rows = parseCsv(text, CSV_PREVIEW_ROWS + 1);
  const [head, ...rest] = rows;
  const shown = rest.slice(0, CSV_PREVIEW_ROWS);
  return (
    <Stack gap={4}>
      <ScrollArea.Autosize mah="65vh" type="auto">
        <Table withTableBorder withColumnBorders striped data-testid="preview-csv" aria-label={t('reviews.preview.csvTable', { filename })} fz="xs">
          {head ? (
            <Table.Thead>
              <Table.Tr>
                {head.map((h, i) => (
                  <Table.Th key={i}>{h}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
          ) : null}
          <Table.Tbody>
            {shown.map((r, i) => (
              <Table.Tr key={i}>
                {r.map((c, j) => (
                  <Table.Td key={j}>{c}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {rest.length > CSV_PREVIEW_ROWS ? <Text size="xs">{t('reviews.preview.csvRows', { count: CSV_PREVIEW_ROWS })}</Text> : null}
    </Stack>
  );
}
