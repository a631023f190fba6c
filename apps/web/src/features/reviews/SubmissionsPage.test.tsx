import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { SubmissionsPage } from './SubmissionsPage';

const WS = '01ws0000-0000-0000-0000-000000000000';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const submission = (number: number, status: string, submittedAt: string) => ({
  id: `sub-${number}`,
  workspaceId: WS,
  number,
  status,
  version: 2,
  note: `Round ${number}`,
  openFindings: 0,
  verdicts: {},
  manifest: { submittedAt, entryCount: 12, digest: 'd', merkleRoot: 'r', format: 'attesta.submission-manifest/2', components: [] },
});

function stubApi() {
  const requests: URL[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (req: Request) => {
      const url = new URL(req.url, 'http://localhost');
      requests.push(url);
      if (url.pathname === `/v1/workspaces/${WS}`) return json({ id: WS, name: 'VMC-850 + PredictCare', myRole: 'owner', version: 1 });
      // The API answers newest first (its default, asked for explicitly).
      if (url.pathname === `/v1/workspaces/${WS}/submissions`)
        return json({
          data: [
            submission(3, 'in_review', '2026-11-20T08:00:00Z'),
            submission(2, 'changes_requested', '2026-10-02T08:00:00Z'),
            submission(1, 'changes_requested', '2026-09-01T08:00:00Z'),
          ],
          nextCursor: null,
        });
      if (url.pathname === `/v1/workspaces/${WS}/decisions`) return json({ data: [], nextCursor: null });
      return json({ title: 'Not found', status: 404 }, 404);
    }),
  );
  return requests;
}

afterEach(() => vi.unstubAllGlobals());

function renderPage() {
  return renderWithProviders(
    <Routes>
      <Route path="/workspaces/:workspaceId/submissions" element={<SubmissionsPage />} />
    </Routes>,
    { route: `/workspaces/${WS}/submissions` },
  );
}

describe('SubmissionsPage', () => {
  it('lists the submissions newest first, asking the API for that order', async () => {
    const requests = stubApi();
    renderPage();
    await waitFor(() => expect(screen.getAllByTestId('submission-row')).toHaveLength(3));
    expect(screen.getAllByTestId('submission-row').map((row) => within(row).getByRole('link').textContent)).toEqual([
      'Submission 3',
      'Submission 2',
      'Submission 1',
    ]);
    const list = requests.find((u) => u.pathname === `/v1/workspaces/${WS}/submissions`)!;
    expect(list.searchParams.get('order')).toBe('desc');
  });

  it('returns focus to the submit button when the submit dialog closes', async () => {
    stubApi();
    const user = userEvent.setup();
    renderPage();
    await waitFor(() => expect(screen.getAllByTestId('submission-row')).toHaveLength(3));
    const opener = screen.getByRole('button', { name: 'Submit for review' });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(opener));
  });
});
