import { Injectable } from '@nestjs/common';
import { assertCan } from '@attesta/access';
import { frameworkSummaries } from '@attesta/catalog';
import { Actor, Db, isMarketCode, scopeOf, spreadsheetSafeCast } from '@attesta/core';
import { workspaceContext, workspaceFrameworkIds, workspaceParticipantOrganizationIds } from '@attesta/workspaces';
import { stringify } from 'csv-stringify/sync';
import { EntityManager } from 'typeorm';
import { arrangementsOfBodies, recognitionRoutes, type RecognitionRoute } from './recognition.read-model.js';
import { RecognitionError, RecognitionErrorCode } from './recognition.errors.js';
import type { ResidualGap } from './residual-gaps.js';

export type PathwayOutcome = 'accept' | 'accept_with_residual_gaps' | 'reassess';

/** An attestation of the workspace's offering, as the pathway cites it. */
export interface PathwayAttestation {
  id: string;
  serial: string;
  issuerName: string;
  validUntil: string;
}

export interface FrameworkPathway {
  framework: { id: string; code: string; version: string; title: string };
  outcome: PathwayOutcome;
  /** How: `direct` (an attestation for the framework covering the market), `mapping` (a rule and an approved mapping collection), or none. */
  path: 'direct' | 'mapping' | null;
  attestation: PathwayAttestation | null;
  rule: RecognitionRoute['rule'] | null;
  collection: RecognitionRoute['collection'] | null;
  source: RecognitionRoute['source'] | null;
  coverage: RecognitionRoute['coverage'] | null;
  residualGaps: ResidualGap[];
  /** Why this outcome, in words. */
  reasons: string[];
}

export interface RecognitionPathways {
  workspaceId: string;
  market: string;
  computedAt: string;
  /** Seeded rules are examples; a rule's `illustrative` flag says so. */
  notice: string;
  frameworks: FrameworkPathway[];
}

interface OfferingAttestation {
  id: string;
  serial: string;
  issuerName: string;
  status: string;
  frameworkIds: string[];
  markets: string[];
  validFrom: string;
  validUntil: string;
  bodyName: string | null;
}

const NOTICE =
  'Computed from approved mapping collections, recognition rules and the offering’s attestations. Rules marked illustrative are examples, not legal advice.';

/**
 * Recognition pathways of a workspace for one target market: for each target framework of the
 * workspace, and each framework a rule of that market recognises, whether the market accepts
 * the offering as it is (directly or through an approved mapping with nothing left), accepts it
 * with residual gaps (listed, with the evidence that closes them), or needs a reassessment.
 * Any participant of the workspace who may read its gap analysis may read them.
 */
@Injectable()
export class RecognitionPathwaysService {
  constructor(private readonly db: Db) {}

