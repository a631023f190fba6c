import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `service_levels_declared(offering)`: the latest declared objectives of each component of an
 * offering, for its owner and for a procurer that received a bid on it. A procurer checking the
 * conformity of a bid's offering (`POST /v1/conformity-checks`) read no declared objective
 * (`service_level_profiles` is owner-only) and got `no_value` where the supplier's own check and
 * the bid said `met`. Anyone else still reads none.
 */
export class DeclaredObjectivesForBuyers1795699600000 implements MigrationInterface {
  name = 'DeclaredObjectivesForBuyers1795699600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION service_levels_declared(p_offering uuid) RETURNS TABLE (component_id uuid, objectives jsonb)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      SELECT DISTINCT ON (p.component_id) p.component_id, p.objectives FROM service_level_profiles p
       WHERE p.offering_id = p_offering AND app_org_id() IS NOT NULL
         AND (p.organization_id = app_org_id()
              OR EXISTS (SELECT 1 FROM bids b WHERE b.offering_id = p_offering AND b.tender_organization_id = app_org_id()))
       ORDER BY p.component_id, p.version DESC $$`);
    await q.query(`REVOKE EXECUTE ON FUNCTION service_levels_declared(uuid) FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION service_levels_declared(uuid)`);
  }
}
