import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, ProblemDto, titleForStatus } from './problem.js';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input; `errors[]` names each bad field',
  401: 'Missing or invalid credentials',
  403: 'Authenticated, but not allowed to do this',
  404: 'No such object, or not visible to the acting organization',
  409: 'Conflicts with the current state',
  410: 'No longer available (expired or used)',
  412: 'The `If-Match` precondition failed (stale ETag)',
  413: 'The request body is too large',
  415: 'Unsupported media type',
  422: 'Well-formed but cannot be processed',
  428: 'An `If-Match` header is required',
  429: 'Rate limited; see `Retry-After`',
};

/** Sent with every 429 (problem-details.ts: a DomainError's retryAfterSeconds). */
const HEADERS: Record<number, Record<string, { description: string; schema: { type: 'integer'; minimum: number } }>> = {
  429: { 'Retry-After': { description: 'Seconds until the budget refills', schema: { type: 'integer', minimum: 1 } } },
};

/** Documents the problem+json responses an operation can give. */
export function ApiProblems(...statuses: number[]) {
  return applyDecorators(
    ApiExtraModels(ProblemDto),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? titleForStatus(status),
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDto) } } },
        ...(HEADERS[status] ? { headers: HEADERS[status] } : {}),
      }),
    ),
  );
}
