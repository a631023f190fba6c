import { assertUnreachable, DomainError, ErrorKind, FieldIssue } from './domain-error.js';

export enum CoreErrorCode {
  ValidationFailed = 'core.validation_failed',
  InvalidCursor = 'core.invalid_cursor',
  PreconditionRequired = 'core.precondition_required',
  PreconditionFailed = 'core.precondition_failed',
}

/** Errors raised by the platform itself (validation, pagination, preconditions). */
export class CoreError extends DomainError {
  readonly kind: ErrorKind;

  constructor(
    readonly code: CoreErrorCode,
    message: string,
    options: { errors?: readonly FieldIssue[]; extensions?: Record<string, unknown> } = {},
  ) {
    super(message, options);
    this.kind = CoreError.kindOf(code);
  }

  private static kindOf(code: CoreErrorCode): ErrorKind {
    switch (code) {
      case CoreErrorCode.ValidationFailed:
      case CoreErrorCode.InvalidCursor:
        return 'invalid';
      case CoreErrorCode.PreconditionRequired:
        return 'precondition_required';
      case CoreErrorCode.PreconditionFailed:
        return 'precondition_failed';
      default:
        return assertUnreachable(code);
    }
  }
}
