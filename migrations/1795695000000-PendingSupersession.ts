import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Supersession takes effect when the newer attestation becomes valid. An attestation issued
 * with a `validFrom` still to come keeps the older ones it supersedes (`supersedes_ids`, as
 * its credential names them) active until that day: the supplier is not left without a valid
 * attestation in between. `attestations_due_for_supersession(now)` finds, across issuers,
 * active attestations already valid whose superseded ones are still live (the scan then
 * supersedes them in the issuer's own scope). Attestations issued before keep what their
 * supersession recorded (`superseded_by_id`).
 */
export class PendingSupersession1795695000000 implements MigrationInterface {
  name = 'PendingSupersession1795695000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "attestations" ADD "supersedes_ids" uuid array NOT NULL DEFAULT '{}'`);
    await q.query(`UPDATE attestations n SET supersedes_ids = s.ids
                     FROM (SELECT superseded_by_id AS id, array_agg(id ORDER BY issued_at, id) AS ids
                             FROM attestations WHERE superseded_by_id IS NOT NULL GROUP BY superseded_by_id) s
                    WHERE n.id = s.id`);
    const definer = `SECURITY DEFINER SET search_path = public, pg_temp`;
    await q.query(`CREATE FUNCTION attestations_due_for_supersession(p_now timestamptz) RETURNS TABLE (id uuid, organization_id uuid)
      LANGUAGE sql STABLE ${definer} AS $$
      SELECT n.id, n.organization_id
        FROM attestations n
       WHERE n.status = 'active' AND n.valid_from <= p_now AND n.supersedes_ids <> '{}'
         AND EXISTS (SELECT 1 FROM attestations o WHERE o.id = ANY (n.supersedes_ids) AND o.status IN ('active', 'suspended'))
       ORDER BY n.organization_id, n.valid_from, n.id $$`);
    await q.query(`REVOKE EXECUTE ON FUNCTION attestations_due_for_supersession(timestamptz) FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION attestations_due_for_supersession(timestamptz)`);
    await q.query(`ALTER TABLE "attestations" DROP COLUMN "supersedes_ids"`);
  }
}
