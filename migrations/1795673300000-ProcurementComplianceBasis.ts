import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Compliance that checks what was assessed, and knows when it is stale:
 *
 * - a bid keeps the component versions offered (`offered_components`) and the overall
 *   verdict last announced (`announced_overall`, which the reconciliation job compares
 *   against); a tender may state an OCDS `contract_period`;
 * - `attestations_public` also gives the attested component versions with their
 *   compatible ranges, the relied-on evidence dates, the status version and last change,
 *   the issuer's accreditation at issue (`attestations.accreditation`) and now
 *   (`accreditation_current`);
 * - `offering_components_live` gives the live components of offerings the caller owns,
 *   bids on or receives bids for, or that carry an attestation (public facts);
 * - `bids_stale` names the bids (visible to the caller) whose report is older than a change
 *   it depends on, including dates that have passed since it was computed;
 * - `bids_open_since` and `bids_relying_on_accreditation` feed the reconciliation job and
 *   the accreditation event handler.
 *
 * Existing reports predate structured reasons: they are marked stale so the next read
 * recomputes them.
 */
export class ProcurementComplianceBasis1795673300000 implements MigrationInterface {
  name = 'ProcurementComplianceBasis1795673300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "bids" ADD "offered_components" jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`ALTER TABLE "bids" ADD "announced_overall" text`);
    await q.query(`UPDATE "bids" SET "announced_overall" = "overall", "computed_at" = to_timestamp(0)`);
    await q.query(
      `UPDATE "bids" b SET "offered_components" = COALESCE((SELECT jsonb_agg(jsonb_build_object('id', c.id, 'name', c.name, 'kind', c.kind, 'version', c.version) ORDER BY c.id) FROM offering_components c WHERE c.offering_id = b.offering_id), '[]')`,
    );
    await q.query(`ALTER TABLE "bids" ALTER COLUMN "announced_overall" SET NOT NULL`);
    await q.query(`ALTER TABLE "tenders" ADD "contract_period" jsonb`);

    const definer = `SECURITY DEFINER SET search_path = public, pg_temp`;
    await q.query(`DROP FUNCTION attestations_public(uuid[], uuid)`);
    await q.query(`CREATE FUNCTION attestations_public(p_ids uuid[], p_offering uuid) RETURNS TABLE (
        id uuid, serial text, issuer_id uuid, issuer_name text, offering_id uuid,
        outcome text, frameworks jsonb, markets text[], components jsonb, valid_from timestamptz, valid_until timestamptz,
        decided_at timestamptz, evidence_effective_from text, evidence_valid_until text, status text, version integer,
        updated_at timestamptz, accreditation jsonb, accreditation_now jsonb)
      LANGUAGE sql STABLE ${definer} AS $$
      SELECT a.id, a.serial, a.organization_id, o.name, a.offering_id, a.outcome, a.frameworks, a.markets,
             (SELECT COALESCE(jsonb_agg(jsonb_build_object('id', c->>'id', 'name', c->>'name', 'version', c->>'version', 'compatibleRange', c->'compatibleRange')), '[]'::jsonb)
                FROM jsonb_array_elements(a.components) c),
             a.valid_from, a.valid_until, a.decided_at,
             to_char(a.evidence_effective_from, 'YYYY-MM-DD'), to_char(a.evidence_valid_until, 'YYYY-MM-DD'),
             CASE WHEN a.status = 'active' AND a.valid_until <= now() THEN 'expired' ELSE a.status END,
             a.version, a.updated_at, a.accreditation,
             (SELECT jsonb_build_object('status', ac.status, 'verified', ac.verified, 'validUntil', to_char(ac.valid_until, 'YYYY-MM-DD'), 'updatedAt', ac.updated_at)
                FROM accreditation_current(ARRAY[a.accreditation_id]) ac WHERE a.accreditation_id IS NOT NULL)
        FROM attestations a JOIN organizations o ON o.id = a.organization_id
       WHERE app_org_id() IS NOT NULL AND ((p_ids IS NOT NULL AND a.id = ANY (p_ids)) OR (p_offering IS NOT NULL AND a.offering_id = p_offering)) $$`);

    await q.query(`CREATE FUNCTION offering_components_live(p_offerings uuid[]) RETURNS TABLE (id uuid, offering_id uuid, name text, kind text, version text)
      LANGUAGE sql STABLE ${definer} AS $$
      SELECT c.id, c.offering_id, c.name, c.kind, c.version FROM offering_components c
       WHERE c.offering_id = ANY (p_offerings) AND app_org_id() IS NOT NULL
         AND (c.organization_id = app_org_id()
              OR EXISTS (SELECT 1 FROM bids b WHERE b.offering_id = c.offering_id AND (b.organization_id = app_org_id() OR b.tender_organization_id = app_org_id()))
              OR EXISTS (SELECT 1 FROM attestations a WHERE a.offering_id = c.offering_id))
       ORDER BY c.offering_id, c.id $$`);

