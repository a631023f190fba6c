import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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

const names = { actor: null, organization: null, evidence: null, requirementRef: null, requirementTitle: null, finding: null, participant: null };
const event = {
  id: 'e1',
  streamType: 'workspace',
  streamId: WS,
  seq: 9,
  organizationId: ORG,
  actorType: 'user',
  actorId: USER,
  action: 'evidence.version_uploaded',
  subjectType: 'EvidenceVersion',
  subjectId: '01ev0000-0000-0000-0000-000000000000',
  payload: { evidenceId: '01ev0000-0000-0000-0000-000000000000', number: 2, filename: 'predictcare-sla-v2.md' },
  occurredAt: '2026-11-26T07:27:40.268Z',
  prevHash: 'a',
  hash: 'b',
  names: { ...names, actor: 'Mai Nguyen', organization: 'HPM', evidence: 'SLA v2' },
};
/** Newest first, as the API sends them. */
const events = [
  event,
  {
    ...event,
    id: 'e2',
    seq: 8,
    organizationId: VENDOR,
    actorId: 'someone-else',
    action: 'finding.raised',
    subjectType: 'Finding',
    payload: { number: 2, severity: 'minor_nonconformity' },
    names: { ...names, actor: null, organization: 'CloudOps Analytics', finding: 'Escalation matrix missing', requirementRef: 'DSER-2.1' },
  },
  {
    ...event,
    id: 'e3',
    seq: 7,
    actorType: 'api_key',
    actorId: '01key000-aaaa-0000-0000-000000000000',
    action: 'verdict.recorded',
    payload: { number: 2, outcome: 'needs_information' },
    names: { ...names, organization: 'ADCS', requirementRef: 'DSER-4.3' },
  },
  { ...event, id: 'e4', seq: 6, action: 'brand.new_action', payload: {}, names: { ...names, actor: 'Mai Nguyen', organization: 'HPM' } },
];

function stubApi(verification: object) {
  const requests: URL[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (req: Request) => {
      const url = new URL(req.url, 'http://localhost');
      requests.push(url);
      if (url.pathname === `/v1/workspaces/${WS}/audit-events/verify`) return json(verification);
      if (url.pathname === `/v1/workspaces/${WS}/audit-events`) {
        const actions = url.searchParams.getAll('actions');
        return json({ data: actions.length ? events.filter((e) => actions.includes(e.action)) : events, nextCursor: null });
      }
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
  it('reads the stream newest first as sentences with names, a generic sentence for an unknown action, without a request per name', async () => {
    me.role = 'owner';
    const requests = stubApi({ valid: true, checked: 14, length: 14, firstBrokenSeq: null, reason: null });
    renderPage();
    await waitFor(() => expect(screen.getByTestId('audit-chain-status').textContent).toContain('chain verified'));
    expect(screen.getByTestId('audit-chain-status').textContent).toContain('14 events');
    await waitFor(() => expect(screen.getAllByTestId('audit-sentence')).toHaveLength(4));
    expect(screen.getAllByTestId('audit-sentence').map((el) => el.textContent)).toEqual([
      'Mai Nguyen (HPM) uploaded version 2 of evidence “SLA v2”',
      'a user of CloudOps Analytics raised the finding “Escalation matrix missing” on requirement DSER-2.1',
      'API key 01key000 · ADCS judged requirement DSER-4.3 as needing information in submission 2',
      'Mai Nguyen (HPM): brand.new_action',
    ]);
    const list = requests.find((u) => u.pathname === `/v1/workspaces/${WS}/audit-events`)!;
    // Newest first is the API's default; names come with the events, not from the members or the directory.
    expect(list.searchParams.get('order')).toBeNull();
    expect(requests.some((u) => u.pathname.startsWith('/v1/organization/members') || u.pathname.startsWith('/v1/organizations'))).toBe(false);
    expect(screen.getByRole('button', { name: 'Export (JSON Lines)' })).toBeTruthy();
  });

  it('filters by actions picked by name and by a date range, sent to the API', async () => {
    me.role = 'owner';
    const requests = stubApi({ valid: true, checked: 14, length: 14, firstBrokenSeq: null, reason: null });
    const user = userEvent.setup();
    renderPage();
    await waitFor(() => expect(screen.getAllByTestId('audit-sentence')).toHaveLength(4));
    expect(screen.queryByLabelText(/^Action$/)).toBeNull();
    await user.click(screen.getByTestId('audit-action-filter'));
    await user.click(await screen.findByRole('option', { name: 'Finding raised', hidden: true }));
    await user.click(await screen.findByRole('option', { name: 'Evidence file uploaded', hidden: true }));
    await waitFor(() => expect(screen.getAllByTestId('audit-sentence')).toHaveLength(2));
    const last = () => requests.filter((u) => u.pathname === `/v1/workspaces/${WS}/audit-events`).at(-1)!;
    expect(last().searchParams.getAll('actions').sort()).toEqual(['evidence.version_uploaded', 'finding.raised']);

    await user.type(screen.getByLabelText('From'), '2026-11-01');
    await user.type(screen.getByLabelText('To'), '2026-11-30');
    await waitFor(() => expect(last().searchParams.get('to')).not.toBeNull());
    // Calendar days in the reader's time zone: from the start of the first to the start of the day after the last.
    expect(new Date(last().searchParams.get('from')!).getTime()).toBe(new Date(2026, 10, 1).getTime());
    expect(new Date(last().searchParams.get('to')!).getTime()).toBe(new Date(2026, 11, 1).getTime());

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(screen.getAllByTestId('audit-sentence')).toHaveLength(4));
    expect(last().searchParams.getAll('actions')).toEqual([]);
    expect(last().searchParams.get('from')).toBeNull();
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

  it('speaks the reader’s language: chain status, sentences and action names in Vietnamese', async () => {
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
    await waitFor(() => expect(screen.getAllByTestId('audit-sentence')).toHaveLength(4));
    expect(screen.getAllByTestId('audit-sentence').map((el) => el.textContent)).toEqual([
      'Mai Nguyen (HPM) đã tải lên phiên bản 2 của bằng chứng “SLA v2”',
      'một người dùng của CloudOps Analytics đã nêu phát hiện “Escalation matrix missing” đối với yêu cầu DSER-2.1',
      'Khóa API 01key000 · ADCS đã kết luận yêu cầu DSER-4.3 là cần bổ sung thông tin trong hồ sơ nộp 2',
      'Mai Nguyen (HPM): brand.new_action',
    ]);
    expect(within(screen.getByRole('table')).getByText('Đã tải lên tệp bằng chứng')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Xuất (JSON Lines)' })).toBeTruthy();
  });
});
