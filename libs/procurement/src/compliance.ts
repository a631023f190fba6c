import { COMPETENCE_REASONS, type CompetenceRuleResult } from '@attesta/personnel';
import type { ServiceLevelReport } from '@attesta/service-levels';
import semver from 'semver';
import type { ContractPeriod, MinimumOutcome, TenderFrameworkRequirement } from './entities/tender.entity.js';
import type { CompliancePath } from './recognised-equivalents.js';

/**
 * Every reason a compliance report can give, with what it means. The single home of the
 * codes: the API's OpenAPI enum and the portal read this list.
 * `blocking` reasons make a requirement not met; `warning` ones leave it met but flagged;
 * `info` ones are for the reader only.
 */
export const COMPLIANCE_REASONS = {
  no_attestation: { severity: 'blocking', description: 'No relied-on attestation covers the framework.' },
  framework_not_covered: { severity: 'blocking', description: 'The attestation does not cover the framework.' },
  outcome_below_minimum: { severity: 'blocking', description: 'The decision outcome is below the minimum the tender asks for.' },
  offering_mismatch: { severity: 'blocking', description: 'The attestation is for another offering than the one offered.' },
  market_not_covered: { severity: 'blocking', description: 'A market the tender names is outside the attested markets.' },
  component_version_mismatch: {
    severity: 'blocking',
    description: 'An offered component version is neither the attested version nor inside the compatible range recorded in the decision.',
  },
  component_not_attested: { severity: 'blocking', description: 'An offered component is not among the attested components.' },
  component_drift: { severity: 'info', description: "The offering's live components differ from the versions offered in the bid." },
  issuer_not_accredited: {
    severity: 'blocking',
    description:
      'The issuer held no verified accreditation covering the attestation when it was issued (blocking when the tender asks for accredited issuers).',
  },
  accreditation_out_of_scope: { severity: 'blocking', description: "The issuer's accreditation does not cover the framework or a market the tender names." },
  accreditation_suspended: { severity: 'blocking', description: "The issuer's accreditation is suspended now." },
  accreditation_withdrawn: { severity: 'blocking', description: "The issuer's accreditation is withdrawn now." },
  accreditation_expired: { severity: 'blocking', description: "The issuer's accreditation has expired." },
  accreditation_unverified: { severity: 'blocking', description: "The issuer's accreditation is no longer verified." },
  issuer_not_accepted: { severity: 'blocking', description: 'The issuer is not among the issuers the tender accepts.' },
  attestation_suspended: { severity: 'blocking', description: 'The attestation is suspended.' },
  attestation_withdrawn: { severity: 'blocking', description: 'The attestation is withdrawn.' },
  attestation_superseded: { severity: 'blocking', description: 'The attestation was superseded by a newer one.' },
  attestation_expired: { severity: 'blocking', description: "The attestation's validity has ended." },
  attestation_not_yet_valid: { severity: 'blocking', description: "The attestation's validity has not begun." },
  attestation_expiring: { severity: 'warning', description: "The attestation ends before the tender's expiry horizon (deadline + 30 days)." },
  validity_short_of_contract: { severity: 'blocking', description: "The attestation's validity does not cover the tender's contract period." },
  evidence_too_old: {
    severity: 'blocking',
    description: 'The oldest frozen evidence the decision relied on is older than the tender allows (measured from its effective date).',
  },
  evidence_expired: { severity: 'blocking', description: 'Frozen evidence the decision relied on has passed its valid-until date.' },
  recognised_equivalent: {
    severity: 'info',
    description:
      'Met through a recognised equivalent in the named market: a recognition rule with an approved mapping collection, or a recognised foreign credential (see the path).',
  },
  no_recognised_equivalent: {
    severity: 'blocking',
    description: 'Not met directly, and no recognition rule with an approved mapping or recognised foreign credential of the named market meets it.',
  },
  evidence_dates_unknown: {
    severity: 'blocking',
    description: "The attestation records no evidence dates, so the tender's maximum evidence age cannot be checked.",
  },
  // Personnel competence rules (libs/personnel): their codes live there.
  ...COMPETENCE_REASONS,
} as const satisfies Record<string, { severity: 'blocking' | 'warning' | 'info'; description: string }>;

export type ComplianceReasonCode = keyof typeof COMPLIANCE_REASONS;
export const COMPLIANCE_REASON_CODES = Object.keys(COMPLIANCE_REASONS) as ComplianceReasonCode[];
export type ReasonSeverity = (typeof COMPLIANCE_REASONS)[ComplianceReasonCode]['severity'];

