import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../../api/problem';
import { renderWithProviders } from '../../test/render';
import { useState } from 'react';
import { ReviewEntries } from './ReviewEntries';
import { VerdictGrid, type VerdictGridProps, type VerdictGridRow } from './VerdictGrid';

const evidence = (n: number): VerdictGridRow['evidence'][number] => ({
  evidenceId: `e${n}`,
  versionId: `v${n}`,
  versionNumber: 1,
  type: 'document',
  title: `Evidence ${n}`,
  componentId: null,
  filename: `file-${n}.pdf`,
  mediaType: 'application/pdf',
  size: 2048,
  sha256: 'ab'.repeat(32),
  uploadedBy: 'someone-else',
  uploadedByOrganizationId: 'org-supplier',
});

const ROWS: VerdictGridRow[] = [
  { requirementId: 'req-1', position: 0, ref: 'DSER-1.1', title: 'Security policy', evidence: [evidence(1)] },
  { requirementId: 'req-2', position: 1, ref: 'DSER-1.2', title: 'Incident response', evidence: [evidence(2)] },
  {
    requirementId: 'req-3',
    position: 2,
    ref: 'DSER-1.3',
    title: 'Training records',
    evidence: [evidence(3)],
    verdict: { outcome: 'needs_information', comment: '' },
  },
];

function rows() {
  return screen.getAllByTestId('verdict-row');
}

describe('VerdictGrid', () => {
  it('moves between rows with j / ArrowDown / k and records the outcome of the shortcut on the active row', async () => {
    const user = userEvent.setup();
    const onVerdict = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(<VerdictGrid rows={ROWS} editable onVerdict={onVerdict} />);

    expect(screen.getByTestId('verdict-shortcuts').textContent).toContain('satisfied');
    await user.click(within(rows()[0]!).getByText('Security policy'));
    expect(rows()[0]!.getAttribute('aria-current')).toBe('true');

    await user.keyboard('j');
    expect(document.activeElement).toBe(rows()[1]);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(rows()[2]);
    await user.keyboard('k');
    expect(document.activeElement).toBe(rows()[1]);
    expect(rows()[1]!.getAttribute('aria-current')).toBe('true');
    expect(rows()[0]!.getAttribute('aria-current')).toBeNull();

    await user.keyboard('s');
    expect(onVerdict).toHaveBeenCalledTimes(1);
    expect(onVerdict).toHaveBeenCalledWith('req-2', 'satisfied', '');
    await waitFor(() => expect(within(rows()[1]!).getByTestId('verdict-outcome').textContent).toBe('Satisfied'));
    expect(rows()[1]!.getAttribute('data-outcome')).toBe('satisfied');
    expect(within(rows()[0]!).getByTestId('verdict-outcome').textContent).toBe('Not judged');
    expect(screen.queryByRole('alert')).toBeNull();

    await user.keyboard('{ArrowDown}n');
    expect(onVerdict).toHaveBeenLastCalledWith('req-3', 'not_satisfied', '');
    await waitFor(() => expect(rows()[2]!.getAttribute('data-outcome')).toBe('not_satisfied'));
  }, 20_000);

  it('rolls the row back and shows the problem when saving fails', async () => {
    const user = userEvent.setup();
    const onVerdict = vi.fn((requirementId: string) =>
      requirementId === 'req-3'
        ? Promise.reject(new ApiProblem({ status: 403, title: 'Forbidden', detail: 'Impartiality: you uploaded evidence this requirement rests on.' }))
        : Promise.resolve(),
    );
    renderWithProviders(<VerdictGrid rows={ROWS} editable onVerdict={onVerdict} />);

    await user.click(within(rows()[0]!).getByText('Security policy'));
    await user.keyboard('jja');
    expect(onVerdict).toHaveBeenCalledWith('req-3', 'not_applicable', '');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Verdict on DSER-1.3 not saved');
    expect(alert.textContent).toContain('Impartiality');
    // Back to the verdict the data holds, not the one that failed.
    expect(rows()[2]!.getAttribute('data-outcome')).toBe('needs_information');
    expect(within(rows()[2]!).getByTestId('verdict-outcome').textContent).toBe('Needs information');

    // A successful save elsewhere leaves the failed row's problem in place.
    await user.keyboard('ks');
    await waitFor(() => expect(rows()[1]!.getAttribute('data-outcome')).toBe('satisfied'));
    expect(screen.getByRole('alert').textContent).toContain('DSER-1.3');
  }, 20_000);

  it('c focuses the comment, Enter saves it with the current outcome, Esc returns to the row', async () => {
    const user = userEvent.setup();
    const onVerdict = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(<VerdictGrid rows={ROWS} editable onVerdict={onVerdict} />);

    await user.click(within(rows()[2]!).getByText('Training records'));
    await user.keyboard('c');
    const input = screen.getByLabelText('Comment on DSER-1.3');
    expect(document.activeElement).toBe(input);
    // Typed letters are text here, not shortcuts.
    await user.keyboard('Ask for s-dates{Enter}');
    expect(onVerdict).toHaveBeenCalledTimes(1);
    expect(onVerdict).toHaveBeenCalledWith('req-3', 'needs_information', 'Ask for s-dates');
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(rows()[2]);
  }, 20_000);

  it('is read-only without the assessor role: no controls, shortcuts do nothing', async () => {
    const user = userEvent.setup();
    const onVerdict = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(<VerdictGrid rows={ROWS} editable={false} onVerdict={onVerdict} />);

    expect(screen.queryByTestId('verdict-shortcuts')).toBeNull();
    expect(screen.queryByRole('button', { name: /Satisfied:/ })).toBeNull();
    await user.click(within(rows()[0]!).getByText('Security policy'));
    await user.keyboard('js');
    expect(document.activeElement).toBe(rows()[1]);
    expect(onVerdict).not.toHaveBeenCalled();
    expect(rows()[1]!.getAttribute('data-outcome')).toBe('');
  });
});

