import { EntityManager } from 'typeorm';

/**
 * What other libs may read of attestations: plain rows, read on the transaction the caller
 * already holds, under row-level security.
 */

/** The workspace's attestations that cite the framework, by id. */
export async function workspaceAttestationsCitingFramework(
  em: EntityManager,
  workspaceId: string,
  frameworkId: string,
): Promise<{ id: string; serial: string; status: string }[]> {
  return (await em.query(
    `SELECT id, serial, status FROM attestations WHERE workspace_id = $1 AND frameworks @> jsonb_build_array(jsonb_build_object('id', $2::text)) ORDER BY id`,
    [workspaceId, frameworkId],
  )) as { id: string; serial: string; status: string }[];
}

/** How many attestations the caller can see cite the framework. */
export async function attestationCountCitingFramework(em: EntityManager, frameworkId: string): Promise<number> {
  const [row] = (await em.query(`SELECT count(*)::int AS n FROM attestations WHERE frameworks @> jsonb_build_array(jsonb_build_object('id', $1::text))`, [
    frameworkId,
  ])) as { n: number }[];
  return row?.n ?? 0;
}

/**
 * SQL functions (defined by migrations) over this lib's tables that other libs may call:
 * `attestations_public(ids)`, the facts a public verification shows plus component versions,
 * evidence dates and the accreditation claim (procurement's compliance checks read it);
 * `submission_attested(submission)`, whether any attestation was issued from a submission
 * (service levels keep its objective verdicts final once it was).
 */
export const ATTESTATIONS_SQL_READ_MODEL = ['attestations_public', 'submission_attested'] as const;