/** A value compared: a date, a version, a count, or a list of codes. */
export type ComparedValue = string | number | string[] | null;

export interface ComplianceReason {
  code: ComplianceReasonCode;
  severity: ReasonSeverity;
  message: string;
  /** What the tender (or the attestation, for component versions) asks for. */
  expected?: ComparedValue;
  /** What was found. */
  actual?: ComparedValue;
  /** The component concerned, for component reasons. */
  componentId?: string;
}

/** A component of the offering: as offered in a bid (snapshot) or as it is now. */
export interface OfferedComponent {
  id: string;
  name: string;
  kind: string;
  version: string;
}

/** The accreditation the issuer held at issue (the claim frozen in the attestation). */
export interface AccreditationAtIssue {
  accreditationId: string;
  bodyName: string;
  number: string;
  standard: string;
  scope: { frameworkCodes: string[]; markets: string[]; serviceCategories: string[] };
  validFrom: string;
  validUntil: string;
  verification: string;
}

/** The same accreditation now (`accreditation_current`). */
export interface AccreditationNow {
  status: string;
  verified: boolean;
  /** Counts as accredited now: decided by `accreditation_current` alone (libs/accreditation). */
  accredited: boolean;
  validUntil: string | null;
  updatedAt: string;
}

export type PublicAttestationStatus = 'active' | 'suspended' | 'withdrawn' | 'expired' | 'superseded';

/** What anyone may know of an attestation (the same as its public verification page). */
export interface PublicAttestation {
  id: string;
  serial: string;
  issuerId: string;
  issuerName: string;
  offeringId: string;
  outcome: 'conformant' | 'conformant_with_conditions' | 'nonconformant';
  frameworks: { id: string; code: string }[];
  markets: string[];
  /** Component versions as attested (frozen in the decision), with the compatible range recorded there. */
  components: { id: string; name: string; version: string; compatibleRange: string | null }[];
  validFrom: string;
  validUntil: string;
  decidedAt: string;
  /** Effective date of the oldest frozen evidence the decision relied on. */
  evidenceEffectiveFrom: string | null;
  /** Earliest valid-until of the frozen evidence relied on. */
  evidenceValidUntil: string | null;
  status: PublicAttestationStatus;
  /** Status version and last change of the attestation. */
  version: number;
  updatedAt: string;
  accreditation: AccreditationAtIssue | null;
  accreditationNow: AccreditationNow | null;
}

export interface ComplianceCriteria {
  requirements: TenderFrameworkRequirement[];
  markets: string[];
  maxEvidenceAgeDays: number | null;
  accreditedIssuersOnly: boolean;
  allowedIssuerIds: string[];
  offeringId: string | null;
  /** Component versions offered (the bid's snapshot, or the live offering for an ad-hoc check). */
  offeredComponents: OfferedComponent[] | null;
  /** The offering's components now, to show drift from what was offered. */
  liveComponents: OfferedComponent[] | null;
  contractPeriod: ContractPeriod | null;
  /** Attestations expiring before this moment are flagged (e.g. the tender deadline + 30 days). */
  expiringBefore: Date;
  now: Date;
}

export type RequirementResult = 'met' | 'not_met' | 'expiring';

export interface AttestationRef {
  id: string;
  serial: string;
  status: PublicAttestationStatus;
  issuerId: string;
  issuerName: string;
  issuerAccredited: boolean;
  outcome: string;
  validFrom: string;
  validUntil: string;
}

export interface RequirementCompliance {
  frameworkId: string;
  frameworkCode: string;
  minimumOutcome: MinimumOutcome;
  result: RequirementResult;
  attestation: AttestationRef | null;
  /** Age in days of the oldest frozen evidence the attestation relied on (null: unknown). */
  evidenceAgeDays: number | null;
  reasons: ComplianceReason[];
  /** For requirements "T or a recognised equivalent in M": the path that met it (null: none did). */
  path?: CompliancePath | null;
}

export interface ComponentDrift {
  componentId: string;
  name: string;
  offeredVersion: string | null;
  currentVersion: string | null;
}

/** The versions of what a report was computed from: a later change makes it stale. */
export interface ComplianceBasis {
  attestations: { id: string; status: PublicAttestationStatus; version: number; updatedAt: string; accreditationUpdatedAt: string | null }[];
}

