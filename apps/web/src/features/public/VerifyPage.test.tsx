import { screen, waitFor } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderLightPage } from '../../test/render-light';
import { verifyPage } from './VerifyPage';

const SUMMARY = {
  serial: 'AT-2026-7K3M9QX2TB',
  status: 'suspended',
  statusReason: 'Surveillance audit found the SLA monitoring switched off',
  issuer: {
    id: 'did:web:portal.example.com:v1:public:issuers:01',
    name: 'ASEAN Digital Conformity Services',
    accreditation: { body: 'BoA', number: 'VICAS 210', scope: 'ISO/IEC 17065' },
  },
  issuedTo: 'Hanoi Precision Machines JSC',
  outcome: 'conformant',
  offering: 'VMC-850 machining centre with predictive maintenance',
  components: [{ name: 'VMC-850 machining centre', kind: 'hardware', version: 'rev C', compatibleRange: null }],
  frameworks: [{ code: 'attesta-dser', title: 'Digital Service Export Readiness Baseline', version: '1.0' }],
  markets: ['TH', 'VN'],
  scope: 'VMC-850 rev C for Viet Nam and Thailand.',
  conditions: [],
  validFrom: '2026-03-02T00:00:00.000Z',
  validUntil: '2029-03-01T23:59:59.000Z',
  issuedAt: '2026-03-02T09:00:00.000Z',
  submission: { number: 2, digest: 'ab'.repeat(32) },
  replacedBy: null,
  supersededBy: null,
  supersedes: [],
  evidenceEffectiveFrom: '2026-01-15',
  evidenceValidUntil: null,
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });

/** Answers the public routes the page calls; anything else is a 404 problem. */
function stubApi(routes: Record<string, (req: Request) => Response>) {
  const calls: Request[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      calls.push(input);
      const path = new URL(input.url, 'http://localhost').pathname;
      const route = routes[`${input.method} ${path}`];
      return route ? route(input) : json({ title: 'Not found', status: 404, detail: 'Attestation not found.' }, 404);
    }),
  );
  return calls;
}

const renderAt = (path: string) => renderLightPage(verifyPage, path);

afterEach(() => vi.unstubAllGlobals());

