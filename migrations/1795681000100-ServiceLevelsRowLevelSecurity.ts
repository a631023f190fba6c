import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropRowLevelSecurity, forceRowLevelSecurity } from './lib/row-level-security.js';

const TABLES = [
  'service_level_metrics',
  'service_level_profiles',
  'service_level_measurements',
  'submission_service_levels',
  'tender_service_criteria',
  'bid_service_levels',
  'service_level_findings',
];

/**
 * Metrics, profiles and measurements are the offering owner's. Objectives frozen in a
 * submission are seen by the workspace's participants, written by its owner (at submit) and
 * judged by its assessors. Tender criteria are seen like tenders (the procurer and suppliers);
 * a bid's responses like the bid (its supplier and the tender's procurer). A finding draft is
 * the supplier's and the assessor's it is drafted for.
 *
 * `service_levels_attested(attestation ids)`: the objectives attested in the submissions behind
 * those attestations (the credential lists them publicly), with the attestation's live status.
 */
export class ServiceLevelsRowLevelSecurity1795681000100 implements MigrationInterface {
  name = 'ServiceLevelsRowLevelSecurity1795681000100';

  async up(q: QueryRunner): Promise<void> {
    await forceRowLevelSecurity(q, TABLES);
    for (const t of ['service_level_metrics', 'service_level_profiles', 'service_level_measurements'])
      await q.query(`CREATE POLICY ${t}_own ON ${t} FOR ALL USING (organization_id = app_org_id()) WITH CHECK (organization_id = app_org_id())`);
    await q.query(`CREATE POLICY submission_service_levels_select ON submission_service_levels FOR SELECT USING (app_ws_role(workspace_id) IS NOT NULL)`);
    await q.query(`CREATE POLICY submission_service_levels_insert ON submission_service_levels FOR INSERT WITH CHECK (app_ws_role(workspace_id) = 'owner')`);
    await q.query(
      `CREATE POLICY submission_service_levels_update ON submission_service_levels FOR UPDATE USING (app_ws_role(workspace_id) = 'assessor') WITH CHECK (app_ws_role(workspace_id) = 'assessor')`,
    );
    await q.query(
      `CREATE POLICY tender_service_criteria_select ON tender_service_criteria FOR SELECT USING (organization_id = app_org_id() OR app_org_kind() IN ('manufacturer', 'service_vendor'))`,
    );
    await q.query(`CREATE POLICY tender_service_criteria_insert ON tender_service_criteria FOR INSERT WITH CHECK (organization_id = app_org_id())`);
    await q.query(
      `CREATE POLICY bid_service_levels_select ON bid_service_levels FOR SELECT USING (organization_id = app_org_id() OR tender_organization_id = app_org_id())`,
    );
    await q.query(`CREATE POLICY bid_service_levels_insert ON bid_service_levels FOR INSERT WITH CHECK (organization_id = app_org_id())`);
    await q.query(
      `CREATE POLICY bid_service_levels_update ON bid_service_levels FOR UPDATE USING (organization_id = app_org_id() OR tender_organization_id = app_org_id())
         WITH CHECK (organization_id = app_org_id() OR tender_organization_id = app_org_id())`,
    );
    await q.query(
      `CREATE POLICY service_level_findings_select ON service_level_findings FOR SELECT USING (organization_id = app_org_id() OR assessor_organization_id = app_org_id())`,
    );
    await q.query(`CREATE POLICY service_level_findings_insert ON service_level_findings FOR INSERT WITH CHECK (organization_id = app_org_id())`);
    await q.query(`CREATE FUNCTION service_levels_attested(p_ids uuid[]) RETURNS TABLE (attestation_id uuid, status text, component_id uuid, objective jsonb, assessor_organization_id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      SELECT a.id, CASE WHEN a.status = 'active' AND a.valid_until <= now() THEN 'expired' ELSE a.status END, s.component_id, s.objective, s.assessor_organization_id
        FROM attestations a JOIN submission_service_levels s ON s.submission_id = a.submission_id AND s.verdict = 'attested'
       WHERE app_org_id() IS NOT NULL AND a.id = ANY (p_ids) $$`);
    await q.query(`REVOKE ALL ON FUNCTION service_levels_attested(uuid[]) FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION service_levels_attested(uuid[])`);
    await dropRowLevelSecurity(q, TABLES);
  }
}
