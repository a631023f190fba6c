import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
  S3ServiceException,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { PassThrough, Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertValidKey, isValidStorageKey } from './storage-keys.js';
import { abortedError, DigestingCounter, isAbortLike, resolveRange } from './storage-streams.js';
import type { ByteRange, PutOptions, PutResult, StorageDriver, StoredObjectEntry, StoredObjectStat, StoredObjectStream } from './storage.driver.js';
import { StorageError, StorageErrorCode, StorageIoError } from './storage.errors.js';

export interface S3StorageOptions {
  bucket: string;
  region: string;
  endpoint?: string;
  forcePathStyle?: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Multipart part size (≥ 5 MiB). Memory per upload is about partSize × queueSize. */
  partSize?: number;
  /** Parts uploaded in parallel. */
  queueSize?: number;
}

const MIB = 1024 * 1024;

function httpStatusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode;
}

function isS3Failure(error: unknown): boolean {
  return error instanceof S3ServiceException || httpStatusOf(error) !== undefined || (error as { $fault?: unknown })?.$fault !== undefined;
}

/** Parses `Content-Range: bytes 0-99/1234`. */
function parseContentRange(header: string | undefined): { start: number; end: number; size: number } | undefined {
  const m = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(header ?? '');
  return m ? { start: Number(m[1]), end: Number(m[2]), size: Number(m[3]) } : undefined;
}

/** The first `n` bytes of `source`; the rest is not read (the source is destroyed). */
function takeBytes(source: Readable, n: number): Readable {
  let left = n;
  const out = new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (left <= 0) return done();
      const part = chunk.length <= left ? chunk : chunk.subarray(0, left);
      left -= part.length;
      this.push(part);
      if (left === 0) {
        this.push(null);
        source.unpipe(out);
        source.destroy();
      }
      done();
    },
  });
  source.on('error', (e) => out.destroy(e));
  return source.pipe(out);
}

/**
 * Any S3-compatible store through the AWS SDK v3. Writes go through `Upload` (multipart
 * above one part, single PUT below), streaming: at most partSize × queueSize bytes are held.
 * On failure the multipart upload is aborted, so no object and no parts are left.
 */
export class S3StorageDriver implements StorageDriver {
  readonly name = 's3';
  readonly client: S3Client;
  private readonly bucket: string;
  private readonly partSize: number;
  private readonly queueSize: number;

  constructor(options: S3StorageOptions, clientOverrides: Partial<S3ClientConfig> = {}) {
    this.bucket = options.bucket;
    this.partSize = Math.max(5 * MIB, options.partSize ?? 8 * MIB);
    this.queueSize = Math.max(1, options.queueSize ?? 4);
    this.client = new S3Client({
      region: options.region,
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      forcePathStyle: options.forcePathStyle ?? false,
      ...(options.credentials ? { credentials: options.credentials } : {}),
      // We hash every object ourselves (SHA-256); the SDK's default CRC trailers use
      // aws-chunked encoding, which many S3-compatible stores do not accept.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      ...clientOverrides,
    });
  }

