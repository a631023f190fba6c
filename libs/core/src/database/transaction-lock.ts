import type { EntityManager } from 'typeorm';

/**
 * Takes the transaction-scoped advisory lock named `key` (hashed to 64 bits): writers that must see
 * each other's rows take turns on it until their transactions end. The one way the libs serialize
 * such work (`<what>:<ids>` keys, e.g. `audit:<stream>`, `attestation-scope:<issuer>:<offering>`).
 */
export async function transactionLock(em: EntityManager, key: string): Promise<void> {
  await em.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
}
