import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { AccreditationPage } from './AccreditationPage';
import { BodyAccreditationsPage } from './BodyAccreditationsPage';

const me = vi.hoisted(() => ({ kind: 'assessor' }));
vi.mock('../../auth/session', () => ({
  ADMIN_ROLES: ['owner', 'admin'],
  useSession: () => ({
    ready: true,
    session: { accessToken: 't', expiresIn: 900, userId: 'u1', organizationId: 'o1', role: 'owner' },
    me: { kind: 'user', id: 'u1', organizationId: 'o1', organizations: [{ organization: { id: 'o1', name: 'Org', kind: me.kind }, role: 'owner' }] },
    role: 'owner',
  }),
}));

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const record = (over: Record<string, unknown>) => ({
  id: 'a1',
  organizationId: 'o1',
  body: { id: 'b1', name: 'Bureau of Accreditation (BoA)', country: 'VN', arrangements: ['GAC MRA'], listed: true },
  number: 'VICAS 210',
  standard: 'ISO/IEC 17065',
  scope: { frameworkCodes: ['attesta-dser'], markets: ['VN', 'TH'], serviceCategories: [] },
  validFrom: '2025-01-01',
  validUntil: '2029-12-31',
  status: 'active',
  effectiveStatus: 'active',
  statusReason: null,
  verification: 'declared',
  verified: false,
  counts: false,
  verifiedAt: null,
  verifiedBy: null,
  verificationEvidence: null,
  version: 1,
  updatedAt: '2026-03-02T00:00:00Z',
  ...over,
});

afterEach(() => vi.unstubAllGlobals());

describe('AccreditationPage', () => {
  it('shows a declared record as "declared, not verified" and a confirmed one as verified', async () => {
    me.kind = 'assessor';
    vi.stubGlobal(
      'fetch',
      vi.fn(async (req: Request) => {
        const path = new URL(req.url, 'http://localhost').pathname;
        if (path === '/v1/organization/accreditations')
          return json([record({}), record({ id: 'a2', number: 'VICAS 211', verification: 'body_confirmed', verified: true, counts: true })]);
        if (path === '/v1/organization/accreditation-settings') return json({ autoSuspendOnAccreditationLapse: false });
        return json({ title: 'Not found', status: 404 }, 404);
      }),
    );
    renderWithProviders(<AccreditationPage />);
    expect(await screen.findByText('declared, not verified')).toBeTruthy();
    expect(screen.getByText('verified')).toBeTruthy();
    expect(screen.getByText('confirmed by the body')).toBeTruthy();
    // Only the declared one offers the credential.
    expect(screen.getAllByRole('button', { name: 'Present credential' })).toHaveLength(1);
    expect(await screen.findByRole('switch', { name: /Suspend our attestations automatically/ })).toBeTruthy();
  });
});

describe('BodyAccreditationsPage', () => {
  it('lets the body confirm a declared accreditation', async () => {
    me.kind = 'accreditation_body';
    const calls: string[] = [];
    let confirmed = false;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (req: Request) => {
        const path = new URL(req.url, 'http://localhost').pathname;
        if (path === '/v1/accreditation-body/accreditations')
          return json([record(confirmed ? { verification: 'body_confirmed', verified: true, counts: true } : {})]);
        if (path === '/v1/accreditation-body/accreditations/a1/confirm' && req.method === 'POST') {
          calls.push(path);
          confirmed = true;
          return json(record({ verification: 'body_confirmed', verified: true, counts: true }));
        }
        return json({ title: 'Not found', status: 404 }, 404);
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<BodyAccreditationsPage />);
    expect(await screen.findByText('declared, not verified')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Confirm VICAS 210' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('verified')).toBeTruthy();
    expect(calls).toEqual(['/v1/accreditation-body/accreditations/a1/confirm']);
  });
});
