import { assessedItemsLabel, offeringCoverage, recognisedForeignCredentials, type AssessedItem, type OfferingCoverage } from '@attesta/foreign-credentials';
import { offeringHolder } from '@attesta/offerings';
import { arrangementsOfBodies, recognitionRoutes, type RecognitionRoute } from '@attesta/recognition';
import type { EntityManager } from 'typeorm';
import {
  COMPLIANCE_REASONS,
  evaluateCompliance,
  type ComplianceCriteria,
  issuerAccredited,
  type ComplianceReport,
  type PublicAttestation,
  type RequirementCompliance,
} from './compliance.js';
import type { TenderFrameworkRequirement } from './entities/tender.entity.js';

/** Which path met a requirement "framework T or a recognised equivalent in market M". */
export interface CompliancePath {
  kind: 'direct' | 'mapping' | 'foreign_credential';
  /** The market whose recognition was used (mapping and foreign-credential paths). */
  market: string | null;
  rule: { id: string; title: string; illustrative: boolean; ownerOrganizationId: string | null } | null;
  mappingCollection: { id: string; code: string; version: string; title: string } | null;
  /** The framework the relied-on attestation or credential is for (`code@version`). */
  sourceFrameworkCode: string | null;
  /** Requirements of T the mapping does not fully carry over: accepted as residual gaps by the rule. */
  residualGaps: { ref: string; title: string; status: 'partial' | 'unmapped'; closeWith: string }[];
  foreignCredential: { id: string; credentialId: string | null; issuerDid: string; issuerName: string | null; trustListBodyName: string } | null;
}

/** A foreign credential that counts (signature, trust list, status and validity checked by its lib). */
export interface ForeignCredentialFact {
  id: string;
  organizationId: string;
  credentialId: string | null;
  issuerDid: string;
  issuerName: string | null;
  trustListBodyName: string;
  frameworks: { code: string | null; version: string | null }[];
  /** What it assessed: it counts for an offering it covers (none named: any offering of the holder). */
  assessedItems: AssessedItem[];
  markets: string[];
  validFrom: Date | null;
  validUntil: Date | null;
}

/** Reads the recognised foreign credentials of holder organizations (wired to the foreign-credentials lib when present). */
export type ForeignCredentialReader = (em: EntityManager, organizationIds: string[]) => Promise<ForeignCredentialFact[]>;

export interface RecognitionInputs {
  routes: RecognitionRoute[];
  arrangements: Map<string, string[]>;
  foreign: ForeignCredentialFact[];
  /**
   * The name of the offering evaluated, which a foreign credential may name it by (its id and
   * components are in the criteria); null or absent: it can be named by id only.
   */
  offeringName?: string | null;
}

const split = (key: string) => {
  const at = key.lastIndexOf('@');
  return at > 0 ? { code: key.slice(0, at), version: key.slice(at + 1) } : { code: key, version: null };
};

/**
 * What the recognised-equivalent requirements of a tender or check need, in a bounded number of
 * queries: the routes of each named market (rules of the operator and `ruleOwnerIds`, approved
 * collections only), the arrangements of the issuers' bodies, and the holders' foreign credentials.
 * Null when no requirement asks for a recognised equivalent.
 */
export async function loadRecognitionInputs(
  em: EntityManager,
  requirements: readonly TenderFrameworkRequirement[],
  context: { ruleOwnerIds: string[]; attestations: PublicAttestation[]; holderIds: string[]; foreign?: ForeignCredentialReader },
): Promise<RecognitionInputs | null> {
  const markets = [...new Set(requirements.flatMap((r) => (r.recognisedIn ? [r.recognisedIn] : [])))];
  if (!markets.length) return null;
  const routes: RecognitionRoute[] = [];
  for (const market of markets) {
    const targets = requirements.filter((r) => r.recognisedIn === market).map((r) => r.frameworkId);
    routes.push(...(await recognitionRoutes(em, { targetFrameworkIds: targets, market, ruleOwnerIds: context.ruleOwnerIds })));
  }
  const foreign = context.foreign && context.holderIds.length ? await context.foreign(em, context.holderIds) : [];
  // The bodies a rule's arrangements are checked against: the attestations' issuers' and the credentials' trust-list bodies.
  const arrangements = await arrangementsOfBodies(em, [
    ...context.attestations.flatMap((a) => (a.accreditation ? [a.accreditation.bodyName] : [])),
    ...foreign.map((c) => c.trustListBodyName),
  ]);
  return { routes, arrangements, foreign };
}

