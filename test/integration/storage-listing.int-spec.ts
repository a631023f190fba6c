import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsStorageDriver, loadS3StorageDriver, newStorageKey, type StorageDriver } from '@attesta/storage';
import { startS3TestServer, type S3TestServer } from './s3-test-server.js';

const S3Driver = await loadS3StorageDriver();

async function listed(driver: StorageDriver): Promise<{ key: string; modifiedAt: Date }[]> {
  const out: { key: string; modifiedAt: Date }[] = [];
  for await (const entry of driver.list!()) out.push(entry);
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

describe('storage drivers list their objects for the sweep', () => {
  let dir: string;
  let s3: S3TestServer;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'attesta-storage-listing-'));
    s3 = await startS3TestServer('attesta-listing');
  }, 30_000);
  afterAll(async () => {
    await s3?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('fs: lists stored objects (not temp files or non-keys) and removes only stale temp files', async () => {
    const fs = new FsStorageDriver(join(dir, 'objects'));
    expect(await listed(fs)).toEqual([]);
    const keys = [newStorageKey(), newStorageKey(), newStorageKey()].sort();
    for (const key of keys) await fs.put(key, Readable.from([Buffer.from(key)]));
    const subdir = join(fs.root, keys[0]!.slice(0, 5));
    const stale = join(subdir, '.tmp-stale');
    const fresh = join(subdir, '.tmp-fresh');
    await writeFile(stale, 'x');
    await writeFile(fresh, 'x');
    const old = new Date(Date.now() - 7_200_000);
    await utimes(stale, old, old);
    await mkdir(join(fs.root, 'lost+found'), { recursive: true });
    await writeFile(join(fs.root, 'lost+found', '#1'), 'x');

    const entries = await listed(fs);
    expect(entries.map((e) => e.key)).toEqual(keys);
    for (const e of entries) expect(Math.abs(e.modifiedAt.getTime() - Date.now())).toBeLessThan(60_000);

    expect(await fs.removeStaleTemp(new Date(Date.now() - 3_600_000))).toBe(1);
    expect(await fs.exists(keys[0]!)).toBe(true);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });

  it('s3: lists every object of the bucket with its last-modified time', async () => {
    const driver = new S3Driver(
      {
        bucket: s3.bucket,
        region: s3.region,
        endpoint: s3.endpoint,
        forcePathStyle: true,
        credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
      },
      { maxAttempts: 1 },
    );
    try {
      const keys = [newStorageKey(), newStorageKey(), newStorageKey()].sort();
      for (const key of keys) await driver.put(key, Readable.from([Buffer.from(key)]));
      const entries = await listed(driver);
      expect(entries.map((e) => e.key)).toEqual(keys);
      for (const e of entries) expect(e.modifiedAt).toBeInstanceOf(Date);
      expect('removeStaleTemp' in driver).toBe(false);
    } finally {
      await driver.close();
    }
  });
});
