import { AppConfig, loadConfig } from '@attesta/core';
import { runMigrations } from '@attesta/schema';
import { dropDatabase, ensureDatabase, startDevstack } from './devstack.js';

/** A throwaway, fully migrated database for schema tooling. */
export async function withScratchDatabase<T>(env: Record<string, string | undefined>, work: (config: AppConfig) => Promise<T>): Promise<T> {
  const stack = await startDevstack({ dataDir: env.DATA_DIR ?? '.data', env });
  const database = `attesta_scratch_${process.pid}`;
  try {
    const urls = await ensureDatabase(stack.adminUrl, database);
    const config = loadConfig({
      ...env,
      DATABASE_URL: urls.appUrl,
      DATABASE_MIGRATION_URL: urls.ownerUrl,
      REDIS_URL: stack.redisUrl,
    });
    await runMigrations(config);
    return await work(config);
  } finally {
    await dropDatabase(stack.adminUrl, database).catch(() => undefined);
    await stack.stop();
  }
}
