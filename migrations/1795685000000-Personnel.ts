import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personnel competence: people (personal fields sealed under a per-person data key in
 * `person_keys`), their certifications, their assignments to offering components, rosters frozen
 * for assessors, and the tenders' competence rules.
 */
export class Personnel1795685000000 implements MigrationInterface {
  name = 'Personnel1795685000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "certifications" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "person_id" uuid NOT NULL, "scheme" text NOT NULL, "level" text NOT NULL, "issuing_body" text NOT NULL, "valid_from" date NOT NULL, "valid_until" date, "machine_families" text array NOT NULL DEFAULT '{}', "device_models" text array NOT NULL DEFAULT '{}', "service_types" text array NOT NULL DEFAULT '{}', "evidence_id" uuid, "evidence_workspace_id" uuid, "expiry_notice" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_fd763d412e4a1fb1b6dadd6e72b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_certifications_valid_until" ON "certifications"  ("valid_until") WHERE valid_until IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "ix_certifications_person" ON "certifications"  ("person_id", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_certifications_org" ON "certifications"  ("organization_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "person_assignments" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "person_id" uuid NOT NULL, "offering_id" uuid NOT NULL, "component_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_32f021810b19f3bb31054867027" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_person_assignments_org" ON "person_assignments"  ("organization_id", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_person_assignments_offering" ON "person_assignments"  ("offering_id", "person_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_person_assignments" ON "person_assignments"  ("person_id", "component_id") `);
    await queryRunner.query(
      `CREATE TABLE "person_keys" ("person_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "kek_id" text NOT NULL, "wrapped_dek" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_867fd69022ea42278c9e8771536" PRIMARY KEY ("person_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "people" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "internal_ref_digest" text, "markets" text array NOT NULL DEFAULT '{}', "time_zones" text array NOT NULL DEFAULT '{}', "languages" text array NOT NULL DEFAULT '{}', "remote_privileges" text array NOT NULL DEFAULT '{}', "personal_data" text, "status" text NOT NULL DEFAULT 'active', "erased_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_aa866e71353ee94c6cc51059c5b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_people_internal_ref" ON "people"  ("organization_id", "internal_ref_digest") WHERE internal_ref_digest IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_people_org" ON "people"  ("organization_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "roster_snapshots" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "submission_number" integer, "entries" jsonb NOT NULL, "digest" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_79f33665039eeeaf9cb3c8e4b95" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_roster_snapshots_workspace" ON "roster_snapshots"  ("workspace_id", "id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_roster_snapshots_submission" ON "roster_snapshots"  ("workspace_id", "submission_number") WHERE submission_number IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "tenders" ADD "competence_rules" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(
      `ALTER TABLE "certifications" ADD CONSTRAINT "fk_certifications_evidence" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certifications" ADD CONSTRAINT "fk_certifications_evidence_workspace" FOREIGN KEY ("evidence_workspace_id") REFERENCES "workspaces"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certifications" ADD CONSTRAINT "fk_certifications_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certifications" ADD CONSTRAINT "fk_certifications_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person_assignments" ADD CONSTRAINT "fk_person_assignments_component" FOREIGN KEY ("component_id") REFERENCES "offering_components"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person_assignments" ADD CONSTRAINT "fk_person_assignments_offering" FOREIGN KEY ("offering_id") REFERENCES "offerings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person_assignments" ADD CONSTRAINT "fk_person_assignments_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person_assignments" ADD CONSTRAINT "fk_person_assignments_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person_keys" ADD CONSTRAINT "fk_person_keys_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person_keys" ADD CONSTRAINT "fk_person_keys_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "people" ADD CONSTRAINT "fk_people_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "roster_snapshots" ADD CONSTRAINT "fk_roster_snapshots_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "roster_snapshots" ADD CONSTRAINT "fk_roster_snapshots_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "roster_snapshots" DROP CONSTRAINT "fk_roster_snapshots_organization"`);
    await queryRunner.query(`ALTER TABLE "roster_snapshots" DROP CONSTRAINT "fk_roster_snapshots_workspace"`);
    await queryRunner.query(`ALTER TABLE "people" DROP CONSTRAINT "fk_people_organization"`);
    await queryRunner.query(`ALTER TABLE "person_keys" DROP CONSTRAINT "fk_person_keys_person"`);
    await queryRunner.query(`ALTER TABLE "person_keys" DROP CONSTRAINT "fk_person_keys_organization"`);
    await queryRunner.query(`ALTER TABLE "person_assignments" DROP CONSTRAINT "fk_person_assignments_organization"`);
    await queryRunner.query(`ALTER TABLE "person_assignments" DROP CONSTRAINT "fk_person_assignments_person"`);
    await queryRunner.query(`ALTER TABLE "person_assignments" DROP CONSTRAINT "fk_person_assignments_offering"`);
    await queryRunner.query(`ALTER TABLE "person_assignments" DROP CONSTRAINT "fk_person_assignments_component"`);
    await queryRunner.query(`ALTER TABLE "certifications" DROP CONSTRAINT "fk_certifications_organization"`);
    await queryRunner.query(`ALTER TABLE "certifications" DROP CONSTRAINT "fk_certifications_person"`);
    await queryRunner.query(`ALTER TABLE "certifications" DROP CONSTRAINT "fk_certifications_evidence_workspace"`);
    await queryRunner.query(`ALTER TABLE "certifications" DROP CONSTRAINT "fk_certifications_evidence"`);
    await queryRunner.query(`ALTER TABLE "tenders" DROP COLUMN "competence_rules"`);
    await queryRunner.query(`DROP INDEX "public"."uq_roster_snapshots_submission"`);
    await queryRunner.query(`DROP INDEX "public"."ix_roster_snapshots_workspace"`);
    await queryRunner.query(`DROP TABLE "roster_snapshots"`);
    await queryRunner.query(`DROP INDEX "public"."ix_people_org"`);
    await queryRunner.query(`DROP INDEX "public"."uq_people_internal_ref"`);
    await queryRunner.query(`DROP TABLE "people"`);
    await queryRunner.query(`DROP TABLE "person_keys"`);
    await queryRunner.query(`DROP INDEX "public"."uq_person_assignments"`);
    await queryRunner.query(`DROP INDEX "public"."ix_person_assignments_offering"`);
    await queryRunner.query(`DROP INDEX "public"."ix_person_assignments_org"`);
    await queryRunner.query(`DROP TABLE "person_assignments"`);
    await queryRunner.query(`DROP INDEX "public"."ix_certifications_org"`);
    await queryRunner.query(`DROP INDEX "public"."ix_certifications_person"`);
    await queryRunner.query(`DROP INDEX "public"."ix_certifications_valid_until"`);
    await queryRunner.query(`DROP TABLE "certifications"`);
  }
}
