import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { ConfirmSignupPage } from './ConfirmSignupPage';

const session = vi.hoisted(() => ({ signIn: vi.fn(async () => undefined) }));
vi.mock('../../auth/session', () => ({
  ADMIN_ROLES: ['owner', 'admin'],
  useSession: () => ({ ready: true, session: null, me: undefined, role: undefined, signIn: session.signIn }),
}));

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
  session.signIn.mockClear();
});

function renderAt(route: string) {
  renderWithProviders(
    <Routes>
      <Route path="/confirm-signup" element={<ConfirmSignupPage />} />
      <Route path="/" element={<p>home</p>} />
    </Routes>,
    { route },
  );
}

describe('ConfirmSignupPage', () => {
  it('confirms with the token from the link, then signs in with the e-mail and password chosen at sign-up', async () => {
    const calls: { url: string; body: unknown }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit) => {
        calls.push({ url, body: JSON.parse(String(init.body)) });
        return json(
          { organization: { id: 'org-new' }, session: { accessToken: 'a', refreshToken: 'r', userId: 'u1', organizationId: 'org-new', role: 'owner' } },
          201,
        );
      }),
    );
    const user = userEvent.setup();
    renderAt('/confirm-signup?token=tok456');
    await user.type(screen.getByRole('textbox', { name: /E-mail/ }), 'minh@hpm.demo');
    await user.type(screen.getByLabelText(/Password/, { selector: 'input' }), 'A-long-enough-passphrase-1');
    await user.click(screen.getByRole('button', { name: 'Confirm and sign in' }));
    await screen.findByText('home');
    expect(calls).toEqual([{ url: '/v1/auth/signup/confirm', body: { token: 'tok456' } }]);
    await waitFor(() => expect(session.signIn).toHaveBeenCalledWith('minh@hpm.demo', 'A-long-enough-passphrase-1'));
  });

  it('shows the problem when the link was already used, and does not sign in', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ title: 'Gone', status: 410, detail: 'This sign-up has already been confirmed; sign in.', code: 'identity.signup_used' }, 410)),
    );
    const user = userEvent.setup();
    renderAt('/confirm-signup?token=used');
    await user.type(screen.getByRole('textbox', { name: /E-mail/ }), 'minh@hpm.demo');
    await user.type(screen.getByLabelText(/Password/, { selector: 'input' }), 'A-long-enough-passphrase-1');
    await user.click(screen.getByRole('button', { name: 'Confirm and sign in' }));
    expect(await screen.findByText(/already been confirmed/)).toBeTruthy();
    expect(session.signIn).not.toHaveBeenCalled();
  });

  it('says what is wrong when the link has no token', () => {
    renderAt('/confirm-signup');
    expect(screen.getByText('No confirmation token')).toBeTruthy();
  });
});
