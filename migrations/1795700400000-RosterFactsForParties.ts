import type { MigrationInterface, QueryRunner } from 'typeorm';

const definer = `LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp`;
const FACTS = (condition: string) => `CREATE OR REPLACE FUNCTION personnel_competence_facts(p_offering uuid) RETURNS TABLE (
        person_no integer, markets text[], time_zones text[], scheme text, level text, valid_from text, valid_until text,
        machine_families text[], device_models text[], service_types text[]) ${definer} AS $$
      SELECT dense_rank() OVER (ORDER BY p.id)::integer, p.markets, p.time_zones, c.scheme, c.level,
             to_char(c.valid_from, 'YYYY-MM-DD'), to_char(c.valid_until, 'YYYY-MM-DD'),
             c.machine_families, c.device_models, c.service_types
        FROM people p JOIN certifications c ON c.person_id = p.id
       WHERE ${condition}
         AND p.id IN (SELECT a.person_id FROM person_assignments a WHERE a.offering_id = p_offering)
       ORDER BY 1 $$`;

/**
 * The certification facts of the people serving an offering (`personnel_competence_facts`)
 * are read only by a party to it: its manufacturer, a provider of one of its components, an
 * organization with a bid on it or a tender it was offered to, or an accepted participant of a
 * workspace assessing it (`offering_party`, which procurement also asks before a conformity check
 * reads the roster). Before, any signed-in organization could
 * map a supplier's roster through conformity checks, varying scheme, level, market and time zone.
 */
export class RosterFactsForParties1795700400000 implements MigrationInterface {
  name = 'RosterFactsForParties1795700400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION offering_party(p_offering uuid) RETURNS boolean ${definer} AS $$
      SELECT app_org_id() IS NOT NULL AND (
           EXISTS (SELECT 1 FROM offerings o WHERE o.id = p_offering AND o.organization_id = app_org_id())
        OR EXISTS (SELECT 1 FROM offering_components oc WHERE oc.offering_id = p_offering AND oc.provider_organization_id = app_org_id())
        OR EXISTS (SELECT 1 FROM bids b WHERE b.offering_id = p_offering AND (b.organization_id = app_org_id() OR b.tender_organization_id = app_org_id()))
        OR EXISTS (SELECT 1 FROM workspaces w JOIN workspace_participants wp ON wp.workspace_id = w.id
                    WHERE w.offering_id = p_offering AND wp.organization_id = app_org_id() AND wp.status = 'accepted')) $$`);
    await q.query(`REVOKE EXECUTE ON FUNCTION offering_party(uuid) FROM PUBLIC`);
    await q.query(FACTS('offering_party(p_offering)'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(FACTS('app_org_id() IS NOT NULL'));
    await q.query(`DROP FUNCTION offering_party(uuid)`);
  }
}
