import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `submission_attested(submission)`: whether any attestation (in whatever status) was issued
 * from the submission. Service levels read it to keep a submission's objective verdicts final
 * once attested: bids read attested objectives live (`service_levels_attested`), so a verdict
 * changed after issuing would make them say what the signed credential does not.
 */
export class SubmissionAttested1795696000000 implements MigrationInterface {
  name = 'SubmissionAttested1795696000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION submission_attested(p_submission uuid) RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      SELECT app_org_id() IS NOT NULL AND EXISTS (SELECT 1 FROM attestations a WHERE a.submission_id = p_submission) $$`);
    await q.query(`REVOKE EXECUTE ON FUNCTION submission_attested(uuid) FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION submission_attested(uuid)`);
  }
}
