export * from './fs-storage.driver.js';
export * from './s3-storage.driver.js';
export * from './storage-keys.js';
export * from './storage-sweep.service.js';
export { withByteLimit, DigestingCounter, resolveRange } from './storage-streams.js';
export * from './storage.driver.js';
export * from './storage.errors.js';
export * from './storage.module.js';
