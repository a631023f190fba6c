import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `audit_checkpoints_due` without reading every event: the worker asks it every
 * AUDIT_CHECKPOINT_INTERVAL_MS, and `DISTINCT ON` over audit_events read the whole table each
 * time. Now a skip scan over the (stream_id, seq) index visits one entry per stream, takes each
 * stream's head with one index probe and compares it with the stream's last checkpoint (another
 * index probe), stopping once it has `p_limit` streams: the cost grows with the number of
 * streams, not of events.
 */
export class AuditCheckpointsDueSkipScan1795675200100 implements MigrationInterface {
  name = 'AuditCheckpointsDueSkipScan1795675200100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION audit_checkpoints_due(p_after uuid, p_limit integer) RETURNS TABLE (stream_type text, stream_id uuid, seq bigint, hash text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      WITH RECURSIVE streams(id) AS (
        (SELECT e.stream_id FROM audit_events e WHERE e.stream_id > p_after ORDER BY e.stream_id LIMIT 1)
        UNION ALL
        SELECT (SELECT e.stream_id FROM audit_events e WHERE e.stream_id > s.id ORDER BY e.stream_id LIMIT 1) FROM streams s WHERE s.id IS NOT NULL
      )
      SELECT h.stream_type, s.id, h.seq, h.hash
        FROM streams s
        CROSS JOIN LATERAL (SELECT e.stream_type, e.seq, e.hash FROM audit_events e WHERE e.stream_id = s.id ORDER BY e.seq DESC LIMIT 1) h
       WHERE s.id IS NOT NULL
         AND h.seq > COALESCE((SELECT c.seq FROM audit_checkpoints c WHERE c.stream_id = s.id ORDER BY c.seq DESC LIMIT 1), 0)
       LIMIT LEAST(p_limit, 1000) $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION audit_checkpoints_due(p_after uuid, p_limit integer) RETURNS TABLE (stream_type text, stream_id uuid, seq bigint, hash text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      SELECT h.stream_type, h.stream_id, h.seq, h.hash FROM (
        SELECT DISTINCT ON (e.stream_id) e.stream_type, e.stream_id, e.seq, e.hash FROM audit_events e
         WHERE e.stream_id > p_after ORDER BY e.stream_id, e.seq DESC) h
       WHERE h.seq > COALESCE((SELECT max(c.seq) FROM audit_checkpoints c WHERE c.stream_id = h.stream_id), 0)
       ORDER BY h.stream_id LIMIT LEAST(p_limit, 1000) $$`);
  }
}
