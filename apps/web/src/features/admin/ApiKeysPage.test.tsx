import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { ApiKeysPage } from './ApiKeysPage';

const me = vi.hoisted(() => ({ role: 'owner' }));
vi.mock('../../auth/session', () => ({
  ADMIN_ROLES: ['owner', 'admin'],
  useSession: () => ({
    ready: true,
    session: { accessToken: 't', expiresIn: 900, userId: 'u1', organizationId: 'o1', role: me.role },
    me: { kind: 'user', id: 'u1', organizationId: 'o1', organizations: [{ organization: { id: 'o1', name: 'Org', kind: 'procurer' }, role: me.role }] },
    role: me.role,
  }),
}));

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const key = {
  id: 'k1',
  name: 'connector',
  prefix: 'atk_3f9a1c2b7d4e',
  scopes: ['tenders:read'],
  expiresAt: null,
  revokedAt: null,
  lastUsedAt: null,
  createdAt: '2026-11-26T07:27:41.600Z',
};

function stubApi() {
  const created: unknown[] = [];
  let keys: object[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (req: Request) => {
      const path = new URL(req.url, 'http://localhost').pathname;
      if (path === '/v1/organization/api-keys/scopes')
        return json([
          { scope: 'tenders:read', description: 'Read tenders' },
          { scope: 'conformity:read', description: 'Run conformity checks' },
        ]);
      if (path === '/v1/organization/api-keys' && req.method === 'GET') return json({ data: keys, nextCursor: null });
      if (path === '/v1/organization/api-keys' && req.method === 'POST') {
        created.push(await req.json());
        keys = [key];
        return json({ apiKey: key, key: 'atk_3f9a1c2b7d4e.c2VjcmV0' }, 201);
      }
      return json({ title: 'Not found', status: 404 }, 404);
    }),
  );
  return created;
}

afterEach(() => vi.unstubAllGlobals());

describe('ApiKeysPage', () => {
  it('creates a key with the chosen scopes and shows its secret once', async () => {
    me.role = 'owner';
    const created = stubApi();
    const user = userEvent.setup();
    renderWithProviders(<ApiKeysPage />);
    await screen.findByText('No API keys yet');
    await user.click(screen.getAllByRole('button', { name: 'Create API key' })[0]!);
    await user.type(screen.getByRole('textbox', { name: /Name/ }), 'connector');
    // The scopes offered are the API's catalogue.
    await user.click(await screen.findByRole('checkbox', { name: 'tenders:read' }));
    expect(screen.getByRole('checkbox', { name: 'conformity:read' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    expect((await screen.findByTestId('api-key-secret')).textContent).toBe('atk_3f9a1c2b7d4e.c2VjcmV0');
    expect(screen.getByText(/only time the full key is shown/)).toBeTruthy();
    expect(created).toEqual([{ name: 'connector', scopes: ['tenders:read'] }]);
    await user.click(screen.getByRole('button', { name: 'I have stored the key' }));
    await waitFor(() => expect(screen.queryByTestId('api-key-secret')).toBeNull());
    expect(await screen.findByText('atk_3f9a1c2b7d4e')).toBeTruthy();
  });

  it('tells members that keys are for owners and admins', () => {
    me.role = 'member';
    stubApi();
    renderWithProviders(<ApiKeysPage />);
    expect(screen.getByText('Owners and admins only')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Create API key' })).toBeNull();
  });
});
