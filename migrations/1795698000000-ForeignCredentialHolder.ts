import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The party (UNTP `Party`: id, name) in `credentialSubject.issuedToParty` of the stored JWS payload. */
const ISSUED_TO = `
  WITH payloads AS (
    SELECT id, convert_from(decode(rpad(translate(split_part(jwt, '.', 2), '-_', '+/'), ((length(split_part(jwt, '.', 2)) + 3) / 4) * 4, '='), 'base64'), 'UTF8')::jsonb AS p
      FROM foreign_credentials),
  subjects AS (
    SELECT id, CASE jsonb_typeof(p->'credentialSubject') WHEN 'array' THEN p->'credentialSubject'->0 ELSE p->'credentialSubject' END AS s FROM payloads)
  SELECT id, NULLIF(s->'issuedToParty'->>'id', '') AS party_id, NULLIF(s->'issuedToParty'->>'name', '') AS party_name FROM subjects`;

const partyName = (column: string) => `btrim(regexp_replace(lower(normalize(${column}, NFKC)), '\\s+', ' ', 'g'))`;

/**
 * A foreign credential counts only for the organization it is issued to: its
 * `credentialSubject.issuedToParty` names the organization (`urn:uuid:<id>`, or its name).
 * Before, any organization could import another's credential and have it meet its own bids.
 * The party is kept on the row (`issued_to_id`, `issued_to_name`, read from the stored JWS);
 * a recognised credential issued to someone else stops counting now (`not_issued_to_holder`),
 * as the service's re-check would decide.
 */
export class ForeignCredentialHolder1795698000000 implements MigrationInterface {
  name = 'ForeignCredentialHolder1795698000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE foreign_credentials ADD COLUMN issued_to_id text, ADD COLUMN issued_to_name text`);
    await q.query(`UPDATE foreign_credentials f SET issued_to_id = x.party_id, issued_to_name = x.party_name FROM (${ISSUED_TO}) x WHERE x.id = f.id`);
    await q.query(
      `UPDATE foreign_credentials f
          SET status = 'unrecognised', reason_code = 'not_issued_to_holder', version = f.version + 1, updated_at = now(),
              reason_message = 'The credential is issued to ' || COALESCE(f.issued_to_name, f.issued_to_id, 'no named party') || ', not to this organization; it does not count.'
         FROM organizations o
        WHERE o.id = f.organization_id AND f.status = 'recognised'
          AND lower(COALESCE(f.issued_to_id, '')) <> 'urn:uuid:' || o.id::text
          AND (f.issued_to_name IS NULL OR ${partyName('f.issued_to_name')} <> ${partyName('o.name')})`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE foreign_credentials DROP COLUMN issued_to_id, DROP COLUMN issued_to_name`);
  }
}
