import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { ActionItemsPage } from './ActionItemsPage';

const WS = '01ws0000-0000-0000-0000-000000000000';
const workspace = { id: WS, name: 'VMC-850 + PredictCare' };

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const items = {
  verdicts: [
    {
      verdictId: 'v1',
      workspace,
      submissionNumber: 2,
      requirement: { id: 'req-1', ref: 'DSER-2.1', title: 'Availability target' },
      outcome: 'not_satisfied',
      comment: 'The SLA states 99.5 % but not how it is measured.',
      assessor: { id: 'a', name: 'ASEAN Digital Conformity Services' },
      decidedAt: '2026-11-20T08:00:00Z',
    },
    {
      verdictId: 'v2',
      workspace,
      submissionNumber: 2,
      requirement: { id: 'req-2', ref: 'DSER-4.3', title: 'Failure response' },
      outcome: 'needs_information',
      comment: 'Send the escalation matrix.',
      assessor: { id: 'a', name: 'ASEAN Digital Conformity Services' },
      decidedAt: '2026-11-19T08:00:00Z',
    },
  ],
  findings: [
    {
      id: 'f1',
      workspace,
      submissionNumber: 2,
      requirement: { id: 'req-2', ref: 'DSER-4.3', title: 'Failure response' },
      title: 'Escalation matrix missing',
      severity: 'minor_nonconformity',
      dueDate: '2026-11-01',
      overdue: true,
    },
    {
      id: 'f2',
      workspace,
      submissionNumber: 2,
      requirement: { id: 'req-1', ref: 'DSER-2.1', title: 'Availability target' },
      title: 'Monthly report not signed',
      severity: 'observation',
      dueDate: null,
      overdue: false,
    },
  ],
  evidence: [{ id: 'ev-1', workspace, title: 'ISO 9001 certificate', validUntil: '2026-11-30', freshness: 'expired' }],
  totals: { verdicts: 2, findings: 5, evidence: 1 },
  expiryWarningDays: 30,
};

function stubApi(body: unknown) {
  const requests: URL[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (req: Request) => {
      const url = new URL(req.url, 'http://localhost');
      requests.push(url);
      if (url.pathname === '/v1/action-items') return json(body);
      return json({ title: 'Not found', status: 404 }, 404);
    }),
  );
  return requests;
}

afterEach(() => vi.unstubAllGlobals());

describe('ActionItemsPage', () => {
  it('shows gaps, findings (overdue marked) and evidence to renew from one request, each linking where it is dealt with', async () => {
    const requests = stubApi(items);
    renderWithProviders(<ActionItemsPage />);
    await waitFor(() => expect(screen.getAllByTestId('action-gap')).toHaveLength(2));

    const [gap] = screen.getAllByTestId('action-gap');
    expect(within(gap!).getByRole('link', { name: 'DSER-2.1 — Availability target' }).getAttribute('href')).toBe(`/workspaces/${WS}/requirements/req-1`);
    expect(gap!.textContent).toContain('Not satisfied');
    expect(gap!.textContent).toContain('The SLA states 99.5 % but not how it is measured.');
    expect(gap!.textContent).toContain('ASEAN Digital Conformity Services · submission 2');

    const findings = screen.getAllByTestId('action-finding');
    expect(findings.map((f) => within(f).getAllByRole('link')[0]!.textContent)).toEqual(['Escalation matrix missing', 'Monthly report not signed']);
    expect(within(findings[0]!).getAllByRole('link')[0]!.getAttribute('href')).toBe(`/workspaces/${WS}/submissions/2`);
    expect(findings[0]!.textContent).toContain('Overdue');
    expect(findings[1]!.textContent).not.toContain('Overdue');
    expect(findings[1]!.textContent).toContain('No due date');
    // Bounded lists say how many there are in all.
    expect(screen.getByTestId('action-findings').textContent).toContain('Showing 2 of 5.');

    const [evidence] = screen.getAllByTestId('action-evidence-item');
    expect(within(evidence!).getByRole('link', { name: 'ISO 9001 certificate' }).getAttribute('href')).toBe(`/workspaces/${WS}/evidence/ev-1`);
    expect(evidence!.textContent).toContain('Expired');
    expect(screen.getByRole('heading', { name: /Evidence expired or expiring within 30 days/ })).toBeTruthy();

    expect(requests.map((u) => u.pathname)).toEqual(['/v1/action-items']);
  });

  it('says when nothing needs action', async () => {
    stubApi({ verdicts: [], findings: [], evidence: [], totals: { verdicts: 0, findings: 0, evidence: 0 }, expiryWarningDays: 30 });
    renderWithProviders(<ActionItemsPage />);
    expect(await screen.findByText('Nothing needs your action')).toBeTruthy();
    expect(screen.queryByTestId('action-gaps')).toBeNull();
  });
});
