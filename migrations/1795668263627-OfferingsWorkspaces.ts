import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OfferingsWorkspaces1795668263627 implements MigrationInterface {
  name = 'OfferingsWorkspaces1795668263627';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "offerings" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_6d6a2d4bc88776139fc71a60ca6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_offerings_org" ON "offerings"  ("organization_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "offering_components" ("id" uuid NOT NULL, "offering_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "version" text NOT NULL, "provider_organization_id" uuid, "service_category" text, "description" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_1a6f4bd2b13a3ced0a571edf9f7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_offering_components_provider" ON "offering_components"  ("provider_organization_id") `);
    await queryRunner.query(`CREATE INDEX "ix_offering_components_offering" ON "offering_components"  ("offering_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "workspace_applicability" ("id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "requirement_id" uuid NOT NULL, "applicable" boolean NOT NULL, "justification" text NOT NULL DEFAULT '', "component_ids" uuid array NOT NULL DEFAULT '{}', "updated_by" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_612e2600e0dc2c546d24bb27dcc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_workspace_applicability" ON "workspace_applicability"  ("workspace_id", "requirement_id") `);
    await queryRunner.query(
      `CREATE TABLE "workspace_participants" ("id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" text NOT NULL, "status" text NOT NULL, "component_ids" uuid array NOT NULL DEFAULT '{}', "invited_by_organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "responded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b4817c83d48085b08b1eec59b9b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_workspace_participants_org" ON "workspace_participants"  ("organization_id", "workspace_id") `);
    await queryRunner.query(`CREATE INDEX "ix_workspace_participants_ws" ON "workspace_participants"  ("workspace_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "workspace_frameworks" ("workspace_id" uuid NOT NULL, "framework_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_9dc92f277e1b3e32ee622c1d513" PRIMARY KEY ("workspace_id", "framework_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "workspaces" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "offering_id" uuid NOT NULL, "name" text NOT NULL, "target_markets" text array NOT NULL, "status" text NOT NULL DEFAULT 'active', "four_eyes" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_098656ae401f3e1a4586f47fd8e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_workspaces_offering" ON "workspaces"  ("offering_id") `);
    await queryRunner.query(`CREATE INDEX "ix_workspaces_org" ON "workspaces"  ("organization_id", "id") `);
    await queryRunner.query(
      `ALTER TABLE "offering_components" ADD CONSTRAINT "FK_7765c15ded66ab01ae30c043463" FOREIGN KEY ("offering_id") REFERENCES "offerings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "offering_components" DROP CONSTRAINT "FK_7765c15ded66ab01ae30c043463"`);
    await queryRunner.query(`DROP INDEX "public"."ix_workspaces_org"`);
    await queryRunner.query(`DROP INDEX "public"."ix_workspaces_offering"`);
    await queryRunner.query(`DROP TABLE "workspaces"`);
    await queryRunner.query(`DROP TABLE "workspace_frameworks"`);
    await queryRunner.query(`DROP INDEX "public"."ix_workspace_participants_ws"`);
    await queryRunner.query(`DROP INDEX "public"."ix_workspace_participants_org"`);
    await queryRunner.query(`DROP TABLE "workspace_participants"`);
    await queryRunner.query(`DROP INDEX "public"."uq_workspace_applicability"`);
    await queryRunner.query(`DROP TABLE "workspace_applicability"`);
    await queryRunner.query(`DROP INDEX "public"."ix_offering_components_offering"`);
    await queryRunner.query(`DROP INDEX "public"."ix_offering_components_provider"`);
    await queryRunner.query(`DROP TABLE "offering_components"`);
    await queryRunner.query(`DROP INDEX "public"."ix_offerings_org"`);
    await queryRunner.query(`DROP TABLE "offerings"`);
  }
}
