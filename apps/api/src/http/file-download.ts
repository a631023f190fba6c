import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiProduces, ApiResponse } from '@nestjs/swagger';
import { ApiETag } from './etagged.js';

const FILE = { '*/*': { schema: { type: 'string' as const, format: 'binary' } } };

/**
 * Documents a stored file's download: sent as the media type it was uploaded with, byte ranges
 * (206), `If-None-Match` (304), and its ETag (the SHA-256) on each of those answers.
 */
export function ApiFileDownload() {
  return applyDecorators(
    ApiProduces('*/*'),
    ApiHeader({ name: 'Range', required: false, description: 'bytes=start-end, bytes=start- or bytes=-suffix' }),
    ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag of an earlier download; 304 when the file is the same' }),
    ApiOkResponse({ description: 'The file, as the media type it was uploaded with (`Content-Type`)', content: FILE }),
    ApiResponse({ status: 206, description: 'The requested range, as the media type it was uploaded with', content: FILE }),
    ApiResponse({ status: 304, description: 'Not modified (If-None-Match matched)' }),
    ApiETag(200, 206, 304),
  );
}
