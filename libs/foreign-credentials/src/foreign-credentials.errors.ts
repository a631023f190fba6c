import { assertUnreachable, DomainError, ErrorKind, FieldIssue } from '@attesta/core';

export enum ForeignCredentialsErrorCode {
  NotFound = 'foreign_credentials.not_found',
  InvalidInput = 'foreign_credentials.invalid_input',
  InvalidUrl = 'foreign_credentials.invalid_url',
  ForbiddenTarget = 'foreign_credentials.forbidden_target',
  FetchFailed = 'foreign_credentials.fetch_failed',
  TooLarge = 'foreign_credentials.too_large',
  Unparseable = 'foreign_credentials.unparseable',
  UnsupportedIssuer = 'foreign_credentials.unsupported_issuer',
  DidUnresolvable = 'foreign_credentials.did_unresolvable',
  KeyNotFound = 'foreign_credentials.key_not_found',
  BadSignature = 'foreign_credentials.bad_signature',
  StatusListUnusable = 'foreign_credentials.status_list_unusable',
  AlreadyImported = 'foreign_credentials.already_imported',
  NotIssuedToYou = 'foreign_credentials.not_issued_to_you',
  NoConformity = 'foreign_credentials.no_conformity',
}

/** Refusals of the foreign-credential import and checks: every one names the field or the reason. */
export class ForeignCredentialsError extends DomainError {
  readonly kind: ErrorKind;

  constructor(
    readonly code: ForeignCredentialsErrorCode,
    message: string,
    options: { errors?: readonly FieldIssue[]; cause?: unknown } = {},
  ) {
    super(message, options);
    this.kind = ForeignCredentialsError.kindOf(code);
  }

  private static kindOf(code: ForeignCredentialsErrorCode): ErrorKind {
    switch (code) {
      case ForeignCredentialsErrorCode.NotFound:
        return 'not_found';
      case ForeignCredentialsErrorCode.InvalidInput:
      case ForeignCredentialsErrorCode.InvalidUrl:
        return 'invalid';
      case ForeignCredentialsErrorCode.TooLarge:
      case ForeignCredentialsErrorCode.ForbiddenTarget:
      case ForeignCredentialsErrorCode.FetchFailed:
      case ForeignCredentialsErrorCode.Unparseable:
      case ForeignCredentialsErrorCode.UnsupportedIssuer:
      case ForeignCredentialsErrorCode.DidUnresolvable:
      case ForeignCredentialsErrorCode.KeyNotFound:
      case ForeignCredentialsErrorCode.BadSignature:
      case ForeignCredentialsErrorCode.StatusListUnusable:
      case ForeignCredentialsErrorCode.NotIssuedToYou:
      case ForeignCredentialsErrorCode.NoConformity:
        return 'unprocessable';
      case ForeignCredentialsErrorCode.AlreadyImported:
        return 'conflict';
      default:
        return assertUnreachable(code);
    }
  }
}

export const fcError = (code: ForeignCredentialsErrorCode, field: string, message: string, cause?: unknown) =>
  new ForeignCredentialsError(code, `${field}: ${message}`, { errors: [{ field, message }], cause });
