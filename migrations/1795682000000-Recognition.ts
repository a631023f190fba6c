import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Recognition: OSCAL 1.2 mapping collections (versioned, owned, approved) with their maps,
 * and recognition rules per market. Row-level security: RecognitionRowLevelSecurity1795682000100.
 */
export class Recognition1795682000000 implements MigrationInterface {
  name = 'Recognition1795682000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mapping_collection_entries" ("id" uuid NOT NULL, "collection_id" uuid NOT NULL, "organization_id" uuid, "mapping_index" integer NOT NULL, "sort_order" integer NOT NULL, "oscal_uuid" uuid NOT NULL, "relationship" text NOT NULL, "matching_rationale" text, "source_requirement_id" uuid NOT NULL, "source_type" text NOT NULL, "target_requirement_id" uuid NOT NULL, "target_type" text NOT NULL, "confidence" jsonb, "coverage" jsonb, "qualifiers" jsonb NOT NULL DEFAULT '[]', "remarks" text, CONSTRAINT "PK_5d49cade86374db96aed0bb96a1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_mapping_collection_entries_source" ON "mapping_collection_entries"  ("source_requirement_id") `);
    await queryRunner.query(`CREATE INDEX "ix_mapping_collection_entries_target" ON "mapping_collection_entries"  ("target_requirement_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_mapping_collection_entries_collection" ON "mapping_collection_entries"  ("collection_id", "mapping_index", "sort_order") `,
    );
    await queryRunner.query(
      `CREATE TABLE "mapping_collections" ("id" uuid NOT NULL, "organization_id" uuid, "owner_kind" text NOT NULL, "code" text NOT NULL, "version" text NOT NULL, "title" text NOT NULL, "oscal_uuid" uuid NOT NULL, "last_modified" TIMESTAMP WITH TIME ZONE NOT NULL, "provenance" jsonb NOT NULL, "framework_mappings" jsonb NOT NULL, "approval_status" text NOT NULL DEFAULT 'draft', "approved_at" TIMESTAMP WITH TIME ZONE, "approved_by" uuid, "entry_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_98bdf4d7aa1238b1f5967cee132" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_mapping_collections_org" ON "mapping_collections"  ("organization_id", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_mapping_collections_code_version" ON "mapping_collections"  ("organization_id", "code", "version") `);
    await queryRunner.query(
      `CREATE TABLE "recognition_rules" ("id" uuid NOT NULL, "organization_id" uuid, "market" text NOT NULL, "source_framework_id" uuid NOT NULL, "target_framework_id" uuid NOT NULL, "mapping_collection_id" uuid NOT NULL, "arrangements" text array NOT NULL DEFAULT '{}', "accepts_residual_gaps" boolean NOT NULL DEFAULT true, "residual_requirements" text, "title" text NOT NULL, "illustrative" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_0620a2e10b134badb759fabc90b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_recognition_rules_org" ON "recognition_rules"  ("organization_id", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_recognition_rules_market_target" ON "recognition_rules"  ("market", "target_framework_id") `);
    await queryRunner.query(
      `ALTER TABLE "mapping_collection_entries" ADD CONSTRAINT "fk_mapping_collection_entries_target_requirement" FOREIGN KEY ("target_requirement_id") REFERENCES "requirements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mapping_collection_entries" ADD CONSTRAINT "fk_mapping_collection_entries_source_requirement" FOREIGN KEY ("source_requirement_id") REFERENCES "requirements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mapping_collection_entries" ADD CONSTRAINT "fk_mapping_collection_entries_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mapping_collection_entries" ADD CONSTRAINT "fk_mapping_collection_entries_collection" FOREIGN KEY ("collection_id") REFERENCES "mapping_collections"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mapping_collections" ADD CONSTRAINT "fk_mapping_collections_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recognition_rules" ADD CONSTRAINT "fk_recognition_rules_mapping_collection" FOREIGN KEY ("mapping_collection_id") REFERENCES "mapping_collections"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recognition_rules" ADD CONSTRAINT "fk_recognition_rules_target_framework" FOREIGN KEY ("target_framework_id") REFERENCES "frameworks"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recognition_rules" ADD CONSTRAINT "fk_recognition_rules_source_framework" FOREIGN KEY ("source_framework_id") REFERENCES "frameworks"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recognition_rules" ADD CONSTRAINT "fk_recognition_rules_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "recognition_rules" DROP CONSTRAINT "fk_recognition_rules_organization"`);
    await queryRunner.query(`ALTER TABLE "recognition_rules" DROP CONSTRAINT "fk_recognition_rules_source_framework"`);
    await queryRunner.query(`ALTER TABLE "recognition_rules" DROP CONSTRAINT "fk_recognition_rules_target_framework"`);
    await queryRunner.query(`ALTER TABLE "recognition_rules" DROP CONSTRAINT "fk_recognition_rules_mapping_collection"`);
    await queryRunner.query(`ALTER TABLE "mapping_collections" DROP CONSTRAINT "fk_mapping_collections_organization"`);
    await queryRunner.query(`ALTER TABLE "mapping_collection_entries" DROP CONSTRAINT "fk_mapping_collection_entries_collection"`);
    await queryRunner.query(`ALTER TABLE "mapping_collection_entries" DROP CONSTRAINT "fk_mapping_collection_entries_organization"`);
    await queryRunner.query(`ALTER TABLE "mapping_collection_entries" DROP CONSTRAINT "fk_mapping_collection_entries_source_requirement"`);
    await queryRunner.query(`ALTER TABLE "mapping_collection_entries" DROP CONSTRAINT "fk_mapping_collection_entries_target_requirement"`);
    await queryRunner.query(`DROP INDEX "public"."ix_recognition_rules_market_target"`);
    await queryRunner.query(`DROP INDEX "public"."ix_recognition_rules_org"`);
    await queryRunner.query(`DROP TABLE "recognition_rules"`);
    await queryRunner.query(`DROP INDEX "public"."uq_mapping_collections_code_version"`);
    await queryRunner.query(`DROP INDEX "public"."ix_mapping_collections_org"`);
    await queryRunner.query(`DROP TABLE "mapping_collections"`);
    await queryRunner.query(`DROP INDEX "public"."ix_mapping_collection_entries_collection"`);
    await queryRunner.query(`DROP INDEX "public"."ix_mapping_collection_entries_target"`);
    await queryRunner.query(`DROP INDEX "public"."ix_mapping_collection_entries_source"`);
    await queryRunner.query(`DROP TABLE "mapping_collection_entries"`);
  }
}
