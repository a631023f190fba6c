import type { MigrationInterface, QueryRunner } from 'typeorm';

export const definer = `SECURITY DEFINER SET search_path = public, pg_temp`;

export const GAP_ROWS_RESULT = `TABLE (framework_id uuid, requirement_id uuid, ref text, title text, sort_order integer, applicable boolean,
  evidence_count integer, inherited_requirement_id uuid, inherited_ref text, inherited_framework_id uuid,
  inherited_relation text, accepted boolean, open_findings integer)`;

/** The evidence part of the gap analysis; `maps` now reads only mappings between the workspace's requirements. */
export const EVIDENCE_GAP_ROWS = `
  WITH allowed AS (SELECT 1 AS ok WHERE app_ws_role($1) IS NOT NULL),
  ws AS (SELECT w.organization_id FROM workspaces w, allowed WHERE w.id = $1),
  req AS (
    SELECT r.id, r.framework_id, r.ref, r.title, r.sort_order, COALESCE(a.applicable, true) AS applicable
      FROM workspace_frameworks wf
      JOIN allowed ON true
      JOIN requirements r ON r.framework_id = wf.framework_id AND r.kind = 'control'
      LEFT JOIN workspace_applicability a ON a.workspace_id = $1 AND a.requirement_id = r.id
     WHERE wf.workspace_id = $1),
  live AS (
    SELECT e.id FROM evidence e
     WHERE e.workspace_id = $1 AND e.current_version_id IS NOT NULL AND (e.valid_until IS NULL OR e.valid_until >= $2)),
  direct AS (
    SELECT l.requirement_id, count(DISTINCT l.evidence_id)::integer AS n
      FROM evidence_links l JOIN live ON live.id = l.evidence_id
     WHERE l.workspace_id = $1 GROUP BY l.requirement_id),
  maps AS (
    SELECT m.source_requirement_id, m.target_requirement_id, m.relation
      FROM req rs
      JOIN requirement_mappings m ON m.source_requirement_id = rs.id
      JOIN req rt ON rt.id = m.target_requirement_id
      JOIN ws ON m.organization_id IS NULL OR m.organization_id = ws.organization_id),
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
   ORDER BY req.framework_id, req.sort_order`;

const GAP_ROWS = `
  WITH latest_decided AS (
    SELECT s.id FROM submissions s WHERE s.workspace_id = $1 AND s.status = 'decided' ORDER BY s.number DESC LIMIT 1),
  acc AS (
    SELECT DISTINCT v.requirement_id FROM verdicts v JOIN latest_decided ld ON ld.id = v.submission_id WHERE v.outcome = 'satisfied'),
  fnd AS (
    SELECT f.requirement_id, count(*)::integer AS n FROM findings f
     WHERE f.workspace_id = $1 AND f.status IN ('open', 'responded') GROUP BY f.requirement_id)
  SELECT b.framework_id, b.requirement_id, b.ref, b.title, b.sort_order, b.applicable, b.evidence_count, b.inherited_requirement_id,
         b.inherited_ref, b.inherited_framework_id, b.inherited_relation, (acc.requirement_id IS NOT NULL), COALESCE(fnd.n, 0)
    FROM workspace_evidence_gap_rows($1, $2) b
    LEFT JOIN acc ON acc.requirement_id = b.requirement_id
    LEFT JOIN fnd ON fnd.requirement_id = b.requirement_id
   ORDER BY b.framework_id, b.sort_order`;

const FRESHNESS = `
  SELECT count(*) FILTER (WHERE evidence_freshness(e.valid_until, $2, $3) = 'expiring'),
         count(*) FILTER (WHERE evidence_freshness(e.valid_until, $2, $3) = 'expired')
    FROM evidence e WHERE e.workspace_id = $1 AND app_ws_role($1) IS NOT NULL`;

export const quote = (sql: string) => `$q$${sql}$q$`;

