import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { TendersPage } from './TendersPage';

const SUPPLIER = '01supp00-0000-0000-0000-000000000000';
const TENDER = '01tend00-0000-0000-0000-000000000000';

vi.mock('../../auth/session', () => ({
  ADMIN_ROLES: ['owner', 'admin'],
  useSession: () => ({
    ready: true,
    session: { accessToken: 't', expiresIn: 900, userId: 'u1', organizationId: SUPPLIER, role: 'owner' },
    me: {
      kind: 'user',
      id: 'u1',
      organizationId: SUPPLIER,
      organizations: [{ organization: { id: SUPPLIER, name: 'Hanoi Precision Machines JSC', kind: 'manufacturer' }, role: 'owner' }],
    },
    role: 'owner',
  }),
}));

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const tender = {
  id: TENDER,
  organizationId: '01proc00-0000-0000-0000-000000000000',
  ocid: 'ocds-tiepo1-2026-0042',
  title: 'CNC machining centres, lot 2',
  buyer: 'TIEPO',
  deadline: '2099-12-26T07:27:41.587Z',
  requirements: [{ frameworkId: 'f1', frameworkCode: 'attesta-dser@1.0', minimumOutcome: 'conformant' }],
  markets: ['TH'],
  maxEvidenceAgeDays: 365,
  accreditedIssuersOnly: true,
  allowedIssuerIds: [],
  contractPeriod: null,
  status: 'open',
};

const bid = (id: string, overall: string, submittedAt: string) => ({
  id,
  tenderId: TENDER,
  organizationId: SUPPLIER,
  offeringId: 'o1',
  attestationIds: ['a1'],
  offeredComponents: [],
  status: 'submitted',
  submittedAt,
  compliance: { overall, evaluatedAt: submittedAt, drift: [], notices: [], basis: { attestations: [] }, requirements: [] },
});

afterEach(() => vi.unstubAllGlobals());

describe('TendersPage', () => {
  it('shows a supplier its latest bid on a tender (bids are listed oldest first), not an earlier one', async () => {
    const older = bid('01bid001-0000-0000-0000-000000000000', 'non_compliant', '2026-11-01T08:00:00.000Z');
    const newer = bid('01bid002-0000-0000-0000-000000000000', 'compliant', '2026-11-20T08:00:00.000Z');
    vi.stubGlobal(
      'fetch',
      vi.fn(async (req: Request) => {
        const path = new URL(req.url, 'http://localhost').pathname;
        if (path === '/v1/tenders') return json({ data: [tender], nextCursor: null });
        if (path === `/v1/tenders/${TENDER}/bids`) return json({ data: [older, newer], nextCursor: null });
        if (path === '/v1/frameworks') return json({ data: [], nextCursor: null });
        return json({ title: 'Not found', status: 404 }, 404);
      }),
    );
    renderWithProviders(
      <Routes>
        <Route path="/tenders" element={<TendersPage />} />
      </Routes>,
      { route: '/tenders' },
    );
    const link = await screen.findByRole('link', { name: 'your bid' });
    expect(link.getAttribute('href')).toBe(`/bids/${newer.id}`);
    expect(link.closest('tr')!.textContent).not.toMatch(/non-compliant/i);
  });
});
