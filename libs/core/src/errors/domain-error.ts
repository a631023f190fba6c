/**
 * The kinds of failure a client can cause. Each lib maps its own error codes onto
 * one of these (exhaustively); the HTTP filter maps kinds onto statuses once.
 */
export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'gone'
  | 'precondition_failed'
  | 'precondition_required'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'unprocessable'
  | 'range_not_satisfiable'
  | 'rate_limited';

export interface FieldIssue {
  /** JSON pointer-ish path of the offending field, e.g. `members.0.email`. */
  field: string;
  message: string;
}

/**
 * Extra members of a problem document. The members RFC 9457 and our problem shape define
 * (`status`, `type`, `title`, `detail`, `instance`, `code`, `errors`, `correlationId`) are the
 * document's own and would be overwritten: name what an extension says instead (`decisionStatus`).
 */
export type ProblemExtensions = Record<string, unknown> & { [K in ReservedProblemMember]?: never };
type ReservedProblemMember = 'status' | 'type' | 'title' | 'detail' | 'instance' | 'code' | 'errors' | 'correlationId';

/** Base of every lib's typed error. Never carries HTTP concepts beyond its kind. */
export abstract class DomainError extends Error {
  abstract readonly kind: ErrorKind;
  /** Machine-readable code, stable across releases, e.g. `workspace.not_found`. */
  abstract readonly code: string;
  readonly errors?: readonly FieldIssue[];
  /** Extra members for the problem document (e.g. `allowed` transitions). */
  readonly extensions?: Readonly<Record<string, unknown>>;
  /** Seconds a client should wait before retrying (rate limits). */
  readonly retryAfterSeconds?: number;

  constructor(
    message: string,
    options: {
      errors?: readonly FieldIssue[];
      extensions?: ProblemExtensions;
      retryAfterSeconds?: number;
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.errors = options.errors;
    this.extensions = options.extensions;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}
