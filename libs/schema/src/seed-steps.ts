import { seedTrustList, trustListVersion } from '@attesta/accreditation';
import { builtInCatalogVersion, syncBuiltInCatalog } from '@attesta/catalog';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Content that ships with the code but changes without a schema change (the built-in
 * catalog). Migrations are frozen history and never call into libs; a seed step runs after
 * them, as the owner role, whenever its content version differs from the one recorded in
 * `seed_steps`. Each step must be idempotent (it may meet rows an earlier version wrote).
 */
export interface SeedStep {
  name: string;
  /** Changes exactly when the content changes (e.g. a digest of the data files). */
  version(): string;
  run(em: EntityManager): Promise<Record<string, unknown>>;
}

export const SEED_STEPS: readonly SeedStep[] = [
  {
    name: 'catalog.built_in',
    version: () => builtInCatalogVersion(),
    run: async (em) => ({ ...(await syncBuiltInCatalog(em)) }),
  },
  {
    // The illustrative trust list shipped in libs/accreditation/data (new bodies only; the operator curates the rest).
    name: 'accreditation.trust_list',
    version: () => trustListVersion(),
    run: async (em) => ({ ...(await seedTrustList(em)) }),
  },
];

/** Runs every step whose version changed, each in its own transaction; returns the names run. */
export async function runSeedSteps(ds: DataSource, steps: readonly SeedStep[] = SEED_STEPS): Promise<string[]> {
  const ran: string[] = [];
  for (const step of steps) {
    const version = step.version();
    const applied = await ds.transaction(async (em) => {
      // One process seeds at a time (two replicas migrating at once wait here).
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('attesta.seed_steps'))`);
      const [row] = (await em.query(`SELECT version FROM seed_steps WHERE name = $1`, [step.name])) as { version: string }[];
      if (row?.version === version) return false;
      const result = await step.run(em);
      await em.query(
        `INSERT INTO seed_steps (name, version, result, applied_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version, result = EXCLUDED.result, applied_at = EXCLUDED.applied_at`,
        [step.name, version, JSON.stringify(result)],
      );
      return true;
    });
    if (applied) ran.push(step.name);
  }
  return ran;
}
