import type { DataSource, QueryRunner, ReplicationMode } from 'typeorm';

/** Counts every statement the app's pool runs (BEGIN/COMMIT and set_config included). */
export function countQueries(ds: DataSource): { readonly count: number; reset(): void; restore(): void } {
  let count = 0;
  const original = ds.createQueryRunner.bind(ds);
  ds.createQueryRunner = (mode?: ReplicationMode): QueryRunner => {
    const qr = original(mode);
    const query = qr.query.bind(qr);
    qr.query = ((...args: Parameters<QueryRunner['query']>) => {
      count++;
      return query(...args);
    }) as QueryRunner['query'];
    return qr;
  };
  return {
    get count() {
      return count;
    },
    reset: () => (count = 0),
    restore: () => (ds.createQueryRunner = original),
  };
}
