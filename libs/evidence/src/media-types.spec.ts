import { describe, expect, it } from 'vitest';
import { EvidenceError } from './evidence.errors.js';
import { checkMediaType, sanitizeFilename } from './media-types.js';

const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

describe('checkMediaType', () => {
  it('accepts a file whose signature matches the declared type', async () => {
    expect(await checkMediaType('application/pdf', pdf)).toBe('application/pdf');
    expect(await checkMediaType('image/png', png)).toBe('image/png');
  });

  it('names the real type when the declaration lies', async () => {
    await expect(checkMediaType('application/pdf', png)).rejects.toThrow(/content is image\/png/);
  });

  it('refuses a binary declared as text, and a PDF without its signature', async () => {
    await expect(checkMediaType('text/plain', Buffer.from([0x00, 0x01, 0x02, 0xff]))).rejects.toBeInstanceOf(EvidenceError);
    await expect(checkMediaType('application/pdf', Buffer.from('hello'))).rejects.toThrow(/signature/);
  });

  it('accepts UTF-8 text types and refuses types off the allowlist', async () => {
    expect(await checkMediaType('text/csv; charset=utf-8', Buffer.from('a,b\n1,2\n'))).toBe('text/csv');
    expect(await checkMediaType('application/yaml', Buffer.from('sla:\n  uptime: 99.9 %\n'))).toBe('application/yaml');
    await expect(checkMediaType('application/x-msdownload', Buffer.from('MZ'))).rejects.toThrow(/not accepted/);
  });

  it('judges XML with its declaration as text: file-type names it application/xml, which is no binary signature', async () => {
    const xml = Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<sla><uptime>99.9</uptime></sla>\n');
    expect(await checkMediaType('application/xml', xml)).toBe('application/xml');
    expect(await checkMediaType('text/xml', xml)).toBe('text/xml');
    expect(await checkMediaType('text/plain', xml)).toBe('text/plain');
    expect(await checkMediaType('application/octet-stream', xml)).toBe('application/xml');
    expect(await checkMediaType('text/plain', Buffer.from('BEGIN:VCALENDAR\nVERSION:2.0\n'))).toBe('text/plain');
    // Still text only: declared as a binary type, or not UTF-8, it is refused.
    await expect(checkMediaType('application/pdf', xml)).rejects.toThrow(/signature/);
    await expect(checkMediaType('application/xml', Buffer.concat([Buffer.from('<?xml version="1.0"?>'), Buffer.from([0xff, 0xfe, 0x00])]))).rejects.toThrow(
      /not UTF-8/,
    );
  });
});

describe('sanitizeFilename', () => {
  it('drops paths, control and reserved characters', () => {
    expect(sanitizeFilename('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFilename('C:\\Users\\x\\SLA "v2".pdf')).toBe('SLA _v2_.pdf');
    expect(sanitizeFilename('report\u0000.pdf')).toBe('report_.pdf');
    expect(sanitizeFilename('...')).toBe('file');
    expect(sanitizeFilename(undefined)).toBe('file');
    expect(sanitizeFilename('a'.repeat(500)).length).toBe(200);
  });

  it('drops invisible formatting that disguises a name: bidirectional overrides, zero-width spaces, separators', () => {
    expect(sanitizeFilename('invoice\u202Efdp.exe')).toBe('invoice_fdp.exe');
    expect(sanitizeFilename('\u2066report\u2069.pdf')).toBe('_report_.pdf');
    expect(sanitizeFilename('sla\u200b.pdf\u2028.txt')).toBe('sla_.pdf_.txt');
    expect(sanitizeFilename('\ufeffnotes.md')).toBe('_notes.md');
    // Scripts that need the zero-width joiners keep them; other non-Latin names are untouched.
    expect(sanitizeFilename('می\u200cخواهم.pdf')).toBe('می\u200cخواهم.pdf');
    expect(sanitizeFilename('服务等级协议.pdf')).toBe('服务等级协议.pdf');
  });
});
