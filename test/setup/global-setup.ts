/**
 * Once per test run: find or start PostgreSQL and Redis (as the demo does), migrate a
 * template database, and hand its name to the test files, which clone it.
 */
import { loadConfig } from '@attesta/core';
import { runMigrations } from '@attesta/schema';
import { Redis } from 'ioredis';
import type { TestProject } from 'vitest/node';
import { adminQuery, dropDatabase, ensureDatabase, startDevstack } from '../../scripts/lib/devstack.js';
import type { TestEnv } from './test-env.js';

declare module 'vitest' {
  export interface ProvidedContext {
    testEnv: TestEnv;
  }
}

export default async function setup(project: TestProject) {
  const stack = await startDevstack({ dataDir: '.data/test', env: process.env });
  // Starts with the start time (8 base-36 digits until the year 2059), then the pid.
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const prefix = `attesta_t_${runId}`;

  // Databases left behind by killed runs go first: only those of runs that started more
  // than three hours ago (the run id begins with its start time), so a run going on
  // beside this one keeps its template.
  const leftovers = await adminQuery<{ datname: string }>(stack.adminUrl, `SELECT datname FROM pg_database WHERE datname LIKE 'attesta\\_t\\_%'`);
  const cutoff = Date.now() - 3 * 3600_000;
  for (const { datname } of leftovers) {
    const started = parseInt(datname.slice('attesta_t_'.length, 'attesta_t_'.length + 8), 36);
    if (Number.isFinite(started) && started < cutoff) await dropDatabase(stack.adminUrl, datname).catch(() => undefined);
  }

  const template = `${prefix}_tpl`;
  const urls = await ensureDatabase(stack.adminUrl, template);
  await runMigrations(loadConfig({ DATABASE_URL: urls.appUrl, DATABASE_MIGRATION_URL: urls.ownerUrl, REDIS_URL: stack.redisUrl }));

  const env: TestEnv = { adminUrl: stack.adminUrl, redisUrl: stack.redisUrl, template, prefix };
  project.provide('testEnv', env);

  return async () => {
    const mine = await adminQuery<{ datname: string }>(stack.adminUrl, `SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${prefix}%`]);
    for (const { datname } of mine) await dropDatabase(stack.adminUrl, datname).catch(() => undefined);
    await deleteKeys(stack.redisUrl, `${prefix}*`);
    await stack.stop();
  };
}

export async function deleteKeys(redisUrl: string, pattern: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
