import { syncBuiltInCatalog } from '@attesta/catalog';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Loads the built-in frameworks (the DSER baseline and the ISO/IEC 20000-1, 27001 Annex A
 * and 42001 Annex A structures) and their crosswalks from `libs/catalog/data`. The sync is
 * idempotent; a later content update ships as another migration calling it again.
 */
export class CatalogBuiltInContent1795668056100 implements MigrationInterface {
  name = 'CatalogBuiltInContent1795668056100';

  async up(q: QueryRunner): Promise<void> {
    await syncBuiltInCatalog(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM requirement_mappings WHERE organization_id IS NULL`);
    await q.query(`DELETE FROM frameworks WHERE organization_id IS NULL AND source = 'built_in'`);
  }
}
