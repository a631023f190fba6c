import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@attesta/core';
import { join } from 'node:path';
import { FsStorageDriver } from './fs-storage.driver.js';
import { STORAGE, type StorageDriver } from './storage.driver.js';

type StorageConfig = Pick<
  AppConfig,
  'STORAGE_DRIVER' | 'DATA_DIR' | 'S3_ENDPOINT' | 'S3_REGION' | 'S3_BUCKET' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY' | 'S3_FORCE_PATH_STYLE'
>;

/** The S3 driver's class, imported on demand: the AWS SDK under it stays out of start-up. */
export async function loadS3StorageDriver(): Promise<typeof import('./s3-storage.driver.js').S3StorageDriver> {
  return (await import('./s3-storage.driver.js')).S3StorageDriver;
}

/**
 * The driver the configuration names: files under `DATA_DIR/objects`, or an S3 bucket. The S3
 * driver (and the AWS SDK under it) is imported only when configured, so file storage starts without it.
 */
export async function createStorageDriver(config: StorageConfig): Promise<StorageDriver> {
  switch (config.STORAGE_DRIVER) {
    case 'fs':
      return new FsStorageDriver(join(config.DATA_DIR, 'objects'));
    case 's3': {
      if (!config.S3_BUCKET) throw new Error('S3_BUCKET is required when STORAGE_DRIVER=s3');
      const S3StorageDriver = await loadS3StorageDriver();
      return new S3StorageDriver({
        bucket: config.S3_BUCKET,
        region: config.S3_REGION,
        endpoint: config.S3_ENDPOINT,
        forcePathStyle: config.S3_FORCE_PATH_STYLE,
        credentials:
          config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
            ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY }
            : undefined,
      });
    }
    default: {
      const unknown: never = config.STORAGE_DRIVER;
      throw new Error(`Unknown STORAGE_DRIVER ${String(unknown)}`);
    }
  }
}

/** Provides `STORAGE`, the configured driver, to every module (needs the global AppConfig). */
@Global()
@Module({
  providers: [{ provide: STORAGE, useFactory: (config: AppConfig) => createStorageDriver(config), inject: [AppConfig] }],
  exports: [STORAGE],
})
export class StorageModule implements OnApplicationShutdown {
  constructor(@Inject(STORAGE) private readonly storage: StorageDriver) {}

  async onApplicationShutdown(): Promise<void> {
    await this.storage.close();
  }
}
