import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n';
import { setLocaleState } from '../../i18n/runtime';
import { renderWithProviders } from '../../test/render';
import { theme } from '../../theme';
import { WorkspaceAuditPage } from './WorkspaceAuditPage';

const ORG = '01org000-0000-0000-0000-000000000000';
const WS = '01ws0000-0000-0000-0000-000000000000';
const USER = '01user00-0000-0000-0000-000000000000';
const VENDOR = '01vend00-0000-0000-0000-000000000000';

const me = vi.hoisted(() => ({ role: 'owner' }));
vi.mock('../../auth/session', () => ({
  ADMIN_ROLES: ['owner', 'admin'],
  useSession: () => ({
    ready: true,
    session: { accessToken: 't', expiresIn: 900, userId: USER, organizationId: ORG, role: me.role },
    me: { kind: 'user', id: USER, organizationId: ORG, organizations: [{ organization: { id: ORG, name: 'HPM', kind: 'manufacturer' }, role: me.role }] },
    role: me.role,
  }),
}));

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const event = {
  id: 'e1',
  streamType: 'workspace',
  streamId: WS,
  seq: 7,
  organizationId: ORG,
  actorType: 'user',
  actorId: USER,
  action: 'evidence.version_uploaded',
  subjectType: 'Evidence',
  subjectId: '01ev0000-0000-0000-0000-000000000000',
  payload: { filename: 'predictcare-sla-v3.md' },
  occurredAt: '2026-11-26T07:27:40.268Z',
  prevHash: 'a',
  hash: 'b',
};

function stubApi(verification: object) {
  const requests: URL[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (req: Request) => {
      const url = new URL(req.url, 'http://localhost');
      requests.push(url);
      if (url.pathname === `/v1/workspaces/${WS}/audit-events/verify`) return json(verification);
      if (url.pathname === `/v1/workspaces/${WS}/audit-events`)
        return json({ data: [event, { ...event, id: 'e2', seq: 8, organizationId: VENDOR, actorId: 'someone-else' }], nextCursor: null });
      if (url.pathname === '/v1/organizations/directory')
        return json({ data: [{ id: VENDOR, name: 'CloudOps Analytics', kind: 'service_vendor' }], nextCursor: null });
      if (url.pathname === '/v1/organization/members')
        return json({
          data: [{ id: 'm1', userId: USER, email: 'lan@hpm.demo', name: 'Lan Nguyen', role: 'owner', createdAt: event.occurredAt }],
          nextCursor: null,
        });
      return json({ title: 'Not found', status: 404 }, 404);
    }),
  );
  return requests;
}

function renderPage() {
  return renderWithProviders(
    <Routes>
      <Route path="/workspaces/:workspaceId/audit" element={<WorkspaceAuditPage />} />
    </Routes>,
    { route: `/workspaces/${WS}/audit` },
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  setLocaleState({ locale: 'en', pseudo: false, calendar: 'gregory' });
});

describe('WorkspaceAuditPage', () => {
  it('lists the workspace stream with its verified chain, naming own people and other participants by organization', async () => {
    me.role = 'owner';
    const requests = stubApi({ valid: true, checked: 14, length: 14, firstBrokenSeq: null, reason: null });
    renderPage();
    await waitFor(() => expect(screen.getByTestId('audit-chain-status').textContent).toContain('chain verified'));
    expect(screen.getByTestId('audit-chain-status').textContent).toContain('14 events');
    expect((await screen.findAllByText('evidence.version_uploaded')).length).toBe(2);
    await waitFor(() => expect(screen.getByText('Lan Nguyen')).toBeTruthy());
    await waitFor(() => expect(screen.getByText('a user of CloudOps Analytics')).toBeTruthy());
    expect(requests.some((u) => u.pathname.startsWith('/v1/organization/audit-events'))).toBe(false);
    expect(screen.getByRole('button', { name: 'Export (JSON Lines)' })).toBeTruthy();
  });

  it('shows where a broken chain breaks', async () => {
    me.role = 'admin';
    stubApi({ valid: false, checked: 6, length: 14, firstBrokenSeq: 7, reason: 'hash_mismatch' });
    renderPage();
    await waitFor(() => expect(screen.getByTestId('audit-chain-status').textContent).toContain('chain broken at #7'));
    expect(screen.getByTestId('audit-chain-status').textContent).toContain('changed after it was written');
  });

  it('tells members the log is for owners and admins, without asking the API', async () => {
    me.role = 'member';
    const requests = stubApi({ valid: true, checked: 0, length: 0, firstBrokenSeq: null, reason: null });
    renderPage();
    expect(await screen.findByText('Owners and admins only')).toBeTruthy();
    expect(requests.some((u) => u.pathname.includes('/audit-events'))).toBe(false);
  });

  it('speaks the reader’s language: chain status, action names, subjects and actors in Vietnamese', async () => {
    me.role = 'owner';
    stubApi({ valid: false, checked: 6, length: 14, firstBrokenSeq: 7, reason: 'hash_mismatch' });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <I18nProvider initial={{ locale: 'vi', pseudo: false, calendar: 'gregory' }}>
        <MantineProvider theme={theme}>
          <QueryClientProvider client={client}>
            <MemoryRouter initialEntries={[`/workspaces/${WS}/audit`]}>
              <Routes>
                <Route path="/workspaces/:workspaceId/audit" element={<WorkspaceAuditPage />} />
              </Routes>
            </MemoryRouter>
          </QueryClientProvider>
        </MantineProvider>
      </I18nProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'Nhật ký kiểm toán' })).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('audit-chain-status').textContent).toBe('chuỗi bị đứt tại #7: một sự kiện đã bị thay đổi sau khi được ghi'));
    expect((await screen.findAllByText('Đã tải lên tệp bằng chứng')).length).toBe(2);
    expect(screen.getAllByText('Bằng chứng').length).toBe(2);
    await waitFor(() => expect(screen.getByText('một người dùng của CloudOps Analytics')).toBeTruthy());
    expect(screen.getByRole('button', { name: 'Xuất (JSON Lines)' })).toBeTruthy();
  });
});
