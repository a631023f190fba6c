import { Injectable } from '@nestjs/common';
import { frameworkSummaries, oscalControlRefs, requirementSummaries } from '@attesta/catalog';
import { Actor, AppConfig, Db, scopeOf } from '@attesta/core';
import { offeringComponents, offeringSummary } from '@attesta/offerings';
import { latestSubmissionNumber, oscalOpenFindings, oscalSubmissionRecord, type OscalFindingRecord } from '@attesta/reviews';
import { attestedObjectives } from '@attesta/service-levels';
import { workspaceContext, type WorkspaceContext } from '@attesta/workspaces';
import { EntityManager } from 'typeorm';
import { AttestationsError, AttestationsErrorCode } from './attestations.errors.js';
import { AttestationEntity } from './entities/attestation.entity.js';
import {
  buildAssessmentPlan,
  buildAssessmentResults,
  buildComponentDefinition,
  buildPoam,
  type OscalComponent,
  type OscalControl,
  type OscalParty,
  type OscalReviewFinding,
  type ReviewDocumentsInput,
} from './oscal-documents.js';

/**
 * OSCAL exports of the review, for the participants who may read it (owner, contributors,
 * assessors): the assessment plan of a submission, the assessment results of a decided one, the
 * open findings as a POA&M and the offering's component definition. Control ids are the ids of
 * the frameworks' own OSCAL catalog exports (the source catalog's ids when imported).
 */
@Injectable()
export class OscalExportService {
  constructor(
    private readonly db: Db,
    private readonly config: AppConfig,
  ) {}

