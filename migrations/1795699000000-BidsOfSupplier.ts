import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `bids_open_of_supplier(organization)`: the open bids a supplier placed (ids and the two
 * organizations, as `bids_open_since`), for re-evaluating them when something of the supplier's
 * own that no attestation carries changes: a foreign credential imported, re-checked to another
 * status, or removed. Before, such bids waited for the 15-minute reconciliation.
 */
export class BidsOfSupplier1795699000000 implements MigrationInterface {
  name = 'BidsOfSupplier1795699000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION bids_open_of_supplier(p_supplier uuid) RETURNS TABLE (id uuid, tender_organization_id uuid, organization_id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      SELECT b.id, b.tender_organization_id, b.organization_id FROM bids b
       WHERE b.organization_id = p_supplier AND b.status = 'submitted' ORDER BY b.id $$`);
    await q.query(`REVOKE EXECUTE ON FUNCTION bids_open_of_supplier(uuid) FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION bids_open_of_supplier(uuid)`);
  }
}
