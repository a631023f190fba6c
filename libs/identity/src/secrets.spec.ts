import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sameHash, sha256Hex } from './secrets.js';

describe('sha256Hex', () => {
  it('is SHA-256 of the UTF-8 text, as hex (FIPS 180-2 test vectors, and a non-ASCII text)', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    // "é" as UTF-8 is C3 A9: the hash of those two bytes, not of a Latin-1 E9.
    const ofBytes = (bytes: number[]) => createHash('sha256').update(Buffer.from(bytes)).digest('hex');
    expect(sha256Hex('é')).toBe(ofBytes([0xc3, 0xa9]));
    expect(sha256Hex('é')).not.toBe(ofBytes([0xe9]));
  });

  it('sameHash compares two hex digests', () => {
    expect(sameHash(sha256Hex('a'), sha256Hex('a'))).toBe(true);
    expect(sameHash(sha256Hex('a'), sha256Hex('b'))).toBe(false);
  });
});
