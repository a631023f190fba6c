import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The head (last seq and hash) of an audit stream, for whoever may append to it. An
 * organization invited to a workspace may append its answer to the workspace's stream
 * (the insert policy allows it) but may not read that stream's events; without this look-up
 * it could not chain its event to the head, and declining an invitation failed.
 * Only seq and hash are returned, and only to an organization the insert policy admits.
 */
export class AuditStreamHead1795672000000 implements MigrationInterface {
  name = 'AuditStreamHead1795672000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION audit_stream_head(p_stream_type text, p_stream uuid) RETURNS TABLE (seq bigint, hash text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      SELECT e.seq, e.hash FROM audit_events e
       WHERE e.stream_id = p_stream
         AND ((p_stream_type = 'organization' AND p_stream = app_org_id())
           OR (p_stream_type = 'workspace' AND (app_ws_role(p_stream) IS NOT NULL OR app_ws_invited(p_stream)
               OR EXISTS (SELECT 1 FROM workspaces w WHERE w.id = p_stream AND w.organization_id = app_org_id()))))
       ORDER BY e.seq DESC LIMIT 1 $$`);
    await q.query(`REVOKE EXECUTE ON FUNCTION audit_stream_head(text, uuid) FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION audit_stream_head(text, uuid)`);
  }
}
