import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropRowLevelSecurity, forceRowLevelSecurity } from './lib/row-level-security.js';

const TABLES = ['evidence', 'evidence_versions', 'evidence_links', 'evidence_integrity_checks'];

/**
 * Evidence is seen by the workspace owner and by contributors for the components they
 * provide — never by observers (assessors gain access to what is submitted, later).
 * Versions, links and integrity checks follow their evidence item.
 *
 * The gap analysis is an outcome every participant sees, computed over everyone's
 * evidence, so it is a SECURITY DEFINER function that first checks participation.
 * The daily freshness scan runs across tenants as the platform.
 */
export class EvidenceRowLevelSecurity1795669210900 implements MigrationInterface {
  name = 'EvidenceRowLevelSecurity1795669210900';

  async up(q: QueryRunner): Promise<void> {
    const definer = `SECURITY DEFINER SET search_path = public, pg_temp`;
    await q.query(`CREATE FUNCTION app_ws_component_scope(p_workspace uuid) RETURNS uuid[] LANGUAGE sql STABLE ${definer} AS $$
      SELECT component_ids FROM workspace_participants
       WHERE workspace_id = p_workspace AND organization_id = app_org_id() AND status = 'accepted' AND role = 'contributor' LIMIT 1 $$`);

    await forceRowLevelSecurity(q, TABLES);
    const mayTouch = `(app_ws_role(workspace_id) = 'owner' OR (app_ws_role(workspace_id) = 'contributor' AND component_id = ANY (app_ws_component_scope(workspace_id))))`;
    await q.query(`CREATE POLICY evidence_access ON evidence USING ${mayTouch} WITH CHECK ${mayTouch}`);
    const viaEvidence = `EXISTS (SELECT 1 FROM evidence e WHERE e.id = evidence_id)`;
    await q.query(`CREATE POLICY versions_access ON evidence_versions USING (${viaEvidence}) WITH CHECK (${viaEvidence})`);
    await q.query(`CREATE POLICY links_access ON evidence_links USING (${viaEvidence}) WITH CHECK (${viaEvidence})`);
    await q.query(`CREATE POLICY integrity_access ON evidence_integrity_checks USING (EXISTS (SELECT 1 FROM evidence_versions v WHERE v.id = version_id))
      WITH CHECK (EXISTS (SELECT 1 FROM evidence_versions v WHERE v.id = version_id))`);

    // One set-based pass: applicability, live evidence links, and coverage inherited
    // through crosswalks from another requirement of the same workspace.
    await q.query(`CREATE FUNCTION workspace_gap_rows(p_workspace uuid, p_today date) RETURNS TABLE (
        framework_id uuid, requirement_id uuid, ref text, title text, sort_order integer, applicable boolean,
        evidence_count integer, inherited_requirement_id uuid, inherited_ref text, inherited_framework_id uuid,
        inherited_relation text, accepted boolean, open_findings integer)
      LANGUAGE sql STABLE ${definer} AS $$
      WITH allowed AS (SELECT 1 AS ok WHERE app_ws_role(p_workspace) IS NOT NULL),
      ws AS (SELECT w.organization_id FROM workspaces w, allowed WHERE w.id = p_workspace),
      req AS (
        SELECT r.id, r.framework_id, r.ref, r.title, r.sort_order, COALESCE(a.applicable, true) AS applicable
          FROM workspace_frameworks wf
          JOIN allowed ON true
          JOIN requirements r ON r.framework_id = wf.framework_id AND r.kind = 'control'
          LEFT JOIN workspace_applicability a ON a.workspace_id = p_workspace AND a.requirement_id = r.id
         WHERE wf.workspace_id = p_workspace),
      live AS (
        SELECT e.id FROM evidence e
         WHERE e.workspace_id = p_workspace AND e.current_version_id IS NOT NULL AND (e.valid_until IS NULL OR e.valid_until >= p_today)),
      direct AS (
        SELECT l.requirement_id, count(DISTINCT l.evidence_id)::integer AS n
          FROM evidence_links l JOIN live ON live.id = l.evidence_id
         WHERE l.workspace_id = p_workspace GROUP BY l.requirement_id),
      maps AS (
        SELECT m.source_requirement_id, m.target_requirement_id, m.relation FROM requirement_mappings m, ws
         WHERE m.organization_id IS NULL OR m.organization_id = ws.organization_id),
      -- Evidence for a requirement carries over to one it maps to, unless it covers only
      -- part of it (source a subset of the target). 'intersects' carries over as partial.
      covers AS (
        SELECT target_requirement_id AS target, source_requirement_id AS source, relation FROM maps WHERE relation IN ('equal', 'superset', 'intersects')
        UNION
        SELECT source_requirement_id, target_requirement_id,
               CASE relation WHEN 'subset' THEN 'superset' ELSE relation END FROM maps WHERE relation IN ('equal', 'subset', 'intersects')),
      inherited AS (
        SELECT DISTINCT ON (c.target) c.target, s.id AS src_id, s.ref AS src_ref, s.framework_id AS src_fw, c.relation
          FROM covers c
          JOIN direct d ON d.requirement_id = c.source
          JOIN req s ON s.id = c.source AND s.applicable
         ORDER BY c.target, CASE c.relation WHEN 'equal' THEN 0 WHEN 'superset' THEN 1 ELSE 2 END, s.ref)
      SELECT req.framework_id, req.id, req.ref, req.title, req.sort_order, req.applicable,
             COALESCE(d.n, 0), i.src_id, i.src_ref, i.src_fw, i.relation, false, 0
        FROM req
        LEFT JOIN direct d ON d.requirement_id = req.id
        LEFT JOIN inherited i ON i.target = req.id
       ORDER BY req.framework_id, req.sort_order $$`);

    await q.query(`CREATE FUNCTION workspace_evidence_freshness(p_workspace uuid, p_today date, p_days integer) RETURNS TABLE (expiring bigint, expired bigint)
      LANGUAGE sql STABLE ${definer} AS $$
      SELECT count(*) FILTER (WHERE e.valid_until >= p_today AND e.valid_until <= p_today + p_days),
             count(*) FILTER (WHERE e.valid_until < p_today)
        FROM evidence e WHERE e.workspace_id = p_workspace AND app_ws_role(p_workspace) IS NOT NULL $$`);

    // The daily job: announce each expiry date once (expiring soon, then expired).
    await q.query(`CREATE FUNCTION evidence_freshness_scan(p_today date, p_days integer) RETURNS TABLE (expiring integer, expired integer)
      LANGUAGE plpgsql ${definer} AS $$
      DECLARE n_expiring integer; n_expired integer;
      BEGIN
        WITH hit AS (
          UPDATE evidence e SET expiring_notified_for = e.valid_until
           WHERE e.valid_until IS NOT NULL AND e.valid_until >= p_today AND e.valid_until <= p_today + p_days
             AND e.expiring_notified_for IS DISTINCT FROM e.valid_until
          RETURNING e.id, e.workspace_id, e.organization_id, e.title, e.type, e.valid_until)
        INSERT INTO outbox_events (id, organization_id, workspace_id, type, payload, created_at)
        SELECT gen_random_uuid(), hit.organization_id, hit.workspace_id, 'evidence.expiring',
               jsonb_build_object('evidenceId', hit.id, 'title', hit.title, 'type', hit.type, 'validUntil', hit.valid_until), now()
          FROM hit;
        GET DIAGNOSTICS n_expiring = ROW_COUNT;
        WITH hit AS (
          UPDATE evidence e SET expired_notified_for = e.valid_until
           WHERE e.valid_until IS NOT NULL AND e.valid_until < p_today AND e.expired_notified_for IS DISTINCT FROM e.valid_until
          RETURNING e.id, e.workspace_id, e.organization_id, e.title, e.type, e.valid_until)
        INSERT INTO outbox_events (id, organization_id, workspace_id, type, payload, created_at)
        SELECT gen_random_uuid(), hit.organization_id, hit.workspace_id, 'evidence.expired',
               jsonb_build_object('evidenceId', hit.id, 'title', hit.title, 'type', hit.type, 'validUntil', hit.valid_until), now()
          FROM hit;
        GET DIAGNOSTICS n_expired = ROW_COUNT;
        RETURN QUERY SELECT n_expiring, n_expired;
      END $$`);
    for (const f of [
      'app_ws_component_scope(uuid)',
      'workspace_gap_rows(uuid, date)',
      'workspace_evidence_freshness(uuid, date, integer)',
      'evidence_freshness_scan(date, integer)',
    ]) {
      await q.query(`REVOKE EXECUTE ON FUNCTION ${f} FROM PUBLIC`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const f of [
      'evidence_freshness_scan(date, integer)',
      'workspace_evidence_freshness(uuid, date, integer)',
      'workspace_gap_rows(uuid, date)',
      'app_ws_component_scope(uuid)',
    ]) {
      await q.query(`DROP FUNCTION ${f}`);
    }
    await dropRowLevelSecurity(q, TABLES);
  }
}
