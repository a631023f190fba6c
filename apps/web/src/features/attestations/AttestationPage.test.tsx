import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { portalVerifyUrl } from './attestation-model';
import { AttestationPage } from './AttestationPage';

const ISSUER = '01issuer-0000-0000-0000-000000000000';
const WS = '01ws0000-0000-0000-0000-000000000000';
const ID = '01att000-0000-0000-0000-000000000000';
const SERIAL = 'AT-2026-663XPXHVZP';

const session = vi.hoisted(() => ({ organizationId: '' }));
vi.mock('../../auth/session', () => ({
  useSession: () => ({
    ready: true,
    session: { accessToken: 't', expiresIn: 900, userId: 'u1', organizationId: session.organizationId, role: 'member' },
    me: {
      kind: 'user',
      id: 'u1',
      organizationId: session.organizationId,
      organizations: [
        {
          organization: {
            id: session.organizationId,
            name: 'Org',
            kind: session.organizationId === '01issuer-0000-0000-0000-000000000000' ? 'assessor' : 'manufacturer',
          },
          role: 'member',
        },
      ],
    },
    role: 'member',
  }),
}));

const NEWER = 'AT-2026-NEWER00000';
const OLDER = 'AT-2026-OLDER00000';
const link = (serial: string) => ({ serial, url: `https://portal.example.com/v1/public/attestations/${serial}` });

const attestation = (status: string, statusReason: string | null = null, extra: Record<string, unknown> = {}) => ({
  id: ID,
  serial: SERIAL,
  issuerOrganizationId: ISSUER,
  issuerDid: `did:web:portal.example.com:v1:public:issuers:${ISSUER}`,
  workspaceId: WS,
  subjectOrganizationId: '01manu',
  decisionId: '01dec',
  outcome: 'conformant',
  status,
  statusReason,
  submission: { id: '01sub', number: 2, digest: 'ab'.repeat(32) },
  offering: { id: '01off', name: 'VMC-850 machining centre with predictive maintenance' },
  components: [
    {
      id: 'c1',
      name: 'VMC-850 machining centre',
      kind: 'hardware',
      version: 'rev C',
      serviceCategory: null,
      providerOrganizationId: null,
      compatibleRange: null,
    },
    {
      id: 'c2',
      name: 'Predictive maintenance SaaS',
      kind: 'saas',
      version: '4.2.0',
      serviceCategory: 'predictive_maintenance',
      providerOrganizationId: null,
      compatibleRange: '>=4.2.0 <4.3.0',
    },
  ],
  frameworks: [{ id: 'f1', code: 'attesta-dser', title: 'Digital Service Export Readiness Baseline', version: '1.0' }],
  markets: ['TH', 'VN'],
  scope: 'VMC-850 rev C for Viet Nam and Thailand.',
  conditions: [],
  validFrom: '2026-03-02T00:00:00.000Z',
  validUntil: '2029-03-01T23:59:59.000Z',
  statusIndex: 7,
  credential: 'eyJhbGciOiJFZERTQSJ9.eyJpZCI6InVybjp1dWlkOjEifQ.c2ln',
  replacesId: null,
  replacedById: null,
  supersededBy: null,
  supersedes: [],
  evidenceEffectiveFrom: '2026-01-15',
  evidenceValidUntil: '2027-06-30',
  issuedAt: '2026-03-02T09:00:00.000Z',
  publicUrl: `https://portal.example.com/v1/public/attestations/${SERIAL}`,
  ...extra,
});

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function stubApi(initial = attestation('active')) {
  let current = initial;
  const calls: { method: string; path: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (req: Request) => {
      const path = new URL(req.url, 'http://localhost').pathname;
      const body: unknown = req.method === 'POST' ? await req.json() : undefined;
      calls.push({ method: req.method, path, body });
      if (req.method === 'GET' && path === `/v1/workspaces/${WS}/attestations/${ID}`) return json(current);
      if (req.method === 'GET' && path === `/v1/public/attestations/${SERIAL}`) {
        return json({
          serial: SERIAL,
          status: current.status,
          issuer: { id: current.issuerDid, name: 'ASEAN Digital Conformity Services', accreditation: null },
          issuedTo: 'Hanoi Precision Machines JSC',
        });
      }
      if (req.method === 'POST' && path === '/v1/public/verify') {
        return json({
          valid: current.status === 'active',
          format: 'vc+jwt',
          signatureValid: true,
          issuer: { kid: null },
          status: current.status,
          attestation: null,
          subject: null,
          reasons: [],
          checkedAt: '2026-03-02T09:00:00.000Z',
        });
      }
      if (req.method === 'POST' && path === `/v1/workspaces/${WS}/attestations/${ID}/suspend`) {
        current = attestation('suspended', (body as { reason?: string }).reason ?? null);
        return json(current);
      }
      return json({ title: 'Not found', status: 404 }, 404);
    }),
  );
  return calls;
}

