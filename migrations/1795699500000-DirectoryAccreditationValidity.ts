import type { MigrationInterface, QueryRunner } from 'typeorm';

const definer = `LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp`;
const FROM = `FROM accreditations a JOIN accreditation_bodies b ON b.id = a.body_id
        CROSS JOIN LATERAL accreditation_current(ARRAY[a.id]) c
       WHERE a.organization_id = ANY (p_orgs) ORDER BY a.organization_id, a.valid_until DESC, a.id`;

/**
 * The organization directory showed a verified record whose validity has not begun as "active,
 * verified", with nothing to say it counts for nothing yet. `org_accreditations_public` now also
 * gives `valid_from` and `accredited` (whether it counts now, as `accreditation_current` decides).
 */
export class DirectoryAccreditationValidity1795699500000 implements MigrationInterface {
  name = 'DirectoryAccreditationValidity1795699500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION org_accreditations_public(uuid[])`);
    await q.query(`CREATE FUNCTION org_accreditations_public(p_orgs uuid[]) RETURNS TABLE (organization_id uuid, accreditation_id uuid, body_id uuid, body_name text,
        number text, standard text, status text, verified boolean, valid_from date, valid_until date, accredited boolean) ${definer} AS $$
      SELECT a.organization_id, a.id, b.id, b.name, a.number, a.standard, c.status, c.verified, a.valid_from, a.valid_until, c.accredited
        ${FROM} $$`);
    await q.query(`REVOKE EXECUTE ON FUNCTION org_accreditations_public(uuid[]) FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION org_accreditations_public(uuid[])`);
    await q.query(`CREATE FUNCTION org_accreditations_public(p_orgs uuid[]) RETURNS TABLE (organization_id uuid, accreditation_id uuid, body_id uuid, body_name text,
        number text, standard text, status text, verified boolean, valid_until date) ${definer} AS $$
      SELECT a.organization_id, a.id, b.id, b.name, a.number, a.standard, c.status, c.verified, a.valid_until
        ${FROM} $$`);
    await q.query(`REVOKE EXECUTE ON FUNCTION org_accreditations_public(uuid[]) FROM PUBLIC`);
  }
}
