import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A foreign credential's `frameworks` are the standards its issuer states conformance to: the
 * assessments of `credentialSubject` with `conformance: true`. Before, every assessment counted,
 * so a credential stating nonconformance to a standard met a tender asking for it. Credentials
 * stored before keep only the frameworks their signed payload (the stored compact JWS, decoded
 * here) states conformance to; the open bids of their holders are judged again on their next read.
 */
export class ForeignConformanceOnly1795700900000 implements MigrationInterface {
  name = 'ForeignConformanceOnly1795700900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      WITH payloads AS (
        SELECT fc.id, convert_from(decode(rpad(translate(split_part(fc.jwt, '.', 2), '-_', '+/'),
                                               ((length(split_part(fc.jwt, '.', 2)) + 3) / 4) * 4, '='), 'base64'), 'UTF8')::jsonb AS payload
          FROM foreign_credentials fc),
      decoded AS (
        SELECT p.id, CASE jsonb_typeof(p.payload->'credentialSubject')
                       WHEN 'array' THEN p.payload->'credentialSubject'->0->'assessment'
                       ELSE p.payload->'credentialSubject'->'assessment' END AS assessments
          FROM payloads p),
      conforming AS (
        SELECT fc.id, COALESCE((
                 SELECT jsonb_agg(f ORDER BY n) FROM jsonb_array_elements(fc.frameworks) WITH ORDINALITY AS x(f, n)
                  WHERE EXISTS (
                    SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof(d.assessments) = 'array' THEN d.assessments ELSE '[]'::jsonb END) a
                     WHERE jsonb_typeof(a) = 'object' AND a->'conformance' = 'true'::jsonb
                       AND a->'referenceStandard'->>'id' IS NOT DISTINCT FROM f->>'referenceId')), '[]'::jsonb) AS frameworks
          FROM foreign_credentials fc JOIN decoded d ON d.id = fc.id),
      changed AS (
        UPDATE foreign_credentials fc SET frameworks = c.frameworks, version = fc.version + 1, updated_at = now()
          FROM conforming c WHERE c.id = fc.id AND c.frameworks IS DISTINCT FROM fc.frameworks
        RETURNING fc.organization_id)
      -- Open bids of those holders are judged again on their next read (a report without its basis is stale).
      UPDATE bids SET compliance = compliance - 'basis'
       WHERE status = 'submitted' AND organization_id IN (SELECT organization_id FROM changed)`);
  }

  async down(): Promise<void> {
    // The frameworks dropped were never claimed as conformant: nothing to restore.
  }
}
