import { describe, expect, it } from 'vitest';
import type { PublicAttestation } from './attestations.service.js';
import { accreditationStatusText, renderCertificatePdf, type CertificateView } from './certificate-pdf.js';
import { renderStatusBadge } from './status-badge.js';
import { pdfText } from './testing/pdf-text.js';

const attestation: PublicAttestation = {
  id: '00000000-0000-4000-8000-000000000001',
  serial: 'AT-2026-7QK3M9XZ2B',
  organizationId: '00000000-0000-4000-8000-000000000002',
  status: 'active',
  statusReason: null,
  outcome: 'conformant_with_conditions',
  validFrom: new Date('2026-03-01T00:00:00Z'),
  validUntil: new Date('2027-02-28T23:59:59Z'),
  issuedAt: new Date('2026-03-01T09:00:00Z'),
  subjectOrganizationName: 'Công ty Cơ khí Đại Việt',
  offeringName: 'Smart meter line',
  components: [{ name: 'Meter firmware', kind: 'software', version: '4.2.1', compatibleRange: null }],
  frameworks: [{ code: 'IEC-62443-4-2', title: 'Security for industrial automation', version: '2019' }],
  markets: ['VN', 'TH'],
  scope: 'Firmware 4.2.x on the SM-200 hardware',
  conditions: ['Annual penetration test'],
  conditionDetails: [{ text: 'Annual penetration test', dueDate: '2027-03-01' }],
  submissionNumber: 3,
  submissionDigest: 'ab'.repeat(32),
  replacedBySerial: null,
  statusIndex: 7,
  supersededBySerial: null,
  supersedesSerials: [],
  evidenceEffectiveFrom: null,
  evidenceValidUntil: null,
  accreditation: null,
};

const view = (over: Partial<CertificateView> = {}): CertificateView => ({
  attestation,
  status: 'active',
  issuer: { did: 'did:web:attesta.example.com:v1:public:issuers:00000000-0000-4000-8000-000000000002', name: 'Northwind Assessments' },
  accreditation: null,
  verifyUrl: 'https://attesta.example.com/verify/AT-2026-7QK3M9XZ2B',
  generatedAt: new Date('2026-06-01T12:00:00Z'),
  ...over,
});

describe('renderCertificatePdf', () => {
  it('writes a PDF/A-3b whose text names the serial, holder, validity days and status', async () => {
    const pdf = await renderCertificatePdf(view());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const raw = pdf.toString('latin1');
    expect(raw).toContain('pdfaid:part');
    expect(raw).toMatch(/\/FontFile2/);
    // Every font embedded: no standard (non-embedded) font such as the default Helvetica.
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    expect(raw.match(/\/FontFile2/g)).toHaveLength(2);
    const text = pdfText(pdf).join('\n');
    expect(text).toContain('AT-2026-7QK3M9XZ2B');
    expect(text).toContain('Công ty Cơ khí Đại Việt');
    // Calendar days of the validity, in UTC whatever the server's zone.
    expect(text).toContain('March 1, 2026 to February 28, 2027');
    expect(text).toContain('ACTIVE');
    expect(text).not.toContain('REVOKED');
  });

  it('says revoked, with the reason, for a withdrawn attestation', async () => {
    const text = pdfText(
      await renderCertificatePdf(view({ status: 'withdrawn', attestation: { ...attestation, status: 'withdrawn', statusReason: 'Scope misstated' } })),
    ).join('\n');
    expect(text).toContain('REVOKED');
    expect(text).toContain('Scope misstated');
  });
});

describe(accreditationStatusText.name, () => {
  it('never prints a record that no longer counts as merely "active"', () => {
    expect(accreditationStatusText({ currentlyValid: true, status: 'active', statusReason: null })).toBe('Valid');
    // Its body delisted from the trust list, or not in force yet: still `active`, not valid.
    expect(accreditationStatusText({ currentlyValid: false, status: 'active', statusReason: null })).toBe('Not valid now');
    expect(accreditationStatusText({ currentlyValid: false, status: 'suspended', statusReason: 'Surveillance overdue' })).toBe(
      'Not valid now (suspended: Surveillance overdue)',
    );
  });
});

describe('renderStatusBadge', () => {
  it('shows the serial and the status word in its colour', () => {
    const svg = renderStatusBadge('AT-2026-7QK3M9XZ2B', 'suspended');
    expect(svg).toMatch(/^<svg /);
    expect(svg).toContain('>suspended</text>');
    expect(svg).toContain('#e67700');
    expect(renderStatusBadge('AT-1', 'withdrawn')).toContain('>revoked</text>');
  });
});
