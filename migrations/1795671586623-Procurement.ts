import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Procurement1795671586623 implements MigrationInterface {
  name = 'Procurement1795671586623';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "bids" ("id" uuid NOT NULL, "tender_id" uuid NOT NULL, "tender_organization_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "offering_id" uuid NOT NULL, "attestation_ids" uuid array NOT NULL, "status" text NOT NULL, "compliance" jsonb NOT NULL, "overall" text NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_7950d066d322aab3a488ac39fe5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_bids_org" ON "bids"  ("organization_id", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_bids_tender" ON "bids"  ("tender_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "tenders" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "ocid" text NOT NULL, "title" text NOT NULL, "buyer" text NOT NULL, "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "requirements" jsonb NOT NULL, "markets" text array NOT NULL, "max_evidence_age_days" integer, "accredited_issuers_only" boolean NOT NULL DEFAULT false, "allowed_issuer_ids" uuid array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_13fdd4229818a97b5102199463b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_tenders_org" ON "tenders"  ("organization_id", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_tenders_ocid" ON "tenders"  ("ocid") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_tenders_ocid"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tenders_org"`);
    await queryRunner.query(`DROP TABLE "tenders"`);
    await queryRunner.query(`DROP INDEX "public"."ix_bids_tender"`);
    await queryRunner.query(`DROP INDEX "public"."ix_bids_org"`);
    await queryRunner.query(`DROP TABLE "bids"`);
  }
}
