import { formatCalendarDate, formatInstant } from '@attesta/i18n';
import { existsSync, readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { PublicAttestation } from './attestations.service.js';
import type { PublicStatus } from './public-status.js';
import type { IssuerAccreditation } from './verification.service.js';

/** What a printable certificate states: the public summary, its status now, the issuer and where to verify it. */
export interface CertificateView {
  attestation: PublicAttestation;
  /** The status at `generatedAt` (past its validity: expired before the daily job marks it; dated ahead: not_yet_valid). */
  status: PublicStatus;
  issuer: { did: string; name: string | null };
  accreditation: IssuerAccreditation | null;
  /** The portal's public verification page of the serial (the QR code points there). */
  verifyUrl: string;
  generatedAt: Date;
}

/**
 * DejaVu Sans (Latin, Latin Extended incl. Vietnamese, Greek, Cyrillic; no CJK or Thai) as the
 * operating system installs it (Debian/Ubuntu `fonts-dejavu-core`, Alpine/Fedora, Arch). PDF/A
 * requires every font embedded, so the PDF never relies on the reader's fonts.
 */
const FONT_DIRS = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/dejavu', '/usr/share/fonts/TTF'];

function fontFile(name: string): string {
  for (const dir of FONT_DIRS) if (existsSync(`${dir}/${name}`)) return `${dir}/${name}`;
  throw new Error(`Certificate font ${name} not found in ${FONT_DIRS.join(', ')} (install fonts-dejavu-core).`);
}

/** Read once per process: parsing from a buffer saves the file reads of every certificate. */
let fonts: { regular: Buffer; bold: Buffer } | null = null;
function certificateFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= { regular: readFileSync(fontFile('DejaVuSans.ttf')), bold: readFileSync(fontFile('DejaVuSans-Bold.ttf')) };
  return fonts;
}

const OUTCOMES: Record<string, string> = {
  conformant: 'Conformant',
  conformant_with_conditions: 'Conformant with conditions',
  nonconformant: 'Not conformant',
};

/** Status headline and colour; the wording of `withdrawn` is the one verifiers search for: revoked. */
const STATUS: Record<PublicStatus, { label: string; colour: string; text: string }> = {
  not_yet_valid: {
    label: 'NOT YET VALID',
    colour: '#1864ab',
    text: 'Issued with a validity that has not begun: not to be relied on before its valid-from date.',
  },
  active: { label: 'ACTIVE', colour: '#2b8a3e', text: 'In force: the issuer has neither suspended nor revoked it.' },
  suspended: { label: 'SUSPENDED', colour: '#e67700', text: 'Suspended by the issuer: not to be relied on until reinstated.' },
  withdrawn: { label: 'REVOKED', colour: '#c92a2a', text: 'Withdrawn by the issuer: no longer valid.' },
  expired: { label: 'EXPIRED', colour: '#495057', text: 'Its validity has ended.' },
  superseded: { label: 'SUPERSEDED', colour: '#495057', text: 'Replaced by a newer attestation of the same issuer.' },
};

const day = (d: Date | string) => formatCalendarDate(typeof d === 'string' ? d : d.toISOString(), 'en', { style: 'long' });

