import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['submissions', 'submission_manifests', 'submission_entries', 'verdicts', 'findings', 'finding_responses', 'review_comments', 'decisions'];
const FUNCTIONS = ['app_ws_submitted_version(uuid, uuid)', 'findings_due_scan(date, integer)'];

/** The gap analysis function; `withReviews` makes "accepted" and "open findings" real. */
function gapRows(withReviews: boolean): string {
  return `CREATE FUNCTION workspace_gap_rows(p_workspace uuid, p_today date) RETURNS TABLE (
      framework_id uuid, requirement_id uuid, ref text, title text, sort_order integer, applicable boolean,
      evidence_count integer, inherited_requirement_id uuid, inherited_ref text, inherited_framework_id uuid,
      inherited_relation text, accepted boolean, open_findings integer)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
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
       ORDER BY c.target, CASE c.relation WHEN 'equal' THEN 0 WHEN 'superset' THEN 1 ELSE 2 END, s.ref)${
         withReviews
           ? `,
    latest_decided AS (
      SELECT s.id FROM submissions s WHERE s.workspace_id = p_workspace AND s.status = 'decided' ORDER BY s.number DESC LIMIT 1),
    acc AS (
      SELECT DISTINCT v.requirement_id FROM verdicts v JOIN latest_decided ld ON ld.id = v.submission_id WHERE v.outcome = 'satisfied'),
    fnd AS (
      SELECT f.requirement_id, count(*)::integer AS n FROM findings f
       WHERE f.workspace_id = p_workspace AND f.status IN ('open', 'responded') GROUP BY f.requirement_id)`
           : ''
       }
    SELECT req.framework_id, req.id, req.ref, req.title, req.sort_order, req.applicable,
           COALESCE(d.n, 0), i.src_id, i.src_ref, i.src_fw, i.relation, ${withReviews ? '(acc.requirement_id IS NOT NULL), COALESCE(fnd.n, 0)' : 'false, 0'}
      FROM req
      LEFT JOIN direct d ON d.requirement_id = req.id
      LEFT JOIN inherited i ON i.target = req.id${withReviews ? `
      LEFT JOIN acc ON acc.requirement_id = req.id
      LEFT JOIN fnd ON fnd.requirement_id = req.id` : ''}
     ORDER BY req.framework_id, req.sort_order $$`;
}

/**
 * Reviews are seen by the workspace's owner, contributors and assessors; observers see
 * submissions (number and status) and decisions only. The owner submits (and carries
 * open findings over); assessors move the review, record verdicts, raise findings and
 * decide; suppliers answer findings. Manifests, entries, finding history and comments
 * are append-only (no UPDATE/DELETE grant, see APPEND_ONLY_TABLES).
 *
 * Evidence files: assessors may read exactly the versions frozen in a submission of the
 * workspace (`app_ws_submitted_version`), never the evidence items or links themselves;
 * the evidence policies that followed the evidence item now name owner and contributor
 * explicitly, so a submitted item does not open its other versions.
 *
 * The gap analysis counts verdicts of the latest decided submission and open findings.
 */
export class ReviewsRowLevelSecurity1795670725700 implements MigrationInterface {
  name = 'ReviewsRowLevelSecurity1795670725700';

