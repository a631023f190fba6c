import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isStorageFailure, newStorageKey, StorageError, StorageErrorCode, withByteLimit, type StorageDriver } from '@attesta/storage';

export interface DriverUnderTest {
  driver: StorageDriver;
  /** Every object and partial file the backend holds, whatever its state. */
  leftovers(): Promise<string[]>;
  dispose(): Promise<void>;
}

const MIB = 1024 * 1024;

/** A stream of `bytes` in 64 KiB chunks; optionally fails after `failAfter` bytes. */
export function chunked(data: Buffer, options: { failAfter?: number; error?: Error } = {}): Readable {
  let offset = 0;
  return new Readable({
    read() {
      if (options.failAfter !== undefined && offset >= options.failAfter) {
        this.destroy(options.error ?? new Error('source failed'));
        return;
      }
      if (offset >= data.length) return void this.push(null);
      const end = Math.min(data.length, offset + 64 * 1024, options.failAfter ?? Infinity);
      this.push(data.subarray(offset, end));
      offset = end;
    },
  });
}

/** 64 KiB every millisecond, forever: a client still sending when the request is aborted. */
function endless(): Readable {
  const chunk = randomBytes(64 * 1024);
  return new Readable({
    read() {
      setTimeout(() => this.push(chunk), 1);
    },
  });
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

async function expectStorageError(promise: Promise<unknown>, code: StorageErrorCode): Promise<StorageError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isStorageFailure(error, code), `expected ${code}, got ${String(error)}`).toBe(true);
  return error as StorageError;
}