  /** `market` defaults to the workspace's first target market. */
  async pathways(actor: Actor, workspaceId: string, market?: string): Promise<RecognitionPathways> {
    assertCan(actor, 'read', 'GapAnalysis');
    const given = market?.toUpperCase();
    if (given !== undefined && !isMarketCode(given))
      throw new RecognitionError(RecognitionErrorCode.InvalidRule, 'The market must be an ISO 3166-1 alpha-2 code.', {
        errors: [{ field: 'market', message: 'must be an ISO 3166-1 alpha-2 code' }],
      });
    return this.db.tx(scopeOf(actor), async (em) => {
      const ctx = await workspaceContext(em, actor, workspaceId, 'read', 'GapAnalysis');
      const m = given ?? [...ctx.workspace.targetMarkets].sort()[0] ?? 'TH';
      const targets = await workspaceFrameworkIds(em, workspaceId);
      // Rules of the operator and of the parties relying on the offering (observers, e.g. the procurer): never those of
      // the supplier side or the assessor, who could otherwise state a rule (and map a collection) that makes their
      // own attestation count, whoever reads the pathway.
      const owners = await workspaceParticipantOrganizationIds(em, workspaceId, ['observer']);
      const ruleTargets = (await em.query(
        `SELECT DISTINCT target_framework_id FROM recognition_rules WHERE market = $1 AND (organization_id IS NULL OR organization_id = ANY($2::uuid[]))`,
        [m, owners],
      )) as { target_framework_id: string }[];
      const frameworkIds = [...new Set([...targets, ...ruleTargets.map((r) => r.target_framework_id)])];
      const frameworks = await frameworkSummaries(em, frameworkIds, { orderBy: 'code' });
      const routes = await recognitionRoutes(em, { targetFrameworkIds: frameworks.map((f) => f.id), market: m, ruleOwnerIds: owners });
      const attestations = await this.offeringAttestations(em, ctx.workspace.offeringId);
      const arrangements = await arrangementsOfBodies(
        em,
        attestations.flatMap((a) => (a.bodyName ? [a.bodyName] : [])),
      );
      const now = Date.now();
      const current = attestations.filter((a) => a.status === 'active' && Date.parse(a.validFrom) <= now && Date.parse(a.validUntil) > now);
      const acceptsGaps = (r: RecognitionRoute) => !r.residualGaps.length || r.rule.acceptsResidualGaps;
      const cite = (a: OfferingAttestation): PathwayAttestation => ({ id: a.id, serial: a.serial, issuerName: a.issuerName, validUntil: a.validUntil });

      const out: FrameworkPathway[] = frameworks.map((f) => {
        const base = { framework: { id: f.id, code: f.code, version: f.version, title: f.title }, rule: null, collection: null, source: null, coverage: null };
        const direct = current.find((a) => a.frameworkIds.includes(f.id) && a.markets.includes(m));
        if (direct)
          return {
            ...base,
            outcome: 'accept',
            path: 'direct',
            attestation: cite(direct),
            residualGaps: [],
            reasons: [`Attestation ${direct.serial} covers ${f.code}@${f.version} in ${m}.`],
          };
        const candidates = routes
          .filter((r) => r.target.id === f.id)
          .map((r) => {
            const holders = current.filter((a) => a.frameworkIds.includes(r.source.id));
            const eligible = holders.filter(
              (a) => !r.rule.arrangements.length || (a.bodyName !== null && (arrangements.get(a.bodyName) ?? []).some((x) => r.rule.arrangements.includes(x))),
            );
            return { r, holders, attestation: eligible[0] ?? null };
          })
          // A route that holds (an eligible attestation, gaps the rule accepts) before one that does not, then fewer gaps.
          .sort(
            (x, y) =>
              Number(!x.attestation) - Number(!y.attestation) ||
              Number(!acceptsGaps(x.r)) - Number(!acceptsGaps(y.r)) ||
              x.r.residualGaps.length - y.r.residualGaps.length,
          );
        const best = candidates[0];
        if (!best)
          return {
            ...base,
            outcome: 'reassess',
            path: null,
            attestation: null,
            residualGaps: [],
            reasons: [`No attestation covers ${f.code}@${f.version} in ${m}, and no recognition rule of ${m} with an approved mapping leads to it.`],
          };
        const { r } = best;
        const route = { rule: r.rule, collection: r.collection, source: r.source, coverage: r.coverage };
        const gaps = r.residualGaps;
        if (!best.attestation) {
          const why = best.holders.length
            ? `The issuer of the ${r.source.code}@${r.source.version} attestation is not accredited under ${r.rule.arrangements.join(' or ')}, as rule “${r.rule.title}” requires.`
            : `No current attestation covers ${r.source.code}@${r.source.version}, the scheme rule “${r.rule.title}” recognises.`;
          return { ...base, ...route, outcome: 'reassess', path: null, attestation: null, residualGaps: gaps, reasons: [why] };
        }
        const via = `${r.collection.code} ${r.collection.version}`;
        if (!gaps.length)
          return {
            ...base,
            ...route,
            outcome: 'accept',
            path: 'mapping',
            attestation: cite(best.attestation),
            residualGaps: [],
            reasons: [`Rule “${r.rule.title}” accepts ${r.source.code}@${r.source.version} via ${via}; every requirement is covered.`],
          };
        if (!r.rule.acceptsResidualGaps)
          return {
            ...base,
            ...route,
            outcome: 'reassess',
            path: null,
            attestation: cite(best.attestation),
            residualGaps: gaps,
            reasons: [`Rule “${r.rule.title}” does not accept residual gaps; ${gaps.length} requirement(s) are not fully mapped.`],
          };
        return {
          ...base,
          ...route,
          outcome: 'accept_with_residual_gaps',
          path: 'mapping',
          attestation: cite(best.attestation),
          residualGaps: gaps,
          reasons: [
            `Rule “${r.rule.title}” accepts ${r.source.code}@${r.source.version} via ${via} with ${gaps.length} residual gap(s) to close.`,
            ...(r.rule.residualRequirements ? [`The market also asks: ${r.rule.residualRequirements}`] : []),
          ],
        };
      });
      return { workspaceId, market: m, computedAt: new Date().toISOString(), notice: NOTICE, frameworks: out };
    });
  }

  private async offeringAttestations(em: EntityManager, offeringId: string): Promise<OfferingAttestation[]> {
    const rows = (await em.query('SELECT * FROM attestations_public(NULL, $1)', [offeringId])) as Record<string, unknown>[];
    const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));
    return rows.map((r) => ({
      id: r.id as string,
      serial: r.serial as string,
      issuerName: r.issuer_name as string,
      status: r.status as string,
      frameworkIds: ((r.frameworks as { id: string }[] | null) ?? []).map((f) => f.id),
      markets: (r.markets as string[]) ?? [],
      validFrom: iso(r.valid_from),
      validUntil: iso(r.valid_until),
      // The body counts for a rule's arrangements only while the accreditation counts now.
      bodyName: (r.accreditation_now as { accredited?: boolean } | null)?.accredited
        ? ((r.accreditation as { bodyName?: string } | null)?.bodyName ?? null)
        : null,
    }));
  }
}

export const PATHWAY_CSV_COLUMNS = [
  'framework',
  'outcome',
  'path',
  'attestation',
  'rule',
  'illustrative',
  'mapping_collection',
  'gap_ref',
  'gap_status',
  'gap_title',
  'expected_evidence',
  'close_with',
] as const;

/** One row per residual gap (one row for a framework without gaps). */
export function pathwaysCsv(p: RecognitionPathways): string {
  const rows: string[][] = [];
  for (const f of p.frameworks) {
    const head = [
      `${f.framework.code}@${f.framework.version}`,
      f.outcome,
      f.path ?? '',
      f.attestation?.serial ?? '',
      f.rule?.title ?? '',
      f.rule ? String(f.rule.illustrative) : '',
      f.collection ? `${f.collection.code}@${f.collection.version}` : '',
    ];
    if (!f.residualGaps.length) rows.push([...head, '', '', '', '', f.reasons.join(' ')]);
    for (const g of f.residualGaps) rows.push([...head, g.ref, g.status, g.title, g.expectedEvidenceTypes.join(' '), g.closeWith]);
  }
  return stringify(rows, { header: true, columns: [...PATHWAY_CSV_COLUMNS], cast: spreadsheetSafeCast() });
}
