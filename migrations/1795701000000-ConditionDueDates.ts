import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `attestation_condition_dates(ids)`: each condition of the attestations' decisions with its due
 * date, for the public summary (an attestation's conditions are public; when each falls due is
 * what a relying party needs to judge them, and an overdue one suspends the attestation).
 */
export class ConditionDueDates1795701000000 implements MigrationInterface {
  name = 'ConditionDueDates1795701000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION attestation_condition_dates(p_ids uuid[]) RETURNS TABLE (id uuid, text text, due_date text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      SELECT a.id, c->>'text', c->>'dueDate'
        FROM attestations a JOIN decisions d ON d.id = a.decision_id
        CROSS JOIN LATERAL jsonb_array_elements(d.condition_details) c
       WHERE a.id = ANY (p_ids) $$`);
    await q.query(`REVOKE EXECUTE ON FUNCTION attestation_condition_dates(uuid[]) FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION attestation_condition_dates(uuid[])`);
  }
}
