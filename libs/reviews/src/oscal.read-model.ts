import { EntityManager, In } from 'typeorm';
import { DecisionEntity, type DecisionOutcome } from './entities/decision.entity.js';
import { FindingResponseEntity, type FindingResponseKind } from './entities/finding-response.entity.js';
import { FindingEntity, type FindingSeverity, type FindingStatus } from './entities/finding.entity.js';
import { SubmissionEntryEntity, type ManifestEvidence } from './entities/submission-entry.entity.js';
import { SubmissionManifestEntity } from './entities/submission-manifest.entity.js';
import { SubmissionEntity } from './entities/submission.entity.js';
import { VerdictEntity, type VerdictOutcome } from './entities/verdict.entity.js';

/**
 * What the OSCAL assessment plan, assessment results and POA&M read of a review: plain records
 * on the caller's transaction, under row-level security (the caller checks the workspace role).
 */

export interface OscalFindingResponse {
  id: string;
  kind: FindingResponseKind;
  text: string;
  evidenceVersionIds: string[];
  createdAt: Date;
}

export interface OscalFindingRecord {
  id: string;
  organizationId: string;
  requirementId: string;
  raisedInSubmissionId: string;
  severity: FindingSeverity;
  title: string;
  description: string;
  status: FindingStatus;
  dueDate: string | null;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  responses: OscalFindingResponse[];
}

export interface OscalSubmissionRecord {
  submission: { id: string; number: number; digest: string; submittedAt: Date };
  /** The final decision, when there is one. */
  decision: {
    id: string;
    organizationId: string;
    outcome: DecisionOutcome;
    scopeStatement: string;
    validFrom: string;
    validUntil: string;
    decidedAt: Date;
    /** A conformant-with-conditions decision's conditions: text, due date, the finding each rests on. */
    conditions: { text: string; dueDate: string | null; findingId: string | null }[];
  } | null;
  entries: { requirementId: string; evidence: ManifestEvidence[] }[];
  verdicts: { id: string; requirementId: string; outcome: VerdictOutcome; comment: string; updatedAt: Date }[];
  findings: OscalFindingRecord[];
}

async function withResponses(em: EntityManager, findings: FindingEntity[]): Promise<OscalFindingRecord[]> {
  const responses = findings.length
    ? await em.getRepository(FindingResponseEntity).find({ where: { findingId: In(findings.map((f) => f.id)) }, order: { createdAt: 'ASC', id: 'ASC' } })
    : [];
  return findings.map((f) => ({
    id: f.id,
    organizationId: f.organizationId,
    requirementId: f.requirementId,
    raisedInSubmissionId: f.raisedInSubmissionId,
    severity: f.severity,
    title: f.title,
    description: f.description,
    status: f.status,
    dueDate: f.dueDate,
    createdAt: f.createdAt,
    updatedAt: f.updatedAt,
    closedAt: f.closedAt,
    responses: responses
      .filter((r) => r.findingId === f.id)
      .map((r) => ({ id: r.id, kind: r.kind, text: r.text, evidenceVersionIds: r.evidenceVersionIds, createdAt: r.createdAt })),
  }));
}

/** A submitted submission with its manifest, verdicts, findings and final decision (if any); null when not found. */
export async function oscalSubmissionRecord(em: EntityManager, workspaceId: string, number: number): Promise<OscalSubmissionRecord | null> {
  const s = await em.getRepository(SubmissionEntity).findOne({ where: { workspaceId, number } });
  if (!s) return null;
  const manifest = await em.getRepository(SubmissionManifestEntity).findOne({ where: { submissionId: s.id } });
  if (!manifest) return null;
  const d = await em.getRepository(DecisionEntity).findOne({ where: { submissionId: s.id, status: 'final' } });
  const entries = await em.getRepository(SubmissionEntryEntity).find({ where: { submissionId: s.id }, order: { position: 'ASC' } });
  const verdicts = await em.getRepository(VerdictEntity).find({ where: { submissionId: s.id }, order: { updatedAt: 'ASC', id: 'ASC' } });
  const findings = await em.getRepository(FindingEntity).find({
    where: [
      { workspaceId, submissionId: s.id },
      { workspaceId, raisedInSubmissionId: s.id },
    ],
    order: { id: 'ASC' },
  });
  return {
    submission: { id: s.id, number: s.number, digest: manifest.digest, submittedAt: manifest.submittedAt },
    decision: d
      ? {
          id: d.id,
          organizationId: d.organizationId,
          outcome: d.outcome,
          scopeStatement: d.scopeStatement,
          validFrom: d.validFrom,
          validUntil: d.validUntil,
          decidedAt: d.finalizedAt ?? d.createdAt,
          conditions: (d.conditionDetails ?? []).map((c) => ({ text: c.text, dueDate: c.dueDate, findingId: c.findingId })),
        }
      : null,
    entries: entries.map((e) => ({ requirementId: e.requirementId, evidence: e.content.evidence })),
    verdicts: verdicts.map((v) => ({ id: v.id, requirementId: v.requirementId, outcome: v.outcome, comment: v.comment, updatedAt: v.updatedAt })),
    findings: await withResponses(em, findings),
  };
}

/** The workspace's open and answered findings with their responses, by id. */
export async function oscalOpenFindings(em: EntityManager, workspaceId: string): Promise<OscalFindingRecord[]> {
  const findings = await em.getRepository(FindingEntity).find({ where: { workspaceId, status: In(['open', 'responded']) }, order: { id: 'ASC' } });
  return withResponses(em, findings);
}

/** The number of the workspace's latest submission, null when there is none. */
export async function latestSubmissionNumber(em: EntityManager, workspaceId: string): Promise<number | null> {
  const s = await em.getRepository(SubmissionEntity).findOne({ select: { number: true }, where: { workspaceId }, order: { number: 'DESC' } });
  return s?.number ?? null;
}
