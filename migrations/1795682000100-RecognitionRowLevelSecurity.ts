import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropRowLevelSecurity, forceRowLevelSecurity } from './lib/row-level-security.js';

const TABLES = ['mapping_collections', 'mapping_collection_entries', 'recognition_rules'];
const OPERATOR = `current_setting('app.operator', true) = 'on'`;

/**
 * Row-level security for recognition.
 *
 * - `mapping_collections`: an organization reads and writes its own; an approved collection is
 *   published (every tenant reads it: pathways and tender reports cite it and must be checkable);
 *   built-in rows (no organization) are readable by all and written by the owner role only.
 * - `mapping_collection_entries`: follow their collection; written only into the organization's
 *   own collections and only between requirements it can see (no probing through the keys).
 * - `recognition_rules`: public statements of what a market accepts; everyone reads them, an
 *   organization writes its own, the platform operator (`app.operator`) the ones of no organization.
 */
export class RecognitionRowLevelSecurity1795682000100 implements MigrationInterface {
  name = 'RecognitionRowLevelSecurity1795682000100';

  async up(q: QueryRunner): Promise<void> {
    await forceRowLevelSecurity(q, TABLES);

    await q.query(
      `CREATE POLICY mapping_collections_select ON mapping_collections FOR SELECT USING (organization_id IS NULL OR organization_id = app_org_id() OR approval_status = 'approved')`,
    );
    await q.query(`CREATE POLICY mapping_collections_insert ON mapping_collections FOR INSERT WITH CHECK (organization_id = app_org_id())`);
    await q.query(
      `CREATE POLICY mapping_collections_update ON mapping_collections FOR UPDATE USING (organization_id = app_org_id()) WITH CHECK (organization_id = app_org_id())`,
    );
    await q.query(`CREATE POLICY mapping_collections_delete ON mapping_collections FOR DELETE USING (organization_id = app_org_id())`);

    const visibleEnds = `EXISTS (SELECT 1 FROM requirements r WHERE r.id = source_requirement_id) AND EXISTS (SELECT 1 FROM requirements r WHERE r.id = target_requirement_id)`;
    const ownCollection = `EXISTS (SELECT 1 FROM mapping_collections c WHERE c.id = collection_id AND c.organization_id = app_org_id())`;
    await q.query(
      `CREATE POLICY mapping_collection_entries_select ON mapping_collection_entries FOR SELECT USING (EXISTS (SELECT 1 FROM mapping_collections c WHERE c.id = collection_id))`,
    );
    await q.query(
      `CREATE POLICY mapping_collection_entries_insert ON mapping_collection_entries FOR INSERT WITH CHECK (organization_id = app_org_id() AND ${ownCollection} AND ${visibleEnds})`,
    );
    await q.query(
      `CREATE POLICY mapping_collection_entries_update ON mapping_collection_entries FOR UPDATE USING (organization_id = app_org_id()) WITH CHECK (organization_id = app_org_id() AND ${ownCollection} AND ${visibleEnds})`,
    );
    await q.query(`CREATE POLICY mapping_collection_entries_delete ON mapping_collection_entries FOR DELETE USING (organization_id = app_org_id())`);

    const writer = `(organization_id = app_org_id() OR (organization_id IS NULL AND ${OPERATOR}))`;
    await q.query(`CREATE POLICY recognition_rules_select ON recognition_rules FOR SELECT USING (true)`);
    await q.query(`CREATE POLICY recognition_rules_insert ON recognition_rules FOR INSERT WITH CHECK (${writer})`);
    await q.query(`CREATE POLICY recognition_rules_update ON recognition_rules FOR UPDATE USING (${writer}) WITH CHECK (${writer})`);
    await q.query(`CREATE POLICY recognition_rules_delete ON recognition_rules FOR DELETE USING (${writer})`);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropRowLevelSecurity(q, TABLES);
  }
}
