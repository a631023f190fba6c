import { Anchor, Badge, Box, Button, Group, Kbd, Loader, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { Fragment, useCallback, useEffect, useEffectEvent, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { Link } from 'react-router';
import { ApiProblem } from '../../api/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatBytes, formatList } from '../../components/format';
import { useT } from '../../i18n';
import { outcomeLook, VERDICT_OUTCOMES, type ManifestEvidence, type VerdictOutcome } from './review-model';

export interface VerdictGridRow {
  requirementId: string;
  /** 0-based leaf position in the manifest. */
  position: number;
  ref: string;
  title?: string;
  evidence: ManifestEvidence[];
  /** The verdict recorded so far, if any. */
  verdict?: { outcome: VerdictOutcome; comment: string } | null;
  /** Set when this user may not judge the requirement (impartiality), with the reason. */
  lockedReason?: string;
}

export interface VerdictGridProps {
  rows: VerdictGridRow[];
  /** Read-only when false: no verdict controls and no shortcuts. */
  editable: boolean;
  /** Saves one verdict; a rejection rolls the row back and shows the problem. */
  onVerdict(requirementId: string, outcome: VerdictOutcome, comment: string): Promise<unknown>;
  onDownload?(evidence: ManifestEvidence): void;
  /** Shows a version in the preview pane (the Preview buttons and the p shortcut, on the row's first evidence). */
  onPreview?(evidence: ManifestEvidence, row: VerdictGridRow): void;
  /** Called with the active row whenever it changes (the preview pane follows it). */
  onActiveChange?(row: VerdictGridRow): void;
  onRaiseFinding?(requirementId: string): void;
  requirementHref?(requirementId: string): string;
  /** More rows exist past the loaded ones: asked for as the reader scrolls or moves near the end. */
  hasMore?: boolean;
  loadingMore?: boolean;
  onLoadMore?(): void;
  /** All rows of the list, loaded or not (announced as the table's row count). */
  total?: number;
  /** Height of the scrolling viewport (the grid is virtualized: only rows near it are in the page). */
  viewportHeight?: number | string;
  /** Lets the page put focus back on the active row (after the preview pane closes). */
  ref?: Ref<VerdictGridHandle>;
}

export interface VerdictGridHandle {
  focusActive(): void;
}

const ESTIMATED_ROW_HEIGHT = 76;
/** Rows this near the end of the loaded ones ask for the next page. */
const PREFETCH_ROWS = 10;
/** Rows kept around the active one when the viewport has no size (before layout). */
const FALLBACK_WINDOW = 5;

interface Pending {
  outcome: VerdictOutcome;
  comment: string;
  state: 'saving' | 'saved';
  attempt: number;
  /** The row's verdict when the save began: once the data moves on, the data wins. */
  basis: VerdictGridRow['verdict'];
}

const sameVerdict = (a: VerdictGridRow['verdict'], b: VerdictGridRow['verdict']) =>
  (a?.outcome ?? null) === (b?.outcome ?? null) && (a?.comment ?? '') === (b?.comment ?? '');

function omit<T>(record: Record<string, T>, key: string): Record<string, T> {
  if (!(key in record)) return record;
  const next = { ...record };
  delete next[key];
  return next;
}

const NAV_NEXT = new Set(['ArrowDown', 'j']);
const PAGE_STEP = 10;
const NAV_PREVIOUS = new Set(['ArrowUp', 'k']);

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || target.isContentEditable;
}

/** The shortcuts, shown on screen above the grid. */
export function VerdictShortcutLegend({ withFindings, withPreview = false }: { withFindings: boolean; withPreview?: boolean }) {
  const t = useT();
  const item = (keys: string[], label: string) => (
    <Group gap={4} wrap="nowrap" key={label}>
      {keys.map((k, i) => (
        <span key={k}>
          {i > 0 ? (
            <Text span size="xs" mx={2}>
              /
            </Text>
          ) : null}
          <Kbd size="xs">{k}</Kbd>
        </span>
      ))}
      <Text size="xs">{label}</Text>
    </Group>
  );
  return (
    <Group gap="md" data-testid="verdict-shortcuts" aria-label={t('reviews.verdictGrid.legend.label')} role="note">
      {item(['↓', 'j'], t('reviews.verdictGrid.legend.next'))}
      {item(['↑', 'k'], t('reviews.verdictGrid.legend.previous'))}
      {VERDICT_OUTCOMES.map((o) => item([o.key], t(o.shortcut)))}
      {item(['c'], t('reviews.verdictGrid.legend.comment'))}
      {withPreview ? item(['p'], t('reviews.verdictGrid.legend.preview')) : null}
      {item([t('reviews.verdictGrid.key.enter')], t('reviews.verdictGrid.legend.save'))}
      {item([t('reviews.verdictGrid.key.escape')], t('reviews.verdictGrid.legend.back'))}
      {withFindings ? item(['f'], t('reviews.verdictGrid.legend.finding')) : null}
    </Group>
  );
}

/**
 * One row per requirement entry of a submission, with its frozen evidence and verdict.
 * Assessors judge with the keyboard: the active row follows j/k or the arrow keys, and a
 * key per outcome records the verdict at once (optimistically, rolled back on failure).
 */
export function VerdictGrid({
  rows,
  editable,
  onVerdict,
  onDownload,
  onPreview,
  onActiveChange,
  onRaiseFinding,
  requirementHref,
  hasMore = false,
  loadingMore = false,
  onLoadMore,
  total,
  viewportHeight = 'min(70vh, 760px)',
  ref,
}: VerdictGridProps) {
  const t = useT();
  const [activeIndex, setActive] = useState(0);
  const [pending, setPending] = useState<Record<string, Pending>>({});
  const [errors, setErrors] = useState<Record<string, unknown>>({});
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [focusWithin, setFocusWithin] = useState(false);
  const rowRefs = useRef(new Map<number, HTMLTableRowElement>());
  const commentRefs = useRef<Record<string, HTMLInputElement | null>>({});
  const attempts = useRef(0);
  const scrollRef = useRef<HTMLDivElement | null>(null);
  /** A row to focus once it is rendered (after scrolling to it, or once its page arrives). */
  const pendingFocus = useRef<number | null>(null);
  const active = Math.max(0, Math.min(activeIndex, rows.length - 1));

  // The active row is always rendered, wherever the viewport is, so focus is never lost.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      return indexes.includes(active) || active >= range.count ? indexes : [...indexes, active].sort((a, b) => a - b);
    },
    [active],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer's functions change with its state; nothing here memoizes them.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 8,
    rangeExtractor,
    getItemKey: (i) => rows[i]?.requirementId ?? i,
  });
  const virtualItems = virtualizer.getVirtualItems();
  // One callback per row index, so React does not detach and re-measure every row on each render.
  const refCallbacks = useRef(new Map<number, (el: HTMLTableRowElement | null) => void>());
  const rowRef = (i: number) => {
    let callback = refCallbacks.current.get(i);
    if (!callback) {
      callback = (el) => {
        if (el) rowRefs.current.set(i, el);
        else rowRefs.current.delete(i);
        virtualizer.measureElement(el);
      };
      refCallbacks.current.set(i, callback);
    }
    return callback;
  };
  /** The viewport has a size (laid out): the virtualizer places and scrolls the rows. */
  const measurable = virtualItems.length > 0;
  let shown = virtualItems.map((v) => v.index);
  if (!shown.length && rows.length) {
    // No measurable viewport yet: the rows around the active one.
    const from = Math.max(0, active - FALLBACK_WINDOW);
    shown = Array.from({ length: Math.min(rows.length, active + FALLBACK_WINDOW + 1) - from }, (_, k) => from + k);
  }
  const lastShown = shown.at(-1) ?? -1;

  const loadMore = useEffectEvent(() => onLoadMore?.());
  // Near the end of the loaded rows (scrolled or moved to): the next keyset page.
  useEffect(() => {
    if (hasMore && !loadingMore && rows.length && Math.max(lastShown, active) >= rows.length - PREFETCH_ROWS) loadMore();
  }, [hasMore, loadingMore, lastShown, active, rows.length]);

  // A move that waited for its row (its page, or its rendering) completes here: after every render on
  // purpose (the row may appear in any of them); it sets state only while the active row differs.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    if (target >= rows.length) {
      // Its page is not here yet: the next one, until it is (End goes to the last requirement, not the last loaded).
      if (hasMore && !loadingMore) loadMore();
      else if (!hasMore) pendingFocus.current = rows.length ? rows.length - 1 : null;
      return;
    }
    if (active !== target) {
      setActive(target);
      if (measurable) virtualizer.scrollToIndex(target, { align: 'auto' });
      return;
    }
    const el = rowRefs.current.get(target);
    if (!el) return;
    pendingFocus.current = null;
    el.focus({ preventScroll: true });
  });

  const activeRow = rows[active];
  const activeChange = useEffectEvent((row: VerdictGridRow) => onActiveChange?.(row));
  const activeId = activeRow?.requirementId;
  useEffect(() => {
    if (activeRow) activeChange(activeRow);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the row's identity, not each new object for it
  }, [activeId]);

  useImperativeHandle(ref, () => ({ focusActive: () => focusRow(active) }));

  /** What the row shows: a save in flight, a save the data has not caught up with yet, or the data. */
  const optimistic = (row: VerdictGridRow): Pending | undefined => {
    const p = pending[row.requirementId];
    return p && (p.state === 'saving' || sameVerdict(row.verdict, p.basis)) ? p : undefined;
  };
  const shownOutcome = (row: VerdictGridRow): VerdictOutcome | undefined => optimistic(row)?.outcome ?? row.verdict?.outcome;
  const savedComment = (row: VerdictGridRow): string => optimistic(row)?.comment ?? row.verdict?.comment ?? '';
  const commentOf = (row: VerdictGridRow): string => drafts[row.requirementId] ?? savedComment(row);

  const save = (row: VerdictGridRow, outcome: VerdictOutcome, comment: string) => {
    if (!editable || row.lockedReason) return;
    const id = row.requirementId;
    const attempt = ++attempts.current;
    const previous = pending[id];
    setPending((p) => ({ ...p, [id]: { outcome, comment, state: 'saving', attempt, basis: row.verdict } }));
    setErrors((e) => omit(e, id));
    onVerdict(id, outcome, comment).then(
      () => {
        setPending((p) => (p[id]?.attempt === attempt ? { ...p, [id]: { ...p[id], state: 'saved' } } : p));
        setDrafts((d) => (d[id] === comment ? omit(d, id) : d));
      },
      (error: unknown) => {
        // Roll back to what was shown before this attempt.
        setPending((p) => {
          if (p[id]?.attempt !== attempt) return p;
          return previous && previous.state === 'saved' ? { ...p, [id]: previous } : omit(p, id);
        });
        setErrors((e) => ({ ...e, [id]: error }));
      },
    );
  };

  const focusRow = (index: number) => {
    if (index >= rows.length && hasMore) {
      // Past the loaded rows: fetch the next page; focus stays here and moves on when it arrives.
      pendingFocus.current = index;
      if (!loadingMore) onLoadMore?.();
      return;
    }
    const i = Math.max(0, Math.min(rows.length - 1, index));
    setActive(i);
    if (measurable) virtualizer.scrollToIndex(i, { align: 'auto' });
    const el = rowRefs.current.get(i);
    if (el) {
      pendingFocus.current = null;
      el.focus({ preventScroll: true });
    } else pendingFocus.current = i;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    // The row the key was pressed in (focus may have moved there a moment before the state did).
    const within = e.target instanceof Element ? e.target.closest('tr[data-index]') : null;
    const current = within ? Number(within.getAttribute('data-index')) : active;
    const row = rows[current];
    if (!row) return;
    if (isTextEntry(e.target)) {
      if (e.key === 'Escape') {
        e.preventDefault();
        focusRow(current);
      } else if (e.key === 'Enter' && e.target === commentRefs.current[row.requirementId]) {
        e.preventDefault();
        const outcome = shownOutcome(row);
        if (outcome) save(row, outcome, commentOf(row));
        else
          setErrors((x) => ({
            ...x,
            [row.requirementId]: new ApiProblem({
              status: 0,
              title: t('reviews.verdictGrid.chooseFirst'),
              detail: t('reviews.verdictGrid.chooseFirstDetail', {
                keys: formatList(
                  VERDICT_OUTCOMES.map((o) => o.key),
                  'disjunction',
                ),
              }),
            }),
          }));
      }
      return;
    }
    if (NAV_NEXT.has(e.key)) {
      e.preventDefault();
      focusRow(current + 1);
    } else if (NAV_PREVIOUS.has(e.key)) {
      e.preventDefault();
      focusRow(current - 1);
    } else if (e.key === 'Home') {
      e.preventDefault();
      focusRow(0);
    } else if (e.key === 'End') {
      e.preventDefault();
      focusRow(Math.max(total ?? 0, rows.length) - 1);
    } else if (e.key === 'PageDown') {
      e.preventDefault();
      focusRow(current + PAGE_STEP);
    } else if (e.key === 'PageUp') {
      e.preventDefault();
      focusRow(current - PAGE_STEP);
    } else if (e.key === 'p' && onPreview) {
      e.preventDefault();
      const first = row.evidence[0];
      if (first) onPreview(first, row);
    } else if (!editable) {
      return;
    } else if (e.key === 'c') {
      e.preventDefault();
      commentRefs.current[row.requirementId]?.focus();
    } else if (e.key === 'f' && onRaiseFinding) {
      e.preventDefault();
      onRaiseFinding(row.requirementId);
    } else {
      const option = VERDICT_OUTCOMES.find((o) => o.key === e.key);
      if (option) {
        e.preventDefault();
        save(row, option.value, commentOf(row));
      }
    }
  };

  const columns = editable ? 6 : 5;
  const placed = new Map(virtualItems.map((v) => [v.index, v]));
  const spacer = (key: string, height: number) =>
    height > 0 ? (
      <Table.Tr key={key} aria-hidden="true" data-testid="verdict-spacer">
        <Table.Td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
      </Table.Tr>
    ) : null;
  let offset = 0;
  return (
    <Stack gap="xs">
      {editable ? <VerdictShortcutLegend withFindings={!!onRaiseFinding} withPreview={!!onPreview} /> : null}
      <Box ref={scrollRef} data-testid="verdict-viewport" style={{ maxHeight: viewportHeight, overflow: 'auto', overflowAnchor: 'none' }}>
        <Table
          aria-label={t('reviews.review.entriesTitle')}
          aria-rowcount={(total ?? rows.length) + 1}
          striped={false}
          miw={900}
          stickyHeader
          onKeyDown={onKeyDown}
          onFocus={() => setFocusWithin(true)}
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocusWithin(false);
          }}
        >
          <Table.Thead>
            <Table.Tr aria-rowindex={1}>
              <Table.Th w={56}>#</Table.Th>
              <Table.Th>{t('reviews.verdictGrid.requirement')}</Table.Th>
              <Table.Th>{t('reviews.verdictGrid.evidence')}</Table.Th>
              <Table.Th>{t('reviews.verdictGrid.verdict')}</Table.Th>
              <Table.Th miw={240}>{t('reviews.verdictGrid.comment')}</Table.Th>
              {editable ? <Table.Th miw={220}>{t('reviews.verdictGrid.record')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((i) => {
              const row = rows[i]!;
              const m = placed.get(i) ?? { start: i * ESTIMATED_ROW_HEIGHT, end: (i + 1) * ESTIMATED_ROW_HEIGHT };
              const gap = spacer(`gap:${i}`, m.start - offset);
              offset = m.end;
              const outcome = shownOutcome(row);
              const state = pending[row.requirementId]?.state;
              const error = errors[row.requirementId];
              const isActive = i === active;
              const highlighted = isActive && (editable || focusWithin);
              const draft = commentOf(row);
              const dirty = draft !== savedComment(row);
              return (
                <Fragment key={row.requirementId}>
                  {gap}
                  <Table.Tr
                    ref={rowRef(i)}
                    data-index={i}
                    aria-rowindex={i + 2}
                    data-testid="verdict-row"
                    data-requirement-id={row.requirementId}
                    data-outcome={outcome ?? ''}
                    tabIndex={isActive ? 0 : -1}
                    aria-current={isActive ? 'true' : undefined}
                    onFocus={() => setActive(i)}
                    style={{
                      outline: highlighted ? '2px solid var(--mantine-color-blue-8)' : undefined,
                      outlineOffset: -2,
                      background: highlighted ? 'var(--mantine-color-blue-0)' : undefined,
                    }}
                  >
                    <Table.Td>{row.position + 1}</Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        {requirementHref ? (
                          <Anchor component={Link} to={requirementHref(row.requirementId)} fw={600} size="sm" tabIndex={isActive ? 0 : -1}>
                            {row.ref}
                          </Anchor>
                        ) : (
                          <Text fw={600} size="sm">
                            {row.ref}
                          </Text>
                        )}
                        {row.title ? <Text size="sm">{row.title}</Text> : null}
                        {row.lockedReason ? (
                          <Text size="xs" c="red.9">
                            {row.lockedReason}
                          </Text>
                        ) : null}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      {row.evidence.length ? (
                        <Stack gap={4}>
                          {row.evidence.map((ev) => (
                            <Group key={ev.versionId} gap="xs" wrap="nowrap" justify="space-between">
                              <Text size="sm" lineClamp={2}>
                                {ev.title}{' '}
                                <Text span size="xs">
                                  {t('reviews.verdictGrid.version', { version: ev.versionNumber })} · {ev.filename} · {formatBytes(ev.size)}
                                </Text>
                              </Text>
                              <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
                                {onPreview ? (
                                  <Button
                                    size="compact-xs"
                                    variant="light"
                                    tabIndex={isActive ? 0 : -1}
                                    aria-label={t('reviews.verdictGrid.previewLabel', { filename: ev.filename, version: ev.versionNumber })}
                                    onClick={() => {
                                      setActive(i);
                                      onPreview(ev, row);
                                    }}
                                  >
                                    {t('reviews.verdictGrid.preview')}
                                  </Button>
                                ) : null}
                                {onDownload ? (
                                  <Button
                                    size="compact-xs"
                                    variant="default"
                                    tabIndex={isActive ? 0 : -1}
                                    aria-label={t('reviews.verdictGrid.downloadLabel', { filename: ev.filename, version: ev.versionNumber })}
                                    onClick={() => onDownload(ev)}
                                  >
                                    {t('reviews.verdictGrid.download')}
                                  </Button>
                                ) : null}
                              </Group>
                            </Group>
                          ))}
                        </Stack>
                      ) : (
                        <Text size="sm">{t('reviews.verdictGrid.noEvidence')}</Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap', minWidth: 190 }}>
                      <Group gap={6} wrap="nowrap">
                        {outcome ? (
                          <Badge
                            variant="light"
                            color={outcomeLook(outcome).color}
                            style={{ flexShrink: 0, overflow: 'visible' }}
                            data-testid="verdict-outcome"
                          >
                            {t(outcomeLook(outcome).label)}
                          </Badge>
                        ) : (
                          <Text size="sm" data-testid="verdict-outcome">
                            {t('reviews.verdictGrid.notJudged')}
                          </Text>
                        )}
                        {state === 'saving' ? <Loader size={14} aria-label={t('reviews.verdictGrid.saving', { ref: row.ref })} /> : null}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      {editable ? (
                        <Stack gap={2}>
                          <TextInput
                            size="xs"
                            aria-label={t('reviews.verdictGrid.commentOn', { ref: row.ref })}
                            placeholder={t('reviews.verdictGrid.commentPlaceholder')}
                            value={draft}
                            disabled={!!row.lockedReason}
                            ref={(el) => {
                              commentRefs.current[row.requirementId] = el;
                            }}
                            onFocus={() => setActive(i)}
                            onChange={(ev) => {
                              const value = ev.currentTarget.value;
                              setDrafts((d) => ({ ...d, [row.requirementId]: value }));
                            }}
                            tabIndex={isActive ? 0 : -1}
                          />
                          {dirty ? <Text size="xs">{outcome ? t('reviews.verdictGrid.enterSaves') : t('reviews.verdictGrid.chooseToSave')}</Text> : null}
                        </Stack>
                      ) : (
                        <Text size="sm">{row.verdict?.comment || '—'}</Text>
                      )}
                    </Table.Td>
                    {editable ? (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          {VERDICT_OUTCOMES.map((o) => (
                            <Button
                              key={o.value}
                              size="compact-xs"
                              color={outcome === o.value ? o.color : undefined}
                              variant={outcome === o.value ? 'light' : 'default'}
                              aria-pressed={outcome === o.value}
                              aria-label={t('reviews.verdictGrid.outcomeOn', { outcome: t(o.label), ref: row.ref })}
                              title={t('reviews.verdictGrid.outcomeKey', { outcome: t(o.label), key: o.key })}
                              disabled={!!row.lockedReason}
                              tabIndex={isActive ? 0 : -1}
                              onClick={() => save(row, o.value, commentOf(row))}
                            >
                              {o.key.toUpperCase()}
                            </Button>
                          ))}
                          {onRaiseFinding ? (
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              tabIndex={isActive ? 0 : -1}
                              aria-label={t('reviews.verdictGrid.newFindingOn', { ref: row.ref })}
                              title={t('reviews.verdictGrid.raiseTitle')}
                              onClick={() => onRaiseFinding(row.requirementId)}
                            >
                              {t('reviews.verdictGrid.raiseButton')}
                            </Button>
                          ) : null}
                        </Group>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                  {error ? (
                    <Table.Tr data-testid="verdict-error">
                      <Table.Td colSpan={columns}>
                        <ProblemAlert error={error} title={t('reviews.verdictGrid.notSaved', { ref: row.ref })} />
                      </Table.Td>
                    </Table.Tr>
                  ) : null}
                </Fragment>
              );
            })}
            {spacer('gap:end', Math.max(0, virtualizer.getTotalSize() - offset))}
          </Table.Tbody>
        </Table>
        {hasMore || loadingMore ? (
          <Group gap="xs" p="sm" justify="center" data-testid="verdict-more">
            {loadingMore ? <Loader size="xs" /> : null}
            <Text size="sm">{loadingMore ? t('reviews.verdictGrid.loadingMore') : t('reviews.verdictGrid.moreBelow')}</Text>
          </Group>
        ) : null}
      </Box>
      {editable ? (
        <VisuallyHidden aria-live="polite">
          {rows[active]
            ? t('reviews.verdictGrid.active', {
                ref: rows[active].ref,
                outcome: shownOutcome(rows[active]) ? t(outcomeLook(shownOutcome(rows[active])!).label) : t('reviews.verdictGrid.notJudged'),
              })
            : ''}
        </VisuallyHidden>
      ) : null}
    </Stack>
  );
}
