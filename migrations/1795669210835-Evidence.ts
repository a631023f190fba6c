import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Evidence1795669210835 implements MigrationInterface {
  name = 'Evidence1795669210835';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "evidence_links" ("id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "evidence_id" uuid NOT NULL, "requirement_id" uuid NOT NULL, "note" text NOT NULL DEFAULT '', "created_by" text NOT NULL, "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_bd4215122443d5258d9445bb062" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_evidence_links_workspace_requirement" ON "evidence_links"  ("workspace_id", "requirement_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_evidence_links" ON "evidence_links"  ("evidence_id", "requirement_id") `);
    await queryRunner.query(
      `CREATE TABLE "evidence_versions" ("id" uuid NOT NULL, "evidence_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "number" integer NOT NULL, "storage_key" text NOT NULL, "filename" text NOT NULL, "media_type" text NOT NULL, "size" bigint NOT NULL, "sha256" text NOT NULL, "uploaded_by" text NOT NULL, "uploaded_by_organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f7f43fd9063ea61900e7448dd08" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_evidence_versions_workspace" ON "evidence_versions"  ("workspace_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_evidence_versions_number" ON "evidence_versions"  ("evidence_id", "number") `);
    await queryRunner.query(
      `CREATE TABLE "evidence" ("id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "component_id" uuid, "type" text NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "confidentiality" text NOT NULL, "effective_date" date NOT NULL, "valid_until" date, "version" integer NOT NULL DEFAULT '1', "current_version_id" uuid, "expiring_notified_for" date, "expired_notified_for" date, "created_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b864cb5d49854f89917fc0b44b9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_evidence_valid_until" ON "evidence"  ("valid_until") `);
    await queryRunner.query(`CREATE INDEX "ix_evidence_workspace" ON "evidence"  ("workspace_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "evidence_integrity_checks" ("id" uuid NOT NULL, "version_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "ok" boolean NOT NULL, "actual_sha256" text, "detail" text, "checked_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_724d6c531a7b1cdc7725e0c60c7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_evidence_integrity_version" ON "evidence_integrity_checks"  ("version_id", "checked_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_evidence_integrity_version"`);
    await queryRunner.query(`DROP TABLE "evidence_integrity_checks"`);
    await queryRunner.query(`DROP INDEX "public"."ix_evidence_workspace"`);
    await queryRunner.query(`DROP INDEX "public"."ix_evidence_valid_until"`);
    await queryRunner.query(`DROP TABLE "evidence"`);
    await queryRunner.query(`DROP INDEX "public"."uq_evidence_versions_number"`);
    await queryRunner.query(`DROP INDEX "public"."ix_evidence_versions_workspace"`);
    await queryRunner.query(`DROP TABLE "evidence_versions"`);
    await queryRunner.query(`DROP INDEX "public"."uq_evidence_links"`);
    await queryRunner.query(`DROP INDEX "public"."ix_evidence_links_workspace_requirement"`);
    await queryRunner.query(`DROP TABLE "evidence_links"`);
  }
}
