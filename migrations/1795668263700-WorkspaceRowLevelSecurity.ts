import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropRowLevelSecurity, forceRowLevelSecurity } from './lib/row-level-security.js';

const TABLES = ['offerings', 'offering_components', 'workspaces', 'workspace_frameworks', 'workspace_participants', 'workspace_applicability'];

/**
 * Workspace data is visible only to organizations taking part in the workspace. Who
 * takes part is answered by SECURITY DEFINER helpers (the participants table cannot
 * consult itself from its own policy). Invited organizations see the workspace itself,
 * to decide whether to accept; everything inside needs an accepted participation, and
 * the statement of applicability is hidden from observers.
 *
 * Also: the organization directory (public profiles only: name, kind, accreditation)
 * and audit streams per workspace.
 */
export class WorkspaceRowLevelSecurity1795668263700 implements MigrationInterface {
  name = 'WorkspaceRowLevelSecurity1795668263700';

  async up(q: QueryRunner): Promise<void> {
    const definer = `LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp`;
    await q.query(`CREATE FUNCTION app_ws_role(p_workspace uuid) RETURNS text ${definer} AS $$
      SELECT role FROM workspace_participants WHERE workspace_id = p_workspace AND organization_id = app_org_id() AND status = 'accepted' LIMIT 1 $$`);
    await q.query(`CREATE FUNCTION app_ws_invited(p_workspace uuid) RETURNS boolean ${definer} AS $$
      SELECT EXISTS (SELECT 1 FROM workspace_participants WHERE workspace_id = p_workspace AND organization_id = app_org_id() AND status = 'invited') $$`);
    await q.query(`CREATE FUNCTION org_public_profiles(p_ids uuid[]) RETURNS TABLE (
        id uuid, name text, kind text, accreditation_body text, accreditation_number text, accreditation_scope text) ${definer} AS $$
      SELECT o.id, o.name, o.kind, o.accreditation_body, o.accreditation_number, o.accreditation_scope FROM organizations o WHERE o.id = ANY(p_ids) $$`);
    await q.query(`CREATE FUNCTION org_directory(p_query text, p_kind text, p_after uuid, p_limit integer) RETURNS TABLE (
        id uuid, name text, kind text, accreditation_body text, accreditation_number text, accreditation_scope text) ${definer} AS $$
      SELECT o.id, o.name, o.kind, o.accreditation_body, o.accreditation_number, o.accreditation_scope FROM organizations o
       WHERE (p_query IS NULL OR o.name ILIKE '%' || p_query || '%') AND (p_kind IS NULL OR o.kind = p_kind) AND (p_after IS NULL OR o.id > p_after)
       ORDER BY o.id LIMIT LEAST(p_limit, 200) $$`);
    for (const f of ['app_ws_role(uuid)', 'app_ws_invited(uuid)', 'org_public_profiles(uuid[])', 'org_directory(text, text, uuid, integer)']) {
      await q.query(`REVOKE EXECUTE ON FUNCTION ${f} FROM PUBLIC`);
    }

    await forceRowLevelSecurity(q, TABLES);

    // Workspaces: the owner, participants, and organizations invited to them.
    await q.query(
      `CREATE POLICY workspaces_select ON workspaces FOR SELECT USING (organization_id = app_org_id() OR app_ws_role(id) IS NOT NULL OR app_ws_invited(id))`,
    );
    await q.query(`CREATE POLICY workspaces_insert ON workspaces FOR INSERT WITH CHECK (organization_id = app_org_id())`);
    await q.query(`CREATE POLICY workspaces_update ON workspaces FOR UPDATE USING (app_ws_role(id) = 'owner') WITH CHECK (organization_id = app_org_id())`);

    // Participants: seen by participants (and an invited organization sees its own row).
    await q.query(
      `CREATE POLICY participants_select ON workspace_participants FOR SELECT USING (app_ws_role(workspace_id) IS NOT NULL OR organization_id = app_org_id())`,
    );
    await q.query(`CREATE POLICY participants_insert ON workspace_participants FOR INSERT WITH CHECK (
      app_ws_role(workspace_id) = 'owner'
      OR (role = 'owner' AND organization_id = app_org_id() AND EXISTS (SELECT 1 FROM workspaces w WHERE w.id = workspace_id AND w.organization_id = app_org_id())))`);
    await q.query(
      `CREATE POLICY participants_update ON workspace_participants FOR UPDATE USING (app_ws_role(workspace_id) = 'owner' OR organization_id = app_org_id())`,
    );

    await q.query(
      `CREATE POLICY ws_frameworks_select ON workspace_frameworks FOR SELECT USING (app_ws_role(workspace_id) IS NOT NULL OR app_ws_invited(workspace_id))`,
    );
    await q.query(`CREATE POLICY ws_frameworks_write ON workspace_frameworks FOR ALL USING (app_ws_role(workspace_id) = 'owner')
      WITH CHECK (app_ws_role(workspace_id) = 'owner' OR EXISTS (SELECT 1 FROM workspaces w WHERE w.id = workspace_id AND w.organization_id = app_org_id()))`);

    await q.query(
      `CREATE POLICY applicability_select ON workspace_applicability FOR SELECT USING (app_ws_role(workspace_id) IN ('owner', 'contributor', 'assessor'))`,
    );
    await q.query(
      `CREATE POLICY applicability_write ON workspace_applicability FOR ALL USING (app_ws_role(workspace_id) = 'owner') WITH CHECK (app_ws_role(workspace_id) = 'owner')`,
    );

    // Offerings: the manufacturer, and organizations in (or invited to) one of its workspaces.
    await q.query(
      `CREATE POLICY offerings_select ON offerings FOR SELECT USING (organization_id = app_org_id() OR id IN (SELECT w.offering_id FROM workspaces w))`,
    );
    await q.query(`CREATE POLICY offerings_write ON offerings FOR ALL USING (organization_id = app_org_id()) WITH CHECK (organization_id = app_org_id())`);
    await q.query(
      `CREATE POLICY components_select ON offering_components FOR SELECT USING (organization_id = app_org_id() OR offering_id IN (SELECT w.offering_id FROM workspaces w))`,
    );
    await q.query(
      `CREATE POLICY components_write ON offering_components FOR ALL USING (organization_id = app_org_id()) WITH CHECK (organization_id = app_org_id())`,
    );

    // An organization's custom framework becomes readable to the participants of its workspaces.
    await q.query(`CREATE POLICY frameworks_select_workspace ON frameworks FOR SELECT USING (id IN (SELECT wf.framework_id FROM workspace_frameworks wf))`);
    await q.query(
      `CREATE POLICY requirements_select_workspace ON requirements FOR SELECT USING (framework_id IN (SELECT wf.framework_id FROM workspace_frameworks wf))`,
    );

    // Audit: a workspace's stream is read by its participants and written by them.
    await q.query(`DROP POLICY audit_select ON audit_events`);
    await q.query(`DROP POLICY audit_insert ON audit_events`);
    await q.query(`CREATE POLICY audit_select ON audit_events FOR SELECT USING (
      (stream_type = 'organization' AND stream_id = app_org_id()) OR (stream_type = 'workspace' AND app_ws_role(stream_id) IS NOT NULL))`);
    await q.query(`CREATE POLICY audit_insert ON audit_events FOR INSERT WITH CHECK (organization_id = app_org_id() AND (
      (stream_type = 'organization' AND stream_id = app_org_id())
      OR (stream_type = 'workspace' AND (app_ws_role(stream_id) IS NOT NULL OR app_ws_invited(stream_id)
          OR EXISTS (SELECT 1 FROM workspaces w WHERE w.id = stream_id AND w.organization_id = app_org_id())))))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY audit_select ON audit_events`);
    await q.query(`DROP POLICY audit_insert ON audit_events`);
    await q.query(`CREATE POLICY audit_select ON audit_events FOR SELECT USING (stream_type = 'organization' AND stream_id = app_org_id())`);
    await q.query(
      `CREATE POLICY audit_insert ON audit_events FOR INSERT WITH CHECK (organization_id = app_org_id() AND (stream_type <> 'organization' OR stream_id = app_org_id()))`,
    );
    await q.query(`DROP POLICY frameworks_select_workspace ON frameworks`);
    await q.query(`DROP POLICY requirements_select_workspace ON requirements`);
    await dropRowLevelSecurity(q, TABLES);
    for (const f of ['app_ws_role(uuid)', 'app_ws_invited(uuid)', 'org_public_profiles(uuid[])', 'org_directory(text, text, uuid, integer)'])
      await q.query(`DROP FUNCTION ${f}`);
  }
}
