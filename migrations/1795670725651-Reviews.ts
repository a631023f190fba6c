import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Reviews1795670725651 implements MigrationInterface {
  name = 'Reviews1795670725651';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "decisions" ("id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "submission_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "outcome" text NOT NULL, "scope_statement" text NOT NULL, "valid_from" date NOT NULL, "valid_until" date NOT NULL, "conditions" text array NOT NULL DEFAULT '{}', "status" text NOT NULL, "decided_by" text NOT NULL, "confirmed_by" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finalized_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_48eee6fa229cd5e43648f6a2ec3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_decisions_workspace" ON "decisions"  ("workspace_id", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_decisions_submission" ON "decisions"  ("submission_id") `);
    await queryRunner.query(
      `CREATE TABLE "finding_responses" ("id" uuid NOT NULL, "finding_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "kind" text NOT NULL, "text" text NOT NULL DEFAULT '', "evidence_version_ids" uuid array NOT NULL DEFAULT '{}', "author" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ec2e5dd061bd6b56b13102a7f51" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_finding_responses_finding" ON "finding_responses"  ("finding_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "findings" ("id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "raised_in_submission_id" uuid NOT NULL, "submission_id" uuid NOT NULL, "requirement_id" uuid NOT NULL, "severity" text NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "due_date" date, "status" text NOT NULL, "version" integer NOT NULL DEFAULT '1', "raised_by" text NOT NULL, "due_soon_notified_for" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ae9807d6293c23c13ff8804d09c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_findings_due" ON "findings"  ("status", "due_date") `);
    await queryRunner.query(`CREATE INDEX "ix_findings_requirement" ON "findings"  ("workspace_id", "requirement_id", "status") `);
    await queryRunner.query(`CREATE INDEX "ix_findings_workspace" ON "findings"  ("workspace_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "review_comments" ("id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "submission_id" uuid NOT NULL, "requirement_id" uuid NOT NULL, "parent_id" uuid, "organization_id" uuid NOT NULL, "author" text NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_7a18556c348d381630855d05f0a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_review_comments_thread" ON "review_comments"  ("submission_id", "requirement_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "submission_entries" ("id" uuid NOT NULL, "submission_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "position" integer NOT NULL, "requirement_id" uuid NOT NULL, "evidence_version_ids" uuid array NOT NULL DEFAULT '{}', "content" jsonb NOT NULL, "leaf_hash" text NOT NULL, CONSTRAINT "PK_9709f5b3fa8199d552a21fc7e76" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_submission_entries_workspace" ON "submission_entries"  ("workspace_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_submission_entries_position" ON "submission_entries"  ("submission_id", "position") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_submission_entries_requirement" ON "submission_entries"  ("submission_id", "requirement_id") `);
    await queryRunner.query(
      `CREATE TABLE "submission_manifests" ("submission_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "number" integer NOT NULL, "format" text NOT NULL, "digest" text NOT NULL, "merkle_root" text NOT NULL, "entry_count" integer NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_90a5211d5fdbe6a2ef3d6d4fc10" PRIMARY KEY ("submission_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "submissions" ("id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "number" integer NOT NULL, "status" text NOT NULL, "version" integer NOT NULL DEFAULT '1', "submitted_by" text NOT NULL, "note" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_10b3be95b8b2fb1e482e07d706b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_submissions_number" ON "submissions"  ("workspace_id", "number") `);
    await queryRunner.query(
      `CREATE TABLE "verdicts" ("id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "submission_id" uuid NOT NULL, "requirement_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "outcome" text NOT NULL, "comment" text NOT NULL DEFAULT '', "version" integer NOT NULL DEFAULT '1', "recorded_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_2c4a14769fb5ae0dac9cafbb941" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_verdicts_workspace" ON "verdicts"  ("workspace_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_verdicts_requirement" ON "verdicts"  ("submission_id", "requirement_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_verdicts_requirement"`);
    await queryRunner.query(`DROP INDEX "public"."ix_verdicts_workspace"`);
    await queryRunner.query(`DROP TABLE "verdicts"`);
    await queryRunner.query(`DROP INDEX "public"."uq_submissions_number"`);
    await queryRunner.query(`DROP TABLE "submissions"`);
    await queryRunner.query(`DROP TABLE "submission_manifests"`);
    await queryRunner.query(`DROP INDEX "public"."uq_submission_entries_requirement"`);
    await queryRunner.query(`DROP INDEX "public"."uq_submission_entries_position"`);
    await queryRunner.query(`DROP INDEX "public"."ix_submission_entries_workspace"`);
    await queryRunner.query(`DROP TABLE "submission_entries"`);
    await queryRunner.query(`DROP INDEX "public"."ix_review_comments_thread"`);
    await queryRunner.query(`DROP TABLE "review_comments"`);
    await queryRunner.query(`DROP INDEX "public"."ix_findings_workspace"`);
    await queryRunner.query(`DROP INDEX "public"."ix_findings_requirement"`);
    await queryRunner.query(`DROP INDEX "public"."ix_findings_due"`);
    await queryRunner.query(`DROP TABLE "findings"`);
    await queryRunner.query(`DROP INDEX "public"."ix_finding_responses_finding"`);
    await queryRunner.query(`DROP TABLE "finding_responses"`);
    await queryRunner.query(`DROP INDEX "public"."uq_decisions_submission"`);
    await queryRunner.query(`DROP INDEX "public"."ix_decisions_workspace"`);
    await queryRunner.query(`DROP TABLE "decisions"`);
  }
}
