import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropRowLevelSecurity, forceRowLevelSecurity } from './lib/row-level-security.js';

const TABLES = ['signing_keys', 'attestation_status_lists', 'attestations'];
const FUNCTIONS = [
  'issuer_public_keys(uuid)',
  'issuer_status_list(uuid, text)',
  'attestation_public(text, uuid)',
  'attestations_due_for_expiry(timestamptz, timestamptz)',
  'signing_keys_for_rewrap()',
  'signing_key_set_wrapped(uuid, text, text, text)',
];

/**
 * Signing keys and status lists belong to their issuer organization alone. Attestations
 * are seen by their issuer and by the participants of their workspace (observers
 * included: they are outcomes); only the issuer writes them, and only while it is the
 * workspace's assessor when issuing.
 *
 * Public, unauthenticated reads go through SECURITY DEFINER functions that return only
 * public material: an issuer's public keys, its signed status lists, the public summary
 * of an attestation. The expiry job finds due attestations across issuers; the KEK
 * rotation (operator CLI) reads and replaces wrapped data keys, never plaintext keys.
 */
export class AttestationsRowLevelSecurity1795671182600 implements MigrationInterface {
  name = 'AttestationsRowLevelSecurity1795671182600';

  async up(q: QueryRunner): Promise<void> {
    await forceRowLevelSecurity(q, TABLES);
    await q.query(`CREATE POLICY tenant_all ON signing_keys USING (organization_id = app_org_id()) WITH CHECK (organization_id = app_org_id())`);
    await q.query(`CREATE POLICY tenant_all ON attestation_status_lists USING (organization_id = app_org_id()) WITH CHECK (organization_id = app_org_id())`);
    await q.query(
      `CREATE POLICY attestations_select ON attestations FOR SELECT USING (organization_id = app_org_id() OR app_ws_role(workspace_id) IS NOT NULL)`,
    );
    await q.query(
      `CREATE POLICY attestations_insert ON attestations FOR INSERT WITH CHECK (organization_id = app_org_id() AND app_ws_role(workspace_id) = 'assessor')`,
    );
    await q.query(
      `CREATE POLICY attestations_update ON attestations FOR UPDATE USING (organization_id = app_org_id()) WITH CHECK (organization_id = app_org_id())`,
    );

    const definer = `SECURITY DEFINER SET search_path = public, pg_temp`;
    await q.query(`CREATE FUNCTION issuer_public_keys(p_org uuid) RETURNS TABLE (
        id uuid, kid text, algorithm text, public_jwk jsonb, status text, created_at timestamptz, retired_at timestamptz)
      LANGUAGE sql STABLE ${definer} AS $$
      SELECT k.id, k.kid, k.algorithm, k.public_jwk, k.status, k.created_at, k.retired_at FROM signing_keys k
       WHERE k.organization_id = p_org ORDER BY k.created_at $$`);
    await q.query(`CREATE FUNCTION issuer_status_list(p_org uuid, p_purpose text) RETURNS TABLE (
        credential text, bits bytea, version integer, updated_at timestamptz)
      LANGUAGE sql STABLE ${definer} AS $$
      SELECT l.credential, l.bits, l.version, l.updated_at FROM attestation_status_lists l WHERE l.organization_id = p_org AND l.purpose = p_purpose $$`);
    await q.query(`CREATE FUNCTION attestation_public(p_serial text, p_id uuid) RETURNS TABLE (
        id uuid, serial text, organization_id uuid, status text, status_reason text, outcome text,
        valid_from timestamptz, valid_until timestamptz, issued_at timestamptz, subject_organization_name text,
        offering_name text, components jsonb, frameworks jsonb, markets text[], scope text, conditions jsonb,
        submission_number integer, submission_digest text, replaced_by_serial text, status_index integer)
      LANGUAGE sql STABLE ${definer} AS $$
      SELECT a.id, a.serial, a.organization_id, a.status, a.status_reason, a.outcome, a.valid_from, a.valid_until, a.issued_at,
             a.subject_organization_name, a.offering_name, a.components, a.frameworks, a.markets, a.scope, a.conditions,
             a.submission_number, a.submission_digest, r.serial, a.status_index
        FROM attestations a LEFT JOIN attestations r ON r.id = a.replaced_by_id
       WHERE (p_serial IS NOT NULL AND a.serial = p_serial) OR (p_id IS NOT NULL AND a.id = p_id) LIMIT 1 $$`);
    await q.query(`CREATE FUNCTION attestations_due_for_expiry(p_now timestamptz, p_warn_until timestamptz) RETURNS TABLE (
        id uuid, organization_id uuid, due text)
      LANGUAGE sql STABLE ${definer} AS $$
      SELECT a.id, a.organization_id, CASE WHEN a.valid_until <= p_now THEN 'expired' ELSE 'expiring' END
        FROM attestations a
       WHERE a.status IN ('active', 'suspended')
         AND (a.valid_until <= p_now OR (a.valid_until <= p_warn_until AND a.expiring_notified_for IS DISTINCT FROM a.valid_until))
       ORDER BY a.organization_id, a.id $$`);
    await q.query(`CREATE FUNCTION signing_keys_for_rewrap() RETURNS TABLE (
        id uuid, organization_id uuid, kek_id text, wrapped_dek text, encrypted_private_key text)
      LANGUAGE sql ${definer} AS $$
      SELECT k.id, k.organization_id, k.kek_id, k.wrapped_dek, k.encrypted_private_key FROM signing_keys k ORDER BY k.id FOR UPDATE $$`);
    await q.query(`CREATE FUNCTION signing_key_set_wrapped(p_id uuid, p_old_kek text, p_new_kek text, p_wrapped_dek text) RETURNS void
      LANGUAGE sql ${definer} AS $$
      UPDATE signing_keys SET kek_id = p_new_kek, wrapped_dek = p_wrapped_dek WHERE id = p_id AND kek_id = p_old_kek $$`);
    for (const f of FUNCTIONS) await q.query(`REVOKE EXECUTE ON FUNCTION ${f} FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const f of FUNCTIONS) await q.query(`DROP FUNCTION ${f}`);
    await dropRowLevelSecurity(q, TABLES);
  }
}
