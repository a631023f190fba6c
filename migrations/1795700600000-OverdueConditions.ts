import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `attestation_conditions_overdue(today, ids)`: the conditions of active (or, with ids, any)
 * attestations that were due before `today` (UTC) while the finding they rest on is not closed.
 * A conformant-with-conditions attestation claims its conditions are met in time: one overdue
 * is suspended automatically by the hourly attestation scan, and not reinstated while it stays
 * overdue. Conditions that rest on no finding have nothing to close and are not followed.
 */
export class OverdueConditions1795700600000 implements MigrationInterface {
  name = 'OverdueConditions1795700600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION attestation_conditions_overdue(p_today date, p_ids uuid[]) RETURNS TABLE (
        attestation_id uuid, organization_id uuid, condition text, due_date text, finding_id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      SELECT a.id, a.organization_id, c->>'text', c->>'dueDate', f.id
        FROM attestations a
        JOIN decisions d ON d.id = a.decision_id
        CROSS JOIN LATERAL jsonb_array_elements(d.condition_details) c
        JOIN findings f ON f.id = (c->>'findingId')::uuid
       WHERE (CASE WHEN p_ids IS NULL THEN a.status = 'active' ELSE a.id = ANY (p_ids) END)
         AND c->>'dueDate' IS NOT NULL AND (c->>'dueDate')::date < p_today
         AND f.status <> 'closed'
       ORDER BY a.id, c->>'dueDate' $$`);
    await q.query(`REVOKE EXECUTE ON FUNCTION attestation_conditions_overdue(date, uuid[]) FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION attestation_conditions_overdue(date, uuid[])`);
  }
}
