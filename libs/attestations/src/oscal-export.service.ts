import { Injectable } from '@nestjs/common';
import { frameworkSummaries, requirementSummaries } from '@attesta/catalog';
import { Actor, AppConfig, Db, scopeOf } from '@attesta/core';
import { offeringSummary } from '@attesta/offerings';
import { decidedSubmissionRecord, openFindingRecords, type FindingRecord } from '@attesta/reviews';
import { workspaceContext, type WorkspaceContext } from '@attesta/workspaces';
import { EntityManager } from 'typeorm';
import { AttestationsError, AttestationsErrorCode } from './attestations.errors.js';
import { buildAssessmentResults, buildPoam, type OscalEvidence, type OscalFinding, type OscalRequirement } from './oscal-export.js';

/**
 * OSCAL exports of the review, for the participants who may read it (owner, contributors,
 * assessors): a decided submission as assessment results, the open findings as a POA&M.
 */
@Injectable()
export class OscalExportService {
  constructor(
    private readonly db: Db,
    private readonly config: AppConfig,
  ) {}

  async assessmentResults(actor: Actor, workspaceId: string, number: number): Promise<Record<string, unknown>> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const ctx = await workspaceContext(em, actor, workspaceId, 'read', 'Verdict');
      const record = await decidedSubmissionRecord(em, workspaceId, number);
      if (record === 'not_found') throw new AttestationsError(AttestationsErrorCode.SubmissionNotFound, 'Submission not found.');
      if (record === 'not_decided')
        throw new AttestationsError(
          AttestationsErrorCode.SubmissionNotDecided,
          'The submission has no final decision yet; its assessment results are exported once decided.',
        );
      const { submission, decision, entries, verdicts, findings } = record;
      const requirements = await this.requirements(
        em,
        entries.map((e) => e.requirementId),
      );
      const evidenceByRequirement: Record<string, OscalEvidence[]> = Object.fromEntries(entries.map((e) => [e.requirementId, e.evidence]));
      return buildAssessmentResults({
        workspace: { id: workspaceId, name: ctx.workspace.name },
        offering: { name: await this.offeringName(em, ctx) },
        submission,
        decision: {
          id: decision.id,
          outcome: decision.outcome,
          scopeStatement: decision.scopeStatement,
          decidedAt: decision.finalizedAt ?? decision.createdAt,
          validFrom: decision.validFrom,
          validUntil: decision.validUntil,
        },
        assessor: await this.organization(em, decision.organizationId),
        requirements,
        evidenceByRequirement,
        verdicts: verdicts.map((v) => ({ id: v.id, requirementId: v.requirementId, outcome: v.outcome, comment: v.comment, recordedAt: v.updatedAt })),
        findings: findings.map(toFinding),
        generatedAt: new Date(),
        publicBaseUrl: this.config.PUBLIC_BASE_URL,
      });
    });
  }

  async poam(actor: Actor, workspaceId: string): Promise<Record<string, unknown>> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const ctx = await workspaceContext(em, actor, workspaceId, 'read', 'Finding');
      const findings = await openFindingRecords(em, workspaceId);
      const doc = buildPoam({
        workspace: { id: workspaceId, name: ctx.workspace.name },
        offering: { name: await this.offeringName(em, ctx) },
        requirements: await this.requirements(
          em,
          findings.map((f) => f.requirementId),
        ),
        findings: findings.map(toFinding),
        generatedAt: new Date(),
        assessor: findings[0] ? await this.organization(em, findings[0].organizationId) : null,
      });
      if (!doc) throw new AttestationsError(AttestationsErrorCode.NoOpenFindings, 'The workspace has no open findings: there is no plan of action to export.');
      return doc;
    });
  }

  private async requirements(em: EntityManager, ids: string[]): Promise<OscalRequirement[]> {
    if (ids.length === 0) return [];
    const reqs = await requirementSummaries(em, ids);
    const fws = await frameworkSummaries(
      em,
      reqs.map((r) => r.frameworkId),
    );
    const code = new Map(fws.map((f) => [f.id, f.code]));
    const byId = new Map(reqs.map((r) => [r.id, { id: r.id, ref: r.ref, title: r.title, frameworkCode: code.get(r.frameworkId) ?? 'framework' }]));
    return [...new Set(ids)].map((id) => byId.get(id)).filter((r): r is OscalRequirement => r !== undefined);
  }

  private async offeringName(em: EntityManager, ctx: WorkspaceContext): Promise<string> {
    return (await offeringSummary(em, ctx.workspace.offeringId))?.name ?? '';
  }

  private async organization(em: EntityManager, id: string): Promise<{ id: string; name: string } | null> {
    const [row] = (await em.query('SELECT id, name FROM org_public_profiles($1::uuid[])', [[id]])) as { id: string; name: string }[];
    return row ?? null;
  }
}

function toFinding(f: FindingRecord): OscalFinding {
  return {
    id: f.id,
    requirementId: f.requirementId,
    severity: f.severity,
    title: f.title,
    description: f.description,
    status: f.status,
    dueDate: f.dueDate,
    raisedAt: f.createdAt,
  };
}
