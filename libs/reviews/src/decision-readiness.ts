import { evidenceDates } from '@attesta/evidence';
import { EntityManager, In } from 'typeorm';
import { FindingEntity } from './entities/finding.entity.js';
import type { SubmissionEntity, SubmissionStatus } from './entities/submission.entity.js';
import { ReviewsError, ReviewsErrorCode } from './reviews.errors.js';

/** What a decision covers: a subset of the frameworks its submission froze and of the workspace's target markets. */
export interface DecisionScope {
  /** Framework ids: a subset of the frameworks the submission froze requirements of. */
  frameworkIds: string[];
  /** ISO 3166-1 alpha-2 codes: a subset of the workspace's target markets. */
  markets: string[];
}

export interface ReadinessRequirement {
  requirementId: string;
  ref: string;
  frameworkId: string;
}

export interface ReadinessFinding {
  findingId: string;
  requirementId: string;
}

/** Frozen evidence a decision would rest on that is past its valid-until date. */
export interface ReadinessEvidence {
  evidenceId: string;
  versionId: string;
  /** The valid-until date frozen with the version (or the evidence item's, for entries frozen without dates). */
  validUntil: string;
  /** The first requirement (in manifest order) that relies on it. */
  requirementId: string;
  ref: string;
}

export interface ReadinessCategory<T> {
  count: number;
  /** The first few, in manifest order. */
  first: T[];
}

/** Whether a submission can carry a positive decision, and what is missing if not. */
export interface DecisionReadiness {
  submissionNumber: number;
  status: SubmissionStatus;
  scope: DecisionScope;
  /** Applicable requirements of the in-scope frameworks frozen in the submission. */
  applicable: number;
  /** Of those, with a verdict that counts (satisfied, not_applicable with a justification, or another outcome). */
  judged: number;
  /** No verdict in this submission. */
  unjudged: ReadinessCategory<ReadinessRequirement>;
  /** `not_applicable` without a justification (the verdict comment): does not count as judged. */
  notApplicableWithoutJustification: ReadinessCategory<ReadinessRequirement>;
  /** `not_satisfied`, not covered by a condition. */
  notSatisfied: ReadinessCategory<ReadinessRequirement>;
  /** `needs_information`, not covered by a condition. */
  needsInformation: ReadinessCategory<ReadinessRequirement>;
  /** Major nonconformities of the workspace still open or responded. */
  openMajorFindings: ReadinessCategory<ReadinessFinding>;
  /**
   * Evidence relied on (in-scope entries not judged not applicable) that expired before today:
   * a positive decision cannot rest on it; a new submission with current evidence can.
   */
  expiredEvidence: ReadinessCategory<ReadinessEvidence>;
  /** `not_satisfied` / `needs_information` requirements a condition rests on (through a finding of that requirement). */
  coveredByConditions: number;
  /** A `conformant` decision may be recorded. */
  ready: boolean;
  /**
   * A `conformant_with_conditions` decision may be recorded once each not satisfied / needs
   * information requirement has a condition resting on a finding of it.
   */
  readyWithConditions: boolean;
}

const FIRST = 10;

const category = <T>(all: T[]): ReadinessCategory<T> => ({ count: all.length, first: all.slice(0, FIRST) });

/**
 * The one home of the rule a positive decision rests on. Every applicable requirement of the
 * in-scope frameworks frozen in this submission has a verdict in this submission —
 * `satisfied`, or `not_applicable` with a justification — none is `not_satisfied` or
 * `needs_information` unless a condition rests on a finding of that requirement
 * (`coveredRequirementIds`), no major nonconformity of the workspace is open, and none of the
 * evidence relied on (in-scope entries not judged not applicable) has expired.
 * Readiness reads it; `decide` and `confirmDecision` enforce it through `assertReady`.
 */
export async function decisionReadiness(
  em: EntityManager,
  s: SubmissionEntity,
  scope: DecisionScope,
  coveredRequirementIds: ReadonlySet<string> = new Set(),
): Promise<DecisionReadiness> {
  const rows: { requirement_id: string; ref: string; framework_id: string; outcome: string | null; comment: string | null }[] = await em.query(
    `SELECT se.requirement_id, se.content->>'ref' AS ref, se.content->>'frameworkId' AS framework_id, v.outcome, v.comment
       FROM submission_entries se
       LEFT JOIN verdicts v ON v.submission_id = se.submission_id AND v.requirement_id = se.requirement_id
      WHERE se.submission_id = $1 AND se.content->>'frameworkId' = ANY ($2::text[])
      ORDER BY se.position`,
    [s.id, scope.frameworkIds],
  );
  const item = (r: (typeof rows)[number]): ReadinessRequirement => ({ requirementId: r.requirement_id, ref: r.ref, frameworkId: r.framework_id });
  const unjudged = rows.filter((r) => r.outcome === null).map(item);
  const unjustified = rows.filter((r) => r.outcome === 'not_applicable' && !(r.comment ?? '').trim()).map(item);
  const open = (outcome: string) => rows.filter((r) => r.outcome === outcome);
  const notSatisfiedAll = open('not_satisfied');
  const needsInformationAll = open('needs_information');
  const notSatisfied = notSatisfiedAll.filter((r) => !coveredRequirementIds.has(r.requirement_id)).map(item);
  const needsInformation = needsInformationAll.filter((r) => !coveredRequirementIds.has(r.requirement_id)).map(item);
  const covered = notSatisfiedAll.length + needsInformationAll.length - notSatisfied.length - needsInformation.length;
  const majors = await em.getRepository(FindingEntity).find({
    select: { id: true, requirementId: true },
    where: { workspaceId: s.workspaceId, severity: 'major_nonconformity', status: In(['open', 'responded']) },
    order: { id: 'ASC' },
  });
  const expired = await expiredEvidence(em, s.id, scope);
  const base = unjudged.length === 0 && unjustified.length === 0 && majors.length === 0 && expired.length === 0;
  return {
    submissionNumber: s.number,
    status: s.status,
    scope,
    applicable: rows.length,
    judged: rows.length - unjudged.length - unjustified.length,
    unjudged: category(unjudged),
    notApplicableWithoutJustification: category(unjustified),
    notSatisfied: category(notSatisfied),
    needsInformation: category(needsInformation),
    openMajorFindings: category(majors.map((f) => ({ findingId: f.id, requirementId: f.requirementId }))),
    expiredEvidence: category(expired),
    coveredByConditions: covered,
    ready: base && notSatisfied.length === 0 && needsInformation.length === 0 && covered === 0,
    readyWithConditions: base && notSatisfied.length === 0 && needsInformation.length === 0,
  };
}

