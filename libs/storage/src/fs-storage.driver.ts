import { randomUUID } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertValidKey, isValidStorageKey } from './storage-keys.js';
import { abortedError, DigestingCounter, isAbortLike, resolveRange } from './storage-streams.js';
import type { ByteRange, PutOptions, PutResult, StorageDriver, StoredObjectEntry, StoredObjectStat, StoredObjectStream } from './storage.driver.js';
import { StorageError, StorageErrorCode, StorageIoError } from './storage.errors.js';

const TEMP_PREFIX = '.tmp-';

function isNotFound(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

function isSystemError(error: unknown): boolean {
  return typeof (error as { syscall?: unknown } | undefined)?.syscall === 'string';
}

/**
 * Objects as files under `<root>/<key>`. A write goes to a hidden temp file in the target
 * directory, is fsynced, then renamed into place (atomic on POSIX) and the directory fsynced:
 * readers never see a partial object, and a crash leaves at most a `.tmp-*` file.
 */
export class FsStorageDriver implements StorageDriver {
  readonly name = 'fs';
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  /** Absolute path of a key; validates the key and re-checks containment. */
  pathOf(key: string): string {
    assertValidKey(key);
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) {
      throw new StorageError(StorageErrorCode.InvalidKey, 'The storage key is not valid.');
    }
    return path;
  }

  async put(key: string, source: Readable, options: PutOptions = {}): Promise<PutResult> {
    let path: string;
    try {
      path = this.pathOf(key);
    } catch (e) {
      source.destroy();
      throw e;
    }
    const dir = dirname(path);
    const temp = join(dir, `${TEMP_PREFIX}${basename(path)}-${randomUUID()}`);
    const digest = new DigestingCounter(options);
    let sink: WriteStream | undefined;
    try {
      await mkdir(dir, { recursive: true });
      // `flush` fsyncs the file before the stream closes; pipeline resolves after the close.
      sink = createWriteStream(temp, { flags: 'wx', mode: 0o640, flush: true, highWaterMark: 1 << 20 });
      await pipeline(source, digest, sink, options.signal ? { signal: options.signal } : {});
      await rename(temp, path);
      await syncDirectory(dir);
      return { size: digest.size, sha256: digest.sha256 };
    } catch (error) {
      source.destroy();
      // A destroyed stream may still be opening its file: wait for the close, then remove it.
      if (sink && !sink.closed) await new Promise<void>((done) => sink!.once('close', () => done()));
      await rm(temp, { force: true }).catch(() => undefined);
      throw this.mapWriteError(error);
    }
  }

  async get(key: string, range?: ByteRange): Promise<StoredObjectStream> {
    const path = this.pathOf(key);
    const handle = await this.openForRead(key, path);
    try {
      const { size } = await handle.stat();
      const served = range ? resolveRange(size, range) : undefined;
      const stream = handle.createReadStream({
        autoClose: true,
        highWaterMark: 1 << 20,
        ...(served ? { start: served.start, end: served.end } : {}),
      });
      return { stream, size, range: served, length: served ? served.end - served.start + 1 : size };
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw error instanceof StorageError ? error : new StorageIoError('Reading from storage failed.', { cause: error });
    }
  }

  async stat(key: string): Promise<StoredObjectStat> {
    const path = this.pathOf(key);
    try {
      const s = await stat(path);
      if (!s.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
      return { size: s.size, modifiedAt: s.mtime };
    } catch (error) {
      throw this.mapReadError(key, error);
    }
  }

  async delete(key: string): Promise<void> {
    const path = this.pathOf(key);
    try {
      await rm(path, { force: true });
    } catch (error) {
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

  async *list(): AsyncIterable<StoredObjectEntry> {
    for await (const { path, name } of this.files()) {
      if (name.startsWith(TEMP_PREFIX)) continue;
      const key = relative(this.root, path).split(sep).join('/');
      if (!isValidStorageKey(key)) continue;
      const modifiedAt = await fileMtime(path);
      if (modifiedAt) yield { key, modifiedAt };
    }
  }

  async removeStaleTemp(before: Date): Promise<number> {
    let removed = 0;
    for await (const { path, name } of this.files()) {
      if (!name.startsWith(TEMP_PREFIX)) continue;
      const modifiedAt = await fileMtime(path);
      if (!modifiedAt || modifiedAt >= before) continue;
      await rm(path, { force: true });
      removed++;
    }
    return removed;
  }

  async close(): Promise<void> {}

  private files(): AsyncIterable<{ path: string; name: string }> {
    return walk(this.root);
  }

  private async openForRead(key: string, path: string): Promise<FileHandle> {
    try {
      const handle = await open(path, 'r');
      if (!(await handle.stat()).isFile()) {
        await handle.close();
        throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
      }
      return handle;
    } catch (error) {
      throw this.mapReadError(key, error);
    }
  }

  private mapReadError(key: string, error: unknown): unknown {
    if (error instanceof StorageError) return error;
    if (isNotFound(error) || (error as { code?: string }).code === 'EISDIR') {
      return new StorageError(StorageErrorCode.NotFound, 'The stored object does not exist.', { extensions: { key } });
    }
    return new StorageIoError('Reading from storage failed.', { cause: error });
  }

  /** Storage errors and the source's own errors pass through; aborts and disk failures are typed. */
  private mapWriteError(error: unknown): unknown {
    if (error instanceof StorageError || error instanceof StorageIoError) return error;
    if (isAbortLike(error)) return abortedError(error);
    if (isSystemError(error)) return new StorageIoError('Writing to storage failed.', { cause: error });
    return error;
  }
}

/** Every regular file under `root`, depth first, one directory read at a time (a missing root is empty). */
async function* walk(dir: string): AsyncIterable<{ path: string; name: string }> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (isNotFound(error)) return;
    throw new StorageIoError('Listing storage failed.', { cause: error });
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield { path, name: entry.name };
  }
}

/** A file's mtime, or null when it went away meanwhile. */
async function fileMtime(path: string): Promise<Date | null> {
  try {
    return (await stat(path)).mtime;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw new StorageIoError('Reading from storage failed.', { cause: error });
  }
}

/** Makes a rename durable: fsync the directory that holds the entry. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
