import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropRowLevelSecurity, forceRowLevelSecurity } from './lib/row-level-security.js';

const TABLES = ['framework_translations', 'requirement_translations'];

/**
 * Framework content in the readers' languages: a framework's source language, and translations
 * of its title (and description) and of its requirements' titles and statements per locale. The
 * source text stays in `frameworks`/`requirements` (what manifests and exports cite). Both tables
 * follow their framework's tenancy, like requirements: readable wherever the framework is, written
 * only for the organization's own frameworks (built-in ones by the owner role's seed step).
 */
export class CatalogTranslations1795688000000 implements MigrationInterface {
  name = 'CatalogTranslations1795688000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "frameworks" ADD "source_language" text NOT NULL DEFAULT 'en'`);
    await q.query(
      `CREATE TABLE "framework_translations" ("framework_id" uuid NOT NULL, "locale" text NOT NULL, "title" text NOT NULL, "description" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_framework_translations" PRIMARY KEY ("framework_id", "locale"))`,
    );
    await q.query(
      `CREATE TABLE "requirement_translations" ("requirement_id" uuid NOT NULL, "locale" text NOT NULL, "framework_id" uuid NOT NULL, "title" text, "statement" text, CONSTRAINT "pk_requirement_translations" PRIMARY KEY ("requirement_id", "locale"))`,
    );
    await q.query(`CREATE INDEX "ix_requirement_translations_framework_locale" ON "requirement_translations" ("framework_id", "locale")`);
    await q.query(
      `ALTER TABLE "framework_translations" ADD CONSTRAINT "fk_framework_translations_framework" FOREIGN KEY ("framework_id") REFERENCES "frameworks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "requirement_translations" ADD CONSTRAINT "fk_requirement_translations_requirement" FOREIGN KEY ("requirement_id") REFERENCES "requirements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "requirement_translations" ADD CONSTRAINT "fk_requirement_translations_framework" FOREIGN KEY ("framework_id") REFERENCES "frameworks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await forceRowLevelSecurity(q, TABLES);
    // The sub-select obeys frameworks' own policies (built-in, own, or a target of a workspace the reader takes part in).
    const visibleFramework = `EXISTS (SELECT 1 FROM frameworks f WHERE f.id = framework_id)`;
    const ownFramework = `EXISTS (SELECT 1 FROM frameworks f WHERE f.id = framework_id AND f.organization_id = app_org_id())`;
    for (const t of TABLES) {
      await q.query(`CREATE POLICY ${t}_select ON ${t} FOR SELECT USING (${visibleFramework})`);
      await q.query(`CREATE POLICY ${t}_insert ON ${t} FOR INSERT WITH CHECK (${ownFramework})`);
      await q.query(`CREATE POLICY ${t}_update ON ${t} FOR UPDATE USING (${ownFramework}) WITH CHECK (${ownFramework})`);
      await q.query(`CREATE POLICY ${t}_delete ON ${t} FOR DELETE USING (${ownFramework})`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await dropRowLevelSecurity(q, TABLES);
    await q.query(`DROP TABLE "requirement_translations"`);
    await q.query(`DROP TABLE "framework_translations"`);
    await q.query(`ALTER TABLE "frameworks" DROP COLUMN "source_language"`);
  }
}
