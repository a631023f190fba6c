import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `seed_steps`: which version of each content seed (e.g. the built-in catalog) was applied,
 * written by the seed steps that run after the migrations (libs/schema `runSeedSteps`).
 * Bookkeeping of the owner role like `schema_migrations`: the app role gets no grant on it.
 */
export class SeedSteps1795674000000 implements MigrationInterface {
  name = 'SeedSteps1795674000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE seed_steps (
        name text PRIMARY KEY,
        version text NOT NULL,
        result jsonb NOT NULL DEFAULT '{}'::jsonb,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE seed_steps`);
  }
}
