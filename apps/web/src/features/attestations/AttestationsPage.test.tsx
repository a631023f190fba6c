import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { AttestationsPage } from './AttestationsPage';

const ASSESSOR = '01assessor';
const WS = '01ws0000-0000-0000-0000-000000000000';

const me = vi.hoisted(() => ({ organizationId: '', kind: '' }));
vi.mock('../../auth/session', () => ({
  useSession: () => ({
    ready: true,
    session: { accessToken: 't', expiresIn: 900, userId: 'u1', organizationId: me.organizationId, role: 'member' },
    me: {
      kind: 'user',
      id: 'u1',
      organizationId: me.organizationId,
      organizations: [{ organization: { id: me.organizationId, name: 'Org', kind: me.kind }, role: 'member' }],
    },
    role: 'member',
  }),
}));

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const decision = (id: string, outcome: string, status = 'final') => ({
  id,
  workspaceId: WS,
  submissionNumber: 2,
  outcome,
  status,
  scopeStatement: 'VMC-850',
  validFrom: '2026-03-02',
  validUntil: '2029-03-01',
  conditions: [],
  organizationId: ASSESSOR,
  decidedBy: 'u1',
  confirmedBy: null,
  createdAt: '2026-03-02T09:00:00.000Z',
  finalizedAt: '2026-03-02T09:00:00.000Z',
});

function stubApi(myRole: string, attestations: unknown[] = []) {
  const posts: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (req: Request) => {
      const path = new URL(req.url, 'http://localhost').pathname;
      if (path === `/v1/workspaces/${WS}`) return json({ id: WS, name: 'Workspace', targetMarkets: ['VN'], myRole });
      if (path === '/v1/organizations/directory')
        return json({ data: [{ id: ASSESSOR, name: 'ASEAN Digital Conformity Services', kind: 'assessor' }], nextCursor: null });
      if (path === `/v1/workspaces/${WS}/decisions`) return json({ data: [decision('d1', 'conformant'), decision('d2', 'nonconformant')], nextCursor: null });
      if (path === `/v1/workspaces/${WS}/attestations` && req.method === 'GET') return json({ data: attestations, nextCursor: null });
      if (path === `/v1/workspaces/${WS}/attestations` && req.method === 'POST') {
        posts.push(await req.json());
        return json({ title: 'Conflict', status: 409, detail: 'Decision already attested by AT-2026-X.' }, 409);
      }
      return json({ title: 'Not found', status: 404 }, 404);
    }),
  );
  return posts;
}

function renderPage() {
  return renderWithProviders(
    <Routes>
      <Route path="/workspaces/:workspaceId/attestations" element={<AttestationsPage />} />
    </Routes>,
    { route: `/workspaces/${WS}/attestations` },
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('AttestationsPage', () => {
  it('tells a manufacturer what has to happen before there is an attestation, without issuing actions', async () => {
    me.organizationId = '01manu';
    me.kind = 'manufacturer';
    stubApi('owner');
    renderPage();
    const empty = await screen.findByTestId('empty-state');
    expect(empty.textContent).toContain('No attestations yet');
    expect(empty.textContent).toContain('an assessor decides the submission conformant');
    expect(screen.queryByRole('heading', { name: 'Issue from a decision' })).toBeNull();
  });

  it("lets the deciding assessor issue from a conformant decision and shows the API's answer", async () => {
    me.organizationId = ASSESSOR;
    me.kind = 'assessor';
    const posts = stubApi('assessor');
    const user = userEvent.setup();
    renderPage();
    await screen.findByRole('heading', { name: 'Issue from a decision' });
    expect(await screen.findByText('Not attestable (nonconformant)')).toBeTruthy();
    const issue = await screen.findByRole('button', { name: 'Issue attestation' });
    await user.click(issue);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Decision already attested by AT-2026-X.'));
    expect(posts).toEqual([{ decisionId: 'd1' }]);
  });

  it('offers no new issue for a decision whose attestation was withdrawn: it names the attestation and why', async () => {
    me.organizationId = ASSESSOR;
    me.kind = 'assessor';
    const withdrawn = {
      id: 'a1',
      serial: 'AT-2026-WITHDRAWN0',
      decisionId: 'd1',
      status: 'withdrawn',
      outcome: 'conformant',
      offering: { id: 'o1', name: 'VMC-850' },
      issuerOrganizationId: ASSESSOR,
      issuerDid: 'did:web:portal.example.com:v1:public:issuers:01',
      validUntil: '2029-03-01T23:59:59.000Z',
      issuedAt: '2026-03-02T09:00:00.000Z',
    };
    stubApi('assessor', [withdrawn]);
    renderPage();
    const cell = await screen.findByTestId('decision-attestation');
    expect(cell.textContent).toContain('AT-2026-WITHDRAWN0');
    expect(cell.textContent).toContain('withdrawn; a new attestation needs a new decision');
    expect(screen.queryByRole('button', { name: 'Issue attestation' })).toBeNull();
  });
});
