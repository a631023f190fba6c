import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropRowLevelSecurity, forceRowLevelSecurity } from './lib/row-level-security.js';

const NIL = `'00000000-0000-0000-0000-000000000000'::uuid`;
const TABLES = ['frameworks', 'requirements', 'requirement_mappings'];

/**
 * Row-level security for the catalog. Built-in rows (no organization) are readable by
 * every tenant and written only by the owner role (migrations); an organization's own
 * frameworks and mappings are visible to it alone. Requirements carry no organization:
 * they follow their framework. A mapping may only point at requirements its organization
 * can see, so a foreign id cannot be probed through the foreign keys.
 *
 * Also the two uniqueness rules TypeORM cannot declare: code + version per organization,
 * and one mapping per (source, target) per organization, with built-ins counted as one
 * organization (PostgreSQL treats NULLs as distinct otherwise).
 */
export class CatalogRowLevelSecurity1795668056000 implements MigrationInterface {
  name = 'CatalogRowLevelSecurity1795668056000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE UNIQUE INDEX "uq_frameworks_code_version_org" ON "frameworks" ("code", "version", (COALESCE("organization_id", ${NIL})))`);
    await q.query(
      `CREATE UNIQUE INDEX "uq_requirement_mappings_pair_org" ON "requirement_mappings" ("source_requirement_id", "target_requirement_id", (COALESCE("organization_id", ${NIL})))`,
    );

    await forceRowLevelSecurity(q, TABLES);

    await q.query(`CREATE POLICY frameworks_select ON frameworks FOR SELECT USING (organization_id IS NULL OR organization_id = app_org_id())`);
    await q.query(`CREATE POLICY frameworks_insert ON frameworks FOR INSERT WITH CHECK (organization_id = app_org_id())`);
    await q.query(
      `CREATE POLICY frameworks_update ON frameworks FOR UPDATE USING (organization_id = app_org_id()) WITH CHECK (organization_id = app_org_id())`,
    );
    await q.query(`CREATE POLICY frameworks_delete ON frameworks FOR DELETE USING (organization_id = app_org_id())`);

    const visibleFramework = `EXISTS (SELECT 1 FROM frameworks f WHERE f.id = framework_id AND (f.organization_id IS NULL OR f.organization_id = app_org_id()))`;
    const ownFramework = `EXISTS (SELECT 1 FROM frameworks f WHERE f.id = framework_id AND f.organization_id = app_org_id())`;
    await q.query(`CREATE POLICY requirements_select ON requirements FOR SELECT USING (${visibleFramework})`);
    await q.query(`CREATE POLICY requirements_insert ON requirements FOR INSERT WITH CHECK (${ownFramework})`);
    await q.query(`CREATE POLICY requirements_update ON requirements FOR UPDATE USING (${ownFramework}) WITH CHECK (${ownFramework})`);
    await q.query(`CREATE POLICY requirements_delete ON requirements FOR DELETE USING (${ownFramework})`);

    // The sub-selects on requirements are themselves filtered by requirements_select.
    const visibleEnds = `EXISTS (SELECT 1 FROM requirements r WHERE r.id = source_requirement_id) AND EXISTS (SELECT 1 FROM requirements r WHERE r.id = target_requirement_id)`;
    await q.query(`CREATE POLICY mappings_select ON requirement_mappings FOR SELECT USING (organization_id IS NULL OR organization_id = app_org_id())`);
    await q.query(`CREATE POLICY mappings_insert ON requirement_mappings FOR INSERT WITH CHECK (organization_id = app_org_id() AND ${visibleEnds})`);
    await q.query(
      `CREATE POLICY mappings_update ON requirement_mappings FOR UPDATE USING (organization_id = app_org_id()) WITH CHECK (organization_id = app_org_id() AND ${visibleEnds})`,
    );
    await q.query(`CREATE POLICY mappings_delete ON requirement_mappings FOR DELETE USING (organization_id = app_org_id())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropRowLevelSecurity(q, TABLES);
    await q.query(`DROP INDEX "public"."uq_requirement_mappings_pair_org"`);
    await q.query(`DROP INDEX "public"."uq_frameworks_code_version_org"`);
  }
}
