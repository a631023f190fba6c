import { screen, waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderLightPage } from '../../test/render-light';
import { trustPage } from './TrustPage';

const ORG = '0197a3c2-5d4e-7b21-9f00-3c1d2e4f5a6b';
const BASE = 'https://portal.example.com';

const attestation = (serial: string, status: string, statusReason: string | null = null) => ({
  serial,
  status,
  statusReason,
  outcome: 'conformant',
  issuedTo: 'Hanoi Precision Machines JSC',
  offering: 'VMC-850 machining centre with predictive maintenance',
  components: [{ name: 'VMC-850 machining centre', kind: 'hardware', version: 'rev C' }],
  frameworks: [
    {
      code: 'attesta-dser',
      title: 'Digital Service Export Readiness Baseline',
      version: '1.0',
      names: [
        { value: 'Digital Service Export Readiness Baseline 1.0', language: 'en' },
        { value: 'Chuẩn sẵn sàng xuất khẩu dịch vụ số 1.0', language: 'vi' },
      ],
    },
  ],
  markets: ['VN', 'TH'],
  scope: 'VMC-850 rev C for Viet Nam and Thailand.',
  conditions: [],
  validFrom: '2026-03-02T00:00:00.000Z',
  validUntil: '2029-03-01T23:59:59.000Z',
  issuedAt: '2026-03-02T09:00:00.000Z',
  issuer: {
    id: 'did:web:portal.example.com:v1:public:issuers:01',
    name: 'ASEAN Digital Conformity Services',
    accreditation: {
      body: 'BoA',
      number: 'VICAS 210',
      scope: 'ISO/IEC 17065: attesta-dser in TH, VN',
      bodyId: '01',
      bodyCountry: 'VN',
      arrangements: [],
      standard: 'ISO/IEC 17065',
      frameworkCodes: ['attesta-dser'],
      markets: ['TH', 'VN'],
      validFrom: '2025-01-01',
      validUntil: '2030-12-31',
      verification: 'operator',
      status: 'active',
      statusReason: null,
      currentlyValid: true,
    },
  },
  verifyUrl: `${BASE}/verify/${serial}`,
  certificateUrl: `${BASE}/v1/public/attestations/${serial}/certificate.pdf`,
  badgeUrl: `${BASE}/v1/public/attestations/${serial}/badge.svg`,
});

const PAGE = {
  organization: { id: ORG, name: 'Hanoi Precision Machines JSC' },
  attestations: [attestation('AT-2026-7K3M9QX2TB', 'active'), attestation('AT-2026-0000000001', 'withdrawn', 'Scope misstated')],
  generatedAt: '2026-06-01T12:00:00.000Z',
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });

function stubApi(page: unknown) {
  const calls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const path = new URL(input.url, 'http://localhost').pathname;
      calls.push(path);
      return path === `/v1/public/organizations/${ORG}/trust`
        ? json(page)
        : json({ title: 'Not Found', status: 404, detail: 'No attestations were issued to this organization.' }, 404);
    }),
  );
  return calls;
}

const renderAt = (path: string) => renderLightPage(trustPage, path);

afterEach(() => vi.unstubAllGlobals());

