import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsStorageDriver, loadS3StorageDriver, newStorageKey, type S3StorageDriver } from '@attesta/storage';
import { startS3TestServer, type S3TestServer } from './s3-test-server.js';
import { chunked, storageContract } from './storage-contract.js';

const S3Driver = await loadS3StorageDriver();

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
}

storageContract('filesystem', async () => {
  const root = await mkdtemp(join(tmpdir(), 'attesta-fs-storage-'));
  const driver = new FsStorageDriver(join(root, 'objects'));
  return {
    driver,
    // Objects and any temp file a write left behind.
    leftovers: () => filesUnder(root),
    dispose: () => rm(root, { recursive: true, force: true }),
  };
});

function s3DriverFor(server: S3TestServer, sent: string[] = []): S3StorageDriver {
  const driver = new S3Driver(
    {
      bucket: server.bucket,
      region: server.region,
      endpoint: server.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey },
      partSize: 5 * 1024 * 1024,
    },
    { maxAttempts: 1 },
  );
  driver.client.middlewareStack.add(
    (next, context) => async (args) => {
      sent.push(context.commandName ?? '?');
      return next(args);
    },
    { step: 'initialize', name: 'recordCommands' },
  );
  return driver;
}

async function listKeys(driver: S3StorageDriver, bucket: string): Promise<string[]> {
  const res = await driver.client.send(new ListObjectsV2Command({ Bucket: bucket }));
  return (res.Contents ?? []).map((o) => o.Key!).sort();
}

let server: S3TestServer;

storageContract('S3 (s3rver over HTTP)', async () => {
  server = await startS3TestServer();
  const driver = s3DriverFor(server);
  return {
    driver,
    leftovers: () => listKeys(driver, server.bucket),
    dispose: async () => {
      await driver.close();
      await server.stop();
    },
  };
});

describe('S3StorageDriver against s3rver', () => {
  let own: S3TestServer;
  const sent: string[] = [];
  let driver: S3StorageDriver;

  beforeAll(async () => {
    own = await startS3TestServer('attesta-s3-specific');
    driver = s3DriverFor(own, sent);
  });
  afterAll(async () => {
    await driver?.close();
    await own?.stop();
  });

  it('uploads large objects as multipart and small ones with one PUT', async () => {
    sent.length = 0;
    await driver.put(newStorageKey(), chunked(randomBytes(12 * 1024 * 1024)));
    expect(sent.filter((c) => c === 'UploadPartCommand').length).toBe(3);
    expect(sent).toContain('CompleteMultipartUploadCommand');
    sent.length = 0;
    await driver.put(newStorageKey(), chunked(randomBytes(2048)));
    expect(sent).toEqual(['PutObjectCommand']);
  });

  it('aborts the multipart upload when the source fails after a part was sent', async () => {
    sent.length = 0;
    const key = newStorageKey();
    await expect(driver.put(key, chunked(randomBytes(12 * 1024 * 1024), { failAfter: 11 * 1024 * 1024 }))).rejects.toThrow('source failed');
    expect(sent).toContain('CreateMultipartUploadCommand');
    expect(sent).toContain('AbortMultipartUploadCommand');
    expect(sent).not.toContain('CompleteMultipartUploadCommand');
    expect(await driver.exists(key)).toBe(false);
  });

  it('an unreachable store is an io failure, not a client error', async () => {
    const dead = new S3Driver(
      {
        bucket: 'x-bucket',
        region: 'us-east-1',
        endpoint: 'http://127.0.0.1:9',
        forcePathStyle: true,
        credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      },
      { maxAttempts: 1 },
    );
    const error = await dead.stat(newStorageKey()).catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe('storage.io');
    await dead.close();
  });
});
