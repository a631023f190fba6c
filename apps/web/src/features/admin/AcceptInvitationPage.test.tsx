import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { AcceptInvitationPage } from './AcceptInvitationPage';

const session = vi.hoisted(() => ({ signIn: vi.fn(async () => undefined), switchOrganization: vi.fn(async () => undefined) }));
vi.mock('../../auth/session', () => ({
  ADMIN_ROLES: ['owner', 'admin'],
  useSession: () => ({ ready: true, session: null, me: undefined, role: undefined, signIn: session.signIn, switchOrganization: session.switchOrganization }),
}));

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => vi.unstubAllGlobals());

describe('AcceptInvitationPage', () => {
  it('accepts with the token from the link, then signs in for the inviting organization', async () => {
    const bodies: unknown[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (req: Request) => {
        bodies.push(await req.json());
        return json({ accessToken: 'a', tokenType: 'Bearer', expiresIn: 900, refreshToken: 'r', userId: 'u2', organizationId: 'org-inviting', role: 'member' });
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(
      <Routes>
        <Route path="/accept-invitation" element={<AcceptInvitationPage />} />
        <Route path="/" element={<p>home</p>} />
      </Routes>,
      { route: '/accept-invitation?token=tok123' },
    );
    await user.type(screen.getByRole('textbox', { name: /E-mail/ }), 'minh@hpm.demo');
    await user.type(screen.getByRole('textbox', { name: /Your name/ }), 'Minh Tran');
    await user.type(screen.getByLabelText(/Password/, { selector: 'input' }), 'A-long-enough-passphrase-1');
    await user.click(screen.getByRole('button', { name: 'Accept invitation' }));
    await screen.findByText('home');
    expect(bodies).toEqual([{ token: 'tok123', password: 'A-long-enough-passphrase-1', name: 'Minh Tran' }]);
    expect(session.signIn).toHaveBeenCalledWith('minh@hpm.demo', 'A-long-enough-passphrase-1');
    await waitFor(() => expect(session.switchOrganization).toHaveBeenCalledWith('org-inviting'));
  });

  it('says what is wrong when the link has no token', () => {
    renderWithProviders(
      <Routes>
        <Route path="/accept-invitation" element={<AcceptInvitationPage />} />
      </Routes>,
      { route: '/accept-invitation' },
    );
    expect(screen.getByText('No invitation token')).toBeTruthy();
  });
});
