import type { MigrationInterface, QueryRunner } from 'typeorm';

const definer = `LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp`;

const ATTESTATIONS_PUBLIC_HEAD = `CREATE OR REPLACE FUNCTION attestations_public(p_ids uuid[], p_offering uuid) RETURNS TABLE (
    id uuid, serial text, issuer_id uuid, issuer_name text, offering_id uuid,
    outcome text, frameworks jsonb, markets text[], components jsonb, valid_from timestamptz, valid_until timestamptz,
    decided_at timestamptz, evidence_effective_from text, evidence_valid_until text, status text, version integer,
    updated_at timestamptz, accreditation jsonb, accreditation_now jsonb)
  ${definer} AS $$
  SELECT a.id, a.serial, a.organization_id, o.name, a.offering_id, a.outcome, a.frameworks, a.markets,
         (SELECT COALESCE(jsonb_agg(jsonb_build_object('id', c->>'id', 'name', c->>'name', 'version', c->>'version', 'compatibleRange', c->'compatibleRange')), '[]'::jsonb)
            FROM jsonb_array_elements(a.components) c),
         a.valid_from, a.valid_until, a.decided_at,
         to_char(a.evidence_effective_from, 'YYYY-MM-DD'), to_char(a.evidence_valid_until, 'YYYY-MM-DD'),
         CASE WHEN a.status = 'active' AND a.valid_until <= now() THEN 'expired' ELSE a.status END,
         a.version, a.updated_at, a.accreditation,`;
const ATTESTATIONS_PUBLIC_TAIL = `
    FROM attestations a JOIN organizations o ON o.id = a.organization_id
   WHERE app_org_id() IS NOT NULL AND ((p_ids IS NOT NULL AND a.id = ANY (p_ids)) OR (p_offering IS NOT NULL AND a.offering_id = p_offering)) $$`;

/**
 * "Accredited" decided in one place: `accreditation_current(ids, at)` gains `accredited`
 * (verified by the body, the operator or a credential; the body still on the trust list;
 * active, and valid on `at`: valid_from to valid_until, both included; `at` defaults to
 * today). The assessor's own view (`counts`), the issue-time search for a covering record,
 * the public summary (`currentlyValid`, through `attestation_accreditation_public`), the
 * procurement check (`issuerAccredited`, through `attestations_public.accreditation_now`) and
 * the directory's badges (`org_accreditations_public`) all read it instead of repeating the
 * comparisons (before, only the assessor's view looked at valid_from).
 */
export class AccreditedInOnePlace1795675400100 implements MigrationInterface {
  name = 'AccreditedInOnePlace1795675400100';