export interface ComplianceReport {
  overall: 'compliant' | 'compliant_expiring' | 'non_compliant';
  requirements: RequirementCompliance[];
  /** Live components that differ from the versions offered. */
  drift: ComponentDrift[];
  /** Report-wide information (component drift). */
  notices: ComplianceReason[];
  evaluatedAt: string;
  basis: ComplianceBasis;
  /** Results of the tender's personnel competence rules (absent when it has none). */
  competence?: CompetenceRuleResult[];
  /** Service-level criteria matched per requirement (libs/service-levels), when the tender has some. */
  serviceLevels?: ServiceLevelReport | null;
}

const RANK: Record<PublicAttestation['outcome'], number> = { nonconformant: 0, conformant_with_conditions: 1, conformant: 2 };
const DAY = 86_400_000;

function reason(
  code: ComplianceReasonCode,
  message: string,
  compared: { expected?: ComparedValue; actual?: ComparedValue; componentId?: string } = {},
): ComplianceReason {
  return { code, severity: COMPLIANCE_REASONS[code].severity, message, ...compared };
}

const day = (iso: string): string => iso.slice(0, 10);
const baseCode = (frameworkCode: string): string => frameworkCode.split('@')[0]!;

/** Whether `offered` is the attested version or inside the range the assessor recorded. */
export function versionCompatible(offered: string, attested: string, compatibleRange: string | null): boolean {
  if (offered.trim() === attested.trim()) return true;
  if (!compatibleRange) return false;
  const v = semver.valid(offered.trim());
  return v !== null && semver.validRange(compatibleRange) !== null && semver.satisfies(v, compatibleRange);
}

function componentReasons(a: PublicAttestation, offered: OfferedComponent[]): ComplianceReason[] {
  const out: ComplianceReason[] = [];
  for (const c of offered) {
    const attested = a.components.find((x) => x.id === c.id);
    if (!attested) {
      out.push(
        reason('component_not_attested', `${c.name} ${c.version} is not among the attested components`, {
          expected: a.components.map((x) => `${x.name} ${x.version}`),
          actual: `${c.name} ${c.version}`,
          componentId: c.id,
        }),
      );
    } else if (!versionCompatible(c.version, attested.version, attested.compatibleRange)) {
      const expected = attested.compatibleRange ? `${attested.version} or ${attested.compatibleRange}` : attested.version;
      out.push(
        reason('component_version_mismatch', `${c.name} is offered at ${c.version}; the attestation covers ${expected}`, {
          expected,
          actual: c.version,
          componentId: c.id,
        }),
      );
    }
  }
  return out;
}

function accreditationReasons(a: PublicAttestation, req: TenderFrameworkRequirement, c: ComplianceCriteria): ComplianceReason[] {
  const out: ComplianceReason[] = [];
  const claim = a.accreditation;
  if (!claim) {
    out.push(
      reason('issuer_not_accredited', `${a.issuerName} issued it without a verified accreditation`, { expected: 'verified accreditation', actual: 'none' }),
    );
    return out;
  }
  const code = baseCode(req.frameworkCode);
  if (!claim.scope.frameworkCodes.includes(code)) {
    out.push(
      reason('accreditation_out_of_scope', `accreditation ${claim.number} does not cover ${code}`, { expected: code, actual: claim.scope.frameworkCodes }),
    );
  }
  const outside = c.markets.filter((m) => !claim.scope.markets.includes(m));
  if (outside.length)
    out.push(
      reason('accreditation_out_of_scope', `accreditation ${claim.number} does not cover market(s) ${outside.join(', ')}`, {
        expected: c.markets,
        actual: claim.scope.markets,
      }),
    );
  const now = a.accreditationNow;
  if (!now) {
    out.push(reason('accreditation_unverified', `accreditation ${claim.number} can no longer be found`, { expected: 'active', actual: null }));
  } else if (now.status === 'suspended' || now.status === 'withdrawn') {
    out.push(
      reason(now.status === 'suspended' ? 'accreditation_suspended' : 'accreditation_withdrawn', `accreditation ${claim.number} is ${now.status}`, {
        expected: 'active',
        actual: now.status,
      }),
    );
  } else if (now.status === 'expired' || (now.validUntil !== null && Date.parse(now.validUntil) + DAY <= c.now.getTime())) {
    out.push(
      reason('accreditation_expired', `accreditation ${claim.number} expired${now.validUntil ? ` on ${day(now.validUntil)}` : ''}`, {
        expected: day(c.now.toISOString()),
        actual: now.validUntil ? day(now.validUntil) : 'expired',
      }),
    );
  } else if (!now.verified) {
    out.push(reason('accreditation_unverified', `accreditation ${claim.number} is no longer verified`, { expected: 'verified', actual: 'declared' }));
  }
  return out;
}

