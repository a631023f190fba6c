import type { MigrationInterface, QueryRunner } from 'typeorm';

const definer = `LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp`;
const STALE = (attestationChanged: string) => `CREATE OR REPLACE FUNCTION bids_stale(p_ids uuid[]) RETURNS TABLE (id uuid) ${definer} AS $$
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
                        AND (${attestationChanged}
                          OR EXISTS (SELECT 1 FROM unnest(ARRAY[
                                 a.valid_from, a.valid_until,
                                 (a.evidence_valid_until + 1)::timestamp AT TIME ZONE 'UTC',
                                 (a.evidence_effective_from + t.max_evidence_age_days + 1)::timestamp AT TIME ZONE 'UTC',
                                 (ac.valid_until + 1)::timestamp AT TIME ZONE 'UTC']) m(at)
                               WHERE m.at > b.computed_at AND m.at <= now())))))) $$`;

/**
 * A bid's report is stale when an attestation it relies on is no longer the version its basis
 * records (or its accreditation's state is not the one recorded), compared by value.
 * Before, it compared the attestation's `updated_at` with the report's `computed_at`; both are
 * taken before their transactions commit, so a recompute that read an attestation just before
 * a reinstatement (or suspension) committed could stamp a report later than the change and keep
 * the old answer for good: a reinstated attestation's bid stayed `not_met`.
 */
export class BidsStaleByVersion1795700500000 implements MigrationInterface {
  name = 'BidsStaleByVersion1795700500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      STALE(`NOT EXISTS (SELECT 1 FROM jsonb_array_elements(b.compliance->'basis'->'attestations') x
                                        WHERE x->>'id' = a.id::text AND (x->>'version')::integer = a.version
                                          AND (x->>'accreditationUpdatedAt')::timestamptz IS NOT DISTINCT FROM ac.updated_at)`),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(STALE(`(a.updated_at > b.computed_at OR ac.updated_at > b.computed_at)`));
  }
}