  async up(q: QueryRunner): Promise<void> {
    const definer = `SECURITY DEFINER SET search_path = public, pg_temp`;
    await q.query(`CREATE FUNCTION app_ws_submitted_version(p_workspace uuid, p_version uuid) RETURNS boolean LANGUAGE sql STABLE ${definer} AS $$
      SELECT EXISTS (SELECT 1 FROM submission_entries s WHERE s.workspace_id = p_workspace AND p_version = ANY (s.evidence_version_ids)) $$`);

    for (const t of TABLES) {
      await q.query(`ALTER TABLE "${t}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE "${t}" FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY owner_all ON "${t}" TO CURRENT_USER USING (true) WITH CHECK (true)`);
    }
    const reviewers = `app_ws_role(workspace_id) IN ('owner', 'contributor', 'assessor')`;
    const assessorOwn = `(app_ws_role(workspace_id) = 'assessor' AND organization_id = app_org_id())`;
    const participantOwn = `(${reviewers} AND organization_id = app_org_id())`;

    await q.query(`CREATE POLICY submissions_select ON submissions FOR SELECT USING (app_ws_role(workspace_id) IS NOT NULL)`);
    await q.query(`CREATE POLICY submissions_insert ON submissions FOR INSERT WITH CHECK (app_ws_role(workspace_id) = 'owner' AND organization_id = app_org_id())`);
    await q.query(`CREATE POLICY submissions_update ON submissions FOR UPDATE USING (app_ws_role(workspace_id) = 'assessor') WITH CHECK (app_ws_role(workspace_id) = 'assessor')`);
    for (const t of ['submission_manifests', 'submission_entries']) {
      await q.query(`CREATE POLICY ${t}_select ON ${t} FOR SELECT USING (${reviewers})`);
      await q.query(`CREATE POLICY ${t}_insert ON ${t} FOR INSERT WITH CHECK (app_ws_role(workspace_id) = 'owner')`);
    }
    await q.query(`CREATE POLICY verdicts_select ON verdicts FOR SELECT USING (${reviewers})`);
    await q.query(`CREATE POLICY verdicts_insert ON verdicts FOR INSERT WITH CHECK ${assessorOwn}`);
    await q.query(`CREATE POLICY verdicts_update ON verdicts FOR UPDATE USING ${assessorOwn} WITH CHECK ${assessorOwn}`);
    await q.query(`CREATE POLICY findings_select ON findings FOR SELECT USING (${reviewers})`);
    await q.query(`CREATE POLICY findings_insert ON findings FOR INSERT WITH CHECK ${assessorOwn}`);
    await q.query(`CREATE POLICY findings_update ON findings FOR UPDATE USING (${reviewers}) WITH CHECK (${reviewers})`);
    for (const t of ['finding_responses', 'review_comments']) {
      await q.query(`CREATE POLICY ${t}_select ON ${t} FOR SELECT USING (${reviewers})`);
      await q.query(`CREATE POLICY ${t}_insert ON ${t} FOR INSERT WITH CHECK ${participantOwn}`);
    }
    await q.query(`CREATE POLICY decisions_select ON decisions FOR SELECT USING (app_ws_role(workspace_id) IS NOT NULL)`);
    await q.query(`CREATE POLICY decisions_insert ON decisions FOR INSERT WITH CHECK ${assessorOwn}`);
    await q.query(`CREATE POLICY decisions_update ON decisions FOR UPDATE USING ${assessorOwn} WITH CHECK ${assessorOwn}`);

    // Evidence: the policies that followed the evidence item name the roles they meant.
    const suppliers = `app_ws_role(workspace_id) IN ('owner', 'contributor')`;
    const viaEvidence = `EXISTS (SELECT 1 FROM evidence e WHERE e.id = evidence_id)`;
    await q.query(`DROP POLICY versions_access ON evidence_versions`);
    await q.query(`CREATE POLICY versions_access ON evidence_versions USING (${suppliers} AND ${viaEvidence}) WITH CHECK (${suppliers} AND ${viaEvidence})`);
    await q.query(`CREATE POLICY versions_submitted_select ON evidence_versions FOR SELECT USING (app_ws_role(workspace_id) = 'assessor' AND app_ws_submitted_version(workspace_id, id))`);
    await q.query(`DROP POLICY links_access ON evidence_links`);
    await q.query(`CREATE POLICY links_access ON evidence_links USING (${suppliers} AND ${viaEvidence}) WITH CHECK (${suppliers} AND ${viaEvidence})`);

    // A new body for the same signature (DROP + CREATE: the row type is declared anew).
    await q.query(`DROP FUNCTION workspace_gap_rows(uuid, date)`);
    await q.query(gapRows(true));
    await q.query(`REVOKE EXECUTE ON FUNCTION workspace_gap_rows(uuid, date) FROM PUBLIC`);

    // The daily job: announce each finding's due date once, a week ahead (or at once when already late).
    await q.query(`CREATE FUNCTION findings_due_scan(p_today date, p_days integer) RETURNS integer LANGUAGE plpgsql ${definer} AS $$
      DECLARE n integer;
      BEGIN
        WITH hit AS (
          UPDATE findings f SET due_soon_notified_for = f.due_date
           WHERE f.status IN ('open', 'responded') AND f.due_date IS NOT NULL AND f.due_date <= p_today + p_days
             AND f.due_soon_notified_for IS DISTINCT FROM f.due_date
          RETURNING f.id, f.workspace_id, f.requirement_id, f.severity, f.title, f.status, f.due_date)
        INSERT INTO outbox_events (id, organization_id, workspace_id, type, payload, created_at)
        SELECT gen_random_uuid(), w.organization_id, hit.workspace_id, 'finding.due_soon',
               jsonb_build_object('findingId', hit.id, 'requirementId', hit.requirement_id, 'severity', hit.severity, 'title', hit.title,
                                  'status', hit.status, 'dueDate', hit.due_date, 'overdue', hit.due_date < p_today), now()
          FROM hit JOIN workspaces w ON w.id = hit.workspace_id;
        GET DIAGNOSTICS n = ROW_COUNT;
        RETURN n;
      END $$`);
    for (const f of FUNCTIONS) await q.query(`REVOKE EXECUTE ON FUNCTION ${f} FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION workspace_gap_rows(uuid, date)`);
    await q.query(gapRows(false));
    await q.query(`REVOKE EXECUTE ON FUNCTION workspace_gap_rows(uuid, date) FROM PUBLIC`);
    const viaEvidence = `EXISTS (SELECT 1 FROM evidence e WHERE e.id = evidence_id)`;
    await q.query(`DROP POLICY versions_submitted_select ON evidence_versions`);
    await q.query(`DROP POLICY versions_access ON evidence_versions`);
    await q.query(`CREATE POLICY versions_access ON evidence_versions USING (${viaEvidence}) WITH CHECK (${viaEvidence})`);
    await q.query(`DROP POLICY links_access ON evidence_links`);
    await q.query(`CREATE POLICY links_access ON evidence_links USING (${viaEvidence}) WITH CHECK (${viaEvidence})`);
    for (const t of TABLES) {
      const policies: { policyname: string }[] = await q.query(`SELECT policyname FROM pg_policies WHERE tablename = $1`, [t]);
      for (const p of policies) await q.query(`DROP POLICY "${p.policyname}" ON "${t}"`);
      await q.query(`ALTER TABLE "${t}" NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE "${t}" DISABLE ROW LEVEL SECURITY`);
    }
    for (const f of FUNCTIONS) await q.query(`DROP FUNCTION ${f}`);
  }
}
