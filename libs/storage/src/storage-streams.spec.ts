import { createHash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { DigestingCounter, resolveRange, withByteLimit, withDigestCheck } from './storage-streams.js';
import { isStorageFailure, StorageErrorCode } from './storage.errors.js';

const data = Buffer.from('x'.repeat(1000));
const sink = (into: Buffer[] = []) =>
  new Writable({
    write(chunk: Buffer, _enc, done) {
      into.push(chunk);
      done();
    },
  });
const chunks = () => Readable.from([data.subarray(0, 400), data.subarray(400, 800), data.subarray(800)]);

describe('withByteLimit', () => {
  it('passes a source within the limit unchanged', async () => {
    expect((await buffer(withByteLimit(chunks(), 1000))).equals(data)).toBe(true);
  });

  it('destroys an oversized source with too_large', async () => {
    const source = chunks();
    const error = await buffer(withByteLimit(source, 999)).catch((e: unknown) => e);
    expect(isStorageFailure(error, StorageErrorCode.TooLarge)).toBe(true);
    expect((error as { kind: string }).kind).toBe('payload_too_large');
    await new Promise((r) => setImmediate(r));
    expect(source.destroyed).toBe(true);
  });

  it('forwards the source error', async () => {
    const boom = new Error('boom');
    const source = new Readable({
      read() {
        this.destroy(boom);
      },
    });
    await expect(buffer(withByteLimit(source, 10))).rejects.toBe(boom);
  });
});

describe(DigestingCounter.name, () => {
  it('hashes and counts what passes', async () => {
    const digest = new DigestingCounter();
    const out: Buffer[] = [];
    await pipeline(chunks(), digest, sink(out));
    expect(digest.size).toBe(1000);
    expect(digest.sha256).toBe(createHash('sha256').update(data).digest('hex'));
    expect(Buffer.concat(out).equals(data)).toBe(true);
  });

  it('fails a stream shorter than declared with aborted, and a longer one with too_large', async () => {
    const short = await pipeline(chunks(), new DigestingCounter({ expectedSize: 1001 }), sink()).catch((e: unknown) => e);
    expect(isStorageFailure(short, StorageErrorCode.Aborted)).toBe(true);
    const long = await pipeline(chunks(), new DigestingCounter({ expectedSize: 999 }), sink()).catch((e: unknown) => e);
    expect(isStorageFailure(long, StorageErrorCode.TooLarge)).toBe(true);
  });
});

describe('withDigestCheck', () => {
  const recorded = { sha256: createHash('sha256').update(data).digest('hex'), size: data.length };

  it('passes the recorded bytes through whole', async () => {
    const mismatches: unknown[] = [];
    expect((await buffer(withDigestCheck(chunks(), recorded, (a) => mismatches.push(a)))).equals(data)).toBe(true);
    expect(mismatches).toEqual([]);
  });

  it('fails other bytes before their last chunk: the reader never gets them complete', async () => {
    const changed = Buffer.from(data);
    changed[999] = 0x79;
    const out: Buffer[] = [];
    const mismatches: { sha256: string; size: number }[] = [];
    const error = await pipeline(
      withDigestCheck(Readable.from([changed.subarray(0, 400), changed.subarray(400, 800), changed.subarray(800)]), recorded, (a) => mismatches.push(a)),
      sink(out),
    ).catch((e: unknown) => e);
    expect(isStorageFailure(error, 'storage.io')).toBe(true);
    expect(Buffer.concat(out).length).toBe(800);
    expect(mismatches).toEqual([{ sha256: createHash('sha256').update(changed).digest('hex'), size: 1000 }]);
    // A shorter object with the recorded bytes as its start fails too.
    const cut = await buffer(withDigestCheck(Readable.from([data.subarray(0, 999)]), recorded)).catch((e: unknown) => e);
    expect(isStorageFailure(cut, 'storage.io')).toBe(true);
  });
});

describe('resolveRange', () => {
  it('clamps the end and refuses what cannot be served', () => {
    expect(resolveRange(100, { start: 0, end: 0 })).toEqual({ start: 0, end: 0 });
    expect(resolveRange(100, { start: 90, end: 1000 })).toEqual({ start: 90, end: 99 });
    for (const r of [
      { start: 100, end: 100 },
      { start: 5, end: 4 },
      { start: -1, end: 3 },
      { start: 0.5, end: 3 },
    ]) {
      expect(() => resolveRange(100, r)).toThrow(/not satisfiable/);
    }
    expect(() => resolveRange(0, { start: 0, end: 0 })).toThrow(/not satisfiable/);
  });
});
