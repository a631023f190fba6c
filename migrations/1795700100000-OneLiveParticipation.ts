import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An organization takes part in a workspace at most once at a time: one invited or accepted
 * participation per (workspace, organization). Two invitations sent at the same moment could
 * each pass the service's check and leave two live rows (even an assessor and an observer at
 * once, which impartiality forbids). Such duplicates are kept as the first accepted (else the
 * first invited) participation; the others become `removed`, as if the owner had removed them.
 */
export class OneLiveParticipation1795700100000 implements MigrationInterface {
  name = 'OneLiveParticipation1795700100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE workspace_participants p SET status = 'removed', responded_at = now()
       FROM (SELECT id, row_number() OVER (PARTITION BY workspace_id, organization_id
                                           ORDER BY (status = 'accepted') DESC, created_at, id) AS n
               FROM workspace_participants WHERE status IN ('invited', 'accepted')) d
      WHERE p.id = d.id AND d.n > 1`);
    await q.query(`CREATE UNIQUE INDEX "ux_workspace_participants_live" ON "workspace_participants" ("workspace_id", "organization_id")
      WHERE status IN ('invited', 'accepted')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ux_workspace_participants_live"`);
  }
}
