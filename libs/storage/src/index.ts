export { FsStorageDriver } from './fs-storage.driver.js';
export type { S3StorageDriver, S3StorageOptions } from './s3-storage.driver.js';
export { newStorageKey } from './storage-keys.js';
export { type StorageSweepResult, StorageSweepService } from './storage-sweep.service.js';
export {
  type ByteRange,
  type PutOptions,
  type PutResult,
  STORAGE,
  type StorageDriver,
  type StoredObjectEntry,
  type StoredObjectStat,
  type StoredObjectStream,
} from './storage.driver.js';
export { isStorageFailure, StorageError, StorageErrorCode, type StorageFailureCode } from './storage.errors.js';
export { loadS3StorageDriver, StorageModule } from './storage.module.js';
export { withByteLimit, withDigestCheck } from './storage-streams.js';
