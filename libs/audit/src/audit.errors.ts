import { assertUnreachable, DomainError, ErrorKind } from '@attesta/core';

export enum AuditErrorCode {
  StreamNotFound = 'audit.stream_not_found',
  Forbidden = 'audit.forbidden',
  CheckpointNotFound = 'audit.checkpoint_not_found',
}

export class AuditError extends DomainError {
  readonly kind: ErrorKind;

  constructor(
    readonly code: AuditErrorCode,
    message: string,
  ) {
    super(message);
    this.kind = AuditError.kindOf(code);
  }

  private static kindOf(code: AuditErrorCode): ErrorKind {
    switch (code) {
      case AuditErrorCode.StreamNotFound:
      case AuditErrorCode.CheckpointNotFound:
        return 'not_found';
      case AuditErrorCode.Forbidden:
        return 'forbidden';
      default:
        return assertUnreachable(code);
    }
  }
}
