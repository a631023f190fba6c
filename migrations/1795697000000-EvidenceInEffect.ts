import type { MigrationInterface, QueryRunner } from 'typeorm';
import { definer, EVIDENCE_GAP_ROWS, GAP_ROWS_RESULT, quote } from './1795675500000-EvidencePoliciesOncePerStatement.js';

const LIVE_BEFORE = `e.current_version_id IS NOT NULL AND (e.valid_until IS NULL OR e.valid_until >= $2)`;
const LIVE_NOW = `e.current_version_id IS NOT NULL AND e.effective_date <= $2 AND (e.valid_until IS NULL OR e.valid_until >= $2)`;

/**
 * The gap analysis counts evidence that is in effect today: from its effective date until its
 * `validUntil`. Evidence dated ahead (a policy that takes effect next month) covered its
 * requirements at once before, so a workspace read "covered" for what is not yet in force.
 */
export class EvidenceInEffect1795697000000 implements MigrationInterface {
  name = 'EvidenceInEffect1795697000000';

  async up(q: QueryRunner): Promise<void> {
    await this.evidenceGapRows(q, EVIDENCE_GAP_ROWS.replace(LIVE_BEFORE, LIVE_NOW));
  }

  async down(q: QueryRunner): Promise<void> {
    await this.evidenceGapRows(q, EVIDENCE_GAP_ROWS);
  }

  private async evidenceGapRows(q: QueryRunner, sql: string): Promise<void> {
    if (!sql.includes(LIVE_BEFORE) && !sql.includes(LIVE_NOW)) throw new Error('workspace_evidence_gap_rows: the live-evidence condition was not found');
    await q.query(`CREATE OR REPLACE FUNCTION workspace_evidence_gap_rows(p_workspace uuid, p_today date) RETURNS ${GAP_ROWS_RESULT}
      LANGUAGE plpgsql STABLE ${definer} AS $$
      BEGIN
        RETURN QUERY EXECUTE ${quote(sql)} USING p_workspace, p_today;
      END $$`);
  }
}