/** The behaviour every storage driver promises, run against each available backend. */
export function storageContract(name: string, setup: () => Promise<DriverUnderTest>): void {
  describe(`StorageDriver contract: ${name}`, () => {
    let t: DriverUnderTest;
    let driver: StorageDriver;
    // More than two 5 MiB parts, so S3 goes through a real multipart upload.
    const big = randomBytes(11 * MIB + 123);
    const small = randomBytes(1000);

    beforeAll(async () => {
      t = await setup();
      driver = t.driver;
    });
    afterAll(async () => {
      await t?.dispose();
    });

    it('round-trips a multi-part object with its size and SHA-256', async () => {
      const key = newStorageKey();
      const put = await driver.put(key, chunked(big), { contentType: 'application/pdf', expectedSize: big.length });
      expect(put).toEqual({ size: big.length, sha256: sha256(big) });
      const got = await driver.get(key);
      expect(got.size).toBe(big.length);
      expect(got.length).toBe(big.length);
      expect(sha256(await readAll(got.stream))).toBe(put.sha256);
      expect((await driver.stat(key)).size).toBe(big.length);
      expect(await driver.exists(key)).toBe(true);
    });

    it('round-trips a small and an empty object', async () => {
      const key = newStorageKey();
      expect(await driver.put(key, chunked(small))).toEqual({ size: 1000, sha256: sha256(small) });
      expect((await readAll((await driver.get(key)).stream)).equals(small)).toBe(true);

      const empty = newStorageKey();
      expect(await driver.put(empty, Readable.from([]))).toEqual({ size: 0, sha256: sha256(Buffer.alloc(0)) });
      const got = await driver.get(empty);
      expect(got.size).toBe(0);
      expect(await text(got.stream)).toBe('');
    });

    it('serves byte ranges: inside, clamped at the end, a single byte; refuses a range past the end', async () => {
      const key = newStorageKey();
      await driver.put(key, chunked(big));

      const mid = await driver.get(key, { start: 5 * MIB - 10, end: 6 * MIB + 9 });
      expect(mid.size).toBe(big.length);
      expect(mid.range).toEqual({ start: 5 * MIB - 10, end: 6 * MIB + 9 });
      expect(mid.length).toBe(MIB + 20);
      expect((await readAll(mid.stream)).equals(big.subarray(5 * MIB - 10, 6 * MIB + 10))).toBe(true);

      const tail = await driver.get(key, { start: big.length - 5, end: big.length + 1000 });
      expect(tail.range).toEqual({ start: big.length - 5, end: big.length - 1 });
      expect((await readAll(tail.stream)).equals(big.subarray(big.length - 5))).toBe(true);

      const one = await driver.get(key, { start: 0, end: 0 });
      expect((await readAll(one.stream)).equals(big.subarray(0, 1))).toBe(true);

      await expectStorageError(driver.get(key, { start: big.length, end: big.length + 10 }), StorageErrorCode.InvalidRange);
      await expectStorageError(driver.get(key, { start: 10, end: 5 }), StorageErrorCode.InvalidRange);
    });

    it('a source that fails midway rejects with its own error and leaves no object', async () => {
      const before = await t.leftovers();
      const key = newStorageKey();
      const boom = new Error('disk on the client side caught fire');
      const error = await driver.put(key, chunked(big, { failAfter: 7 * MIB, error: boom })).catch((e: unknown) => e);
      expect(error).toBe(boom);
      expect(await driver.exists(key)).toBe(false);
      await expectStorageError(driver.get(key), StorageErrorCode.NotFound);
      expect(await t.leftovers()).toEqual(before);
    });

    it('a failed rewrite of an existing key keeps the previous object whole', async () => {
      const key = newStorageKey();
      await driver.put(key, chunked(small));
      await expect(driver.put(key, chunked(big, { failAfter: 6 * MIB }))).rejects.toThrow('source failed');
      expect((await readAll((await driver.get(key)).stream)).equals(small)).toBe(true);
    });

    it('the byte limit helper stops an oversized source with too_large and nothing is kept', async () => {
      const before = await t.leftovers();
      const key = newStorageKey();
      const source = chunked(big);
      const error = await expectStorageError(driver.put(key, withByteLimit(source, 6 * MIB)), StorageErrorCode.TooLarge);
      expect(error.kind).toBe('payload_too_large');
      expect(source.destroyed).toBe(true);
      expect(await driver.exists(key)).toBe(false);
      expect(await t.leftovers()).toEqual(before);
    });

    it('maxBytes, a declared size that is exceeded or not reached, and an abort signal leave nothing', async () => {
      const before = await t.leftovers();
      const keys = [newStorageKey(), newStorageKey(), newStorageKey(), newStorageKey()];
      await expectStorageError(driver.put(keys[0]!, chunked(big), { maxBytes: big.length - 1 }), StorageErrorCode.TooLarge);
      await expectStorageError(driver.put(keys[1]!, chunked(big), { expectedSize: big.length - 1 }), StorageErrorCode.TooLarge);
      await expectStorageError(driver.put(keys[2]!, chunked(big), { expectedSize: big.length + 1 }), StorageErrorCode.Aborted);
      const controller = new AbortController();
      const slow = endless();
      slow.once('data', () => setTimeout(() => controller.abort(), 50));
      await expectStorageError(driver.put(keys[3]!, slow, { signal: controller.signal }), StorageErrorCode.Aborted);
      for (const key of keys) expect(await driver.exists(key)).toBe(false);
      expect(await t.leftovers()).toEqual(before);
    });

    it('delete removes the object; deleting again is fine', async () => {
      const key = newStorageKey();
      await driver.put(key, chunked(small));
      await driver.delete(key);
      expect(await driver.exists(key)).toBe(false);
      await expectStorageError(driver.get(key), StorageErrorCode.NotFound);
      await driver.delete(key);
    });

    it('a missing object is not_found for get, stat and a range read', async () => {
      const key = newStorageKey();
      const e = await expectStorageError(driver.get(key), StorageErrorCode.NotFound);
      expect(e.kind).toBe('not_found');
      await expectStorageError(driver.stat(key), StorageErrorCode.NotFound);
      await expectStorageError(driver.get(key, { start: 0, end: 10 }), StorageErrorCode.NotFound);
      expect(await driver.exists(key)).toBe(false);
    });

    it('rejects keys that could escape or name hidden files, and releases the source', async () => {
      for (const key of ['../etc/passwd', 'ab/../../x', '/abs/path', 'a//b', '.hidden', 'ab/.tmp-x', 'a\\b', '', 'ab/cd/']) {
        const source = chunked(small);
        await expectStorageError(driver.put(key, source), StorageErrorCode.InvalidKey);
        expect(source.destroyed).toBe(true);
        await expectStorageError(driver.get(key), StorageErrorCode.InvalidKey);
        await expectStorageError(driver.delete(key), StorageErrorCode.InvalidKey);
      }
    });
  });
}