  async put(key: string, source: Readable, options: PutOptions = {}): Promise<PutResult> {
    try {
      assertValidKey(key);
    } catch (e) {
      source.destroy();
      throw e;
    }
    const digest = new DigestingCounter(options);
    const body = new PassThrough({ highWaterMark: 1 * MIB });
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: body, ...(options.contentType ? { ContentType: options.contentType } : {}) },
      partSize: this.partSize,
      queueSize: this.queueSize,
      leavePartsOnError: false,
    });
    const onAbort = () => void upload.abort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const uploading = upload.done().then(
      () => undefined,
      (error: unknown) => {
        // The uploader stopped reading: end the pipeline instead of letting it wait forever.
        body.destroy(error instanceof Error ? error : new Error(String(error)));
        throw error;
      },
    );
    const piping = pipeline(source, digest, body, options.signal ? { signal: options.signal } : {});
    const [piped, uploaded] = await Promise.allSettled([piping, uploading]);
    options.signal?.removeEventListener('abort', onAbort);

    if (piped.status === 'rejected') {
      source.destroy();
      await upload.abort().catch(() => undefined);
      // The object can only exist if the upload completed before the source failed (a short
      // stream against a declared size is detected at its end): remove it.
      if (uploaded.status === 'fulfilled') await this.delete(key).catch(() => undefined);
      throw this.mapWriteError(piped.reason);
    }
    if (uploaded.status === 'rejected') {
      // An abort can win the race against a single PUT that the store already completed.
      if (isAbortLike(uploaded.reason)) await this.delete(key).catch(() => undefined);
      throw this.mapWriteError(uploaded.reason);
    }
    return { size: digest.size, sha256: digest.sha256 };
  }

  async get(key: string, range?: ByteRange): Promise<StoredObjectStream> {
    assertValidKey(key);
    if (range) {
      // Validate the shape here; S3 itself answers 416 when start is past the end.
      resolveRange(Number.MAX_SAFE_INTEGER, range);
    }
    try {
      const res = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key, ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}) }),
      );
      const stream = res.Body as Readable;
      const length = res.ContentLength ?? 0;
      if (range) {
        const served = parseContentRange(res.ContentRange);
        if (!served || served.start !== range.start) {
          stream.destroy();
          throw new StorageIoError(`The store answered range ${res.ContentRange ?? '(none)'} to bytes=${range.start}-${range.end}.`);
        }
        const end = Math.min(range.end, served.end);
        // Some stores send more than asked (s3rver answers bytes=0-0 with the whole object).
        const body = served.end > end ? takeBytes(stream, end - range.start + 1) : stream;
        return { stream: body, size: served.size, range: { start: range.start, end }, length: end - range.start + 1 };
      }
      return { stream, size: length, length };
    } catch (error) {
      throw this.mapReadError(key, error, range);
    }
  }

  async stat(key: string): Promise<StoredObjectStat> {
    assertValidKey(key);
    try {
      const res = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { size: res.ContentLength ?? 0, modifiedAt: res.LastModified ?? new Date(0) };
    } catch (error) {
      throw this.mapReadError(key, error);
    }
  }

  async delete(key: string): Promise<void> {
    assertValidKey(key);
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
    } catch (error) {
      if (httpStatusOf(error) === 404) return;
      throw new StorageIoError('Deleting from storage failed.', { cause: error });
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.stat(key);
      return true;
    } catch (error) {
      if (error instanceof StorageError && error.code === StorageErrorCode.NotFound) return false;
      throw error;
    }
  }

  /** Every object of the bucket, a page (≤ 1,000 keys) at a time. Multipart leftovers are S3's to expire (a lifecycle rule). */
  async *list(): AsyncIterable<StoredObjectEntry> {
    let token: string | undefined;
    do {
      let page;
      try {
        page = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, ...(token ? { ContinuationToken: token } : {}) }));
      } catch (error) {
        throw new StorageIoError('Listing storage failed.', { cause: error });
      }
      for (const object of page.Contents ?? []) {
        if (object.Key && object.LastModified && isValidStorageKey(object.Key)) yield { key: object.Key, modifiedAt: object.LastModified };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  async close(): Promise<void> {
    this.client.destroy();
  }

  private mapReadError(key: string, error: unknown, range?: ByteRange): unknown {
    if (error instanceof StorageError) return error;
    const status = httpStatusOf(error);
    const name = (error as { name?: string } | undefined)?.name;
    if (status === 404 || name === 'NoSuchKey' || name === 'NotFound') {
      return new StorageError(StorageErrorCode.NotFound, 'The stored object does not exist.', { extensions: { key } });
    }
    if (status === 416 || name === 'InvalidRange') {
      return new StorageError(StorageErrorCode.InvalidRange, `The range ${range?.start}-${range?.end} is not satisfiable.`, { cause: error });
    }
    return new StorageIoError('Reading from storage failed.', { cause: error });
  }

  private mapWriteError(error: unknown): unknown {
    if (error instanceof StorageError || error instanceof StorageIoError) return error;
    if (isAbortLike(error)) return abortedError(error);
    if (isS3Failure(error)) return new StorageIoError('Writing to storage failed.', { cause: error });
    return error;
  }
}