/** Why one attestation does not (fully) satisfy one framework requirement (no blocking reason: it does). */
function problems(a: PublicAttestation, req: TenderFrameworkRequirement, c: ComplianceCriteria): ComplianceReason[] {
  const out: ComplianceReason[] = [];
  const now = c.now.getTime();
  if (!a.frameworks.some((f) => f.id === req.frameworkId))
    out.push(reason('framework_not_covered', `does not cover ${req.frameworkCode}`, { expected: req.frameworkCode, actual: a.frameworks.map((f) => f.code) }));
  if (c.offeringId && a.offeringId !== c.offeringId)
    out.push(reason('offering_mismatch', 'is for another offering', { expected: c.offeringId, actual: a.offeringId }));
  if (RANK[a.outcome] < RANK[req.minimumOutcome])
    out.push(reason('outcome_below_minimum', `outcome ${a.outcome} is below ${req.minimumOutcome}`, { expected: req.minimumOutcome, actual: a.outcome }));
  const missing = c.markets.filter((m) => !a.markets.includes(m));
  if (missing.length) out.push(reason('market_not_covered', `does not cover market(s) ${missing.join(', ')}`, { expected: c.markets, actual: a.markets }));
  if (c.offeredComponents) out.push(...componentReasons(a, c.offeredComponents));

  if (a.status === 'suspended' || a.status === 'withdrawn' || a.status === 'superseded') {
    out.push(reason(`attestation_${a.status}`, `is ${a.status}`, { expected: 'active', actual: a.status }));
  } else if (a.status === 'expired' || Date.parse(a.validUntil) <= now) {
    out.push(reason('attestation_expired', `expired on ${day(a.validUntil)}`, { expected: 'active', actual: 'expired' }));
  }
  if (Date.parse(a.validFrom) > now)
    out.push(reason('attestation_not_yet_valid', `is not valid before ${day(a.validFrom)}`, { expected: day(c.now.toISOString()), actual: day(a.validFrom) }));
  if (c.contractPeriod) {
    const { startDate, endDate } = c.contractPeriod;
    if (Date.parse(a.validUntil) < Date.parse(endDate) || Date.parse(a.validFrom) > Date.parse(startDate)) {
      out.push(
        reason('validity_short_of_contract', `valid ${day(a.validFrom)} – ${day(a.validUntil)}, the contract runs ${day(startDate)} – ${day(endDate)}`, {
          expected: `${day(startDate)}/${day(endDate)}`,
          actual: `${day(a.validFrom)}/${day(a.validUntil)}`,
        }),
      );
    }
  }

  // Accreditation counts against the attestation only when the tender asks for it;
  // otherwise a lapse is still worth knowing.
  const accreditation = accreditationReasons(a, req, c);
  if (c.accreditedIssuersOnly) out.push(...accreditation);
  else
    out.push(
      ...accreditation
        .filter((r) => r.code !== 'issuer_not_accredited' && r.code !== 'accreditation_out_of_scope')
        .map((r) => ({ ...r, severity: 'warning' as const })),
    );
  if (c.allowedIssuerIds.length && !c.allowedIssuerIds.includes(a.issuerId))
    out.push(reason('issuer_not_accepted', `issuer ${a.issuerName} is not among the accepted issuers`, { expected: c.allowedIssuerIds, actual: a.issuerId }));

  if (a.evidenceValidUntil && Date.parse(a.evidenceValidUntil) + DAY <= now) {
    out.push(
      reason('evidence_expired', `relied-on evidence expired on ${day(a.evidenceValidUntil)}`, {
        expected: day(c.now.toISOString()),
        actual: day(a.evidenceValidUntil),
      }),
    );
  }
  if (c.maxEvidenceAgeDays !== null) {
    const age = evidenceAgeDays(a, c.now);
    if (age === null)
      out.push(reason('evidence_dates_unknown', 'records no effective date of the evidence it relied on', { expected: c.maxEvidenceAgeDays, actual: null }));
    else if (age > c.maxEvidenceAgeDays)
      out.push(
        reason('evidence_too_old', `relies on evidence effective since ${day(a.evidenceEffectiveFrom!)}, ${age} days old (at most ${c.maxEvidenceAgeDays})`, {
          expected: c.maxEvidenceAgeDays,
          actual: age,
        }),
      );
  }
  return out;
}