const none = (kind: CompliancePath['kind'], market: string | null): CompliancePath => ({
  kind,
  market,
  rule: null,
  mappingCollection: null,
  sourceFrameworkCode: null,
  residualGaps: [],
  foreignCredential: null,
});

function credentialCovers(c: ForeignCredentialFact, code: string, version: string | null): boolean {
  return c.frameworks.some((f) => f.code === code && (f.version === null || version === null || f.version === version));
}

/** Why a credential for the framework and market does not count for this offering: what it assessed, what it left out. */
function notThisOffering(c: ForeignCredentialFact, route: RecognitionRoute | null, coverage: OfferingCoverage, market: string, frameworkCode: string): string {
  const framework = route
    ? `${route.source.code}@${route.source.version} (recognised in ${market} under rule “${route.rule.title}”)`
    : `${frameworkCode} in ${market}`;
  const left = coverage.covered ? [] : coverage.missing.map((m) => [m.name, m.version].filter(Boolean).join(' '));
  return `a foreign credential from ${c.issuerName ?? c.issuerDid} covers ${framework} but not this offering (it assessed: ${assessedItemsLabel(c.assessedItems)}${left.length ? `; not assessed: ${left.join(', ')}` : ''})`;
}

/** Whether a credential states these target markets (one stating none is not limited to any). */
function statesMarkets(c: ForeignCredentialFact, needed: readonly string[]): boolean {
  return !c.markets.length || needed.every((m) => c.markets.includes(m));
}

/** Why a credential for the framework and this offering does not count: the markets it does not state. */
function notTheseMarkets(c: ForeignCredentialFact, route: RecognitionRoute | null, market: string, named: string[], frameworkCode: string): string {
  const framework = route
    ? `${route.source.code}@${route.source.version} (recognised in ${market} under rule “${route.rule.title}”)`
    : `${frameworkCode} in ${market}`;
  // Through a rule, M itself is what the rule recognises: only the other markets are asked of the credential.
  const missing = named.filter((m) => (route ? m !== market : true) && !c.markets.includes(m));
  return `a foreign credential from ${c.issuerName ?? c.issuerDid} covers ${framework} for this offering but does not state the market(s) ${missing.join(', ')} asked for (it states: ${c.markets.join(', ')})`;
}

/**
 * Requirements that accept "T or a recognised equivalent in M" and are not met directly are
 * evaluated again through each recognition route: the attestations for the rule's source
 * framework go through every check of the direct path (status, validity, outcome, components,
 * accreditation, evidence age; the market check leaves out M itself, which is what the rule
 * recognises), the issuer's body must be a signatory of one of the rule's arrangements when it
 * names any, and the mapping's residual gaps must be acceptable to the rule. Then a recognised
 * foreign credential (for T itself in M, or for the rule's source framework) whose assessment
 * covers the offering (`offeringCoverage`: the offering itself or all its offered components
 * named, or nothing named at all); one for something else is named in the reason. The report
 * says which path met each such requirement, with the residual gaps listed.
 */