const many = (n: number): VerdictGridRow[] =>
  Array.from({ length: n }, (_, i) => ({
    requirementId: `req-${i + 1}`,
    position: i,
    ref: `R-${i + 1}`,
    title: `Requirement ${i + 1}`,
    evidence: [evidence(i + 1)],
  }));

/** The grid fed by keyset pages of 50, as the review page feeds it; with `onHold`, each page waits until released. */
function PagedGrid({ all, onVerdict, onHold }: { all: VerdictGridRow[]; onVerdict: VerdictGridProps['onVerdict']; onHold?: (release: () => void) => void }) {
  const [count, setCount] = useState(50);
  const [loading, setLoading] = useState(false);
  const loadMore = vi.fn(() => {
    if (loading) return;
    setLoading(true);
    const release = () => {
      setCount((c) => Math.min(all.length, c + 50));
      setLoading(false);
    };
    if (onHold) onHold(release);
    else setTimeout(release, 0);
  });
  return (
    <VerdictGrid
      rows={all.slice(0, count)}
      total={all.length}
      editable
      onVerdict={onVerdict}
      hasMore={count < all.length}
      loadingMore={loading}
      onLoadMore={loadMore}
    />
  );
}

const activeId = () => document.activeElement?.getAttribute('data-requirement-id');

