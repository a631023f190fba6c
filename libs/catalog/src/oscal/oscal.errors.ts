import { assertUnreachable, DomainError, ErrorKind, FieldIssue } from '@attesta/core';

/**
 * Why an upload was refused. The codes are part of the API (clients branch on
 * them), so they stay stable; `errors` names the offending JSON paths.
 */
export type OscalImportErrorCode = 'invalid_json' | 'not_oscal' | 'too_large' | 'invalid_structure';

/** At most this many issues are reported, so a broken file cannot produce a huge response. */
export const MAX_REPORTED_ISSUES = 50;

export class OscalImportError extends DomainError {
  readonly kind: ErrorKind;
  declare readonly errors: readonly FieldIssue[];

  constructor(
    readonly code: OscalImportErrorCode,
    message: string,
    issues: readonly FieldIssue[] = [],
    options: { cause?: unknown } = {},
  ) {
    super(message, { errors: issues.slice(0, MAX_REPORTED_ISSUES), cause: options.cause });
    this.kind = OscalImportError.kindOf(code);
  }

  /** The same `{ field, message }` list as `errors`, which is the name problem documents use. */
  get issues(): readonly FieldIssue[] {
    return this.errors;
  }

  private static kindOf(code: OscalImportErrorCode): ErrorKind {
    switch (code) {
      case 'invalid_json':
        return 'invalid';
      case 'too_large':
        return 'payload_too_large';
      case 'not_oscal':
      case 'invalid_structure':
        return 'unprocessable';
      default:
        return assertUnreachable(code);
    }
  }
}

export type MappingImportErrorCode = 'invalid_csv' | 'invalid_json' | 'invalid_mappings' | 'too_large';

/** A crosswalk upload was refused; each issue names the row and the column. */
export class MappingImportError extends DomainError {
  readonly kind: ErrorKind;
  declare readonly errors: readonly FieldIssue[];

  constructor(
    readonly code: MappingImportErrorCode,
    message: string,
    issues: readonly FieldIssue[] = [],
    options: { cause?: unknown } = {},
  ) {
    super(message, { errors: issues.slice(0, MAX_REPORTED_ISSUES), cause: options.cause });
    this.kind = MappingImportError.kindOf(code);
  }

  get issues(): readonly FieldIssue[] {
    return this.errors;
  }

  private static kindOf(code: MappingImportErrorCode): ErrorKind {
    switch (code) {
      case 'invalid_csv':
      case 'invalid_json':
        return 'invalid';
      case 'too_large':
        return 'payload_too_large';
      case 'invalid_mappings':
        return 'unprocessable';
      default:
        return assertUnreachable(code);
    }
  }
}
