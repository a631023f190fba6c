import type { PublicStatus } from './public-status.js';

const BADGE: Record<PublicStatus, { text: string; colour: string }> = {
  active: { text: 'active', colour: '#2b8a3e' },
  not_yet_valid: { text: 'not yet valid', colour: '#1864ab' },
  suspended: { text: 'suspended', colour: '#e67700' },
  withdrawn: { text: 'revoked', colour: '#c92a2a' },
  expired: { text: 'expired', colour: '#6c757d' },
  superseded: { text: 'superseded', colour: '#6c757d' },
};

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Verdana 11 px is about 6.5 px a character: wide enough for serials and status words. */
const widthOf = (s: string) => Math.round(s.length * 6.6) + 12;

/**
 * A flat status badge (the shields.io layout): the serial on grey, the status on its colour.
 * Text is in the SVG and in its title, so screen readers and the alt-less embed read it.
 */
export function renderStatusBadge(serial: string, status: PublicStatus): string {
  const b = BADGE[status];
  const left = escapeXml(serial);
  const right = escapeXml(b.text);
  const lw = widthOf(serial);
  const rw = widthOf(b.text);
  const w = lw + rw;
  const title = `${left}: ${right}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    `<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>`,
    `<clipPath id="r"><rect width="${w}" height="20" rx="3" fill="#fff"/></clipPath>`,
    `<g clip-path="url(#r)"><rect width="${lw}" height="20" fill="#555"/><rect x="${lw}" width="${rw}" height="20" fill="${b.colour}"/><rect width="${w}" height="20" fill="url(#s)"/></g>`,
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">`,
    `<text x="${lw / 2}" y="14">${left}</text><text x="${lw + rw / 2}" y="14">${right}</text>`,
    `</g></svg>`,
  ].join('');
}
