import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pending sign-ups hold a password hash; keep it no longer than needed. Confirming takes the
 * hash out of the row (the row stays, so a second use of the link still answers "already
 * confirmed"), and every new sign-up removes requests whose link expired more than a day ago
 * (indexed on expires_at), so unconfirmed sign-ups do not pile up.
 */
export class SignupRequestsKeepLess1795675300100 implements MigrationInterface {
  name = 'SignupRequestsKeepLess1795675300100';

  async up(q: QueryRunner): Promise<void> {
    const definer = `LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp`;
    await q.query(`CREATE OR REPLACE FUNCTION signup_request_create(p_id uuid, p_email text, p_token_hash text, p_organization jsonb, p_user_name text,
        p_password_hash text, p_expires_at timestamptz) RETURNS void ${definer} AS $$
      DELETE FROM signup_requests WHERE expires_at < now() - interval '1 day';
      INSERT INTO signup_requests (id, email, token_hash, organization, user_name, password_hash, expires_at, created_at)
      VALUES (p_id, lower(p_email), p_token_hash, p_organization, p_user_name, p_password_hash, p_expires_at, now()) $$`);
    await q.query(`CREATE OR REPLACE FUNCTION signup_request_take(p_token_hash text) RETURNS TABLE (
        id uuid, email text, organization jsonb, user_name text, password_hash text) ${definer} AS $$
      WITH taken AS (
        SELECT r.id, r.email, r.organization, r.user_name, r.password_hash FROM signup_requests r
         WHERE r.token_hash = p_token_hash AND r.confirmed_at IS NULL AND r.expires_at > now()
           FOR UPDATE)
      UPDATE signup_requests s SET confirmed_at = now(), password_hash = ''
        FROM taken WHERE s.id = taken.id
      RETURNING taken.id, taken.email, taken.organization, taken.user_name, taken.password_hash $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    const definer = `LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp`;
    await q.query(`CREATE OR REPLACE FUNCTION signup_request_create(p_id uuid, p_email text, p_token_hash text, p_organization jsonb, p_user_name text,
        p_password_hash text, p_expires_at timestamptz) RETURNS void ${definer} AS $$
      INSERT INTO signup_requests (id, email, token_hash, organization, user_name, password_hash, expires_at, created_at)
      VALUES (p_id, lower(p_email), p_token_hash, p_organization, p_user_name, p_password_hash, p_expires_at, now()) $$`);
    await q.query(`CREATE OR REPLACE FUNCTION signup_request_take(p_token_hash text) RETURNS TABLE (
        id uuid, email text, organization jsonb, user_name text, password_hash text) ${definer} AS $$
      UPDATE signup_requests SET confirmed_at = now()
       WHERE token_hash = p_token_hash AND confirmed_at IS NULL AND expires_at > now()
      RETURNING id, email, organization, user_name, password_hash $$`);
  }
}