export function withRecognisedEquivalents(
  report: ComplianceReport,
  attestations: PublicAttestation[],
  criteria: ComplianceCriteria,
  inputs: RecognitionInputs | null,
): ComplianceReport {
  if (!inputs) return report;
  const requirements = report.requirements.map((current, i): RequirementCompliance => {
    const req = criteria.requirements[i]!;
    const market = req.recognisedIn ?? null;
    if (!market) return current;
    if (current.result !== 'not_met') return { ...current, path: none('direct', null) };
    const routes = inputs.routes.filter((r) => r.target.id === req.frameworkId && r.rule.market === market);
    const candidates: RequirementCompliance[] = [];
    for (const route of routes) {
      if (route.residualGaps.length && !route.rule.acceptsResidualGaps) continue;
      const eligible = attestations.filter(
        (a) =>
          a.frameworks.some((f) => f.id === route.source.id) &&
          // A rule naming arrangements recognises issuers accredited, now, by a signatory body.
          (!route.rule.arrangements.length ||
            (issuerAccredited(a) && (inputs.arrangements.get(a.accreditation!.bodyName) ?? []).some((x) => route.rule.arrangements.includes(x)))),
      );
      if (!eligible.length) continue;
      const sourceCode = `${route.source.code}@${route.source.version}`;
      const [sub] = evaluateCompliance(eligible, {
        ...criteria,
        requirements: [{ frameworkId: route.source.id, frameworkCode: sourceCode, minimumOutcome: req.minimumOutcome }],
        markets: criteria.markets.filter((m) => m !== market),
      }).requirements;
      if (!sub || sub.result === 'not_met') continue;
      const gaps = route.residualGaps.map((g) => ({ ref: g.ref, title: g.title, status: g.status, closeWith: g.closeWith }));
      candidates.push({
        ...sub,
        frameworkId: req.frameworkId,
        frameworkCode: req.frameworkCode,
        minimumOutcome: req.minimumOutcome,
        reasons: [
          ...sub.reasons,
          {
            code: 'recognised_equivalent',
            severity: COMPLIANCE_REASONS.recognised_equivalent.severity,
            message: `met in ${market} via ${sourceCode} under rule “${route.rule.title}” and mapping ${route.collection.code} ${route.collection.version}${gaps.length ? ` with ${gaps.length} residual gap(s) accepted` : ''}`,
            expected: req.frameworkCode,
            actual: sourceCode,
          },
        ],
        path: {
          kind: 'mapping',
          market,
          rule: { id: route.rule.id, title: route.rule.title, illustrative: route.rule.illustrative, ownerOrganizationId: route.rule.ownerOrganizationId },
          mappingCollection: route.collection,
          sourceFrameworkCode: sourceCode,
          residualGaps: gaps,
          foreignCredential: null,
        },
      });
    }
    candidates.sort(
      (x, y) => Number(x.result !== 'met') - Number(y.result !== 'met') || (x.path?.residualGaps.length ?? 0) - (y.path?.residualGaps.length ?? 0),
    );
    if (candidates[0]) return candidates[0];

    const target = split(req.frameworkCode);
    const now = criteria.now.getTime();
    // As for an attestation: valid now (begun, not ended) and, when the tender has a contract
    // period, valid for all of it (a credential stating no end does not show that it is).
    const contract = criteria.contractPeriod;
    const live = inputs.foreign.filter(
      (c) =>
        (!c.validFrom || c.validFrom.getTime() <= now) &&
        (!c.validUntil || c.validUntil.getTime() > now) &&
        (!contract ||
          (c.validUntil !== null &&
            c.validUntil.getTime() >= Date.parse(contract.endDate) &&
            (!c.validFrom || c.validFrom.getTime() <= Date.parse(contract.startDate)))),
    );
    // As an attestation must cover every market the tender names (through a rule, all but M, which the
    // rule recognises), a credential stating its target markets must state those; one stating none is not limited.
    const otherMarkets = criteria.markets.filter((m) => m !== market);
    const pick = (usable: ForeignCredentialFact[], marketsChecked = true) => {
      const covers = (c: ForeignCredentialFact, needed: string[]) => !marketsChecked || statesMarkets(c, needed);
      const direct = usable.find((c) => credentialCovers(c, target.code, target.version) && covers(c, [market, ...otherMarkets]));
      if (direct) return { credential: direct, route: null };
      // Through a rule only as the attestation path would take it: residual gaps only where the rule
      // accepts them, and, when it names arrangements, from a trust-list body that is a signatory of one.
      const underArrangements = (r: RecognitionRoute, c: ForeignCredentialFact) =>
        !r.rule.arrangements.length || (inputs.arrangements.get(c.trustListBodyName) ?? []).some((x) => r.rule.arrangements.includes(x));
      return (
        routes
          .filter((r) => !r.residualGaps.length || r.rule.acceptsResidualGaps)
          .map((r) => ({
            credential: usable.find((c) => credentialCovers(c, r.source.code, r.source.version) && underArrangements(r, c) && covers(c, otherMarkets)),
            route: r,
          }))
          .find((x): x is { credential: ForeignCredentialFact; route: RecognitionRoute } => x.credential !== undefined) ?? null
      );
    };
    // A credential counts for the offering its assessment covers (an organization-level one, for any).
    const offering = { id: criteria.offeringId, name: inputs.offeringName ?? null, components: criteria.offeredComponents ?? criteria.liveComponents ?? [] };
    const coverage = new Map(live.map((c) => [c.id, offeringCoverage(c.assessedItems, offering)]));
    const found = pick(live.filter((c) => coverage.get(c.id)!.covered));
    if (found) {
      const { credential, route } = found;
      return {
        ...current,
        result: 'met',
        attestation: null,
        evidenceAgeDays: null,
        reasons: [
          {
            code: 'recognised_equivalent',
            severity: COMPLIANCE_REASONS.recognised_equivalent.severity,
            message: `met in ${market} by a foreign credential from ${credential.issuerName ?? credential.issuerDid} (trust list: ${credential.trustListBodyName})${route ? ` under rule “${route.rule.title}”` : ''}`,
            expected: req.frameworkCode,
            actual: credential.credentialId ?? credential.id,
          },
        ],
        path: {
          kind: 'foreign_credential',
          market,
          rule: route
            ? { id: route.rule.id, title: route.rule.title, illustrative: route.rule.illustrative, ownerOrganizationId: route.rule.ownerOrganizationId }
            : null,
          mappingCollection: route?.collection ?? null,
          sourceFrameworkCode: route ? `${route.source.code}@${route.source.version}` : req.frameworkCode,
          residualGaps: route ? route.residualGaps.map((g) => ({ ref: g.ref, title: g.title, status: g.status, closeWith: g.closeWith })) : [],
          foreignCredential: {
            id: credential.id,
            credentialId: credential.credentialId,
            issuerDid: credential.issuerDid,
            issuerName: credential.issuerName,
            trustListBodyName: credential.trustListBodyName,
          },
        },
      };
    }
    // The holder's credential for the framework and market, of something else than this offering: said so.
    const elsewhere = pick(live);
    // One for this offering that does not state every market the tender names: said so.
    const shortOfMarkets = elsewhere
      ? null
      : pick(
          live.filter((c) => coverage.get(c.id)!.covered),
          false,
        );
    return {
      ...current,
      path: null,
      reasons: [
        ...current.reasons,
        {
          code: 'no_recognised_equivalent',
          severity: COMPLIANCE_REASONS.no_recognised_equivalent.severity,
          message: elsewhere
            ? notThisOffering(elsewhere.credential, elsewhere.route, coverage.get(elsewhere.credential.id)!, market, req.frameworkCode)
            : shortOfMarkets
              ? notTheseMarkets(shortOfMarkets.credential, shortOfMarkets.route, market, [market, ...otherMarkets], req.frameworkCode)
              : routes.length
                ? `no relied-on attestation or credential meets a recognition rule of ${market} for ${req.frameworkCode}`
                : `${market} has no recognition rule with an approved mapping for ${req.frameworkCode}`,
          expected: `${req.frameworkCode} or a recognised equivalent in ${market}`,
          actual: (elsewhere ?? shortOfMarkets)?.credential.credentialId ?? (elsewhere ?? shortOfMarkets)?.credential.id ?? null,
        },
      ],
    };
  });
  const overall = requirements.some((r) => r.result === 'not_met')
    ? 'non_compliant'
    : requirements.some((r) => r.result === 'expiring')
      ? 'compliant_expiring'
      : 'compliant';
  return { ...report, requirements, overall };
}