describe('VerdictGrid over many rows', () => {
  it('moves from row 1 to row 300 by keyboard alone: past row 50 and every later page, focus on the row throughout, judging on the way; only nearby rows rendered', async () => {
    const all = many(300);
    const onVerdict = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(<PagedGrid all={all} onVerdict={onVerdict} />);
    // Key presses on whatever has focus, as the browser sends them (fireEvent: hundreds of presses in reasonable time).
    const press = (key: string) => fireEvent.keyDown(document.activeElement!, { key });
    // Judged on the way: the first and last row of every page of 50, and a few in between.
    const judged = new Set([1, 2, 49, 50, 51, 99, 100, 101, 150, 151, 200, 201, 250, 251, 299, 300]);

    rows()[0]!.focus();
    expect(activeId()).toBe('req-1');
    for (let i = 1; i <= 300; i++) {
      if (judged.has(i)) {
        press(i % 2 ? 's' : 'n');
        expect(onVerdict).toHaveBeenLastCalledWith(`req-${i}`, i % 2 ? 'satisfied' : 'not_satisfied', '');
      }
      if (i === 300) break;
      press('j');
      if (activeId() !== `req-${i + 1}`) await waitFor(() => expect(activeId()).toBe(`req-${i + 1}`));
    }
    expect(onVerdict.mock.calls.map((c) => c[0] as string)).toEqual([...judged].map((i) => `req-${i}`));
    expect(activeId()).toBe('req-300');
    expect(document.activeElement?.getAttribute('aria-current')).toBe('true');
    expect(document.activeElement?.getAttribute('aria-rowindex')).toBe('301');
    await waitFor(() => expect(document.activeElement?.getAttribute('data-outcome')).toBe('not_satisfied'));
    // Virtualized: a window around the active row, not 300 rows; the table still counts them all.
    expect(rows().length).toBeLessThan(40);
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('301');
    expect(screen.queryByTestId('verdict-more')).toBeNull();
    // And back to the top with Home.
    press('Home');
    await waitFor(() => expect(activeId()).toBe('req-1'));
    expect(document.activeElement?.getAttribute('data-outcome')).toBe('satisfied');
  }, 90_000);

  it('End goes to the last requirement, fetching page after page, and keeps focus on the row until it arrives', async () => {
    const user = userEvent.setup();
    let release: (() => void) | undefined;
    renderWithProviders(<PagedGrid all={many(120)} onVerdict={vi.fn().mockResolvedValue(undefined)} onHold={(r) => (release = r)} />);

    rows()[0]!.focus();
    await user.keyboard('{End}');
    expect(release).toBeTypeOf('function');
    expect(screen.getByTestId('verdict-more').textContent).toContain('Loading more requirements');
    // Still on the row it left while page 2 is on its way: focus is not lost.
    expect(activeId()).toBe('req-1');
    const page2 = release!;
    release = undefined;
    act(() => page2());
    // Page 2 (rows 51–100) holds no row 120: the next page is asked for.
    await waitFor(() => expect(release).toBeTypeOf('function'));
    expect(activeId()).not.toBe('req-120');
    act(() => release!());
    await waitFor(() => expect(activeId()).toBe('req-120'));
    expect(document.activeElement?.getAttribute('aria-current')).toBe('true');
  });
});

// ── The review page's entries: keyset pages from the API, the unjudged filter, counters, preview ──

const WS = '01ws0000-0000-0000-0000-000000000000';
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const FILES: Record<string, { mediaType: string; filename: string; body: string }> = {
  pdf: { mediaType: 'application/pdf', filename: 'report.pdf', body: '%PDF-1.4' },
  image: { mediaType: 'image/png', filename: 'spindle.png', body: '' },
  text: { mediaType: 'text/plain', filename: 'log.txt', body: 'Spindle run-in log\nno deviation' },
  markdown: { mediaType: 'text/markdown', filename: 'protocol.md', body: '# Failure response\n<script>alert(1)</script><b>bold</b>' },
  csv: { mediaType: 'text/csv', filename: 'deviations.csv', body: 'date,axis,"deviation, µm"\n2026-01-12,X,2.1\n2026-01-13,Y,"1,9"\n' },
  word: { mediaType: 'application/msword', filename: 'manual.doc', body: '' },
};
const KINDS = Object.keys(FILES);

