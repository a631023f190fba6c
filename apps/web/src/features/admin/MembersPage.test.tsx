import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { MembersPage } from './MembersPage';

vi.mock('../../auth/session', () => ({
  ADMIN_ROLES: ['owner', 'admin'],
  useSession: () => ({
    ready: true,
    session: { accessToken: 't', expiresIn: 900, userId: 'u1', organizationId: 'o1', role: 'owner' },
    me: { kind: 'user', id: 'u1', organizationId: 'o1', organizations: [{ organization: { id: 'o1', name: 'Org', kind: 'manufacturer' }, role: 'owner' }] },
    role: 'owner',
  }),
}));

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const member = (id: string, userId: string, name: string, role: string) => ({
  id,
  userId,
  name,
  email: `${name.toLowerCase()}@hpm.example`,
  role,
  createdAt: '2026-11-26T07:27:41.600Z',
});

afterEach(() => vi.unstubAllGlobals());

describe('MembersPage', () => {
  it('offers the only owner neither a role change nor a removal (the organization keeps an owner); other members both', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (req: Request) => {
        const path = new URL(req.url, 'http://localhost').pathname;
        if (path === '/v1/organization/members')
          return json({ data: [member('m1', 'u1', 'Lan', 'owner'), member('m2', 'u2', 'Quang', 'member')], nextCursor: null });
        if (path === '/v1/organization/invitations') return json({ data: [], nextCursor: null });
        return json({ title: 'Not found', status: 404 }, 404);
      }),
    );
    renderWithProviders(<MembersPage />);
    expect((await screen.findAllByLabelText('Role of Quang')).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Remove Quang' })).toBeTruthy();
    expect(screen.queryAllByLabelText('Role of Lan')).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Remove Lan' })).toBeNull();
  });
});
