import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@attesta/core';
import type { ApiAppOptions } from '../../apps/api/src/bootstrap.js';
import { createServerApp } from '../../apps/all-in-one/src/all-in-one.js';
import { createTestDatabase, type TestDatabase } from './test-env.js';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  db: TestDatabase;
  /** `http://127.0.0.1:<port>` of the real listening socket. */
  baseUrl: string;
  close(): Promise<void>;
}

const databasesByBaseUrl = new Map<string, TestDatabase>();

/** Records the database behind a base URL the harness did not boot (the scale test's load balancer), for the mailbox helpers. */
export function registerTestDatabase(baseUrl: string, db: TestDatabase): void {
  databasesByBaseUrl.set(baseUrl, db);
}

/** The database behind a test app's base URL (for helpers that only hold an HTTP client, e.g. the mailbox). */
export function testDatabaseOf(baseUrl: string): TestDatabase {
  const db = databasesByBaseUrl.get(baseUrl);
  if (!db) throw new Error(`no test app listens at ${baseUrl}`);
  return db;
}

/** Boots the API exactly as production does, on its own database, on a free port (or env.PORT). */
export async function createTestApp(options: ApiAppOptions & { env?: Record<string, string> } = {}): Promise<TestApp> {
  const db = await createTestDatabase(options.env);
  // With API_RUN_PROCESSORS=true the app is the all-in-one process (API + job processors).
  const app = await createServerApp(db.config, options);
  await app.listen({ port: Number(options.env?.PORT ?? 0), host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  databasesByBaseUrl.set(`http://127.0.0.1:${port}`, db);
  return {
    app,
    config: db.config,
    db,
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      await db.dispose();
    },
  };
}