/**
 * The evidence policies and the gap analysis at the size of one workspace.
 *
 * Policies: the caller's workspaces per role (`app_my_workspaces`) and its contributed
 * components per workspace (`app_my_components`) are read once per statement, through scalar
 * sub-selects the planner runs as InitPlans, instead of `app_ws_role` (twice) and
 * `app_ws_component_scope` for every scanned row. Who sees what is unchanged: the owner sees
 * the workspace's evidence, a contributor the evidence of the components it provides there;
 * versions and links follow their evidence item for owner and contributor; an assessor reads
 * submitted versions only. The evidence list narrows a contributor to its components, served
 * by `ix_evidence_workspace_component`.
 *
 * Gap analysis: `workspace_gap_rows`, `workspace_evidence_gap_rows` and
 * `workspace_evidence_freshness` were SQL functions, planned once with the workspace id as
 * an unknown parameter (a generic plan: scans of the whole evidence table once other
 * workspaces hold many rows). They now run their query through plpgsql's `EXECUTE … USING`,
 * planned on every call with the actual workspace id, and the crosswalk mappings are read
 * only between the workspace's own requirements. Same rows as before.
 */
export class EvidencePoliciesOncePerStatement1795675500000 implements MigrationInterface {
  name = 'EvidencePoliciesOncePerStatement1795675500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE app_ws_component AS (workspace_id uuid, component_id uuid)`);
    await q.query(`CREATE FUNCTION app_my_workspaces(p_roles text[]) RETURNS uuid[] LANGUAGE sql STABLE ${definer} AS $$
      SELECT COALESCE(array_agg(DISTINCT p.workspace_id), '{}') FROM workspace_participants p
       WHERE p.organization_id = app_org_id() AND p.status = 'accepted' AND p.role = ANY (p_roles) $$`);
    await q.query(`CREATE FUNCTION app_my_components() RETURNS app_ws_component[] LANGUAGE sql STABLE ${definer} AS $$
      SELECT COALESCE(array_agg(DISTINCT ROW(p.workspace_id, c)::app_ws_component), '{}')
        FROM workspace_participants p CROSS JOIN LATERAL unnest(p.component_ids) c
       WHERE p.organization_id = app_org_id() AND p.status = 'accepted' AND p.role = 'contributor' $$`);
    for (const f of ['app_my_workspaces(text[])', 'app_my_components()']) {
      await q.query(`REVOKE EXECUTE ON FUNCTION ${f} FROM PUBLIC`);
    }

    const mayTouch = `(workspace_id = ANY ((SELECT app_my_workspaces('{owner}'))::uuid[]) OR ROW(workspace_id, component_id)::app_ws_component = ANY ((SELECT app_my_components())::app_ws_component[]))`;
    await q.query(`ALTER POLICY evidence_access ON evidence USING ${mayTouch} WITH CHECK ${mayTouch}`);
    const suppliers = `workspace_id = ANY ((SELECT app_my_workspaces('{owner,contributor}'))::uuid[])`;
    for (const [policy, table, alias] of [
      ['versions_access', 'evidence_versions', 'evidence_versions'],
      ['links_access', 'evidence_links', 'evidence_links'],
    ] as const) {
      const via = `(${suppliers} AND EXISTS (SELECT 1 FROM evidence e WHERE e.id = ${alias}.evidence_id))`;
      await q.query(`ALTER POLICY ${policy} ON ${table} USING ${via} WITH CHECK ${via}`);
    }
    await q.query(
      `ALTER POLICY versions_submitted_select ON evidence_versions USING (workspace_id = ANY ((SELECT app_my_workspaces('{assessor}'))::uuid[]) AND app_ws_submitted_version(workspace_id, id))`,
    );
    await q.query(`CREATE INDEX ix_evidence_workspace_component ON evidence (workspace_id, component_id, id)`);

