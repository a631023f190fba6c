/**
 * `npm run demo`: finds or starts PostgreSQL and Redis, migrates, seeds a demo tenant
 * set when the database is empty, and runs the API with the job processors in-process.
 */
import 'reflect-metadata';
import { ConfigError, loadConfig } from '@attesta/core';
import { runMigrations } from '@attesta/schema';
import { createAllInOneApp } from '../apps/all-in-one/src/all-in-one.js';
import { DevstackError, ensureDatabase, freePort, isPortFree, startDevstack } from './lib/devstack.js';
import { seedDemoIfEmpty } from './seed/demo-seed.js';

const env = process.env;
const say = (m: string) => process.stdout.write(`${m}\n`);

async function main(): Promise<void> {
  const dataDir = env.DATA_DIR ?? '.data';
  say('Attesta demo: looking for PostgreSQL and Redis ...');
  const stack = await startDevstack({ dataDir, env, log: say });
  stack.describe.forEach((d) => say(`  ${d}`));
  const urls = await ensureDatabase(stack.adminUrl, env.DEMO_DATABASE ?? 'attesta');
  const port = env.PORT ? Number(env.PORT) : (await isPortFree(3000)) ? 3000 : await freePort();
  const config = loadConfig({
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    ...env,
    PORT: String(port),
    DATABASE_URL: urls.appUrl,
    DATABASE_MIGRATION_URL: urls.ownerUrl,
    REDIS_URL: stack.redisUrl,
    DATA_DIR: dataDir,
    API_RUN_PROCESSORS: 'true',
  });
  const migrated = await runMigrations(config);
  say(`  migrations: ${migrated.length ? `${migrated.length} applied` : 'up to date'}`);

  const app = await createAllInOneApp(config);
  const seeded = await seedDemoIfEmpty(app);
  await app.listen({ port: config.PORT, host: config.HOST });

  const base = config.PUBLIC_BASE_URL;
  say('');
  say(`Attesta is running at ${base}`);
  say(`  Web portal:             ${base}/   (sign in with a login below)`);
  say(`  Public verification:    ${base}/verify`);
  say(`  API docs (OpenAPI UI):  ${base}/docs`);
  say(`  OpenAPI document:       ${base}/openapi.json`);
  say(`  Readiness:              ${base}/health/ready`);
  say(seeded.created ? '  Demo data: seeded now.' : '  Demo data: kept from an earlier run.');
  seeded.logins.forEach((l) => say(`  ${l}`));
  say('  Try: lan@hpm.demo → Action items (gaps, findings, evidence to renew); a workspace → Audit log (who did what, by name).');
  say('Press Ctrl+C to stop.');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    say('stopping ...');
    await app.close().catch(() => undefined);
    await stack.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((e: unknown) => {
  if (e instanceof DevstackError || e instanceof ConfigError) {
    process.stderr.write(`\n${e.message}\n`);
  } else {
    process.stderr.write(`\nThe demo could not start: ${(e as Error).message}\n`);
  }
  process.exit(1);
});
