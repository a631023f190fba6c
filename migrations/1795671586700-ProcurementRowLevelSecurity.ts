import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropRowLevelSecurity, forceRowLevelSecurity } from './lib/row-level-security.js';

/**
 * Tenders are seen by the procurer that published them and by suppliers (manufacturers
 * and service vendors), never by other procurers. A bid is seen by its supplier and by
 * the procurer of its tender — never by a competing supplier.
 *
 * Compliance reports read attestations through `attestations_public`: exactly what the
 * public verification page shows of an attestation (issuer, outcome, frameworks,
 * markets, validity, live status), nothing of the workspace behind it.
 */
export class ProcurementRowLevelSecurity1795671586700 implements MigrationInterface {
  name = 'ProcurementRowLevelSecurity1795671586700';

  async up(q: QueryRunner): Promise<void> {
    const definer = `SECURITY DEFINER SET search_path = public, pg_temp`;
    await q.query(`CREATE FUNCTION app_org_kind() RETURNS text LANGUAGE sql STABLE ${definer} AS $$
      SELECT kind FROM organizations WHERE id = app_org_id() $$`);
    await q.query(`CREATE FUNCTION attestations_public(p_ids uuid[], p_offering uuid) RETURNS TABLE (
        id uuid, serial text, issuer_id uuid, issuer_name text, issuer_accredited boolean, offering_id uuid,
        outcome text, frameworks jsonb, markets text[], valid_from timestamptz, valid_until timestamptz,
        decided_at timestamptz, status text)
      LANGUAGE sql STABLE ${definer} AS $$
      SELECT a.id, a.serial, a.organization_id, o.name,
             (o.accreditation_body IS NOT NULL AND o.accreditation_number IS NOT NULL),
             a.offering_id, a.outcome, a.frameworks, a.markets, a.valid_from, a.valid_until, a.decided_at,
             CASE WHEN a.status = 'active' AND a.valid_until <= now() THEN 'expired' ELSE a.status END
        FROM attestations a JOIN organizations o ON o.id = a.organization_id
       WHERE app_org_id() IS NOT NULL AND ((p_ids IS NOT NULL AND a.id = ANY (p_ids)) OR (p_offering IS NOT NULL AND a.offering_id = p_offering)) $$`);
    await q.query(`CREATE FUNCTION bids_relying_on(p_attestation uuid) RETURNS TABLE (id uuid, tender_organization_id uuid, organization_id uuid)
      LANGUAGE sql STABLE ${definer} AS $$
      SELECT b.id, b.tender_organization_id, b.organization_id FROM bids b WHERE b.status = 'submitted' AND p_attestation = ANY (b.attestation_ids) $$`);
    for (const f of ['app_org_kind()', 'attestations_public(uuid[], uuid)', 'bids_relying_on(uuid)'])
      await q.query(`REVOKE EXECUTE ON FUNCTION ${f} FROM PUBLIC`);

    await forceRowLevelSecurity(q, ['tenders', 'bids']);
    await q.query(
      `CREATE POLICY tenders_select ON tenders FOR SELECT USING (organization_id = app_org_id() OR app_org_kind() IN ('manufacturer', 'service_vendor'))`,
    );
    await q.query(`CREATE POLICY tenders_write ON tenders FOR ALL USING (organization_id = app_org_id()) WITH CHECK (organization_id = app_org_id())`);
    await q.query(`CREATE POLICY bids_select ON bids FOR SELECT USING (organization_id = app_org_id() OR tender_organization_id = app_org_id())`);
    await q.query(`CREATE POLICY bids_insert ON bids FOR INSERT WITH CHECK (organization_id = app_org_id())`);
    await q.query(`CREATE POLICY bids_update ON bids FOR UPDATE USING (organization_id = app_org_id() OR tender_organization_id = app_org_id())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropRowLevelSecurity(q, ['tenders', 'bids']);
    for (const f of ['bids_relying_on(uuid)', 'attestations_public(uuid[], uuid)', 'app_org_kind()']) await q.query(`DROP FUNCTION ${f}`);
  }
}
