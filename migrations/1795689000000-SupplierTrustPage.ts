import type { MigrationInterface, QueryRunner } from 'typeorm';

const FUNCTIONS = ['subject_trust_profile(uuid)', 'subject_attestations_public(uuid, timestamptz, integer)'];

/**
 * A supplier's public trust page lists the attestations issued to it. Anonymous readers
 * pass through two SECURITY DEFINER functions that return only what is already public by
 * serial (`attestation_public`):
 *
 * - `subject_trust_profile(org)`: the organization's id and name, only if at least one
 *   attestation was ever issued to it (an organization without one has no trust page, so
 *   the function tells nothing about organizations that are not suppliers of record);
 * - `subject_attestations_public(org, now, limit)`: ids of the attestations issued to it
 *   whose validity has not ended and that no newer attestation superseded, newest first.
 *   Withdrawn ones stay listed until their validity ends (a reader holding a printed
 *   certificate must find that it was withdrawn).
 */
export class SupplierTrustPage1795689000000 implements MigrationInterface {
  name = 'SupplierTrustPage1795689000000';

  async up(q: QueryRunner): Promise<void> {
    const definer = `LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp`;
    await q.query(`CREATE FUNCTION subject_trust_profile(p_org uuid) RETURNS TABLE (id uuid, name text) ${definer} AS $$
      SELECT o.id, o.name FROM organizations o
       WHERE o.id = p_org AND EXISTS (SELECT 1 FROM attestations a WHERE a.subject_organization_id = p_org) $$`);
    await q.query(`CREATE FUNCTION subject_attestations_public(p_org uuid, p_now timestamptz, p_limit integer) RETURNS TABLE (id uuid) ${definer} AS $$
      SELECT a.id FROM attestations a
       WHERE a.subject_organization_id = p_org AND a.valid_until > p_now AND a.status IN ('active', 'suspended', 'withdrawn')
       ORDER BY a.issued_at DESC, a.id LIMIT LEAST(p_limit, 200) $$`);
    await q.query(`CREATE INDEX "ix_attestations_subject" ON "attestations" ("subject_organization_id", "issued_at") `);
    for (const f of FUNCTIONS) await q.query(`REVOKE EXECUTE ON FUNCTION ${f} FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const f of FUNCTIONS) await q.query(`DROP FUNCTION IF EXISTS ${f}`);
    await q.query(`DROP INDEX IF EXISTS ix_attestations_subject`);
  }
}
