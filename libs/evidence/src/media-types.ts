import { fileTypeFromBuffer } from 'file-type';
import { Transform, type TransformCallback } from 'node:stream';
import { EvidenceError, EvidenceErrorCode } from './evidence.errors.js';

/** Binary formats recognised by their signature, with the declared types that name them. */
const BINARY_TYPES: Record<string, string[]> = {
  'application/pdf': ['application/pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['application/vnd.openxmlformats-officedocument.presentationml.presentation'],
  'application/vnd.oasis.opendocument.text': ['application/vnd.oasis.opendocument.text'],
  'application/vnd.oasis.opendocument.spreadsheet': ['application/vnd.oasis.opendocument.spreadsheet'],
  // Legacy Office files are all Compound File Binary containers.
  'application/x-cfb': ['application/msword', 'application/vnd.ms-excel', 'application/vnd.ms-powerpoint'],
  'image/png': ['image/png'],
  'image/jpeg': ['image/jpeg'],
  'image/gif': ['image/gif'],
  'image/webp': ['image/webp'],
  'image/tiff': ['image/tiff'],
  'application/zip': ['application/zip', 'application/x-zip-compressed'],
};

/** Text formats have no signature: they must be UTF-8 without NUL bytes. */
const TEXT_TYPES = new Set([
  'text/plain',
  'text/csv',
  'text/markdown',
  'application/json',
  'application/yaml',
  'text/yaml',
  'application/x-yaml',
  'application/xml',
  'text/xml',
]);

export const ALLOWED_MEDIA_TYPES = [...new Set([...Object.values(BINARY_TYPES).flat(), ...TEXT_TYPES])].sort();

const SNIFF_BYTES = 4100;

function baseType(mediaType: string): string {
  return mediaType.split(';')[0]!.trim().toLowerCase();
}

/**
 * Decides the stored media type from the declared one and the file's first bytes: a
 * recognised signature must agree with the declaration; without one, only text types
 * are accepted and the bytes must be UTF-8 text.
 */
export async function checkMediaType(declared: string, head: Buffer): Promise<string> {
  const found = await fileTypeFromBuffer(head);
  // file-type also names a few text formats by their opening (`<?xml` is application/xml, BEGIN:VCALENDAR
  // text/calendar): those are text, judged as text below, so an XML file with its declaration is accepted
  // as the XML (or plain text) it is declared as, and an undeclared one as application/xml.
  const textual = found !== undefined && (found.mime === 'application/xml' || found.mime.startsWith('text/'));
  const detected = textual ? undefined : found;
  const type = textual && baseType(declared) === 'application/octet-stream' && TEXT_TYPES.has(found.mime) ? found.mime : baseType(declared);
  if (detected) {
    const accepted = BINARY_TYPES[detected.mime];
    if (!accepted) {
      throw new EvidenceError(
        EvidenceErrorCode.MediaTypeNotAllowed,
        `Files of type ${detected.mime} are not accepted. Allowed: ${ALLOWED_MEDIA_TYPES.join(', ')}.`,
      );
    }
    if (type === 'application/octet-stream') return accepted[0]!;
    if (!accepted.includes(type)) {
      throw new EvidenceError(EvidenceErrorCode.MediaTypeMismatch, `The file is declared as ${type} but its content is ${detected.mime}.`, {
        errors: [{ field: 'file', message: `content is ${detected.mime}, not ${type}` }],
      });
    }
    return type;
  }
  if (!TEXT_TYPES.has(type)) {
    if (Object.values(BINARY_TYPES).some((list) => list.includes(type))) {
      throw new EvidenceError(EvidenceErrorCode.MediaTypeMismatch, `The file is declared as ${type} but does not have that format's signature.`, {
        errors: [{ field: 'file', message: `is not a ${type} file` }],
      });
    }
    throw new EvidenceError(EvidenceErrorCode.MediaTypeNotAllowed, `Files of type ${type} are not accepted. Allowed: ${ALLOWED_MEDIA_TYPES.join(', ')}.`);
  }
  if (head.includes(0) || !isUtf8Prefix(head)) {
    throw new EvidenceError(EvidenceErrorCode.MediaTypeMismatch, `The file is declared as ${type} but is not UTF-8 text.`, {
      errors: [{ field: 'file', message: 'is not UTF-8 text' }],
    });
  }
  return type;
}

/** UTF-8 check that tolerates a multi-byte character cut at the end of the sample. */
function isUtf8Prefix(buf: Buffer): boolean {
  for (let cut = 0; cut < 4 && cut <= buf.length; cut++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, buf.length - cut));
      return true;
    } catch {
      // try without the last bytes
    }
  }
  return false;
}

/**
 * Passes bytes through after checking the media type on the first few KiB; a refused
 * file fails the stream before anything but that sample has been read.
 */
export class MediaTypeGate extends Transform {
  private head: Buffer[] = [];
  private headBytes = 0;
  private decided = false;
  mediaType: string | undefined;

  constructor(private readonly declared: string) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (this.decided) {
      done(null, chunk);
      return;
    }
    this.head.push(chunk);
    this.headBytes += chunk.length;
    if (this.headBytes < SNIFF_BYTES) {
      done();
      return;
    }
    this.decide().then(() => done(), done);
  }

  override _flush(done: TransformCallback): void {
    if (this.decided) {
      done();
      return;
    }
    this.decide().then(() => done(), done);
  }

  private async decide(): Promise<void> {
    const all = Buffer.concat(this.head);
    this.mediaType = await checkMediaType(this.declared, all.subarray(0, SNIFF_BYTES));
    this.decided = true;
    this.head = [];
    this.push(all);
  }
}

/**
 * A safe display/download name: no path, no control or reserved characters, bounded length. Invisible
 * formatting characters go too: a right-to-left override shows `report\u202Efdp.exe` as `reportexe.pdf`
 * in the portal, the manifest and the saved file's name (bidirectional controls, zero-width spaces, line
 * and paragraph separators, the BOM; the zero-width joiners some scripts need stay).
 */
export function sanitizeFilename(name: string | undefined): string {
  const base = (name ?? '').normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff<>:"|?*]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 200);
  return cleaned || 'file';
}
