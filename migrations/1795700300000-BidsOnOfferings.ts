import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `bids_open_on_offerings(offerings)`: the open bids offering one of these offerings (ids and
 * the two organizations, as `bids_open_since`), for re-evaluating them when the personnel
 * serving an offering changes (an assignment made or removed, a certification added or
 * expired, a person erased): the tender's competence rules read that roster, and no
 * attestation id of the bid names it. Before, such bids waited for the 15-minute reconciliation.
 */
export class BidsOnOfferings1795700300000 implements MigrationInterface {
  name = 'BidsOnOfferings1795700300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION bids_open_on_offerings(p_offerings uuid[]) RETURNS TABLE (id uuid, tender_organization_id uuid, organization_id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      SELECT b.id, b.tender_organization_id, b.organization_id FROM bids b
       WHERE b.offering_id = ANY (p_offerings) AND b.status = 'submitted' ORDER BY b.id $$`);
    await q.query(`REVOKE EXECUTE ON FUNCTION bids_open_on_offerings(uuid[]) FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION bids_open_on_offerings(uuid[])`);
  }
}
