import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Service levels: tenant metrics, versioned profiles per component, measurement windows, objectives frozen in submissions, tender criteria, bids' responses, finding drafts. */
export class ServiceLevels1795681000000 implements MigrationInterface {
  name = 'ServiceLevels1795681000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "bid_service_levels" ("bid_id" uuid NOT NULL, "tender_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "tender_organization_id" uuid NOT NULL, "offering_id" uuid NOT NULL, "responses" jsonb NOT NULL, "at_risk" jsonb NOT NULL DEFAULT '[]', "report" jsonb NOT NULL, "match_context" jsonb NOT NULL, "max_evidence_age_days" integer, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_4de221bc13fbe53f7e54c64bc9e" PRIMARY KEY ("bid_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_bid_service_levels_offering" ON "bid_service_levels"  ("organization_id", "offering_id")`);
    await queryRunner.query(
      `CREATE TABLE "service_level_findings" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "assessor_organization_id" uuid, "submission_id" uuid, "component_id" uuid NOT NULL, "objective_id" uuid NOT NULL, "metric" text NOT NULL, "period_start" TIMESTAMP WITH TIME ZONE NOT NULL, "period_end" TIMESTAMP WITH TIME ZONE NOT NULL, "measured" double precision NOT NULL, "target" jsonb NOT NULL, "status" text NOT NULL, "title" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b9b5d45d212b041b3957a29af2a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_service_level_findings_period" ON "service_level_findings"  ("component_id", "objective_id", "period_start")`,
    );
    await queryRunner.query(
      `CREATE TABLE "service_level_measurements" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "component_id" uuid NOT NULL, "metric" text NOT NULL, "period_start" TIMESTAMP WITH TIME ZONE NOT NULL, "period_end" TIMESTAMP WITH TIME ZONE NOT NULL, "value" double precision NOT NULL, "sample_count" integer NOT NULL, "source" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_2d9b61148fd78685118216dcceb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_service_level_measurements_window" ON "service_level_measurements"  ("component_id", "metric", "period_start", "period_end")`,
    );
    await queryRunner.query(
      `CREATE TABLE "service_level_metrics" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "key" text NOT NULL, "uri" text NOT NULL, "name" text NOT NULL, "definition" text NOT NULL, "value_type" text NOT NULL, "unit" text, "expression" text, "parameters" text array NOT NULL DEFAULT '{}', "rules" text array NOT NULL DEFAULT '{}', "underlying_metrics" text array NOT NULL DEFAULT '{}', "higher_is_better" boolean, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_74874f501ff623ef136662838f2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_service_level_metrics_org_key" ON "service_level_metrics"  ("organization_id", "key")`);
    await queryRunner.query(
      `CREATE TABLE "service_level_profiles" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "offering_id" uuid NOT NULL, "component_id" uuid NOT NULL, "version" integer NOT NULL, "objectives" jsonb NOT NULL, "sla_documents" jsonb NOT NULL DEFAULT '[]', "created_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a43bbd22870d5c693976e910e41" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_service_level_profiles_offering" ON "service_level_profiles"  ("offering_id", "component_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_service_level_profiles_component_version" ON "service_level_profiles"  ("component_id", "version")`);
    await queryRunner.query(
      `CREATE TABLE "submission_service_levels" ("id" uuid NOT NULL, "submission_id" uuid NOT NULL, "submission_number" integer NOT NULL, "workspace_id" uuid NOT NULL, "component_id" uuid NOT NULL, "profile_id" uuid NOT NULL, "profile_version" integer NOT NULL, "objective_id" uuid NOT NULL, "objective" jsonb NOT NULL, "verdict" text NOT NULL, "assessed_by" text, "assessor_organization_id" uuid, "assessed_at" TIMESTAMP WITH TIME ZONE, "note" text NOT NULL DEFAULT '', CONSTRAINT "PK_5589723f8821ae8f95516ce1b2e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_submission_service_levels_component" ON "submission_service_levels"  ("component_id", "objective_id")`);
    await queryRunner.query(`CREATE INDEX "ix_submission_service_levels_workspace" ON "submission_service_levels"  ("workspace_id", "submission_number")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_submission_service_levels_objective" ON "submission_service_levels"  ("submission_id", "objective_id")`);
    await queryRunner.query(
      `CREATE TABLE "tender_service_criteria" ("tender_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "criteria" jsonb NOT NULL, "max_evidence_age_days" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_92e35e4c6e9f4fdab40e22ce908" PRIMARY KEY ("tender_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "bid_service_levels" ADD CONSTRAINT "fk_bid_service_levels_offering" FOREIGN KEY ("offering_id") REFERENCES "offerings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bid_service_levels" ADD CONSTRAINT "fk_bid_service_levels_tender_organization" FOREIGN KEY ("tender_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bid_service_levels" ADD CONSTRAINT "fk_bid_service_levels_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bid_service_levels" ADD CONSTRAINT "fk_bid_service_levels_tender" FOREIGN KEY ("tender_id") REFERENCES "tenders"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bid_service_levels" ADD CONSTRAINT "fk_bid_service_levels_bid" FOREIGN KEY ("bid_id") REFERENCES "bids"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_level_findings" ADD CONSTRAINT "fk_service_level_findings_component" FOREIGN KEY ("component_id") REFERENCES "offering_components"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_level_findings" ADD CONSTRAINT "fk_service_level_findings_assessor_organization" FOREIGN KEY ("assessor_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_level_findings" ADD CONSTRAINT "fk_service_level_findings_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_level_measurements" ADD CONSTRAINT "fk_service_level_measurements_component" FOREIGN KEY ("component_id") REFERENCES "offering_components"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_level_measurements" ADD CONSTRAINT "fk_service_level_measurements_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_level_metrics" ADD CONSTRAINT "fk_service_level_metrics_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_level_profiles" ADD CONSTRAINT "fk_service_level_profiles_component" FOREIGN KEY ("component_id") REFERENCES "offering_components"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_level_profiles" ADD CONSTRAINT "fk_service_level_profiles_offering" FOREIGN KEY ("offering_id") REFERENCES "offerings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_level_profiles" ADD CONSTRAINT "fk_service_level_profiles_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "submission_service_levels" ADD CONSTRAINT "fk_submission_service_levels_assessor_organization" FOREIGN KEY ("assessor_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "submission_service_levels" ADD CONSTRAINT "fk_submission_service_levels_component" FOREIGN KEY ("component_id") REFERENCES "offering_components"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "submission_service_levels" ADD CONSTRAINT "fk_submission_service_levels_profile" FOREIGN KEY ("profile_id") REFERENCES "service_level_profiles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "submission_service_levels" ADD CONSTRAINT "fk_submission_service_levels_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "submission_service_levels" ADD CONSTRAINT "fk_submission_service_levels_submission" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tender_service_criteria" ADD CONSTRAINT "fk_tender_service_criteria_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tender_service_criteria" ADD CONSTRAINT "fk_tender_service_criteria_tender" FOREIGN KEY ("tender_id") REFERENCES "tenders"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_level_findings" ADD CONSTRAINT "fk_service_level_findings_submission" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "bid_service_levels"`);
    await queryRunner.query(`DROP TABLE "service_level_findings"`);
    await queryRunner.query(`DROP TABLE "service_level_measurements"`);
    await queryRunner.query(`DROP TABLE "submission_service_levels"`);
    await queryRunner.query(`DROP TABLE "service_level_metrics"`);
    await queryRunner.query(`DROP TABLE "tender_service_criteria"`);
    await queryRunner.query(`DROP TABLE "service_level_profiles"`);
  }
}
