import { ConfigError, loadConfig } from '@attesta/core';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsStorageDriver } from './fs-storage.driver.js';
import { S3StorageDriver } from './s3-storage.driver.js';
import { StorageError, StorageErrorCode, StorageIoError, isStorageFailure } from './storage.errors.js';
import { createStorageDriver } from './storage.module.js';

const base = { DATABASE_URL: 'postgres://app@127.0.0.1:5432/attesta' };

describe('createStorageDriver', () => {
  it('defaults to files under DATA_DIR/objects', async () => {
    const driver = await createStorageDriver(loadConfig({ ...base, DATA_DIR: '/var/lib/attesta' }));
    expect(driver).toBeInstanceOf(FsStorageDriver);
    expect((driver as FsStorageDriver).root).toBe(resolve(join('/var/lib/attesta', 'objects')));
  });

  it('builds the S3 driver from the S3_* settings', async () => {
    const driver = await createStorageDriver(
      loadConfig({
        ...base,
        STORAGE_DRIVER: 's3',
        S3_BUCKET: 'evidence',
        S3_ENDPOINT: 'http://minio:9000',
        S3_FORCE_PATH_STYLE: 'true',
        S3_ACCESS_KEY_ID: 'k',
        S3_SECRET_ACCESS_KEY: 's',
      }),
    );
    expect(driver).toBeInstanceOf(S3StorageDriver);
    expect(await (driver as S3StorageDriver).client.config.forcePathStyle).toBe(true);
    await driver.close();
  });

  it('configuration refuses s3 without a bucket and a lone access key', () => {
    expect(() => loadConfig({ ...base, STORAGE_DRIVER: 's3' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, STORAGE_DRIVER: 's3', S3_BUCKET: 'evidence', S3_ACCESS_KEY_ID: 'k' })).toThrow(/S3_SECRET_ACCESS_KEY/);
    expect(() => loadConfig({ ...base, STORAGE_DRIVER: 'ftp' })).toThrow(/STORAGE_DRIVER/);
  });
});

describe(StorageError.name, () => {
  it('maps every code to a client kind; backend failures are not domain errors', () => {
    const kinds = Object.values(StorageErrorCode).map((code) => [code, new StorageError(code, 'x').kind]);
    expect(Object.fromEntries(kinds)).toEqual({
      'storage.not_found': 'not_found',
      'storage.too_large': 'payload_too_large',
      'storage.aborted': 'invalid',
      'storage.invalid_key': 'invalid',
      'storage.invalid_range': 'invalid',
    });
    const io = new StorageIoError('disk full');
    expect(isStorageFailure(io, 'storage.io')).toBe(true);
    expect(isStorageFailure(io, StorageErrorCode.NotFound)).toBe(false);
    expect(isStorageFailure(new Error('x'))).toBe(false);
  });
});