describe('VerifyPage (light page)', () => {
  it('shows the public status, issuer and scope of the serial in the URL', async () => {
    const calls = stubApi({ [`GET /v1/public/attestations/${SUMMARY.serial}`]: () => json(SUMMARY) });
    await renderAt(`/verify/${SUMMARY.serial.toLowerCase()}`);

    const status = await screen.findByTestId('verification-status');
    expect(status.textContent).toBe('suspended');
    const result = screen.getByTestId('verification-result');
    expect(result.textContent).toContain('Surveillance audit found the SLA monitoring switched off');
    expect(result.textContent).toContain('ASEAN Digital Conformity Services');
    expect(result.textContent).toContain('BoA VICAS 210 (ISO/IEC 17065)');
    expect(result.textContent).toContain('Hanoi Precision Machines JSC');
    expect(result.textContent).toContain('VMC-850 rev C for Viet Nam and Thailand.');
    expect((screen.getByLabelText(/Serial number/) as HTMLInputElement).value).toBe(SUMMARY.serial);
    // One public read in the page's language; never the session refresh (there is no session here).
    expect(calls.map((c) => `${c.method} ${new URL(c.url, 'http://localhost').pathname}`)).toEqual([`GET /v1/public/attestations/${SUMMARY.serial}`]);
    expect(calls[0]!.headers.get('accept-language')).toBe('en');
    expect(calls[0]!.headers.get('authorization')).toBeNull();
  });

  it.each([
    // Active and counting now: the page vouches for it.
    [{ status: 'active', currentlyValid: true }, 'Accreditation (verified): BoA VICAS 210 (ISO/IEC 17065)'],
    // Still `active` on the record, but its body was delisted from the trust list (or it is not in force yet): not vouched for.
    [{ status: 'active', currentlyValid: false }, 'Accreditation: BoA VICAS 210 (ISO/IEC 17065) — accreditation not valid now'],
    [{ status: 'suspended', currentlyValid: false }, 'Accreditation: BoA VICAS 210 (ISO/IEC 17065) — accreditation suspended'],
  ])('says "verified" of the accreditation only while the issuer counts as accredited under it (%o)', async (now, shown) => {
    const accreditation = { ...SUMMARY.issuer.accreditation, statusReason: null, ...now };
    stubApi({ [`GET /v1/public/attestations/${SUMMARY.serial}`]: () => json({ ...SUMMARY, status: 'active', issuer: { ...SUMMARY.issuer, accreditation } }) });
    await renderAt(`/verify/${SUMMARY.serial}`);
    const text = (await screen.findByTestId('verification-result')).textContent;
    expect(text).toContain(shown);
    if (!now.currentlyValid) expect(text).not.toContain('(verified)');
  });

  it('shows each condition of a conditional attestation with its due date', async () => {
    const conditional = {
      ...SUMMARY,
      outcome: 'conformant_with_conditions',
      conditions: ['Renew the technician training records'],
      conditionDetails: [{ text: 'Renew the technician training records', dueDate: '2027-03-31' }],
    };
    stubApi({ [`GET /v1/public/attestations/${SUMMARY.serial}`]: () => json(conditional) });
    await renderAt(`/verify/${SUMMARY.serial}`);
    const conditions = await screen.findByTestId('conditions');
    expect(conditions.textContent).toContain('Renew the technician training records');
    expect(conditions.textContent).toMatch(/due .*2027/);
  });

  it('says a superseded attestation is superseded and links the newer one, which links back', async () => {
    const NEWER = 'AT-2026-NEWER00000';
    const url = (s: string) => `https://portal.example.com/v1/public/attestations/${s}`;
    stubApi({
      [`GET /v1/public/attestations/${SUMMARY.serial}`]: () =>
        json({ ...SUMMARY, status: 'superseded', statusReason: `superseded by ${NEWER}`, supersededBy: { serial: NEWER, url: url(NEWER) } }),
      [`GET /v1/public/attestations/${NEWER}`]: () =>
        json({ ...SUMMARY, serial: NEWER, status: 'active', statusReason: null, supersedes: [{ serial: SUMMARY.serial, url: url(SUMMARY.serial) }] }),
    });
    const user = userEvent.setup();
    await renderAt(`/verify/${SUMMARY.serial}`);

    expect((await screen.findByTestId('verification-status')).textContent).toBe('superseded');
    await user.click(screen.getByRole('link', { name: NEWER }));
    await waitFor(() => expect(screen.getByTestId('verification-status').textContent).toBe('active'));
    expect(screen.getByTestId('supersedes').textContent).toContain(SUMMARY.serial);
    expect(screen.getByRole('link', { name: SUMMARY.serial }).getAttribute('href')).toBe(`/verify/${SUMMARY.serial}`);
  });

  it('says clearly when no attestation has the serial', async () => {
    stubApi({});
    await renderAt('/verify/AT-2026-NOPE');
    const notFound = await screen.findByTestId('verification-not-found');
    expect(notFound.textContent).toContain('Not found');
    expect(notFound.textContent).toContain('Attestation not found.');
    expect(notFound.textContent).toContain('AT-2026-NOPE');
    expect(screen.queryByTestId('verification-status')).toBeNull();
  });

  it('verifies a pasted credential and shows whether its signature verified', async () => {
    const calls = stubApi({
      'POST /v1/public/verify': () =>
        json({
          valid: false,
          format: 'vc+jwt',
          signatureValid: false,
          issuer: {
            id: 'did:web:x',
            known: true,
            organizationId: '01',
            name: 'ASEAN Digital Conformity Services',
            accreditation: null,
            kid: 'did:web:x#k1',
            keyStatus: 'active',
          },
          status: 'unknown',
          attestation: null,
          subject: null,
          reasons: [{ code: 'invalid_signature', message: "The signature does not verify with the issuer's key." }],
          checkedAt: '2026-03-02T09:00:00.000Z',
        }),
    });
    const user = userEvent.setup();
    await renderAt('/verify');
    await user.click(await screen.findByRole('tab', { name: 'Check a credential' }));
    await user.click(screen.getByLabelText(/Signed credential/));
    await user.paste('eyJhbGciOiJFZERTQSJ9.e30.c2ln');
    await user.click(screen.getByRole('button', { name: 'Verify credential' }));

    await waitFor(() => expect(screen.getByTestId('signature-status').textContent).toBe('not verified'));
    expect(screen.getByTestId('verification-status').textContent).toBe('unknown');
    expect(screen.getByTestId('verification-result').textContent).toContain('The signature does not verify');
    const sent = calls.find((c) => c.method === 'POST')!;
    expect(await sent.json()).toEqual({ credential: 'eyJhbGciOiJFZERTQSJ9.e30.c2ln' });
  });

  it('names the narrower attestation that replaced a pasted credential withdrawn by a scope reduction', async () => {
    stubApi({
      'POST /v1/public/verify': () =>
        json({
          valid: false,
          format: 'vc+jwt',
          signatureValid: true,
          issuer: {
            id: 'did:web:x',
            known: true,
            organizationId: '01',
            name: 'ASEAN Digital Conformity Services',
            accreditation: null,
            kid: 'did:web:x#k1',
            keyStatus: 'active',
          },
          status: 'withdrawn',
          attestation: null,
          subject: null,
          supersededBy: null,
          replacedBy: { serial: 'AT-2026-NARROWER01', url: 'https://portal.example.com/v1/public/attestations/AT-2026-NARROWER01' },
          supersedes: [],
          reasons: [{ code: 'withdrawn', message: 'The attestation was withdrawn.' }],
          checkedAt: '2026-03-02T09:00:00.000Z',
        }),
    });
    const user = userEvent.setup();
    await renderAt('/verify');
    await user.click(await screen.findByRole('tab', { name: 'Check a credential' }));
    await user.click(screen.getByLabelText(/Signed credential/));
    await user.paste('eyJhbGciOiJFZERTQSJ9.e30.c2ln');
    await user.click(screen.getByRole('button', { name: 'Verify credential' }));
    await waitFor(() => expect(screen.getByTestId('verification-status').textContent).toBe('withdrawn'));
    expect(screen.getByRole('link', { name: 'AT-2026-NARROWER01' })).toBeTruthy();
  });

  it('draws its heading and the lookup form before the answer comes', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>(() => undefined)),
    );
    await renderAt(`/verify/${SUMMARY.serial}`);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Verify an attestation');
    expect(screen.getByRole('textbox', { name: /Serial number/ })).toBeTruthy();
    expect(screen.getByRole('status', { name: 'Looking up the attestation' })).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/sign-in');
  });

  it('moves between its tabs with the arrow keys', async () => {
    stubApi({});
    const user = userEvent.setup();
    await renderAt('/verify');
    const serialTab = await screen.findByRole('tab', { name: 'Look up a serial' });
    expect(serialTab.getAttribute('aria-selected')).toBe('true');
    serialTab.focus();
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Check a credential' }).getAttribute('aria-selected')).toBe('true'));
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Check a credential' }));
    expect(screen.getByRole('textbox', { name: /Signed credential/ })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: /Serial number/ })).toBeNull();
  });

  it('switches the language: the words, <html lang>, the stored choice and the API read follow', async () => {
    const calls = stubApi({ [`GET /v1/public/attestations/${SUMMARY.serial}`]: () => json(SUMMARY) });
    const user = userEvent.setup();
    await renderAt(`/verify/${SUMMARY.serial}`);
    await screen.findByTestId('verification-status');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'vi');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Xác minh chứng thư'));
    expect(document.documentElement.lang).toBe('vi');
    expect(localStorage.getItem('attesta.locale')).toBe('vi');
    expect(screen.getByRole('combobox', { name: 'Ngôn ngữ' })).toBeTruthy();
    await waitFor(() => expect(calls.map((c) => c.headers.get('accept-language'))).toEqual(['en', 'vi']));
    expect(screen.getByTestId('verification-status').textContent).not.toBe('suspended');
  });

  it('marks every catalog message in the pseudo-locale', async () => {
    stubApi({ [`GET /v1/public/attestations/${SUMMARY.serial}`]: () => json(SUMMARY) });
    await renderLightPage(verifyPage, `/verify/${SUMMARY.serial}`, { locale: 'en', pseudo: true, calendar: 'gregory' });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('［Vérífý áñ áttéśtátíóñ］');
    expect((await screen.findByTestId('verification-status')).textContent).toBe('［śúśpéñdéd］');
    // Formatted values count as translated too (marked), data from the API stays as it came.
    expect(screen.getByTestId('verification-result').textContent).toContain('Hanoi Precision Machines JSC');
    expect(document.documentElement.lang).toBe('en-XA');
  });
});
