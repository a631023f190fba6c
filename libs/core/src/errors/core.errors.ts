import { assertUnreachable, DomainError, ErrorKind, FieldIssue, type ProblemExtensions } from './domain-error.js';

export enum CoreErrorCode {
  ValidationFailed = 'core.validation_failed',
  InvalidCursor = 'core.invalid_cursor',
  PreconditionRequired = 'core.precondition_required',
  PreconditionFailed = 'core.precondition_failed',
  /** A client-supplied id refers to no row (a foreign-key violation no service claimed). */
  ReferenceNotFound = 'core.reference_not_found',
  /** A delete of a row others still refer to. */
  StillReferenced = 'core.still_referenced',
  /** A unique violation no service claimed. */
  AlreadyExists = 'core.already_exists',
  /** A JSON body nested deeper than the API reads. */
  JsonTooDeep = 'core.json_too_deep',
  /** A string with a NUL character or a lone UTF-16 surrogate (no text column can store it). */
  UnsupportedCharacters = 'core.unsupported_characters',
  /** The database gave up on the request for a concurrent one (deadlock or serialization failure): send it again. */
  ConcurrentChange = 'core.concurrent_change',
}

/** Errors raised by the platform itself (validation, pagination, preconditions). */
export class CoreError extends DomainError {
  readonly kind: ErrorKind;

  constructor(
    readonly code: CoreErrorCode,
    message: string,
    options: { errors?: readonly FieldIssue[]; extensions?: ProblemExtensions } = {},
  ) {
    super(message, options);
    this.kind = CoreError.kindOf(code);
  }

  private static kindOf(code: CoreErrorCode): ErrorKind {
    switch (code) {
      case CoreErrorCode.ValidationFailed:
      case CoreErrorCode.InvalidCursor:
      case CoreErrorCode.JsonTooDeep:
        return 'invalid';
      case CoreErrorCode.PreconditionRequired:
        return 'precondition_required';
      case CoreErrorCode.PreconditionFailed:
        return 'precondition_failed';
      case CoreErrorCode.ReferenceNotFound:
      case CoreErrorCode.UnsupportedCharacters:
        return 'unprocessable';
      case CoreErrorCode.StillReferenced:
      case CoreErrorCode.AlreadyExists:
      case CoreErrorCode.ConcurrentChange:
        return 'conflict';
      default:
        return assertUnreachable(code);
    }
  }
}
