import { Box, Grid, Group, Switch, Text } from '@mantine/core';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { allPages } from '../../api/all-pages';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatNumber } from '../../components/format';
import { useT } from '../../i18n';
import { EvidencePreviewPane } from './EvidencePreviewPane';
import { useRefreshAfterVerdict } from './review-hooks';
import { verdictsRecorded, type ManifestEvidence, type Submission, type SubmissionEntry, type Verdict, type VerdictOutcome } from './review-model';
import { VerdictGrid, type VerdictGridHandle, type VerdictGridRow } from './VerdictGrid';

function isTextEntry(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** Entries per keyset page of GET …/entries (the grid asks for the next one as the reader nears the end). */
export const ENTRIES_PER_PAGE = 50;

export interface ReviewEntriesProps {
  workspaceId: string;
  number: number;
  /** The caller is an assessor of the workspace. */
  isAssessor: boolean;
  /** Verdicts may be recorded (an assessor, the submission awaiting review). */
  reviewable: boolean;
  userId: string | undefined;
  /** Requirement titles by id (the manifest freezes references only). */
  titles?: Map<string, { ref: string; title?: string }>;
  onDownload(evidence: ManifestEvidence): void;
  onRaiseFinding?(requirementId: string): void;
  /** The entries loaded so far (for naming requirements elsewhere on the page). */
  onEntriesLoaded?(entries: SubmissionEntry[]): void;
}

/**
 * The submission's entries as one continuous, virtualized verdict grid: keyset pages load as
 * the reader scrolls or moves down, "Unjudged only" asks the API for the entries without a
 * verdict, the counters follow each save's answer (the submission is not read again), and the
 * preview pane shows the active row's evidence.
 */
export function ReviewEntries({
  workspaceId: ws,
  number,
  isAssessor,
  reviewable,
  userId,
  titles,
  onDownload,
  onRaiseFinding,
  onEntriesLoaded,
}: ReviewEntriesProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const refreshAfterVerdict = useRefreshAfterVerdict(ws);
  const [unjudgedOnly, setUnjudgedOnly] = useState(false);
  const [preview, setPreview] = useState<{ evidence: ManifestEvidence; requirementId: string } | null>(null);
  const grid = useRef<VerdictGridHandle | null>(null);

  // The same cache entry as the page's: patched by each save, never read again for it.
  const submission = useQuery({
    queryKey: ['submission', ws, number],
    queryFn: () => unwrap(api.GET('/v1/workspaces/{workspaceId}/submissions/{number}', { params: { path: { workspaceId: ws, number } } })),
  });
  const entries = useInfiniteQuery({
    queryKey: ['submission-entries', ws, number, unjudgedOnly ? 'unjudged' : 'all'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/v1/workspaces/{workspaceId}/submissions/{number}/entries', {
          params: { path: { workspaceId: ws, number }, query: { limit: ENTRIES_PER_PAGE, cursor: pageParam, ...(unjudgedOnly ? { judged: false } : {}) } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const verdicts = useQuery({
    queryKey: ['verdicts', ws, number],
    queryFn: () =>
      allPages(
        (cursor) =>
          unwrap(
            api.GET('/v1/workspaces/{workspaceId}/submissions/{number}/verdicts', {
              params: { path: { workspaceId: ws, number }, query: { limit: 200, cursor } },
            }),
          ),
        50,
      ),
  });

  const items = (entries.data?.pages ?? []).flatMap((p) => p.data);
  const entriesLoaded = useEffectEvent((loaded: SubmissionEntry[]) => onEntriesLoaded?.(loaded));
  useEffect(() => {
    entriesLoaded((entries.data?.pages ?? []).flatMap((p) => p.data));
  }, [entries.data]);

  const verdictMap = new Map((verdicts.data ?? []).map((v) => [v.requirementId, v]));
  const versions = useRef<Record<string, number>>({});
  const chains = useRef<Record<string, Promise<unknown>>>({});

  const saveVerdict = (requirementId: string, outcome: VerdictOutcome, comment: string): Promise<Verdict> => {
    const run = async () => {
      const known = versions.current[requirementId] ?? verdictMap.get(requirementId)?.version;
      try {
        const v = await unwrap(
          api.PUT('/v1/workspaces/{workspaceId}/submissions/{number}/verdicts/{requirementId}', {
            params: { path: { workspaceId: ws, number, requirementId }, header: known ? { 'If-Match': `"${known}"` } : {} },
            body: { outcome, comment },
          }),
        );
        versions.current[requirementId] = v.version;
        const { progress, ...verdict } = v;
        queryClient.setQueryData<Verdict[]>(['verdicts', ws, number], (old) => [...(old ?? []).filter((x) => x.requirementId !== requirementId), verdict]);
        // The save answers with the submission's counters: no need to read the submission again.
        queryClient.setQueryData<Submission>(['submission', ws, number], (old) =>
          old ? { ...old, status: progress.status, version: progress.version, verdicts: progress.verdicts, openFindings: progress.openFindings } : old,
        );
        refreshAfterVerdict(number);
        return verdict;
      } catch (e) {
        // Someone else changed the verdict: read it again so the next attempt sends its version.
        if (e instanceof ApiProblem && (e.status === 412 || e.status === 428)) {
          delete versions.current[requirementId];
          void queryClient.invalidateQueries({ queryKey: ['verdicts', ws, number] });
        }
        throw e;
      }
    };
    // One save at a time per requirement: each replacement sends the version the previous one produced.
    const next = (chains.current[requirementId] ?? Promise.resolve()).catch(() => undefined).then(run);
    chains.current[requirementId] = next;
    return next;
  };

  const rows: VerdictGridRow[] = items.map((e) => {
    const v = verdictMap.get(e.entry.requirementId);
    const mine = isAssessor && userId && e.entry.evidence.some((ev) => ev.uploadedBy === userId);
    return {
      requirementId: e.entry.requirementId,
      position: e.position,
      ref: e.entry.ref,
      title: titles?.get(e.entry.requirementId)?.title,
      evidence: e.entry.evidence,
      verdict: v ? { outcome: v.outcome, comment: v.comment } : null,
      lockedReason: mine ? t('reviews.review.impartiality') : undefined,
    };
  });

  const s = submission.data;
  const judged = s ? verdictsRecorded(s) : 0;
  const total = s?.manifest.entryCount ?? 0;
  const closePreview = () => {
    setPreview(null);
    // Back to the row the preview belonged to.
    requestAnimationFrame(() => grid.current?.focusActive());
  };

  const gridPart = entries.isPending ? (
    <Loading label={t('reviews.review.entriesLoading')} />
  ) : entries.error ? (
    <ProblemAlert error={entries.error} />
  ) : !rows.length ? (
    unjudgedOnly ? (
      <EmptyState title={t('reviews.review.unjudgedEmptyTitle')}>{t('reviews.review.unjudgedEmptyBody')}</EmptyState>
    ) : (
      <EmptyState title={t('reviews.review.entriesEmptyTitle')}>{t('reviews.review.entriesEmptyBody')}</EmptyState>
    )
  ) : (
    <VerdictGrid
      ref={grid}
      rows={rows}
      total={unjudgedOnly ? undefined : total}
      editable={reviewable && verdicts.isSuccess}
      onVerdict={saveVerdict}
      onDownload={onDownload}
      onPreview={(evidence, row) => setPreview({ evidence, requirementId: row.requirementId })}
      onActiveChange={(row) =>
        setPreview((p) =>
          p && p.requirementId !== row.requirementId ? (row.evidence[0] ? { evidence: row.evidence[0], requirementId: row.requirementId } : p) : p,
        )
      }
      onRaiseFinding={onRaiseFinding}
      requirementHref={(id) => `/workspaces/${ws}/requirements/${id}`}
      hasMore={entries.hasNextPage}
      loadingMore={entries.isFetchingNextPage}
      onLoadMore={() => void entries.fetchNextPage()}
    />
  );

  return (
    <>
      <Group justify="space-between" mb="xs">
        <Text size="sm" data-testid="review-counter" aria-live="polite">
          {t('reviews.review.counter', { judged: formatNumber(judged), total: formatNumber(total) })}
          {' · '}
          {t('reviews.review.counterLeft', { count: Math.max(0, total - judged) })}
        </Text>
        <Switch
          label={t('reviews.review.unjudgedOnly')}
          checked={unjudgedOnly}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            setUnjudgedOnly(on);
            // A fresh read of what is left, not the list as it was when last shown.
            if (on) void queryClient.invalidateQueries({ queryKey: ['submission-entries', ws, number, 'unjudged'] });
          }}
        />
      </Group>
      <ProblemAlert error={verdicts.error} title={t('reviews.review.verdictsError')} />
      {/* One tree whether the pane is open or not, so the grid keeps its place and focus. */}
      <Box
        onKeyDown={(e) => {
          if (e.key === 'Escape' && preview && !isTextEntry(e.target)) {
            e.preventDefault();
            closePreview();
          }
        }}
      >
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: preview ? 7 : 12 }}>{gridPart}</Grid.Col>
          {preview ? (
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <EvidencePreviewPane workspaceId={ws} number={number} evidence={preview.evidence} onClose={closePreview} onDownload={onDownload} />
            </Grid.Col>
          ) : null}
        </Grid>
      </Box>
    </>
  );
}
