import { assertUnreachable, DomainError, ErrorKind } from '@attesta/core';

export enum AccessErrorCode {
  Forbidden = 'access.forbidden',
}

export class AccessError extends DomainError {
  readonly kind: ErrorKind;

  constructor(
    readonly code: AccessErrorCode,
    message: string,
  ) {
    super(message);
    this.kind = AccessError.kindOf(code);
  }

  private static kindOf(code: AccessErrorCode): ErrorKind {
    switch (code) {
      case AccessErrorCode.Forbidden:
        return 'forbidden';
      default:
        return assertUnreachable(code);
    }
  }
}
