import type { MigrationInterface, QueryRunner } from 'typeorm';

const definer = `LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp`;
const RETURNS = `RETURNS TABLE (
        person_no integer, markets text[], time_zones text[], scheme text, level text, valid_from text, valid_until text,
        machine_families text[], device_models text[], service_types text[])`;

/**
 * Competence rules count holders, not roster entries. A certificate (scheme, issuing body and
 * number) has one holder: people serving the offering who hold the same one — one technician entered
 * twice, by one employer under two internal ids or by the manufacturer and a vendor — count as one
 * person (`certifications.certificate_digest`, a SHA-256 of the three, set from now on; the number
 * itself stays sealed). An erased person no longer serves anyone and counts for no rule; roster
 * snapshots and the summaries attestations state from them are frozen and stay as they were.
 */
export class CompetenceFactsDistinctHolders1795701500000 implements MigrationInterface {
  name = 'CompetenceFactsDistinctHolders1795701500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE certifications ADD COLUMN certificate_digest text`);
    await q.query(`CREATE OR REPLACE FUNCTION personnel_competence_facts(p_offering uuid) ${RETURNS} ${definer} AS $$
      WITH serving AS (
             SELECT p.id, p.markets, p.time_zones FROM people p
              WHERE offering_party(p_offering) AND p.status <> 'erased'
                AND p.id IN (SELECT a.person_id FROM person_assignments a WHERE a.offering_id = p_offering)),
           held AS (
             SELECT c.person_id, c.certificate_digest, c.scheme, c.level, c.valid_from, c.valid_until,
                    c.machine_families, c.device_models, c.service_types
               FROM certifications c JOIN serving s ON s.id = c.person_id),
           holder AS (
             SELECT s.id AS person_id, s.markets, s.time_zones,
                    COALESCE((SELECT min(other.person_id::text) FROM held mine JOIN held other ON other.certificate_digest = mine.certificate_digest
                               WHERE mine.person_id = s.id), s.id::text) AS holder
               FROM serving s)
      SELECT dense_rank() OVER (ORDER BY h.holder)::integer, h.markets, h.time_zones, c.scheme, c.level,
             to_char(c.valid_from, 'YYYY-MM-DD'), to_char(c.valid_until, 'YYYY-MM-DD'),
             c.machine_families, c.device_models, c.service_types
        FROM held c JOIN holder h ON h.person_id = c.person_id
       ORDER BY 1 $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION personnel_competence_facts(p_offering uuid) ${RETURNS} ${definer} AS $$
      SELECT dense_rank() OVER (ORDER BY p.id)::integer, p.markets, p.time_zones, c.scheme, c.level,
             to_char(c.valid_from, 'YYYY-MM-DD'), to_char(c.valid_until, 'YYYY-MM-DD'),
             c.machine_families, c.device_models, c.service_types
        FROM people p JOIN certifications c ON c.person_id = p.id
       WHERE offering_party(p_offering)
         AND p.id IN (SELECT a.person_id FROM person_assignments a WHERE a.offering_id = p_offering)
       ORDER BY 1 $$`);
    await q.query(`ALTER TABLE certifications DROP COLUMN certificate_digest`);
  }
}