    await q.query(`CREATE FUNCTION bids_stale(p_ids uuid[]) RETURNS TABLE (id uuid)
      LANGUAGE sql STABLE ${definer} AS $$
      SELECT b.id FROM bids b JOIN tenders t ON t.id = b.tender_id
       WHERE b.id = ANY (p_ids) AND app_org_id() IS NOT NULL
         AND (b.organization_id = app_org_id() OR b.tender_organization_id = app_org_id())
         AND (NOT (b.compliance ? 'basis')
              OR (b.status = 'submitted' AND (
                   EXISTS (SELECT 1 FROM offerings o WHERE o.id = b.offering_id AND o.updated_at > b.computed_at)
                OR EXISTS (
                     SELECT 1 FROM attestations a
                       LEFT JOIN LATERAL accreditation_current(ARRAY[a.accreditation_id]) ac ON a.accreditation_id IS NOT NULL
                      WHERE a.id = ANY (b.attestation_ids)
                        AND (a.updated_at > b.computed_at
                          OR ac.updated_at > b.computed_at
                          OR EXISTS (SELECT 1 FROM unnest(ARRAY[
                                 a.valid_from, a.valid_until,
                                 (a.evidence_valid_until + 1)::timestamp AT TIME ZONE 'UTC',
                                 (a.evidence_effective_from + t.max_evidence_age_days + 1)::timestamp AT TIME ZONE 'UTC',
                                 (ac.valid_until + 1)::timestamp AT TIME ZONE 'UTC']) m(at)
                               WHERE m.at > b.computed_at AND m.at <= now())))))) $$`);

    await q.query(`CREATE FUNCTION bids_open_since(p_since timestamptz) RETURNS TABLE (id uuid, tender_organization_id uuid, organization_id uuid)
      LANGUAGE sql STABLE ${definer} AS $$
      SELECT b.id, b.tender_organization_id, b.organization_id FROM bids b JOIN tenders t ON t.id = b.tender_id
       WHERE b.status = 'submitted' AND t.deadline > p_since ORDER BY b.id $$`);

    await q.query(`CREATE FUNCTION bids_relying_on_accreditation(p_accreditation uuid) RETURNS TABLE (id uuid, tender_organization_id uuid, organization_id uuid)
      LANGUAGE sql STABLE ${definer} AS $$
      SELECT b.id, b.tender_organization_id, b.organization_id FROM bids b
       WHERE b.status = 'submitted' AND EXISTS (SELECT 1 FROM attestations a WHERE a.accreditation_id = p_accreditation AND a.id = ANY (b.attestation_ids)) $$`);

    for (const f of [
      'attestations_public(uuid[], uuid)',
      'offering_components_live(uuid[])',
      'bids_stale(uuid[])',
      'bids_open_since(timestamptz)',
      'bids_relying_on_accreditation(uuid)',
    ]) {
      await q.query(`REVOKE EXECUTE ON FUNCTION ${f} FROM PUBLIC`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const f of [
      'bids_relying_on_accreditation(uuid)',
      'bids_open_since(timestamptz)',
      'bids_stale(uuid[])',
      'offering_components_live(uuid[])',
      'attestations_public(uuid[], uuid)',
    ]) {
      await q.query(`DROP FUNCTION ${f}`);
    }
    const definer = `SECURITY DEFINER SET search_path = public, pg_temp`;
    await q.query(`CREATE FUNCTION attestations_public(p_ids uuid[], p_offering uuid) RETURNS TABLE (
        id uuid, serial text, issuer_id uuid, issuer_name text, issuer_accredited boolean, offering_id uuid,
        outcome text, frameworks jsonb, markets text[], valid_from timestamptz, valid_until timestamptz,
        decided_at timestamptz, status text)
      LANGUAGE sql STABLE ${definer} AS $$
      SELECT a.id, a.serial, a.organization_id, o.name, a.accreditation IS NOT NULL,
             a.offering_id, a.outcome, a.frameworks, a.markets, a.valid_from, a.valid_until, a.decided_at,
             CASE WHEN a.status = 'active' AND a.valid_until <= now() THEN 'expired' ELSE a.status END
        FROM attestations a JOIN organizations o ON o.id = a.organization_id
       WHERE app_org_id() IS NOT NULL AND ((p_ids IS NOT NULL AND a.id = ANY (p_ids)) OR (p_offering IS NOT NULL AND a.offering_id = p_offering)) $$`);
    await q.query(`REVOKE EXECUTE ON FUNCTION attestations_public(uuid[], uuid) FROM PUBLIC`);
    await q.query(`ALTER TABLE "tenders" DROP COLUMN "contract_period"`);
    await q.query(`ALTER TABLE "bids" DROP COLUMN "announced_overall"`);
    await q.query(`ALTER TABLE "bids" DROP COLUMN "offered_components"`);
  }
}
