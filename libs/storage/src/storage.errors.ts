import { assertUnreachable, DomainError, ErrorKind, type ProblemExtensions } from '@attesta/core';

export enum StorageErrorCode {
  NotFound = 'storage.not_found',
  TooLarge = 'storage.too_large',
  Aborted = 'storage.aborted',
  InvalidKey = 'storage.invalid_key',
  InvalidRange = 'storage.invalid_range',
}

/** The code of a failure of the storage backend itself (disk, network, S3 service). */
export const STORAGE_IO_ERROR_CODE = 'storage.io';

/**
 * A storage outcome the caller can answer with a client status: the object is not there,
 * the stream was larger than allowed, the client went away, a bad key or range.
 */
export class StorageError extends DomainError {
  readonly kind: ErrorKind;

  constructor(
    readonly code: StorageErrorCode,
    message: string,
    options: { extensions?: ProblemExtensions; cause?: unknown } = {},
  ) {
    super(message, options);
    this.kind = StorageError.kindOf(code);
  }

  private static kindOf(code: StorageErrorCode): ErrorKind {
    switch (code) {
      case StorageErrorCode.NotFound:
        return 'not_found';
      case StorageErrorCode.TooLarge:
        return 'payload_too_large';
      case StorageErrorCode.Aborted:
      case StorageErrorCode.InvalidKey:
      case StorageErrorCode.InvalidRange:
        return 'invalid';
      default:
        return assertUnreachable(code);
    }
  }
}

/**
 * The backend failed (disk full, permission, S3 unreachable or 5xx). Deliberately not a
 * DomainError: it is our failure, not the client's, so the problem filter answers an
 * opaque 500 and logs the cause with its stack.
 */
export class StorageIoError extends Error {
  readonly code = STORAGE_IO_ERROR_CODE;

  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'StorageIoError';
  }
}

export type StorageFailureCode = StorageErrorCode | typeof STORAGE_IO_ERROR_CODE;

/** True when `error` is a storage failure with the code (either class). */
export function isStorageFailure(error: unknown, code?: StorageFailureCode): error is StorageError | StorageIoError {
  if (!(error instanceof StorageError) && !(error instanceof StorageIoError)) return false;
  return code === undefined || error.code === code;
}
