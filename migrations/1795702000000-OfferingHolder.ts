import type { MigrationInterface, QueryRunner } from 'typeorm';

const definer = `LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp`;

/**
 * `offering_holder(offering)`: the organization holding an offering and its name, for a conformity
 * check that accepts recognised equivalents (the holder's foreign credentials may meet it). Only
 * for a party to the offering (`offering_party`) or an attested offering, whose holder and name its
 * attestations state publicly; nothing otherwise.
 */
export class OfferingHolder1795702000000 implements MigrationInterface {
  name = 'OfferingHolder1795702000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION offering_holder(p_offering uuid) RETURNS TABLE (organization_id uuid, name text) ${definer} AS $$
      SELECT o.organization_id, o.name FROM offerings o
       WHERE o.id = p_offering AND app_org_id() IS NOT NULL
         AND (offering_party(p_offering)
              OR EXISTS (SELECT 1 FROM attestations a WHERE a.offering_id = p_offering AND a.subject_organization_id = o.organization_id)) $$`);
    await q.query(`REVOKE EXECUTE ON FUNCTION offering_holder(uuid) FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION offering_holder(uuid)`);
  }
}
