import { screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { BidPage } from './BidPage';

const SUPPLIER = '01supp00-0000-0000-0000-000000000000';
const PROCURER = '01proc00-0000-0000-0000-000000000000';
const BID = '01bid000-0000-0000-0000-000000000000';
const TENDER = '01tend00-0000-0000-0000-000000000000';

const me = vi.hoisted(() => ({ organizationId: '', kind: '' }));
vi.mock('../../auth/session', () => ({
  ADMIN_ROLES: ['owner', 'admin'],
  useSession: () => ({
    ready: true,
    session: { accessToken: 't', expiresIn: 900, userId: 'u1', organizationId: me.organizationId, role: 'owner' },
    me: {
      kind: 'user',
      id: 'u1',
      organizationId: me.organizationId,
      organizations: [{ organization: { id: me.organizationId, name: 'Org', kind: me.kind }, role: 'owner' }],
    },
    role: 'owner',
  }),
}));

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const tender = {
  id: TENDER,
  organizationId: PROCURER,
  ocid: 'ocds-tiepo1-2026-0042',
  title: 'CNC machining centres, lot 2',
  buyer: 'TIEPO',
  deadline: '2099-12-26T07:27:41.587Z',
  requirements: [{ frameworkId: 'f1', frameworkCode: 'attesta-dser@1.0', minimumOutcome: 'conformant' }],
  markets: ['TH'],
  maxEvidenceAgeDays: 365,
  accreditedIssuersOnly: true,
  allowedIssuerIds: [],
  contractPeriod: { startDate: '2027-01-01', endDate: '2028-12-31' },
  status: 'open',
};

interface Reason {
  code: string;
  severity: 'blocking' | 'warning' | 'info';
  message: string;
  expected?: string | number | string[] | null;
  actual?: string | number | string[] | null;
}
interface Drift {
  componentId: string;
  name: string;
  offeredVersion: string | null;
  currentVersion: string | null;
}

const bid = (overall: string, reasons: Reason[], drift: Drift[] = []) => ({
  id: BID,
  tenderId: TENDER,
  organizationId: SUPPLIER,
  offeringId: 'o1',
  offeringName: 'VMC-850 with PredictCare',
  attestationIds: ['a1'],
  offeredComponents: [{ id: 'c1', name: 'PredictCare SaaS', kind: 'saas', version: '4.2.0' }],
  status: 'submitted',
  submittedAt: '2026-11-26T07:27:41.600Z',
  compliance: {
    overall,
    evaluatedAt: '2026-11-26T07:27:42.842Z',
    drift,
    notices: drift.map((d) => ({
      code: 'component_drift',
      severity: 'info',
      message: `${d.name}: offered ${d.offeredVersion}, now ${d.currentVersion}`,
      expected: d.offeredVersion,
      actual: d.currentVersion,
    })),
    basis: { attestations: [{ id: 'a1', status: 'active', version: 1, updatedAt: '2026-11-26T07:27:41.000Z', accreditationUpdatedAt: null }] },
    requirements: [
      {
        frameworkId: 'f1',
        frameworkCode: 'attesta-dser@1.0',
        minimumOutcome: 'conformant',
        result: overall === 'compliant' ? 'met' : 'not_met',
        reasons,
        evidenceAgeDays: 3,
        attestation: {
          id: 'a1',
          serial: 'AT-2026-5J2D92CPT4',
          status: overall === 'compliant' ? 'active' : 'suspended',
          outcome: 'conformant',
          issuerId: 'i1',
          issuerName: 'ASEAN Digital Conformity Services',
          issuerAccredited: true,
          validFrom: '2026-11-26T00:00:00.000Z',
          validUntil: '2029-11-25T23:59:59.000Z',
        },
      },
    ],
  },
});

function stubApi(b: object) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (req: Request) => {
      const path = new URL(req.url, 'http://localhost').pathname;
      if (path === `/v1/bids/${BID}`) return json(b);
      if (path === `/v1/tenders/${TENDER}`) return json(tender);
      if (path === '/v1/offerings/o1') return json({ id: 'o1', name: 'VMC-850 with PredictCare' });
      if (path === '/v1/organizations/directory')
        return json({ data: [{ id: SUPPLIER, name: 'Hanoi Precision Machines JSC', kind: 'manufacturer' }], nextCursor: null });
      return json({ title: 'Not found', status: 404 }, 404);
    }),
  );
}

function renderPage() {
  return renderWithProviders(
    <Routes>
      <Route path="/bids/:bidId" element={<BidPage />} />
    </Routes>,
    { route: `/bids/${BID}` },
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('BidPage', () => {
  it('shows the supplier its compliant report and lets it withdraw before the deadline', async () => {
    me.organizationId = SUPPLIER;
    me.kind = 'manufacturer';
    stubApi(bid('compliant', []));
    renderPage();
    const report = await screen.findByTestId('bid-compliance');
    expect(report.textContent).toContain('compliant');
    expect(report.textContent).not.toContain('non-compliant');
    expect(screen.getByText('AT-2026-5J2D92CPT4')).toBeTruthy();
    expect(screen.getByText('all criteria met')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Withdraw bid' })).toBeTruthy());
    await waitFor(() => expect(screen.getByText('VMC-850 with PredictCare')).toBeTruthy());
  });

  it('shows the procurer why a bid is not compliant, without supplier actions', async () => {
    me.organizationId = PROCURER;
    me.kind = 'procurer';
    stubApi(
      bid(
        'non_compliant',
        [
          { code: 'attestation_suspended', severity: 'blocking', message: 'is suspended', expected: 'active', actual: 'suspended' },
          {
            code: 'component_version_mismatch',
            severity: 'blocking',
            message: 'PredictCare SaaS is offered at 5.0.0; the attestation covers 4.2.0',
            expected: '4.2.0',
            actual: '5.0.0',
          },
        ],
        [{ componentId: 'c1', name: 'PredictCare SaaS', offeredVersion: '4.2.0', currentVersion: '5.1.0' }],
      ),
    );
    renderPage();
    const report = await screen.findByTestId('bid-compliance');
    expect(report.textContent).toContain('non-compliant');
    expect(screen.getByText('is suspended')).toBeTruthy();
    // Structured: the code, the text and the values compared.
    expect(screen.getByText('attestation_suspended')).toBeTruthy();
    expect(screen.getByText('component_version_mismatch')).toBeTruthy();
    expect(screen.getByText('5.0.0')).toBeTruthy();
    // The offering changed since the bid: drift is shown apart from the reasons.
    const drift = screen.getByTestId('bid-drift');
    expect(drift.textContent).toContain('PredictCare SaaS');
    expect(drift.textContent).toContain('5.1.0');
    expect(screen.getByText('not met')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('Hanoi Precision Machines JSC')).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'Withdraw bid' })).toBeNull();
    // The offering by its name, which the bid carries for the procurer (not its id).
    expect(screen.getByText('VMC-850 with PredictCare')).toBeTruthy();
    expect(screen.queryByText('o1')).toBeNull();
  });
});
