import { createHash, type Hash } from 'node:crypto';
import { pipeline, Transform, type Readable, type TransformCallback } from 'node:stream';
import type { ByteRange } from './storage.driver.js';
import { StorageError, StorageErrorCode, StorageIoError } from './storage.errors.js';

function tooLarge(limit: number, what: string): StorageError {
  return new StorageError(StorageErrorCode.TooLarge, `The content is larger than ${what} (${limit} bytes).`, {
    extensions: { limitBytes: limit },
  });
}

/** Counts bytes and fails the stream with `too_large` once more than `maxBytes` pass. */
class ByteLimit extends Transform {
  private seen = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.maxBytes) return done(tooLarge(this.maxBytes, 'the allowed size'));
    done(null, chunk);
  }
}

/**
 * Wraps `source` so that exceeding `maxBytes` destroys both streams with a `StorageError`
 * `too_large` (answer 413); a driver's `put` then removes whatever it had written.
 */
export function withByteLimit(source: Readable, maxBytes: number): Readable {
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) throw new RangeError('maxBytes must be a non-negative integer');
  const limited = new ByteLimit(maxBytes);
  // pipeline forwards the source's errors and destroys the source when the limit trips.
  pipeline(source, limited, () => undefined);
  return limited;
}

/**
 * Pass-through that hashes (SHA-256) and counts on the fly, enforcing an optional limit and
 * declared size. Used by every driver's `put`.
 */
export class DigestingCounter extends Transform {
  private readonly hash: Hash = createHash('sha256');
  private count = 0;
  private hex?: string;

  constructor(private readonly limits: { maxBytes?: number; expectedSize?: number } = {}) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.count += chunk.length;
    const { maxBytes, expectedSize } = this.limits;
    if (maxBytes !== undefined && this.count > maxBytes) return done(tooLarge(maxBytes, 'the allowed size'));
    if (expectedSize !== undefined && this.count > expectedSize) return done(tooLarge(expectedSize, 'the declared size'));
    this.hash.update(chunk);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    const { expectedSize } = this.limits;
    if (expectedSize !== undefined && this.count !== expectedSize) {
      return done(
        new StorageError(StorageErrorCode.Aborted, `The content ended after ${this.count} of ${expectedSize} declared bytes.`, {
          extensions: { receivedBytes: this.count, expectedBytes: expectedSize },
        }),
      );
    }
    this.hex = this.hash.digest('hex');
    done();
  }

  get size(): number {
    return this.count;
  }

  /** Available once the stream has flushed. */
  get sha256(): string {
    if (this.hex === undefined) throw new Error('The digest is not complete yet');
    return this.hex;
  }
}

/**
 * Passes a whole object's bytes through while hashing them, holding the last chunk back until the
 * SHA-256 and the size are known: bytes that are not the recorded ones (an object changed or
 * damaged in the store after it was hashed on upload) fail the stream before its end, so a reader
 * never receives them complete under the recorded hash (an HTTP answer is cut short, not finished).
 */
class DigestCheck extends Transform {
  private readonly hash: Hash = createHash('sha256');
  private count = 0;
  private held: Buffer | null = null;

  constructor(
    private readonly expected: { sha256: string; size: number },
    private readonly onMismatch: (actual: { sha256: string; size: number }) => void,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    this.count += chunk.length;
    const previous = this.held;
    this.held = chunk;
    done(null, previous ?? undefined);
  }

  override _flush(done: TransformCallback): void {
    const actual = { sha256: this.hash.digest('hex'), size: this.count };
    if (actual.sha256 !== this.expected.sha256 || actual.size !== this.expected.size) {
      this.onMismatch(actual);
      return done(
        new StorageIoError(
          `The stored object hashes to ${actual.sha256} (${actual.size} bytes), not the recorded ${this.expected.sha256} (${this.expected.size} bytes).`,
        ),
      );
    }
    done(null, this.held ?? undefined);
  }
}

/** `source` (a whole stored object) checked against its recorded SHA-256 and size as it is read (see DigestCheck). */
export function withDigestCheck(
  source: Readable,
  expected: { sha256: string; size: number },
  onMismatch: (actual: { sha256: string; size: number }) => void = () => undefined,
): Readable {
  const checked = new DigestCheck(expected, onMismatch);
  pipeline(source, checked, () => undefined);
  return checked;
}

/** Resolves a requested range against an object's size (end clamped), or throws `invalid_range`. */
export function resolveRange(size: number, range: ByteRange): ByteRange {
  const { start, end } = range;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start || start >= size) {
    throw new StorageError(StorageErrorCode.InvalidRange, `The range ${start}-${end} is not satisfiable for ${size} bytes.`, {
      extensions: { size },
    });
  }
  return { start, end: Math.min(end, size - 1) };
}

/** Errors that mean the write was stopped rather than failed: the signal fired or a stream closed early. */
export function isAbortLike(error: unknown): boolean {
  const e = error as { name?: string; code?: string } | undefined;
  return e?.name === 'AbortError' || e?.code === 'ABORT_ERR' || e?.code === 'ERR_STREAM_PREMATURE_CLOSE';
}

export function abortedError(cause: unknown): StorageError {
  return new StorageError(StorageErrorCode.Aborted, 'The upload was aborted before it completed.', { cause });
}
