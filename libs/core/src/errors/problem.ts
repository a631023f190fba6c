import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ErrorKind, FieldIssue } from './domain-error.js';
import { assertUnreachable } from './domain-error.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export class FieldIssueDto implements FieldIssue {
  @ApiProperty({ example: 'email' })
  field: string;

  @ApiProperty({ example: 'must be an email address' })
  message: string;
}

/** RFC 9457 problem details, as every error leaves the API. */
export class ProblemDto {
  @ApiProperty({ example: 'https://attesta.dev/problems/validation', description: 'URI naming the problem type' })
  type: string;

  @ApiProperty({ example: 'Bad request', description: 'In the language of Accept-Language (en, zh-CN, vi, th, ms, id; English otherwise)' })
  title: string;

  @ApiProperty({ example: 400 })
  status: number;

  @ApiPropertyOptional({
    example: 'user.email: email must be an email',
    description: 'In the language of Accept-Language where translated; English otherwise',
  })
  detail?: string;

  @ApiProperty({ example: '/v1/auth/signup', description: 'The request path that failed' })
  instance: string;

  @ApiPropertyOptional({ example: 'core.validation_failed', description: 'Stable machine-readable code' })
  code?: string;

  @ApiProperty({ example: '0193a5c4-2f7e-7c1a-9d3b-4c2a1e8f9b10', description: 'Correlation id, also in the x-request-id header and in every log line' })
  correlationId: string;

  @ApiPropertyOptional({ type: [FieldIssueDto] })
  errors?: FieldIssueDto[];
}

export interface ProblemShape {
  status: number;
  title: string;
  slug: string;
}

export function problemForKind(kind: ErrorKind): ProblemShape {
  switch (kind) {
    case 'invalid':
      return { status: 400, title: 'Bad request', slug: 'bad-request' };
    case 'unauthenticated':
      return { status: 401, title: 'Unauthorized', slug: 'unauthorized' };
    case 'forbidden':
      return { status: 403, title: 'Forbidden', slug: 'forbidden' };
    case 'not_found':
      return { status: 404, title: 'Not found', slug: 'not-found' };
    case 'conflict':
      return { status: 409, title: 'Conflict', slug: 'conflict' };
    case 'gone':
      return { status: 410, title: 'Gone', slug: 'gone' };
    case 'precondition_required':
      return { status: 428, title: 'Precondition required', slug: 'precondition-required' };
    case 'precondition_failed':
      return { status: 412, title: 'Precondition failed', slug: 'precondition-failed' };
    case 'payload_too_large':
      return { status: 413, title: 'Payload too large', slug: 'payload-too-large' };
    case 'unsupported_media_type':
      return { status: 415, title: 'Unsupported media type', slug: 'unsupported-media-type' };
    case 'unprocessable':
      return { status: 422, title: 'Unprocessable content', slug: 'unprocessable' };
    case 'range_not_satisfiable':
      return { status: 416, title: 'Range not satisfiable', slug: 'range-not-satisfiable' };
    case 'rate_limited':
      return { status: 429, title: 'Too many requests', slug: 'rate-limited' };
    default:
      return assertUnreachable(kind);
  }
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  408: 'Request timeout',
  409: 'Conflict',
  410: 'Gone',
  411: 'Length required',
  412: 'Precondition failed',
  413: 'Payload too large',
  414: 'URI too long',
  415: 'Unsupported media type',
  416: 'Range not satisfiable',
  422: 'Unprocessable content',
  428: 'Precondition required',
  429: 'Too many requests',
  431: 'Request header fields too large',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export function titleForStatus(status: number): string {
  return TITLES[status] ?? (status >= 500 ? 'Internal server error' : 'Request failed');
}

export function problemTypeUri(slug: string): string {
  return `https://attesta.dev/problems/${slug}`;
}
