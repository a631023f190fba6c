import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropRowLevelSecurity, forceRowLevelSecurity } from './lib/row-level-security.js';

/**
 * Audit anchoring.
 *
 * - `audit_events.hash_version`: the canonical form an event's hash covers. Existing events are
 *   version 1 (timestamp in milliseconds); new ones version 2 (the timestamp to the microsecond,
 *   as stored, and the version inside the hashed document).
 * - `audit_checkpoint_keys`: the platform's Ed25519 checkpoint keys (public JWK; private key
 *   encrypted under the configured key-encryption key). No tenant policy: read and written only
 *   through the functions below (public parts to anyone, key material to the signer).
 * - `audit_checkpoints`: signed heads (stream, seq, hash, time, key, JWS), append-only for the app
 *   role, read by whoever reads the stream's chain: an organization its own stream, every accepted
 *   participant a workspace stream (the same audience as `audit_chain_links`). Written only through
 *   `audit_checkpoint_add`, which accepts a (seq, hash) the stream really has.
 * - `audit_checkpoints_due`: streams whose head moved past their last checkpoint (the worker's job).
 */
export class AuditCheckpoints1795675200000 implements MigrationInterface {
  name = 'AuditCheckpoints1795675200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "audit_events" ADD "hash_version" smallint NOT NULL DEFAULT '1'`);

    await q.query(
      `CREATE TABLE "audit_checkpoint_keys" ("id" uuid NOT NULL, "kid" text NOT NULL, "algorithm" text NOT NULL DEFAULT 'EdDSA', "public_jwk" jsonb NOT NULL, "kek_id" text NOT NULL, "wrapped_dek" text NOT NULL, "encrypted_private_key" text NOT NULL, "status" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "retired_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7491e9abe8b03d0200d157fdad8" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_audit_checkpoint_keys_kid" ON "audit_checkpoint_keys" ("kid") `);
    await q.query(`CREATE UNIQUE INDEX "uq_audit_checkpoint_keys_active" ON "audit_checkpoint_keys" ("status") WHERE status = 'active'`);

