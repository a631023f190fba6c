import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * At-least-once outbox: an event is published (`published_at`) only once its fan-out ran, not
 * when it was queued. The relay leases what it queues (`relay_lease_until`, `relay_attempts`)
 * and queues again whatever is still unpublished when the lease runs out (a lost job, a Redis
 * restart without persistence); the job id (the event id) and idempotent consumers absorb the
 * repeats. The lease doubles with each attempt (at most 64 × the base), so a poison event costs little.
 */
export class OutboxRelayLease1795675100000 implements MigrationInterface {
  name = 'OutboxRelayLease1795675100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "outbox_events" ADD "relay_attempts" integer NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE "outbox_events" ADD "relay_lease_until" TIMESTAMP WITH TIME ZONE`);
    const definer = `LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp`;
    await q.query(`CREATE OR REPLACE FUNCTION outbox_pending(p_limit integer) RETURNS SETOF outbox_events ${definer} AS $$
      SELECT * FROM outbox_events
       WHERE published_at IS NULL AND (relay_lease_until IS NULL OR relay_lease_until <= now())
       ORDER BY id LIMIT p_limit FOR UPDATE SKIP LOCKED $$`);
    await q.query(`CREATE FUNCTION outbox_lease(p_ids uuid[], p_lease_ms integer) RETURNS void ${definer} AS $$
      UPDATE outbox_events
         SET relay_attempts = relay_attempts + 1,
             relay_lease_until = now() + make_interval(secs => p_lease_ms::double precision / 1000 * power(2, least(relay_attempts, 6)))
       WHERE id = ANY(p_ids) AND published_at IS NULL $$`);
    // The operator's redrive: every unpublished event is due again now.
    await q.query(`CREATE FUNCTION outbox_release_leases() RETURNS integer LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      WITH released AS (
        UPDATE outbox_events SET relay_lease_until = NULL WHERE published_at IS NULL AND relay_lease_until IS NOT NULL RETURNING 1
      ) SELECT count(*)::integer FROM released $$`);
    for (const f of ['outbox_lease(uuid[], integer)', 'outbox_release_leases()']) {
      // Granted to the app role by the migration runner, not to every role of the cluster.
      await q.query(`REVOKE EXECUTE ON FUNCTION ${f} FROM PUBLIC`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION outbox_release_leases()`);
    await q.query(`DROP FUNCTION outbox_lease(uuid[], integer)`);
    await q.query(`CREATE OR REPLACE FUNCTION outbox_pending(p_limit integer) RETURNS SETOF outbox_events LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      SELECT * FROM outbox_events WHERE published_at IS NULL ORDER BY id LIMIT p_limit FOR UPDATE SKIP LOCKED $$`);
    await q.query(`ALTER TABLE "outbox_events" DROP COLUMN "relay_lease_until"`);
    await q.query(`ALTER TABLE "outbox_events" DROP COLUMN "relay_attempts"`);
  }
}