    await q.query(`CREATE OR REPLACE FUNCTION workspace_evidence_gap_rows(p_workspace uuid, p_today date) RETURNS ${GAP_ROWS_RESULT}
      LANGUAGE plpgsql STABLE ${definer} AS $$
      BEGIN
        RETURN QUERY EXECUTE ${quote(EVIDENCE_GAP_ROWS)} USING p_workspace, p_today;
      END $$`);
    await q.query(`CREATE OR REPLACE FUNCTION workspace_gap_rows(p_workspace uuid, p_today date) RETURNS ${GAP_ROWS_RESULT}
      LANGUAGE plpgsql STABLE ${definer} AS $$
      BEGIN
        RETURN QUERY EXECUTE ${quote(GAP_ROWS)} USING p_workspace, p_today;
      END $$`);
    await q.query(`CREATE OR REPLACE FUNCTION workspace_evidence_freshness(p_workspace uuid, p_today date, p_days integer) RETURNS TABLE (expiring bigint, expired bigint)
      LANGUAGE plpgsql STABLE ${definer} AS $$
      BEGIN
        RETURN QUERY EXECUTE ${quote(FRESHNESS)} USING p_workspace, p_today, p_days;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    const sqlFn = (sql: string) => sql.replaceAll('$1', 'p_workspace').replaceAll('$2', 'p_today').replaceAll('$3', 'p_days');
    const oldEvidenceGapRows = sqlFn(EVIDENCE_GAP_ROWS)
      .replace('req AS (', 'req AS (')
      .replace(
        /maps AS \([\s\S]*?organization_id = ws\.organization_id\),/,
        `maps AS (
    SELECT m.source_requirement_id, m.target_requirement_id, m.relation FROM requirement_mappings m, ws
     WHERE m.organization_id IS NULL OR m.organization_id = ws.organization_id),`,
      );
    await q.query(`CREATE OR REPLACE FUNCTION workspace_evidence_gap_rows(p_workspace uuid, p_today date) RETURNS ${GAP_ROWS_RESULT}
      LANGUAGE sql STABLE ${definer} AS $$${oldEvidenceGapRows}$$`);
    await q.query(`CREATE OR REPLACE FUNCTION workspace_gap_rows(p_workspace uuid, p_today date) RETURNS ${GAP_ROWS_RESULT}
      LANGUAGE sql STABLE ${definer} AS $$${sqlFn(GAP_ROWS)}$$`);
    await q.query(`CREATE OR REPLACE FUNCTION workspace_evidence_freshness(p_workspace uuid, p_today date, p_days integer) RETURNS TABLE (expiring bigint, expired bigint)
      LANGUAGE sql STABLE ${definer} AS $$${sqlFn(FRESHNESS)}$$`);

    await q.query(`DROP INDEX ix_evidence_workspace_component`);
    const mayTouch = `(app_ws_role(workspace_id) = 'owner' OR (app_ws_role(workspace_id) = 'contributor' AND component_id = ANY (app_ws_component_scope(workspace_id))))`;
    await q.query(`ALTER POLICY evidence_access ON evidence USING ${mayTouch} WITH CHECK ${mayTouch}`);
    const suppliers = `app_ws_role(workspace_id) IN ('owner', 'contributor')`;
    for (const [policy, table] of [
      ['versions_access', 'evidence_versions'],
      ['links_access', 'evidence_links'],
    ] as const) {
      const via = `(${suppliers} AND EXISTS (SELECT 1 FROM evidence e WHERE e.id = ${table}.evidence_id))`;
      await q.query(`ALTER POLICY ${policy} ON ${table} USING ${via} WITH CHECK ${via}`);
    }
    await q.query(
      `ALTER POLICY versions_submitted_select ON evidence_versions USING (app_ws_role(workspace_id) = 'assessor' AND app_ws_submitted_version(workspace_id, id))`,
    );
    await q.query(`DROP FUNCTION app_my_components()`);
    await q.query(`DROP FUNCTION app_my_workspaces(text[])`);
    await q.query(`DROP TYPE app_ws_component`);
  }
}