/**
 * The inputs as one bidder may rely on them: the routes and arrangements are shared, the foreign
 * credentials are its own only (the inputs of a tender hold those of every bidder read with it),
 * and the name of the offering it bids, which a credential may name.
 */
export function recognitionInputsOf(inputs: RecognitionInputs | undefined, holderId: string, offeringName: string | null): RecognitionInputs | null {
  return inputs ? { ...inputs, foreign: inputs.foreign.filter((c) => c.organizationId === holderId), offeringName } : null;
}

/**
 * Whether evaluating needs the offerings' names: only a foreign credential naming what it
 * assessed is matched against them (an organization-level one, or none, needs no name).
 */
export function offeringNamesNeeded(recognition: ReadonlyMap<string, RecognitionInputs>): boolean {
  return [...recognition.values()].some((i) => i.foreign.some((c) => c.assessedItems.some((x) => x.kind !== 'facility')));
}

/** `recognisedIn` of a requirement input (`orRecognisedIn`, upper-cased), or nothing. */
export function recognisedInOf(r: { orRecognisedIn?: string | null }): { recognisedIn?: string } {
  return r.orRecognisedIn ? { recognisedIn: r.orRecognisedIn.toUpperCase() } : {};
}

/**
 * Recognition inputs per tender (only tenders with a recognised-equivalent requirement): rules of
 * the operator and of the tender's procurer, the relied-on attestations' bodies, the bidders'
 * recognised foreign credentials.
 */