/** The certificate as a self-contained PDF/A-3b (embedded DejaVu Sans, vector QR code). */
export async function renderCertificatePdf(view: CertificateView): Promise<Buffer> {
  const { attestation: a, accreditation: acc } = view;
  const f = certificateFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    pdfVersion: '1.7',
    subset: 'PDF/A-3b',
    lang: 'en',
    displayTitle: true,
    info: {
      Title: `Attestation of conformity ${a.serial}`,
      Subject: `${a.offeringName} (${a.subjectOrganizationName})`,
      Author: view.issuer.name ?? view.issuer.did,
      Keywords: [a.serial, ...a.frameworks.map((x) => x.code)].join(', '),
      CreationDate: view.generatedAt,
    },
  });
  doc.registerFont('regular', f.regular);
  doc.registerFont('bold', f.bold);
  // Never the default Helvetica: PDF/A needs every font used embedded.
  doc.font('regular');
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const qrSize = 110;
  const textWidth = width - qrSize - 20;

  doc.font('bold').fontSize(20).fillColor('#1c1c1c').text('Attestation of conformity', left, 50, { width: textWidth });
  doc.moveDown(0.2).font('regular').fontSize(10).fillColor('#495057').text('Serial number', { width: textWidth });
  doc.font('bold').fontSize(16).fillColor('#1c1c1c').text(a.serial, { width: textWidth });
  drawQr(doc, view.verifyUrl, doc.page.width - doc.page.margins.right - qrSize, 50, qrSize);
  doc
    .font('regular')
    .fontSize(7)
    .fillColor('#495057')
    .text(view.verifyUrl, doc.page.width - doc.page.margins.right - qrSize, 50 + qrSize + 4, { width: qrSize, align: 'center' });

  // Status banner.
  const s = STATUS[view.status];
  const bannerY = Math.max(doc.y, 50 + qrSize + 30) + 8;
  doc.x = left;
  doc.rect(left, bannerY, width, 44).fill(s.colour);
  doc
    .font('bold')
    .fontSize(16)
    .fillColor('#ffffff')
    .text(s.label, left + 12, bannerY + 6, { width: width - 24 });
  doc
    .font('regular')
    .fontSize(9)
    .text(`${s.text} Status as of ${formatInstant(view.generatedAt.toISOString(), 'en', { timeZone: 'UTC' })}.`, {
      width: width - 24,
    });
  doc.x = left;
  doc.y = bannerY + 54;
  doc.fillColor('#1c1c1c');
  if (a.statusReason && (view.status === 'suspended' || view.status === 'withdrawn')) field(doc, 'Reason', a.statusReason, width);
  if (view.status === 'superseded' && a.supersededBySerial) field(doc, 'Superseded by', a.supersededBySerial, width);

  section(doc, 'Holder and scope', width);
  field(doc, 'Supplier', a.subjectOrganizationName, width);
  field(doc, 'Offering', a.offeringName, width);
  if (a.components.length) field(doc, 'Components', a.components.map((c) => `${c.name} (${c.kind}) ${c.version}`).join('\n'), width);
  field(doc, 'Frameworks', a.frameworks.map((x) => `${x.code} — ${x.title} (${x.version})`).join('\n'), width);
  if (a.markets.length) field(doc, 'Markets', a.markets.join(', '), width);
  field(doc, 'Scope', a.scope, width);

  section(doc, 'Decision', width);
  field(doc, 'Outcome', OUTCOMES[a.outcome] ?? a.outcome, width);
  if (a.conditions.length) field(doc, 'Conditions', a.conditions.map((c) => `• ${c}`).join('\n'), width);
  field(doc, 'Valid', `${day(a.validFrom)} to ${day(a.validUntil)}`, width);
  field(doc, 'Issued', day(a.issuedAt), width);

  section(doc, 'Issuer', width);
  field(doc, 'Assessor', view.issuer.name ?? '—', width);
  field(doc, 'Identifier', view.issuer.did, width);
  if (acc) {
    field(doc, 'Accreditation body', `${acc.body} (${acc.bodyCountry})`, width);
    field(doc, 'Scheme', acc.standard, width);
    field(doc, 'Accreditation number', acc.number, width);
    field(doc, 'Accreditation validity', `${day(acc.validFrom)} to ${day(acc.validUntil)}`, width);
    field(doc, 'Accreditation status', accreditationStatusText(acc), width);
  } else {
    field(doc, 'Accreditation', 'Issued as non-accredited', width);
  }

  doc.moveDown(1.2);
  doc
    .font('regular')
    .fontSize(8)
    .fillColor('#495057')
    .text(
      'This printout is not the attestation: the attestation is the credential signed by the issuer. Scan the code or open the address above to see its current status.',
      left,
      doc.y,
      { width },
    );
  doc.end();
  return done;
}

function section(doc: PDFKit.PDFDocument, title: string, width: number): void {
  doc.moveDown(0.8);
  doc.font('bold').fontSize(12).fillColor('#1c1c1c').text(title, doc.page.margins.left, doc.y, { width });
  const y = doc.y + 2;
  doc
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.margins.left + width, y)
    .lineWidth(0.5)
    .strokeColor('#adb5bd')
    .stroke();
  doc.y = y + 6;
}

function field(doc: PDFKit.PDFDocument, label: string, value: string, width: number): void {
  const left = doc.page.margins.left;
  const labelWidth = 140;
  if (doc.y > doc.page.height - doc.page.margins.bottom - 40) doc.addPage();
  const y = doc.y;
  doc
    .font('regular')
    .fontSize(9)
    .fillColor('#495057')
    .text(label, left, y, { width: labelWidth - 10 });
  const afterLabel = doc.y;
  doc
    .font('regular')
    .fontSize(10)
    .fillColor('#1c1c1c')
    .text(value, left + labelWidth, y, { width: width - labelWidth });
  doc.y = Math.max(doc.y, afterLabel) + 3;
}

/** The QR code as vector squares (no raster image: sharp at any print size). */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 2;
  const cell = size / (n + quiet * 2);
  doc.rect(x, y, size, size).fill('#ffffff');
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.modules.get(r, c)) doc.rect(x + (c + quiet) * cell, y + (r + quiet) * cell, cell, cell);
  doc.fill('#000000');
}

/**
 * The accreditation's standing now, as the certificate prints it. A record can read `active` and
 * still not count (its body delisted from the trust list, not in force yet): that prints as not
 * valid without the misleading status word.
 */
export function accreditationStatusText(acc: Pick<IssuerAccreditation, 'currentlyValid' | 'status' | 'statusReason'>): string {
  if (acc.currentlyValid) return 'Valid';
  const why = acc.status === 'active' ? '' : `${acc.status}${acc.statusReason ? `: ${acc.statusReason}` : ''}`;
  return why ? `Not valid now (${why})` : 'Not valid now';
}
