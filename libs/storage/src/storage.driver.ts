import type { Readable } from 'node:stream';

/** Inclusive byte range, as in an HTTP `Range: bytes=start-end` header. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface PutOptions {
  /** Media type recorded with the object (S3 `Content-Type`); the filesystem ignores it. */
  contentType?: string;
  /** Bytes the caller declared (e.g. a part's Content-Length): more is `too_large`, fewer is `aborted`. */
  expectedSize?: number;
  /** Most bytes accepted; past it the source is destroyed with `too_large` and nothing is kept. */
  maxBytes?: number;
  /** Aborting it stops the write with `aborted` and removes what was written. */
  signal?: AbortSignal;
}

export interface PutResult {
  /** Bytes written. */
  size: number;
  /** Lower-case hex SHA-256 of the bytes written, computed while streaming. */
  sha256: string;
}

export interface StoredObjectStream {
  /** The bytes of the object, or of the requested range. */
  stream: Readable;
  /** Size of the whole object (for `Content-Range: bytes start-end/size`). */
  size: number;
  /** The range served, with `end` clamped to the object's last byte; absent for a whole-object read. */
  range?: ByteRange;
  /** Bytes the stream will yield. */
  length: number;
}

export interface StoredObjectStat {
  size: number;
  modifiedAt: Date;
}

/** One stored object as a listing names it. */
export interface StoredObjectEntry {
  key: string;
  modifiedAt: Date;
}

/**
 * Where evidence files live. Writes stream (never buffered whole) and hash on the fly;
 * a failed or aborted write leaves nothing behind and rethrows.
 *
 * Errors: `StorageError` (not_found, too_large, aborted, invalid_key, invalid_range),
 * `StorageIoError` when the backend fails; a failing source's own error is rethrown as is.
 */
export interface StorageDriver {
  /** `fs` or `s3`, for logs and health output. */
  readonly name: string;
  /** Streams `source` into the object `key` (replacing it atomically if it exists). */
  put(key: string, source: Readable, options?: PutOptions): Promise<PutResult>;
  /** Reads the object, or the inclusive byte range of it. */
  get(key: string, range?: ByteRange): Promise<StoredObjectStream>;
  stat(key: string): Promise<StoredObjectStat>;
  /** Removes the object; removing a missing object is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** Every stored object (valid keys only; temp files are never listed), for the storage sweep. */
  list?(): AsyncIterable<StoredObjectEntry>;
  /** Removes the driver's own leftover temp files (an interrupted write) last modified before `before`; returns how many. */
  removeStaleTemp?(before: Date): Promise<number>;
  /** Releases connections (called on application shutdown). */
  close(): Promise<void>;
}

/** Injection token of the configured driver: `@Inject(STORAGE) storage: StorageDriver`. */
export const STORAGE = Symbol.for('attesta.storage');
