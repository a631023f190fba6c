import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attestations no wider than their decision:
 *
 * - the relied-on evidence dates (`evidence_effective_from`, `evidence_valid_until`) are
 *   kept on the attestation, from the decision's frozen evidence;
 * - one decision gives at most one attestation, whatever became of it: a unique index on
 *   `decision_id` over fresh issues (`replaces_id IS NULL`). A scope reduction re-issues
 *   for the same decision with `replaces_id` set — it continues the decision's lineage;
 *   it is not a second attestation of the decision (the old one is withdrawn with it);
 * - supersession: a newer attestation of the same issuer and offering with an overlapping
 *   scope marks the older one `superseded` and points it at itself (`superseded_by_id`).
 *
 * `attestation_lineage` answers, for any attestations, the serials they supersede and the
 * serial that superseded them, plus the evidence dates: public facts (serials are public),
 * read across workspaces, so a participant of the newer one sees what it replaced.
 */
export class AttestationScopeSupersession1795673200000 implements MigrationInterface {
  name = 'AttestationScopeSupersession1795673200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "attestations" ADD "evidence_effective_from" date`);
    await q.query(`ALTER TABLE "attestations" ADD "evidence_valid_until" date`);
    await q.query(`ALTER TABLE "attestations" ADD "superseded_by_id" uuid`);
    await q.query(`ALTER TABLE "attestations" ADD "superseded_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`CREATE UNIQUE INDEX "uq_attestations_decision" ON "attestations" ("decision_id") WHERE replaces_id IS NULL`);
    await q.query(`CREATE INDEX "ix_attestations_live_offering" ON "attestations" ("organization_id", "offering_id") WHERE status IN ('active', 'suspended')`);
    await q.query(`CREATE INDEX "ix_attestations_superseded_by" ON "attestations" ("superseded_by_id") `);
    await q.query(
      `ALTER TABLE "attestations" ADD CONSTRAINT "FK_5766587c7a9ccc3952724fb619e" FOREIGN KEY ("superseded_by_id") REFERENCES "attestations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    const definer = `SECURITY DEFINER SET search_path = public, pg_temp`;
    await q.query(`CREATE FUNCTION attestation_lineage(p_ids uuid[]) RETURNS TABLE (
        id uuid, supersedes text[], superseded_by text, evidence_effective_from date, evidence_valid_until date)
      LANGUAGE sql STABLE ${definer} AS $$
      SELECT a.id,
             COALESCE((SELECT array_agg(o.serial ORDER BY o.issued_at, o.id) FROM attestations o WHERE o.superseded_by_id = a.id), '{}'::text[]),
             n.serial, a.evidence_effective_from, a.evidence_valid_until
        FROM attestations a LEFT JOIN attestations n ON n.id = a.superseded_by_id
       WHERE a.id = ANY (p_ids) $$`);
    await q.query(`REVOKE EXECUTE ON FUNCTION attestation_lineage(uuid[]) FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION attestation_lineage(uuid[])`);
    await q.query(`ALTER TABLE "attestations" DROP CONSTRAINT "FK_5766587c7a9ccc3952724fb619e"`);
    await q.query(`DROP INDEX "public"."ix_attestations_superseded_by"`);
    await q.query(`DROP INDEX "public"."ix_attestations_live_offering"`);
    await q.query(`DROP INDEX "public"."uq_attestations_decision"`);
    await q.query(`ALTER TABLE "attestations" DROP COLUMN "superseded_at"`);
    await q.query(`ALTER TABLE "attestations" DROP COLUMN "superseded_by_id"`);
    await q.query(`ALTER TABLE "attestations" DROP COLUMN "evidence_valid_until"`);
    await q.query(`ALTER TABLE "attestations" DROP COLUMN "evidence_effective_from"`);
  }
}
