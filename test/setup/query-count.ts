import type { DataSource, QueryRunner, ReplicationMode } from 'typeorm';
import pg from 'pg';

/**
 * Counts every statement the app's pool runs (BEGIN/COMMIT and set_config included) and
 * keeps their text, so a test can count the statements of one kind too.
 */
export function countQueries(ds: DataSource): { readonly count: number; readonly statements: readonly string[]; reset(): void; restore(): void } {
  let count = 0;
  const statements: string[] = [];
  const original = ds.createQueryRunner.bind(ds);
  ds.createQueryRunner = (mode?: ReplicationMode): QueryRunner => {
    const qr = original(mode);
    const query = qr.query.bind(qr);
    qr.query = ((...args: Parameters<QueryRunner['query']>) => {
      count++;
      statements.push(args[0]);
      return query(...args);
    }) as QueryRunner['query'];
    return qr;
  };
  return {
    get count() {
      return count;
    },
    statements,
    reset: () => {
      count = 0;
      statements.length = 0;
    },
    restore: () => (ds.createQueryRunner = original),
  };
}

/**
 * Counts every statement sent through `pg` in this process (the booted app's pool included),
 * without resolving anything of the app: for e2e files, which may not reach into it. Run no
 * other SQL from the test while counting.
 */
export function countStatements(): { readonly count: number; reset(): void; restore(): void } {
  let count = 0;
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    count++;
    return original.apply(this, args);
  };
  return {
    get count() {
      return count;
    },
    reset: () => (count = 0),
    restore: () => (proto.query = original),
  };
}

/**
 * The fewest statements one call of `send` issues, over `samples` calls each after a warm-up
 * call. Work the process does beside the request (job processors of an app that runs them, an
 * auth cache entry running out between the warm-up and the call) can add to one call's count;
 * a statement the request itself adds is in every call's, so the minimum keeps it. `send` gets
 * the call's index (0, 1, …; warm-ups included), for requests that must differ on each call.
 */
export async function fewestStatements(send: (call: number) => Promise<unknown>, samples = 3): Promise<number> {
  let fewest = Number.POSITIVE_INFINITY;
  let call = 0;
  for (let i = 0; i < samples; i++) {
    await send(call++);
    const counter = countStatements();
    try {
      await send(call++);
    } finally {
      counter.restore();
    }
    fewest = Math.min(fewest, counter.count);
  }
  return fewest;
}
