import type { MigrationInterface, QueryRunner } from 'typeorm';

const FUNCTIONS = ['bid_display_names(uuid[])'];

/**
 * A bid names what it shows. The procurer reads neither the supplier's offering nor the
 * attestations' rows, so the bid read showed raw ids and codes. `bid_display_names(bids)`
 * gives, for the bids the caller placed or receives (the bids policy's audience), only
 * names that are already part of the bid's story: the offering's name, the title of each
 * framework its report names (`{ frameworkId: title }`), and the reason recorded for each
 * relied-on attestation that is suspended or withdrawn (`{ attestationId: reason }`).
 */
export class BidDisplayNames1795690000000 implements MigrationInterface {
  name = 'BidDisplayNames1795690000000';

  async up(q: QueryRunner): Promise<void> {
    const definer = `LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp`;
    await q.query(`CREATE FUNCTION bid_display_names(p_bids uuid[]) RETURNS TABLE (bid_id uuid, offering_name text, framework_titles jsonb, status_reasons jsonb) ${definer} AS $$
      SELECT b.id, o.name,
             COALESCE((SELECT jsonb_object_agg(f.id, f.title) FROM frameworks f
                        WHERE f.id IN (SELECT (r->>'frameworkId')::uuid FROM jsonb_array_elements(b.compliance->'requirements') r)), '{}'::jsonb),
             COALESCE((SELECT jsonb_object_agg(a.id, a.status_reason) FROM attestations a
                        WHERE a.id = ANY (b.attestation_ids) AND a.status IN ('suspended', 'withdrawn') AND a.status_reason IS NOT NULL), '{}'::jsonb)
        FROM bids b LEFT JOIN offerings o ON o.id = b.offering_id
       WHERE b.id = ANY (p_bids) AND app_org_id() IS NOT NULL
         AND (b.organization_id = app_org_id() OR b.tender_organization_id = app_org_id()) $$`);
    for (const f of FUNCTIONS) await q.query(`REVOKE EXECUTE ON FUNCTION ${f} FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const f of FUNCTIONS) await q.query(`DROP FUNCTION IF EXISTS ${f}`);
  }
}
