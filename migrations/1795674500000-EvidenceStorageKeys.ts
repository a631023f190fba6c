import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The storage sweep asks the evidence tables which stored objects are still referred to:
 * `evidence_storage_keys_known(keys)` returns the given keys that some evidence version
 * names (SECURITY DEFINER: it answers about keys only, never about tenants). Indexed, as
 * the sweep asks a page of keys at a time.
 */
export class EvidenceStorageKeys1795674500000 implements MigrationInterface {
  name = 'EvidenceStorageKeys1795674500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "ix_evidence_versions_storage_key" ON "evidence_versions" ("storage_key") `);
    await q.query(`CREATE FUNCTION evidence_storage_keys_known(p_keys text[]) RETURNS SETOF text
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT DISTINCT v.storage_key FROM evidence_versions v WHERE v.storage_key = ANY (p_keys)
      $$`);
    await q.query(`REVOKE EXECUTE ON FUNCTION evidence_storage_keys_known(text[]) FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION evidence_storage_keys_known(text[])`);
    await q.query(`DROP INDEX "ix_evidence_versions_storage_key"`);
  }
}
