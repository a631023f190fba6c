import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every UPDATE policy states what a row may become (`WITH CHECK`), not only which rows may
 * be touched (`USING`).
 *
 * Workspace participants: the workspace owner manages participations; a participant's own
 * organization may only answer its pending invitation (invited → accepted or declined). The
 * check compares the new row with the invitation as it stood before the statement (a
 * SECURITY DEFINER helper reads the statement's snapshot), so an invited or accepted observer
 * cannot turn its row into an owner's, widen a contributor's components, or move it to
 * another workspace, even with raw SQL in its own context.
 *
 * Bids: the bidder and the procurer running the tender keep the row theirs.
 */
export class UpdatePoliciesWithCheck1795673500000 implements MigrationInterface {
  name = 'UpdatePoliciesWithCheck1795673500000';

  async up(q: QueryRunner): Promise<void> {
    const definer = `LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp`;
    await q.query(`CREATE FUNCTION app_ws_invitation_answer_ok(p_id uuid, p_workspace uuid, p_role text, p_component_ids uuid[], p_invited_by uuid, p_created_at timestamptz)
      RETURNS boolean ${definer} AS $$
      SELECT EXISTS (SELECT 1 FROM workspace_participants p
                      WHERE p.id = p_id AND p.organization_id = app_org_id() AND p.status = 'invited'
                        AND p.workspace_id = p_workspace AND p.role = p_role AND p.component_ids = p_component_ids
                        AND p.invited_by_organization_id = p_invited_by AND p.created_at = p_created_at) $$`);
    await q.query(`REVOKE EXECUTE ON FUNCTION app_ws_invitation_answer_ok(uuid, uuid, text, uuid[], uuid, timestamptz) FROM PUBLIC`);

    await q.query(`DROP POLICY participants_update ON workspace_participants`);
    await q.query(`CREATE POLICY participants_update ON workspace_participants FOR UPDATE
      USING (app_ws_role(workspace_id) = 'owner' OR (organization_id = app_org_id() AND status = 'invited'))
      WITH CHECK (
        app_ws_role(workspace_id) = 'owner'
        OR (organization_id = app_org_id() AND status IN ('accepted', 'declined')
            AND app_ws_invitation_answer_ok(id, workspace_id, role, component_ids, invited_by_organization_id, created_at)))`);

    await q.query(`DROP POLICY bids_update ON bids`);
    await q.query(`CREATE POLICY bids_update ON bids FOR UPDATE
      USING (organization_id = app_org_id() OR tender_organization_id = app_org_id())
      WITH CHECK (organization_id = app_org_id() OR tender_organization_id = app_org_id())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY bids_update ON bids`);
    await q.query(`CREATE POLICY bids_update ON bids FOR UPDATE USING (organization_id = app_org_id() OR tender_organization_id = app_org_id())`);
    await q.query(`DROP POLICY participants_update ON workspace_participants`);
    await q.query(
      `CREATE POLICY participants_update ON workspace_participants FOR UPDATE USING (app_ws_role(workspace_id) = 'owner' OR organization_id = app_org_id())`,
    );
    await q.query(`DROP FUNCTION app_ws_invitation_answer_ok(uuid, uuid, text, uuid[], uuid, timestamptz)`);
  }
}