function renderPage() {
  return renderWithProviders(
    <Routes>
      <Route path="/workspaces/:workspaceId/attestations/:attestationId" element={<AttestationPage />} />
    </Routes>,
    { route: `/workspaces/${WS}/attestations/${ID}` },
  );
}

beforeAll(() => {
  // Mantine's autosize Textarea listens to document.fonts, which happy-dom lacks.
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { configurable: true, value: { addEventListener() {}, removeEventListener() {} } });
});

afterEach(() => vi.unstubAllGlobals());

describe('portalVerifyUrl', () => {
  it("turns the API's JSON summary URL into the portal page a phone can open", () => {
    expect(portalVerifyUrl(`https://portal.example.com/v1/public/attestations/${SERIAL}`, SERIAL)).toBe(`https://portal.example.com/verify/${SERIAL}`);
    expect(portalVerifyUrl(`https://example.com/attesta/v1/public/attestations/${SERIAL}`, SERIAL)).toBe(`https://example.com/attesta/verify/${SERIAL}`);
  });

  it("falls back to the portal's own origin", () => {
    expect(portalVerifyUrl(null, SERIAL)).toBe(`${window.location.origin}/verify/${SERIAL}`);
  });
});

describe('AttestationPage', () => {
  it('shows the live status and a QR code of the public verification page', async () => {
    session.organizationId = '01manu';
    stubApi();
    renderPage();

    expect((await screen.findByTestId('attestation-status')).textContent).toBe('active');
    const qr = screen.getByTestId('attestation-qr');
    expect(qr.getAttribute('role')).toBe('img');
    expect(qr.getAttribute('aria-label')).toContain(`https://portal.example.com/verify/${SERIAL}`);
    expect(screen.getByRole('link', { name: `https://portal.example.com/verify/${SERIAL}` })).toBeTruthy();
    expect(await screen.findByText('Hanoi Precision Machines JSC')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download credential (.jwt)' })).toBeTruthy();
    // Only the issuing organization changes an attestation.
    expect(screen.queryByRole('heading', { name: 'Issuer actions' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Suspend' })).toBeNull();
  });

  it('shows the scope (markets, component versions with their compatible range, evidence dates) and the supersedes chain both ways', async () => {
    session.organizationId = '01manu';
    stubApi(attestation('superseded', `superseded by ${NEWER}`, { supersededBy: link(NEWER), supersedes: [link(OLDER)] }));
    renderPage();

    expect((await screen.findByTestId('attestation-status')).textContent).toBe('superseded');
    const newer = within(screen.getByTestId('superseded-by')).getByRole('link', { name: NEWER });
    expect(newer.getAttribute('href')).toBe(`/verify/${NEWER}`);
    const older = within(screen.getByTestId('supersedes')).getByRole('link', { name: OLDER });
    expect(older.getAttribute('href')).toBe(`/verify/${OLDER}`);
    expect(document.body.textContent).toContain('SaaS, 4.2.0, compatible >=4.2.0 <4.3.0');
    expect(screen.getByText('Evidence relied on')).toBeTruthy();
    expect(screen.getByText('Thailand')).toBeTruthy();
    expect(screen.getByText('Vietnam')).toBeTruthy();
    // Final: no issuer action revives it (the page offers none to a non-issuer either way).
    expect(screen.getByText(/A superseded attestation cannot change again/)).toBeTruthy();
  });

  it('lets the issuer suspend with a reason and shows the new status at once', async () => {
    session.organizationId = ISSUER;
    const calls = stubApi();
    const user = userEvent.setup();
    renderPage();

    await screen.findByTestId('attestation-status');
    await user.click(screen.getByRole('button', { name: 'Suspend' }));
    const dialog = await screen.findByRole('dialog');
    // Verifiers are told why: no suspension without a reason.
    expect((within(dialog).getByRole('button', { name: 'Suspend' }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(within(dialog).getByLabelText(/Reason/));
    await user.paste('SLA monitoring switched off');
    await user.click(within(dialog).getByRole('button', { name: 'Suspend' }));

    await waitFor(() => expect(screen.getByTestId('attestation-status').textContent).toBe('suspended'));
    expect(calls.find((c) => c.path.endsWith('/suspend'))?.body).toEqual({ reason: 'SLA monitoring switched off' });
    expect(screen.getByRole('button', { name: 'Reinstate' })).toBeTruthy();
  });
});
