import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { RequirementPage } from './RequirementPage';

const WS = '01ws0000-0000-0000-0000-000000000000';
const REQ = '01req000-0000-0000-0000-000000000000';
const FW = '01fw0000-0000-0000-0000-000000000000';

vi.mock('../../auth/session', () => ({
  ADMIN_ROLES: ['owner', 'admin'],
  useSession: () => ({
    ready: true,
    session: { accessToken: 't', expiresIn: 900, userId: 'u1', organizationId: 'org-1', role: 'owner' },
    me: {
      kind: 'user',
      id: 'u1',
      organizationId: 'org-1',
      organizations: [{ organization: { id: 'org-1', name: 'HPM', kind: 'manufacturer' }, role: 'owner' }],
    },
    role: 'owner',
  }),
}));

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const view = {
  workspaceId: WS,
  requirement: {
    id: REQ,
    kind: 'control',
    ref: 'DSER-2.1',
    title: 'Availability target',
    titleLanguage: 'en',
    statement: 'State it.',
    statementLanguage: 'en',
    guidance: null,
  },
  framework: { id: FW, code: 'attesta-dser', title: 'Baseline', titleLanguage: 'en', version: '1.0' },
  gap: {
    frameworkId: FW,
    requirementId: REQ,
    ref: 'DSER-2.1',
    title: 'Availability target',
    titleLanguage: 'en',
    applicable: true,
    evidenceCount: 0,
    accepted: false,
    openFindings: 0,
    status: 'gap',
    inheritedFrom: null,
    justification: '',
    componentIds: [],
  },
  evidence: [],
  verdicts: [],
};

function stubApi() {
  const requests: { method: string; url: URL; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (req: Request) => {
      const url = new URL(req.url, 'http://localhost');
      const body = req.method === 'POST' ? await req.json() : null;
      requests.push({ method: req.method, url, body });
      if (url.pathname === `/v1/workspaces/${WS}`) return json({ id: WS, name: 'VMC-850 + PredictCare', myRole: 'owner', offeringId: 'off-1', version: 1 });
      if (url.pathname === `/v1/workspaces/${WS}/requirements/${REQ}`) return json(view);
      if (url.pathname === `/v1/frameworks/${FW}/requirements/${REQ}`) return json({ id: REQ, expectedEvidenceTypes: [], componentKinds: [] });
      if (url.pathname === '/v1/offerings/off-1') return json({ id: 'off-1', name: 'VMC-850', components: [] });
      if (url.pathname === `/v1/workspaces/${WS}/evidence` && req.method === 'GET')
        return json({
          data: [
            { id: 'ev-1', title: 'SLA v2' },
            { id: 'ev-2', title: 'Incident response plan' },
          ],
          nextCursor: null,
        });
      if (url.pathname === `/v1/workspaces/${WS}/evidence/ev-1/links` && req.method === 'POST')
        return json({ id: 'l1', evidenceId: 'ev-1', requirementId: REQ, note: 'Section 4', createdAt: '2026-12-01T00:00:00Z' }, 201);
      return json({ data: [], nextCursor: null });
    }),
  );
  return requests;
}

afterEach(() => vi.unstubAllGlobals());

function renderPage() {
  return renderWithProviders(
    <Routes>
      <Route path="/workspaces/:workspaceId/requirements/:requirementId" element={<RequirementPage />} />
    </Routes>,
    { route: `/workspaces/${WS}/requirements/${REQ}` },
  );
}

describe('RequirementPage: evidence for a gap, from the requirement', () => {
  it('links an existing evidence item with a note, reading the evidence list only when asked', async () => {
    const requests = stubApi();
    const user = userEvent.setup();
    renderPage();
    const link = await screen.findByRole('button', { name: 'Link existing evidence' });
    expect(requests.some((r) => r.url.pathname === `/v1/workspaces/${WS}/evidence`)).toBe(false);
    const viewReads = () => requests.filter((r) => r.url.pathname === `/v1/workspaces/${WS}/requirements/${REQ}`).length;
    const before = viewReads();

    await user.click(link);
    const dialog = await screen.findByRole('dialog', { name: 'Link evidence to DSER-2.1 — Availability target' });
    await user.click(within(dialog).getByTestId('link-evidence-choice'));
    await user.click(await screen.findByRole('option', { name: 'SLA v2', hidden: true }));
    await user.type(within(dialog).getByLabelText(/Why it applies/), 'Section 4');
    await user.click(within(dialog).getByRole('button', { name: 'Link evidence' }));

    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    expect(requests.find((r) => r.method === 'POST')).toMatchObject({ body: { requirementId: REQ, note: 'Section 4' } });
    expect(requests.find((r) => r.method === 'POST')!.url.pathname).toBe(`/v1/workspaces/${WS}/evidence/ev-1/links`);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(viewReads()).toBeGreaterThan(before));
    await waitFor(() => expect(document.activeElement).toBe(link));
  });

  it('opens the new-evidence dialog with the requirement already chosen', async () => {
    stubApi();
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Add evidence' }));
    const dialog = await screen.findByRole('dialog', { name: 'New evidence' });
    expect(within(dialog).getByText('DSER-2.1 — Availability target')).toBeTruthy();
  });
});
