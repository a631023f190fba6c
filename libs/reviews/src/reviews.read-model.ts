import { EntityManager, In } from 'typeorm';
import { DecisionEntity, type DecisionOutcome } from './entities/decision.entity.js';
import { FindingEntity, type FindingSeverity, type FindingStatus } from './entities/finding.entity.js';
import { SubmissionEntryEntity, type ManifestEvidence } from './entities/submission-entry.entity.js';
import { SubmissionManifestEntity } from './entities/submission-manifest.entity.js';
import { SubmissionEntity } from './entities/submission.entity.js';
import { VerdictEntity, type VerdictOutcome } from './entities/verdict.entity.js';

/**
 * What other libs may read of a review (the OSCAL exports): plain records, read on the
 * transaction the caller already holds, under row-level security. The caller checks the
 * reader's workspace role first.
 */

export interface FindingRecord {
  id: string;
  /** The assessor organization that raised it. */
  organizationId: string;
  requirementId: string;
  severity: FindingSeverity;
  title: string;
  description: string;
  status: FindingStatus;
  dueDate: string | null;
  createdAt: Date;
}

export interface DecidedSubmissionRecord {
  submission: { id: string; number: number; digest: string; submittedAt: Date };
  decision: {
    id: string;
    /** The assessor organization. */
    organizationId: string;
    outcome: DecisionOutcome;
    scopeStatement: string;
    validFrom: string;
    validUntil: string;
    createdAt: Date;
    finalizedAt: Date | null;
  };
  /** The frozen entries in manifest order, with the evidence each relied on. */
  entries: { requirementId: string; evidence: Pick<ManifestEvidence, 'versionId' | 'title' | 'filename' | 'sha256'>[] }[];
  verdicts: { id: string; requirementId: string; outcome: VerdictOutcome; comment: string; updatedAt: Date }[];
  /** Findings tracked on the submission or raised in it. */
  findings: FindingRecord[];
}

/**
 * A submission with its final decision: `not_found` when the workspace has no such
 * submission, `not_decided` while it has no final decision.
 */
export async function decidedSubmissionRecord(
  em: EntityManager,
  workspaceId: string,
  number: number,
): Promise<DecidedSubmissionRecord | 'not_found' | 'not_decided'> {
  const s = await em.getRepository(SubmissionEntity).findOne({ where: { workspaceId, number } });
  if (!s) return 'not_found';
  const d = await em.getRepository(DecisionEntity).findOne({ where: { submissionId: s.id, status: 'final' } });
  if (!d) return 'not_decided';
  // Sequential: one transaction's connection runs one query at a time.
  const manifest = await em.getRepository(SubmissionManifestEntity).findOneOrFail({ where: { submissionId: s.id } });
  const entries = await em.getRepository(SubmissionEntryEntity).find({ where: { submissionId: s.id }, order: { position: 'ASC' } });
  const verdicts = await em.getRepository(VerdictEntity).find({ where: { submissionId: s.id }, order: { id: 'ASC' } });
  const findings = await em.getRepository(FindingEntity).find({
    where: [
      { workspaceId, submissionId: s.id },
      { workspaceId, raisedInSubmissionId: s.id },
    ],
    order: { id: 'ASC' },
  });
  return {
    submission: { id: s.id, number: s.number, digest: manifest.digest, submittedAt: manifest.submittedAt },
    decision: {
      id: d.id,
      organizationId: d.organizationId,
      outcome: d.outcome,
      scopeStatement: d.scopeStatement,
      validFrom: d.validFrom,
      validUntil: d.validUntil,
      createdAt: d.createdAt,
      finalizedAt: d.finalizedAt,
    },
    entries: entries.map((e) => ({
      requirementId: e.requirementId,
      evidence: e.content.evidence.map((v) => ({ versionId: v.versionId, title: v.title, filename: v.filename, sha256: v.sha256 })),
    })),
    verdicts: verdicts.map((v) => ({ id: v.id, requirementId: v.requirementId, outcome: v.outcome, comment: v.comment, updatedAt: v.updatedAt })),
    findings: findings.map(toFindingRecord),
  };
}

/** The workspace's findings that are open or responded, by id. */
export async function openFindingRecords(em: EntityManager, workspaceId: string): Promise<FindingRecord[]> {
  const findings = await em.getRepository(FindingEntity).find({ where: { workspaceId, status: In(['open', 'responded']) }, order: { id: 'ASC' } });
  return findings.map(toFindingRecord);
}

function toFindingRecord(f: FindingEntity): FindingRecord {
  return {
    id: f.id,
    organizationId: f.organizationId,
    requirementId: f.requirementId,
    severity: f.severity,
    title: f.title,
    description: f.description,
    status: f.status,
    dueDate: f.dueDate,
    createdAt: f.createdAt,
  };
}

/** A verdict as the framework-versions lib carries it to a new version. */
export interface VerdictRow {
  submissionId: string;
  requirementId: string;
  outcome: string;
  comment: string;
  /** The assessor organization. */
  organizationId: string;
  updatedAt: Date;
}

/** The workspace's verdicts on the requirements among `requirementIds`, oldest first. */
export async function verdictsOnRequirements(em: EntityManager, workspaceId: string, requirementIds: readonly string[]): Promise<VerdictRow[]> {
  const rows = (await em.query(
    `SELECT submission_id, requirement_id, outcome, comment, organization_id, updated_at FROM verdicts
      WHERE workspace_id = $1 AND requirement_id = ANY($2::uuid[]) ORDER BY updated_at, id`,
    [workspaceId, [...requirementIds]],
  )) as { submission_id: string; requirement_id: string; outcome: string; comment: string; organization_id: string; updated_at: Date }[];
  return rows.map((v) => ({
    submissionId: v.submission_id,
    requirementId: v.requirement_id,
    outcome: v.outcome,
    comment: v.comment,
    organizationId: v.organization_id,
    updatedAt: v.updated_at,
  }));
}

/** How many verdicts the workspace has on the requirements among `requirementIds`. */
export async function verdictCountOnRequirements(em: EntityManager, workspaceId: string, requirementIds: readonly string[]): Promise<number> {
  const [row] = (await em.query(`SELECT count(*)::int AS n FROM verdicts WHERE workspace_id = $1 AND requirement_id = ANY($2::uuid[])`, [
    workspaceId,
    [...requirementIds],
  ])) as { n: number }[];
  return row?.n ?? 0;
}

/**
 * SQL functions (defined by migrations) over this lib's tables that other libs may call:
 * `workspace_gap_rows(ws, asOf)`, the gap analysis rows with the latest decided submission's
 * verdicts and the open findings (read by the evidence lib's gap analysis); `finding_titles(ids)`,
 * the titles of findings the caller may read (the audit log's sentences).
 */
export const REVIEWS_SQL_READ_MODEL = ['workspace_gap_rows', 'finding_titles'] as const;
