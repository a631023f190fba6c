import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropRowLevelSecurity, forceRowLevelSecurity } from './lib/row-level-security.js';

const TABLES = ['framework_version_mappings', 'workspace_framework_moves'];

/**
 * Framework versions: a framework can be retired (kept while anything cites it); a tenant's
 * version-to-version mapping (OSCAL relationship vocabulary) between an old and a new version;
 * and the record of each workspace move from one version to the next, with what it carried.
 */
export class FrameworkVersions1795683100000 implements MigrationInterface {
  name = 'FrameworkVersions1795683100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "frameworks" ADD "retired_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "frameworks" ADD "retired_reason" text`);
    await q.query(
      `CREATE TABLE "framework_version_mappings" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "from_framework_id" uuid NOT NULL, "to_framework_id" uuid NOT NULL, "entries" jsonb NOT NULL, "created_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_0cb23f6a2a5de7cb5e32e6490bf" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_framework_version_mappings_pair" ON "framework_version_mappings" ("organization_id", "from_framework_id", "to_framework_id") `,
    );
    await q.query(`CREATE INDEX "ix_framework_version_mappings_from" ON "framework_version_mappings" ("from_framework_id") `);
    await q.query(`CREATE INDEX "ix_framework_version_mappings_to" ON "framework_version_mappings" ("to_framework_id") `);
    await q.query(
      `CREATE TABLE "workspace_framework_moves" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "mapping_id" uuid NOT NULL, "from_framework_id" uuid NOT NULL, "to_framework_id" uuid NOT NULL, "carried" jsonb NOT NULL, "moved_by" text NOT NULL, "moved_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_570521270777fe922972bdc0e1f" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_workspace_framework_moves_workspace" ON "workspace_framework_moves" ("workspace_id", "moved_at") `);
    await q.query(`CREATE INDEX "ix_workspace_framework_moves_mapping" ON "workspace_framework_moves" ("mapping_id") `);
    const fk = (table: string, name: string, column: string, target: string, onDelete: string) =>
      q.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${name}" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE ${onDelete} ON UPDATE NO ACTION`,
      );
    await fk('framework_version_mappings', 'fk_framework_version_mappings_organization', 'organization_id', 'organizations', 'CASCADE');
    await fk('framework_version_mappings', 'fk_framework_version_mappings_from', 'from_framework_id', 'frameworks', 'RESTRICT');
    await fk('framework_version_mappings', 'fk_framework_version_mappings_to', 'to_framework_id', 'frameworks', 'RESTRICT');
    await fk('workspace_framework_moves', 'fk_workspace_framework_moves_organization', 'organization_id', 'organizations', 'CASCADE');
    await fk('workspace_framework_moves', 'fk_workspace_framework_moves_workspace', 'workspace_id', 'workspaces', 'CASCADE');
    await fk('workspace_framework_moves', 'fk_workspace_framework_moves_mapping', 'mapping_id', 'framework_version_mappings', 'RESTRICT');
    await fk('workspace_framework_moves', 'fk_workspace_framework_moves_from', 'from_framework_id', 'frameworks', 'RESTRICT');
    await fk('workspace_framework_moves', 'fk_workspace_framework_moves_to', 'to_framework_id', 'frameworks', 'RESTRICT');
    await forceRowLevelSecurity(q, TABLES);
    await q.query(
      `CREATE POLICY tenant_all ON "framework_version_mappings" USING (organization_id = app_org_id()) WITH CHECK (organization_id = app_org_id())`,
    );
    // Every participant of the workspace reads its moves (the verdict history they carry); only the owner writes them.
    await q.query(`CREATE POLICY moves_select ON "workspace_framework_moves" FOR SELECT USING (app_ws_role(workspace_id) IS NOT NULL)`);
    await q.query(
      `CREATE POLICY moves_insert ON "workspace_framework_moves" FOR INSERT WITH CHECK (organization_id = app_org_id() AND app_ws_role(workspace_id) = 'owner')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await dropRowLevelSecurity(q, TABLES);
    await q.query(`DROP TABLE "workspace_framework_moves"`);
    await q.query(`DROP TABLE "framework_version_mappings"`);
    await q.query(`ALTER TABLE "frameworks" DROP COLUMN "retired_reason"`);
    await q.query(`ALTER TABLE "frameworks" DROP COLUMN "retired_at"`);
  }
}
