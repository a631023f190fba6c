import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `end_member_sessions(user, organization)`: revokes the refresh tokens a user holds for one
 * organization and answers their sessions (families), so removing a member ends its sessions
 * for good — before, they were only refused while the membership was missing, and came back
 * to life if the person was invited again. Refresh tokens are readable by their own user only
 * (`own_sessions`), hence SECURITY DEFINER; it acts only within the caller's organization
 * (`app_org_id()`).
 */
export class MemberSessionsEnd1795700200000 implements MigrationInterface {
  name = 'MemberSessionsEnd1795700200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION end_member_sessions(p_user uuid, p_organization uuid) RETURNS SETOF uuid
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      WITH ended AS (
        UPDATE refresh_tokens SET revoked_at = now()
         WHERE user_id = p_user AND organization_id = p_organization AND p_organization = app_org_id() AND revoked_at IS NULL
        RETURNING family_id)
      SELECT DISTINCT family_id FROM ended $$`);
    await q.query(`REVOKE EXECUTE ON FUNCTION end_member_sessions(uuid, uuid) FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION end_member_sessions(uuid, uuid)`);
  }
}
