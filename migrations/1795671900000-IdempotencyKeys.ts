import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency records: the first answer to a create sent with an `Idempotency-Key`,
 * per organization and key, replayed to retries. Rows older than a day are removed by
 * the daily housekeeping (`idempotency_keys_expire`).
 */
export class IdempotencyKeys1795671900000 implements MigrationInterface {
  name = 'IdempotencyKeys1795671900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE idempotency_keys (
      organization_id uuid NOT NULL,
      key text NOT NULL,
      route text NOT NULL,
      request_hash text NOT NULL,
      status_code integer,
      response jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT pk_idempotency_keys PRIMARY KEY (organization_id, key))`);
    await q.query(`CREATE INDEX ix_idempotency_keys_created ON idempotency_keys (created_at)`);
    await q.query(`ALTER TABLE idempotency_keys ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE idempotency_keys FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY owner_all ON idempotency_keys TO CURRENT_USER USING (true) WITH CHECK (true)`);
    await q.query(`CREATE POLICY tenant_all ON idempotency_keys USING (organization_id = app_org_id()) WITH CHECK (organization_id = app_org_id())`);
    await q.query(`CREATE FUNCTION idempotency_keys_expire(p_before timestamptz) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE n integer;
      BEGIN
        DELETE FROM idempotency_keys WHERE created_at < p_before;
        GET DIAGNOSTICS n = ROW_COUNT;
        RETURN n;
      END $$`);
    await q.query(`REVOKE EXECUTE ON FUNCTION idempotency_keys_expire(timestamptz) FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION idempotency_keys_expire(timestamptz)`);
    await q.query(`DROP TABLE idempotency_keys`);
  }
}
