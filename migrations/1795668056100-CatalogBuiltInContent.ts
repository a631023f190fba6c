import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Once loaded the built-in catalog by calling the catalog lib, so replaying history gave
 * different rows as the code changed. Migrations are frozen now: built-in content is the
 * `catalog.built_in` seed step that runs after the migrations (libs/schema `runSeedSteps`,
 * recorded in `seed_steps` with the content's version). On a database where this migration
 * already ran, the seed step finds the rows by code + version and ref and keeps their ids.
 */
export class CatalogBuiltInContent1795668056100 implements MigrationInterface {
  name = 'CatalogBuiltInContent1795668056100';

  async up(): Promise<void> {
    // Intentionally empty (see above).
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM requirement_mappings WHERE organization_id IS NULL`);
    await q.query(`DELETE FROM frameworks WHERE organization_id IS NULL AND source = 'built_in'`);
  }
}
