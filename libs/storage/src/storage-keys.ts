import { randomUUID } from 'node:crypto';
import { StorageError, StorageErrorCode } from './storage.errors.js';

/**
 * Segments start with a letter or digit (so `.`, `..` and the drivers' hidden temp files can
 * never be named) and hold letters, digits, `.`, `_` and `-` only; no leading or doubled `/`.
 */
const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;
const MAX_KEY_LENGTH = 512;

/** A fresh key `ab/cd/<uuid>`: two levels of fan-out from the UUID's random bits. */
export function newStorageKey(): string {
  const id = randomUUID();
  return `${id.slice(0, 2)}/${id.slice(2, 4)}/${id}`;
}

export function isValidStorageKey(key: string): boolean {
  return typeof key === 'string' && key.length <= MAX_KEY_LENGTH && KEY.test(key);
}

export function assertValidKey(key: string): void {
  if (!isValidStorageKey(key)) {
    throw new StorageError(StorageErrorCode.InvalidKey, 'The storage key is not valid.', {
      extensions: { key: typeof key === 'string' ? key.slice(0, 80) : typeof key },
    });
  }
}