    await q.query(
      `CREATE TABLE "audit_checkpoints" ("id" uuid NOT NULL, "stream_type" text NOT NULL, "stream_id" uuid NOT NULL, "seq" bigint NOT NULL, "hash" text NOT NULL, "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "key_id" uuid NOT NULL, "jws" text NOT NULL, CONSTRAINT "PK_ec62ec0b7b181580b1fa64e1167" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_audit_checkpoints_stream_seq" ON "audit_checkpoints" ("stream_id", "seq") `);
    await q.query(
      `ALTER TABLE "audit_checkpoints" ADD CONSTRAINT "fk_audit_checkpoints_key" FOREIGN KEY ("key_id") REFERENCES "audit_checkpoint_keys"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await forceRowLevelSecurity(q, ['audit_checkpoint_keys', 'audit_checkpoints']);
    await q.query(`CREATE POLICY audit_checkpoints_select ON audit_checkpoints FOR SELECT USING (
      (stream_type = 'organization' AND stream_id = app_org_id()) OR (stream_type = 'workspace' AND app_ws_role(stream_id) IS NOT NULL))`);

    const definer = `SECURITY DEFINER SET search_path = public, pg_temp`;
    await q.query(`CREATE FUNCTION audit_checkpoint_keys_public() RETURNS TABLE (
        id uuid, kid text, algorithm text, public_jwk jsonb, status text, created_at timestamptz, retired_at timestamptz)
      LANGUAGE sql STABLE ${definer} AS $$
      SELECT k.id, k.kid, k.algorithm, k.public_jwk, k.status, k.created_at, k.retired_at FROM audit_checkpoint_keys k ORDER BY k.created_at DESC $$`);
    // The signer's material: the named key, or the active one (NULL).
    await q.query(`CREATE FUNCTION audit_checkpoint_key_material(p_id uuid) RETURNS TABLE (
        id uuid, kid text, public_jwk jsonb, kek_id text, wrapped_dek text, encrypted_private_key text)
      LANGUAGE sql STABLE ${definer} AS $$
      SELECT k.id, k.kid, k.public_jwk, k.kek_id, k.wrapped_dek, k.encrypted_private_key FROM audit_checkpoint_keys k
       WHERE (p_id IS NULL AND k.status = 'active') OR k.id = p_id $$`);
    await q.query(`CREATE FUNCTION audit_checkpoint_key_add(p_id uuid, p_kid text, p_public_jwk jsonb, p_kek_id text, p_wrapped_dek text,
        p_encrypted_private_key text, p_created_at timestamptz) RETURNS void LANGUAGE sql ${definer} AS $$
      INSERT INTO audit_checkpoint_keys (id, kid, algorithm, public_jwk, kek_id, wrapped_dek, encrypted_private_key, status, created_at)
      VALUES (p_id, p_kid, 'EdDSA', p_public_jwk, p_kek_id, p_wrapped_dek, p_encrypted_private_key, 'active', p_created_at) $$`);
    await q.query(`CREATE FUNCTION audit_checkpoint_keys_for_rewrap() RETURNS TABLE (id uuid, kek_id text, wrapped_dek text, encrypted_private_key text)
      LANGUAGE sql ${definer} AS $$
      SELECT k.id, k.kek_id, k.wrapped_dek, k.encrypted_private_key FROM audit_checkpoint_keys k ORDER BY k.id FOR UPDATE $$`);
    await q.query(`CREATE FUNCTION audit_checkpoint_key_set_wrapped(p_id uuid, p_old_kek text, p_new_kek text, p_wrapped_dek text) RETURNS void
      LANGUAGE sql ${definer} AS $$
      UPDATE audit_checkpoint_keys SET kek_id = p_new_kek, wrapped_dek = p_wrapped_dek WHERE id = p_id AND kek_id = p_old_kek $$`);
    // A checkpoint only of a position the stream has, with the hash it has there.
    await q.query(`CREATE FUNCTION audit_checkpoint_add(p_id uuid, p_stream_type text, p_stream uuid, p_seq bigint, p_hash text,
        p_signed_at timestamptz, p_key uuid, p_jws text) RETURNS boolean LANGUAGE plpgsql ${definer} AS $$
      DECLARE n integer;
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM audit_events e WHERE e.stream_type = p_stream_type AND e.stream_id = p_stream AND e.seq = p_seq AND e.hash = p_hash) THEN
          RAISE EXCEPTION 'audit checkpoint of a position the stream does not have' USING ERRCODE = 'check_violation';
        END IF;
        INSERT INTO audit_checkpoints (id, stream_type, stream_id, seq, hash, signed_at, key_id, jws)
        VALUES (p_id, p_stream_type, p_stream, p_seq, p_hash, p_signed_at, p_key, p_jws)
        ON CONFLICT (stream_id, seq) DO NOTHING;
        GET DIAGNOSTICS n = ROW_COUNT;
        RETURN n > 0;
      END $$`);
    // Streams (after a stream id, for paging) whose head is past their last checkpoint.
    await q.query(`CREATE FUNCTION audit_checkpoints_due(p_after uuid, p_limit integer) RETURNS TABLE (stream_type text, stream_id uuid, seq bigint, hash text)
      LANGUAGE sql STABLE ${definer} AS $$
      SELECT h.stream_type, h.stream_id, h.seq, h.hash FROM (
        SELECT DISTINCT ON (e.stream_id) e.stream_type, e.stream_id, e.seq, e.hash FROM audit_events e
         WHERE e.stream_id > p_after ORDER BY e.stream_id, e.seq DESC) h
       WHERE h.seq > COALESCE((SELECT max(c.seq) FROM audit_checkpoints c WHERE c.stream_id = h.stream_id), 0)
       ORDER BY h.stream_id LIMIT LEAST(p_limit, 1000) $$`);
    for (const f of FUNCTIONS) await q.query(`REVOKE EXECUTE ON FUNCTION ${f} FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const f of FUNCTIONS) await q.query(`DROP FUNCTION ${f}`);
    await dropRowLevelSecurity(q, ['audit_checkpoints', 'audit_checkpoint_keys']);
    await q.query(`DROP TABLE "audit_checkpoints"`);
    await q.query(`DROP TABLE "audit_checkpoint_keys"`);
    await q.query(`ALTER TABLE "audit_events" DROP COLUMN "hash_version"`);
  }
}

const FUNCTIONS = [
  'audit_checkpoint_keys_public()',
  'audit_checkpoint_key_material(uuid)',
  'audit_checkpoint_key_add(uuid, text, jsonb, text, text, text, timestamptz)',
  'audit_checkpoint_keys_for_rewrap()',
  'audit_checkpoint_key_set_wrapped(uuid, text, text, text)',
  'audit_checkpoint_add(uuid, text, uuid, bigint, text, timestamptz, uuid, text)',
  'audit_checkpoints_due(uuid, integer)',
];
