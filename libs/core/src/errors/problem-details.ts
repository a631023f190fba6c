import { HttpException } from '@nestjs/common';
import { DEFAULT_LOCALE, type Locale } from '@attesta/i18n';
import { CoreError, CoreErrorCode } from './core.errors.js';
import { DomainError } from './domain-error.js';
import { constraintViolationError } from './pg-errors.js';
import { problemForKind, problemTypeUri, titleForStatus } from './problem.js';
import { localizedDomainDetail, localizedFieldIssues, localizedHttpDetail, localizedTitle } from './problem-locale.js';

/** `Retry-After` on a 503: long enough for a restarted dependency, short enough not to stall a client. */
const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance: string;
  code?: string;
  correlationId: string;
  errors?: { field: string; message: string }[];
  [extension: string]: unknown;
}

export interface ProblemResult {
  problem: ProblemDocument;
  headers: Record<string, string>;
  /** True when the failure is ours, not the client's: log it with its stack. */
  internal: boolean;
}

interface FastifyLikeError {
  statusCode?: number;
  code?: string;
  message?: string;
}

function slugForStatus(status: number): string {
  return titleForStatus(status)
    .toLowerCase()
    .replace(/[^a-z]+/g, '-');
}

/**
 * Turns any thrown value into RFC 9457 problem details. Client errors keep a safe
 * message; anything unexpected becomes an opaque 500 (details go to the log only).
 * `title`, `detail` and `errors[].message` are in the reader's language (`type`, `code` and
 * field names never change).
 */
export function toProblem(error: unknown, instance: string, correlationId: string, locale: Locale = DEFAULT_LOCALE): ProblemResult {
  const base = { instance, correlationId };
  // Foreign-key and unique violations no service turned into its own error: 422 / 409, not 500.
  const violation = error instanceof DomainError ? null : constraintViolationError(error);
  if (violation) return toProblem(violation, instance, correlationId, locale);
  // A partial update (PATCH) that names no field to change: TypeORM refuses an empty SET.
  if (error instanceof Error && error.name === 'UpdateValuesMissingError') {
    const empty = new CoreError(CoreErrorCode.ValidationFailed, 'The update changes nothing: send at least one field.', {
      errors: [{ field: 'body', message: 'must set at least one field' }],
    });
    return toProblem(empty, instance, correlationId, locale);
  }

  if (error instanceof DomainError) {
    const shape = problemForKind(error.kind);
    const headers: Record<string, string> = {};
    if (error.retryAfterSeconds !== undefined) headers['retry-after'] = String(Math.max(1, Math.ceil(error.retryAfterSeconds)));
    return {
      internal: false,
      headers,
      problem: {
        ...error.extensions,
        type: problemTypeUri(error.code.replace(/[._]/g, '-')),
        title: localizedTitle(locale, shape.status, shape.title),
        status: shape.status,
        detail: localizedDomainDetail(locale, error),
        code: error.code,
        ...(error.errors?.length ? { errors: localizedFieldIssues(locale, error.errors) } : {}),
        ...base,
      },
    };
  }

  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const detail =
      typeof response === 'string'
        ? response
        : typeof (response as { message?: unknown }).message === 'string'
          ? (response as { message: string }).message
          : error.message;
    // A failed readiness check is an expected answer, with the checks as its detail.
    const checks = status === 503 && typeof response === 'object' ? (response as { details?: unknown }).details : undefined;
    const internal = status >= 500 && checks === undefined;
    return {
      internal,
      // A dependency that is down (authentication's store, readiness): worth a retry soon, and clients that honour it wait.
      headers: status === 503 ? { 'retry-after': String(UNAVAILABLE_RETRY_AFTER_SECONDS) } : {},
      problem: {
        type: problemTypeUri(slugForStatus(status)),
        title: localizedTitle(locale, status, titleForStatus(status)),
        status,
        ...(internal
          ? {}
          : { detail: checks ? localizedHttpDetail(locale, 'not_ready', 'A dependency is not ready.') : localizedNestDetail(locale, status, detail) }),
        ...(checks ? { checks } : {}),
        ...base,
      },
    };
  }

  const fe = error as FastifyLikeError | undefined;
  if (fe && typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    const status = fe.statusCode;
    return {
      internal: false,
      headers: {},
      problem: {
        type: problemTypeUri(slugForStatus(status)),
        title: localizedTitle(locale, status, titleForStatus(status)),
        status,
        detail: clientMessageForFastify(fe, locale),
        ...base,
      },
    };
  }

  return {
    internal: true,
    headers: {},
    problem: {
      type: problemTypeUri('internal'),
      title: localizedTitle(locale, 500, titleForStatus(500)),
      status: 500,
      detail: localizedHttpDetail(locale, 'internal', 'An unexpected error occurred. Quote the correlation id when reporting it.'),
      ...base,
    },
  };
}

function clientMessageForFastify(e: FastifyLikeError, locale: Locale): string {
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return localizedHttpDetail(locale, 'body_too_large', 'The request body is larger than the server accepts.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return localizedHttpDetail(locale, 'invalid_media_type', 'The request body has a content type this endpoint does not accept.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return localizedHttpDetail(locale, 'empty_json_body', 'The request declares a JSON body but sends none.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return localizedHttpDetail(locale, 'invalid_json_body', 'The request body is not valid JSON.');
    default:
      // Parser errors from JSON.parse carry a 400 and a message that names the position only.
      if (e.statusCode === 400 && e.message && /JSON/i.test(e.message)) {
        return locale === DEFAULT_LOCALE
          ? `The request body is not valid JSON: ${e.message}`
          : `${localizedHttpDetail(locale, 'invalid_json_body', '')} ${e.message}`;
      }
      return e.message ?? localizedTitle(locale, e.statusCode ?? 400, titleForStatus(e.statusCode ?? 400));
  }
}

/** Nest's own texts: `Cannot GET /x` (no route) is translated; a message an adapter chose stays as it is. */
function localizedNestDetail(locale: Locale, status: number, detail: string): string {
  const noRoute = status === 404 ? /^Cannot ([A-Z]+) (\S+)$/.exec(detail) : null;
  if (noRoute) return localizedHttpDetail(locale, 'route_not_found', detail, { method: noRoute[1]!, path: noRoute[2]! });
  return detail;
}