function evidenceAgeDays(a: PublicAttestation, now: Date): number | null {
  return a.evidenceEffectiveFrom ? Math.floor((now.getTime() - Date.parse(a.evidenceEffectiveFrom)) / DAY) : null;
}

const blocking = (rs: ComplianceReason[]) => rs.some((r) => r.severity === 'blocking');

/** Accredited for this purpose: a verified claim at issue whose accreditation counts now (`accreditation_current`). */
export function issuerAccredited(a: PublicAttestation): boolean {
  return a.accreditation !== null && a.accreditationNow?.accredited === true;
}

/** Offered versus live components: what changed since the bid was placed. */
export function componentDrift(offered: OfferedComponent[] | null, live: OfferedComponent[] | null): ComponentDrift[] {
  if (!offered || !live) return [];
  const out: ComponentDrift[] = [];
  for (const o of offered) {
    const l = live.find((x) => x.id === o.id);
    if (!l || l.version !== o.version) out.push({ componentId: o.id, name: o.name, offeredVersion: o.version, currentVersion: l?.version ?? null });
  }
  for (const l of live) if (!offered.some((o) => o.id === l.id)) out.push({ componentId: l.id, name: l.name, offeredVersion: null, currentVersion: l.version });
  return out;
}

/**
 * Per framework requirement: the best attestation that satisfies it (met, or expiring
 * when its validity ends before `expiringBefore`), or the reasons none does.
 */
export function evaluateCompliance(attestations: PublicAttestation[], c: ComplianceCriteria): ComplianceReport {
  const requirements = c.requirements.map((req): RequirementCompliance => {
    const candidates = attestations
      .filter((a) => a.frameworks.some((f) => f.id === req.frameworkId))
      .map((a) => ({ a, reasons: problems(a, req, c) }))
      .sort(
        (x, y) =>
          Number(blocking(x.reasons)) - Number(blocking(y.reasons)) ||
          x.reasons.length - y.reasons.length ||
          Date.parse(y.a.validUntil) - Date.parse(x.a.validUntil),
      );
    const chosen = candidates[0];
    if (!chosen) {
      return {
        frameworkId: req.frameworkId,
        frameworkCode: req.frameworkCode,
        minimumOutcome: req.minimumOutcome,
        result: 'not_met',
        attestation: null,
        evidenceAgeDays: null,
        reasons: [reason('no_attestation', `no attestation covers ${req.frameworkCode}`, { expected: req.frameworkCode, actual: null })],
      };
    }
    const { a } = chosen;
    const reasons = [...chosen.reasons];
    let result: RequirementResult = blocking(reasons) ? 'not_met' : 'met';
    if (result === 'met' && Date.parse(a.validUntil) < c.expiringBefore.getTime()) {
      result = 'expiring';
      reasons.push(
        reason('attestation_expiring', `valid only until ${day(a.validUntil)}`, { expected: day(c.expiringBefore.toISOString()), actual: day(a.validUntil) }),
      );
    }
    return {
      frameworkId: req.frameworkId,
      frameworkCode: req.frameworkCode,
      minimumOutcome: req.minimumOutcome,
      result,
      attestation: {
        id: a.id,
        serial: a.serial,
        status: a.status,
        issuerId: a.issuerId,
        issuerName: a.issuerName,
        issuerAccredited: issuerAccredited(a),
        outcome: a.outcome,
        validFrom: a.validFrom,
        validUntil: a.validUntil,
      },
      evidenceAgeDays: evidenceAgeDays(a, c.now),
      reasons,
    };
  });
  const drift = componentDrift(c.offeredComponents, c.liveComponents);
  const notices = drift.map((d) =>
    reason('component_drift', `${d.name}: offered ${d.offeredVersion ?? '(not offered)'}, now ${d.currentVersion ?? '(removed)'}`, {
      expected: d.offeredVersion,
      actual: d.currentVersion,
      componentId: d.componentId,
    }),
  );
  const overall = requirements.some((r) => r.result === 'not_met')
    ? 'non_compliant'
    : requirements.some((r) => r.result === 'expiring')
      ? 'compliant_expiring'
      : 'compliant';
  return {
    overall,
    requirements,
    drift,
    notices,
    evaluatedAt: c.now.toISOString(),
    basis: {
      attestations: attestations.map((a) => ({
        id: a.id,
        status: a.status,
        version: a.version,
        updatedAt: a.updatedAt,
        accreditationUpdatedAt: a.accreditationNow?.updatedAt ?? null,
      })),
    },
  };
}
