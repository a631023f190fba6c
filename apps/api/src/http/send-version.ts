import { ifNoneMatchHits } from '@attesta/core';
import type { OpenedVersion } from '@attesta/evidence';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply } from 'fastify';

/**
 * Sends an opened evidence version as an attachment: the ETag is its SHA-256, byte ranges
 * are honoured, and a matching If-None-Match answers 304 without reading the file. The one
 * way evidence files leave the API (a workspace's evidence and a submission's frozen copy).
 */
export function sendVersion(reply: FastifyReply, opened: OpenedVersion, ifNoneMatch: string | undefined): void {
  const { version } = opened;
  const etag = `"${version.sha256}"`;
  void reply
    .header('etag', etag)
    .header('accept-ranges', 'bytes')
    .header('content-type', version.mediaType)
    .header('content-disposition', contentDisposition(version.filename, { type: 'attachment' }))
    .header('cache-control', 'private, no-cache')
    .header('x-content-type-options', 'nosniff');
  if (ifNoneMatchHits(ifNoneMatch, etag)) {
    opened.stream.destroy();
    void reply.status(304).send();
    return;
  }
  if (opened.range) {
    void reply
      .status(206)
      .header('content-range', `bytes ${opened.range.start}-${opened.range.end}/${version.size}`)
      .header('content-length', String(opened.range.end - opened.range.start + 1));
  } else {
    void reply.header('content-length', String(version.size));
  }
  void reply.send(opened.stream);
}
