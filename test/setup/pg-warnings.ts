/**
 * Integration setup file: a pg deprecation warning fails the test during which it was
 * printed. pg 8 warns (once per process, through process.emitWarning) about what pg 9 will
 * reject, e.g. "client.query() when the client is already executing a query", which is
 * what overlapping queries on one transaction's connection (Promise.all over an
 * EntityManager) produce.
 */
import { afterEach } from 'vitest';

const PG_DEPRECATION = /pg@9|already executing a query/;

/** Warnings seen and not yet claimed by a test (a test that provokes one on purpose takes it). */
export const pgWarnings: string[] = [];

process.on('warning', (w: Error) => {
  if (PG_DEPRECATION.test(w.message)) pgWarnings.push(w.message);
});

afterEach(() => {
  if (pgWarnings.length === 0) return;
  const seen = pgWarnings.splice(0);
  throw new Error(`pg printed a deprecation warning during this test (pg 9 will reject it):\n${seen.join('\n')}`);
});