/**
 * The relied-on evidence versions past their valid-until date today, each once, in manifest
 * order. Format 2 entries froze the version's dates; format 1 entries froze none, so the
 * evidence item's current valid-until stands in (as in `reliedEvidence`).
 */
async function expiredEvidence(em: EntityManager, submissionId: string, scope: DecisionScope): Promise<ReadinessEvidence[]> {
  // Every relied-on version once (its first entry in manifest order), with the valid-until frozen with it, if any.
  const rows: { evidence_id: string; version_id: string; frozen: boolean; valid_until: string | null; requirement_id: string; ref: string }[] = await em.query(
    `SELECT evidence_id, version_id, frozen, valid_until, requirement_id, ref FROM (
       SELECT DISTINCT ON (x->>'versionId') x->>'evidenceId' AS evidence_id, x->>'versionId' AS version_id,
              x ? 'effectiveDate' AS frozen, x->>'validUntil' AS valid_until,
              se.requirement_id, se.content->>'ref' AS ref, se.position
         FROM submission_entries se
         LEFT JOIN verdicts v ON v.submission_id = se.submission_id AND v.requirement_id = se.requirement_id
        CROSS JOIN LATERAL jsonb_array_elements(se.content->'evidence') x
        WHERE se.submission_id = $1 AND se.content->>'frameworkId' = ANY ($2::text[]) AND v.outcome IS DISTINCT FROM 'not_applicable'
        ORDER BY x->>'versionId', se.position) relied
      ORDER BY position, version_id`,
    [submissionId, scope.frameworkIds],
  );
  // Format 1 entries froze no dates: the evidence items' current valid-until stands in (as in `reliedEvidence`).
  const undated = [...new Set(rows.filter((r) => !r.frozen).map((r) => r.evidence_id))];
  const current = new Map((undated.length ? await evidenceDates(em, undated) : []).map((e) => [e.id, e.validUntil]));
  const today = new Date().toISOString().slice(0, 10);
  return rows.flatMap((r) => {
    const validUntil = r.frozen ? r.valid_until : (current.get(r.evidence_id) ?? null);
    return validUntil !== null && validUntil < today
      ? [{ evidenceId: r.evidence_id, versionId: r.version_id, validUntil, requirementId: r.requirement_id, ref: r.ref }]
      : [];
  });
}

/** 422 naming what a positive outcome still lacks: counts per category and the first ids. */
export function assertReady(r: DecisionReadiness): void {
  if (r.readyWithConditions) return;
  const refs = (c: ReadinessCategory<ReadinessRequirement>) => c.first.map((x) => `${x.ref} (${x.requirementId})`).join(', ');
  const errors: { field: string; message: string }[] = [];
  if (r.unjudged.count)
    errors.push({
      field: 'verdicts',
      message: `${r.unjudged.count} applicable requirement(s) have no verdict in submission ${r.submissionNumber}; first: ${refs(r.unjudged)}`,
    });
  if (r.notApplicableWithoutJustification.count) {
    errors.push({
      field: 'verdicts',
      message: `${r.notApplicableWithoutJustification.count} not_applicable verdict(s) have no justification; first: ${refs(r.notApplicableWithoutJustification)}`,
    });
  }
  if (r.notSatisfied.count)
    errors.push({
      field: 'verdicts',
      message: `${r.notSatisfied.count} requirement(s) are not_satisfied and no condition rests on a finding of them; first: ${refs(r.notSatisfied)}`,
    });
  if (r.needsInformation.count)
    errors.push({
      field: 'verdicts',
      message: `${r.needsInformation.count} requirement(s) need information and no condition rests on a finding of them; first: ${refs(r.needsInformation)}`,
    });
  if (r.openMajorFindings.count)
    errors.push({
      field: 'findings',
      message: `${r.openMajorFindings.count} major nonconformit${r.openMajorFindings.count === 1 ? 'y is' : 'ies are'} open; first: ${r.openMajorFindings.first.map((f) => f.findingId).join(', ')}`,
    });
  if (r.expiredEvidence.count)
    errors.push({
      field: 'evidence',
      message: `${r.expiredEvidence.count} evidence version(s) relied on have expired; first: ${r.expiredEvidence.first
        .map((e) => `${e.evidenceId} (valid until ${e.validUntil}, ${e.ref})`)
        .join(', ')}`,
    });
  throw new ReviewsError(ReviewsErrorCode.DecisionNotReady, `A positive decision rests on verdicts: ${errors.map((e) => e.message).join('; ')}.`, {
    errors,
    extensions: {
      readiness: r,
      unjudged: r.unjudged.count,
      notSatisfied: r.notSatisfied.count,
      needsInformation: r.needsInformation.count,
      openMajorFindings: r.openMajorFindings.count,
      expiredEvidence: r.expiredEvidence.count,
      notApplicableWithoutJustification: r.notApplicableWithoutJustification.count,
    },
  });
}