  async assessmentPlan(actor: Actor, workspaceId: string, number: number): Promise<Record<string, unknown>> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const ctx = await workspaceContext(em, actor, workspaceId, 'read', 'Submission');
      const record = await oscalSubmissionRecord(em, workspaceId, number);
      if (!record) throw new AttestationsError(AttestationsErrorCode.SubmissionNotFound, 'Submission not found.');
      return buildAssessmentPlan(await this.reviewInput(em, ctx, record));
    });
  }

  async assessmentResults(actor: Actor, workspaceId: string, number: number): Promise<Record<string, unknown>> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const ctx = await workspaceContext(em, actor, workspaceId, 'read', 'Verdict');
      const record = await oscalSubmissionRecord(em, workspaceId, number);
      if (!record) throw new AttestationsError(AttestationsErrorCode.SubmissionNotFound, 'Submission not found.');
      const decision = record.decision;
      if (!decision)
        throw new AttestationsError(
          AttestationsErrorCode.SubmissionNotDecided,
          'The submission has no final decision yet; its assessment results are exported once decided.',
        );
      const base = await this.reviewInput(
        em,
        ctx,
        record,
        record.findings.map((f) => f.requirementId),
      );
      const attestation = await em
        .getRepository(AttestationEntity)
        .findOne({ select: { serial: true }, where: { decisionId: decision.id }, order: { issuedAt: 'DESC' } });
      return buildAssessmentResults({
        ...base,
        assessor: await this.organization(em, decision.organizationId),
        decision,
        attestationSerial: attestation?.serial ?? null,
        verdicts: record.verdicts,
        findings: record.findings.map(toReviewFinding),
      });
    });
  }

  async poam(actor: Actor, workspaceId: string): Promise<Record<string, unknown>> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const ctx = await workspaceContext(em, actor, workspaceId, 'read', 'Finding');
      const findings = await oscalOpenFindings(em, workspaceId);
      const offering = await this.offering(em, ctx);
      const controls = await this.controls(
        em,
        findings.map((f) => f.requirementId),
      );
      const doc = buildPoam({
        baseUrl: this.config.PUBLIC_BASE_URL,
        workspace: { id: workspaceId, name: ctx.workspace.name },
        offering,
        supplier: await this.organization(em, ctx.workspace.organizationId),
        assessor: findings[0] ? await this.organization(em, findings[0].organizationId) : null,
        components: await this.components(em, ctx),
        frameworks: await this.frameworks(em, controls),
        controls,
        findings: findings.map(toReviewFinding),
      });
      if (!doc) throw new AttestationsError(AttestationsErrorCode.NoOpenFindings, 'The workspace has no open findings: there is no plan of action to export.');
      return doc;
    });
  }

  /** The workspace's offering as a component definition; implemented requirements from the latest submission's evidence. */
  async componentDefinition(actor: Actor, workspaceId: string): Promise<Record<string, unknown>> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const ctx = await workspaceContext(em, actor, workspaceId, 'read', 'Submission');
      const latest = await latestSubmissionNumber(em, workspaceId);
      const record = latest !== null ? await oscalSubmissionRecord(em, workspaceId, latest) : null;
      const requirementIds = record ? record.entries.map((e) => e.requirementId) : [];
      const controls = await this.controls(em, requirementIds);
      const components = await this.components(em, ctx);
      return buildComponentDefinition({
        baseUrl: this.config.PUBLIC_BASE_URL,
        workspace: { id: workspaceId, name: ctx.workspace.name },
        offering: await this.offering(em, ctx),
        supplier: await this.organization(em, ctx.workspace.organizationId),
        components: components.map((c) => ({ ...c, createdAt: new Date(0) })),
        frameworks: await this.frameworks(em, controls),
        controls,
        entries: visibleEntries(ctx, record?.entries ?? []),
        asOf: record?.submission.submittedAt ?? null,
        serviceLevels: record ? await attestedObjectives(em, record.submission.id) : [],
      });
    });
  }

  private async reviewInput(
    em: EntityManager,
    ctx: WorkspaceContext,
    record: NonNullable<Awaited<ReturnType<typeof oscalSubmissionRecord>>>,
    extraRequirementIds: string[] = [],
  ): Promise<ReviewDocumentsInput> {
    const controls = await this.controls(em, [...record.entries.map((e) => e.requirementId), ...extraRequirementIds]);
    return {
      baseUrl: this.config.PUBLIC_BASE_URL,
      workspace: { id: ctx.workspace.id, name: ctx.workspace.name },
      offering: await this.offering(em, ctx),
      supplier: await this.organization(em, ctx.workspace.organizationId),
      assessor: null,
      components: await this.components(em, ctx),
      frameworks: await this.frameworks(em, controls),
      controls,
      submission: record.submission,
      entries: visibleEntries(ctx, record.entries),
    };
  }

  private async controls(em: EntityManager, requirementIds: string[]): Promise<Map<string, OscalControl>> {
    const ids = [...new Set(requirementIds)];
    if (!ids.length) return new Map();
    const refs = await oscalControlRefs(em, ids);
    const summaries = await requirementSummaries(em, ids);
    return new Map(
      summaries
        .filter((r) => refs.has(r.id))
        .map((r) => [r.id, { requirementId: r.id, frameworkId: r.frameworkId, ref: r.ref, title: r.title, ...refs.get(r.id)! }]),
    );
  }

  private async frameworks(em: EntityManager, controls: Map<string, OscalControl>) {
    return frameworkSummaries(
      em,
      [...controls.values()].map((c) => c.frameworkId),
      { orderBy: 'code' },
    );
  }

  private async components(em: EntityManager, ctx: WorkspaceContext): Promise<OscalComponent[]> {
    return (await offeringComponents(em, ctx.workspace.offeringId)).map((c) => ({
      id: c.id,
      name: c.name,
      kind: c.kind,
      version: c.version,
      serviceCategory: c.serviceCategory,
    }));
  }

  private async offering(em: EntityManager, ctx: WorkspaceContext): Promise<{ id: string; name: string; description: string }> {
    const o = await offeringSummary(em, ctx.workspace.offeringId);
    return { id: ctx.workspace.offeringId, name: o?.name ?? '', description: o?.description ?? '' };
  }

  private async organization(em: EntityManager, id: string): Promise<OscalParty | null> {
    const [row] = (await em.query('SELECT id, name FROM org_public_profiles($1::uuid[])', [[id]])) as { id: string; name: string }[];
    return row ?? null;
  }
}

/**
 * A contributor reads only the evidence of the components it provides, in an export as in the
 * submission's manifest and the evidence list: another party's evidence (its title, file name,
 * hash and download route) stays out of the observations, back-matter and implemented
 * requirements it is given.
 */
function visibleEntries<T extends { evidence: { componentId: string | null }[] }>(ctx: WorkspaceContext, entries: T[]): T[] {
  if (ctx.role !== 'contributor') return entries;
  const mine = new Set(ctx.participant.componentIds);
  return entries.map((e) => ({ ...e, evidence: e.evidence.filter((v) => v.componentId !== null && mine.has(v.componentId)) }));
}

function toReviewFinding(f: OscalFindingRecord): OscalReviewFinding {
  return {
    id: f.id,
    requirementId: f.requirementId,
    severity: f.severity,
    title: f.title,
    description: f.description,
    status: f.status,
    dueDate: f.dueDate,
    createdAt: f.createdAt,
    updatedAt: f.updatedAt,
    responses: f.responses.map((r) => ({ id: r.id, kind: r.kind, text: r.text, createdAt: r.createdAt })),
  };
}