describe('TrustPage (light page)', () => {
  it('lists the supplier’s attestations with status, scope, issuer, accreditation, validity, QR code, certificate and badge snippet', async () => {
    const calls = stubApi(PAGE);
    await renderAt(`/trust/${ORG}`);
    expect(await screen.findByRole('heading', { name: 'Attestations of Hanoi Precision Machines JSC' })).toBeTruthy();
    expect(calls).toEqual([`/v1/public/organizations/${ORG}/trust`]);
    const cards = screen.getAllByTestId('trust-attestation');
    expect(cards).toHaveLength(2);

    const active = within(cards[0]!);
    expect(active.getByText('active')).toBeTruthy();
    expect(active.getByText('VMC-850 rev C for Viet Nam and Thailand.')).toBeTruthy();
    // Whom it was issued to, as the attestation says (the heading is the organization's name now).
    expect(active.getByRole('rowheader', { name: 'Issued to' }).nextElementSibling?.textContent).toBe('Hanoi Precision Machines JSC');
    expect(active.getByText('ASEAN Digital Conformity Services')).toBeTruthy();
    expect(active.getByText('BoA VICAS 210 (ISO/IEC 17065: attesta-dser in TH, VN)')).toBeTruthy();
    // Calendar days, the same in every zone.
    expect(active.getByText('Mar 2, 2026 to Mar 1, 2029')).toBeTruthy();
    const qr = active.getByTestId('trust-qr');
    expect(qr.getAttribute('data-url')).toBe(`${BASE}/verify/AT-2026-7K3M9QX2TB`);
    expect(qr.getAttribute('aria-label')).toBe(`QR code of the verification page of AT-2026-7K3M9QX2TB: ${BASE}/verify/AT-2026-7K3M9QX2TB`);
    // A drawn code: a version-3 QR code (29 modules) with a two-module quiet zone, dark modules as one path.
    expect(qr.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    expect(qr.querySelectorAll('path')[1]!.getAttribute('d')!.length).toBeGreaterThan(200);
    // The verification page is another page: a plain link to it, a full page load.
    expect(active.getByRole('link', { name: 'Serial number AT-2026-7K3M9QX2TB' }).getAttribute('href')).toBe('/verify/AT-2026-7K3M9QX2TB');
    expect(active.getByRole('link', { name: 'Verify' }).getAttribute('href')).toBe('/verify/AT-2026-7K3M9QX2TB');
    expect(active.getByRole('img', { name: 'Attestation AT-2026-7K3M9QX2TB: current status' }).getAttribute('src')).toBe(
      `${BASE}/v1/public/attestations/AT-2026-7K3M9QX2TB/badge.svg`,
    );
    expect(active.getByRole('link', { name: 'Print certificate' }).getAttribute('href')).toBe(
      `${BASE}/v1/public/attestations/AT-2026-7K3M9QX2TB/certificate.pdf`,
    );
    expect(active.getByTestId('badge-snippet').textContent).toBe(
      `<a href="${BASE}/verify/AT-2026-7K3M9QX2TB"><img src="${BASE}/v1/public/attestations/AT-2026-7K3M9QX2TB/badge.svg" alt="Attestation AT-2026-7K3M9QX2TB: current status"></a>`,
    );

    const withdrawn = within(cards[1]!);
    expect(withdrawn.getByText('withdrawn')).toBeTruthy();
    expect(withdrawn.getByText(/Reason given by the issuer: Scope misstated/)).toBeTruthy();
  });

  it('does not present an accreditation that no longer counts as if it did (its body delisted: still active on the record)', async () => {
    const listed = attestation('AT-2026-7K3M9QX2TB', 'active');
    const delisted = { ...listed, issuer: { ...listed.issuer, accreditation: { ...listed.issuer.accreditation, currentlyValid: false } } };
    stubApi({ ...PAGE, attestations: [delisted] });
    await renderAt(`/trust/${ORG}`);
    const [card] = await screen.findAllByTestId('trust-attestation');
    expect(within(card!).getByText('BoA VICAS 210 (ISO/IEC 17065: attesta-dser in TH, VN) — accreditation not valid now')).toBeTruthy();
  });

  it('names the frameworks in the reader’s language where their owner translated them, as the verification page does', async () => {
    stubApi(PAGE);
    await renderLightPage(trustPage, `/trust/${ORG}`, { locale: 'vi', pseudo: false, calendar: 'gregory' });
    await waitFor(() => expect(screen.getAllByText('Chuẩn sẵn sàng xuất khẩu dịch vụ số 1.0 (attesta-dser)').length).toBe(2));
    expect(screen.queryByText(/Digital Service Export Readiness Baseline/)).toBeNull();
  });

  it('says so when the organization has no trust page', async () => {
    stubApi(PAGE);
    await renderAt('/trust/0197a3c2-0000-7000-8000-000000000000');
    expect((await screen.findByTestId('trust-not-found')).textContent).toContain('No attestation has been issued to this organization');
  });

  it('shows an empty state when every attestation has lapsed', async () => {
    stubApi({ ...PAGE, attestations: [] });
    await renderAt(`/trust/${ORG}`);
    expect(await screen.findByText('No current attestations')).toBeTruthy();
  });

  it('copies the badge snippet', async () => {
    stubApi(PAGE);
    // user-event puts a clipboard of its own on the page.
    const user = userEvent.setup();
    await renderAt(`/trust/${ORG}`);
    const [first] = await screen.findAllByTestId('trust-attestation');
    await user.click(within(first!).getByRole('button', { name: 'Copy snippet' }));
    expect(await navigator.clipboard.readText()).toBe(within(first!).getByTestId('badge-snippet').textContent);
    await waitFor(() => expect(within(first!).getByRole('button', { name: 'Copied' })).toBeTruthy());
  });
});
