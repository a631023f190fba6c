import { randomInt } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * W3C Bitstring Status List: a bitstring of at least 131,072 entries (16 KiB), index 0
 * the most significant bit of the first byte, GZIP-compressed and multibase base64url
 * encoded (`u` prefix) in `encodedList`.
 */
export const STATUS_LIST_SIZE = 131_072;

export type StatusPurpose = 'revocation' | 'suspension';
export const STATUS_PURPOSES: readonly StatusPurpose[] = ['revocation', 'suspension'];

export function emptyBitstring(size = STATUS_LIST_SIZE): Buffer {
  if (size % 8 !== 0 || size < STATUS_LIST_SIZE) throw new Error('a status list has at least 131072 entries, a multiple of 8');
  return Buffer.alloc(size / 8);
}

export function getBit(bits: Buffer, index: number): boolean {
  assertIndex(bits, index);
  return (bits[index >> 3]! & (0x80 >> (index & 7))) !== 0;
}

/** A copy with the bit set or cleared. */
export function withBit(bits: Buffer, index: number, value: boolean): Buffer {
  assertIndex(bits, index);
  const next = Buffer.from(bits);
  const mask = 0x80 >> (index & 7);
  next[index >> 3] = value ? next[index >> 3]! | mask : next[index >> 3]! & ~mask;
  return next;
}

export function encodeList(bits: Buffer): string {
  return `u${gzipSync(bits, { level: 9 }).toString('base64url')}`;
}

export function decodeList(encoded: string): Buffer {
  if (!encoded.startsWith('u')) throw new Error('encodedList must be multibase base64url (u prefix)');
  return gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
}

/** A random free index (privacy: positions reveal nothing about issuance order). */
export function pickFreeIndex(taken: (index: number) => boolean, size = STATUS_LIST_SIZE, attempts = 64): number {
  for (let i = 0; i < attempts; i++) {
    const candidate = randomInt(0, size);
    if (!taken(candidate)) return candidate;
  }
  throw new Error('the status list is too full to assign an index at random');
}

function assertIndex(bits: Buffer, index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= bits.length * 8) throw new RangeError(`status index ${index} out of range`);
}
