import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A decision names what it covers: the frameworks and markets of its scope (subsets of the
 * workspace's), structured conditions (text, due date, the finding each rests on) and the
 * version ranges the assessor accepted per frozen component. A manifest of format 2 freezes
 * the offering's components.
 *
 * Decisions taken before this change covered the whole workspace: their scope is backfilled
 * with the workspace's frameworks and markets as they stand now, and their condition texts
 * become conditions without due date or finding.
 */
export class DecisionScope1795673100000 implements MigrationInterface {
  name = 'DecisionScope1795673100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "decisions" ADD "scope_framework_ids" uuid array NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "decisions" ADD "scope_markets" text array NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "decisions" ADD "condition_details" jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`ALTER TABLE "decisions" ADD "compatible_ranges" jsonb NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "submission_manifests" ADD "components" jsonb`);
    await q.query(`UPDATE decisions d
                      SET scope_framework_ids = COALESCE((SELECT array_agg(wf.framework_id ORDER BY wf.framework_id) FROM workspace_frameworks wf WHERE wf.workspace_id = d.workspace_id), '{}'),
                          scope_markets = w.target_markets,
                          condition_details = COALESCE((SELECT jsonb_agg(jsonb_build_object('text', c, 'dueDate', NULL, 'findingId', NULL)) FROM unnest(d.conditions) c), '[]')
                     FROM workspaces w WHERE w.id = d.workspace_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "submission_manifests" DROP COLUMN "components"`);
    await q.query(`ALTER TABLE "decisions" DROP COLUMN "compatible_ranges"`);
    await q.query(`ALTER TABLE "decisions" DROP COLUMN "condition_details"`);
    await q.query(`ALTER TABLE "decisions" DROP COLUMN "scope_markets"`);
    await q.query(`ALTER TABLE "decisions" DROP COLUMN "scope_framework_ids"`);
  }
}
