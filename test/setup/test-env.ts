import { AppConfig, loadConfig } from '@attesta/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { adminQuery, dropDatabase, urlsFor, OWNER_ROLE } from '../../scripts/lib/devstack.js';
import { deleteKeys } from './global-setup.js';

/**
 * The platform operator's credential in every test app (OPERATOR_TOKEN), so the harness can
 * curate the trust list and verify accreditations through the operator API. A test that needs
 * the operator routes off passes `OPERATOR_TOKEN: ''`.
 */
export const TEST_OPERATOR_TOKEN = 'test-operator-token-0123456789abcdef-0123456789';

export interface TestEnv {
  adminUrl: string;
  redisUrl: string;
  /** Migrated database every test file clones. */
  template: string;
  /** Prefix of every database and queue key this run creates. */
  prefix: string;
}

export interface TestDatabase {
  config: AppConfig;
  adminUrl: string;
  database: string;
  /** Drops the database, the queue keys and the data directory. */
  dispose(): Promise<void>;
}

/** A database cloned from the migrated template, with its own queue prefix and data dir. */
export async function createTestDatabase(overrides: Record<string, string> = {}): Promise<TestDatabase> {
  const env = inject('testEnv');
  const suffix = randomBytes(4).toString('hex');
  const database = `${env.prefix}_${suffix}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(env.adminUrl, `CREATE DATABASE ${database} TEMPLATE ${env.template} OWNER ${OWNER_ROLE}`);
      break;
    } catch (e) {
      // Two clones of one template at the same instant can collide; try again.
      if (attempt >= 10 || !/being accessed by other users/.test((e as Error).message)) throw e;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  const urls = urlsFor(env.adminUrl, database);
  const dataDir = mkdtempSync(join(tmpdir(), 'attesta-test-'));
  const queuePrefix = `${env.prefix}_${suffix}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    HOST: '127.0.0.1',
    PORT: '0',
    PUBLIC_BASE_URL: 'http://localhost:3000',
    DATABASE_URL: urls.appUrl,
    DATABASE_MIGRATION_URL: urls.ownerUrl,
    DATABASE_POOL_SIZE: '5',
    REDIS_URL: env.redisUrl,
    QUEUE_PREFIX: queuePrefix,
    DATA_DIR: dataDir,
    // Test receivers listen on loopback over plain http.
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    WEBHOOK_ALLOW_HTTP: 'true',
    // Test did:web issuers (foreign credentials) listen on loopback over plain http.
    FOREIGN_CREDENTIALS_ALLOW_PRIVATE_HOSTS: '127.0.0.1:*',
    OPERATOR_TOKEN: TEST_OPERATOR_TOKEN,
    // Every test client is 127.0.0.1: the per-IP budgets of the public routes would otherwise
    // count a whole suite's sign-ups as one visitor's (the rate-limit tests set their own).
    RATE_LIMIT_SIGNUP_PER_IP_PER_HOUR: '100000',
    RATE_LIMIT_INVITATION_PER_IP_PER_MINUTE: '100000',
    RATE_LIMIT_PUBLIC_PER_IP_PER_MINUTE: '100000',
    ...overrides,
  });
  return {
    config,
    adminUrl: env.adminUrl,
    database,
    dispose: async () => {
      await dropDatabase(env.adminUrl, database).catch(() => undefined);
      await deleteKeys(env.redisUrl, `${queuePrefix}*`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