  async up(q: QueryRunner): Promise<void> {
    // SQL-language callers are not tracked as dependencies: they resolve the new function by name.
    await q.query(`DROP FUNCTION accreditation_current(uuid[])`);
    await q.query(`CREATE FUNCTION accreditation_current(p_ids uuid[], p_at date DEFAULT current_date)
      RETURNS TABLE (id uuid, status text, verified boolean, valid_until date, updated_at timestamptz, accredited boolean) ${definer} AS $$
      SELECT a.id, s.status, s.verified, a.valid_until, a.updated_at,
             s.verified AND s.status = 'active' AND a.valid_from <= p_at
        FROM accreditations a JOIN accreditation_bodies b ON b.id = a.body_id
        CROSS JOIN LATERAL (SELECT CASE WHEN a.status = 'active' AND a.valid_until < p_at THEN 'expired' ELSE a.status END AS status,
                                   a.verification <> 'declared' AND b.listed AS verified) s
       WHERE a.id = ANY (p_ids) $$`);
    await q.query(`DROP FUNCTION attestation_accreditation_public(uuid)`);
    await q.query(`CREATE FUNCTION attestation_accreditation_public(p_attestation uuid)
      RETURNS TABLE (claim jsonb, status text, status_reason text, verified boolean, valid_until date, accredited boolean) ${definer} AS $$
      SELECT t.accreditation, c.status, a.status_reason, c.verified, c.valid_until, COALESCE(c.accredited, false)
        FROM attestations t
        LEFT JOIN accreditations a ON a.id = t.accreditation_id
        LEFT JOIN LATERAL accreditation_current(ARRAY[t.accreditation_id]) c ON true
       WHERE t.id = p_attestation $$`);
    await q.query(`CREATE OR REPLACE FUNCTION org_accreditations_public(p_orgs uuid[]) RETURNS TABLE (organization_id uuid, accreditation_id uuid, body_id uuid, body_name text, number text, standard text, status text, verified boolean, valid_until date) ${definer} AS $$
      SELECT a.organization_id, a.id, b.id, b.name, a.number, a.standard, c.status, c.verified, a.valid_until
        FROM accreditations a JOIN accreditation_bodies b ON b.id = a.body_id
        CROSS JOIN LATERAL accreditation_current(ARRAY[a.id]) c
       WHERE a.organization_id = ANY (p_orgs) ORDER BY a.organization_id, a.valid_until DESC, a.id $$`);
    await q.query(`${ATTESTATIONS_PUBLIC_HEAD}
         (SELECT jsonb_build_object('status', ac.status, 'verified', ac.verified, 'accredited', ac.accredited, 'validUntil', to_char(ac.valid_until, 'YYYY-MM-DD'), 'updatedAt', ac.updated_at)
            FROM accreditation_current(ARRAY[a.accreditation_id]) ac WHERE a.accreditation_id IS NOT NULL)${ATTESTATIONS_PUBLIC_TAIL}`);
    for (const f of ['accreditation_current(uuid[], date)', 'attestation_accreditation_public(uuid)']) {
      await q.query(`REVOKE EXECUTE ON FUNCTION ${f} FROM PUBLIC`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`${ATTESTATIONS_PUBLIC_HEAD}
         (SELECT jsonb_build_object('status', ac.status, 'verified', ac.verified, 'validUntil', to_char(ac.valid_until, 'YYYY-MM-DD'), 'updatedAt', ac.updated_at)
            FROM accreditation_current(ARRAY[a.accreditation_id]) ac WHERE a.accreditation_id IS NOT NULL)${ATTESTATIONS_PUBLIC_TAIL}`);
    await q.query(`CREATE OR REPLACE FUNCTION org_accreditations_public(p_orgs uuid[]) RETURNS TABLE (organization_id uuid, accreditation_id uuid, body_id uuid, body_name text, number text, standard text, status text, verified boolean, valid_until date) ${definer} AS $$
      SELECT a.organization_id, a.id, b.id, b.name, a.number, a.standard,
             CASE WHEN a.status = 'active' AND a.valid_until < current_date THEN 'expired' ELSE a.status END,
             a.verification <> 'declared' AND b.listed, a.valid_until
        FROM accreditations a JOIN accreditation_bodies b ON b.id = a.body_id
       WHERE a.organization_id = ANY (p_orgs) ORDER BY a.organization_id, a.valid_until DESC, a.id $$`);
    await q.query(`DROP FUNCTION attestation_accreditation_public(uuid)`);
    await q.query(`CREATE FUNCTION attestation_accreditation_public(p_attestation uuid) RETURNS TABLE (claim jsonb, status text, status_reason text, verified boolean, valid_until date) ${definer} AS $$
      SELECT t.accreditation, c.status, a.status_reason, c.verified, c.valid_until
        FROM attestations t
        LEFT JOIN accreditations a ON a.id = t.accreditation_id
        LEFT JOIN LATERAL accreditation_current(ARRAY[t.accreditation_id]) c ON true
       WHERE t.id = p_attestation $$`);
    await q.query(`DROP FUNCTION accreditation_current(uuid[], date)`);
    await q.query(`CREATE FUNCTION accreditation_current(p_ids uuid[]) RETURNS TABLE (id uuid, status text, verified boolean, valid_until date, updated_at timestamptz) ${definer} AS $$
      SELECT a.id,
             CASE WHEN a.status = 'active' AND a.valid_until < current_date THEN 'expired' ELSE a.status END,
             a.verification <> 'declared' AND b.listed,
             a.valid_until, a.updated_at
        FROM accreditations a JOIN accreditation_bodies b ON b.id = a.body_id
       WHERE a.id = ANY (p_ids) $$`);
    for (const f of ['accreditation_current(uuid[])', 'attestation_accreditation_public(uuid)']) {
      await q.query(`REVOKE EXECUTE ON FUNCTION ${f} FROM PUBLIC`);
    }
  }
}
