import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['webhook_endpoints', 'webhook_deliveries', 'webhook_delivery_attempts'];

/**
 * Webhook endpoints, deliveries and their attempts belong to one organization. The
 * worker acts per organization like any request; two SECURITY DEFINER helpers answer
 * what no single organization may see: which organizations hear a workspace event
 * (the event's own and the accepted participants with the given roles), and which
 * pending deliveries are overdue across all organizations (the recovery sweep; ids only).
 */
export class WebhooksRowLevelSecurity1795671714500 implements MigrationInterface {
  name = 'WebhooksRowLevelSecurity1795671714500';

  async up(q: QueryRunner): Promise<void> {
    for (const t of TABLES) {
      await q.query(`ALTER TABLE "${t}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE "${t}" FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY owner_all ON "${t}" TO CURRENT_USER USING (true) WITH CHECK (true)`);
      await q.query(`CREATE POLICY tenant_all ON "${t}" USING (organization_id = app_org_id()) WITH CHECK (organization_id = app_org_id())`);
    }
    const definer = `LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp`;
    await q.query(`CREATE FUNCTION webhook_event_targets(p_org uuid, p_workspace uuid, p_roles text[]) RETURNS TABLE (organization_id uuid) ${definer} AS $$
      SELECT p_org
      UNION
      SELECT p.organization_id FROM workspace_participants p
       WHERE p.workspace_id = p_workspace AND p.status = 'accepted' AND p.role = ANY(p_roles) $$`);
    await q.query(`CREATE FUNCTION webhook_overdue_deliveries(p_before timestamptz, p_limit integer) RETURNS TABLE (id uuid, organization_id uuid, attempts integer) ${definer} AS $$
      SELECT d.id, d.organization_id, d.attempts FROM webhook_deliveries d
       WHERE d.status = 'pending' AND d.next_attempt_at < p_before
       ORDER BY d.next_attempt_at LIMIT LEAST(p_limit, 1000) $$`);
    for (const f of ['webhook_event_targets(uuid, uuid, text[])', 'webhook_overdue_deliveries(timestamptz, integer)']) {
      // Granted to the app role by the migration runner, not to every role of the cluster.
      await q.query(`REVOKE EXECUTE ON FUNCTION ${f} FROM PUBLIC`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const f of ['webhook_event_targets(uuid, uuid, text[])', 'webhook_overdue_deliveries(timestamptz, integer)']) await q.query(`DROP FUNCTION ${f}`);
    for (const t of TABLES) {
      await q.query(`DROP POLICY tenant_all ON "${t}"`);
      await q.query(`DROP POLICY owner_all ON "${t}"`);
      await q.query(`ALTER TABLE "${t}" NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE "${t}" DISABLE ROW LEVEL SECURITY`);
    }
  }
}
