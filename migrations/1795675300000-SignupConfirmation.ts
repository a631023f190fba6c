import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropRowLevelSecurity, forceRowLevelSecurity } from './lib/row-level-security.js';

/**
 * Sign-up confirmed by e-mail, so that signing up does not tell whether an account exists:
 * a sign-up is kept in `signup_requests` (the password already hashed) until the link mailed to
 * the address is opened; a sign-up for a known address mails "you already have an account"
 * instead. Both mails leave through the outbox before any organization exists, so an outbox
 * event may have no organization (only the sign-up mails, written by `signup_mail`).
 *
 * Nobody reads or writes `signup_requests` directly (row-level security with no tenant policy):
 * three SECURITY DEFINER functions do, each for one step.
 */
export class SignupConfirmation1795675300000 implements MigrationInterface {
  name = 'SignupConfirmation1795675300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "signup_requests" (
      "id" uuid NOT NULL,
      "email" text NOT NULL,
      "token_hash" text NOT NULL,
      "organization" jsonb NOT NULL,
      "user_name" text NOT NULL,
      "password_hash" text NOT NULL,
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "confirmed_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "pk_signup_requests" PRIMARY KEY ("id"),
      CONSTRAINT "uq_signup_requests_token_hash" UNIQUE ("token_hash"))`);
    await q.query(`CREATE INDEX "idx_signup_requests_expires_at" ON "signup_requests" ("expires_at")`);
    await forceRowLevelSecurity(q, ['signup_requests']);

    await q.query(`ALTER TABLE "outbox_events" ALTER COLUMN "organization_id" DROP NOT NULL`);

    const definer = `SECURITY DEFINER SET search_path = public, pg_temp`;
    await q.query(`CREATE FUNCTION signup_request_create(p_id uuid, p_email text, p_token_hash text, p_organization jsonb, p_user_name text,
        p_password_hash text, p_expires_at timestamptz) RETURNS void LANGUAGE sql ${definer} AS $$
      INSERT INTO signup_requests (id, email, token_hash, organization, user_name, password_hash, expires_at, created_at)
      VALUES (p_id, lower(p_email), p_token_hash, p_organization, p_user_name, p_password_hash, p_expires_at, now()) $$`);
    // Single use: only one caller flips confirmed_at; the others (and later ones) get nothing back.
    await q.query(`CREATE FUNCTION signup_request_take(p_token_hash text) RETURNS TABLE (
        id uuid, email text, organization jsonb, user_name text, password_hash text) LANGUAGE sql ${definer} AS $$
      UPDATE signup_requests SET confirmed_at = now()
       WHERE token_hash = p_token_hash AND confirmed_at IS NULL AND expires_at > now()
      RETURNING id, email, organization, user_name, password_hash $$`);
    // Why a token could not be taken: unknown (no row), used or expired.
    await q.query(`CREATE FUNCTION signup_request_state(p_token_hash text) RETURNS TABLE (confirmed_at timestamptz, expires_at timestamptz)
      LANGUAGE sql STABLE ${definer} AS $$
      SELECT confirmed_at, expires_at FROM signup_requests WHERE token_hash = p_token_hash $$`);
    await q.query(`CREATE FUNCTION signup_mail(p_id uuid, p_type text, p_payload jsonb) RETURNS void LANGUAGE plpgsql ${definer} AS $$
      BEGIN
        IF p_type NOT IN ('signup.confirmation_requested', 'signup.account_exists') THEN
          RAISE EXCEPTION 'signup_mail: % is not a sign-up mail', p_type USING ERRCODE = '22023';
        END IF;
        INSERT INTO outbox_events (id, organization_id, workspace_id, type, payload, created_at) VALUES (p_id, NULL, NULL, p_type, p_payload, now());
      END $$`);
    for (const f of [
      'signup_request_create(uuid, text, text, jsonb, text, text, timestamptz)',
      'signup_request_take(text)',
      'signup_request_state(text)',
      'signup_mail(uuid, text, jsonb)',
    ]) {
      // Granted to the app role by the migration runner, not to every role of the cluster.
      await q.query(`REVOKE EXECUTE ON FUNCTION ${f} FROM PUBLIC`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION signup_mail(uuid, text, jsonb)`);
    await q.query(`DROP FUNCTION signup_request_state(text)`);
    await q.query(`DROP FUNCTION signup_request_take(text)`);
    await q.query(`DROP FUNCTION signup_request_create(uuid, text, text, jsonb, text, text, timestamptz)`);
    await q.query(`DELETE FROM outbox_events WHERE organization_id IS NULL`);
    await q.query(`ALTER TABLE "outbox_events" ALTER COLUMN "organization_id" SET NOT NULL`);
    await dropRowLevelSecurity(q, ['signup_requests']);
    await q.query(`DROP TABLE "signup_requests"`);
  }
}
