import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropRowLevelSecurity, forceRowLevelSecurity } from './lib/row-level-security.js';

const TABLES = ['framework_oscal_documents', 'requirement_oscal_structures', 'workspace_parameter_values'];

/**
 * Lossless OSCAL catalogs: the catalog's metadata, params and back-matter per imported framework,
 * each group's and control's own OSCAL members per requirement (both follow their framework's
 * tenancy, like requirements), and a workspace's organization-defined parameter values (read by
 * the workspace's reviewers, written by its owner).
 */
export class OscalFidelity1795684000000 implements MigrationInterface {
  name = 'OscalFidelity1795684000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "framework_oscal_documents" ("framework_id" uuid NOT NULL, "source_uuid" uuid NOT NULL, "metadata" jsonb NOT NULL, "params" jsonb, "back_matter" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_framework_oscal_documents" PRIMARY KEY ("framework_id"))`,
    );
    await q.query(
      `CREATE TABLE "requirement_oscal_structures" ("requirement_id" uuid NOT NULL, "framework_id" uuid NOT NULL, "structure" jsonb NOT NULL, CONSTRAINT "pk_requirement_oscal_structures" PRIMARY KEY ("requirement_id"))`,
    );
    await q.query(`CREATE INDEX "ix_requirement_oscal_structures_framework" ON "requirement_oscal_structures" ("framework_id")`);
    await q.query(
      `CREATE TABLE "workspace_parameter_values" ("workspace_id" uuid NOT NULL, "framework_id" uuid NOT NULL, "param_id" text NOT NULL, "values" text array NOT NULL, "updated_by" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_workspace_parameter_values" PRIMARY KEY ("workspace_id", "framework_id", "param_id"))`,
    );
    await q.query(`CREATE INDEX "ix_workspace_parameter_values_framework" ON "workspace_parameter_values" ("framework_id")`);
    await q.query(
      `ALTER TABLE "framework_oscal_documents" ADD CONSTRAINT "fk_framework_oscal_documents_framework" FOREIGN KEY ("framework_id") REFERENCES "frameworks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "requirement_oscal_structures" ADD CONSTRAINT "fk_requirement_oscal_structures_requirement" FOREIGN KEY ("requirement_id") REFERENCES "requirements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "requirement_oscal_structures" ADD CONSTRAINT "fk_requirement_oscal_structures_framework" FOREIGN KEY ("framework_id") REFERENCES "frameworks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "workspace_parameter_values" ADD CONSTRAINT "fk_workspace_parameter_values_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "workspace_parameter_values" ADD CONSTRAINT "fk_workspace_parameter_values_framework" FOREIGN KEY ("framework_id") REFERENCES "frameworks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await forceRowLevelSecurity(q, TABLES);
    // Readable wherever the framework is (built-in, own, or a target of a workspace the reader takes part in): the sub-select obeys frameworks' own policies.
    const visibleFramework = `EXISTS (SELECT 1 FROM frameworks f WHERE f.id = framework_id)`;
    const ownFramework = `EXISTS (SELECT 1 FROM frameworks f WHERE f.id = framework_id AND f.organization_id = app_org_id())`;
    for (const t of ['framework_oscal_documents', 'requirement_oscal_structures']) {
      await q.query(`CREATE POLICY ${t}_select ON ${t} FOR SELECT USING (${visibleFramework})`);
      await q.query(`CREATE POLICY ${t}_insert ON ${t} FOR INSERT WITH CHECK (${ownFramework})`);
      await q.query(`CREATE POLICY ${t}_update ON ${t} FOR UPDATE USING (${ownFramework}) WITH CHECK (${ownFramework})`);
      await q.query(`CREATE POLICY ${t}_delete ON ${t} FOR DELETE USING (${ownFramework})`);
    }
    await q.query(
      `CREATE POLICY parameter_values_select ON workspace_parameter_values FOR SELECT USING (app_ws_role(workspace_id) IN ('owner', 'contributor', 'assessor'))`,
    );
    await q.query(
      `CREATE POLICY parameter_values_write ON workspace_parameter_values FOR ALL USING (app_ws_role(workspace_id) = 'owner') WITH CHECK (app_ws_role(workspace_id) = 'owner')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await dropRowLevelSecurity(q, TABLES);
    await q.query(`DROP TABLE "workspace_parameter_values"`);
    await q.query(`DROP TABLE "requirement_oscal_structures"`);
    await q.query(`DROP TABLE "framework_oscal_documents"`);
  }
}
