import { Injectable } from '@nestjs/common';
import { assertCan } from '@attesta/access';
import { ACCREDITATION_ARRANGEMENTS } from '@attesta/accreditation';
import { AuditService } from '@attesta/audit';
import { frameworkSummaries } from '@attesta/catalog';
import { Actor, Db, type FieldIssue, isMarketCode, keysetPage, newId, type Page, scopeOf } from '@attesta/core';
import { MappingCollectionEntity } from './entities/mapping-collection.entity.js';
import { RecognitionRuleEntity } from './entities/recognition-rule.entity.js';
import { RecognitionError, RecognitionErrorCode } from './recognition.errors.js';

export interface RecognitionRuleInput {
  market: string;
  sourceFrameworkId: string;
  targetFrameworkId: string;
  mappingCollectionId: string;
  arrangements?: string[];
  acceptsResidualGaps?: boolean;
  residualRequirements?: string | null;
  title: string;
  illustrative?: boolean;
}

export interface RecognitionRuleView {
  id: string;
  organizationId: string | null;
  market: string;
  sourceFrameworkId: string;
  targetFrameworkId: string;
  mappingCollectionId: string;
  arrangements: string[];
  acceptsResidualGaps: boolean;
  residualRequirements: string | null;
  title: string;
  illustrative: boolean;
  createdAt: string;
}

/**
 * Recognition rules: what a market accepts as meeting a target scheme. Everyone reads them
 * (they are public statements); an organization (a procurer for its tenders, a scheme owner)
 * writes its own; rules of no organization are the platform operator's. Writing needs
 * `create Mapping` (owners and admins, `catalog:write` keys).
 */
