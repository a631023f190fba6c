import { describe, expect, it } from 'vitest';
import { assertValidKey, isValidStorageKey, newStorageKey } from './storage-keys.js';
import { StorageError, StorageErrorCode } from './storage.errors.js';

describe('storage keys', () => {
  it('new keys fan out as ab/cd/<uuid> and are valid', () => {
    const key = newStorageKey();
    expect(key).toMatch(/^([0-9a-f]{2})\/([0-9a-f]{2})\/\1\2[0-9a-f]{4}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(isValidStorageKey(key)).toBe(true);
    expect(newStorageKey()).not.toBe(key);
  });

  it.each(['../x', 'a/../b', 'a/./b', '/a', 'a/', 'a//b', '.tmp-a', 'a/.b', 'a\\b', 'a b', '', 'é', 'a'.repeat(513)])('refuses %j', (key) => {
    expect(isValidStorageKey(key)).toBe(false);
    expect(() => assertValidKey(key)).toThrow(StorageError);
  });

  it.each(['a', 'ab/cd/file.pdf', 'evidence/2026/x_y-z.1'])('accepts %j', (key) => {
    expect(() => assertValidKey(key)).not.toThrow();
  });

  it('an invalid key is a client error', () => {
    try {
      assertValidKey('../x');
    } catch (e) {
      expect((e as StorageError).code).toBe(StorageErrorCode.InvalidKey);
      expect((e as StorageError).kind).toBe('invalid');
    }
  });
});
