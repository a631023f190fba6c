import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A certification notice carries the technician's address for the mail to them (`mailTo`).
 * Webhook deliveries no longer copy it (the delivery service leaves it out); those stored before
 * lose it here. Erasing a person removes it from the organization's stored events too
 * (`outbox_forget_person_mail`, SECURITY DEFINER: tenants may only insert outbox rows).
 */
export class PersonMailForgotten1795700700000 implements MigrationInterface {
  name = 'PersonMailForgotten1795700700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION outbox_forget_person_mail(p_person uuid) RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE n integer;
      BEGIN
        UPDATE outbox_events SET payload = payload - 'mailTo'
         WHERE organization_id = app_org_id() AND payload ? 'mailTo' AND payload->>'personId' = p_person::text;
        GET DIAGNOSTICS n = ROW_COUNT;
        RETURN n;
      END $$`);
    await q.query(`REVOKE EXECUTE ON FUNCTION outbox_forget_person_mail(uuid) FROM PUBLIC`);
    await q.query(`UPDATE webhook_deliveries SET body = (body::jsonb #- '{data,mailTo}')::text WHERE body::jsonb #> '{data,mailTo}' IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION outbox_forget_person_mail(uuid)`);
  }
}
