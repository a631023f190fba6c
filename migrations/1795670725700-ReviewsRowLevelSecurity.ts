import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropRowLevelSecurity, forceRowLevelSecurity } from './lib/row-level-security.js';

const TABLES = ['submissions', 'submission_manifests', 'submission_entries', 'verdicts', 'findings', 'finding_responses', 'review_comments', 'decisions'];
const FUNCTIONS = ['app_ws_submitted_version(uuid, uuid)', 'findings_due_scan(date, integer)'];

/**
 * The gap analysis with the review columns made real: `accepted` = a `satisfied` verdict
 * in the workspace's latest decided submission, `open_findings` = open or responded
 * findings on the requirement. The evidence part stays where it is defined (renamed to
 * `workspace_evidence_gap_rows`); this wrapper keeps its row type, read from the catalog,
 * so a change to the evidence columns needs no change here.
 */
function gapRowsWithReviews(resultType: string): string {
  const columns = /^TABLE\((.*)\)$/s
    .exec(resultType)?.[1]
    ?.split(', ')
    .map((c) => c.trim().split(' ')[0]!);
  if (!columns?.includes('accepted') || !columns.includes('open_findings'))
    throw new Error(`workspace_gap_rows returns ${resultType}: no accepted/open_findings columns`);
  const select = columns.map((c) => (c === 'accepted' ? '(acc.requirement_id IS NOT NULL)' : c === 'open_findings' ? 'COALESCE(fnd.n, 0)' : `b.${c}`));
  return `CREATE FUNCTION workspace_gap_rows(p_workspace uuid, p_today date) RETURNS ${resultType}
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    WITH latest_decided AS (
      SELECT s.id FROM submissions s WHERE s.workspace_id = p_workspace AND s.status = 'decided' ORDER BY s.number DESC LIMIT 1),
    acc AS (
      SELECT DISTINCT v.requirement_id FROM verdicts v JOIN latest_decided ld ON ld.id = v.submission_id WHERE v.outcome = 'satisfied'),
    fnd AS (
      SELECT f.requirement_id, count(*)::integer AS n FROM findings f
       WHERE f.workspace_id = p_workspace AND f.status IN ('open', 'responded') GROUP BY f.requirement_id)
    SELECT ${select.join(', ')}
      FROM workspace_evidence_gap_rows(p_workspace, p_today) b
      LEFT JOIN acc ON acc.requirement_id = b.requirement_id
      LEFT JOIN fnd ON fnd.requirement_id = b.requirement_id
     ORDER BY b.framework_id, b.sort_order $$`;
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
 * The gap analysis counts verdicts of the latest decided submission and open findings
 * (see gapRowsWithReviews).
 */
export class ReviewsRowLevelSecurity1795670725700 implements MigrationInterface {
  name = 'ReviewsRowLevelSecurity1795670725700';

  async up(q: QueryRunner): Promise<void> {
    const definer = `SECURITY DEFINER SET search_path = public, pg_temp`;
    await q.query(`CREATE FUNCTION app_ws_submitted_version(p_workspace uuid, p_version uuid) RETURNS boolean LANGUAGE sql STABLE ${definer} AS $$
      SELECT EXISTS (SELECT 1 FROM submission_entries s WHERE s.workspace_id = p_workspace AND p_version = ANY (s.evidence_version_ids)) $$`);

    await forceRowLevelSecurity(q, TABLES);
    const reviewers = `app_ws_role(workspace_id) IN ('owner', 'contributor', 'assessor')`;
    const assessorOwn = `(app_ws_role(workspace_id) = 'assessor' AND organization_id = app_org_id())`;
    const participantOwn = `(${reviewers} AND organization_id = app_org_id())`;

    await q.query(`CREATE POLICY submissions_select ON submissions FOR SELECT USING (app_ws_role(workspace_id) IS NOT NULL)`);
    await q.query(
      `CREATE POLICY submissions_insert ON submissions FOR INSERT WITH CHECK (app_ws_role(workspace_id) = 'owner' AND organization_id = app_org_id())`,
    );
    await q.query(
      `CREATE POLICY submissions_update ON submissions FOR UPDATE USING (app_ws_role(workspace_id) = 'assessor') WITH CHECK (app_ws_role(workspace_id) = 'assessor')`,
    );
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
    await q.query(
      `CREATE POLICY versions_submitted_select ON evidence_versions FOR SELECT USING (app_ws_role(workspace_id) = 'assessor' AND app_ws_submitted_version(workspace_id, id))`,
    );
    await q.query(`DROP POLICY links_access ON evidence_links`);
    await q.query(`CREATE POLICY links_access ON evidence_links USING (${suppliers} AND ${viaEvidence}) WITH CHECK (${suppliers} AND ${viaEvidence})`);

    const [{ result }] = (await q.query(`SELECT pg_get_function_result('workspace_gap_rows(uuid, date)'::regprocedure) AS result`)) as { result: string }[];
    await q.query(`ALTER FUNCTION workspace_gap_rows(uuid, date) RENAME TO workspace_evidence_gap_rows`);
    await q.query(gapRowsWithReviews(result));
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
    await q.query(`ALTER FUNCTION workspace_evidence_gap_rows(uuid, date) RENAME TO workspace_gap_rows`);
    const viaEvidence = `EXISTS (SELECT 1 FROM evidence e WHERE e.id = evidence_id)`;
    await q.query(`DROP POLICY versions_submitted_select ON evidence_versions`);
    await q.query(`DROP POLICY versions_access ON evidence_versions`);
    await q.query(`CREATE POLICY versions_access ON evidence_versions USING (${viaEvidence}) WITH CHECK (${viaEvidence})`);
    await q.query(`DROP POLICY links_access ON evidence_links`);
    await q.query(`CREATE POLICY links_access ON evidence_links USING (${viaEvidence}) WITH CHECK (${viaEvidence})`);
    await dropRowLevelSecurity(q, TABLES);
    for (const f of FUNCTIONS) await q.query(`DROP FUNCTION ${f}`);
  }
}
