import { listedBodyArrangements } from '@attesta/accreditation';
import { frameworkSummaries, requirementDetails } from '@attesta/catalog';
import { EntityManager, In } from 'typeorm';
import { MappingCollectionEntryEntity } from './entities/mapping-collection-entry.entity.js';
import { MappingCollectionEntity } from './entities/mapping-collection.entity.js';
import { RecognitionRuleEntity } from './entities/recognition-rule.entity.js';
import { residualGaps, type GapResult } from './residual-gaps.js';

/** A way to meet target framework T in market M: a rule, its approved mapping collection, and what remains. */
export interface RecognitionRoute {
  rule: {
    id: string;
    title: string;
    market: string;
    ownerOrganizationId: string | null;
    arrangements: string[];
    acceptsResidualGaps: boolean;
    residualRequirements: string | null;
    illustrative: boolean;
  };
  collection: { id: string; code: string; version: string; title: string };
  source: { id: string; code: string; version: string };
  target: { id: string; code: string; version: string };
  coverage: Omit<GapResult, 'gaps'>;
  residualGaps: GapResult['gaps'];
}

/**
 * Recognition routes for the target frameworks in one market, from the rules of the platform
 * operator and of `ruleOwnerIds` (a tender's procurer, a workspace's participants), through
 * APPROVED mapping collections only (an owner reads its own drafts under row-level security;
 * they never count). A bounded number of queries whatever the number of rules. Runs on the
 * caller's transaction.
 */
export async function recognitionRoutes(
  em: EntityManager,
  input: { targetFrameworkIds: readonly string[]; market: string; ruleOwnerIds: readonly string[] },
): Promise<RecognitionRoute[]> {
  if (!input.targetFrameworkIds.length) return [];
  const rules = await em
    .getRepository(RecognitionRuleEntity)
    .createQueryBuilder('r')
    .where('r.market = :market', { market: input.market.toUpperCase() })
    .andWhere('r.targetFrameworkId IN (:...targets)', { targets: [...new Set(input.targetFrameworkIds)] })
    .andWhere(input.ruleOwnerIds.length ? '(r.organizationId IS NULL OR r.organizationId IN (:...owners))' : 'r.organizationId IS NULL', {
      owners: [...new Set(input.ruleOwnerIds)],
    })
    .orderBy('r.createdAt', 'ASC')
    .addOrderBy('r.id', 'ASC')
    .getMany();
  if (!rules.length) return [];
  const collections = new Map(
    (
      await em.getRepository(MappingCollectionEntity).find({
        where: { id: In([...new Set(rules.map((r) => r.mappingCollectionId))]), approvalStatus: 'approved' },
      })
    ).map((c) => [c.id, c]),
  );
  const usable = rules.filter((r) => collections.has(r.mappingCollectionId));
  if (!usable.length) return [];
  const frameworkIds = [...new Set(usable.flatMap((r) => [r.sourceFrameworkId, r.targetFrameworkId]))];
  const frameworks = new Map((await frameworkSummaries(em, frameworkIds)).map((f) => [f.id, f]));
  const requirements = await requirementDetails(em, frameworkIds);
  const requirementById = new Map(requirements.map((r) => [r.id, r]));
  const entries = await em.getRepository(MappingCollectionEntryEntity).find({
    where: { collectionId: In([...collections.keys()]) },
    order: { collectionId: 'ASC', mappingIndex: 'ASC', sortOrder: 'ASC' },
  });

  const out: RecognitionRoute[] = [];
  for (const r of usable) {
    const c = collections.get(r.mappingCollectionId)!;
    const source = frameworks.get(r.sourceFrameworkId);
    const target = frameworks.get(r.targetFrameworkId);
    if (!source || !target) continue;
    const maps = entries
      .filter((e) => e.collectionId === c.id)
      .map((e) => ({ e, s: requirementById.get(e.sourceRequirementId), t: requirementById.get(e.targetRequirementId) }))
      .filter(({ s, t }) => s?.frameworkId === source.id && t?.frameworkId === target.id)
      .map(({ e, s }) => ({ sourceRef: s!.ref, targetRequirementId: e.targetRequirementId, relationship: e.relationship, remarks: e.remarks }));
    // A collection may hold the pair in several mappings: what any of their target gap summaries lists stays unmapped,
    // as the maps of all of them count.
    const declaredUnmapped = c.frameworkMappings
      .filter((m) => m.sourceFrameworkId === source.id && m.targetFrameworkId === target.id)
      .flatMap((m) => m.targetGapSummary?.unmappedRefs ?? []);
    const result = residualGaps({
      targetControls: requirements.filter((q) => q.frameworkId === target.id && q.kind === 'control'),
      maps,
      declaredUnmapped,
    });
    const { gaps, ...coverage } = result;
    out.push({
      rule: {
        id: r.id,
        title: r.title,
        market: r.market,
        ownerOrganizationId: r.organizationId,
        arrangements: r.arrangements,
        acceptsResidualGaps: r.acceptsResidualGaps,
        residualRequirements: r.residualRequirements,
        illustrative: r.illustrative,
      },
      collection: { id: c.id, code: c.code, version: c.version, title: c.title },
      source: { id: source.id, code: source.code, version: source.version },
      target: { id: target.id, code: target.code, version: target.version },
      coverage,
      residualGaps: gaps,
    });
  }
  return out;
}

/**
 * The accreditation arrangements of the issuers' accreditation bodies, by body name (the trust
 * list is public; the body is named in the accreditation claim frozen in each attestation).
 */
export async function arrangementsOfBodies(em: EntityManager, bodyNames: readonly string[]): Promise<Map<string, string[]>> {
  return listedBodyArrangements(em, bodyNames);
}
