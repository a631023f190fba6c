import type { MigrationInterface, QueryRunner } from 'typeorm';

const definer = `SECURITY DEFINER SET search_path = public, pg_temp`;

/**
 * One freshness rule in SQL: `evidence_freshness(valid_until, today, days)` says `no_expiry`,
 * `expired` (before today), `expiring` (today up to `days` days on, both included) or
 * `current`. The workspace counts (`workspace_evidence_freshness`) and the daily scan
 * (`evidence_freshness_scan`) call it instead of repeating the comparisons; the API's
 * TypeScript twin (libs/evidence `evidenceFreshness`) is tested against it.
 */
export class EvidenceFreshnessRule1795675400000 implements MigrationInterface {
  name = 'EvidenceFreshnessRule1795675400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION evidence_freshness(p_valid_until date, p_today date, p_days integer) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT CASE WHEN p_valid_until IS NULL THEN 'no_expiry'
                  WHEN p_valid_until < p_today THEN 'expired'
                  WHEN p_valid_until <= p_today + p_days THEN 'expiring'
                  ELSE 'current' END $$`);
    await q.query(`CREATE OR REPLACE FUNCTION workspace_evidence_freshness(p_workspace uuid, p_today date, p_days integer) RETURNS TABLE (expiring bigint, expired bigint)
      LANGUAGE sql STABLE ${definer} AS $$
      SELECT count(*) FILTER (WHERE evidence_freshness(e.valid_until, p_today, p_days) = 'expiring'),
             count(*) FILTER (WHERE evidence_freshness(e.valid_until, p_today, p_days) = 'expired')
        FROM evidence e WHERE e.workspace_id = p_workspace AND app_ws_role(p_workspace) IS NOT NULL $$`);
    // The valid_until bound only lets the scan use ix_evidence_valid_until; the rule decides.
    await q.query(`CREATE OR REPLACE FUNCTION evidence_freshness_scan(p_today date, p_days integer) RETURNS TABLE (expiring integer, expired integer)
      LANGUAGE plpgsql ${definer} AS $$
      DECLARE n_expiring integer; n_expired integer;
      BEGIN
        WITH hit AS (
          UPDATE evidence e SET expiring_notified_for = e.valid_until
           WHERE e.valid_until <= p_today + p_days AND evidence_freshness(e.valid_until, p_today, p_days) = 'expiring'
             AND e.expiring_notified_for IS DISTINCT FROM e.valid_until
          RETURNING e.id, e.workspace_id, e.organization_id, e.title, e.type, e.valid_until)
        INSERT INTO outbox_events (id, organization_id, workspace_id, type, payload, created_at)
        SELECT gen_random_uuid(), hit.organization_id, hit.workspace_id, 'evidence.expiring',
               jsonb_build_object('evidenceId', hit.id, 'title', hit.title, 'type', hit.type, 'validUntil', hit.valid_until), now()
          FROM hit;
        GET DIAGNOSTICS n_expiring = ROW_COUNT;
        WITH hit AS (
          UPDATE evidence e SET expired_notified_for = e.valid_until
           WHERE e.valid_until < p_today AND evidence_freshness(e.valid_until, p_today, p_days) = 'expired'
             AND e.expired_notified_for IS DISTINCT FROM e.valid_until
          RETURNING e.id, e.workspace_id, e.organization_id, e.title, e.type, e.valid_until)
        INSERT INTO outbox_events (id, organization_id, workspace_id, type, payload, created_at)
        SELECT gen_random_uuid(), hit.organization_id, hit.workspace_id, 'evidence.expired',
               jsonb_build_object('evidenceId', hit.id, 'title', hit.title, 'type', hit.type, 'validUntil', hit.valid_until), now()
          FROM hit;
        GET DIAGNOSTICS n_expired = ROW_COUNT;
        RETURN QUERY SELECT n_expiring, n_expired;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION workspace_evidence_freshness(p_workspace uuid, p_today date, p_days integer) RETURNS TABLE (expiring bigint, expired bigint)
      LANGUAGE sql STABLE ${definer} AS $$
      SELECT count(*) FILTER (WHERE e.valid_until >= p_today AND e.valid_until <= p_today + p_days),
             count(*) FILTER (WHERE e.valid_until < p_today)
        FROM evidence e WHERE e.workspace_id = p_workspace AND app_ws_role(p_workspace) IS NOT NULL $$`);
    await q.query(`CREATE OR REPLACE FUNCTION evidence_freshness_scan(p_today date, p_days integer) RETURNS TABLE (expiring integer, expired integer)
      LANGUAGE plpgsql ${definer} AS $$
      DECLARE n_expiring integer; n_expired integer;
      BEGIN
        WITH hit AS (
          UPDATE evidence e SET expiring_notified_for = e.valid_until
           WHERE e.valid_until IS NOT NULL AND e.valid_until >= p_today AND e.valid_until <= p_today + p_days
             AND e.expiring_notified_for IS DISTINCT FROM e.valid_until
          RETURNING e.id, e.workspace_id, e.organization_id, e.title, e.type, e.valid_until)
        INSERT INTO outbox_events (id, organization_id, workspace_id, type, payload, created_at)
        SELECT gen_random_uuid(), hit.organization_id, hit.workspace_id, 'evidence.expiring',
               jsonb_build_object('evidenceId', hit.id, 'title', hit.title, 'type', hit.type, 'validUntil', hit.valid_until), now()
          FROM hit;
        GET DIAGNOSTICS n_expiring = ROW_COUNT;
        WITH hit AS (
          UPDATE evidence e SET expired_notified_for = e.valid_until
           WHERE e.valid_until IS NOT NULL AND e.valid_until < p_today AND e.expired_notified_for IS DISTINCT FROM e.valid_until
          RETURNING e.id, e.workspace_id, e.organization_id, e.title, e.type, e.valid_until)
        INSERT INTO outbox_events (id, organization_id, workspace_id, type, payload, created_at)
        SELECT gen_random_uuid(), hit.organization_id, hit.workspace_id, 'evidence.expired',
               jsonb_build_object('evidenceId', hit.id, 'title', hit.title, 'type', hit.type, 'validUntil', hit.valid_until), now()
          FROM hit;
        GET DIAGNOSTICS n_expired = ROW_COUNT;
        RETURN QUERY SELECT n_expiring, n_expired;
      END $$`);
    await q.query(`DROP FUNCTION evidence_freshness(date, date, integer)`);
  }
}
