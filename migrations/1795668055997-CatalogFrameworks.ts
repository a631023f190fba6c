import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CatalogFrameworks1795668055997 implements MigrationInterface {
  name = 'CatalogFrameworks1795668055997';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "frameworks" ("id" uuid NOT NULL, "code" text NOT NULL, "title" text NOT NULL, "version" text NOT NULL, "publisher" text, "source" text NOT NULL, "organization_id" uuid, "description" text, "oscal_uuid" uuid, "note" text, "requirement_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_23e178ce62668c9ce2036b7a3c2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_frameworks_org" ON "frameworks"  ("organization_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "requirements" ("id" uuid NOT NULL, "framework_id" uuid NOT NULL, "parent_id" uuid, "kind" text NOT NULL, "ref" text NOT NULL, "title" text NOT NULL, "statement" text, "guidance" text, "expected_evidence_types" text array NOT NULL DEFAULT '{}', "component_kinds" text array NOT NULL DEFAULT '{}', "sort_order" integer NOT NULL, "depth" integer NOT NULL, "oscal_id" text, CONSTRAINT "PK_4e966e20a0ebaf89e4c1ed664a4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_requirements_parent" ON "requirements"  ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "ix_requirements_framework_order" ON "requirements"  ("framework_id", "sort_order", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_requirements_framework_ref" ON "requirements"  ("framework_id", "ref") `);
    await queryRunner.query(
      `CREATE TABLE "requirement_mappings" ("id" uuid NOT NULL, "source_requirement_id" uuid NOT NULL, "target_requirement_id" uuid NOT NULL, "relation" text NOT NULL, "rationale" text, "organization_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_42acee840c42c4a38d8ad329937" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_requirement_mappings_target" ON "requirement_mappings"  ("target_requirement_id") `);
    await queryRunner.query(`CREATE INDEX "ix_requirement_mappings_source" ON "requirement_mappings"  ("source_requirement_id") `);
    await queryRunner.query(
      `ALTER TABLE "frameworks" ADD CONSTRAINT "FK_7f354d473a3b76e1515286fc7ab" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "requirements" ADD CONSTRAINT "FK_1702664742569a344c8f52e767b" FOREIGN KEY ("framework_id") REFERENCES "frameworks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "requirements" ADD CONSTRAINT "FK_ddd5581013807b79e0eee43ee95" FOREIGN KEY ("parent_id") REFERENCES "requirements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "requirement_mappings" ADD CONSTRAINT "FK_82e19cf087f294e5670e7f9d463" FOREIGN KEY ("source_requirement_id") REFERENCES "requirements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "requirement_mappings" ADD CONSTRAINT "FK_cec8b66a24a5cd170117b90e3be" FOREIGN KEY ("target_requirement_id") REFERENCES "requirements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "requirement_mappings" ADD CONSTRAINT "FK_5e97c5a836b9b90c0d3edfc7a69" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "requirement_mappings" DROP CONSTRAINT "FK_5e97c5a836b9b90c0d3edfc7a69"`);
    await queryRunner.query(`ALTER TABLE "requirement_mappings" DROP CONSTRAINT "FK_cec8b66a24a5cd170117b90e3be"`);
    await queryRunner.query(`ALTER TABLE "requirement_mappings" DROP CONSTRAINT "FK_82e19cf087f294e5670e7f9d463"`);
    await queryRunner.query(`ALTER TABLE "requirements" DROP CONSTRAINT "FK_ddd5581013807b79e0eee43ee95"`);
    await queryRunner.query(`ALTER TABLE "requirements" DROP CONSTRAINT "FK_1702664742569a344c8f52e767b"`);
    await queryRunner.query(`ALTER TABLE "frameworks" DROP CONSTRAINT "FK_7f354d473a3b76e1515286fc7ab"`);
    await queryRunner.query(`DROP INDEX "public"."ix_requirement_mappings_source"`);
    await queryRunner.query(`DROP INDEX "public"."ix_requirement_mappings_target"`);
    await queryRunner.query(`DROP TABLE "requirement_mappings"`);
    await queryRunner.query(`DROP INDEX "public"."uq_requirements_framework_ref"`);
    await queryRunner.query(`DROP INDEX "public"."ix_requirements_framework_order"`);
    await queryRunner.query(`DROP INDEX "public"."ix_requirements_parent"`);
    await queryRunner.query(`DROP TABLE "requirements"`);
    await queryRunner.query(`DROP INDEX "public"."ix_frameworks_org"`);
    await queryRunner.query(`DROP TABLE "frameworks"`);
  }
}