@Injectable()
export class RecognitionRulesService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: RecognitionRuleInput): Promise<RecognitionRuleView> {
    assertCan(actor, 'create', 'Mapping');
    const issues: FieldIssue[] = [];
    const market = input.market.toUpperCase();
    if (!isMarketCode(market)) issues.push({ field: 'market', message: 'must be an ISO 3166-1 alpha-2 code' });
    const arrangements = [...new Set((input.arrangements ?? []).map((a) => a.trim()))];
    arrangements.forEach((a, i) => {
      if (!(ACCREDITATION_ARRANGEMENTS as readonly string[]).includes(a))
        issues.push({ field: `arrangements.${i}`, message: `must be one of ${ACCREDITATION_ARRANGEMENTS.join(', ')}` });
    });
    if (input.sourceFrameworkId === input.targetFrameworkId) issues.push({ field: 'targetFrameworkId', message: 'must differ from sourceFrameworkId' });
    // The title is how reports and pathways name the rule: blank after trimming would store an empty one.
    if (!input.title.trim()) issues.push({ field: 'title', message: 'must not be blank' });
    if (issues.length)
      throw new RecognitionError(RecognitionErrorCode.InvalidRule, `Invalid rule: ${issues[0]!.field} ${issues[0]!.message}.`, { errors: issues });
    return this.db.tx(scopeOf(actor), async (em) => {
      const frameworks = await frameworkSummaries(em, [input.sourceFrameworkId, input.targetFrameworkId]);
      for (const field of ['sourceFrameworkId', 'targetFrameworkId'] as const)
        if (!frameworks.some((f) => f.id === input[field])) issues.push({ field, message: 'names no framework you can use' });
      const collection = await em.getRepository(MappingCollectionEntity).findOne({ where: { id: input.mappingCollectionId } });
      if (!collection) issues.push({ field: 'mappingCollectionId', message: 'names no mapping collection you can read' });
      else if (!collection.frameworkMappings.some((m) => m.sourceFrameworkId === input.sourceFrameworkId && m.targetFrameworkId === input.targetFrameworkId))
        issues.push({ field: 'mappingCollectionId', message: 'maps no requirement of the source framework to the target framework' });
      if (issues.length)
        throw new RecognitionError(RecognitionErrorCode.InvalidRule, `Invalid rule: ${issues[0]!.field} ${issues[0]!.message}.`, { errors: issues });
      const rule = em.getRepository(RecognitionRuleEntity).create({
        id: newId(),
        organizationId: actor.organizationId,
        market,
        sourceFrameworkId: input.sourceFrameworkId,
        targetFrameworkId: input.targetFrameworkId,
        mappingCollectionId: input.mappingCollectionId,
        arrangements,
        acceptsResidualGaps: input.acceptsResidualGaps ?? true,
        residualRequirements: input.residualRequirements?.trim() || null,
        title: input.title.trim(),
        illustrative: input.illustrative ?? false,
        createdAt: new Date(),
      });
      await em.getRepository(RecognitionRuleEntity).insert(rule);
      await this.audit.record(
        em,
        actor,
        { type: 'organization', id: actor.organizationId },
        {
          action: 'recognition_rule.created',
          subjectType: 'RecognitionRule',
          subjectId: rule.id,
          payload: {
            market,
            sourceFrameworkId: rule.sourceFrameworkId,
            targetFrameworkId: rule.targetFrameworkId,
            mappingCollectionId: rule.mappingCollectionId,
          },
        },
      );
      return toRuleView(rule);
    });
  }

  async list(actor: Actor, filter: { market?: string }, page: { limit?: number; cursor?: string }): Promise<Page<RecognitionRuleView>> {
    assertCan(actor, 'read', 'Mapping');
    return this.db.tx(scopeOf(actor), async (em) => {
      const qb = em.getRepository(RecognitionRuleEntity).createQueryBuilder('r');
      if (filter.market) qb.where('r.market = :market', { market: filter.market.toUpperCase() });
      const result = await keysetPage(qb, { ...page, keys: [{ column: 'r.id', read: (r) => r.id }] });
      return { data: result.data.map(toRuleView), nextCursor: result.nextCursor };
    });
  }

  async get(actor: Actor, id: string): Promise<RecognitionRuleView> {
    assertCan(actor, 'read', 'Mapping');
    return this.db.tx(scopeOf(actor), async (em) => {
      const rule = await em.getRepository(RecognitionRuleEntity).findOne({ where: { id } });
      if (!rule) throw new RecognitionError(RecognitionErrorCode.RuleNotFound, 'Recognition rule not found.');
      return toRuleView(rule);
    });
  }

  /** Only the rule's owner deletes it; to others it is read-only (403), to no one invisible. */
  async remove(actor: Actor, id: string): Promise<void> {
    assertCan(actor, 'create', 'Mapping');
    await this.db.tx(scopeOf(actor), async (em) => {
      const rule = await em.getRepository(RecognitionRuleEntity).findOne({ where: { id } });
      if (!rule) throw new RecognitionError(RecognitionErrorCode.RuleNotFound, 'Recognition rule not found.');
      if (rule.organizationId !== actor.organizationId) throw new RecognitionError(RecognitionErrorCode.NotOwner, 'Only the owner of a rule deletes it.');
      await em.getRepository(RecognitionRuleEntity).delete({ id });
      await this.audit.record(
        em,
        actor,
        { type: 'organization', id: actor.organizationId },
        {
          action: 'recognition_rule.deleted',
          subjectType: 'RecognitionRule',
          subjectId: id,
          payload: { market: rule.market },
        },
      );
    });
  }
}

function toRuleView(r: RecognitionRuleEntity): RecognitionRuleView {
  return {
    id: r.id,
    organizationId: r.organizationId,
    market: r.market,
    sourceFrameworkId: r.sourceFrameworkId,
    targetFrameworkId: r.targetFrameworkId,
    mappingCollectionId: r.mappingCollectionId,
    arrangements: r.arrangements,
    acceptsResidualGaps: r.acceptsResidualGaps,
    residualRequirements: r.residualRequirements,
    title: r.title,
    illustrative: r.illustrative,
    createdAt: new Date(r.createdAt).toISOString(),
  };
}
