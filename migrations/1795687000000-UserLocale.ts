import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The language a person chose for the portal and their mail (`users.locale`, null until chosen),
 * and the language an invitation is written in (`invitations.locale`: the inviter's choice, or
 * the language of the inviting request), both one of the six the product speaks.
 * `mail_recipient_locale` tells the mail sender the chosen language of a registered address
 * (the worker has no user or organization to see users by), and nothing else.
 */
export class UserLocale1795687000000 implements MigrationInterface {
  name = 'UserLocale1795687000000';

  async up(q: QueryRunner): Promise<void> {
    const locales = `('en', 'zh-CN', 'vi', 'th', 'ms', 'id')`;
    await q.query(`ALTER TABLE "users" ADD "locale" text`);
    await q.query(`ALTER TABLE "users" ADD CONSTRAINT "ck_users_locale" CHECK ("locale" IN ${locales})`);
    await q.query(`ALTER TABLE "invitations" ADD "locale" text`);
    await q.query(`ALTER TABLE "invitations" ADD CONSTRAINT "ck_invitations_locale" CHECK ("locale" IN ${locales})`);
    await q.query(`CREATE FUNCTION mail_recipient_locale(p_email text) RETURNS text
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      SELECT u.locale FROM users u WHERE u.email = lower(p_email) $$`);
    // Granted to the app role by the migration runner, not to every role of the cluster.
    await q.query(`REVOKE EXECUTE ON FUNCTION mail_recipient_locale(text) FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION mail_recipient_locale(text)`);
    await q.query(`ALTER TABLE "invitations" DROP CONSTRAINT "ck_invitations_locale"`);
    await q.query(`ALTER TABLE "invitations" DROP COLUMN "locale"`);
    await q.query(`ALTER TABLE "users" DROP CONSTRAINT "ck_users_locale"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "locale"`);
  }
}
