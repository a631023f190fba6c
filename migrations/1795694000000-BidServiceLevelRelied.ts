import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A bid's service-level answer keeps the ids of the attestations the bid relies on, so the
 * answer can be judged again against those attestations as they stand now (suspended,
 * withdrawn, expired or reinstated) wherever it is re-matched: on procurement's recompute and
 * when the supplier records new measurements. Existing answers take their bid's ids.
 */
export class BidServiceLevelRelied1795694000000 implements MigrationInterface {
  name = 'BidServiceLevelRelied1795694000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "bid_service_levels" ADD "relied_attestation_ids" uuid array NOT NULL DEFAULT '{}'`);
    await q.query(`UPDATE bid_service_levels s SET relied_attestation_ids = b.attestation_ids FROM bids b WHERE b.id = s.bid_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "bid_service_levels" DROP COLUMN "relied_attestation_ids"`);
  }
}
