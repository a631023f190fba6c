import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeList, emptyBitstring, encodeList, getBit, pickFreeIndex, STATUS_LIST_SIZE, withBit } from './status-list.js';

describe('Bitstring Status List', () => {
  it('has 131072 entries, index 0 the leftmost bit, and encodes as multibase base64url GZIP', () => {
    const bits = withBit(withBit(emptyBitstring(), 0, true), STATUS_LIST_SIZE - 1, true);
    expect(bits.length * 8).toBe(STATUS_LIST_SIZE);
    expect(bits[0]).toBe(0x80);
    expect(bits[bits.length - 1]).toBe(0x01);
    const encoded = encodeList(bits);
    expect(encoded.startsWith('u')).toBe(true);
    const raw = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
    expect(raw.equals(bits)).toBe(true);
    expect(getBit(decodeList(encoded), 0)).toBe(true);
    expect(getBit(decodeList(encoded), 1)).toBe(false);
    expect(encoded.length).toBeLessThan(200);
  });

  it('sets and clears without touching the input', () => {
    const a = emptyBitstring();
    const b = withBit(a, 12345, true);
    expect(getBit(a, 12345)).toBe(false);
    expect(getBit(b, 12345)).toBe(true);
    expect(getBit(withBit(b, 12345, false), 12345)).toBe(false);
    expect(() => getBit(a, STATUS_LIST_SIZE)).toThrow(RangeError);
  });

  it('picks random free indexes', () => {
    const taken = new Set<number>();
    for (let i = 0; i < 2000; i++) taken.add(pickFreeIndex((x) => taken.has(x)));
    expect(taken.size).toBe(2000);
    const sorted = [...taken].sort((x, y) => x - y);
    expect(sorted.at(-1)! - sorted[0]!).toBeGreaterThan(STATUS_LIST_SIZE / 2);
    expect(() => pickFreeIndex(() => true)).toThrow(/too full/);
  });
});
