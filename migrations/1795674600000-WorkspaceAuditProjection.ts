import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A workspace's audit stream, projected by role (the row-level backstop under the query in
 * AuditService):
 * - owners and assessors read every event;
 * - observers read outcome events only: `decision.*` and `attestation.*` (no evidence, verdict,
 *   finding, comment, submission or review events: those carry titles, file names, hashes,
 *   outcomes per requirement and severities);
 * - contributors read every event except evidence events (`evidence.*`) about evidence of a
 *   component they do not provide; non-component events (workspace, participants, submissions,
 *   reviews, verdicts, findings, decisions, attestations) stay visible, as the tables behind them are.
 * An evidence event names its evidence by subject (`Evidence`) or by `payload.evidenceId`; one whose
 * evidence cannot be found is hidden from contributors (fail closed).
 *
 * A projected reader cannot recompute the chain across hidden events, so `audit_chain_links`
 * hands any accepted participant the links only (seq, prev_hash, hash: no content) of the whole
 * workspace stream; the reader checks sequence and links over the full stream and recomputes the
 * content hash of the events it may read.
 */
export class WorkspaceAuditProjection1795674600000 implements MigrationInterface {
  name = 'WorkspaceAuditProjection1795674600000';

  async up(q: QueryRunner): Promise<void> {
    const definer = `LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp`;
    await q.query(`CREATE FUNCTION app_ws_audit_visible(p_stream uuid, p_action text, p_subject_type text, p_subject_id text, p_payload jsonb)
      RETURNS boolean ${definer} AS $$
      SELECT CASE app_ws_role(p_stream)
        WHEN 'owner' THEN true
        WHEN 'assessor' THEN true
        WHEN 'observer' THEN p_action LIKE 'decision.%' OR p_action LIKE 'attestation.%'
        WHEN 'contributor' THEN p_action NOT LIKE 'evidence.%' OR EXISTS (
          SELECT 1 FROM evidence e
           WHERE e.workspace_id = p_stream
             AND e.id::text = CASE WHEN p_subject_type = 'Evidence' THEN p_subject_id ELSE p_payload->>'evidenceId' END
             AND e.component_id = ANY (app_ws_component_scope(p_stream)))
        ELSE false END $$`);
    await q.query(`CREATE FUNCTION audit_chain_links(p_stream uuid, p_after bigint, p_limit integer) RETURNS TABLE (seq bigint, prev_hash text, hash text) ${definer} AS $$
      SELECT e.seq, e.prev_hash, e.hash FROM audit_events e
       WHERE e.stream_type = 'workspace' AND e.stream_id = p_stream AND e.seq > p_after AND app_ws_role(p_stream) IS NOT NULL
       ORDER BY e.seq LIMIT LEAST(p_limit, 5000) $$`);
    for (const f of ['app_ws_audit_visible(uuid, text, text, text, jsonb)', 'audit_chain_links(uuid, bigint, integer)']) {
      await q.query(`REVOKE EXECUTE ON FUNCTION ${f} FROM PUBLIC`);
    }
    await q.query(`DROP POLICY audit_select ON audit_events`);
    await q.query(`CREATE POLICY audit_select ON audit_events FOR SELECT USING (
      (stream_type = 'organization' AND stream_id = app_org_id())
      OR (stream_type = 'workspace' AND app_ws_audit_visible(stream_id, action, subject_type, subject_id, payload)))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY audit_select ON audit_events`);
    await q.query(`CREATE POLICY audit_select ON audit_events FOR SELECT USING (
      (stream_type = 'organization' AND stream_id = app_org_id()) OR (stream_type = 'workspace' AND app_ws_role(stream_id) IS NOT NULL))`);
    await q.query(`DROP FUNCTION audit_chain_links(uuid, bigint, integer)`);
    await q.query(`DROP FUNCTION app_ws_audit_visible(uuid, text, text, text, jsonb)`);
  }
}
