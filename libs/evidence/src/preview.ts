/**
 * What the portal may show of an evidence file without a download: an allow-list of media
 * types, each with the way it is shown. Everything else is "no preview, download".
 */
export type PreviewKind = 'pdf' | 'image' | 'text' | 'markdown' | 'csv';

const PREVIEW_KINDS: Record<string, PreviewKind> = {
  'application/pdf': 'pdf',
  'image/png': 'image',
  'image/jpeg': 'image',
  'image/gif': 'image',
  'image/webp': 'image',
  'text/plain': 'text',
  'application/json': 'text',
  'application/yaml': 'text',
  'application/x-yaml': 'text',
  'text/yaml': 'text',
  'application/xml': 'text',
  'text/xml': 'text',
  'text/markdown': 'markdown',
  'text/csv': 'csv',
};

/** Text, Markdown and CSV previews carry at most this many bytes (the start of the file). */
export const PREVIEW_TEXT_BYTES = 256 * 1024;
/** PDFs and images are previewed whole up to this size; larger ones are downloaded. */
export const PREVIEW_BINARY_BYTES = 25 * 1024 * 1024;

/** The preview kind of a stored media type, or null when the type is not previewed. */
export function previewKind(mediaType: string): PreviewKind | null {
  return PREVIEW_KINDS[mediaType.split(';')[0]!.trim().toLowerCase()] ?? null;
}

/**
 * The Content-Type a preview is served with. Text kinds are always UTF-8 text/plain, text/csv or
 * text/markdown, never a type a browser would render as a document (XML, HTML).
 */
export function previewContentType(kind: PreviewKind, mediaType: string): string {
  switch (kind) {
    case 'text':
      return 'text/plain; charset=utf-8';
    case 'markdown':
      return 'text/markdown; charset=utf-8';
    case 'csv':
      return 'text/csv; charset=utf-8';
    case 'pdf':
      return 'application/pdf';
    case 'image':
      return mediaType.split(';')[0]!.trim().toLowerCase();
  }
}

/**
 * The Content-Security-Policy of a preview answer. Nothing may load or run; Chromium's PDF
 * viewer refuses sandboxed documents and needs `object-src 'self'` for the document's own
 * bytes, so PDFs get a policy without `sandbox`; every other kind is sandboxed too.
 * `frame-ancestors 'self'`: only the portal may frame it.
 */
export function previewContentSecurityPolicy(kind: PreviewKind): string {
  if (kind === 'pdf') return "default-src 'none'; object-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";
  return "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'; sandbox";
}