export async function loadRecognisedEquivalents(
  em: EntityManager,
  tenders: readonly { id: string; organizationId: string; requirements: TenderFrameworkRequirement[] }[],
  attestations: PublicAttestation[],
  holderIds: string[],
): Promise<Map<string, RecognitionInputs>> {
  const out = new Map<string, RecognitionInputs>();
  for (const t of tenders) {
    const inputs = await loadRecognitionInputs(em, t.requirements, {
      ruleOwnerIds: [t.organizationId],
      attestations,
      holderIds: [...new Set(holderIds)],
      foreign: readForeignCredentials,
    });
    if (inputs) out.set(t.id, inputs);
  }
  return out;
}

/**
 * Recognition inputs of an ad-hoc conformity check: the rules of the operator and of the caller's
 * organization, and the foreign credentials of the offering's holder with the offering's name
 * (`offering_holder`: known to a party to the offering, or for an attested offering, whose
 * holder and name its attestations state publicly; otherwise no credential is read).
 */
export async function checkRecognitionInputs(
  em: EntityManager,
  callerOrganizationId: string,
  offeringId: string,
  requirements: readonly TenderFrameworkRequirement[],
  attestations: PublicAttestation[],
): Promise<RecognitionInputs | null> {
  const holder = await offeringHolder(em, offeringId);
  const inputs = await loadRecognitionInputs(em, requirements, {
    ruleOwnerIds: [callerOrganizationId],
    attestations,
    holderIds: holder ? [holder.organizationId] : [],
    foreign: readForeignCredentials,
  });
  return inputs && { ...inputs, offeringName: holder?.name ?? null };
}

/** The holders' recognised foreign credentials, from the foreign-credentials lib (public facts only). */
export const readForeignCredentials: ForeignCredentialReader = async (em, organizationIds) =>
  (await recognisedForeignCredentials(em, organizationIds)).map((c) => ({
    id: c.id,
    organizationId: c.organizationId,
    credentialId: c.credentialId,
    issuerDid: c.issuerDid,
    issuerName: c.issuerName,
    trustListBodyName: c.trustListBodyName,
    frameworks: c.frameworks.map((f) => ({ code: f.code, version: f.version })),
    assessedItems: c.assessedItems,
    markets: c.markets,
    validFrom: c.validFrom,
    validUntil: c.validUntil,
  }));
