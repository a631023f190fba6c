import { screen } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderLightPage } from '../../test/render-light';
import { verifyPage } from './VerifyPage';

const SUMMARY = {
  serial: 'AT-2026-7K3M9QX2TB',
  status: 'active',
  statusReason: null,
  issuer: { id: 'did:web:portal.example.com:v1:public:issuers:01', name: 'ASEAN Digital Conformity Services', accreditation: null },
  issuedTo: 'Hanoi Precision Machines JSC',
  name: [
    { value: 'Conformity attestation AT-2026-7K3M9QX2TB: VMC-850', language: 'en' },
    { value: '符合性证明 AT-2026-7K3M9QX2TB: VMC-850', language: 'zh-CN' },
    { value: 'Chứng thư về sự phù hợp AT-2026-7K3M9QX2TB: VMC-850', language: 'vi' },
  ],
  outcome: 'conformant',
  offering: 'VMC-850',
  components: [],
  frameworks: [
    {
      code: 'attesta-dser',
      title: 'Digital Service Export Readiness Baseline',
      version: '1.0',
      names: [
        { value: 'Digital Service Export Readiness Baseline 1.0', language: 'en' },
        { value: 'Bộ tiêu chí cơ sở về sẵn sàng xuất khẩu dịch vụ số 1.0', language: 'vi' },
      ],
    },
    { code: 'iso-iec-27001', title: 'ISO/IEC 27001 Annex A', version: '2022', names: [{ value: 'ISO/IEC 27001 Annex A 2022', language: 'en' }] },
  ],
  markets: ['VN'],
  scope: 'VMC-850 rev C for Viet Nam.',
  conditions: [],
  validFrom: '2026-03-02T00:00:00.000Z',
  validUntil: '2029-03-01T23:59:59.000Z',
  issuedAt: '2026-03-02T09:00:00.000Z',
  submission: { number: 2, digest: 'ab'.repeat(32) },
  replacedBy: null,
  supersededBy: null,
  supersedes: [],
  evidenceEffectiveFrom: null,
  evidenceValidUntil: null,
};

function renderIn(locale: 'vi' | 'th') {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(SUMMARY), { status: 200, headers: { 'content-type': 'application/json' } })),
  );
  return renderLightPage(verifyPage, `/verify/${SUMMARY.serial}`, { locale, pseudo: false, calendar: 'gregory' });
}

afterEach(() => vi.unstubAllGlobals());

describe('VerifyPage in the viewer’s language', () => {
  it('names the attestation and its frameworks in Vietnamese, the untranslated framework in its source language', async () => {
    await renderIn('vi');
    expect((await screen.findByTestId('attestation-name')).textContent).toBe('Chứng thư về sự phù hợp AT-2026-7K3M9QX2TB: VMC-850');
    const frameworks = screen.getByTestId('framework-names').textContent!;
    expect(frameworks).toContain('Bộ tiêu chí cơ sở về sẵn sàng xuất khẩu dịch vụ số 1.0');
    expect(frameworks).toContain('ISO/IEC 27001 Annex A 2022');
    expect(screen.getByText('Khung tiêu chuẩn')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Tra cứu theo số hiệu' })).toBeTruthy();
  });

  it('falls back to English where the credential has no Thai name', async () => {
    await renderIn('th');
    expect((await screen.findByTestId('attestation-name')).textContent).toBe('Conformity attestation AT-2026-7K3M9QX2TB: VMC-850');
    expect(screen.getByTestId('framework-names').textContent).toContain('Digital Service Export Readiness Baseline 1.0');
    expect(screen.getByText('กรอบมาตรฐาน')).toBeTruthy();
  });
});
