import { previewContentSecurityPolicy, previewContentType } from '@attesta/evidence';
import type { OpenedPreview } from '@attesta/reviews';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply } from 'fastify';

/**
 * Sends a preview: inline (the browser shows it, never saves it), with its own Content-Type
 * from the allow-list, nosniff, and a Content-Security-Policy under which nothing in the file
 * can load or run (sandboxed except PDFs, which Chromium's viewer cannot show sandboxed).
 * Text kinds are cut at PREVIEW_TEXT_BYTES (X-Preview-Truncated says so). Never cached.
 */
export function sendPreview(reply: FastifyReply, opened: OpenedPreview): void {
  const { version, kind } = opened;
  const length = opened.range ? opened.range.end - opened.range.start + 1 : version.size;
  void reply
    .header('content-type', previewContentType(kind, version.mediaType))
    .header('content-disposition', contentDisposition(version.filename, { type: 'inline' }))
    .header('content-length', String(length))
    .header('content-security-policy', previewContentSecurityPolicy(kind))
    .header('x-content-type-options', 'nosniff')
    .header('x-frame-options', 'SAMEORIGIN')
    .header('cross-origin-resource-policy', 'same-origin')
    .header('referrer-policy', 'no-referrer')
    .header('cache-control', 'private, no-store')
    .header('x-preview-kind', kind)
    .header('x-preview-truncated', String(opened.truncated))
    .send(opened.stream);
}
