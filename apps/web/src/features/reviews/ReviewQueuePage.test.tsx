import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { ReviewQueuePage } from './ReviewQueuePage';

const WS = '01ws0000-0000-0000-0000-000000000000';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const queueItem = (number: number, submittedAt: string) => ({
  submissionId: `sub-${number}`,
  number,
  status: 'in_review',
  version: 2,
  submittedAt,
  workspace: { id: WS, name: 'VMC-850 + PredictCare' },
  offering: { id: 'of', name: 'VMC-850 machining centre' },
  manufacturer: { id: 'm', name: 'Hai Phong Machining' },
  progress: { judged: 3, total: 12, verdicts: { satisfied: 3 }, openFindings: 1 },
});

const decided = {
  id: 'sub-1',
  number: 1,
  status: 'decided',
  version: 5,
  openFindings: 0,
  verdicts: { satisfied: 12 },
  manifest: { submittedAt: '2026-01-05T08:00:00Z', entryCount: 12 },
};

function stubApi() {
  const paths: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (req: Request) => {
      const path = new URL(req.url, 'http://localhost').pathname;
      paths.push(path);
      if (path === '/v1/workspaces') return json({ data: [{ id: WS, name: 'VMC-850 + PredictCare', myRole: 'assessor' }], nextCursor: null });
      if (path === '/v1/review-queue') return json({ data: [queueItem(3, '2026-03-02T08:00:00Z'), queueItem(2, '2026-02-01T08:00:00Z')], nextCursor: null });
      if (path === `/v1/workspaces/${WS}/submissions`) return json({ data: [decided], nextCursor: null });
      return json({ title: 'Not found', status: 404 }, 404);
    }),
  );
  return paths;
}

afterEach(() => vi.unstubAllGlobals());

describe('ReviewQueuePage', () => {
  it('lists the waiting work from the review-queue read model, oldest first, with names and progress, and reads no workspace’s submissions', async () => {
    const paths = stubApi();
    renderWithProviders(<ReviewQueuePage />);

    await waitFor(() => expect(screen.getAllByTestId('queue-row')).toHaveLength(2));
    const [first] = screen.getAllByTestId('queue-row');
    expect(within(first!).getByRole('link', { name: 'Submission 2' })).toBeTruthy();
    expect(first!.textContent).toContain('VMC-850 machining centre by Hai Phong Machining');
    expect(within(first!).getByRole('progressbar').getAttribute('aria-label')).toBe('3 of 12 requirements judged');
    expect(screen.getByRole('radio', { name: 'Awaiting review (2)' })).toBeTruthy();
    expect(screen.getByText('1 workspace as assessor')).toBeTruthy();
    expect(paths.filter((p) => p.endsWith('/submissions'))).toEqual([]);
  });

  it('reads the history per workspace only when asked for it', async () => {
    const paths = stubApi();
    renderWithProviders(<ReviewQueuePage />);
    await waitFor(() => expect(screen.getAllByTestId('queue-row')).toHaveLength(2));

    await userEvent.setup().click(screen.getByText('All submissions'));
    await waitFor(() => expect(screen.getAllByTestId('queue-row')).toHaveLength(1));
    expect(within(screen.getByTestId('queue-row')).getByRole('link', { name: 'Submission 1' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'All submissions (1)' })).toBeTruthy();
    expect(paths.filter((p) => p === `/v1/workspaces/${WS}/submissions`)).toHaveLength(1);
  });
});
