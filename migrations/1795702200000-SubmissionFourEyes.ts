import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A submission's manifest records whether the workspace asked for four-eyes decisions when it was
 * submitted: a decision on it needs a second assessor's confirmation if that or the workspace's
 * setting says so, so the assessed owner cannot waive it during the review. Manifests made before
 * take the workspace's setting as it stands now.
 */
export class SubmissionFourEyes1795702200000 implements MigrationInterface {
  name = 'SubmissionFourEyes1795702200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "submission_manifests" ADD "four_eyes" boolean NOT NULL DEFAULT false`);
    await q.query(`UPDATE submission_manifests m SET four_eyes = w.four_eyes FROM workspaces w WHERE w.id = m.workspace_id AND w.four_eyes`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "submission_manifests" DROP COLUMN "four_eyes"`);
  }
}
