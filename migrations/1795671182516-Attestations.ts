import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Attestations1795671182516 implements MigrationInterface {
  name = 'Attestations1795671182516';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attestations" ("id" uuid NOT NULL, "serial" text NOT NULL, "organization_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "subject_organization_id" uuid NOT NULL, "subject_organization_name" text NOT NULL, "decision_id" uuid NOT NULL, "outcome" text NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL, "submission_id" uuid NOT NULL, "submission_number" integer NOT NULL, "submission_digest" text NOT NULL, "offering_id" uuid NOT NULL, "offering_name" text NOT NULL, "components" jsonb NOT NULL, "frameworks" jsonb NOT NULL, "markets" text array NOT NULL, "scope" text NOT NULL, "conditions" jsonb NOT NULL, "valid_from" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_until" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL, "status_reason" text, "status_index" integer NOT NULL, "signing_key_id" uuid NOT NULL, "credential" text NOT NULL, "replaces_id" uuid, "replaced_by_id" uuid, "issued_by" text NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "suspended_at" TIMESTAMP WITH TIME ZONE, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "expired_at" TIMESTAMP WITH TIME ZONE, "expiring_notified_for" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5bfe0da3020a6f609762f559d17" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_attestations_valid_until" ON "attestations"  ("valid_until") WHERE status IN ('active', 'suspended')`);
    await queryRunner.query(`CREATE INDEX "ix_attestations_org" ON "attestations"  ("organization_id", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_attestations_workspace" ON "attestations"  ("workspace_id", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_attestations_status_index" ON "attestations"  ("organization_id", "status_index") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_attestations_serial" ON "attestations"  ("serial") `);
    await queryRunner.query(
      `CREATE TABLE "signing_keys" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "kid" text NOT NULL, "algorithm" text NOT NULL DEFAULT 'EdDSA', "public_jwk" jsonb NOT NULL, "kek_id" text NOT NULL, "wrapped_dek" text NOT NULL, "encrypted_private_key" text NOT NULL, "status" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "retired_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ab7d78cf6e61dc3904133b4cd55" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_signing_keys_kid" ON "signing_keys"  ("kid") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_signing_keys_active" ON "signing_keys"  ("organization_id") WHERE status = 'active'`);
    await queryRunner.query(`CREATE INDEX "ix_signing_keys_org" ON "signing_keys"  ("organization_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "attestation_status_lists" ("organization_id" uuid NOT NULL, "purpose" text NOT NULL, "size" integer NOT NULL, "bits" bytea NOT NULL, "credential" text NOT NULL, "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_55ac375cdd79e88d2fbbbf50cf6" PRIMARY KEY ("organization_id", "purpose"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "attestation_status_lists"`);
    await queryRunner.query(`DROP INDEX "public"."ix_signing_keys_org"`);
    await queryRunner.query(`DROP INDEX "public"."uq_signing_keys_active"`);
    await queryRunner.query(`DROP INDEX "public"."uq_signing_keys_kid"`);
    await queryRunner.query(`DROP TABLE "signing_keys"`);
    await queryRunner.query(`DROP INDEX "public"."uq_attestations_serial"`);
    await queryRunner.query(`DROP INDEX "public"."uq_attestations_status_index"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attestations_workspace"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attestations_org"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attestations_valid_until"`);
    await queryRunner.query(`DROP TABLE "attestations"`);
  }
}
