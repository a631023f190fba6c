import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** Shared by the database benchmarks: tenant-scoped timing, interleaved rounds, summaries. */

/**
 * A bench server's own pool. An idle connection that fails (PostgreSQL ended it) is reported, not
 * thrown: pg's pool emits it as an 'error' event, which, unheard, would end the bench's process.
 */
export function benchPool(name: string, connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max });
  pool.on('error', (e) => process.stderr.write(`${name} pool: an idle connection failed (${e.message}); the pool replaces it\n`));
  return pool;
}

/** The repository's root (the folder with package.json), whether this runs from the sources or from dist/. */
export const repoRoot: string = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();

export const envInt = (name: string, fallback: number): number => {
  const v = process.env[name];
  const n = v === undefined || v === '' ? fallback : Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got ${v}`);
  return n;
};

export const load = (): string =>
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')} (1/5/15 min)`;

/** A connection as the app's role; `time` runs one statement inside a transaction with the tenant's settings and returns its milliseconds. */
export async function tenantTimer(appUrl: string) {
  const c = new pg.Client({ connectionString: appUrl });
  await c.connect();
  return {
    async time(organizationId: string, sql: string, params: unknown[]): Promise<{ ms: number; rows: unknown[] }> {
      await c.query('BEGIN');
      try {
        await c.query(`SELECT set_config('app.org_id', $1, true), set_config('app.user_id', '', true)`, [organizationId]);
        const t0 = process.hrtime.bigint();
        const r = await c.query(sql, params);
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        return { ms, rows: r.rows };
      } finally {
        await c.query('COMMIT');
      }
    },
    close: () => c.end(),
  };
}

export const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
};

export function summary(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  return `min ${s[0]!.toFixed(2)} / median ${quantile(s, 0.5).toFixed(2)} / max ${s[s.length - 1]!.toFixed(2)}`;
}

export const line = (s: string) => process.stdout.write(`${s}\n`);