/** 300 frozen entries; the first five judged; entries 1–6 carry one file of each preview kind. */
function stubReviewApi() {
  const verdicts = new Map<string, { outcome: string; version: number }>();
  for (let i = 1; i <= 5; i++) verdicts.set(`req-${i}`, { outcome: 'satisfied', version: 1 });
  const entry = (i: number) => {
    const kind = KINDS[i - 1];
    const file = kind ? FILES[kind]! : { mediaType: 'application/pdf', filename: `file-${i}.pdf` };
    return {
      position: i - 1,
      leafHash: 'ab',
      entry: {
        requirementId: `req-${i}`,
        frameworkId: 'fw',
        ref: `R-${i}`,
        evidence: [{ ...evidence(i), title: kind ? `Sample ${kind}` : `Evidence ${i}`, mediaType: file.mediaType, filename: file.filename }],
      },
    };
  };
  const calls: string[] = [];
  const counts = () => {
    const out: Record<string, number> = {};
    for (const v of verdicts.values()) out[v.outcome] = (out[v.outcome] ?? 0) + 1;
    return out;
  };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request | string) => {
      const req = typeof input === 'string' ? new Request(new URL(input, 'http://localhost')) : input;
      const url = new URL(req.url, 'http://localhost');
      const path = url.pathname;
      calls.push(`${req.method} ${path}${url.search}`);
      const base = `/v1/workspaces/${WS}/submissions/7`;
      if (path === base)
        return json({ id: 's7', number: 7, status: 'in_review', version: 3, openFindings: 0, verdicts: counts(), manifest: { entryCount: 300 } });
      if (path === `${base}/entries`) {
        const limit = Number(url.searchParams.get('limit'));
        const after = Number(url.searchParams.get('cursor') ?? 0);
        const unjudged = url.searchParams.get('judged') === 'false';
        const all = Array.from({ length: 300 }, (_, k) => k + 1).filter((i) => i > after && (!unjudged || !verdicts.has(`req-${i}`)));
        const page = all.slice(0, limit);
        return json({ data: page.map(entry), nextCursor: all.length > limit ? String(page.at(-1)) : null });
      }
      if (path === `${base}/verdicts`)
        return json({ data: [...verdicts].map(([requirementId, v]) => ({ requirementId, comment: '', ...v })), nextCursor: null });
      const put = /\/verdicts\/(req-\d+)$/.exec(path);
      if (put && req.method === 'PUT') {
        const body = (await req.json()) as { outcome: string; comment: string };
        verdicts.set(put[1]!, { outcome: body.outcome, version: 1 });
        return json({ requirementId: put[1], ...body, version: 1, progress: { status: 'in_review', version: 4, verdicts: counts(), openFindings: 0 } });
      }
      const link = /\/evidence\/v(\d+)\/preview-link$/.exec(path);
      if (link) {
        const kind = KINDS[Number(link[1]) - 1]!;
        return json({
          url: `/v1/evidence-preview?ticket=t-${kind}`,
          expiresAt: '2026-03-02T08:02:00Z',
          kind,
          mediaType: FILES[kind]!.mediaType,
          truncated: kind === 'csv',
          size: 300_000,
          filename: FILES[kind]!.filename,
        });
      }
      if (path === '/v1/evidence-preview') return new Response(FILES[url.searchParams.get('ticket')!.slice(2)]!.body, { status: 200 });
      return json({ title: 'Not found', status: 404 }, 404);
    }),
  );
  return calls;
}

function Entries() {
  return <ReviewEntries workspaceId={WS} number={7} isAssessor reviewable userId="me" onDownload={vi.fn()} />;
}

