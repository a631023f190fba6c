import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropRowLevelSecurity, forceRowLevelSecurity } from './lib/row-level-security.js';

const OWN_TABLES = ['people', 'person_keys', 'certifications', 'person_assignments'];
const FUNCTIONS = ['personnel_competence_facts(uuid)', 'personnel_workspace_roster(uuid)', 'personnel_certifications_due(date)'];

/**
 * Row-level security of the personnel tables, and the narrow look-ups others go through.
 *
 * - `people`, `person_keys`, `certifications`, `person_assignments`: the employing organization only.
 * - `roster_snapshots`: written by the workspace owner; read by it and the workspace's assessors.
 *
 * SECURITY DEFINER functions, each returning no personal field:
 * - `personnel_competence_facts(offering)`: per certification of each person assigned to the
 *   offering's components, markets, time zones, scheme, level, dates and scope, the person given as
 *   a number valid in this answer only (procurement counts people for competence rules).
 * - `personnel_workspace_roster(workspace)`: the same for the workspace's offering with person and
 *   component ids, for participants of the workspace only (the service projects them by role:
 *   pseudonyms for assessors, counts for observers).
 * - `personnel_certifications_due(day)`: certifications of active people whose next expiry notice
 *   (90/60/30 days, expired) is due, for the daily scan.
 */
export class PersonnelRowLevelSecurity1795685000100 implements MigrationInterface {
  name = 'PersonnelRowLevelSecurity1795685000100';

  async up(q: QueryRunner): Promise<void> {
    await forceRowLevelSecurity(q, [...OWN_TABLES, 'roster_snapshots']);
    for (const t of OWN_TABLES) {
      await q.query(`CREATE POLICY tenant_all ON "${t}" USING (organization_id = app_org_id()) WITH CHECK (organization_id = app_org_id())`);
    }
    await q.query(`CREATE POLICY roster_snapshots_select ON roster_snapshots FOR SELECT USING (
      organization_id = app_org_id() OR app_ws_role(workspace_id) IN ('owner', 'assessor'))`);
    await q.query(`CREATE POLICY roster_snapshots_insert ON roster_snapshots FOR INSERT WITH CHECK (
      organization_id = app_org_id() AND app_ws_role(workspace_id) = 'owner')`);

    const definer = `LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp`;
    await q.query(`CREATE FUNCTION personnel_competence_facts(p_offering uuid) RETURNS TABLE (
        person_no integer, markets text[], time_zones text[], scheme text, level text, valid_from text, valid_until text,
        machine_families text[], device_models text[], service_types text[]) ${definer} AS $$
      SELECT dense_rank() OVER (ORDER BY p.id)::integer, p.markets, p.time_zones, c.scheme, c.level,
             to_char(c.valid_from, 'YYYY-MM-DD'), to_char(c.valid_until, 'YYYY-MM-DD'),
             c.machine_families, c.device_models, c.service_types
        FROM people p JOIN certifications c ON c.person_id = p.id
       WHERE app_org_id() IS NOT NULL
         AND p.id IN (SELECT a.person_id FROM person_assignments a WHERE a.offering_id = p_offering)
       ORDER BY 1 $$`);
    await q.query(`CREATE FUNCTION personnel_workspace_roster(p_workspace uuid) RETURNS TABLE (
        person_id uuid, markets text[], time_zones text[], component_ids uuid[], certification_id uuid, scheme text, level text,
        issuing_body text, valid_from text, valid_until text, machine_families text[], device_models text[], service_types text[], evidence_id uuid) ${definer} AS $$
      SELECT p.id, p.markets, p.time_zones,
             ARRAY(SELECT a.component_id FROM person_assignments a WHERE a.person_id = p.id AND a.offering_id = w.offering_id ORDER BY a.component_id),
             c.id, c.scheme, c.level, c.issuing_body, to_char(c.valid_from, 'YYYY-MM-DD'), to_char(c.valid_until, 'YYYY-MM-DD'),
             c.machine_families, c.device_models, c.service_types, c.evidence_id
        FROM workspaces w
        JOIN people p ON p.id IN (SELECT a.person_id FROM person_assignments a WHERE a.offering_id = w.offering_id)
        LEFT JOIN certifications c ON c.person_id = p.id
       WHERE w.id = p_workspace AND app_ws_role(p_workspace) IS NOT NULL
       ORDER BY p.id, c.id $$`);
    await q.query(`CREATE FUNCTION personnel_certifications_due(p_today date) RETURNS TABLE (
        id uuid, organization_id uuid, person_id uuid, valid_until text, expiry_notice text) ${definer} AS $$
      SELECT c.id, c.organization_id, c.person_id, to_char(c.valid_until, 'YYYY-MM-DD'), c.expiry_notice
        FROM certifications c JOIN people p ON p.id = c.person_id
       WHERE c.valid_until IS NOT NULL AND c.valid_until <= p_today + 90
         AND c.expiry_notice IS DISTINCT FROM 'expired'
       ORDER BY c.organization_id, c.id $$`);
    for (const f of FUNCTIONS) await q.query(`REVOKE EXECUTE ON FUNCTION ${f} FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const f of FUNCTIONS) await q.query(`DROP FUNCTION IF EXISTS ${f}`);
    await dropRowLevelSecurity(q, [...OWN_TABLES, 'roster_snapshots']);
  }
}
