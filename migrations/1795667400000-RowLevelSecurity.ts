import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropRowLevelSecurity, forceRowLevelSecurity } from './lib/row-level-security.js';

/**
 * Row-level security: the isolation backstop under every service. The app role sees a
 * row only when the transaction's settings (`app.org_id`, `app.user_id`, set with
 * `set_config(..., true)` by Db.tx) admit it. Policies `TO CURRENT_USER` give the owner
 * role (which runs this migration) full access, so the few SECURITY DEFINER look-ups
 * that must work before anyone is known (sign-in, API keys, invitations, the outbox
 * relay) run as the owner, each returning only what it is for.
 */
export class RowLevelSecurity1795667400000 implements MigrationInterface {
  name = 'RowLevelSecurity1795667400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION app_org_id() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT NULLIF(current_setting('app.org_id', true), '')::uuid $$`);
    await q.query(`CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT NULLIF(current_setting('app.user_id', true), '')::uuid $$`);

    const tables = ['organizations', 'users', 'memberships', 'invitations', 'refresh_tokens', 'api_keys', 'audit_events', 'outbox_events'];
    await forceRowLevelSecurity(q, tables);

    // Organizations: the acting one, and those the acting user belongs to (to switch).
    await q.query(`CREATE POLICY org_select ON organizations FOR SELECT USING (
      id = app_org_id() OR id IN (SELECT m.organization_id FROM memberships m WHERE m.user_id = app_user_id()))`);
    await q.query(`CREATE POLICY org_insert ON organizations FOR INSERT WITH CHECK (id = app_org_id())`);
    await q.query(`CREATE POLICY org_update ON organizations FOR UPDATE USING (id = app_org_id()) WITH CHECK (id = app_org_id())`);

    // Users: oneself, and the members of the acting organization.
    await q.query(`CREATE POLICY users_select ON users FOR SELECT USING (
      id = app_user_id() OR id IN (SELECT m.user_id FROM memberships m WHERE m.organization_id = app_org_id()))`);
    await q.query(`CREATE POLICY users_insert ON users FOR INSERT WITH CHECK (id = app_user_id())`);
    await q.query(`CREATE POLICY users_update ON users FOR UPDATE USING (id = app_user_id()) WITH CHECK (id = app_user_id())`);

    // Memberships: the acting organization's, and the acting user's own (in any organization).
    await q.query(`CREATE POLICY memberships_select ON memberships FOR SELECT USING (organization_id = app_org_id() OR user_id = app_user_id())`);
    await q.query(`CREATE POLICY memberships_insert ON memberships FOR INSERT WITH CHECK (organization_id = app_org_id())`);
    await q.query(
      `CREATE POLICY memberships_update ON memberships FOR UPDATE USING (organization_id = app_org_id()) WITH CHECK (organization_id = app_org_id())`,
    );
    await q.query(`CREATE POLICY memberships_delete ON memberships FOR DELETE USING (organization_id = app_org_id())`);

    for (const t of ['invitations', 'api_keys']) {
      await q.query(`CREATE POLICY tenant_all ON "${t}" USING (organization_id = app_org_id()) WITH CHECK (organization_id = app_org_id())`);
    }
    await q.query(`CREATE POLICY own_sessions ON refresh_tokens USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id())`);

    // Audit: read your organization's stream; append as your organization.
    await q.query(`CREATE POLICY audit_select ON audit_events FOR SELECT USING (stream_type = 'organization' AND stream_id = app_org_id())`);
    await q.query(`CREATE POLICY audit_insert ON audit_events FOR INSERT WITH CHECK (
      organization_id = app_org_id() AND (stream_type <> 'organization' OR stream_id = app_org_id()))`);

    // Outbox: write as your organization; only the relay functions read it.
    await q.query(`CREATE POLICY outbox_insert ON outbox_events FOR INSERT WITH CHECK (organization_id = app_org_id())`);

    const definer = `LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp`;
    await q.query(`CREATE FUNCTION auth_user_by_email(p_email text) RETURNS TABLE (id uuid, password_hash text) ${definer} STABLE AS $$
      SELECT u.id, u.password_hash FROM users u WHERE u.email = lower(p_email) $$`);
    await q.query(`CREATE FUNCTION auth_api_key(p_prefix text) RETURNS TABLE (
        id uuid, organization_id uuid, organization_kind text, secret_hash text, scopes text[],
        expires_at timestamptz, revoked_at timestamptz, last_used_at timestamptz) ${definer} STABLE AS $$
      SELECT k.id, k.organization_id, o.kind, k.secret_hash, k.scopes, k.expires_at, k.revoked_at, k.last_used_at
        FROM api_keys k JOIN organizations o ON o.id = k.organization_id WHERE k.prefix = p_prefix $$`);
    await q.query(`CREATE FUNCTION auth_invitation(p_token_hash text) RETURNS TABLE (
        id uuid, organization_id uuid, organization_name text, email text, role text,
        expires_at timestamptz, accepted_at timestamptz, revoked_at timestamptz) ${definer} STABLE AS $$
      SELECT i.id, i.organization_id, o.name, i.email, i.role, i.expires_at, i.accepted_at, i.revoked_at
        FROM invitations i JOIN organizations o ON o.id = i.organization_id WHERE i.token_hash = p_token_hash $$`);
    await q.query(`CREATE FUNCTION outbox_pending(p_limit integer) RETURNS SETOF outbox_events ${definer} AS $$
      SELECT * FROM outbox_events WHERE published_at IS NULL ORDER BY id LIMIT p_limit FOR UPDATE SKIP LOCKED $$`);
    await q.query(`CREATE FUNCTION outbox_mark_published(p_ids uuid[]) RETURNS void ${definer} AS $$
      UPDATE outbox_events SET published_at = now() WHERE id = ANY(p_ids) AND published_at IS NULL $$`);
    await q.query(`CREATE FUNCTION outbox_lag_seconds() RETURNS double precision ${definer} STABLE AS $$
      SELECT COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::double precision FROM outbox_events WHERE published_at IS NULL $$`);
    for (const f of [
      'auth_user_by_email(text)',
      'auth_api_key(text)',
      'auth_invitation(text)',
      'outbox_pending(integer)',
      'outbox_mark_published(uuid[])',
      'outbox_lag_seconds()',
    ]) {
      // Granted to the app role by the migration runner, not to every role of the cluster.
      await q.query(`REVOKE EXECUTE ON FUNCTION ${f} FROM PUBLIC`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const f of [
      'auth_user_by_email(text)',
      'auth_api_key(text)',
      'auth_invitation(text)',
      'outbox_pending(integer)',
      'outbox_mark_published(uuid[])',
      'outbox_lag_seconds()',
    ]) {
      await q.query(`DROP FUNCTION ${f}`);
    }
    const tables = ['organizations', 'users', 'memberships', 'invitations', 'refresh_tokens', 'api_keys', 'audit_events', 'outbox_events'];
    await dropRowLevelSecurity(q, tables);
    await q.query(`DROP FUNCTION app_user_id()`);
    await q.query(`DROP FUNCTION app_org_id()`);
  }
}