describe('ReviewEntries', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('updates the counters from the verdict save’s answer without reading the submission again', async () => {
    const calls = stubReviewApi();
    renderWithProviders(<Entries />);
    await waitFor(() => expect(screen.getByTestId('review-counter').textContent).toContain('5 of 300 judged'));
    await waitFor(() => expect(rows().length).toBeGreaterThanOrEqual(6));
    rows()[5]!.focus();
    fireEvent.keyDown(document.activeElement!, { key: 'n' });
    await waitFor(() => expect(screen.getByTestId('review-counter').textContent).toContain('6 of 300 judged'));
    expect(screen.getByTestId('review-counter').textContent).toContain('294 requirements left to judge');
    expect(calls.filter((c) => c === `GET /v1/workspaces/${WS}/submissions/7`)).toHaveLength(1);
    expect(calls).toContain(`PUT /v1/workspaces/${WS}/submissions/7/verdicts/req-6`);
  });

  it('“Unjudged only” asks the API for entries without a verdict (judged=false) and pages through them', async () => {
    const calls = stubReviewApi();
    renderWithProviders(<Entries />);
    await waitFor(() => expect(rows()[0]!.getAttribute('data-requirement-id')).toBe('req-1'));
    await userEvent.setup().click(screen.getByRole('switch', { name: 'Unjudged only' }));
    await waitFor(() => expect(rows()[0]!.getAttribute('data-requirement-id')).toBe('req-6'));
    expect(calls.some((c) => c.includes('/entries?') && c.includes('judged=false'))).toBe(true);
    rows()[0]!.focus();
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    await waitFor(() => expect(activeId()).toBe('req-55'));
    fireEvent.keyDown(document.activeElement!, { key: 'j' });
    await waitFor(() => expect(activeId()).toBe('req-56'));
    expect(calls.filter((c) => c.includes('judged=false') && c.includes('cursor=55'))).toHaveLength(1);
  });

  it('previews each kind in a labelled pane (PDF frame, image, text and Markdown as text, CSV as a table, others: download); Escape closes it and focus returns to the row', async () => {
    stubReviewApi();
    const user = userEvent.setup();
    renderWithProviders(<Entries />);
    await waitFor(() => expect(rows().length).toBeGreaterThanOrEqual(6));
    const open = async (i: number) => {
      rows()[i]!.focus();
      fireEvent.keyDown(document.activeElement!, { key: 'p' });
      return screen.findByRole('region', { name: `Evidence preview: Sample ${KINDS[i]}` });
    };

    let pane = await open(0);
    const frame = await within(pane).findByTestId('preview-pdf');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('src')).toBe('/v1/evidence-preview?ticket=t-pdf');
    expect(frame.hasAttribute('sandbox')).toBe(false);
    expect(frame.getAttribute('title')).toBe('PDF report.pdf');
    // The row keeps focus; Escape closes the pane and leaves focus on it.
    expect(activeId()).toBe('req-1');
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('evidence-preview')).toBeNull());
    await waitFor(() => expect(activeId()).toBe('req-1'));

    pane = await open(1);
    const img = await within(pane).findByRole('img', { name: 'Sample image, version 1' });
    expect(img.getAttribute('src')).toBe('/v1/evidence-preview?ticket=t-image');

    // While open, the pane follows the active row.
    fireEvent.keyDown(document.activeElement!, { key: 'j' });
    pane = await screen.findByRole('region', { name: 'Evidence preview: Sample text' });
    expect((await within(pane).findByTestId('preview-text')).textContent).toBe('Spindle run-in log\nno deviation');

    fireEvent.keyDown(document.activeElement!, { key: 'j' });
    pane = await screen.findByRole('region', { name: 'Evidence preview: Sample markdown' });
    const md = await within(pane).findByTestId('preview-text');
    expect(md.textContent).toContain('<script>alert(1)</script><b>bold</b>');
    expect(pane.querySelector('script, b')).toBeNull();

    fireEvent.keyDown(document.activeElement!, { key: 'j' });
    pane = await screen.findByRole('region', { name: 'Evidence preview: Sample csv' });
    const table = await within(pane).findByRole('table', { name: 'First rows of deviations.csv' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['date', 'axis', 'deviation, µm']);
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByText('1,9')).toBeTruthy();
    expect(within(pane).getByTestId('preview-truncated').textContent).toMatch(/^Only the first 256(\.0)? KB of 293(\.0)? KB/);

    fireEvent.keyDown(document.activeElement!, { key: 'j' });
    pane = await screen.findByRole('region', { name: 'Evidence preview: Sample word' });
    expect(within(pane).getByTestId('preview-none').textContent).toContain('No preview for this type of file (application/msword)');
    expect(within(pane).getByRole('button', { name: 'Download' })).toBeTruthy();

    // The pane is reachable and closes with Escape from inside too; focus goes back to the row.
    const close = within(pane).getByRole('button', { name: 'Close preview' });
    close.focus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('evidence-preview')).toBeNull());
    await waitFor(() => expect(activeId()).toBe('req-6'));
  }, 30_000);
});
