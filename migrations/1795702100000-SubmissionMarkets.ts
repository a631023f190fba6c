import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A submission's manifest freezes the workspace's target markets with it: a decision may cover
 * those only, so a market the owner adds during the review is not attested on evidence nobody
 * submitted or judged for it. Manifests made before hold the workspace's markets as they stand now.
 */
export class SubmissionMarkets1795702100000 implements MigrationInterface {
  name = 'SubmissionMarkets1795702100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "submission_manifests" ADD "target_markets" text array`);
    await q.query(`UPDATE submission_manifests m SET target_markets = w.target_markets FROM workspaces w WHERE w.id = m.workspace_id`);
    await q.query(`ALTER TABLE "submission_manifests" ALTER COLUMN "target_markets" SET NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "submission_manifests" DROP COLUMN "target_markets"`);
  }
}
